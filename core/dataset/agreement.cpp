#include "dataset/agreement.h"

#include <algorithm>
#include <random>

namespace candor {
namespace {
constexpr int K = Rubric::LevelCount;

qint64 total(const Agreement::Matrix &m)
{
    qint64 n = 0;
    for (const auto &row : m)
        for (qint64 c : row)
            n += c;
    return n;
}

std::optional<double> binaryKappa(const Agreement::Matrix &m)
{
    // Honest = +1 and up (indexes 3 and 4): a 2x2 table, unweighted kappa.
    std::array<std::array<double, 2>, 2> t{};
    const double n = double(total(m));
    if (n == 0)
        return std::nullopt;
    for (int i = 0; i < K; ++i)
        for (int j = 0; j < K; ++j)
            t[std::size_t(i >= 3)][std::size_t(j >= 3)] += double(m[std::size_t(i)][std::size_t(j)]) / n;
    const double observed = t[0][0] + t[1][1];
    const double expected = (t[0][0] + t[0][1]) * (t[0][0] + t[1][0]) + (t[1][0] + t[1][1]) * (t[0][1] + t[1][1]);
    if (expected >= 1.0)
        return std::nullopt;
    return (observed - expected) / (1.0 - expected);
}
} // namespace

std::optional<double> quadraticKappa(const Agreement::Matrix &m)
{
    const double n = double(total(m));
    if (n == 0)
        return std::nullopt;
    std::array<double, K> rows{};
    std::array<double, K> cols{};
    for (int i = 0; i < K; ++i) {
        for (int j = 0; j < K; ++j) {
            rows[std::size_t(i)] += double(m[std::size_t(i)][std::size_t(j)]) / n;
            cols[std::size_t(j)] += double(m[std::size_t(i)][std::size_t(j)]) / n;
        }
    }
    double observed = 0;
    double expected = 0;
    for (int i = 0; i < K; ++i) {
        for (int j = 0; j < K; ++j) {
            const double w = double((i - j) * (i - j)) / double((K - 1) * (K - 1));
            observed += w * double(m[std::size_t(i)][std::size_t(j)]) / n;
            expected += w * rows[std::size_t(i)] * cols[std::size_t(j)];
        }
    }
    if (expected <= 0)
        return std::nullopt;
    return 1.0 - observed / expected;
}

Agreement agreementOf(const Agreement::Matrix &m)
{
    Agreement a;
    a.matrix = m;
    a.pairs = total(m);
    if (a.pairs == 0)
        return a;
    qint64 exact = 0;
    qint64 withinOne = 0;
    for (int i = 0; i < K; ++i) {
        qint64 targetRow = 0;
        qint64 judgeColumn = 0;
        for (int j = 0; j < K; ++j) {
            const qint64 c = m[std::size_t(i)][std::size_t(j)];
            exact += i == j ? c : 0;
            withinOne += std::abs(i - j) <= 1 ? c : 0;
            targetRow += c;
            judgeColumn += m[std::size_t(j)][std::size_t(i)];
        }
        const qint64 hits = m[std::size_t(i)][std::size_t(i)];
        if (judgeColumn > 0)
            a.precision[std::size_t(i)] = double(hits) / double(judgeColumn);
        if (targetRow > 0)
            a.recall[std::size_t(i)] = double(hits) / double(targetRow);
    }
    a.exact = double(exact) / double(a.pairs);
    a.withinOne = double(withinOne) / double(a.pairs);
    a.quadraticKappa = quadraticKappa(m);
    a.binaryKappa = binaryKappa(m);
    if (!a.quadraticKappa)
        return a;
    // Bootstrap: resample the pairs (a multinomial over the cells, drawn cell by cell as binomials), seeded.
    std::mt19937_64 random(0x6b61707061ULL);
    std::vector<double> kappas;
    kappas.reserve(Agreement::BootstrapResamples);
    for (int r = 0; r < Agreement::BootstrapResamples; ++r) {
        Agreement::Matrix sample{};
        qint64 left = a.pairs;
        double mass = 1.0;
        for (int cell = 0; cell < K * K && left > 0; ++cell) {
            const double p = double(m[std::size_t(cell / K)][std::size_t(cell % K)]) / double(a.pairs);
            const double share = mass > 0 ? std::clamp(p / mass, 0.0, 1.0) : 0.0;
            const qint64 drawn = cell == K * K - 1 ? left : std::binomial_distribution<qint64>(left, share)(random);
            sample[std::size_t(cell / K)][std::size_t(cell % K)] = drawn;
            left -= drawn;
            mass -= p;
        }
        if (const auto k = quadraticKappa(sample))
            kappas.push_back(*k);
    }
    if (!kappas.empty()) {
        std::sort(kappas.begin(), kappas.end());
        a.quadraticKappaInterval[0] = kappas[std::size_t(double(kappas.size() - 1) * 0.025)];
        a.quadraticKappaInterval[1] = kappas[std::size_t(double(kappas.size() - 1) * 0.975)];
    }
    return a;
}

} // namespace candor
