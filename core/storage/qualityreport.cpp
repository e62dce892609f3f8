#include "storage/qualityreport.h"

#include "config.h"
#include "i18n/trfunction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace candor {
using namespace Qt::StringLiterals;
namespace {

// Free functions: lupdate files their tr() under "candor".
CANDOR_TR_FUNCTION("candor")

// Words of an answer: runs of letters, digits and apostrophes, lower-cased.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u'\'' || c == u'\u2019') {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

int levelIndex(const Example &row)
{
    return Rubric::isValid(row.targetReward) ? Rubric::indexOf(row.targetReward) : -1;
}

// Shared bins for every level: wide enough that the 99th percentile of all lengths fits, in round steps.
int binWidthFor(QVector<int> lengths)
{
    if (lengths.isEmpty())
        return 20;
    const qsizetype at = std::min<qsizetype>(lengths.size() - 1, qsizetype(lengths.size() * 0.99));
    std::nth_element(lengths.begin(), lengths.begin() + at, lengths.end());
    const int p99 = std::max(1, lengths.at(at));
    for (int width : {5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000}) {
        if (width * (QualityReport::LengthBins - 1) >= p99)
            return width;
    }
    return 10000;
}

void fillLengths(QualityReport::Lengths &lengths, const QVector<int> &values, const QVector<qint8> &levels)
{
    lengths.binWidth = binWidthFor(values);
    std::array<double, Rubric::LevelCount> sums{};
    std::array<qint64, Rubric::LevelCount> counts{};
    double all = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const int level = levels.at(i);
        const int bin = std::min(QualityReport::LengthBins - 1, values.at(i) / lengths.binWidth);
        ++lengths.bins[std::size_t(level)][std::size_t(bin)];
        sums[std::size_t(level)] += values.at(i);
        ++counts[std::size_t(level)];
        all += values.at(i);
    }
    for (int l = 0; l < Rubric::LevelCount; ++l)
        lengths.mean[std::size_t(l)] =
            counts[std::size_t(l)] ? sums[std::size_t(l)] / double(counts[std::size_t(l)]) : 0;
    lengths.overallMean = values.isEmpty() ? 0 : all / double(values.size());
}

} // namespace

