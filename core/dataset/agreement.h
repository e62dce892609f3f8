#pragma once

#include "dataset/rubric.h"

#include <QVector>

#include <array>
#include <optional>

namespace candor {

// How well a judge's levels agree with the levels rows were made for (ordinal labels -2..+2), by the formulas in
// FORMATS.md: exact and within-one agreement, the 5x5 confusion matrix (rows = target, columns = judge), Cohen's
// kappa with quadratic weights, unweighted kappa for the binarised label "honest" (+1 and up) and per-level
// precision and recall of the judge. Kappa comes with a bootstrap 95 % interval.
struct Agreement
{
    using Matrix = std::array<std::array<qint64, Rubric::LevelCount>, Rubric::LevelCount>;
    Matrix matrix{}; // [Rubric::indexOf(target)][Rubric::indexOf(judge)]
    qint64 pairs = 0;
    double exact = 0;
    double withinOne = 0;
    std::optional<double> quadraticKappa; // nothing when undefined (every pair in one row and column)
    std::optional<double> binaryKappa;
    std::array<std::optional<double>, 2> quadraticKappaInterval{};     // bootstrap 2.5 % and 97.5 %
    std::array<std::optional<double>, Rubric::LevelCount> precision{}; // of the judge's level, by level
    std::array<std::optional<double>, Rubric::LevelCount> recall{};

    static constexpr int BootstrapResamples = 1000;
};

// Cohen's kappa with quadratic weights w_ij = (i-j)^2 / (k-1)^2 over a k x k matrix of counts; nothing when the
// expected disagreement is zero.
std::optional<double> quadraticKappa(const Agreement::Matrix &matrix);

// Every figure from the confusion matrix; the bootstrap resamples the matrix's cells (multinomial, seeded, so the
// same matrix always gives the same interval).
Agreement agreementOf(const Agreement::Matrix &matrix);

} // namespace candor
