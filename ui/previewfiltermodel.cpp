#include "previewfiltermodel.h"

#include "previewmodel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace candor {

Q_LOGGING_CATEGORY(lcPreview, "candor.preview", QtInfoMsg)

// ---------------------------------------------------------------------------------------------------------------
// PreviewFilter

bool PreviewFilter::isActive() const
{
    return levels || statuses || sources || flags || withReason || ladders != LadderMatch::Any || !group.isEmpty() ||
           judgeLevels || !text.trimmed().isEmpty();
}

bool PreviewFilter::operator==(const PreviewFilter &o) const
{
    return levels == o.levels && statuses == o.statuses && sources == o.sources && flags == o.flags &&
           withReason == o.withReason && (flags == 0 || flagMatch == o.flagMatch) && ladders == o.ladders &&
           group == o.group && judgeLevels == o.judgeLevels && text.trimmed() == o.text.trimmed();
}

// ---------------------------------------------------------------------------------------------------------------
// TextMatcher

namespace {
inline char16_t fold(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    return char16_t(QChar::toCaseFolded(c));
}

inline bool isSurrogate(char16_t c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}
} // namespace

TextMatcher::TextMatcher(const QString &needle)
{
    const QString trimmed = needle.trimmed();
    m_needle.resize(trimmed.size());
    bool bmp = true;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const char16_t c = trimmed.at(i).unicode();
        bmp = bmp && !isSurrogate(c);
        // Per code unit, as QString's case-insensitive comparison folds characters outside surrogate pairs.
        m_needle[i] = QChar(fold(c));
    }
    if (m_needle.isEmpty())
        return;
    if (!bmp) {
        m_needle = trimmed; // Qt's own search handles surrogate pairs
        return;
    }
    bool ok = true;
    m_first = variantsOf(m_needle.at(0).unicode(), &ok);
    if (ok && m_needle.size() > 1)
        m_second = variantsOf(m_needle.at(1).unicode(), &ok);
    m_fast = ok;
}

TextMatcher::Variants TextMatcher::variantsOf(char16_t folded, bool *ok)
{
    // Every code unit that folds to this one (for 'k' also the Kelvin sign, for 's' the long s): a candidate position
    // is then one compare per variant, which the vector loop below does eight characters at a time.
    static const QHash<char16_t, QVector<char16_t>> unfold = [] {
        QHash<char16_t, QVector<char16_t>> table;
        for (char32_t c = 0; c <= 0xFFFF; ++c) {
            const auto unit = char16_t(c);
            if (!isSurrogate(unit) && fold(unit) != unit)
                table[fold(unit)].append(unit);
        }
        return table;
    }();
    const QVector<char16_t> others = unfold.value(folded);
    Variants variants;
    variants.fill(folded);
    *ok = others.size() < MaxVariants;
    for (qsizetype i = 0; *ok && i < others.size(); ++i)
        variants[std::size_t(i + 1)] = others.at(i);
    return variants;
}

bool TextMatcher::verify(const char16_t *at) const
{
    const auto *needle = reinterpret_cast<const char16_t *>(m_needle.utf16());
    for (qsizetype j = 2; j < m_needle.size(); ++j) {
        const char16_t c = at[j];
        if (c != needle[j] && fold(c) != needle[j])
            return false;
    }
    return true;
}

bool TextMatcher::matches(QStringView haystack) const
{
    const qsizetype n = m_needle.size();
    if (n == 0)
        return true;
    if (!m_fast)
        return haystack.contains(m_needle, Qt::CaseInsensitive);
    if (haystack.size() < n)
        return false;
    const char16_t *s = haystack.utf16();
    const qsizetype last = haystack.size() - n; // the last position a match can start at
    auto isFirst = [this](char16_t c) {
        return c == m_first[0] || c == m_first[1] || c == m_first[2] || c == m_first[3];
    };
    auto isSecond = [this](char16_t c) {
        return c == m_second[0] || c == m_second[1] || c == m_second[2] || c == m_second[3];
    };
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight positions per step: the first two needle characters are compared (in every case variant) at once, and
    // only the rare positions where both match are verified one character at a time.
    const __m128i f0 = _mm_set1_epi16(short(m_first[0]));
    const __m128i f1 = _mm_set1_epi16(short(m_first[1]));
    const __m128i f2 = _mm_set1_epi16(short(m_first[2]));
    const __m128i f3 = _mm_set1_epi16(short(m_first[3]));
    const __m128i s0 = _mm_set1_epi16(short(m_second[0]));
    const __m128i s1 = _mm_set1_epi16(short(m_second[1]));
    const __m128i s2 = _mm_set1_epi16(short(m_second[2]));
    const __m128i s3 = _mm_set1_epi16(short(m_second[3]));
    for (; i + 8 <= last + 1; i += 8) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(a, f0), _mm_cmpeq_epi16(a, f1)),
                                   _mm_or_si128(_mm_cmpeq_epi16(a, f2), _mm_cmpeq_epi16(a, f3)));
        if (n > 1) {
            // s + i + 8 is still inside the haystack: i + 8 <= last + 1 = size - n + 1 < size.
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i + 1));
            hit = _mm_and_si128(hit, _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(b, s0), _mm_cmpeq_epi16(b, s1)),
                                                  _mm_or_si128(_mm_cmpeq_epi16(b, s2), _mm_cmpeq_epi16(b, s3))));
        }
        unsigned mask = unsigned(_mm_movemask_epi8(hit));
        while (mask) {
            const int bit = __builtin_ctz(mask);
            if (verify(s + i + bit / 2))
                return true;
            mask &= ~(3u << bit);
        }
    }
