#include "storage/exporter.h"

#include "storage/hfcard.h"
#include "storage/trainerlines.h"

#include "config.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace candor {
using namespace Qt::StringLiterals;
namespace {
constexpr qsizetype kFlushAt = 1 << 20;
constexpr int kSplitCount = 3;
const char *const kSplitNames[kSplitCount] = {"train", "validation", "test"};

// The rows an export reads, whichever container holds them.
struct RowAccess
{
    std::function<const Example &(int)> at;
    int size = 0;
};

QString cancelledText()
{
    return QCoreApplication::translate("candor::Exporter", "The export was cancelled; nothing was written.");
}

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Selected rows grouped by ladderKey(), ladders in the order of their first row, rows in file order.
QVector<QVector<int>> buildLadders(const RowAccess &rows, ExportSelection selection, ExportSummary *summary)
{
    QHash<QString, int> index;
    QVector<QVector<int>> ladders;
    for (int i = 0; i < rows.size; ++i) {
        const Example &row = rows.at(i);
        if (!isSelected(row, selection)) {
            ++summary->skipped[int(SkipReason::NotSelected)];
            continue;
        }
        if (!Rubric::isValid(row.targetReward))
            continue; // the store holds only valid levels; a stray row has no place on any ladder
        const QString key = ladderKey(row);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(ladders.size()));
            ladders.append(QVector<int>());
        }
        ladders[*it].append(i);
    }
    summary->rowsSkipped = summary->skipped[int(SkipReason::NotSelected)];
    summary->ladders = ladders.size();
    return ladders;
}

// Buffers encoded lines and hands them to a writer a megabyte at a time.
class LineSink
{
public:
    explicit LineSink(DatasetWriter &writer) : m_writer(writer) { m_buffer.reserve(kFlushAt + 64 * 1024); }
    QByteArray &buffer() { return m_buffer; }
    bool lineDone()
    {
        ++m_lines;
        return m_buffer.size() < kFlushAt || flush();
    }
    bool flush()
    {
        if (m_buffer.isEmpty())
            return true;
        const bool ok = m_writer.writeEncoded(m_buffer, m_lines);
        m_buffer.clear();
        m_lines = 0;
        return ok;
    }

private:
    DatasetWriter &m_writer;
    QByteArray m_buffer;
    qint64 m_lines = 0;
};

// The pairs of every ladder, with the rows they leave out counted by reason. onPair gets (prompt row, chosen,
// rejected) and returns false to stop (a write failed).
bool forEachPair(const RowAccess &rows, const QVector<QVector<int>> &ladders, const ExportOptions &options,
                 ExportSummary *summary, LevelCounts *usedPerLevel, const std::atomic<bool> *cancel,
                 const std::function<bool(const Example &, const Example &, const Example &)> &onPair)
{
    const auto levelOf = [&rows](int i) { return rows.at(i).targetReward; };
    QVector<int> used;
    for (const QVector<int> &ladder : ladders) {
        if (isCancelled(cancel))
            return false;
        int levels = 0;
        for (int i : ladder)
            levels |= 1 << Rubric::indexOf(rows.at(i).targetReward);
        if ((levels & (levels - 1)) == 0) {
            summary->skipped[int(SkipReason::NoPartner)] += ladder.size();
            continue;
        }
        const QVector<PreferencePair> pairs = ladderPairs(ladder, levelOf, options.pairs, options.minMargin);
        used.clear();
        QVector<int> candidates;
        for (const PreferencePair &p : pairs) {
            const Example &chosen = rows.at(p.chosen);
            const Example &rejected = rows.at(p.rejected);
            candidates << p.chosen << p.rejected;
            if (chosen.idealAnswer.trimmed() == rejected.idealAnswer.trimmed()) {
                ++summary->pairsIdentical;
                continue;
            }
            if (!onPair(rows.at(ladder.first()), chosen, rejected))
                return false;
            ++summary->pairsWritten;
            ++summary->pairKinds[Rubric::indexOf(chosen.targetReward)][Rubric::indexOf(rejected.targetReward)];
            used << p.chosen << p.rejected;
        }
        for (int i : ladder) {
            if (used.contains(i)) {
                ++(*usedPerLevel)[Rubric::indexOf(rows.at(i).targetReward)];
            } else {
                // Only identical answers at the other levels: no partner to prefer it to.
                summary->skipped[int(candidates.contains(i) ? SkipReason::NoPartner : SkipReason::BelowMargin)]++;
            }
        }
    }
    return true;
}

void appendPairLine(QByteArray &out, ExportFormat format, const Example &promptRow, const Example &chosen,
                    const Example &rejected)
{
    switch (format) {
    case ExportFormat::DpoChat:
        appendDpoChatLine(out, promptRow.prompt, chosen.idealAnswer, rejected.idealAnswer);
        break;
    case ExportFormat::Rm:
        appendRmLine(out, promptRow.prompt, chosen.idealAnswer, rejected.idealAnswer,
                     chosen.targetReward - rejected.targetReward);
        break;
    case ExportFormat::OpenAiPreference:
        appendOpenAiPreferenceLine(out, promptRow.prompt, chosen.idealAnswer, rejected.idealAnswer);
        break;
    default:
        appendDpoLine(out, promptRow.prompt, chosen.idealAnswer, rejected.idealAnswer);
        break;
    }
}

