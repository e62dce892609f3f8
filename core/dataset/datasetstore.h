#pragma once

#include "dataset/example.h"
#include "dataset/rubric.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVector>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace candor {

namespace detail {
// Rows are kept in blocks of a fixed size so that a snapshot shares them by reference count: a change copies only
// the one block it touches, and only while a snapshot still holds that block.
constexpr int BlockShift = 14; // 16,384 rows per block
constexpr int BlockRows = 1 << BlockShift;
constexpr int BlockMask = BlockRows - 1;

struct DatasetBlock
{
    std::vector<Example> rows;
};
} // namespace detail

// Everything the store keeps about one row, for putting it back exactly (undo): the row and its generated version.
struct RowState
{
    Example row;
    std::optional<Example> original; // the generated version of an edited row
};

// An immutable view of the store's rows at one moment. Cheap to take (one pointer per 16,384 rows) and safe to read
// on any thread while the store goes on changing: workers (filtering, export) read snapshots, never the store.
class DatasetSnapshot
{
public:
    DatasetSnapshot() = default;

    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const Example &at(int row) const
    {
        return m_blocks[std::size_t(row >> detail::BlockShift)]->rows[std::size_t(row & detail::BlockMask)];
    }

private:
    friend class DatasetStore;
    std::vector<std::shared_ptr<const detail::DatasetBlock>> m_blocks;
    int m_size = 0;
};

// Makes equal strings share one copy. Rows read from a file carry their own copy of every tag, provider and model
// name; at a million rows that is a few hundred MB of duplicates. A producer (a file reader, a generation run)
// passes its rows through one pool on its own thread before handing them to DatasetStore::append(), which keeps
// the GUI thread free of the cost. Not thread-safe: one pool per producer.
class StringPool
{
public:
    // Stops adding strings at maxStrings, so a column of unique values doesn't grow a second copy of itself.
    explicit StringPool(qsizetype maxStrings = 20000);

    void share(QString &text);
    void share(Example &example); // tags, provider, model

private:
    QSet<QString> m_strings;
    qsizetype m_max;
};

// The in-memory dataset: every generated, imported or edited row, in order, with an index by id and running
// per-level and per-status counts. Rows are only ever appended (never removed or moved), so a row number names
// a row for the store's lifetime (until clear()). Every change is announced so the preview model can follow it:
// appends as about-to/done pairs, edits as rowsChanged, clear() as aboutToReset/resetDone.
// Lives in one thread (the GUI thread); other threads read snapshot()s.
class DatasetStore : public QObject
{
    Q_OBJECT
public:
    using StatusCounts = std::array<int, 3>; // indexed by int(ReviewStatus)

    explicit DatasetStore(QObject *parent = nullptr);
    ~DatasetStore() override;

    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const Example &at(int row) const
    {
        Q_ASSERT(row >= 0 && row < m_size);
        return m_blocks[std::size_t(row >> detail::BlockShift)]->rows[std::size_t(row & detail::BlockMask)];
    }
    // Row of the example with this id, or -1.
    int rowOf(const QString &id) const { return findId(id, idHash(id)); }
    bool contains(const QString &id) const { return rowOf(id) >= 0; }

    DatasetSnapshot snapshot() const;
    // A copy of every row, for small stores and tests; large consumers read a snapshot() instead.
    QVector<Example> toVector() const;

    // Capacity hint before a known number of rows arrives (a load, a planned run).
    void reserve(int rows);

    // Appends the rows as one chunk: one rowsAboutToBeAppended/rowsAppended pair, then countsChanged. An empty or
    // already used id is replaced by a unique one. Producers deliver large datasets in chunks (thousands of rows),
    // not row by row, so that views insert once per chunk.
    void append(QVector<Example> rows);
    void append(Example row);