#endif
    for (; i <= last; ++i) {
        if (isFirst(s[i]) && (n == 1 || isSecond(s[i + 1])) && verify(s + i))
            return true;
    }
    return false;
}

bool TextMatcher::matches(const Example &e) const
{
    if (matches(QStringView(e.prompt)) || matches(QStringView(e.idealAnswer)) ||
        matches(QStringView(e.expectedFeedback)) || matches(QStringView(e.rejectReason)))
        return true;
    for (const QString &tag : e.tags) {
        if (matches(QStringView(tag)))
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Filtering and ordering, shared by the GUI thread (over the store) and workers (over a snapshot)

struct PreviewFilterModel::Compiled
{
    explicit Compiled(const PreviewFilter &filter) : criteria(filter), matcher(filter.text) {}

    bool accepts(const Example &e) const
    {
        if (criteria.levels && !(criteria.levels & PreviewFilter::levelBit(e.targetReward)))
            return false;
        if (criteria.statuses && !(criteria.statuses & PreviewFilter::statusBit(e.status)))
            return false;
        if (criteria.sources && !(criteria.sources & PreviewFilter::sourceBit(e.source)))
            return false;
        if (criteria.withReason && e.rejectReason.isEmpty())
            return false;
        if (criteria.ladders != PreviewFilter::LadderMatch::Any &&
            e.group.isEmpty() == (criteria.ladders == PreviewFilter::LadderMatch::InLadder))
            return false;
        if (!criteria.group.isEmpty() && e.group != criteria.group)
            return false;
        if (criteria.judgeLevels && (!e.judge || !(criteria.judgeLevels & PreviewFilter::levelBit(e.judge->level))))
            return false;
        if (criteria.flags) {
            const unsigned have = e.flags & criteria.flags;
            switch (criteria.flagMatch) {
            case PreviewFilter::FlagMatch::Any:
                if (!have)
                    return false;
                break;
            case PreviewFilter::FlagMatch::All:
                if (have != criteria.flags)
                    return false;
                break;
            case PreviewFilter::FlagMatch::None:
                if (have)
                    return false;
                break;
            }
        }
        return matcher.isEmpty() || matcher.matches(e);
    }
    bool isActive() const { return criteria.isActive(); }

    PreviewFilter criteria;
    TextMatcher matcher;
};

struct PreviewFilterModel::JobResult
{
    std::vector<int> rows;
    std::vector<int> inverse;
    int scanned = 0;
    bool cancelled = false;
    std::shared_ptr<std::atomic_bool> token; // which request this answers
};

namespace {
using SortSpec = PreviewFilterModel::SortSpec;
using Compiled = PreviewFilterModel::Compiled;
using JobResult = PreviewFilterModel::JobResult;

constexpr int kSliceRows = 8192;
// Beyond this many separate insert or remove ranges one layout change is cheaper than many small signals.
constexpr std::size_t kMaxRanges = 16;
// Changes to more rows than this at once are not placed one by one on the GUI thread: a full recompute (on a
// worker for large stores) takes over.
constexpr int kIncrementalLimit = 20000;

bool isKeyed(const SortSpec &sort)
{
    return sort.column > PreviewModel::Number && sort.column < PreviewModel::ColumnCount;
}

// Text columns sort by their case-folded text (folded per code point, compared per UTF-16 code unit). The worker
// sorts by folded copies (TextKey), the GUI thread (placing a few rows) folds as it compares; both fold through
// FoldedUnits, so they agree on every order.
class FoldedUnits
{
public:
    explicit FoldedUnits(QStringView text) : m_text(text) {}

    // The next folded code unit, or false at the end.
    bool next(char16_t *out)
    {
        if (m_pending) {
            *out = m_pending;
            m_pending = 0;
            return true;
        }
        if (m_at >= m_text.size())
            return false;
        const char16_t c = m_text[m_at++].unicode();
        if (c < 0x80) {
            *out = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
            return true;
        }
        char32_t cp = c;
        if (QChar::isHighSurrogate(c) && m_at < m_text.size() && m_text[m_at].isLowSurrogate())
            cp = QChar::surrogateToUcs4(c, m_text[m_at++].unicode());
        const char32_t folded = QChar::toCaseFolded(cp);
        if (QChar::requiresSurrogates(folded)) {
            *out = QChar::highSurrogate(folded);
            m_pending = QChar::lowSurrogate(folded);
        } else {
            *out = char16_t(folded);
        }
        return true;
    }

private:
    QStringView m_text;
    qsizetype m_at = 0;
    char16_t m_pending = 0;
};

int compareFolded(QStringView a, QStringView b)
{
    FoldedUnits x(a);
    FoldedUnits y(b);
    while (true) {
        char16_t cx = 0;
        char16_t cy = 0;
        const bool hx = x.next(&cx);
        const bool hy = y.next(&cy);
        if (!hx || !hy)
            return hx ? 1 : hy ? -1 : 0;
        if (cx != cy)
            return cx < cy ? -1 : 1;
    }
}

// A text's sort key: its folded text, cut at Units code units to bound the memory a million keys take, kept in one
// flat buffer per thread rather than a string each (a million allocations to make and free). Keys compare as plain
// code units (vectorised), so the worker folds each row once instead of each character per comparison.
struct TextKey
{
    static constexpr qsizetype Units = 128;
    std::size_t offset = 0;         // in its thread's buffer, while the buffer still grows
    const char16_t *text = nullptr; // then the text itself
    quint32 size = 0;
    int row = 0;
    bool longer = false; // the text goes on past Units: equal keys need the full comparison
};

void appendTextKey(QStringView text, int row, std::vector<char16_t> *buffer, TextKey *key)
{
    const std::size_t start = buffer->size();
    key->row = row;
    key->offset = start;
    const qsizetype n = std::min(text.size(), TextKey::Units);
    const char16_t *in = text.utf16();
    qsizetype i = 0;
    for (; i < n && in[i] < 0x80; ++i)
        buffer->push_back(in[i] >= u'A' && in[i] <= u'Z' ? char16_t(in[i] + 32) : in[i]);
    if (i == n) {
        key->longer = text.size() > TextKey::Units;
    } else {
        // Not plain ASCII: the general path, which may change the length (surrogate pairs).
        buffer->resize(start);
        FoldedUnits units(text);
        char16_t c = 0;
        while (buffer->size() - start < std::size_t(TextKey::Units) && units.next(&c))
            buffer->push_back(c);
        key->longer = buffer->size() - start == std::size_t(TextKey::Units) && units.next(&c);
    }
    key->size = quint32(buffer->size() - start);
}

// Runs work(part, begin, end) over [0, n) cut into one part per core: this thread takes the first part, pool threads
// the others. (A blockingMap from a pool thread would queue its work behind the calling job and use one core.)
template <class Work> void parallelParts(std::size_t n, std::size_t minPart, Work work)
{
    const int parts = int(std::max<std::size_t>(1, std::min<std::size_t>(QThread::idealThreadCount(), n / minPart)));
    auto run = [&](int part) {
        work(part, n * std::size_t(part) / std::size_t(parts), n * std::size_t(part + 1) / std::size_t(parts));
    };
    std::vector<QFuture<void>> others;
    for (int part = 1; part < parts; ++part)
        others.push_back(QtConcurrent::run(run, part));
    run(0);
    for (QFuture<void> &other : others)
        other.waitForFinished(); // runs it here if no pool thread took it
}

// std::sort on a pool of threads: parts sorted side by side (this thread takes the first), then merged.
template <class T, class Less> void parallelSort(std::vector<T> &items, Less less)
{
    parallelParts(items.size(), 65536, [&](int, std::size_t begin, std::size_t end) {
        std::sort(items.begin() + std::ptrdiff_t(begin), items.begin() + std::ptrdiff_t(end), less);
    });
    const int parts =
        int(std::max<std::size_t>(1, std::min<std::size_t>(QThread::idealThreadCount(), items.size() / 65536)));
    for (int part = 1; part < parts; ++part) {
        const auto middle = items.begin() + std::ptrdiff_t(items.size() * std::size_t(part) / std::size_t(parts));
        const auto last = items.begin() + std::ptrdiff_t(items.size() * std::size_t(part + 1) / std::size_t(parts));
        std::inplace_merge(items.begin(), middle, last, less);
    }
}

qint64 intKey(const Example &e, int column)
{
    switch (column) {
    case PreviewModel::Level:
        return e.targetReward;
    case PreviewModel::Source:
        return qint64(e.source);
    case PreviewModel::Status:
        return qint64(e.status);
    case PreviewModel::Flags:
        return qint64(e.flags);
    case PreviewModel::Ladder:
        return PreviewModel::ladderNumber(e.group);
    }
    return 0;
}

bool isIntColumn(int column)
{
    return column == PreviewModel::Level || column == PreviewModel::Source || column == PreviewModel::Status ||
           column == PreviewModel::Flags || column == PreviewModel::Ladder;
}

// The proxy's order as a strict total order over source rows: the column's key, then the source row, so equal
// keys keep store order and every sort (and every binary search for an insert position) is deterministic.
template <class Rows> struct RowLess
{
    const Rows *rows;
    SortSpec sort;

    int compareKeys(int a, int b) const
    {
        const Example &x = rows->at(a);
        const Example &y = rows->at(b);
        switch (sort.column) {
        case PreviewModel::Prompt:
            return compareFolded(x.prompt, y.prompt);
        case PreviewModel::Answer:
            return compareFolded(x.idealAnswer, y.idealAnswer);
        case PreviewModel::Feedback:
            return compareFolded(x.expectedFeedback, y.expectedFeedback);
        case PreviewModel::Tags:
            // As the Tags column reads and its SortRole says: the tags joined with ", ".
            return compareFolded(x.tags.join(u", "_s), y.tags.join(u", "_s));
        default: {
            const qint64 kx = intKey(x, sort.column);
            const qint64 ky = intKey(y, sort.column);
            return kx < ky ? -1 : kx > ky ? 1 : 0;
        }
        }
    }

    bool operator()(int a, int b) const
    {
        if (sort.column == PreviewModel::Number)
            return sort.order == Qt::AscendingOrder ? a < b : a > b;
        if (!isKeyed(sort) || a == b)
            return a < b;
        const int c = compareKeys(a, b);
        if (c != 0)
            return sort.order == Qt::AscendingOrder ? c < 0 : c > 0;
        return a < b;
    }
};

inline void prefetch(const void *address)
{
#if defined(__GNUC__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

template <class Rows>
void scanRange(const Rows &rows, int begin, int end, const Compiled &filter, std::vector<int> *out)
{
    // A text scan waits on memory more than it computes: each row's strings live apart on the heap. Asking for a row's
    // text a few rows ahead overlaps those waits (about 20% faster at a million rows).
    constexpr int kAhead = 8;
    const bool ahead = !filter.matcher.isEmpty();
    for (int r = begin; r < end; ++r) {
        if (ahead && r + kAhead < end) {
            const Example &next = rows.at(r + kAhead);
            prefetch(next.prompt.constData());
            prefetch(next.idealAnswer.constData());
            prefetch(next.expectedFeedback.constData());
            prefetch(next.tags.constData());
        }
        if (filter.accepts(rows.at(r)))
            out->push_back(r);
    }
}

template <class Rows>
void sortRows(std::vector<int> &order, const Rows &rows, const SortSpec &sort, const std::atomic_bool *cancel)
{
    if (sort.column < 0 || (sort.column == PreviewModel::Number && sort.order == Qt::AscendingOrder)) {
        if (!std::is_sorted(order.begin(), order.end()))
            parallelSort(order, std::less<int>());
        return;
    }
    if (sort.column == PreviewModel::Number) {
        parallelSort(order, std::greater<int>());
        return;
    }
    if (isIntColumn(sort.column)) {
        // Keys pulled out once: comparing pairs in a flat array beats chasing a row per comparison.
        std::vector<std::pair<qint64, int>> keyed;
        keyed.reserve(order.size());
        const bool descending = sort.order == Qt::DescendingOrder;
        for (int r : order) {
            const qint64 k = intKey(rows.at(r), sort.column);
            keyed.emplace_back(descending ? -k : k, r);
        }
        parallelSort(keyed, std::less<std::pair<qint64, int>>());
        for (std::size_t i = 0; i < keyed.size(); ++i)
            order[i] = keyed[i].second;
        return;
    }
    // Text: sorted by folded keys (see TextKey); only keys equal over their whole length compare the full text.
    const auto textOf = [&rows, column = sort.column](int r) -> QString {
        const Example &e = rows.at(r);
        switch (column) {
        case PreviewModel::Prompt:
            return e.prompt;
        case PreviewModel::Answer:
            return e.idealAnswer;
        case PreviewModel::Feedback:
            return e.expectedFeedback;
        }
        return e.tags.join(u", "_s);
    };
    std::vector<TextKey> keyed(order.size());
    std::vector<std::vector<char16_t>> buffers(static_cast<std::size_t>(QThread::idealThreadCount()));
    parallelParts(order.size(), 65536, [&](int part, std::size_t begin, std::size_t end) {
        std::vector<char16_t> &buffer = buffers[std::size_t(part)];
        buffer.reserve((end - begin) * 64);
        for (std::size_t i = begin; i < end; ++i)
            appendTextKey(textOf(order[i]), order[i], &buffer, &keyed[i]);
        for (std::size_t i = begin; i < end; ++i)
            keyed[i].text = buffer.data() + keyed[i].offset;
    });
    if (cancel && cancel->load())
        return; // superseded: the caller drops the result
    const bool ascending = sort.order == Qt::AscendingOrder;
    parallelSort(keyed, [&](const TextKey &a, const TextKey &b) {
        int c = QStringView(a.text, a.size).compare(QStringView(b.text, b.size), Qt::CaseSensitive);
        if (c == 0 && a.longer && b.longer)
            c = compareFolded(textOf(a.row), textOf(b.row));
        else if (c == 0)
            c = int(a.longer) - int(b.longer);
        if (c != 0)
            return ascending ? c < 0 : c > 0;
        return a.row < b.row;
    });
    for (std::size_t i = 0; i < keyed.size(); ++i)
        order[i] = keyed[i].row;
}

std::vector<int> inverseOf(const std::vector<int> &order, int size)
{
    std::vector<int> inverse(std::size_t(size), -1);
    for (std::size_t i = 0; i < order.size(); ++i)
        inverse[std::size_t(order[i])] = int(i);
    return inverse;
}

// The whole recompute: filter every row of the snapshot (or re-sort the given rows), sort, invert. Runs on a worker
// for large stores; reads only the snapshot and its own arguments.
std::shared_ptr<JobResult> runJob(const DatasetSnapshot &snapshot, const std::shared_ptr<const Compiled> &filter,
                                  SortSpec sort, std::vector<int> sortOnlyRows, bool sortOnly,
                                  const std::shared_ptr<std::atomic_bool> &cancel, bool parallel)
{
    QElapsedTimer clock;
    clock.start();
    auto result = std::make_shared<JobResult>();
    result->token = cancel;
    const int n = snapshot.size();
    result->scanned = n;
    if (sortOnly) {
        result->rows = std::move(sortOnlyRows);
    } else if (!filter->isActive()) {
        result->rows.resize(std::size_t(n));
        std::iota(result->rows.begin(), result->rows.end(), 0);
    } else if (!parallel || n <= 2 * kSliceRows) {
        scanRange(snapshot, 0, n, *filter, &result->rows);
    } else {
        const int parts = std::max(1, std::min(QThread::idealThreadCount(), n / kSliceRows));
        std::vector<std::vector<int>> found(static_cast<std::size_t>(parts));
        parallelParts(std::size_t(n), kSliceRows, [&](int part, std::size_t begin, std::size_t end) {
            for (std::size_t b = begin; b < end; b += kSliceRows) {
                if (cancel && cancel->load(std::memory_order_relaxed))
                    return;
                scanRange(snapshot, int(b), int(std::min(end, b + kSliceRows)), *filter, &found[std::size_t(part)]);
            }
        });
        std::size_t total = 0;
        for (const auto &rows : found)
            total += rows.size();
        result->rows.reserve(total);
        for (const auto &rows : found)
            result->rows.insert(result->rows.end(), rows.begin(), rows.end());
    }
    if (cancel && cancel->load()) {
        result->cancelled = true;
        return result;
    }
    const qint64 scanned = clock.nsecsElapsed();
    sortRows(result->rows, snapshot, sort, cancel.get());
    if (cancel && cancel->load()) {
        result->cancelled = true;
        return result;
    }
    const qint64 sorted = clock.nsecsElapsed();
    result->inverse = inverseOf(result->rows, n);
    qCDebug(lcPreview, "recompute of %d rows: %s %.1f ms, sort %.1f ms, inverse %.1f ms -> %zu rows", n,
            sortOnly ? "copy" : "scan", double(scanned) / 1e6, double(sorted - scanned) / 1e6,
            double(clock.nsecsElapsed() - sorted) / 1e6, result->rows.size());
    return result;
}

// Takes the changed source rows (sorted, unique) out of order and merges back those that pass, in their place.
// Every other row is unchanged, so order stays sorted and a merge is enough.
void mergeChanges(std::vector<int> &order, std::vector<int> &inverse, const std::vector<int> &changed,
                  const DatasetStore &store, const Compiled &filter, const SortSpec &sort)
{
    for (int r : changed) {
        if (inverse[std::size_t(r)] >= 0)
            inverse[std::size_t(r)] = -2; // marked for removal
    }
    order.erase(std::remove_if(order.begin(), order.end(), [&](int r) { return inverse[std::size_t(r)] == -2; }),
                order.end());
    std::vector<int> add;
    for (int r : changed) {
        if (filter.accepts(store.at(r)))
            add.push_back(r);
    }
    const RowLess<DatasetStore> less{&store, sort};
    std::sort(add.begin(), add.end(), less);
    std::vector<int> merged;
    merged.reserve(order.size() + add.size());
    std::merge(order.begin(), order.end(), add.begin(), add.end(), std::back_inserter(merged), less);
    order.swap(merged);
    inverse = inverseOf(order, store.size());
}
} // namespace

// ---------------------------------------------------------------------------------------------------------------
// PreviewFilterModel

PreviewFilterModel::PreviewFilterModel(QObject *parent)
    : QAbstractProxyModel(parent), m_applied(std::make_shared<Compiled>(PreviewFilter{}))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, [this] { recompute(true); });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<JobResult>>::finished, this,
            &PreviewFilterModel::onJobFinished);
}

