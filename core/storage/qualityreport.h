#pragma once

#include "dataset/agreement.h"
#include "dataset/example.h"
#include "dataset/rubric.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QVector>

#include <array>
#include <functional>

namespace candor {

// What a dataset is made of, for people deciding whether to train on it: counts per level, domain, source and
// status; answer and feedback lengths per level; the words that give a level away; duplicates; the configuration
// that made it. Built once from the rows (any number, on any thread), written as one self-contained HTML file
// (inline SVG, no script) and shown in the window's Report view.
struct QualityReport
{
    static constexpr int LengthBins = 24;
    // Answer (or feedback) lengths in characters: a histogram per level over shared bins, and the means.
    struct Lengths
    {
        int binWidth = 20; // characters per bin; the last bin holds everything longer
        std::array<std::array<qint64, LengthBins>, Rubric::LevelCount> bins{};
        std::array<double, Rubric::LevelCount> mean{};
        double overallMean = 0;
    };
    // A word or word pair whose presence in an answer predicts a level.
    struct Cue
    {
        QString text;
        double inLevel = 0;          // share of the level's answers that contain it
        double elsewhere = 0;        // share of the other levels' answers that contain it
        double balancedAccuracy = 0; // of "contains it <=> this level": (inLevel + 1 - elsewhere) / 2
    };

    QString title;
    qint64 rows = 0;
    std::array<qint64, Rubric::LevelCount> perLevel{};
    QMap<QString, std::array<qint64, Rubric::LevelCount>> domains; // by the first tag
    QMap<QString, qint64> sources;                                 // meta.source
    QMap<QString, qint64> statuses;                                // review status
    qint64 ladders = 0;                                            // meta.group values
    qint64 ladderRows = 0;
    qint64 edited = 0;
    Lengths answers;
    Lengths feedback;
    std::array<QVector<Cue>, Rubric::LevelCount> cues; // the ten strongest per level, strongest first
    qint64 cueRows = 0;                                // rows the cues were counted over (a sample of big sets)
    // Rows repeating an earlier row's prompt at the same level (validate's rule), with the first few pairs
    // (0-based row numbers: the earlier row, the repeat).
    qint64 exactDuplicates = 0;
    QVector<QPair<qint64, qint64>> duplicateExamples;
    Agreement judge;      // of the rows a judge model has seen (meta.judge); judge.pairs = 0 when none
    QStringList warnings; // surface cues and length gaps a reward model could learn instead of honesty
    QJsonObject config;   // the configuration that made the rows, when known (a project's)

    // Cues that separate a level this well are warned about.
    static constexpr double CueWarningAccuracy = 0.9;
    // A level's mean length further than this from the mean of all rows is warned about.
    static constexpr double LengthTolerance = 0.15;
    // The cues are counted over at most this many rows, evenly spread.
    static constexpr qint64 CueSampleRows = 50000;
};

// Builds the report over rows 0..count-1 read through rowAt (a vector, a store snapshot, a project's rows).
QualityReport buildQualityReport(qint64 count, const std::function<const Example &(qint64)> &rowAt,
                                 const QString &title, const QJsonObject &config = {});
QualityReport buildQualityReport(const QVector<Example> &rows, const QString &title, const QJsonObject &config = {});

// How the report's charts are written: inline SVG for a browser, or <img> links a viewer fills in itself
// (QTextBrowser has no SVG): "candor-chart:levels", "candor-chart:answers/N" and "candor-chart:feedback/N" with N the
// level's index (Rubric::indexOf).
enum class ReportCharts
{
    InlineSvg,
    ImageLinks
};

// The report as one self-contained HTML5 file (UTF-8, inline CSS and SVG, nothing fetched, no script); it is also
// well-formed XML, so a parser can check it.
QByteArray qualityReportHtml(const QualityReport &report, ReportCharts charts = ReportCharts::InlineSvg);

} // namespace candor
