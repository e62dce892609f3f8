#include "dataset/distribution.h"

#include "i18n/trfunction.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace candor {
using namespace Qt::StringLiterals;
namespace {
CANDOR_TR_FUNCTION("candor::Distribution")
} // namespace

Distribution Distribution::fromCounts(const LevelCounts &counts)
{
    Distribution d;
    d.m_kind = Kind::Counts;
    d.m_values = counts;
    return d;
}

Distribution Distribution::fromBasisPoints(const LevelCounts &basisPoints)
{
    Distribution d;
    d.m_kind = Kind::Percentages;
    d.m_values = basisPoints;
    return d;
}

LevelCounts largestRemainder(int total, const LevelCounts &weights)
{
    LevelCounts result{};
    const qint64 weightSum = std::accumulate(weights.begin(), weights.end(), qint64(0));
    if (weightSum <= 0 || total <= 0)
        return result;
    std::array<qint64, Rubric::LevelCount> remainder{};
    int assigned = 0;
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        const qint64 scaled = qint64(total) * weights[i];
        result[i] = int(scaled / weightSum);
        remainder[i] = scaled % weightSum;
        assigned += result[i];
    }
    std::array<int, Rubric::LevelCount> order{};
    std::iota(order.begin(), order.end(), 0);
    // stable_sort keeps the lower level first among equal remainders, so splits are deterministic.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return remainder[a] > remainder[b]; });
    for (int k = 0; assigned < total; ++k, ++assigned)
        ++result[order[k % Rubric::LevelCount]];
    return result;
}

std::optional<Distribution> Distribution::parse(const QString &specIn, QString *error)
{
    const QString spec = specIn.trimmed();
    if (spec.isEmpty() || spec.compare(QLatin1String("balanced"), Qt::CaseInsensitive) == 0)
        return balanced();

    LevelCounts values{};
    std::array<bool, Rubric::LevelCount> seen{};
    int percentEntries = 0;
    int countEntries = 0;
    for (const QString &rawPart : spec.split(QLatin1Char(','))) {
        const QString part = rawPart.trimmed();
        const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
        if (part.isEmpty() || colon <= 0) {
            *error = tr("\"%1\" is not LEVEL:COUNT or LEVEL:PERCENT% (e.g. -2:10 or -2:10%)").arg(part);
            return std::nullopt;
        }
        const QString levelText = part.left(colon).trimmed();
        QString valueText = part.mid(colon + 1).trimmed();
        bool ok = false;
        const int level = levelText.toInt(&ok);
        if (!ok) {
            *error = tr("\"%1\" is not a rubric level; levels are -2, -1, 0, 1 and 2").arg(levelText);
            return std::nullopt;
        }
        if (!Rubric::isValid(level)) {
            *error = tr("level %1 is not on the rubric; levels are -2, -1, 0, 1 and 2").arg(level);
            return std::nullopt;
        }
        const int index = Rubric::indexOf(level);
        if (seen[index]) {
            *error = tr("level %1 is given twice").arg(Rubric::formatReward(level));
            return std::nullopt;
        }
        seen[index] = true;
        const bool percent = valueText.endsWith(QLatin1Char('%'));
        if (percent) {
            valueText.chop(1);
            ++percentEntries;
        } else {
            ++countEntries;
        }
        valueText = valueText.trimmed();
        if (valueText.startsWith(QLatin1Char('-'))) {
            *error = tr("level %1 has a negative %2 (%3)")
                         .arg(Rubric::formatReward(level), percent ? tr("percentage") : tr("count"), valueText);
            return std::nullopt;
        }
        if (percent) {
            const double p = valueText.toDouble(&ok);
            if (!ok || !(p >= 0) || p > 100) {
                *error = tr("level %1: \"%2%\" is not a percentage from 0 to 100")
                             .arg(Rubric::formatReward(level), valueText);
                return std::nullopt;
            }
            values[index] = int(std::lround(p * 100));
            if (std::abs(values[index] - p * 100) > 1e-6) {
                *error = tr("level %1: percentages may have at most two decimals (%2%)")
                             .arg(Rubric::formatReward(level), valueText);
                return std::nullopt;
            }
        } else {
            const qlonglong c = valueText.toLongLong(&ok);
            if (!ok || c > 100000000) {
                *error =
                    tr("level %1: \"%2\" is not a whole number of rows").arg(Rubric::formatReward(level), valueText);
                return std::nullopt;
            }
            values[index] = int(c);
        }
    }
    if (percentEntries && countEntries) {
        *error = tr("mix of counts and percentages; give every level as a count or every level as a percentage");
        return std::nullopt;
    }
    if (percentEntries) {
        const int sum = totalOf(values);
        if (sum != 10000) {
            *error = tr("percentages add up to %1%, not 100%").arg(QString::number(sum / 100.0));
            return std::nullopt;
        }
        return fromBasisPoints(values);
    }
    if (totalOf(values) == 0) {
        *error = tr("the counts add up to 0 rows");
        return std::nullopt;
    }
    // Each count is at most 100,000,000, so five of them fit an int; the cap applies to the whole run.
    if (totalOf(values) > MaxRows) {
        *error = tr("the counts add up to %1 rows; a run has at most %2").arg(totalOf(values)).arg(MaxRows);
        return std::nullopt;
    }
    return fromCounts(values);
}

std::optional<LevelCounts> Distribution::countsFor(int total, QString *error) const
{
    if (total < 0) {
        *error = tr("the number of rows cannot be negative (%1)").arg(total);
        return std::nullopt;
    }
    if (total > MaxRows) {
        *error = tr("the number of rows must be at most %1 (got %2)").arg(MaxRows).arg(total);
        return std::nullopt;
    }
    switch (m_kind) {
    case Kind::Balanced:
        return largestRemainder(total, {1, 1, 1, 1, 1});
    case Kind::Percentages:
        return largestRemainder(total, m_values);
    case Kind::Counts:
        if (totalOf(m_values) != total) {
            *error =
                tr("the per-level counts add up to %1 rows but %2 were asked for").arg(totalOf(m_values)).arg(total);
            return std::nullopt;
        }
        return m_values;
    }
    return std::nullopt;
}

QString Distribution::toSpec() const
{
    if (m_kind == Kind::Balanced)
        return u"balanced"_s;
    QStringList parts;
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        const QString level = QString::number(Rubric::rewardAt(i));
        if (m_kind == Kind::Counts)
            parts << level + QLatin1Char(':') + QString::number(m_values[i]);
        else
            parts << level + QLatin1Char(':') + QString::number(m_values[i] / 100.0) + QLatin1Char('%');
    }
    return parts.join(QLatin1Char(','));
}

} // namespace candor