PreviewFilterModel::~PreviewFilterModel()
{
    cancelJob();
    m_watcher.waitForFinished();
}

void PreviewFilterModel::setSourceModel(QAbstractItemModel *model)
{
    auto *preview = qobject_cast<PreviewModel *>(model);
    if (model && !preview) {
        qCWarning(lcPreview, "PreviewFilterModel needs a PreviewModel as its source; ignoring %s",
                  model->metaObject()->className());
        preview = nullptr;
    }
    beginResetModel();
    cancelJob();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(preview);
    m_source = preview;
    m_store = preview ? preview->store() : nullptr;
    m_rows.clear();
    m_inverse.clear();
    if (preview) {
        m_connections << connect(preview, &QAbstractItemModel::rowsInserted, this,
                                 &PreviewFilterModel::onSourceRowsInserted)
                      << connect(preview, &QAbstractItemModel::dataChanged, this,
                                 &PreviewFilterModel::onSourceDataChanged)
                      << connect(preview, &QAbstractItemModel::modelAboutToBeReset, this,
                                 &PreviewFilterModel::onSourceAboutToBeReset)
                      << connect(preview, &QAbstractItemModel::modelReset, this, &PreviewFilterModel::onSourceReset)
                      << connect(preview, &QObject::destroyed, this, [this] {
                             beginResetModel();
                             cancelJob();
                             m_rows.clear();
                             m_inverse.clear();
                             endResetModel();
                         });
        computeNow();
    }
    endResetModel();
}

