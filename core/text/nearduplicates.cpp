#include "text/nearduplicates.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <thread>

namespace candor {
namespace {

quint64 mix64(quint64 x)
{
    // splitmix64's finaliser: every input bit reaches every output bit.
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 31;
    return x;
}

// The 128 permutations' coefficients, from a fixed seed so every run and every machine agrees.
struct Permutations
{
    alignas(32) quint32 a[NearDuplicateIndex::Hashes];
    alignas(32) quint32 b[NearDuplicateIndex::Hashes];
    Permutations()
    {
        quint64 state = 0x43616E646F72ull; // "Candor"
        for (int k = 0; k < NearDuplicateIndex::Hashes; ++k) {
            state += 0x9E3779B97F4A7C15ull;
            const quint64 r = mix64(state);
            a[k] = quint32(r) | 1u; // odd: x -> a*x + b is a bijection of 32-bit values
            b[k] = quint32(r >> 32);
        }
    }
};
const Permutations &permutations()
{
    static const Permutations p;
    return p;
}

// The minimum of each permutation over the set. Built for AVX2 and for any x86-64, chosen when the program loads:
// the 128 lanes are most of the cost of indexing a million prompts.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
void minHash(const quint32 *grams, size_t count, quint32 *mins)
{
    const Permutations &p = permutations();
    for (int k = 0; k < NearDuplicateIndex::Hashes; ++k)
        mins[k] = 0xFFFFFFFFu;
    for (size_t i = 0; i < count; ++i) {
        const quint32 x = grams[i];
        for (int k = 0; k < NearDuplicateIndex::Hashes; ++k) {
            quint32 h = p.a[k] * x + p.b[k];
            h ^= h >> 16; // the low bits of a*x+b are weak; the shift mixes the high ones in (still a bijection)
            mins[k] = mins[k] < h ? mins[k] : h;
        }
    }
}

quint64 exactKey(QStringView text, int scope)
{
    return mix64(qHash(text, 0x5EEDull) ^ (quint64(quint32(scope)) * 0x9E3779B97F4A7C15ull));
}

quint64 bucketOf(int band, quint32 key)
{
    return (quint64(quint32(band)) << 32) | key;
}

bool eligible(quint64 group, quint64 otherGroup)
{
    return group == 0 || group != otherGroup;
}

// Runs work(begin, end) over [0, count) on up to threads threads, in chunks taken in turn so uneven costs even out.
void parallelFor(qint64 count, int threads, const std::function<void(qint64, qint64)> &work, qint64 chunk = 4096)
{
    if (threads <= 1 || count <= chunk) {
        work(0, count);
        return;
    }
    std::atomic<qint64> next{0};
    auto run = [&] {
        for (;;) {
            const qint64 begin = next.fetch_add(chunk);
            if (begin >= count)
                return;
            work(begin, std::min(count, begin + chunk));
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(run);
    run();
    for (std::thread &thread : pool)
        thread.join();
}

bool isWordChar(QChar c)
{
    // "c", "c++" and "c#" are three languages.
    return c.isLetterOrNumber() || c.isMark() || c == u'+' || c == u'#';
}

bool isIdeograph(QChar c)
{
    const QChar::Script s = c.script();
    return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana ||
           s == QChar::Script_Hangul;
}

// The words of a normalised text: runs of letters and digits (and + and #); a character of a script written without
// spaces (Han, kana, Hangul) is a word of its own.
void words(QStringView text, std::vector<QStringView> &out)
{
    out.clear();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text[i] : QChar(u' ');
        const bool ideograph = isIdeograph(c);
        if ((!isWordChar(c) || ideograph) && start >= 0) {
            out.push_back(text.mid(start, i - start));
            start = -1;
        }
        // A minus sign belongs to its number: "-2" and "2" are two numbers.
        const bool minus = c == u'-' && i + 1 < text.size() && text[i + 1].isDigit();
        if (ideograph)
            out.push_back(text.mid(i, 1));
        else if ((isWordChar(c) || minus) && start < 0)
            start = i;
    }
}

// Words that come and go without changing what is asked: articles, prepositions, auxiliaries, fillers and
// politeness (English, and the Chinese particles). Not "not", "no", "only", "first" and the like, which change the
// question.
bool isFiller(QStringView word)
{
    static const std::vector<QStringView> fillers = [] {
        std::vector<QStringView> list{u"a", u"about", u"actually", u"also", u"an", u"and", u"approximately", u"are",
                                      u"as", u"at", u"basically", u"be", u"been", u"by", u"can", u"could", u"currently",
                                      u"did", u"do", u"does", u"even", u"exactly", u"for", u"from", u"i", u"in", u"is",
                                      u"it", u"its", u"just", u"kindly", u"m", u"me", u"my", u"now", u"of", u"on",
                                      u"or", u"please", u"precisely", u"quite", u"really", u"roughly", u"s", u"simply",
                                      u"so", u"still", u"tell", u"that", u"the", u"then", u"there", u"this", u"to",
                                      u"very", u"was", u"well", u"were", u"will", u"with", u"would", u"you", u"your",
                                      // Chinese question particles and "please"
                                      u"吗", u"呢", u"请"};
        std::sort(list.begin(), list.end());
        return list;
    }();
    return std::binary_search(fillers.begin(), fillers.end(), word);
}

bool hasDigit(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

// One typing slip apart: two neighbouring letters swapped, one letter changed, added or dropped, in words of five
// letters or more ("tftp" and "sftp", "http" and "https", "form" and "from" are different words).
bool oneSlipApart(QStringView a, QStringView b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    if (a.size() < 5)
        return false;
    qsizetype i = 0;
    while (i < a.size() && a[i] == b[i])
        ++i;
    if (a.size() == b.size()) {
        if (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.mid(i + 2) == b.mid(i + 2))
            return true;
        return i < a.size() && a.mid(i + 1) == b.mid(i + 1);
    }
    return b.size() - a.size() == 1 && a.mid(i) == b.mid(i + 1);
}

// Below this canonical similarity a pair is not looked at further (the whole texts' 5-grams are not compared).
constexpr double CanonicalFloor = 0.5;

// Whether two canonical forms can be the same question: sameQuestion() lets them differ only by typing slips, a
// word of one for a word of the other. One slip is allowed here (two in one short question are past telling from
// another question). A cheap test on the sorted words that turns away nearly every candidate before 5-grams and
// words are compared.
bool mayMatch(QStringView a, QStringView b)
{
    if (qAbs(a.size() - b.size()) > 1)
        return false;
    QStringView onlyA, onlyB;
    int countA = 0, countB = 0;
    qsizetype i = 0, j = 0;
    auto next = [](QStringView s, qsizetype at) {
        const qsizetype space = s.indexOf(u' ', at);
        return space < 0 ? s.size() : space;
    };
    while (i < a.size() || j < b.size()) {
        const qsizetype ei = i < a.size() ? next(a, i) : a.size();
        const qsizetype ej = j < b.size() ? next(b, j) : b.size();
        const QStringView wa = a.mid(i, ei - i), wb = b.mid(j, ej - j);
        const int order = i >= a.size() ? 1 : j >= b.size() ? -1 : wa.compare(wb);
        if (order == 0) {
            i = ei + 1;
            j = ej + 1;
            continue;
        }
        if (order < 0) {
            onlyA = wa;
            ++countA;
            i = ei + 1;
        } else {
            onlyB = wb;
            ++countB;
            j = ej + 1;
        }
        if (countA > 1 || countB > 1)
            return false;
    }
    return countA == countB && (countA == 0 || (!hasDigit(onlyA) && !hasDigit(onlyB) && oneSlipApart(onlyA, onlyB)));
}

} // namespace

QString NearDuplicateIndex::canonical(QStringView normalised)
{
    thread_local std::vector<QStringView> all; // a million calls: no allocation each

    words(normalised, all);
    all.erase(std::remove_if(all.begin(), all.end(), isFiller), all.end());
    std::sort(all.begin(), all.end());
    QString out;
    out.reserve(normalised.size());
    for (const QStringView w : all) {
        if (!out.isEmpty())
            out += u' ';
        out += w;
    }
    return out;
}

bool NearDuplicateIndex::sameQuestion(QStringView a, QStringView b)
{
    thread_local std::vector<QStringView> x, y, onlyA, onlyB;
    words(a, x);
    words(b, y);
    // Numbers in another order are other facts ("from 1990 to 2000" / "from 2000 to 1990"): words may move, numbers
    // may not.
    auto numberAt = [](const std::vector<QStringView> &w, size_t from) {
        return size_t(std::find_if(w.begin() + qsizetype(from), w.end(), hasDigit) - w.begin());
    };
    for (size_t i = numberAt(x, 0), j = numberAt(y, 0); i < x.size() || j < y.size();
         i = numberAt(x, i + 1), j = numberAt(y, j + 1)) {
        if (i >= x.size() || j >= y.size() || x[i] != y[j])
            return false;
    }
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    // The words only one of the two has (as multisets).
    onlyA.clear();
    onlyB.clear();
    std::set_difference(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(onlyA));
    std::set_difference(y.begin(), y.end(), x.begin(), x.end(), std::back_inserter(onlyB));
    // A number that differs is another fact: "the 1980 games" and "the 1900 games" are two questions.
    if (std::any_of(onlyA.begin(), onlyA.end(), hasDigit) || std::any_of(onlyB.begin(), onlyB.end(), hasDigit))
        return false;
    // Typing slips pair a word of one with a word of the other.
    for (auto i = onlyA.begin(); i != onlyA.end();) {
        const auto j = std::find_if(onlyB.begin(), onlyB.end(), [&](QStringView w) { return oneSlipApart(*i, w); });
        if (j != onlyB.end()) {
            onlyB.erase(j);
            i = onlyA.erase(i);
        } else {
            ++i;
        }
    }
    // Any other word that only one of them has changes the question: one put in place of another ("... of Ghent" /
    // "... of Sevres") or added ("beach volleyball" / "volleyball"); fillers come and go.
    return std::all_of(onlyA.begin(), onlyA.end(), isFiller) && std::all_of(onlyB.begin(), onlyB.end(), isFiller);
}

NearDuplicateIndex::NearDuplicateIndex(double threshold) : m_threshold(threshold) {}

void NearDuplicateIndex::shingles(QStringView text, Shingles &out, bool asSet)
{
    out.clear();
    const qsizetype n = text.size();
    if (n == 0)
        return;
    const char16_t *s = text.utf16();
    auto gram = [&](qsizetype i, qsizetype len) {
        quint64 packed = 0;
        quint64 fifth = 0;
        for (qsizetype j = 0; j < len; ++j) {
            if (j < 4)
                packed |= quint64(s[i + j]) << (16 * j);
            else
                fifth = s[i + j];
        }
        return quint32(mix64(packed ^ ((fifth + 1) * 0x9E3779B97F4A7C15ull) ^ quint64(len)) >> 32);
    };
    if (n < Shingle) {
        out.push_back(gram(0, n));
        return;
    }
    out.reserve(size_t(n - Shingle + 1));
    for (qsizetype i = 0; i + Shingle <= n; ++i)
        out.push_back(gram(i, Shingle));
    if (!asSet)
        return; // MinHash takes the minimum: repeats and order make no difference
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

double NearDuplicateIndex::jaccard(const Shingles &a, const Shingles &b)
{
    if (a.empty() && b.empty())
        return 1.0;
    size_t common = 0;
    auto i = a.begin(), j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

double NearDuplicateIndex::similarityOf(QStringView a, const Shingles &canonicalA, QStringView b,
                                        const Shingles &canonicalB)
{
    const double canon = jaccard(canonicalA, canonicalB);
    if (canon >= 1.0)
        return canon;
    // A slip in a short question moves many of the few 5-grams its canonical form has; the whole text, fillers and
    // all, has more to lose them among.
    Shingles x, y;
    shingles(a, x);
    shingles(b, y);
    return std::max(canon, jaccard(x, y));
}

double NearDuplicateIndex::similarity(QStringView a, QStringView b)
{
    Shingles x, y;
    shingles(canonical(a), x);
    shingles(canonical(b), y);
    return similarityOf(a, x, b, y);
}

void NearDuplicateIndex::bandKeys(const Shingles &grams, int scope, BandKeys &out)
{
    alignas(32) quint32 mins[Hashes];
    minHash(grams.data(), grams.size(), mins);
    const quint64 scopeMix = quint64(quint32(scope)) * 0xD6E8FEB86659FD93ull;
    for (int band = 0; band < Bands; ++band) {
        quint64 h = scopeMix ^ quint64(band);
        for (int row = 0; row < Rows; ++row)
            h = mix64(h ^ mins[band * Rows + row]);
        out[size_t(band)] = quint32(h >> 32);
    }
}

NearDuplicateMatch NearDuplicateIndex::findWith(const QString &text, const QString &canon, int scope, quint64 group,
                                                const Shingles &grams, const BandKeys &keys) const
{
    NearDuplicateMatch match;
    const quint64 exact = exactKey(text, scope);
    for (auto it = m_exact.constFind(exact); it != m_exact.cend() && it.key() == exact; ++it) {
        const qint32 j = it.value();
        if ((match.other < 0 || j < match.other) && m_scopes[j] == scope && eligible(group, m_groups[j]) &&
            m_texts[j] == text)
            match = {j, 1.0, true};
    }
    if (match.found())
        return match;
    std::vector<qint32> candidates;
    for (int band = 0; band < Bands; ++band) {
        const quint64 bucket = bucketOf(band, keys[size_t(band)]);
        for (auto it = m_bands.constFind(bucket); it != m_bands.cend() && it.key() == bucket; ++it)
            candidates.push_back(it.value());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    Shingles other;
    for (const qint32 j : candidates) {
        if (m_scopes[j] != scope || !eligible(group, m_groups[j]) || !mayMatch(canon, m_canonical[j]))
            continue;
        shingles(m_canonical[j], other);
        if (jaccard(grams, other) < CanonicalFloor)
            continue;
        const double s = similarityOf(text, grams, m_texts[j], other);
        // Candidates ascend, so ties keep the earliest.
        if (s >= m_threshold && s > match.similarity && sameQuestion(text, m_texts[j]))
            match = {j, s, false};
    }
    return match;
}

NearDuplicateMatch NearDuplicateIndex::find(const QString &text, int scope, quint64 group) const
{
    const QString canon = canonical(text);
    Shingles grams;
    shingles(canon, grams);
    BandKeys keys;
    bandKeys(grams, scope, keys);
    return findWith(text, canon, scope, group, grams, keys);
}

NearDuplicateMatch NearDuplicateIndex::add(const QString &text, int scope, quint64 group)
{
    const QString canon = canonical(text);
    Shingles grams;
    shingles(canon, grams);
    BandKeys keys;
    bandKeys(grams, scope, keys);
    const NearDuplicateMatch match = findWith(text, canon, scope, group, grams, keys);
    const qint32 id = qint32(m_texts.size());
    m_texts.append(text);
    m_canonical.append(match.exact ? QString() : canon);
    m_scopes.append(scope);
    m_groups.append(group);
    m_exact.insert(exactKey(text, scope), id);
    // An exact duplicate adds nothing new to find: its earlier twin is in the buckets already.
    if (!match.exact) {
        for (int band = 0; band < Bands; ++band)
            m_bands.insert(bucketOf(band, keys[size_t(band)]), id);
    }
    return match;
}

void NearDuplicateIndex::clear()
{
    m_texts.clear();
    m_canonical.clear();
    m_scopes.clear();
    m_groups.clear();
    m_exact.clear();
    m_bands.clear();
}

QVector<NearDuplicateMatch> NearDuplicateIndex::findAll(const QVector<QString> &texts, const QVector<int> &scopes,
                                                        const QVector<quint64> &groups, double threshold, int threads,
                                                        const std::atomic_bool *cancel)
{
    const qint64 n = texts.size();
    Q_ASSERT(n < 0x7FFFFFFF);
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    auto scopeOf = [&](qint64 i) { return scopes.isEmpty() ? 0 : scopes[i]; };
    auto groupOf = [&](qint64 i) { return groups.isEmpty() ? quint64(0) : groups[i]; };
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    QVector<NearDuplicateMatch> result(n);

    // 1. Exact duplicates: entries sorted by the hash of (scope, text); within a run of equal hashes, each entry
    //    takes the earliest earlier one with the same text that it may match.
    std::vector<std::pair<quint64, quint32>> exact(size_t(n), {0, 0});
    parallelFor(n, threads, [&](qint64 begin, qint64 end) {
        for (qint64 i = begin; i < end; ++i)
            exact[size_t(i)] = {exactKey(texts[i], scopeOf(i)), quint32(i)};
    });
    std::sort(exact.begin(), exact.end());
    for (size_t run = 0; run < exact.size();) {
        size_t end = run + 1;
        while (end < exact.size() && exact[end].first == exact[run].first)
            ++end;
        for (size_t b = run + 1; b < end; ++b) {
            const quint32 i = exact[b].second;
            for (size_t a = run; a < b; ++a) {
                const quint32 j = exact[a].second;
                if (scopeOf(j) == scopeOf(i) && eligible(groupOf(i), groupOf(j)) && texts[j] == texts[i]) {
                    result[i] = {qint64(j), 1.0, true};
                    break;
                }
            }
        }
        run = end;
    }
    std::vector<std::pair<quint64, quint32>>().swap(exact);
    if (cancelled())
        return {};

    // 2. The canonical form and band keys of every entry that is not an exact duplicate, one sorted array per band
    //    of (key << 32 | entry), so a bucket is a run of equal keys with its entries in order.
    std::vector<quint32> reps;
    reps.reserve(size_t(n));
    for (qint64 i = 0; i < n; ++i) {
        if (!result[i].exact)
            reps.push_back(quint32(i));
    }
    const size_t r = reps.size();
    std::vector<QString> canon(static_cast<size_t>(n));
    std::array<std::vector<quint64>, Bands> bands;
    for (auto &band : bands)
        band.resize(r);
    parallelFor(qint64(r), threads, [&](qint64 begin, qint64 end) {
        Shingles grams;
        BandKeys keys;
        for (qint64 k = begin; k < end; ++k) {
            const quint32 i = reps[size_t(k)];
            canon[i] = canonical(texts[i]);
            shingles(canon[i], grams, false);
            bandKeys(grams, scopeOf(i), keys);
            for (int band = 0; band < Bands; ++band)
                bands[size_t(band)][size_t(k)] = (quint64(keys[size_t(band)]) << 32) | i;
        }
    });
    if (cancelled())
        return {};
    parallelFor(
        Bands, threads,
        [&](qint64 begin, qint64 end) {
            for (qint64 band = begin; band < end; ++band)
                std::sort(bands[size_t(band)].begin(), bands[size_t(band)].end());
        },
        1);
    if (cancelled())
        return {};

    // 3. Candidate pairs (later << 32 | earlier) from every bucket, then each pair verified once.
    std::vector<quint64> pairs;
    for (const auto &band : bands) {
        for (size_t run = 0; run < band.size();) {
            size_t end = run + 1;
            const quint64 key = band[run] >> 32;
            while (end < band.size() && (band[end] >> 32) == key)
                ++end;
            for (size_t b = run + 1; b < end; ++b) {
                const quint64 i = band[b] & 0xFFFFFFFFu;
                for (size_t a = run; a < b; ++a)
                    pairs.push_back((i << 32) | (band[a] & 0xFFFFFFFFu));
            }
            run = end;
        }
    }
    for (auto &band : bands)
        std::vector<quint64>().swap(band);
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    if (cancelled())
        return {};
    // Runs of pairs with the same later entry, so each thread computes that entry's 5-grams once.
    std::vector<size_t> starts;
    for (size_t p = 0; p < pairs.size(); ++p) {
        if (p == 0 || (pairs[p] >> 32) != (pairs[p - 1] >> 32))
            starts.push_back(p);
    }
    starts.push_back(pairs.size());
    parallelFor(qint64(starts.size()) - 1, threads, [&](qint64 begin, qint64 end) {
        Shingles mine, mineWhole, other, otherWhole;
        for (qint64 s = begin; s < end; ++s) {
            const qint64 i = qint64(pairs[starts[size_t(s)]] >> 32);
            mine.clear();
            mineWhole.clear();
            NearDuplicateMatch best;
            for (size_t p = starts[size_t(s)]; p < starts[size_t(s) + 1]; ++p) {
                const qint64 j = qint64(pairs[p] & 0xFFFFFFFFu);
                if (scopeOf(j) != scopeOf(i) || !eligible(groupOf(i), groupOf(j)) ||
                    !mayMatch(canon[size_t(i)], canon[size_t(j)]))
                    continue;
                if (mine.empty())
                    shingles(canon[size_t(i)], mine);
                shingles(canon[size_t(j)], other);
                double sim = jaccard(mine, other);
                // Far apart in their canonical forms, two texts are no slip apart: the whole texts need no look.
                if (sim < CanonicalFloor)
                    continue;
                if (sim < 1.0) { // as similarityOf()
                    if (mineWhole.empty())
                        shingles(texts[i], mineWhole);
                    shingles(texts[j], otherWhole);
                    sim = std::max(sim, jaccard(mineWhole, otherWhole));
                }
                if (sim >= threshold && sim > best.similarity && sameQuestion(texts[i], texts[j]))
                    best = {j, sim, false};
            }
            result[i] = best;
        }
    });
    if (cancelled())
        return {};
    return result;
}

} // namespace candor