// grpo and reference: one line per ladder, from its highest row at or above minLevel (the first of a tie).
QVector<int> ladderBests(const RowAccess &rows, const QVector<QVector<int>> &ladders, int minLevel,
                         ExportSummary *summary)
{
    QVector<int> bests;
    for (const QVector<int> &ladder : ladders) {
        int best = -1;
        for (int i : ladder) {
            const int level = rows.at(i).targetReward;
            if (level < minLevel)
                ++summary->skipped[int(SkipReason::BelowLevel)];
            else if (best < 0 || level > rows.at(best).targetReward)
                best = i;
        }
        if (best < 0)
            continue;
        bests << best;
        for (int i : ladder) {
            if (i != best && rows.at(i).targetReward >= minLevel)
                ++summary->skipped[int(SkipReason::NotLadderBest)];
        }
    }
    return bests;
}

bool failWith(ExportSummary &summary, DatasetWriter &writer, const std::atomic<bool> *cancel)
{
    writer.cancel();
    if (isCancelled(cancel)) {
        summary.cancelled = true;
        summary.error = cancelledText();
    } else if (summary.error.isEmpty()) {
        summary.error = writer.errorString();
    }
    return false;
}

// Seed JSONL, CSV, OpenAI chat, KTO and RLWHF: one line per row, in the rows' order.
ExportSummary exportRowFormat(const RowAccess &rows, const ExportOptions &options,
                              const std::function<void(qint64)> &progress, const std::atomic<bool> *cancel)
{
    ExportSummary summary;
    const bool byWriter = options.format == ExportFormat::Jsonl || options.format == ExportFormat::Csv ||
                          options.format == ExportFormat::OpenAiChat;
    DatasetWriter writer(options.path, byWriter ? options.format : ExportFormat::Jsonl, options.withMeta);
    if (!writer.open(&summary.error))
        return summary;
    LineSink sink(writer);
    qint64 handled = 0;
    for (int i = 0; i < rows.size; ++i) {
        const Example &row = rows.at(i);
        if (isCancelled(cancel)) {
            failWith(summary, writer, cancel);
            return summary;
        }
        ++handled;
        if (!isSelected(row, options.selection)) {
            ++summary.rowsSkipped;
            continue;
        }
        if (options.format == ExportFormat::OpenAiChat && row.targetReward < options.sftMinLevel) {
            ++summary.skipped[int(SkipReason::BelowLevel)];
            continue;
        }
        bool ok = true;
        if (byWriter) {
            ok = writer.write(row);
        } else if (options.format == ExportFormat::Kto) {
            const bool label = row.targetReward >= options.ktoThreshold;
            ++(label ? summary.ktoDesirable : summary.ktoUndesirable);
            appendKtoLine(sink.buffer(), row, label);
            ok = sink.lineDone();
        } else {
            const QByteArray decomposition = options.decomposition ? options.decomposition(row) : QByteArray();
            summary.decomposed += decomposition.isEmpty() ? 0 : 1;
            const double confidence = Rubric::isValid(row.targetReward)
                                          ? options.confidence[std::size_t(Rubric::indexOf(row.targetReward))]
                                          : 0.5;
            appendRlwhfLine(sink.buffer(), row, confidence, decomposition);
            ok = sink.lineDone();
        }
        if (!ok) {
            failWith(summary, writer, cancel);
            return summary;
        }
        ++summary.rowsWritten;
        if (Rubric::isValid(row.targetReward))
            ++summary.perLevel[Rubric::indexOf(row.targetReward)];
        if (progress && (handled & 0x3fff) == 0)
            progress(handled);
    }
    summary.skipped[int(SkipReason::NotSelected)] = summary.rowsSkipped;
    if (!sink.flush() || !writer.commit(&summary.error)) {
        failWith(summary, writer, cancel);
        return summary;
    }
    if (progress)
        progress(handled);
    summary.bytes = writer.bytesWritten();
    summary.ok = true;
    return summary;
}

// The pair formats, grpo and reference: rows grouped into ladders first.
ExportSummary exportLadderFormat(const RowAccess &rows, const ExportOptions &options,
                                 const std::function<void(qint64)> &progress, const std::atomic<bool> *cancel)
{
    ExportSummary summary;
    DatasetWriter writer(options.path, ExportFormat::Jsonl, false);
    if (!writer.open(&summary.error))
        return summary;
    const QVector<QVector<int>> ladders = buildLadders(rows, options.selection, &summary);
    if (progress)
        progress(rows.size / 2);
    LineSink sink(writer);
    bool ok = true;
    if (isPairFormat(options.format)) {
        ok = forEachPair(rows, ladders, options, &summary, &summary.perLevel, cancel,
                         [&](const Example &promptRow, const Example &chosen, const Example &rejected) {
                             appendPairLine(sink.buffer(), options.format, promptRow, chosen, rejected);
                             return sink.lineDone();
                         });
        summary.rowsWritten = summary.pairsWritten;
    } else {
        const int minLevel = options.format == ExportFormat::Reference ? Rubric::MaxReward : 0;
        for (int i : ladderBests(rows, ladders, minLevel, &summary)) {
            const Example &row = rows.at(i);
            if (options.format == ExportFormat::Reference)
                appendReferenceLine(sink.buffer(), row);
            else
                appendGrpoLine(sink.buffer(), row);
            ++summary.rowsWritten;
            ++summary.perLevel[Rubric::indexOf(row.targetReward)];
            if (!sink.lineDone() || isCancelled(cancel)) {
                ok = false;
                break;
            }
        }
    }
    if (!ok || isCancelled(cancel) || !sink.flush() || !writer.commit(&summary.error)) {
        failWith(summary, writer, cancel);
        return summary;
    }
    if (progress)
        progress(rows.size);
    summary.bytes = writer.bytesWritten();
    summary.ok = true;
    return summary;
}

