#pragma once

#include "dataset/rubric.h"

#include <QString>

#include <optional>

namespace candor {

// How rows are spread over the five rubric levels: balanced, fixed counts or percentages.
class Distribution
{
public:
    enum class Kind
    {
        Balanced,
        Counts,
        Percentages
    };

    // The most rows one run may have, whichever way they are asked for (a count or a distribution's total).
    static constexpr int MaxRows = 10000000;

    Distribution() = default; // balanced
    static Distribution balanced() { return Distribution(); }
    static Distribution fromCounts(const LevelCounts &counts);
    // percentages in hundredths of a percent so 12.5% is exact; the five must sum to 10000
    static Distribution fromBasisPoints(const LevelCounts &basisPoints);

    // Parses "balanced", "-2:10,-1:10,0:10,1:10,2:10" or "-2:10%,-1:20%,0:40%,1:20%,2:10%".
    // Levels left out get 0. On failure returns nothing and sets a one-line error.
    static std::optional<Distribution> parse(const QString &spec, QString *error);

    Kind kind() const { return m_kind; }
    // The counts for Kind::Counts, basis points for Kind::Percentages.
    const LevelCounts &values() const { return m_values; }

    // Exact per-level counts that sum to total. Percentages and balanced splits use the largest
    // remainder method (ties go to the lower level). Counts must add up to total.
    std::optional<LevelCounts> countsFor(int total, QString *error) const;
    // The natural total of a Counts distribution (sum); -1 for the other kinds.
    int fixedTotal() const { return m_kind == Kind::Counts ? totalOf(m_values) : -1; }

    QString toSpec() const;
    bool operator==(const Distribution &o) const { return m_kind == o.m_kind && m_values == o.m_values; }
    bool operator!=(const Distribution &o) const { return !(*this == o); }

private:
    Kind m_kind = Kind::Balanced;
    LevelCounts m_values{};
};

// Splits total over weights proportionally (largest remainder, ties to the lower index).
LevelCounts largestRemainder(int total, const LevelCounts &weights);

} // namespace candor