void PreviewFilterModel::setFilter(const PreviewFilter &filter)
{
    m_filter = filter;
    recompute(true);
}

void PreviewFilterModel::setLevels(const QList<int> &rewards)
{
    unsigned mask = 0;
    for (int r : rewards)
        mask |= PreviewFilter::levelBit(r);
    m_filter.levels = mask;
    recompute(true);
}

void PreviewFilterModel::setStatuses(const QList<ReviewStatus> &statuses)
{
    unsigned mask = 0;
    for (ReviewStatus s : statuses)
        mask |= PreviewFilter::statusBit(s);
    m_filter.statuses = mask;
    recompute(true);
}

void PreviewFilterModel::setSources(const QList<ExampleSource> &sources)
{
    unsigned mask = 0;
    for (ExampleSource s : sources)
        mask |= PreviewFilter::sourceBit(s);
    m_filter.sources = mask;
    recompute(true);
}

void PreviewFilterModel::setFlags(unsigned flags, PreviewFilter::FlagMatch match)
{
    m_filter.flags = flags;
    m_filter.flagMatch = match;
    recompute(true);
}

void PreviewFilterModel::setText(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    // Typing is a burst of changes: scan once it pauses, not once per key.
    m_debounce.start();
    setBusy(true);
}

void PreviewFilterModel::clearFilter()
{
    setFilter(PreviewFilter{});
}