// splitmix64: a small generator whose sequence for a seed is the same on every platform and Qt version.
quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// Each ladder's split: the ladders are shuffled with the seed, then dealt out in that order, each to the split whose
// share of the rows its middle falls in. A ladder never straddles two splits, so no prompt leaks from train to test.
QVector<int> assignSplits(const QVector<QVector<int>> &ladders, const std::array<double, 3> &fractions, quint64 seed)
{
    QVector<int> order(ladders.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    quint64 state = seed;
    for (qsizetype i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[qsizetype(splitmix64(state) % quint64(i + 1))]);
    qint64 total = 0;
    for (const auto &ladder : ladders)
        total += ladder.size();
    const double sum = fractions[0] + fractions[1] + fractions[2];
    const double trainEnd = total * fractions[0] / sum;
    const double validationEnd = total * (fractions[0] + fractions[1]) / sum;
    QVector<int> split(ladders.size(), 0);
    double done = 0;
    for (int ladder : order) {
        const double middle = done + ladders[ladder].size() / 2.0;
        split[ladder] = middle < trainEnd ? 0 : middle < validationEnd ? 1 : 2;
        done += ladders[ladder].size();
    }
    return split;
}

QString sizeCategory(qint64 rows)
{
    if (rows < 1000)
        return u"n<1K"_s;
    if (rows < 10000)
        return u"1K<n<10K"_s;
    if (rows < 100000)
        return u"10K<n<100K"_s;
    if (rows < 1000000)
        return u"100K<n<1M"_s;
    if (rows < 10000000)
        return u"1M<n<10M"_s;
    return u"10M<n<100M"_s;
}

QString pairKindName(int chosenIndex, int rejectedIndex)
{
    return Rubric::formatReward(Rubric::rewardAt(chosenIndex)) + u'>' +
           Rubric::formatReward(Rubric::rewardAt(rejectedIndex));
}

// The dataset card: YAML front matter the Hub reads (configs, licence, ...) and the provenance a reader needs.
QByteArray hfCard(const RowAccess &rows, const ExportOptions &options, const ExportSummary &summary,
                  const QVector<QPair<QString, QStringList>> &configs, const std::array<qint64, 3> &splitPairs,
                  const std::array<qint64, 3> &splitKto)
{
    const QString name = options.prettyName.isEmpty() ? u"Candor honesty dataset"_s : options.prettyName;
    QString card;
    card += u"---\n"_s;
    card += u"pretty_name: "_s + yamlQuoted(name) + u'\n';
    card += u"license: "_s + options.license + u'\n';
    card += u"language:\n- "_s + options.language + u'\n';
    card += u"annotations_creators:\n- machine-generated\n"_s;
    card += u"language_creators:\n- machine-generated\n"_s;
    card += u"size_categories:\n- "_s + sizeCategory(summary.rowsWritten) + u'\n';
    card += u"task_categories:\n- text-generation\n"_s;
    card += u"tags:\n- synthetic\n- honesty\n- candor\n"_s;
    card += u"configs:\n"_s;
    for (const auto &[config, files] : configs) {
        card += u"- config_name: "_s + config + u'\n';
        if (config == u"seed"_s)
            card += u"  default: true\n"_s;
        card += u"  data_files:\n"_s;
        for (const QString &file : files) {
            card += u"  - split: "_s + QFileInfo(file).completeBaseName() + u'\n';
            card += u"    path: "_s + file + u'\n';
        }
    }
    card += u"---\n\n"_s;
    card += u"<!-- Written by Candor's Hugging Face export; exporting again replaces this folder. -->\n\n"_s;
    card += u"# "_s + name + u"\n\n"_s;
    card +=
        u"Synthetic honesty training data made with Candor. Every row answers a prompt at one level of a five-level "
        "honesty rubric; rows that answer the same prompt at several levels form a *ladder*.\n\n"_s;
    card += u"| reward | level | behaviour tag |\n|---|---|---|\n"_s;
    for (const RubricLevel &level : Rubric::levels())
        card += u"| %1 | %2 | %3 |\n"_s.arg(Rubric::formatReward(level.reward), level.label, level.behaviourTag);
    card += u"\n## Configs\n\n"_s;
    card += u"- `seed`: one row per line with `prompt`, `ideal_answer`, `expected_feedback`, `target_reward` (-2..2), "
            "`tags` and, when present, `search_hint`%1.\n"_s.arg(options.withMeta ? u" and `meta`"_s : QString());
    card += u"- `dpo`: preference pairs `{\"prompt\", \"chosen\", \"rejected\"}` for TRL's DPOTrainer; pairs are built "
            "within a ladder (mode `%1`, minimum level difference %2), ties never pair.\n"_s
                .arg(pairModeName(options.pairs))
                .arg(options.minMargin);
    card +=
        u"- `kto`: `{\"prompt\", \"completion\", \"label\"}` for TRL's KTOTrainer; label = `target_reward >= %1`.\n\n"_s
            .arg(Rubric::formatReward(options.ktoThreshold));
    card += u"Rows with a negative reward show dishonest answers on purpose: train a model on the `dpo` or `kto` "
            "configs, or on `seed` rows at +2, never on every `seed` row as if all were good answers.\n\n"_s;
    card += u"## Splits\n\n| split | ladders | seed rows | dpo pairs | kto rows |\n|---|---|---|---|---|\n"_s;
    for (int s = 0; s < kSplitCount; ++s) {
        card += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(QString::fromLatin1(kSplitNames[s]))
                    .arg(summary.splitLadders[s])
                    .arg(summary.splitRows[s])
                    .arg(splitPairs[s])
                    .arg(splitKto[s]);
    }
    card += u"\nThe split is seeded (seed %1, fractions %2/%3/%4) and keeps every ladder inside one split, so no "
            "prompt appears in two splits. Empty splits are left out.\n\n"_s.arg(options.seed)
                .arg(options.split[0])
                .arg(options.split[1])
                .arg(options.split[2]);
    card += u"## Provenance\n\n"_s;
    card += u"- Generator: Candor %1\n"_s.arg(QString::fromUtf8(CANDOR_VERSION));
    QMap<QString, qint64> sources;
    std::array<qint64, 3> statuses{};
    for (int i = 0; i < rows.size; ++i) {
        const Example &row = rows.at(i);
        ++statuses[std::size_t(row.status)];
        if (isSelected(row, options.selection))
            ++sources[rlwhfSourceAi(row)];
    }
    QStringList sourceList;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it)
        sourceList << u"%1 (%2 rows)"_s.arg(it.key()).arg(it.value());
    card += u"- Providers and models: %1\n"_s.arg(sourceList.isEmpty() ? u"none"_s : sourceList.join(u", "_s));
    card += u"- Split seed: %1\n"_s.arg(options.seed);
    const char *const selections[] = {"all rows", "accepted rows only", "all rows but rejected ones"};
    card += u"- Rows exported: %1 (%2 of %3 rows)\n"_s.arg(QString::fromLatin1(selections[int(options.selection)]))
                .arg(summary.rowsWritten)
                .arg(rows.size);
    QStringList levels;
    for (int i = Rubric::LevelCount - 1; i >= 0; --i)
        levels << u"%1: %2"_s.arg(Rubric::formatReward(Rubric::rewardAt(i))).arg(summary.perLevel[i]);
    card += u"- Rows per level: %1\n"_s.arg(levels.join(u", "_s));
    card += u"- Review status of all rows: %1 accepted, %2 pending, %3 rejected\n"_s.arg(statuses[1])
                .arg(statuses[0])
                .arg(statuses[2]);
    QStringList kinds;
    for (int c = Rubric::LevelCount - 1; c >= 0; --c) {
        for (int r = c - 1; r >= 0; --r) {
            if (summary.pairKinds[c][r])
                kinds << u"%1: %2"_s.arg(pairKindName(c, r)).arg(summary.pairKinds[c][r]);
        }
    }
    card += u"- DPO pairs by kind: %1\n"_s.arg(kinds.isEmpty() ? u"none"_s : kinds.join(u", "_s));
    card += u"- KTO labels: %1 true, %2 false\n"_s.arg(summary.ktoDesirable).arg(summary.ktoUndesirable);
    return card.toUtf8();
}

