#pragma once

#include <QHash>
#include <QString>
#include <QStringView>
#include <QVector>

#include <array>
#include <atomic>
#include <vector>

namespace candor {

// Near-duplicate prompts ("the same question, other words"). A text is reduced to its canonical form (its words
// in sorted order without fillers: reordered words and an added "really" or "the" cost nothing) and that to the set
// of its character 5-grams. MinHash (128 multiply-shift permutations, fixed seeds) summarises each set;
// locality-sensitive hashing in 16 bands of 8 rows makes two texts candidates when all 8 minima of any band agree
// (probability 1 - (1 - J^8)^16: 0.95 at J = 0.8, 0.9999 at J = 0.9, 0.06 at J = 0.5). A candidate is a
// near-duplicate when the Jaccard similarity of the 5-gram sets (of the canonical forms, or of the whole texts where
// that is higher) is at least the threshold, 0.8, and the two ask the same question (sameQuestion()): similar
// wording is not enough, the bank's templates make "... at the 1980 games" and "... at the 1900 games", 0.8 alike.
// Equal texts are exact duplicates, found by their own hash, so the one index answers both. Texts should be
// normalised by the caller (normalisedPrompt()).
//
// Entries are compared only within one scope (validate compares prompts of the same level) and never with entries
// of their own group (a contrast ladder's rows share a prompt on purpose); group 0 is no group.
struct NearDuplicateMatch
{
    qint64 other = -1;       // the earlier entry this one duplicates; -1 = none
    double similarity = 0.0; // Jaccard similarity of the 5-gram sets (1.0 for exact duplicates and reorderings)
    bool exact = false;      // the texts are equal
    bool found() const { return other >= 0; }
};

class NearDuplicateIndex
{
public:
    static constexpr int Shingle = 5;
    static constexpr int Bands = 16;
    static constexpr int Rows = 8;
    static constexpr int Hashes = Bands * Rows;
    static constexpr double DefaultThreshold = 0.8;

    explicit NearDuplicateIndex(double threshold = DefaultThreshold);

    // The earlier entry text duplicates: an exact duplicate if there is one (the earliest), else the most similar
    // near-duplicate (the earliest of equals); none when neither.
    NearDuplicateMatch find(const QString &text, int scope = 0, quint64 group = 0) const;
    // find(), then adds the text as the next entry (entries are numbered from 0 in the order they are added).
    NearDuplicateMatch add(const QString &text, int scope = 0, quint64 group = 0);
    qint64 size() const { return qint64(m_texts.size()); }
    void clear();

    // For every text, what add() would have answered had the texts been added in order: the same results, computed
    // in bulk on `threads` threads (0 = one per core). scopes and groups may be empty (all 0). Returns an empty
    // vector if cancel becomes true.
    static QVector<NearDuplicateMatch> findAll(const QVector<QString> &texts, const QVector<int> &scopes = {},
                                               const QVector<quint64> &groups = {}, double threshold = DefaultThreshold,
                                               int threads = 0, const std::atomic_bool *cancel = nullptr);

    // Jaccard similarity of the 5-gram sets of two texts (a text shorter than 5 characters is one gram).
    static double similarity(QStringView a, QStringView b);
    // Whether two similar texts can ask the same question: the words only one of them has contain no number, and
    // after pairing typing slips (one letter changed, added, dropped or two swapped) they are all on one side.
    static bool sameQuestion(QStringView a, QStringView b);
    // What the 5-grams are taken of: the words of a normalised text without fillers (articles, prepositions,
    // auxiliaries, "really", "please"...), in sorted order, so reordered words and fillers cost nothing.
    static QString canonical(QStringView normalised);

    // The building blocks, public for tests and benchmarks.
    using Shingles = std::vector<quint32>; // sorted, unique 5-gram hashes
    // As a set (sorted, unique), or as they come when only their minima matter.
    static void shingles(QStringView text, Shingles &out, bool asSet = true);
    static double jaccard(const Shingles &a, const Shingles &b);
    using BandKeys = std::array<quint32, Bands>;
    static void bandKeys(const Shingles &shingles, int scope, BandKeys &out);
    // The similarity of two texts given their canonical 5-grams: the Jaccard similarity of those, or of the whole
    // texts' 5-grams where that is higher.
    static double similarityOf(QStringView a, const Shingles &canonicalA, QStringView b, const Shingles &canonicalB);

private:
    NearDuplicateMatch findWith(const QString &text, const QString &canon, int scope, quint64 group,
                                const Shingles &grams, const BandKeys &keys) const;

    double m_threshold;
    QVector<QString> m_texts;
    QVector<QString> m_canonical; // canonical() of each entry (empty for exact duplicates: never a candidate)
    QVector<int> m_scopes;
    QVector<quint64> m_groups;
    QMultiHash<quint64, qint32> m_exact; // hash of (scope, text) -> entries
    QMultiHash<quint64, qint32> m_bands; // (band, band key) -> entries that are not exact duplicates
};

} // namespace candor
