#include "dataset/datasetstore.h"

#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <utility>

using namespace Qt::StringLiterals;

namespace candor {
namespace {
// Below this many rows, clear() frees the rows in place; above it a pool thread does, so the GUI doesn't stall.
constexpr int kFreeOnWorkerRows = detail::BlockRows;

bool sameContent(const Example &a, const Example &b)
{
    return a.prompt == b.prompt && a.idealAnswer == b.idealAnswer && a.expectedFeedback == b.expectedFeedback &&
           a.targetReward == b.targetReward && a.tags == b.tags && a.searchHint == b.searchHint;
}
} // namespace

DatasetStore::DatasetStore(QObject *parent) : QObject(parent) {}

DatasetStore::~DatasetStore() = default;

DatasetSnapshot DatasetStore::snapshot() const
{
    DatasetSnapshot s;
    s.m_blocks.assign(m_blocks.begin(), m_blocks.end());
    s.m_size = m_size;
    return s;
}

QVector<Example> DatasetStore::toVector() const
{
    QVector<Example> all;
    all.reserve(m_size);
    for (const auto &block : m_blocks)
        all.append(QVector<Example>(block->rows.begin(), block->rows.end()));
    return all;
}

void DatasetStore::reserve(int rows)
{
    m_blocks.reserve(std::size_t((rows + detail::BlockRows - 1) >> detail::BlockShift));
    std::size_t slots = 16;
    while (slots < 2 * std::size_t(rows))
        slots *= 2;
    if (slots > m_idSlots.size()) {
        std::vector<IdSlot> old = std::exchange(m_idSlots, std::vector<IdSlot>(slots));
        m_idCount = 0;
        for (const IdSlot &slot : old) {
            if (slot.row >= 0)
                insertId(slot.hash, slot.row);
        }
    }
}

quint32 DatasetStore::idHash(const QString &id)
{
    const size_t h = qHash(id, QHashSeed::globalSeed());
    return quint32(h ^ (quint64(h) >> 32));
}

int DatasetStore::findId(const QString &id, quint32 hash) const
{
    if (m_idSlots.empty())
        return -1;
    const std::size_t mask = m_idSlots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const IdSlot &slot = m_idSlots[i];
        if (slot.row < 0)
            return -1;
        if (slot.hash == hash && at(slot.row).id == id)
            return slot.row;
    }
}

void DatasetStore::insertId(quint32 hash, int row)
{
    if (std::size_t(m_idCount + 1) * 2 > m_idSlots.size())
        reserve(std::max(m_idCount + 1, 8));
    const std::size_t mask = m_idSlots.size() - 1;
    std::size_t i = hash & mask;
    while (m_idSlots[i].row >= 0)
        i = (i + 1) & mask;
    m_idSlots[i] = {hash, row};
    ++m_idCount;
}

detail::DatasetBlock &DatasetStore::ownBlock(std::size_t index)
{
    auto &block = m_blocks[index];
    if (block.use_count() > 1) {
        // A snapshot still reads this block: give the store its own copy and leave the snapshot's untouched.
        auto copy = std::make_shared<detail::DatasetBlock>();
        copy->rows.reserve(block->rows.capacity());
        copy->rows.insert(copy->rows.end(), block->rows.begin(), block->rows.end());
        block = std::move(copy);
    } else {
        // Pairs with the release in the last snapshot's reference drop: its reads finish before we write.
        std::atomic_thread_fence(std::memory_order_acquire);
    }
    return *block;
}

Example &DatasetStore::mutableAt(int row)
{
    return ownBlock(std::size_t(row >> detail::BlockShift)).rows[std::size_t(row & detail::BlockMask)];
}

bool DatasetStore::claim(const QString &id, int row)
{
    // The row is not stored yet: findId() only reads rows whose hash matches, and those are all stored.
    const quint32 hash = idHash(id);
    if (findId(id, hash) >= 0)
        return false;
    insertId(hash, row);
    return true;
}

QString DatasetStore::claimUniqueId(const QString &wanted, int row)
{
    if (wanted.isEmpty()) {
        while (true) {
            QString id = u"row-"_s + QString::number(m_nextAutoId++);
            if (claim(id, row))
                return id;
        }
    }
    if (claim(wanted, row))
        return wanted;
    int &next = m_nextSuffix[wanted];
    next = std::max(next, 2);
    while (true) {
        QString id = wanted + u'-' + QString::number(next++);
        if (claim(id, row))
            return id;
    }
}

StringPool::StringPool(qsizetype maxStrings) : m_max(maxStrings) {}