// True when a folder holds nothing, or only what an earlier Candor HF export wrote: that may be replaced.
bool replaceableFolder(const QString &path)
{
    const QDir dir(path);
    if (dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return true;
    QFile card(dir.filePath(u"README.md"_s));
    return card.open(QIODevice::ReadOnly) &&
           card.read(64 * 1024).contains("<!-- Written by Candor's Hugging Face export");
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    DatasetWriter writer(path, ExportFormat::Jsonl, false);
    if (!writer.open(error))
        return false;
    if (!writer.writeEncoded(bytes, 0)) {
        *error = writer.errorString();
        writer.cancel();
        return false;
    }
    return writer.commit(error);
}

// The Hugging Face folder: data/<config>/<split>.jsonl for seed, dpo and kto, and README.md. Everything is written
// into a staging folder beside the target, which then takes the target's place, so a failure leaves no half folder.
ExportSummary exportHfFolder(const RowAccess &rows, const ExportOptions &options,
                             const std::function<void(qint64)> &progress, const std::atomic<bool> *cancel)
{
    ExportSummary summary;
    const QString target = QDir::cleanPath(QFileInfo(options.path).absoluteFilePath());
    const QFileInfo info(target);
    if (options.license.trimmed().isEmpty()) {
        summary.error = QCoreApplication::translate(
            "candor::Exporter", "the Hugging Face export needs a licence (the terms of generated data depend on the "
                                "provider; Candor does not choose one)");
        return summary;
    }
    if (info.exists() && !info.isDir()) {
        summary.error =
            QCoreApplication::translate("candor::Exporter", "%1 is a file; the Hugging Face export writes a folder")
                .arg(QDir::toNativeSeparators(target));
        return summary;
    }
    if (!info.absoluteDir().exists()) {
        summary.error = QCoreApplication::translate("candor::Exporter", "the folder %1 does not exist")
                            .arg(QDir::toNativeSeparators(info.absolutePath()));
        return summary;
    }
    if (info.exists() && !replaceableFolder(target)) {
        summary.error = QCoreApplication::translate(
                            "candor::Exporter",
                            "%1 is a folder with other files in it; choose a new or empty folder (Candor replaces only "
                            "a folder its own Hugging Face export wrote)")
                            .arg(QDir::toNativeSeparators(target));
        return summary;
    }
    const QString staging = info.absolutePath() + u"/."_s + info.fileName() + u".candor-new"_s;
    QDir(staging).removeRecursively();
    if (!QDir().mkpath(staging)) {
        summary.error = QCoreApplication::translate("candor::Exporter", "cannot make the folder %1")
                            .arg(QDir::toNativeSeparators(staging));
        return summary;
    }
    auto fail = [&](const QString &error) {
        QDir(staging).removeRecursively();
        summary.ok = false;
        summary.cancelled = isCancelled(cancel);
        summary.error = summary.cancelled ? cancelledText() : error;
        return summary;
    };

    const QVector<QVector<int>> ladders = buildLadders(rows, options.selection, &summary);
    const QVector<int> splits = assignSplits(ladders, options.split, options.seed);
    if (progress)
        progress(rows.size / 2);
    std::array<QByteArray, kSplitCount> seed;
    std::array<QByteArray, kSplitCount> dpo;
    std::array<QByteArray, kSplitCount> kto;
    std::array<qint64, 3> splitPairs{};
    std::array<qint64, 3> splitKto{};
    LevelCounts paired{};
    for (int l = 0; l < ladders.size(); ++l) {
        if (isCancelled(cancel))
            return fail(QString());
        const int s = splits[l];
        ++summary.splitLadders[s];
        for (int i : ladders[l]) {
            const Example &row = rows.at(i);
            appendJsonLine(seed[s], row, options.withMeta);
            ++summary.splitRows[s];
            ++summary.perLevel[Rubric::indexOf(row.targetReward)];
            const bool label = row.targetReward >= options.ktoThreshold;
            ++(label ? summary.ktoDesirable : summary.ktoUndesirable);
            appendKtoLine(kto[s], row, label);
            ++splitKto[s];
        }
        const qint64 before = summary.pairsWritten;
        forEachPair(rows, {ladders[l]}, options, &summary, &paired, cancel,
                    [&](const Example &promptRow, const Example &chosen, const Example &rejected) {
                        appendDpoLine(dpo[s], promptRow.prompt, chosen.idealAnswer, rejected.idealAnswer);
                        return true;
                    });
        splitPairs[s] += summary.pairsWritten - before;
    }
    summary.ladders = ladders.size();
    summary.rowsWritten = summary.splitRows[0] + summary.splitRows[1] + summary.splitRows[2];

    QVector<QPair<QString, QStringList>> configs;
    const std::array<std::pair<QString, const std::array<QByteArray, kSplitCount> *>, 3> parts{
        {{u"seed"_s, &seed}, {u"dpo"_s, &dpo}, {u"kto"_s, &kto}}};
    QString error;
    for (const auto &[config, data] : parts) {
        QStringList files;
        for (int s = 0; s < kSplitCount; ++s) {
            if ((*data)[s].isEmpty())
                continue; // an empty split file would fail to load; the card lists only the splits there are
            const QString file = u"data/%1/%2.jsonl"_s.arg(config, QString::fromLatin1(kSplitNames[s]));
            if (!QDir(staging).mkpath(QFileInfo(file).path()) ||
                !writeFile(QDir(staging).filePath(file), (*data)[s], &error))
                return fail(error.isEmpty()
                                ? QCoreApplication::translate("candor::Exporter", "cannot write %1").arg(file)
                                : error);
            summary.bytes += (*data)[s].size();
            files << file;
        }
        if (!files.isEmpty())
            configs.append({config, files});
        summary.files += files;
    }
    const QByteArray card = hfCard(rows, options, summary, configs, splitPairs, splitKto);
    if (!writeFile(QDir(staging).filePath(u"README.md"_s), card, &error))
        return fail(error);
    summary.bytes += card.size();
    summary.files.prepend(u"README.md"_s);
    if (isCancelled(cancel))
        return fail(QString());

    // The old folder steps aside before the new one moves in, and goes only once the new one is in place.
    const QString old = info.absolutePath() + u"/."_s + info.fileName() + u".candor-old"_s;
    QDir(old).removeRecursively();
    if (info.exists() && !QDir().rename(target, old))
        return fail(QCoreApplication::translate("candor::Exporter", "cannot replace the folder %1")
                        .arg(QDir::toNativeSeparators(target)));
    if (!QDir().rename(staging, target)) {
        if (QFileInfo::exists(old))
            QDir().rename(old, target);
        return fail(QCoreApplication::translate("candor::Exporter", "cannot move the new folder into place at %1")
                        .arg(QDir::toNativeSeparators(target)));
    }
    QDir(old).removeRecursively();
    if (progress)
        progress(rows.size);
    summary.ok = true;
    return summary;
}

ExportSummary exportAny(const RowAccess &rows, const ExportOptions &options,
                        const std::function<void(qint64)> &progress, const std::atomic<bool> *cancel)
{
    switch (options.format) {
    case ExportFormat::Jsonl:
    case ExportFormat::Csv:
    case ExportFormat::OpenAiChat:
    case ExportFormat::Kto:
    case ExportFormat::Rlwhf:
        return exportRowFormat(rows, options, progress, cancel);
    case ExportFormat::Dpo:
    case ExportFormat::DpoChat:
    case ExportFormat::Rm:
    case ExportFormat::OpenAiPreference:
    case ExportFormat::Grpo:
    case ExportFormat::Reference:
        return exportLadderFormat(rows, options, progress, cancel);
    case ExportFormat::Hf:
        return exportHfFolder(rows, options, progress, cancel);
    }
    return ExportSummary();
}

} // namespace

