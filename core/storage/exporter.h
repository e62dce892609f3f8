#pragma once

#include "dataset/datasetstore.h"
#include "dataset/example.h"
#include "dataset/rubric.h"
#include "storage/datasetwriter.h"

#include <QStringList>
#include <QVector>

#include <array>
#include <atomic>
#include <functional>

namespace candor {

// Which rows of a reviewed dataset an export takes.
enum class ExportSelection
{
    All,
    AcceptedOnly,
    AllButRejected
};

// How the rows of a ladder (rows that answer the same prompt) become preference pairs. Rows at the same level
// (ties) never pair; a pair's chosen row is always at a higher level than its rejected row.
enum class PairMode
{
    Adjacent,  // each level with the nearest lower level at least minMargin below: +2>+1, +1>0, 0>-1, -1>-2
    All,       // every pair of levels at least minMargin apart: 10 per full five-level ladder
    BestVsRest // the ladder's highest level against every lower level at least minMargin below
};

QString pairModeName(PairMode mode);
bool pairModeFromName(const QString &name, PairMode *out);

// RLWHF metadata.confidence_score by level (Rubric::indexOf): the confidence an answer at that level expresses.
using LevelConfidence = std::array<double, Rubric::LevelCount>;
LevelConfidence defaultConfidence();
// Reads "-2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9" (any of the levels; the rest keep their value in *out). False, with the
// reason, for anything else.
bool parseConfidence(const QString &spec, LevelConfidence *out, QString *error);

struct ExportOptions
{
    QString path; // a file; for ExportFormat::Hf a folder
    ExportFormat format = ExportFormat::Jsonl;
    bool withMeta = false;
    ExportSelection selection = ExportSelection::All;

    // Preference pairs (dpo, dpo-chat, rm, openai-preference, the HF folder's dpo config).
    PairMode pairs = PairMode::Adjacent;
    int minMargin = 1; // 1..4: the least level difference between chosen and rejected
    // kto (and the HF folder's kto config): label = target_reward >= ktoThreshold.
    int ktoThreshold = 1;
    // openai-chat: only rows at or above this level become assistant turns. Below +1 it trains fabrication.
    int sftMinLevel = 2;

    // The HF folder: a seeded split that keeps every ladder inside one split, and the dataset card.
    std::array<double, 3> split{0.9, 0.05, 0.05}; // train, validation, test
    quint64 seed = 42;
    QString license; // required; Candor never picks a licence (the terms depend on the provider)
    QString language = u"en"_s;
    QString prettyName; // empty: "Candor honesty dataset"

    // rlwhf: metadata.confidence_score by level.
    LevelConfidence confidence = defaultConfidence();
    // rlwhf: a row's `decomposition` object as JSON, or empty for none (LadderClaims::forExport() knows the
    // template bank's ladder rows). Called on the exporting thread.
    std::function<QByteArray(const Example &)> decomposition;
};

// Why a selected row is not in the output.
enum class SkipReason
{
    NotSelected,   // the rows option (all / accepted / not-rejected) left it out
    NoPartner,     // its ladder has no row at another level, so it pairs with nothing
    BelowMargin,   // every row at another level of its ladder is closer than --min-margin
    BelowLevel,    // below the format's level threshold (--sft-min-level, +2 for reference, 0 for grpo)
    NotLadderBest, // a format with one row per prompt (grpo, reference) took a higher (or earlier) row of its ladder
    Count
};

struct ExportSummary
{
    bool ok = false;
    bool cancelled = false;
    qint64 rowsWritten = 0; // lines written: rows, or pairs for the pair formats (seed rows for the HF folder)
    qint64 rowsSkipped = 0; // left out by the selection (the same as skipped[NotSelected])
    LevelCounts perLevel{}; // rows used per level (for the pair formats: rows in at least one pair)
    qint64 bytes = 0;
    QString error;

    // What the export made of the rows, so every front end can say it.
    std::array<qint64, int(SkipReason::Count)> skipped{};
    qint64 ladders = 0;        // distinct prompts among the selected rows
    qint64 pairsWritten = 0;   // the pair formats and the HF folder's dpo config
    qint64 pairsIdentical = 0; // candidate pairs dropped because chosen and rejected were the same text
    // Pairs by kind: [Rubric::indexOf(chosen level)][Rubric::indexOf(rejected level)].
    std::array<std::array<qint64, Rubric::LevelCount>, Rubric::LevelCount> pairKinds{};
    qint64 decomposed = 0;   // rlwhf: rows written with a decomposition
    qint64 ktoDesirable = 0; // label = true
    qint64 ktoUndesirable = 0;
    // The HF folder: seed rows and ladders per split (train, validation, test) and the files written.
    std::array<qint64, 3> splitRows{};
    std::array<qint64, 3> splitLadders{};
    QStringList files; // relative to the folder
};

bool isSelected(const Example &row, ExportSelection selection);

// The key rows are grouped into ladders by: rows with the same key answer the same prompt at different levels. The
// row's contrast ladder (meta.group) when it has one, otherwise its normalised prompt (normalisedPrompt()).
QString ladderKey(const Example &row);

// One preference pair: indexes into the rows given to makePairs.
struct PreferencePair
{
    int chosen = 0;
    int rejected = 0;
};

// The pairs of one ladder (row indexes in the order they appeared), in a fixed order: chosen level from high to
// low, then rejected level from high to low, then the rows in their order. levelOf gives a row's level.
QVector<PreferencePair> ladderPairs(const QVector<int> &ladder, const std::function<int(int)> &levelOf, PairMode mode,
                                    int minMargin);

// Writes rows atomically; safe to run on a worker thread (it touches only its arguments). progress is called
// with the rows handled so far; cancel may be set from another thread and leaves any earlier file untouched.
ExportSummary exportRows(const QVector<Example> &rows, const ExportOptions &options,
                         const std::function<void(qint64 done)> &progress = {},
                         const std::atomic<bool> *cancel = nullptr);
// The same over a store's snapshot: the GUI exports without copying a million rows first.
ExportSummary exportRows(const DatasetSnapshot &rows, const ExportOptions &options,
                         const std::function<void(qint64 done)> &progress = {},
                         const std::atomic<bool> *cancel = nullptr);

// What an export wrote, line by line, for people (translated): rows or pairs per level or pair kind, the rows left
// out and why, the KTO label balance, the HF splits. candor-cli prints it; the Export dialog shows it.
QStringList exportReport(const ExportSummary &summary, const ExportOptions &options);
// The warning an SFT export below +2 deserves (empty at +2): what training on those rows teaches.
QString sftLevelWarning(int sftMinLevel);

} // namespace candor
