// bench_neardup: near-duplicate detection at a million prompts. The prompts of a 1,000,000-row template dataset
// (every level, framings included) are normalised, indexed and checked in bulk on every core, each against the
// earlier prompts of its level, as `candor-cli validate --near-duplicates` and the window do. Prints the seconds with
// the target (<= 10 s) and PASS or FAIL; exits 1 on FAIL. Usage: bench_neardup [ROWS] [RUNS]
#include "dataset/distribution.h"
#include "dataset/example.h"
#include "generation/templategenerator.h"
#include "text/nearduplicates.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace candor;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const int runs = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 1;
    auto bank = TemplateBank::builtIn();
    QString why;
    const std::optional<LevelCounts> counts = Distribution::balanced().countsFor(int(rows), &why);
    if (!bank || !counts) {
        std::fprintf(stderr, "cannot plan %lld rows: %s\n", rows, qPrintable(why));
        return 2;
    }
    TemplateGenerator generator(bank, {});
    if (!generator.plan(*counts, &why)) {
        std::fprintf(stderr, "cannot plan %lld rows: %s\n", rows, qPrintable(why));
        return 2;
    }
    QVector<QString> prompts;
    QVector<int> levels;
    prompts.reserve(rows);
    levels.reserve(rows);
    for (qint64 begin = 0; begin < rows; begin += 65536) {
        for (Example &row : generator.examples(begin, std::min(rows, begin + 65536))) {
            prompts.append(std::move(row.prompt));
            levels.append(row.targetReward);
        }
    }
    std::printf("near-duplicates: %lld template prompts, %u threads\n", rows, std::thread::hardware_concurrency());
    constexpr double Target = 10.0;
    bool pass = true;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QVector<QString> normalised(prompts.size());
        // Normalising is part of the cost: the two halves on two threads, as the window's worker does.
        std::thread other([&] {
            for (qsizetype i = prompts.size() / 2; i < prompts.size(); ++i)
                normalised[i] = normalisedPrompt(prompts[i]);
        });
        for (qsizetype i = 0; i < prompts.size() / 2; ++i)
            normalised[i] = normalisedPrompt(prompts[i]);
        other.join();
        const double normalisedAt = double(timer.nsecsElapsed()) / 1e9;
        const QVector<NearDuplicateMatch> matches = NearDuplicateIndex::findAll(normalised, levels);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        qint64 exact = 0, near = 0;
        for (const NearDuplicateMatch &m : matches) {
            exact += m.exact;
            near += m.found() && !m.exact;
        }
        const bool ok = seconds <= Target;
        pass = pass && ok;
        std::printf("near-duplicates: %lld prompts indexed and checked in %.2f s (normalising %.2f s); %lld exact and "
                    "%lld near duplicates within a level; target <= %.0f s: %s\n",
                    rows, seconds, normalisedAt, exact, near, Target, ok ? "PASS" : "FAIL");
        std::fflush(stdout);
    }
    return pass ? 0 : 1;
}