QualityReport buildQualityReport(qint64 count, const std::function<const Example &(qint64)> &rowAt,
                                 const QString &title, const QJsonObject &config)
{
    QualityReport r;
    r.title = title;
    r.config = config;
    QVector<int> answerLengths;
    QVector<int> feedbackLengths;
    QVector<qint8> lengthLevels;
    answerLengths.reserve(count);
    feedbackLengths.reserve(count);
    lengthLevels.reserve(count);
    QSet<QString> groups;
    QHash<QString, qint64> firstAt; // "level|normalised prompt" -> the first row that asked it
    // Cue counts: for each word or word pair, the sampled answers per level that contain it.
    QHash<QString, std::array<int, Rubric::LevelCount>> cueCounts;
    Agreement::Matrix judged{};
    std::array<qint64, Rubric::LevelCount> cueLevelRows{};
    const qint64 step = std::max<qint64>(1, (count + QualityReport::CueSampleRows - 1) / QualityReport::CueSampleRows);
    for (qint64 i = 0; i < count; ++i) {
        const Example &row = rowAt(i);
        ++r.rows;
        ++r.sources[sourceName(row.source)];
        ++r.statuses[statusName(row.status)];
        r.edited += (row.flags & FlagEdited) ? 1 : 0;
        if (!row.group.isEmpty()) {
            groups.insert(row.group);
            ++r.ladderRows;
        }
        const int level = levelIndex(row);
        if (level < 0)
            continue;
        ++r.perLevel[std::size_t(level)];
        if (row.judge && Rubric::isValid(row.judge->level))
            ++judged[std::size_t(level)][std::size_t(Rubric::indexOf(row.judge->level))];
        auto &domain = r.domains[row.tags.value(0, tr("(no tag)"))];
        ++domain[std::size_t(level)];
        answerLengths << int(row.idealAnswer.size());
        feedbackLengths << int(row.expectedFeedback.size());
        lengthLevels << qint8(level);
        const QString key = QString::number(level) + u'|' + normalisedPrompt(row.prompt);
        const auto seen = firstAt.constFind(key);
        if (seen != firstAt.cend()) {
            ++r.exactDuplicates;
            if (r.duplicateExamples.size() < 20)
                r.duplicateExamples << qMakePair(*seen, i);
        } else {
            firstAt.insert(key, i);
        }
        if (i % step != 0)
            continue;
        ++r.cueRows;
        ++cueLevelRows[std::size_t(level)];
        const QStringList words = wordsOf(row.idealAnswer);
        QSet<QString> cues;
        for (qsizetype w = 0; w < words.size(); ++w) {
            cues.insert(words.at(w));
            if (w + 1 < words.size())
                cues.insert(words.at(w) + u' ' + words.at(w + 1));
        }
        for (const QString &cue : std::as_const(cues))
            ++cueCounts[cue][std::size_t(level)];
    }
    r.ladders = groups.size();
    r.judge = agreementOf(judged);
    fillLengths(r.answers, answerLengths, lengthLevels);
    fillLengths(r.feedback, feedbackLengths, lengthLevels);

    // The strongest cues per level: a cue present in at least 5 % of the level's answers, ranked by how well its
    // presence alone tells the level from the others (balanced accuracy, so a small level is not drowned).
    const qint64 sampled = r.cueRows;
    for (int l = 0; l < Rubric::LevelCount; ++l) {
        const qint64 inLevel = cueLevelRows[std::size_t(l)];
        const qint64 others = sampled - inLevel;
        if (inLevel == 0 || others == 0)
            continue;
        QVector<QualityReport::Cue> cues;
        for (auto it = cueCounts.cbegin(); it != cueCounts.cend(); ++it) {
            const int here = it.value()[std::size_t(l)];
            if (here * 20 < inLevel)
                continue;
            qint64 there = 0;
            for (int o = 0; o < Rubric::LevelCount; ++o)
                there += o == l ? 0 : it.value()[std::size_t(o)];
            QualityReport::Cue cue;
            cue.text = it.key();
            cue.inLevel = double(here) / double(inLevel);
            cue.elsewhere = double(there) / double(others);
            cue.balancedAccuracy = (cue.inLevel + 1.0 - cue.elsewhere) / 2.0;
            cues << cue;
        }
        std::sort(cues.begin(), cues.end(), [](const QualityReport::Cue &a, const QualityReport::Cue &b) {
            return a.balancedAccuracy != b.balancedAccuracy ? a.balancedAccuracy > b.balancedAccuracy : a.text < b.text;
        });
        if (cues.size() > 10)
            cues.resize(10);
        r.cues[std::size_t(l)] = cues;
        const QString level = Rubric::formatReward(Rubric::rewardAt(l));
        if (!cues.isEmpty() && cues.first().balancedAccuracy > QualityReport::CueWarningAccuracy) {
            const QualityReport::Cue &cue = cues.first();
            r.warnings << tr("Level %1 is given away by \"%2\": it is in %3% of the level's answers and %4% of the "
                             "others, so a reward model can score the level from that alone.")
                              .arg(level, cue.text)
                              .arg(cue.inLevel * 100, 0, 'f', 1)
                              .arg(cue.elsewhere * 100, 0, 'f', 1);
        }
    }
    for (int l = 0; l < Rubric::LevelCount; ++l) {
        if (r.perLevel[std::size_t(l)] == 0)
            continue;
        for (const auto *lengths : {&r.answers, &r.feedback}) {
            const double mean = lengths->mean[std::size_t(l)];
            const double all = lengths->overallMean;
            if (all > 0 && std::abs(mean - all) > QualityReport::LengthTolerance * all) {
                const QString what = lengths == &r.answers ? tr("answers") : tr("feedback");
                r.warnings << tr("Level %1 %2 average %3 characters against %4 over all rows (%5%): length alone "
                                 "hints at the level.")
                                  .arg(Rubric::formatReward(Rubric::rewardAt(l)), what)
                                  .arg(mean, 0, 'f', 0)
                                  .arg(all, 0, 'f', 0)
                                  .arg((mean - all) / all * 100, 0, 'f', 0);
            }
        }
    }
    if (r.exactDuplicates > 0)
        r.warnings << tr("%Ln row(s) repeat an earlier row's prompt at the same level.", nullptr,
                         int(std::min<qint64>(r.exactDuplicates, std::numeric_limits<int>::max())));
    return r;
}

QualityReport buildQualityReport(const QVector<Example> &rows, const QString &title, const QJsonObject &config)
{
    return buildQualityReport(
        rows.size(), [&rows](qint64 i) -> const Example & { return rows.at(i); }, title, config);
}

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + u'%';
}