bool isSelected(const Example &row, ExportSelection selection)
{
    switch (selection) {
    case ExportSelection::All:
        return true;
    case ExportSelection::AcceptedOnly:
        return row.status == ReviewStatus::Accepted;
    case ExportSelection::AllButRejected:
        return row.status != ReviewStatus::Rejected;
    }
    return true;
}

QString ladderKey(const Example &row)
{
    // A ladder's own id when the row has one (its rows answer one prompt by construction); otherwise rows that ask
    // the same question form a ladder. The prefixes keep the two kinds of key apart.
    return row.group.isEmpty() ? u"p:"_s + normalisedPrompt(row.prompt) : u"g:"_s + row.group;
}

LevelConfidence defaultConfidence()
{
    LevelConfidence confidence{};
    for (int i = 0; i < Rubric::LevelCount; ++i)
        confidence[std::size_t(i)] = Rubric::expressedConfidence(Rubric::rewardAt(i));
    return confidence;
}

bool parseConfidence(const QString &spec, LevelConfidence *out, QString *error)
{
    LevelConfidence confidence = *out;
    quint8 seen = 0;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(u':');
        bool levelOk = false;
        bool valueOk = false;
        const int level = pair.value(0).trimmed().toInt(&levelOk);
        const double value = pair.value(1).trimmed().toDouble(&valueOk);
        if (pair.size() != 2 || !levelOk || !Rubric::isValid(level) || !valueOk || !(value >= 0 && value <= 1) ||
            (seen & levelBit(level))) {
            *error = QCoreApplication::translate("candor::Exporter",
                                                 "\"%1\" is not LEVEL:CONFIDENCE with a level from -2 to 2 (each "
                                                 "once) and a confidence from 0 to 1")
                         .arg(part.trimmed());
            return false;
        }
        seen |= levelBit(level);
        confidence[std::size_t(Rubric::indexOf(level))] = value;
    }
    if (seen == 0) {
        *error = QCoreApplication::translate("candor::Exporter",
                                             "no level given; write e.g. -2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9");
        return false;
    }
    *out = confidence;
    return true;
}