bool PreviewFilterModel::isBusy() const
{
    return m_busy;
}

void PreviewFilterModel::applyNow()
{
    if (m_debounce.isActive() || m_cancel)
        recompute(false);
}

void PreviewFilterModel::sort(int column, Qt::SortOrder order)
{
    m_wantedSort = {column >= 0 && column < PreviewModel::ColumnCount ? column : -1, order};
    recompute(true);
}

void PreviewFilterModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void PreviewFilterModel::cancelJob()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_jobFilter.reset();
    m_changedDuringJob.clear();
}

void PreviewFilterModel::recompute(bool allowAsync, bool force)
{
    m_debounce.stop();
    cancelJob();
    if (!m_store) {
        setBusy(false);
        return;
    }
    auto compiled = std::make_shared<const Compiled>(m_filter);
    const SortSpec sort = m_wantedSort;
    const bool sameRows = !force && compiled->criteria == m_applied->criteria;
    if (sameRows && sort == m_appliedSort) {
        setBusy(false);
        Q_EMIT filterApplied();
        return;
    }
    // Same criteria: only the order changes, so sort the rows already found instead of scanning again.
    std::vector<int> input = sameRows ? m_rows : std::vector<int>();
    DatasetSnapshot snapshot = m_store->snapshot();
    if (!allowAsync || snapshot.size() < m_asyncThreshold) {
        auto result = runJob(snapshot, compiled, sort, std::move(input), sameRows, nullptr, true);
        snapshot = {}; // let the store write its blocks in place again
        m_applied = std::move(compiled);
        m_appliedSort = sort;
        swapIn(std::move(result->rows), std::move(result->inverse), sameRows);
        setBusy(false);
        Q_EMIT filterApplied();
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_jobFilter = compiled;
    m_jobSort = sort;
    m_jobSortOnly = sameRows;
    m_watcher.setFuture(QtConcurrent::run([snapshot = std::move(snapshot), compiled, sort, input = std::move(input),
                                           sameRows, cancel = m_cancel]() mutable {
        return runJob(snapshot, compiled, sort, std::move(input), sameRows, cancel, true);
    }));
    setBusy(true);
}

void PreviewFilterModel::onJobFinished()
{
    if (!m_cancel || !m_jobFilter || m_watcher.future().resultCount() == 0)
        return; // cancelled or superseded: a newer job or a synchronous apply took over
    const std::shared_ptr<JobResult> result = m_watcher.result();
    if (!result || result->cancelled || result->token != m_cancel)
        return;
    std::vector<int> rows = std::move(result->rows);
    std::vector<int> inverse = std::move(result->inverse);
    // Rows appended or edited while the worker ran are filtered here, against the store as it is now.
    std::vector<int> changed = std::move(m_changedDuringJob);
    const int size = m_store ? m_store->size() : 0;
    for (int r = result->scanned; r < size; ++r)
        changed.push_back(r);
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    inverse.resize(std::size_t(size), -1);
    const bool sortOnly = m_jobSortOnly;
    if (!changed.empty() && m_store)
        mergeChanges(rows, inverse, changed, *m_store, *m_jobFilter, m_jobSort);
    m_applied = std::move(m_jobFilter);
    m_appliedSort = m_jobSort;
    cancelJob();
    swapIn(std::move(rows), std::move(inverse), sortOnly);
    setBusy(false);
    Q_EMIT filterApplied();
}

void PreviewFilterModel::swapIn(std::vector<int> rows, std::vector<int> inverse, bool sortOnly)
{
    if (rows == m_rows) {
        m_inverse = std::move(inverse);
        return;
    }
    // A layout change, not a reset: the view keeps its scroll position, and the selection and current row follow
    // their rows (or drop out when filtered away).
    QElapsedTimer clock;
    clock.start();
    const auto hint = sortOnly && rows.size() == m_rows.size() ? QAbstractItemModel::VerticalSortHint
                                                               : QAbstractItemModel::NoLayoutChangeHint;
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(std::size_t(from.size()));
    for (const QModelIndex &index : from)
        sources.push_back(index.row() < int(m_rows.size()) ? m_rows[std::size_t(index.row())] : -1);
    m_rows = std::move(rows);
    m_inverse = std::move(inverse);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int source = sources[std::size_t(i)];
        const int row = source >= 0 && source < int(m_inverse.size()) ? m_inverse[std::size_t(source)] : -1;
        to.append(row >= 0 ? createIndex(row, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
    qCDebug(lcPreview, "layout change to %zu rows: %.1f ms", m_rows.size(), double(clock.nsecsElapsed()) / 1e6);
}

void PreviewFilterModel::rebuildInverse(std::size_t from)
{
    for (std::size_t i = from; i < m_rows.size(); ++i)
        m_inverse[std::size_t(m_rows[i])] = int(i);
}

void PreviewFilterModel::onSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_store)
        return;
    const int count = last - first + 1;
    if (first < int(m_inverse.size())) {
        // Not an append (the store never does this, but a source may): renumber, then place the new rows.
        for (int &r : m_rows) {
            if (r >= first)
                r += count;
        }
        for (int &r : m_changedDuringJob) {
            if (r >= first)
                r += count;
        }
        m_inverse.assign(std::size_t(m_store->size()), -1);
        rebuildInverse(0);
        if (m_cancel) // the worker's snapshot numbers rows the old way
            recompute(true, true);
    } else {
        m_inverse.resize(std::size_t(m_store->size()), -1);
    }
    if (isBigChange(count)) {
        recompute(true, true);
        return;
    }
    std::vector<int> changed(static_cast<std::size_t>(count));
    std::iota(changed.begin(), changed.end(), first);
    applyChanges(std::move(changed));
}

void PreviewFilterModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || !m_store)
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (m_cancel) {
        for (int r = first; r <= last; ++r)
            m_changedDuringJob.push_back(r);
    }
    if (isBigChange(last - first + 1)) {
        // "Accept all" on a large store: one full recompute beats placing rows one by one.
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, PreviewModel::ColumnCount - 1));
        recompute(true, true);
        return;
    }
    std::vector<int> changed(std::size_t(last - first + 1));
    std::iota(changed.begin(), changed.end(), first);
    applyChanges(std::move(changed));
}