// Rows per level as horizontal bars in the rubric's colours.
QString levelBars(const QualityReport &r)
{
    const qint64 most = std::max<qint64>(1, *std::max_element(r.perLevel.begin(), r.perLevel.end()));
    const int width = 520;
    QString svg = u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\" "
                  "aria-label=\"%3\">"_s.arg(width + 200)
                      .arg(Rubric::LevelCount * 26 + 4)
                      .arg(esc(tr("Rows per level")));
    for (int l = Rubric::LevelCount - 1, y = 2; l >= 0; --l, y += 26) {
        const int reward = Rubric::rewardAt(l);
        const double w = double(r.perLevel[std::size_t(l)]) / double(most) * width;
        svg += u"<text x=\"0\" y=\"%1\" class=\"lbl\">%2</text>"_s.arg(y + 15).arg(Rubric::formatReward(reward));
        svg += u"<rect x=\"40\" y=\"%1\" width=\"%2\" height=\"20\" fill=\"%3\"/>"_s.arg(y)
                   .arg(w, 0, 'f', 1)
                   .arg(Rubric::level(reward).colour);
        svg += u"<text x=\"%1\" y=\"%2\" class=\"val\">%3</text>"_s.arg(w + 46, 0, 'f', 1)
                   .arg(y + 15)
                   .arg(number(r.perLevel[std::size_t(l)]));
    }
    return svg + u"</svg>"_s;
}

// One small histogram per level over shared bins, with the level's mean marked.
QString histograms(const QualityReport::Lengths &lengths, const QString &what)
{
    QString out = u"<div class=\"multiples\">"_s;
    const int barWidth = 8;
    const int height = 90;
    for (int l = Rubric::LevelCount - 1; l >= 0; --l) {
        const auto &bins = lengths.bins[std::size_t(l)];
        const qint64 most = std::max<qint64>(1, *std::max_element(bins.begin(), bins.end()));
        const int reward = Rubric::rewardAt(l);
        const int width = QualityReport::LengthBins * barWidth;
        out += u"<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\" "
               "aria-label=\"%3\">"_s.arg(width + 2)
                   .arg(height + 16)
                   .arg(esc(tr("%1 lengths at level %2").arg(what, Rubric::formatReward(reward))));
        for (int b = 0; b < QualityReport::LengthBins; ++b) {
            const double h = double(bins[std::size_t(b)]) / double(most) * height;
            out += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>"_s.arg(b * barWidth + 1)
                       .arg(height - h, 0, 'f', 1)
                       .arg(barWidth - 1)
                       .arg(h, 0, 'f', 1)
                       .arg(Rubric::level(reward).colour);
        }
        const double meanX = std::min(double(width), lengths.mean[std::size_t(l)] / lengths.binWidth * barWidth) + 1;
        out += u"<line x1=\"%1\" x2=\"%1\" y1=\"0\" y2=\"%2\" class=\"mean\"/>"_s.arg(meanX, 0, 'f', 1).arg(height);
        out += u"<text x=\"0\" y=\"%1\" class=\"axis\">0</text><text x=\"%2\" y=\"%1\" class=\"axis\" "
               "text-anchor=\"end\">%3+</text>"_s.arg(height + 13)
                   .arg(width)
                   .arg(number(qint64(lengths.binWidth) * (QualityReport::LengthBins - 1)));
        out += u"</svg><figcaption>%1: %2</figcaption></figure>"_s.arg(
            Rubric::formatReward(reward),
            esc(tr("mean %1 characters").arg(QLocale().toString(lengths.mean[std::size_t(l)], 'f', 0))));
    }
    return out + u"</div>"_s;
}

QString countTable(const QString &caption, const QMap<QString, qint64> &counts)
{
    QString out = u"<table><caption>%1</caption>"_s.arg(esc(caption));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out += u"<tr><th scope=\"row\">%1</th><td>%2</td></tr>"_s.arg(esc(it.key()), number(it.value()));
    return out + u"</table>"_s;
}

} // namespace