QString pairModeName(PairMode mode)
{
    switch (mode) {
    case PairMode::Adjacent:
        return u"adjacent"_s;
    case PairMode::All:
        return u"all"_s;
    case PairMode::BestVsRest:
        return u"best-vs-rest"_s;
    }
    return QString();
}

bool pairModeFromName(const QString &name, PairMode *out)
{
    for (PairMode mode : {PairMode::Adjacent, PairMode::All, PairMode::BestVsRest}) {
        if (pairModeName(mode) == name) {
            *out = mode;
            return true;
        }
    }
    return false;
}

QVector<PreferencePair> ladderPairs(const QVector<int> &ladder, const std::function<int(int)> &levelOf, PairMode mode,
                                    int minMargin)
{
    std::array<QVector<int>, Rubric::LevelCount> atLevel;
    for (int i : ladder)
        atLevel[std::size_t(Rubric::indexOf(levelOf(i)))].append(i);
    QVector<int> present; // level indexes, highest first
    for (int l = Rubric::LevelCount - 1; l >= 0; --l) {
        if (!atLevel[std::size_t(l)].isEmpty())
            present << l;
    }
    const int margin = qMax(1, minMargin);
    QVector<PreferencePair> pairs;
    auto addLevels = [&](int high, int low) {
        for (int chosen : atLevel[std::size_t(high)]) {
            for (int rejected : atLevel[std::size_t(low)])
                pairs.append({chosen, rejected});
        }
    };
    for (qsizetype h = 0; h < present.size(); ++h) {
        if (mode == PairMode::BestVsRest && h > 0)
            break;
        for (qsizetype l = h + 1; l < present.size(); ++l) {
            if (present[h] - present[l] < margin)
                continue;
            addLevels(present[h], present[l]);
            if (mode == PairMode::Adjacent)
                break; // the nearest lower level far enough away
        }
    }
    return pairs;
}