void StringPool::share(QString &text)
{
    if (text.isEmpty())
        return;
    const auto it = m_strings.constFind(text);
    if (it != m_strings.constEnd())
        text = *it;
    else if (m_strings.size() < m_max)
        m_strings.insert(text);
}

void StringPool::share(Example &example)
{
    for (QString &tag : example.tags)
        share(tag);
    share(example.provider);
    share(example.model);
    share(example.templateId);
    share(example.topic);
    share(example.language);
}

void DatasetStore::count(const Example &example, int delta)
{
    if (Rubric::isValid(example.targetReward))
        m_levelCounts[std::size_t(Rubric::indexOf(example.targetReward))] += delta;
    m_statusCounts[std::size_t(example.status)] += delta;
    if (example.flags & FlagEdited)
        m_editedCount += delta;
}

void DatasetStore::append(QVector<Example> rows)
{
    if (rows.isEmpty())
        return;
    const int first = m_size;
    const int last = first + int(rows.size()) - 1;
    Q_EMIT rowsAboutToBeAppended(first, last);
    for (Example &e : rows) {
        if (m_blocks.empty() || m_blocks.back()->rows.size() == std::size_t(detail::BlockRows)) {
            auto block = std::make_shared<detail::DatasetBlock>();
            // The first block grows as needed so small stores stay small; later ones are filled anyway.
            if (!m_blocks.empty())
                block->rows.reserve(std::size_t(detail::BlockRows));
            m_blocks.push_back(std::move(block));
        }
        e.id = claimUniqueId(e.id, m_size);
        count(e, +1);
        // Appending copies a block a snapshot shares, like any write: the rows a snapshot sees never change.
        ownBlock(m_blocks.size() - 1).rows.push_back(std::move(e));
        ++m_size;
    }
    Q_EMIT rowsAppended(first, last);
    Q_EMIT countsChanged();
}

void DatasetStore::append(Example row)
{
    append(QVector<Example>{std::move(row)});
}

const Example *DatasetStore::original(int row) const
{
    const auto it = m_originals.constFind(row);
    return it == m_originals.constEnd() ? nullptr : &it.value();
}

bool DatasetStore::update(int row, const Example &example)
{
    if (row < 0 || row >= m_size || !Rubric::isValid(example.targetReward))
        return false;
    Example next = example;
    next.id = at(row).id;
    const Example *generated = original(row);
    // A row read back with FlagEdited but without its generated text stays edited: there is nothing to compare with.
    const bool unknownOriginal = !generated && (at(row).flags & FlagEdited);
    const bool edited = unknownOriginal || !sameContent(next, generated ? *generated : at(row));
    if (unknownOriginal) {
        next.flags |= FlagEdited;
    } else if (edited) {
        next.flags |= FlagEdited;
        if (!generated)
            m_originals.insert(row, at(row));
    } else {
        next.flags &= ~unsigned(FlagEdited);
        m_originals.remove(row);
    }
    if (next == at(row))
        return true;
    const bool countsMove = next.targetReward != at(row).targetReward || next.status != at(row).status ||
                            edited != bool(at(row).flags & FlagEdited);
    put(row, std::move(next), countsMove);
    return true;
}

void DatasetStore::put(int row, Example next, bool countsMove)
{
    Example &current = mutableAt(row);
    const bool promptMoves =
        current.prompt != next.prompt || current.targetReward != next.targetReward || current.group != next.group;
    count(current, -1);
    current = std::move(next);
    count(current, +1);
    Q_EMIT rowsChanged(row, row);
    if (countsMove)
        Q_EMIT countsChanged();
    if (promptMoves)
        Q_EMIT promptChanged(row);
}

bool DatasetStore::replace(int row, const Example &example)
{
    if (row < 0 || row >= m_size || !Rubric::isValid(example.targetReward))
        return false;
    const RowState before = state(row);
    Example next = example;
    next.id = at(row).id;
    next.flags &= ~unsigned(FlagEdited);
    next.status = ReviewStatus::Pending;
    next.rejectReason.clear();
    m_originals.remove(row);
    const bool countsMove =
        (before.row.flags & FlagEdited) || next.targetReward != at(row).targetReward || next.status != at(row).status;
    put(row, std::move(next), countsMove);
    Q_EMIT rowReplaced(row, before);
    return true;
}

RowState DatasetStore::state(int row) const
{
    RowState s{at(row), std::nullopt};
    if (const Example *generated = original(row))
        s.original = *generated;
    return s;
}