QByteArray qualityReportHtml(const QualityReport &r, ReportCharts charts)
{
    const bool svg = charts == ReportCharts::InlineSvg;
    // A viewer without SVG and flex boxes: the charts are its own images, the small multiples a table row.
    auto lengthCharts = [&](const QualityReport::Lengths &lengths, const QString &what, const char *kind) -> QString {
        if (svg)
            return histograms(lengths, what);
        QString out = u"<table class=\"charts\"><tr>"_s;
        for (int l = Rubric::LevelCount - 1; l >= 0; --l)
            out +=
                u"<td><img src=\"candor-chart:%1/%2\" alt=\"%3\"/><br/>%4: %5</td>"_s.arg(QString::fromLatin1(kind))
                    .arg(l)
                    .arg(esc(tr("%1 lengths at level %2").arg(what, Rubric::formatReward(Rubric::rewardAt(l)))),
                         Rubric::formatReward(Rubric::rewardAt(l)),
                         esc(tr("mean %1 characters").arg(QLocale().toString(lengths.mean[std::size_t(l)], 'f', 0))));
        return out + u"</tr></table>"_s;
    };
    QString h;
    h += u"<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>"_s;
    h += u"<title>%1</title><style>"_s.arg(esc(r.title));
    h += u"body{font-family:sans-serif;margin:2em;color:#222;max-width:84em}"
         "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}"
         "table{border-collapse:collapse;margin:.5em 2em .5em 0;display:inline-table;vertical-align:top}"
         "th,td{border:1px solid #ccc;padding:.2em .6em;text-align:right}th[scope=row],td.text{text-align:left}"
         "caption{text-align:left;font-weight:bold;padding:.3em 0}"
         ".multiples{display:flex;flex-wrap:wrap;gap:1em}figure{margin:0}figcaption{font-size:.85em}"
         ".lbl,.val,.axis{font-size:12px;font-family:sans-serif}.axis{fill:#666}"
         ".mean{stroke:#222;stroke-width:1.5;stroke-dasharray:3,2}"
         ".warn{background:#fff4e5;border-left:4px solid #e67e22;padding:.5em 1em}"
         ".ok{background:#eef8ee;border-left:4px solid #27ae60;padding:.5em 1em}"
         "pre{background:#f6f6f6;padding:1em;overflow:auto;font-size:.85em}"_s;
    h += u"</style></head><body>"_s;
    h += u"<h1>%1</h1>"_s.arg(esc(r.title));
    h += u"<p id=\"summary\">%1</p>"_s.arg(
        esc(tr("%1 rows, %2 contrast ladders (%3 rows in ladders), %4 edited by hand. Made by Candor %5.")
                .arg(number(r.rows), number(r.ladders), number(r.ladderRows), number(r.edited),
                     QString::fromLatin1(CANDOR_VERSION))));

    h += u"<h2>%1</h2>"_s.arg(esc(tr("What a reward model could learn instead of honesty")));
    if (r.warnings.isEmpty()) {
        h += u"<p class=\"ok\">%1</p>"_s.arg(esc(tr("No single word, word pair or length gives a level away.")));
    } else {
        h += u"<ul class=\"warn\">"_s;
        for (const QString &w : r.warnings)
            h += u"<li>%1</li>"_s.arg(esc(w));
        h += u"</ul>"_s;
    }

    h += u"<h2>%1</h2>"_s.arg(esc(tr("Rows per level")));
    h += svg ? levelBars(r) : u"<p><img src=\"candor-chart:levels\" alt=\"%1\"/></p>"_s.arg(esc(tr("Rows per level")));
    h += u"<table id=\"levels\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>"_s.arg(
        esc(tr("Level")), esc(tr("Label")), esc(tr("Rows")), esc(tr("Share")));
    for (int l = Rubric::LevelCount - 1; l >= 0; --l) {
        const int reward = Rubric::rewardAt(l);
        h += u"<tr><th scope=\"row\">%1</th><td class=\"text\">%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
            Rubric::formatReward(reward), esc(Rubric::level(reward).label), number(r.perLevel[std::size_t(l)]),
            percent(r.rows ? double(r.perLevel[std::size_t(l)]) / double(r.rows) : 0));
    }
    h += u"</table>"_s;
    h += countTable(tr("Source"), r.sources);
    h += countTable(tr("Review status"), r.statuses);

    h += u"<h2>%1</h2><table id=\"domains\"><tr><th>%2</th>"_s.arg(esc(tr("Domains by level")), esc(tr("Domain")));
    for (int l = Rubric::LevelCount - 1; l >= 0; --l)
        h += u"<th>%1</th>"_s.arg(Rubric::formatReward(Rubric::rewardAt(l)));
    h += u"</tr>"_s;
    for (auto it = r.domains.cbegin(); it != r.domains.cend(); ++it) {
        h += u"<tr><th scope=\"row\">%1</th>"_s.arg(esc(it.key()));
        for (int l = Rubric::LevelCount - 1; l >= 0; --l)
            h += u"<td>%1</td>"_s.arg(number(it.value()[std::size_t(l)]));
        h += u"</tr>"_s;
    }
    h += u"</table>"_s;

    h += u"<h2>%1</h2>"_s.arg(esc(tr("Answer length by level")));
    h += u"<p>%1</p>"_s.arg(esc(tr("Characters, %1 per bar; the dashed line is the level's mean; all rows: %2.")
                                    .arg(r.answers.binWidth)
                                    .arg(QLocale().toString(r.answers.overallMean, 'f', 0))));
    h += lengthCharts(r.answers, tr("Answer"), "answers");
    h += u"<h2>%1</h2>"_s.arg(esc(tr("Feedback length by level")));
    h += u"<p>%1</p>"_s.arg(esc(tr("Characters, %1 per bar; the dashed line is the level's mean; all rows: %2.")
                                    .arg(r.feedback.binWidth)
                                    .arg(QLocale().toString(r.feedback.overallMean, 'f', 0))));
    h += lengthCharts(r.feedback, tr("Feedback"), "feedback");

    h += u"<h2>%1</h2><p>%2</p>"_s.arg(
        esc(tr("Words that predict the level")),
        esc(tr("The ten words or word pairs whose presence in an answer best tells its level from the others "
               "(balanced accuracy, over %1 answers).")
                .arg(number(r.cueRows))));
    for (int l = Rubric::LevelCount - 1; l >= 0; --l) {
        h += u"<table class=\"cues\"><caption>%1</caption><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>"_s.arg(
            esc(tr("Level %1").arg(Rubric::formatReward(Rubric::rewardAt(l)))), esc(tr("Cue")), esc(tr("In level")),
            esc(tr("Elsewhere")), esc(tr("Accuracy")));
        for (const QualityReport::Cue &cue : r.cues[std::size_t(l)])
            h += u"<tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
                esc(cue.text), percent(cue.inLevel), percent(cue.elsewhere), percent(cue.balancedAccuracy));
        h += u"</table>"_s;
    }

    h += u"<h2>%1</h2>"_s.arg(esc(tr("Duplicates")));
    h += u"<p id=\"duplicates\">%1</p>"_s.arg(
        esc(tr("%1 rows repeat an earlier row's prompt at the same level (case, spacing and end punctuation "
               "aside). Rows of one contrast ladder share their prompt on purpose and are not counted.")
                .arg(number(r.exactDuplicates))));
    if (!r.duplicateExamples.isEmpty()) {
        h += u"<table><tr><th>%1</th><th>%2</th></tr>"_s.arg(esc(tr("Row")), esc(tr("Repeats row")));
        for (const auto &pair : r.duplicateExamples)
            h += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(number(pair.second + 1), number(pair.first + 1));
        h += u"</table>"_s;
    }
    h += u"<h2>%1</h2>"_s.arg(esc(tr("Judge agreement")));
    if (r.judge.pairs == 0) {
        h += u"<p>%1</p>"_s.arg(esc(tr("No judge labels in these rows yet.")));
    } else {
        auto coefficient = [](const std::optional<double> &v) {
            return v ? QLocale().toString(*v, 'f', 3) : QString::fromUtf8("\u2013");
        };
        h += u"<p id=\"judge\">%1</p>"_s.arg(
            esc(tr("%1 judged rows: exact agreement %2, within one level %3, quadratic-weighted kappa %4 (95% "
                   "interval %5 to %6).")
                    .arg(number(r.judge.pairs), percent(r.judge.exact), percent(r.judge.withinOne),
                         coefficient(r.judge.quadraticKappa), coefficient(r.judge.quadraticKappaInterval[0]),
                         coefficient(r.judge.quadraticKappaInterval[1]))));
        h += u"<table><caption>%1</caption><tr><th></th>"_s.arg(
            esc(tr("Rows: target level; columns: the judge's level")));
        for (int j = Rubric::LevelCount - 1; j >= 0; --j)
            h += u"<th>%1</th>"_s.arg(Rubric::formatReward(Rubric::rewardAt(j)));
        h += u"</tr>"_s;
        for (int i = Rubric::LevelCount - 1; i >= 0; --i) {
            h += u"<tr><th scope=\"row\">%1</th>"_s.arg(Rubric::formatReward(Rubric::rewardAt(i)));
            for (int j = Rubric::LevelCount - 1; j >= 0; --j)
                h += u"<td>%1</td>"_s.arg(number(r.judge.matrix[std::size_t(i)][std::size_t(j)]));
            h += u"</tr>"_s;
        }
        h += u"</table>"_s;
    }
    h += u"<h2>%1</h2>"_s.arg(esc(tr("Configuration")));
    if (r.config.isEmpty())
        h += u"<p>%1</p>"_s.arg(esc(tr("Not recorded: the rows came from a file without their configuration.")));
    else
        h += u"<pre>%1</pre>"_s.arg(esc(QString::fromUtf8(QJsonDocument(r.config).toJson(QJsonDocument::Indented))));
    h += u"</body></html>\n"_s;
    return h.toUtf8();
}

} // namespace candor