ExportSummary exportRows(const QVector<Example> &rows, const ExportOptions &options,
                         const std::function<void(qint64)> &progress, const std::atomic<bool> *cancel)
{
    return exportAny({[&rows](int i) -> const Example & { return rows.at(i); }, int(rows.size())}, options, progress,
                     cancel);
}

ExportSummary exportRows(const DatasetSnapshot &rows, const ExportOptions &options,
                         const std::function<void(qint64)> &progress, const std::atomic<bool> *cancel)
{
    return exportAny({[&rows](int i) -> const Example & { return rows.at(i); }, rows.size()}, options, progress,
                     cancel);
}

QString sftLevelWarning(int sftMinLevel)
{
    if (sftMinLevel >= Rubric::MaxReward)
        return QString();
    if (sftMinLevel < 0)
        return QCoreApplication::translate(
            "candor::Exporter",
            "Warning: rows below 0 become assistant turns; supervised training on them teaches the model to "
            "fabricate (-2) or to state guesses as facts (-1).");
    return QCoreApplication::translate(
               "candor::Exporter",
               "Note: rows at %1 and above become assistant turns; the model learns to answer as they do "
               "(hedged or declining), not only fully correct answers.")
        .arg(Rubric::formatReward(sftMinLevel));
}

QStringList exportReport(const ExportSummary &s, const ExportOptions &o)
{
    const QLocale locale;
    QStringList lines;
    auto levels = [&](const LevelCounts &counts) {
        QStringList list;
        for (int i = Rubric::LevelCount - 1; i >= 0; --i)
            list << u"%1: %2"_s.arg(Rubric::formatReward(Rubric::rewardAt(i)), locale.toString(qint64(counts[i])));
        return list.join(u", "_s);
    };
    const QString where = QDir::toNativeSeparators(o.path);
    const int rowsWritten = int(s.rowsWritten);
    const int pairsWritten = int(s.pairsWritten);
    if (o.format == ExportFormat::Hf) {
        QStringList configs;
        for (const QString &file : s.files) {
            const QString config = file.section(u'/', 1, 1);
            if (file.startsWith(u"data/"_s) && !configs.contains(config))
                configs << config;
        }
        lines << QCoreApplication::translate("candor::Exporter",
                                             "Wrote the Hugging Face dataset folder %1 (%2): the configs %3 and a "
                                             "dataset card (README.md).")
                     .arg(where, locale.formattedDataSize(s.bytes), configs.join(u", "_s));
        lines << QCoreApplication::translate("candor::Exporter",
                                             "seed: %Ln row(s); distinct prompts (ladders): %1; rows per level: %2",
                                             nullptr, rowsWritten)
                     .arg(locale.toString(s.ladders), levels(s.perLevel));
        QStringList splits;
        const QString names[] = {QCoreApplication::translate("candor::Exporter", "train"),
                                 QCoreApplication::translate("candor::Exporter", "validation"),
                                 QCoreApplication::translate("candor::Exporter", "test")};
        for (int i = 0; i < 3; ++i) {
            // Counts in variables: lupdate's parser hangs on an index inside the plural argument of translate().
            const int splitRows = int(s.splitRows.at(std::size_t(i)));
            const int splitLadders = int(s.splitLadders.at(std::size_t(i)));
            const QString rowCount = QCoreApplication::translate("candor::Exporter", "%Ln row(s)", nullptr, splitRows);
            const QString ladderCount =
                QCoreApplication::translate("candor::Exporter", "%Ln ladder(s)", nullptr, splitLadders);
            splits << u"%1 %2 (%3)"_s.arg(names[i], rowCount, ladderCount);
        }
        lines << QCoreApplication::translate("candor::Exporter", "dpo: %Ln pair(s), mode %1, minimum margin %2.",
                                             nullptr, pairsWritten)
                     .arg(pairModeName(o.pairs))
                     .arg(o.minMargin);
        lines << QCoreApplication::translate("candor::Exporter", "Splits: %1").arg(splits.join(u", "_s));
    } else if (isPairFormat(o.format)) {
        lines << QCoreApplication::translate(
                     "candor::Exporter",
                     "Wrote %Ln pair(s) to %1 (%2); distinct prompts (ladders): %3; mode %4, minimum margin %5.",
                     nullptr, pairsWritten)
                     .arg(where, locale.formattedDataSize(s.bytes), locale.toString(s.ladders), pairModeName(o.pairs))
                     .arg(o.minMargin);
        lines << QCoreApplication::translate("candor::Exporter", "Rows in pairs per level: %1").arg(levels(s.perLevel));
        if (s.pairsWritten == 0)
            lines << QCoreApplication::translate("candor::Exporter",
                                                 "No pairs: no prompt has rows at two levels far enough apart. Pairs "
                                                 "need ladders: the same prompt answered at several levels.");
    } else {
        lines << QCoreApplication::translate("candor::Exporter", "Wrote %Ln row(s) to %1 (%2).", nullptr, rowsWritten)
                     .arg(where, locale.formattedDataSize(s.bytes));
        lines << QCoreApplication::translate("candor::Exporter", "Rows per level: %1").arg(levels(s.perLevel));
    }
    if (isPairFormat(o.format) || o.format == ExportFormat::Hf) {
        QStringList kinds;
        for (int c = Rubric::LevelCount - 1; c >= 0; --c) {
            for (int r = c - 1; r >= 0; --r) {
                if (s.pairKinds[c][r])
                    kinds << u"%1: %2"_s.arg(pairKindName(c, r), locale.toString(s.pairKinds[c][r]));
            }
        }
        lines << QCoreApplication::translate("candor::Exporter", "Pairs by kind (chosen>rejected): %1")
                     .arg(kinds.isEmpty() ? QCoreApplication::translate("candor::Exporter", "none")
                                          : kinds.join(u", "_s));
    }
    if (o.format == ExportFormat::Rlwhf) {
        const int decomposed = int(s.decomposed);
        lines << QCoreApplication::translate("candor::Exporter",
                                             "%Ln row(s) with a decomposition (template ladder rows as the bank wrote "
                                             "them: true and invented claims, with corrections).",
                                             nullptr, decomposed);
    }
    if (o.format == ExportFormat::Kto || o.format == ExportFormat::Hf) {
        const qint64 all = s.ktoDesirable + s.ktoUndesirable;
        const double share = all ? 100.0 * double(s.ktoDesirable) / double(all) : 0.0;
        lines << QCoreApplication::translate(
                     "candor::Exporter",
                     "KTO labels (label = target_reward >= %1): %2 true (%3%), %4 false; if unbalanced, set KTOConfig "
                     "desirable_weight and undesirable_weight so that weight times count is about equal.")
                     .arg(Rubric::formatReward(o.ktoThreshold), locale.toString(s.ktoDesirable),
                          locale.toString(share, 'f', 1), locale.toString(s.ktoUndesirable));
    }
    // Plain variables as plural counts: lupdate's parser hangs on a call with "::" or "[]" in that argument.
    const int notSelected = int(s.skipped.at(std::size_t(SkipReason::NotSelected)));
    const int noPartner = int(s.skipped.at(std::size_t(SkipReason::NoPartner)));
    const int belowMargin = int(s.skipped.at(std::size_t(SkipReason::BelowMargin)));
    const int belowLevel = int(s.skipped.at(std::size_t(SkipReason::BelowLevel)));
    const int notLadderBest = int(s.skipped.at(std::size_t(SkipReason::NotLadderBest)));
    const int identical = int(s.pairsIdentical);
    if (notSelected)
        lines << QCoreApplication::translate(
            "candor::Exporter", "Left out: %Ln row(s) not selected by the rows option.", nullptr, notSelected);
    const QString pairScope =
        o.format == ExportFormat::Hf
            ? QCoreApplication::translate("candor::Exporter", " (dpo config; they are still in seed and kto)")
            : QString();
    if (noPartner)
        lines << QCoreApplication::translate("candor::Exporter",
                                             "Left out: %Ln row(s) with no partner at another level of their ladder.",
                                             nullptr, noPartner) +
                     pairScope;
    if (belowMargin)
        lines << QCoreApplication::translate(
                     "candor::Exporter",
                     "Left out: %Ln row(s) in no pair: no other level of their ladder is far enough away "
                     "(minimum margin %1, mode %2).",
                     nullptr, belowMargin)
                         .arg(o.minMargin)
                         .arg(pairModeName(o.pairs)) +
                     pairScope;
    if (belowLevel) {
        if (o.format == ExportFormat::Reference)
            lines << QCoreApplication::translate(
                "candor::Exporter", "Left out: %Ln row(s) below +2 (a reference answer must be fully correct).",
                nullptr, belowLevel);
        else if (o.format == ExportFormat::Grpo)
            lines << QCoreApplication::translate(
                "candor::Exporter", "Left out: %Ln row(s) below 0 (a GRPO ideal answer must not be dishonest).",
                nullptr, belowLevel);
        else
            lines << QCoreApplication::translate(
                         "candor::Exporter",
                         "Left out: %Ln row(s) below the SFT threshold %1 (not written as assistant turns).", nullptr,
                         belowLevel)
                         .arg(Rubric::formatReward(o.sftMinLevel));
    }
    if (notLadderBest)
        lines << QCoreApplication::translate(
            "candor::Exporter",
            "Left out: %Ln row(s) whose prompt a higher (or earlier) row of the same ladder already stands "
            "for (one line per prompt).",
            nullptr, notLadderBest);
    if (s.pairsIdentical)
        lines << QCoreApplication::translate(
            "candor::Exporter", "Dropped: %Ln pair(s) whose chosen and rejected answers are the same text.", nullptr,
            identical);
    if (o.format == ExportFormat::OpenAiChat && !sftLevelWarning(o.sftMinLevel).isEmpty())
        lines << sftLevelWarning(o.sftMinLevel);
    return lines;
}

} // namespace candor