    // Replaces a row's content by hand. The id stays (it is the row's identity). When the text, level, tags or search
    // hint differ from the generated version, the row is flagged FlagEdited and the generated version is kept for
    // reset(); editing back to the generated content clears the flag. False for a bad row number or level.
    bool update(int row, const Example &example);
    // Puts a freshly generated row in place of an old one (Regenerate): the id stays, the new row becomes the
    // generated version (no FlagEdited, nothing kept for reset()) and its review starts again (Pending).
    bool replace(int row, const Example &example);
    // Sets the review status of many rows at once (a selection, every filtered row): one rowsChanged spanning the
    // changed rows and one countsChanged, so a million rows cost one view update. Any status but Rejected drops the
    // row's reject reason.
    void setStatus(const QVector<int> &rows, ReviewStatus status);
    void setStatus(int row, ReviewStatus status) { setStatus(QVector<int>{row}, status); }
    // Sets status and reject reason of many rows: review(i, status, reason) changes those of rows[i]. Announced like
    // setStatus().
    using ReviewChange = std::function<void(qsizetype index, ReviewStatus &status, QString &reason)>;
    void setReview(const QVector<int> &rows, const ReviewChange &review);
    // Sets flag on rows [begin, end) where on[row] is non-zero and clears it there elsewhere (a derived flag such as
    // FlagDuplicate, recomputed on a worker): one rowsChanged spanning the changed rows.
    void setFlag(unsigned flag, const std::vector<quint8> &on, int begin, int end);
    // Rejects the rows and records why.
    void setRejectReason(const QVector<int> &rows, const QString &reason);
    // Puts a judge model's verdicts on rows (verdicts[i] on rows[i]) with the flags they imply: FlagLevelMismatch
    // when the judge's level is not the row's, FlagOffByMoreThanOne when it is two or more levels away. One
    // rowsChanged spanning the rows.
    void setJudgements(const QVector<int> &rows, const QVector<std::shared_ptr<const JudgeVerdict>> &verdicts);
    // Restores the generated text of an edited row and clears FlagEdited; the review status stays. False if the row
    // was not edited.
    bool reset(int row);
    // True when the generated version is known, so reset() can restore it. A row read back from a file can carry
    // FlagEdited without it.
    bool isEdited(int row) const { return m_originals.contains(row); }
    bool hasOriginals() const { return !m_originals.isEmpty(); }
    // The generated version of an edited row, or nullptr.
    const Example *original(int row) const;
    // Every known generated version, by row.
    const QHash<int, Example> &originals() const { return m_originals; }

    // A row as it stands, and putting it back exactly (status, flags and generated version included).
    RowState state(int row) const;
    bool restore(int row, const RowState &state);

    // Removes every row: aboutToReset, resetDone, countsChanged.
    void clear();

    // Running counts, O(1) to read.
    const LevelCounts &levelCounts() const { return m_levelCounts; }
    int levelCount(int reward) const { return Rubric::isValid(reward) ? m_levelCounts[Rubric::indexOf(reward)] : 0; }
    const StatusCounts &statusCounts() const { return m_statusCounts; }
    int statusCount(ReviewStatus status) const { return m_statusCounts[std::size_t(status)]; }
    // Rows flagged FlagEdited, whether or not their generated version is known.
    int editedCount() const { return m_editedCount; }

Q_SIGNALS:
    void rowsAboutToBeAppended(int first, int last);
    void rowsAppended(int first, int last);
    void rowsChanged(int first, int last);
    // A row's prompt, level or ladder changed (an edit, Regenerate, Undo): what its duplicates are may have too.
    void promptChanged(int row);
    // replace() put a new row at row; before is what was there (for undo).
    void rowReplaced(int row, const candor::RowState &before);
    void aboutToReset();
    void resetDone();
    void countsChanged();

private:
    // The id index: open addressing over (32-bit hash, row) pairs, with the id itself read from the row on a hash
    // match. Flat and node-free: growing it at half a million ids takes a few milliseconds where a QHash rehash
    // stalled the GUI thread for 40-80 ms mid-load, and it takes less memory.
    struct IdSlot
    {
        quint32 hash = 0;
        qint32 row = -1; // -1 = empty
    };
    static quint32 idHash(const QString &id);
    int findId(const QString &id, quint32 hash) const;
    void insertId(quint32 hash, int row);
    bool claim(const QString &id, int row);
    QString claimUniqueId(const QString &wanted, int row);

    detail::DatasetBlock &ownBlock(std::size_t index); // writable: copied first if a snapshot shares it
    Example &mutableAt(int row);
    // Stores a row's new content, keeps the counts, and announces the change.
    void put(int row, Example next, bool countsMove);
    void count(const Example &example, int delta);

    std::vector<std::shared_ptr<detail::DatasetBlock>> m_blocks;
    int m_size = 0;
    std::vector<IdSlot> m_idSlots; // size is a power of two, at most half full
    int m_idCount = 0;
    QHash<QString, int> m_nextSuffix; // next "-N" to try per clashing id, so clashes don't rescan from 2
    qint64 m_nextAutoId = 1;
    QHash<int, Example> m_originals; // generated versions of edited rows, by row
    LevelCounts m_levelCounts{};
    StatusCounts m_statusCounts{};
    int m_editedCount = 0;
};

} // namespace candor