void PreviewFilterModel::computeNow()
{
    // Only inside a reset of this model: the criteria as set apply at once, without signals of their own.
    m_debounce.stop();
    m_applied = std::make_shared<const Compiled>(m_filter);
    m_appliedSort = m_wantedSort;
    m_rows.clear();
    m_inverse.clear();
    if (!m_store)
        return;
    const auto result = runJob(m_store->snapshot(), m_applied, m_appliedSort, {}, false, nullptr, true);
    m_rows = std::move(result->rows);
    m_inverse = std::move(result->inverse);
}

bool PreviewFilterModel::isBigChange(int rows) const
{
    // Without criteria or a keyed sort, changed rows never move: placing them costs nothing whatever their number.
    return rows >= kIncrementalLimit && m_store && m_store->size() >= m_asyncThreshold &&
           (m_applied->isActive() || isKeyed(m_appliedSort));
}

void PreviewFilterModel::onSourceAboutToBeReset()
{
    beginResetModel();
    cancelJob();
}

void PreviewFilterModel::onSourceReset()
{
    computeNow();
    endResetModel();
    setBusy(false);
}

void PreviewFilterModel::applyChanges(std::vector<int> changed)
{
    const DatasetStore &store = *m_store;
    const Compiled &filter = *m_applied;
    const SortSpec sort = m_appliedSort;
    const RowLess<DatasetStore> less{&store, sort};
    const bool keyed = isKeyed(sort);

    std::vector<int> stay;   // proxy rows that changed but keep their place
    std::vector<int> remove; // proxy rows that leave
    std::vector<int> add;    // source rows that enter
    bool outOfOrder = false;
    for (int r : changed) {
        const int p = m_inverse[std::size_t(r)];
        const bool pass = filter.accepts(store.at(r));
        if (p < 0) {
            if (pass)
                add.push_back(r);
        } else if (!pass) {
            remove.push_back(p);
        } else {
            stay.push_back(p);
            if (keyed && ((p > 0 && !less(m_rows[std::size_t(p - 1)], r)) ||
                          (p + 1 < int(m_rows.size()) && !less(r, m_rows[std::size_t(p + 1)]))))
                outOfOrder = true;
        }
    }

    // Repaint what changed in place, one signal per run of rows.
    std::sort(stay.begin(), stay.end());
    std::vector<std::pair<int, int>> runs;
    for (int p : stay) {
        if (!runs.empty() && runs.back().second + 1 == p)
            runs.back().second = p;
        else
            runs.emplace_back(p, p);
    }
    if (runs.size() > kMaxRanges)
        runs = {{runs.front().first, runs.back().second}};
    for (const auto &[top, bottom] : runs)
        Q_EMIT dataChanged(index(top, 0), index(bottom, PreviewModel::ColumnCount - 1));

    if (remove.empty() && add.empty() && !outOfOrder)
        return;

    std::sort(remove.begin(), remove.end());
    std::vector<std::pair<int, int>> removeRuns;
    for (int p : remove) {
        if (!removeRuns.empty() && removeRuns.back().second + 1 == p)
            removeRuns.back().second = p;
        else
            removeRuns.emplace_back(p, p);
    }
    if (outOfOrder || removeRuns.size() > kMaxRanges) {
        // Rows moved (a sort key was edited) or too scattered: one layout change keeps the selection with its rows.
        std::vector<int> rows = m_rows;
        std::vector<int> inverse = m_inverse;
        mergeChanges(rows, inverse, changed, store, filter, sort);
        swapIn(std::move(rows), std::move(inverse), false);
        return;
    }

    // Rows that stop matching leave one run at a time, last run first so earlier rows keep their numbers.
    for (auto it = removeRuns.rbegin(); it != removeRuns.rend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        for (int p = it->first; p <= it->second; ++p)
            m_inverse[std::size_t(m_rows[std::size_t(p)])] = -1;
        m_rows.erase(m_rows.begin() + it->first, m_rows.begin() + it->second + 1);
        rebuildInverse(std::size_t(it->first));
        endRemoveRows();
    }
    if (add.empty())
        return;

    // Rows that start matching enter where the order puts them; for appends in store order that is one range at
    // the end per chunk.
    std::sort(add.begin(), add.end(), less);
    struct Group
    {
        int position;
        std::size_t begin;
        std::size_t end;
    };
    std::vector<Group> groups;
    if (!keyed && (sort.column != PreviewModel::Number || sort.order == Qt::AscendingOrder) &&
        (m_rows.empty() || m_rows.back() < add.front())) {
        groups.push_back({int(m_rows.size()), 0, add.size()});
    } else {
        for (std::size_t i = 0; i < add.size(); ++i) {
            const int position = int(std::lower_bound(m_rows.begin(), m_rows.end(), add[i], less) - m_rows.begin());
            if (!groups.empty() && groups.back().position == position)
                groups.back().end = i + 1;
            else
                groups.push_back({position, i, i + 1});
        }
    }
    if (groups.size() > kMaxRanges) {
        std::vector<int> rows = m_rows;
        std::vector<int> inverse = m_inverse;
        mergeChanges(rows, inverse, add, store, filter, sort);
        swapIn(std::move(rows), std::move(inverse), false);
        return;
    }
    for (auto it = groups.rbegin(); it != groups.rend(); ++it) {
        const int count = int(it->end - it->begin);
        beginInsertRows({}, it->position, it->position + count - 1);
        m_rows.insert(m_rows.begin() + it->position, add.begin() + std::ptrdiff_t(it->begin),
                      add.begin() + std::ptrdiff_t(it->end));
        rebuildInverse(std::size_t(it->position));
        endInsertRows();
    }
}

QVariant PreviewFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // QAbstractProxyModel maps columns through row 0, so an empty result would lose its column titles.
    if (!m_source)
        return {};
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    if (section < 0 || section >= int(m_rows.size()))
        return {};
    return m_source->headerData(m_rows[std::size_t(section)], orientation, role);
}

int PreviewFilterModel::proxyRow(int sourceRow) const
{
    return sourceRow >= 0 && sourceRow < int(m_inverse.size()) ? m_inverse[std::size_t(sourceRow)] : -1;
}

QModelIndex PreviewFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_source || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return m_source->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex PreviewFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const int row = proxyRow(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex PreviewFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size()) || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex PreviewFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex PreviewFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int PreviewFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : PreviewModel::ColumnCount;
}

bool PreviewFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

} // namespace candor