bool DatasetStore::restore(int row, const RowState &state)
{
    if (row < 0 || row >= m_size || !Rubric::isValid(state.row.targetReward))
        return false;
    if (state.original)
        m_originals.insert(row, *state.original);
    else
        m_originals.remove(row);
    Example next = state.row;
    next.id = at(row).id;
    put(row, std::move(next), true);
    return true;
}

void DatasetStore::setStatus(const QVector<int> &rows, ReviewStatus status)
{
    setReview(rows, [status](qsizetype, ReviewStatus &current, QString &reason) {
        current = status;
        if (status != ReviewStatus::Rejected)
            reason.clear();
    });
}

void DatasetStore::setRejectReason(const QVector<int> &rows, const QString &reason)
{
    setReview(rows, [&reason](qsizetype, ReviewStatus &current, QString &currentReason) {
        current = ReviewStatus::Rejected;
        currentReason = reason;
    });
}

void DatasetStore::setJudgements(const QVector<int> &rows, const QVector<std::shared_ptr<const JudgeVerdict>> &verdicts)
{
    int first = m_size;
    int last = -1;
    for (qsizetype i = 0; i < rows.size() && i < verdicts.size(); ++i) {
        const int row = rows.at(i);
        if (row < 0 || row >= m_size || !verdicts.at(i))
            continue;
        Example &e = mutableAt(row);
        const int distance = std::abs(verdicts.at(i)->level - e.targetReward);
        e.flags &= ~unsigned(FlagLevelMismatch | FlagOffByMoreThanOne);
        e.flags |=
            (distance > 0 ? unsigned(FlagLevelMismatch) : 0u) | (distance > 1 ? unsigned(FlagOffByMoreThanOne) : 0u);
        e.judge = verdicts.at(i);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last >= 0)
        Q_EMIT rowsChanged(first, last);
}

void DatasetStore::setReview(const QVector<int> &rows, const ReviewChange &review)
{
    int first = m_size;
    int last = -1;
    bool countsMove = false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int row = rows.at(i);
        if (row < 0 || row >= m_size)
            continue;
        const Example &current = at(row);
        ReviewStatus status = current.status;
        QString reason = current.rejectReason;
        review(i, status, reason);
        if (status == current.status && reason == current.rejectReason)
            continue;
        Example &e = mutableAt(row);
        if (e.status != status) {
            m_statusCounts[std::size_t(e.status)] -= 1;
            m_statusCounts[std::size_t(status)] += 1;
            e.status = status;
            countsMove = true;
        }
        e.rejectReason = std::move(reason);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    // One range, unchanged rows inside it included: views repaint once instead of once per run of rows.
    if (last >= 0)
        Q_EMIT rowsChanged(first, last);
    if (countsMove)
        Q_EMIT countsChanged();
}

void DatasetStore::setFlag(unsigned flag, const std::vector<quint8> &on, int begin, int end)
{
    int first = m_size;
    int last = -1;
    end = std::min({end, m_size, int(on.size())});
    for (int row = std::max(0, begin); row < end; ++row) {
        const bool want = on[std::size_t(row)] != 0;
        if (bool(at(row).flags & flag) == want)
            continue;
        Example &e = mutableAt(row);
        e.flags = want ? (e.flags | flag) : (e.flags & ~flag);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last >= 0)
        Q_EMIT rowsChanged(first, last);
}

bool DatasetStore::reset(int row)
{
    const auto it = m_originals.find(row);
    if (it == m_originals.end())
        return false;
    Example restored = std::move(it.value());
    m_originals.erase(it);
    Example &current = mutableAt(row);
    restored.id = current.id;
    restored.status = current.status;
    restored.flags &= ~unsigned(FlagEdited);
    count(current, -1);
    current = std::move(restored);
    count(current, +1);
    Q_EMIT rowsChanged(row, row);
    Q_EMIT countsChanged();
    return true;
}

void DatasetStore::clear()
{
    Q_EMIT aboutToReset();
    auto blocks = std::move(m_blocks);
    m_blocks = {};
    m_idSlots = {};
    m_idCount = 0;
    m_size = 0;
    m_originals.clear();
    m_nextSuffix.clear();
    m_nextAutoId = 1;
    m_levelCounts = {};
    m_statusCounts = {};
    m_editedCount = 0;
    if (blocks.size() > std::size_t(kFreeOnWorkerRows >> detail::BlockShift)) {
        // Freeing a million rows is millions of small deallocations: a pool thread does them.
        QThreadPool::globalInstance()->start([blocks = std::move(blocks)]() mutable { blocks.clear(); });
    }
    Q_EMIT resetDone();
    Q_EMIT countsChanged();
}

} // namespace candor
