#pragma once

#include "dataset/rubric.h"
#include "storage/datasetwriter.h"
#include "storage/jsonlreader.h"

#include <QHash>

#include <optional>

namespace candor {

// How checkDataset chose the format it checked a file by.
enum class FormatSource
{
    Option,    // the caller forced it (candor-cli validate --format)
    Content,   // the first line says it
    Extension, // the content was not telling; the file name was
    Default    // neither said anything: seed JSONL
};

QString formatSourceName(FormatSource source);

struct DatasetCheckOptions
{
    std::optional<ExportFormat> format; // empty: recognise it from the content and the file name
    // Problems of each kind kept in the report; all are counted, but a broken million-row file must not fill memory.
    int keepProblems = 50;
    // Also find near-duplicate prompts (NearDuplicateIndex: the same question in other words, 5-gram Jaccard >= 0.8)
    // at the same level, a ladder's rows exempt among themselves. Keeps every normalised prompt in memory.
    bool nearDuplicates = false;
};

// What `candor-cli validate` reports about a dataset file.
struct DatasetReport
{
    struct Duplicate
    {
        qint64 line = 0;
        qint64 firstLine = 0; // where the same prompt (same level) first appeared
    };
    struct NearDuplicate
    {
        qint64 line = 0;
        qint64 otherLine = 0;    // the earlier row at the same level asking nearly the same
        double similarity = 0.0; // Jaccard similarity of the two prompts' 5-gram sets
    };
    ExportFormat format = ExportFormat::Jsonl;
    FormatSource formatSource = FormatSource::Default;
    std::optional<ExportFormat> contentFormat;   // what the first line looks like, when it looks like anything
    std::optional<ExportFormat> extensionFormat; // what the file name says (.csv, .jsonl), when it says anything
    qint64 rows = 0;
    LevelCounts perLevel{};
    qint64 withoutLevel = 0; // chat rows whose system message does not name a Candor level
    // The first keepProblems of each kind; the counts are exact.
    QVector<LineError> errors;     // the line is not a usable row
    QVector<LineError> warnings;   // usable rows with something worth a look
    QVector<Duplicate> duplicates; // same normalised prompt at the same level
    qint64 errorCount = 0;
    qint64 warningCount = 0;
    qint64 duplicateCount = 0;
    bool nearDuplicatesChecked = false;    // DatasetCheckOptions::nearDuplicates was set (and the file is not a folder)
    QVector<NearDuplicate> nearDuplicates; // the first keepProblems, in line order
    qint64 nearDuplicateCount = 0;
    qint64 sharedPrompts = 0; // prompts that appear at more than one level (fine for preference pairs)
    qint64 labelTrue = 0;     // kto: rows with label = true (and the HF folder's kto config)
    qint64 labelFalse = 0;
    QStringList files; // the HF folder: the data files its card lists, each checked by its config's rules
    bool hasProblems() const { return errorCount > 0 || duplicateCount > 0 || nearDuplicateCount > 0; }
};

// validate's duplicate rule: a row repeats an earlier one when its normalised prompt (normalisedPrompt()) appeared
// before at the same level. The same prompt at another level is fine (preference pairs). Open Dataset flags rows by
// this rule too, so the table and `candor-cli validate` find the same duplicates.
class DuplicateFinder
{
public:
    struct Result
    {
        qint64 firstLine = 0;   // where the same prompt first appeared at this level; 0 = not a duplicate
        bool newShared = false; // the prompt has just reached its second level
    };
    // Notes a row (line counts from 1, or any increasing number) and says whether it repeats an earlier one.
    Result add(const Example &row, qint64 line);

private:
    struct Seen
    {
        qint64 firstLine[Rubric::LevelCount] = {0, 0, 0, 0, 0};
        int levels = 0;
    };
    QHash<QString, Seen> m_seen;
};

// Reads and checks a dataset in any format Candor writes: seed JSONL (with or without meta), CSV, OpenAI chat JSONL,
// each trainer format by its rules (required keys and types, distinct chosen and rejected, positive margins, boolean
// labels, one assistant message per preference output, one row per prompt for grpo and reference) and a Hugging Face
// folder (path is the folder: the card's front matter parses, every data_files path exists and is checked by its
// config's format, and no ladder's prompt appears in two splits of a config). False only if the file cannot be read
// (fatalError says why).
bool checkDataset(const QString &path, const DatasetCheckOptions &options, DatasetReport *report, QString *fatalError);
bool checkDataset(const QString &path, DatasetReport *report, QString *fatalError);

// What the start of a file looks like: a JSON object with "messages" (chat), another JSON object (seed JSONL) or a
// CSV header naming "prompt", or the keys of a trainer format (chosen/rejected, label, input/preferred_output,
// answer/reward/metadata, reference). Nothing when it looks like none of them. (A grpo row is a seed row by its keys.)
std::optional<ExportFormat> formatFromContent(const QByteArray &head);
// .csv, or .jsonl / .ndjson / .json (seed JSONL; chat files share the extension).
std::optional<ExportFormat> formatFromExtension(const QString &path);

} // namespace candor
