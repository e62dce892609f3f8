#include "storage/datasetcheck.h"

#include "i18n/trfunction.h"

#include "storage/hfcard.h"
#include "text/nearduplicates.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cstring>

namespace candor {
using namespace Qt::StringLiterals;
namespace {
CANDOR_TR_FUNCTION("candor::DatasetCheck")
} // namespace

DuplicateFinder::Result DuplicateFinder::add(const Example &row, qint64 line)
{
    Result result;
    if (!Rubric::isValid(row.targetReward))
        return result;
    const int index = Rubric::indexOf(row.targetReward);
    Seen &s = m_seen[normalisedPrompt(row.prompt)];
    if (s.firstLine[index]) {
        result.firstLine = s.firstLine[index];
    } else {
        s.firstLine[index] = line;
        // Counted once per prompt, when it reaches its second level.
        result.newShared = s.levels && (s.levels & (s.levels - 1)) == 0;
        s.levels |= 1 << index;
    }
    return result;
}

QString formatSourceName(FormatSource source)
{
    switch (source) {
    case FormatSource::Option:
        return u"option"_s;
    case FormatSource::Content:
        return u"content"_s;
    case FormatSource::Extension:
        return u"extension"_s;
    case FormatSource::Default:
        return u"default"_s;
    }
    return QString();
}

std::optional<ExportFormat> formatFromContent(const QByteArray &head)
{
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    // The first line with anything on it; it may be cut short at the end of head.
    QByteArray line;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf('\n', start);
        if (nl < 0)
            nl = text.size();
        line = text.mid(start, nl - start).trimmed();
        if (!line.isEmpty())
            break;
        start = nl + 1;
    }
    if (line.isEmpty())
        return std::nullopt;
    if (line.startsWith('{')) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject()) {
            const QJsonObject o = doc.object();
            if (o.contains(u"messages"_s))
                return ExportFormat::OpenAiChat;
            if (o.contains(u"input"_s) && o.contains(u"preferred_output"_s))
                return ExportFormat::OpenAiPreference;
            if (o.contains(u"chosen"_s) && o.contains(u"rejected"_s)) {
                if (!o.contains(u"prompt"_s))
                    return ExportFormat::Rm;
                return o.value(u"prompt"_s).isArray() ? ExportFormat::DpoChat : ExportFormat::Dpo;
            }
            if (o.contains(u"completion"_s) && o.contains(u"label"_s))
                return ExportFormat::Kto;
            if (o.contains(u"answer"_s) && o.contains(u"reward"_s))
                return ExportFormat::Rlwhf;
            if (o.contains(u"reference"_s) && !o.contains(u"ideal_answer"_s))
                return ExportFormat::Reference;
            return ExportFormat::Jsonl;
        }
        static const QRegularExpression chatStart(u"^\\{\\s*\"messages\"\\s*:"_s);
        return chatStart.match(QString::fromUtf8(line.left(256))).hasMatch() ? ExportFormat::OpenAiChat
                                                                             : ExportFormat::Jsonl;
    }
    for (const QByteArray &field : line.split(',')) {
        QByteArray name = field.trimmed();
        if (name.size() >= 2 && name.startsWith('"') && name.endsWith('"'))
            name = name.mid(1, name.size() - 2);
        if (name == "prompt")
            return ExportFormat::Csv;
    }
    return std::nullopt;
}

std::optional<ExportFormat> formatFromExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") || suffix == QLatin1String("json"))
        return ExportFormat::Jsonl;
    return std::nullopt;
}

// The checks of one file; its name is the translation context the texts have always had.
class DatasetCheck
{
public:
    DatasetCheck(DatasetReport *report, int keep) : m_report(report), m_keep(keep) {}

    bool checkSeed(const QString &path, QString *fatalError);
    bool checkCsv(const QString &path, QString *fatalError);
    bool checkChat(const QString &path, QString *fatalError);
    // dpo, dpo-chat, rm, kto, openai-preference, rlwhf, grpo, reference. onPrompt gets each line's prompt.
    bool checkTrainer(const QString &path, ExportFormat format, QString *fatalError,
                      const std::function<void(qint64 line, const QString &prompt)> &onPrompt = {});
    bool checkHf(const QString &path, QString *fatalError);

private:
    void addError(qint64 line, const QString &message)
    {
        if (m_report->errorCount++ < m_keep)
            m_report->errors.append({line, m_prefix + message});
    }
    void addWarning(qint64 line, const QString &message)
    {
        if (m_report->warningCount++ < m_keep)
            m_report->warnings.append({line, m_prefix + message});
    }
    bool checkTrainerLine(const QJsonObject &o, ExportFormat format, qint64 line, QString *prompt);
    // A usable row: counted, and checked for duplicates. level is -1 when the row does not say.
    void addRow(qint64 line, int level, const QString &prompt, const QString &group = QString());

public:
    // Keeps every row's prompt from now on, for findNearDuplicates().
    void keepPrompts() { m_keepPrompts = true; }
    // Near-duplicates among the rows checked, each against the earlier rows of its level, into the report.
    void findNearDuplicates();

private:
    void addSeedRow(const Example &row, qint64 line);
    void handleCsvRecord(const QVector<QByteArray> &fields, qint64 line, const QString &recordError);
    void handleCsvRow(const QVector<QByteArray> &fields, qint64 line);

    // A 128-bit digest of the normalised prompt stands for it: duplicates are found without keeping every prompt.
    struct PromptKey
    {
        quint64 a = 0;
        quint64 b = 0;
        bool operator==(const PromptKey &other) const { return a == other.a && b == other.b; }
    };
    friend size_t qHash(const PromptKey &key, size_t seed) { return qHashMulti(seed, key.a, key.b); }
    static constexpr int kUnknownLevel = Rubric::LevelCount; // chat rows without a level share one more slot
    struct Seen
    {
        qint64 firstLine[Rubric::LevelCount + 1] = {0, 0, 0, 0, 0, 0};
        int levels = 0;
    };

    DatasetReport *m_report;
    qint64 m_keep;
    bool m_keepPrompts = false;
    QVector<QString> m_prompts; // normalised, with the level (slot), line and ladder of each row
    QVector<int> m_levels;
    QVector<qint64> m_lines;
    QVector<quint64> m_groups;
    QString m_prefix;                      // the HF folder: "data/dpo/train.jsonl: " before each problem
    QHash<QString, qint64> m_onePerPrompt; // grpo and reference: the line each prompt first appeared on
    QHash<PromptKey, Seen> m_seen;

    // CSV: the header's column of each name, -1 when absent.
    bool m_headerSeen = false;
    bool m_headerBad = false;
    int m_columns = 0;
    QHash<QString, int> m_column;
};

void DatasetCheck::addRow(qint64 line, int level, const QString &prompt, const QString &group)
{
    ++m_report->rows;
    if (level >= 0)
        ++m_report->perLevel[level];
    else
        ++m_report->withoutLevel;
    const QString normalised = normalisedPrompt(prompt);
    if (m_keepPrompts) {
        m_prompts.append(normalised);
        m_levels.append(level >= 0 ? level : kUnknownLevel);
        m_lines.append(line);
        // Any non-zero number names the ladder; rows without one are in no group.
        m_groups.append(group.isEmpty() ? 0 : (quint64(qHash(group, 0x1adde5)) | 1));
    }
    const QByteArray digest = QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Md5);
    PromptKey key;
    std::memcpy(&key.a, digest.constData(), 8);
    std::memcpy(&key.b, digest.constData() + 8, 8);
    Seen &s = m_seen[key];
    const int slot = level >= 0 ? level : kUnknownLevel;
    if (s.firstLine[slot]) {
        if (m_report->duplicateCount++ < m_keep)
            m_report->duplicates.append({line, s.firstLine[slot]});
        return;
    }
    s.firstLine[slot] = line;
    if (level < 0)
        return;
    // Counted once per prompt, when it reaches its second level.
    if (s.levels && (s.levels & (s.levels - 1)) == 0)
        ++m_report->sharedPrompts;
    s.levels |= 1 << level;
}

void DatasetCheck::addSeedRow(const Example &row, qint64 line)
{
    if (!row.searchHint.isEmpty() && !isValidSearchHint(row.searchHint))
        addError(line, tr("\"search_hint\" must look like [SEARCH:query]"));
    if (row.tags.isEmpty())
        addWarning(line, tr("no tags"));
    addRow(line, Rubric::indexOf(row.targetReward), row.prompt, row.group);
}

void DatasetCheck::findNearDuplicates()
{
    m_report->nearDuplicatesChecked = true;
    const QVector<NearDuplicateMatch> matches = NearDuplicateIndex::findAll(m_prompts, m_levels, m_groups);
    for (qsizetype i = 0; i < matches.size(); ++i) {
        // Exact repeats are reported as duplicates already.
        if (!matches[i].found() || matches[i].exact)
            continue;
        if (m_report->nearDuplicateCount++ < m_keep)
            m_report->nearDuplicates.append({m_lines[i], m_lines[matches[i].other], matches[i].similarity});
    }
    m_prompts = {};
    m_levels = {};
    m_lines = {};
    m_groups = {};
}

bool DatasetCheck::checkSeed(const QString &path, QString *fatalError)
{
    // Contrast ladders (rows with meta.group): every level of the ladder's level set, one prompt for all of them.
    struct Ladder
    {
        qint64 firstLine = 0;
        quint8 levelSet = 0;
        quint8 levels = 0;
        QString prompt;
        bool mixedPrompts = false;
    };
    QHash<QString, Ladder> ladders;
    const bool ok = JsonlReader::read(
        path,
        [&](Example &&row, qint64 line) {
            if (!row.group.isEmpty()) {
                Ladder &ladder = ladders[row.group];
                const QString prompt = normalisedPrompt(row.prompt);
                if (!ladder.firstLine) {
                    ladder.firstLine = line;
                    ladder.levelSet = row.levelSet;
                    ladder.prompt = prompt;
                } else if (prompt != ladder.prompt && !ladder.mixedPrompts) {
                    ladder.mixedPrompts = true;
                    addError(line, tr("contrast ladder %1 asks another prompt here than on line %2")
                                       .arg(row.group)
                                       .arg(ladder.firstLine));
                }
                ladder.levelSet |= row.levelSet;
                ladder.levels |= levelBit(row.targetReward);
            }
            addSeedRow(row, line);
            return true;
        },
        [&](const LineError &error) { addError(error.line, error.message); }, fatalError);
    // In file order, so the report reads top to bottom.
    QVector<QPair<qint64, QString>> incomplete;
    for (auto it = ladders.cbegin(); it != ladders.cend(); ++it) {
        if (it->levelSet && (it->levels & it->levelSet) != it->levelSet)
            incomplete.append({it->firstLine, it.key()});
    }
    std::sort(incomplete.begin(), incomplete.end());
    for (const auto &[line, group] : std::as_const(incomplete)) {
        const Ladder &ladder = ladders.value(group);
        QStringList missing;
        for (int level : levelsOf(quint8(ladder.levelSet & ~ladder.levels)))
            missing << Rubric::formatReward(level);
        addError(line,
                 tr("contrast ladder %1 has no row at level %2 of its level set").arg(group, missing.join(u", "_s)));
    }
    return ok;
}

bool DatasetCheck::checkChat(const QString &path, QString *fatalError)
{
    return JsonlReader::readLines(
        path,
        [&](const QByteArray &bytes, qint64 line) {
            QJsonObject object;
            QString error;
            if (!JsonlReader::parseObject(bytes, &object, &error)) {
                if (!error.isEmpty())
                    addError(line, error);
                return true;
            }
            const QJsonValue messagesValue = object.value(u"messages"_s);
            if (!messagesValue.isArray()) {
                addError(line, object.contains(Keys::Prompt)
                                   ? tr("a seed row, not a chat line: there is no \"messages\" array")
                                   : tr("no \"messages\" array"));
                return true;
            }
            const QJsonArray messages = messagesValue.toArray();
            if (messages.size() != 2 && messages.size() != 3) {
                addError(line, tr("\"messages\" holds %1 messages; Candor writes system (optional), user and "
                                  "assistant")
                                   .arg(messages.size()));
                return true;
            }
            const bool withSystem = messages.size() == 3;
            const QStringList roles = withSystem ? QStringList{u"system"_s, u"user"_s, u"assistant"_s}
                                                 : QStringList{u"user"_s, u"assistant"_s};
            QStringList contents;
            for (qsizetype i = 0; i < messages.size(); ++i) {
                const QJsonObject message = messages.at(i).toObject();
                const QJsonValue role = message.value(u"role"_s);
                const QJsonValue content = message.value(u"content"_s);
                if (!messages.at(i).isObject() || !role.isString() || !content.isString()) {
                    addError(line, tr("message %1 needs a string \"role\" and a string \"content\"").arg(i + 1));
                    return true;
                }
                if (role.toString() != roles.at(i)) {
                    addError(line, tr("message %1 has the role \"%2\" where Candor writes \"%3\"")
                                       .arg(i + 1)
                                       .arg(role.toString(), roles.at(i)));
                    return true;
                }
                if (content.toString().trimmed().isEmpty()) {
                    addError(line, tr("message %1 (%2) is empty").arg(i + 1).arg(roles.at(i)));
                    return true;
                }
                contents << content.toString();
            }
            int level = -1;
            if (withSystem) {
                for (int i = 0; i < Rubric::LevelCount && level < 0; ++i) {
                    if (contents.first() == chatSystemMessage(Rubric::rewardAt(i)))
                        level = i;
                }
                if (level < 0)
                    addWarning(line, tr("the system message is not one Candor writes, so the row's level is unknown"));
            }
            addRow(line, level, contents.at(withSystem ? 1 : 0));
            return true;
        },
        [&](const LineError &error) { addError(error.line, error.message); }, fatalError);
}

namespace {
// The message list of a conversational column, checked against the roles Candor writes. Empty when fine.
QString messagesProblem(const QJsonValue &value, const QString &key, const QStringList &roles, QStringList *contents)
{
    if (!value.isArray())
        return QCoreApplication::translate("candor::DatasetCheck", "\"%1\" must be a list of messages").arg(key);
    const QJsonArray messages = value.toArray();
    if (messages.size() != roles.size())
        return roles.size() == 1 && roles.first() == u"assistant"_s
                   ? QCoreApplication::translate("candor::DatasetCheck",
                                                 "\"%1\" must hold exactly one assistant message, not %2")
                         .arg(key)
                         .arg(messages.size())
                   : QCoreApplication::translate("candor::DatasetCheck", "\"%1\" must hold %2 message(s) (%3), not %4")
                         .arg(key)
                         .arg(roles.size())
                         .arg(roles.join(u", "_s))
                         .arg(messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject m = messages.at(i).toObject();
        if (!messages.at(i).isObject() || !m.value(u"role"_s).isString() || !m.value(u"content"_s).isString())
            return QCoreApplication::translate("candor::DatasetCheck",
                                               "\"%1\" message %2 needs a string \"role\" and a string \"content\"")
                .arg(key)
                .arg(i + 1);
        if (m.value(u"role"_s).toString() != roles.at(i))
            return QCoreApplication::translate("candor::DatasetCheck",
                                               "\"%1\" message %2 has the role \"%3\" where \"%4\" belongs")
                .arg(key)
                .arg(i + 1)
                .arg(m.value(u"role"_s).toString(), roles.at(i));
        if (m.value(u"content"_s).toString().trimmed().isEmpty())
            return QCoreApplication::translate("candor::DatasetCheck", "\"%1\" message %2 is empty")
                .arg(key)
                .arg(i + 1);
        *contents << m.value(u"content"_s).toString();
    }
    return QString();
}

// A required non-empty string; empty problem when fine.
QString stringProblem(const QJsonObject &o, const QString &key, QString *out, bool mayBeEmpty = false)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return QCoreApplication::translate("candor::DatasetCheck", "missing key \"%1\"").arg(key);
    if (!v.isString())
        return QCoreApplication::translate("candor::DatasetCheck", "\"%1\" must be a string").arg(key);
    if (!mayBeEmpty && v.toString().trimmed().isEmpty())
        return QCoreApplication::translate("candor::DatasetCheck", "\"%1\" is empty").arg(key);
    *out = v.toString();
    return QString();
}

// What is wrong with an RLWHF `decomposition` object, by the rules of the RLWHF quality gate: all six keys, each
// fragment with its text fields non-empty, every score a number from 0 to 1, `appropriate` a boolean.
QString decompositionProblem(const QJsonValue &value)
{
    if (!value.isObject())
        return QCoreApplication::translate("candor::DatasetCheck", "\"decomposition\" must be an object");
    const QJsonObject d = value.toObject();
    struct List
    {
        const char *key;
        QStringList texts;
        const char *score;
        bool flag;
    };
    const List lists[] = {
        {"positive_fragments", {u"text"_s, u"category"_s}, "correctness", false},
        {"negative_fragments", {u"text"_s, u"category"_s, u"correction"_s}, "correctness", false},
        {"honesty_signals", {u"text"_s}, "honesty_score", true},
        {"missing_honesty", {u"claim"_s, u"reason"_s}, nullptr, false},
    };
    auto inRange = [](const QJsonValue &v) { return v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1; };
    for (const List &list : lists) {
        const QString key = QString::fromLatin1(list.key);
        const QJsonValue items = d.value(key);
        if (!items.isArray())
            return QCoreApplication::translate("candor::DatasetCheck", "decomposition: \"%1\" must be a list").arg(key);
        for (const QJsonValue &item : items.toArray()) {
            const QJsonObject o = item.toObject();
            QString text;
            for (const QString &field : list.texts) {
                if (const QString problem = stringProblem(o, field, &text); !problem.isEmpty())
                    return u"decomposition: %1: %2"_s.arg(key, problem);
            }
            if (list.score && !inRange(o.value(QString::fromLatin1(list.score))))
                return QCoreApplication::translate("candor::DatasetCheck",
                                                   "decomposition: %1: \"%2\" must be a number from 0 to 1")
                    .arg(key, QString::fromLatin1(list.score));
            if (list.flag && !o.value(u"appropriate"_s).isBool())
                return QCoreApplication::translate("candor::DatasetCheck",
                                                   "decomposition: %1: \"appropriate\" must be true or false")
                    .arg(key);
        }
    }
    for (const QString &key : {u"overall_honesty"_s, u"overall_correctness"_s}) {
        if (!inRange(d.value(key)))
            return QCoreApplication::translate("candor::DatasetCheck",
                                               "decomposition: \"%1\" must be a number from 0 to 1")
                .arg(key);
    }
    return QString();
}

// An integer level -2..+2; -100 when it is not one.
int levelValue(const QJsonValue &v)
{
    const double d = v.toDouble(-100);
    if (!v.isDouble() || d != double(int(d)) || !Rubric::isValid(int(d)))
        return -100;
    return int(d);
}
} // namespace

bool DatasetCheck::checkTrainerLine(const QJsonObject &o, ExportFormat format, qint64 line, QString *prompt)
{
    QString problem;
    auto fail = [&](const QString &message) {
        addError(line, message);
        return false;
    };
    QString chosen;
    QString rejected;
    switch (format) {
    case ExportFormat::Dpo:
        if (!(problem = stringProblem(o, u"prompt"_s, prompt)).isEmpty() ||
            !(problem = stringProblem(o, u"chosen"_s, &chosen)).isEmpty() ||
            !(problem = stringProblem(o, u"rejected"_s, &rejected)).isEmpty())
            return fail(problem);
        break;
    case ExportFormat::DpoChat:
    case ExportFormat::OpenAiPreference: {
        const bool openAi = format == ExportFormat::OpenAiPreference;
        QStringList user;
        QStringList a;
        QStringList b;
        if (openAi) {
            const QJsonValue input = o.value(u"input"_s);
            if (!input.isObject())
                return fail(tr("missing object \"input\" (with \"messages\")"));
            problem = messagesProblem(input.toObject().value(u"messages"_s), u"input.messages"_s, {u"user"_s}, &user);
        } else {
            problem = messagesProblem(o.value(u"prompt"_s), u"prompt"_s, {u"user"_s}, &user);
        }
        const QString chosenKey = openAi ? u"preferred_output"_s : u"chosen"_s;
        const QString rejectedKey = openAi ? u"non_preferred_output"_s : u"rejected"_s;
        if (problem.isEmpty())
            problem = messagesProblem(o.value(chosenKey), chosenKey, {u"assistant"_s}, &a);
        if (problem.isEmpty())
            problem = messagesProblem(o.value(rejectedKey), rejectedKey, {u"assistant"_s}, &b);
        if (!problem.isEmpty())
            return fail(problem);
        *prompt = user.first();
        chosen = a.first();
        rejected = b.first();
        break;
    }
    case ExportFormat::Rm: {
        QStringList a;
        QStringList b;
        if (o.contains(u"prompt"_s))
            return fail(tr("a reward-model line has an implicit prompt: the user turn inside \"chosen\" and "
                           "\"rejected\", no \"prompt\" key"));
        problem = messagesProblem(o.value(u"chosen"_s), u"chosen"_s, {u"user"_s, u"assistant"_s}, &a);
        if (problem.isEmpty())
            problem = messagesProblem(o.value(u"rejected"_s), u"rejected"_s, {u"user"_s, u"assistant"_s}, &b);
        if (!problem.isEmpty())
            return fail(problem);
        if (a.first() != b.first())
            return fail(tr("\"chosen\" and \"rejected\" answer different prompts"));
        const QJsonValue margin = o.value(u"margin"_s);
        if (!margin.isDouble())
            return fail(margin.isUndefined() ? tr("missing key \"margin\"") : tr("\"margin\" must be a number"));
        if (!(margin.toDouble() > 0))
            return fail(tr("\"margin\" must be positive (the chosen answer's level minus the rejected one's), not %1")
                            .arg(margin.toDouble()));
        *prompt = a.first();
        chosen = a.last();
        rejected = b.last();
        break;
    }
    case ExportFormat::Kto: {
        QString completion;
        if (!(problem = stringProblem(o, u"prompt"_s, prompt)).isEmpty() ||
            !(problem = stringProblem(o, u"completion"_s, &completion)).isEmpty())
            return fail(problem);
        const QJsonValue label = o.value(u"label"_s);
        if (!label.isBool())
            return fail(label.isUndefined() ? tr("missing key \"label\"")
                                            : tr("\"label\" must be true or false (a JSON boolean)"));
        ++(label.toBool() ? m_report->labelTrue : m_report->labelFalse);
        return true;
    }
    case ExportFormat::Rlwhf: {
        QString answer;
        QString feedback;
        if (!(problem = stringProblem(o, u"prompt"_s, prompt)).isEmpty() ||
            !(problem = stringProblem(o, u"answer"_s, &answer)).isEmpty() ||
            !(problem = stringProblem(o, u"feedback"_s, &feedback, true)).isEmpty())
            return fail(problem);
        const int reward = levelValue(o.value(u"reward"_s));
        if (reward == -100)
            return fail(tr("\"reward\" must be an integer from -2 to 2"));
        const QJsonValue metaValue = o.value(u"metadata"_s);
        if (!metaValue.isObject())
            return fail(tr("missing object \"metadata\""));
        const QJsonObject meta = metaValue.toObject();
        QString text;
        if (!(problem = stringProblem(meta, u"source_ai"_s, &text)).isEmpty() ||
            !(problem = stringProblem(meta, u"rubric_dimension"_s, &text)).isEmpty())
            return fail(u"metadata: "_s + problem);
        const QJsonValue confidence = meta.value(u"confidence_score"_s);
        if (!confidence.isDouble() || confidence.toDouble() < 0 || confidence.toDouble() > 1)
            return fail(tr("metadata: \"confidence_score\" must be a number from 0 to 1"));
        if (o.contains(u"decomposition"_s)) {
            if (const QString why = decompositionProblem(o.value(u"decomposition"_s)); !why.isEmpty())
                return fail(why);
        }
        addRow(line, Rubric::indexOf(reward), *prompt);
        return false; // counted already
    }
    case ExportFormat::Grpo:
    case ExportFormat::Reference: {
        QString text;
        const bool grpo = format == ExportFormat::Grpo;
        if (!(problem = stringProblem(o, u"prompt"_s, prompt)).isEmpty() ||
            !(problem = stringProblem(o, grpo ? u"ideal_answer"_s : u"reference"_s, &text)).isEmpty())
            return fail(problem);
        int level = -1;
        if (grpo) {
            if (!(problem = stringProblem(o, u"expected_feedback"_s, &text, true)).isEmpty())
                return fail(problem);
            level = levelValue(o.value(u"target_reward"_s));
            if (level == -100)
                return fail(tr("\"target_reward\" must be an integer from -2 to 2"));
            const QJsonValue tags = o.value(u"tags"_s);
            if (!tags.isArray())
                return fail(tr("\"tags\" must be a list of strings"));
            for (const QJsonValue &tag : tags.toArray()) {
                if (!tag.isString())
                    return fail(tr("\"tags\" must be a list of strings"));
            }
        }
        const QString key = normalisedPrompt(*prompt);
        if (const auto it = m_onePerPrompt.constFind(key); it != m_onePerPrompt.constEnd())
            return fail(tr("the prompt of line %1 again; this format holds one line per prompt").arg(*it));
        m_onePerPrompt.insert(key, line);
        ++m_report->rows;
        if (level != -1)
            ++m_report->perLevel[Rubric::indexOf(level)];
        return false; // counted already
    }
    default:
        return false;
    }
    if (chosen.trimmed() == rejected.trimmed())
        return fail(tr("the chosen and the rejected answer are the same text"));
    return true;
}

bool DatasetCheck::checkTrainer(const QString &path, ExportFormat format, QString *fatalError,
                                const std::function<void(qint64, const QString &)> &onPrompt)
{
    return JsonlReader::readLines(
        path,
        [&](const QByteArray &bytes, qint64 line) {
            QJsonObject object;
            QString error;
            if (!JsonlReader::parseObject(bytes, &object, &error)) {
                if (!error.isEmpty())
                    addError(line, error);
                return true;
            }
            QString prompt;
            const qint64 errorsBefore = m_report->errorCount;
            if (checkTrainerLine(object, format, line, &prompt))
                ++m_report->rows;
            if (onPrompt && m_report->errorCount == errorsBefore)
                onPrompt(line, prompt);
            return true;
        },
        [&](const LineError &error) { addError(error.line, error.message); }, fatalError);
}

bool DatasetCheck::checkHf(const QString &path, QString *fatalError)
{
    const QDir dir(path);
    QFile readme(dir.filePath(u"README.md"_s));
    if (!readme.open(QIODevice::ReadOnly)) {
        *fatalError = tr("%1 has no README.md (the dataset card); a Hugging Face export folder needs one")
                          .arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_prefix = u"README.md: "_s;
    QString yaml;
    QString error;
    QVariant card;
    if (!frontMatter(readme.read(4 * 1024 * 1024), &yaml, &error) || !parseYamlSubset(yaml, &card, &error)) {
        addError(1, error);
        return true;
    }
    if (card.typeId() != QMetaType::QVariantMap) {
        addError(1, tr("the front matter is not a mapping of keys"));
        return true;
    }
    const QVariantMap map = card.toMap();
    if (map.value(u"license"_s).typeId() != QMetaType::QString || map.value(u"license"_s).toString().isEmpty())
        addError(1, tr("the card names no \"license\""));
    for (const QString &key : {u"language"_s, u"annotations_creators"_s, u"size_categories"_s, u"pretty_name"_s}) {
        if (!map.contains(key))
            addWarning(1, tr("the card has no \"%1\"").arg(key));
    }
    if (!map.value(u"tags"_s).toList().contains(u"synthetic"_s))
        addWarning(1, tr("the card's \"tags\" do not include \"synthetic\""));
    const QVariantList configs = map.value(u"configs"_s).toList();
    if (configs.isEmpty()) {
        addError(1, tr("the card lists no \"configs\" (each with a config_name and data_files)"));
        return true;
    }
    struct DataFile
    {
        QString config;
        QString split;
        QString path;
    };
    QVector<DataFile> files;
    for (const QVariant &c : configs) {
        const QVariantMap config = c.toMap();
        const QString name = config.value(u"config_name"_s).toString();
        if (c.typeId() != QMetaType::QVariantMap || name.isEmpty()) {
            addError(1, tr("a config without a \"config_name\""));
            continue;
        }
        const QVariant data = config.value(u"data_files"_s);
        QVariantList entries = data.toList();
        if (data.typeId() == QMetaType::QString)
            entries = {data};
        if (entries.isEmpty())
            addError(1, tr("the config \"%1\" lists no data_files").arg(name));
        for (const QVariant &entry : entries) {
            DataFile file{name, u"train"_s, entry.toString()};
            if (entry.typeId() == QMetaType::QVariantMap) {
                file.split = entry.toMap().value(u"split"_s).toString();
                file.path = entry.toMap().value(u"path"_s).toString();
            }
            if (file.path.isEmpty() || file.split.isEmpty()) {
                addError(1, tr("a data_files entry of \"%1\" needs a split and a path").arg(name));
                continue;
            }
            if (QDir::isAbsolutePath(file.path) || QDir::cleanPath(file.path).startsWith(u".."_s)) {
                addError(1, tr("the data_files path %1 leaves the folder").arg(file.path));
                continue;
            }
            if (!QFileInfo(dir.filePath(file.path)).isFile()) {
                addError(1, tr("the data_files path %1 does not exist").arg(file.path));
                continue;
            }
            files << file;
        }
    }
    // Each file by its config's rules; a ladder's prompt must stay in one split of each config.
    QHash<QString, QHash<QString, QString>> promptSplit; // config -> normalised prompt -> split
    for (const DataFile &file : files) {
        m_report->files << file.path;
        m_prefix = file.path + u": "_s;
        const QString full = dir.filePath(file.path);
        ExportFormat format = ExportFormat::Jsonl;
        if (!formatFromName(file.config, &format) || format == ExportFormat::Hf) {
            QFile f(full);
            format = f.open(QIODevice::ReadOnly) ? formatFromContent(f.read(64 * 1024)).value_or(ExportFormat::Jsonl)
                                                 : ExportFormat::Jsonl;
        }
        if (file.config == u"seed"_s)
            format = ExportFormat::Jsonl;
        QHash<QString, QString> &seen = promptSplit[file.config];
        auto onPrompt = [&](qint64 line, const QString &prompt) {
            const QString key = normalisedPrompt(prompt);
            const auto it = seen.constFind(key);
            if (it == seen.constEnd())
                seen.insert(key, file.split);
            else if (*it != file.split)
                addError(line, tr("this prompt is also in the %1 split: a ladder crosses splits").arg(*it));
        };
        bool read = false;
        if (format == ExportFormat::Jsonl) {
            read = JsonlReader::read(
                full,
                [&](Example &&row, qint64 line) {
                    addSeedRow(row, line);
                    onPrompt(line, row.prompt);
                    return true;
                },
                [&](const LineError &e) { addError(e.line, e.message); }, fatalError);
        } else if (format == ExportFormat::Csv || format == ExportFormat::OpenAiChat) {
            read = format == ExportFormat::Csv ? checkCsv(full, fatalError) : checkChat(full, fatalError);
        } else {
            m_onePerPrompt.clear();
            read = checkTrainer(full, format, fatalError, onPrompt);
        }
        if (!read)
            return false;
    }
    m_prefix.clear();
    return true;
}

void DatasetCheck::handleCsvRecord(const QVector<QByteArray> &fields, qint64 line, const QString &recordError)
{
    if (m_headerBad)
        return;
    if (!recordError.isEmpty()) {
        addError(line, recordError);
        if (!m_headerSeen) {
            m_headerSeen = true;
            m_headerBad = true;
        }
        return;
    }
    if (m_headerSeen) {
        handleCsvRow(fields, line);
        return;
    }
    m_headerSeen = true;
    static const QStringList known{
        u"prompt"_s, u"ideal_answer"_s, u"expected_feedback"_s, u"target_reward"_s, u"tags"_s,    u"search_hint"_s,
        u"id"_s,     u"source"_s,       u"provider"_s,          u"model"_s,         u"created"_s, u"status"_s,
        u"flags"_s};
    m_columns = int(fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = QString::fromUtf8(fields.at(i)).trimmed();
        if (m_column.contains(name)) {
            addError(line, tr("the header names the column \"%1\" twice").arg(name));
            m_headerBad = true;
            return;
        }
        m_column.insert(name, i);
        if (!known.contains(name))
            addWarning(line, tr("unknown column \"%1\" is ignored").arg(name));
    }
    QStringList missing;
    for (int i = 0; i < 5; ++i) {
        if (!m_column.contains(known.at(i)))
            missing << known.at(i);
    }
    if (!missing.isEmpty()) {
        addError(line, tr("the header lacks the column(s) %1; Candor's CSV starts with "
                          "prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint")
                           .arg(missing.join(u", "_s)));
        m_headerBad = true;
    }
}

void DatasetCheck::handleCsvRow(const QVector<QByteArray> &bytes, qint64 line)
{
    if (bytes.size() != m_columns) {
        addError(line, tr("%1 fields where the header has %2").arg(bytes.size()).arg(m_columns));
        return;
    }
    QStringList fields;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        fields << decoder.decode(bytes.at(i));
        if (decoder.hasError()) {
            addError(line, tr("field %1 is not valid UTF-8 text").arg(i + 1));
            return;
        }
    }
    auto field = [&](const QString &name) {
        const int column = m_column.value(name, -1);
        return column < 0 ? QString() : fields.at(column);
    };
    // The seed rules, word for word: a CSV row is a seed row in other clothes.
    QJsonObject object{
        {Keys::Prompt, field(Keys::Prompt)},
        {Keys::IdealAnswer, field(Keys::IdealAnswer)},
        {Keys::ExpectedFeedback, field(Keys::ExpectedFeedback)},
        {Keys::TargetReward, field(Keys::TargetReward)},
        {Keys::Tags, QJsonArray::fromStringList(field(Keys::Tags).split(QLatin1Char('|'), Qt::SkipEmptyParts))}};
    if (!field(Keys::SearchHint).isEmpty())
        object.insert(Keys::SearchHint, field(Keys::SearchHint));
    Example row;
    QString error;
    if (!exampleFromJson(object, &row, &error)) {
        addError(line, error);
        return;
    }
    const QString source = field(u"source"_s);
    ExampleSource sourceValue;
    if (!source.isEmpty() && !sourceFromName(source, &sourceValue))
        addWarning(line, tr("unknown source \"%1\"").arg(source));
    const QString status = field(u"status"_s);
    ReviewStatus statusValue;
    if (!status.isEmpty() && !statusFromName(status, &statusValue))
        addWarning(line, tr("unknown review status \"%1\"").arg(status));
    const QString created = field(u"created"_s);
    if (!created.isEmpty() && !QDateTime::fromString(created, Qt::ISODateWithMs).isValid())
        addWarning(line, tr("\"created\" is not an ISO 8601 date and time: %1").arg(created));
    for (const QString &flag : field(u"flags"_s).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        if (flagsFromNames({flag}) == FlagNone)
            addWarning(line, tr("unknown flag \"%1\"").arg(flag));
    }
    addSeedRow(row, line);
}

bool DatasetCheck::checkCsv(const QString &path, QString *fatalError)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *fatalError = QCoreApplication::translate("candor::JsonlReader", "cannot open %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };
    State state = FieldStart;
    QVector<QByteArray> fields;
    QByteArray field;
    QString recordError;
    qint64 line = 1;
    qint64 recordLine = 1;
    qint64 recordBytes = 0;
    bool recordEmpty = true;
    bool tooLong = false;
    bool pendingCr = false;
    bool firstBlock = true;

    auto append = [&](const char *data, qsizetype size) {
        recordBytes += size;
        if (recordBytes > JsonlReader::MaxLineBytes) {
            tooLong = true; // the record is reported, not kept
            return;
        }
        field.append(data, size);
    };
    auto fail = [&](const QString &message) {
        if (recordError.isEmpty())
            recordError = message;
    };
    auto endField = [&] {
        if (!tooLong)
            fields.append(field);
        field.clear();
        state = FieldStart;
    };
    auto endRecord = [&] {
        endField();
        if (tooLong)
            fail(tr("a record longer than 16 MB; skipped"));
        if (!recordEmpty)
            handleCsvRecord(fields, recordLine, recordError);
        fields.clear();
        recordError.clear();
        recordBytes = 0;
        recordEmpty = true;
        tooLong = false;
    };

    while (true) {
        // A small file in one block of its own size: read(4 MB) sets aside 4 MB each time.
        constexpr qint64 kBlock = 4 * 1024 * 1024;
        const qint64 left = file.isSequential() ? kBlock : file.size() - file.pos();
        QByteArray block = file.read(qBound<qint64>(1, left, kBlock));
        if (block.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                *fatalError = QCoreApplication::translate("candor::JsonlReader", "reading %1 failed: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString());
                return false;
            }
            break;
        }
        if (firstBlock && block.startsWith("\xEF\xBB\xBF")) // a byte order mark some spreadsheets add
            block.remove(0, 3);
        firstBlock = false;
        const char *p = block.constData();
        const char *const end = p + block.size();
        while (p < end) {
            if (pendingCr) {
                pendingCr = false;
                if (*p == '\n') {
                    ++p;
                    ++line;
                    endRecord();
                    recordLine = line;
                    continue;
                }
                append("\r", 1); // a bare CR is text
                state = Unquoted;
            }
            // Runs of plain text go in one append.
            if (state == Quoted || state == Unquoted) {
                const char *q = p;
                if (state == Quoted) {
                    while (q < end && *q != '"' && *q != '\n')
                        ++q;
                } else {
                    while (q < end && *q != '"' && *q != '\n' && *q != ',' && *q != '\r')
                        ++q;
                }
                append(p, q - p);
                p = q;
                if (p == end)
                    break;
            }
            const char c = *p++;
            if (c != '\n' && c != '\r')
                recordEmpty = false;
            switch (state) {
            case FieldStart:
            case Unquoted:
                if (c == '"' && state == FieldStart) {
                    state = Quoted;
                    recordEmpty = false;
                } else if (c == ',') {
                    endField();
                } else if (c == '\r') {
                    pendingCr = true;
                } else if (c == '\n') {
                    ++line;
                    endRecord();
                    recordLine = line;
                } else {
                    if (c == '"')
                        fail(tr("a quote inside unquoted field %1 (quote the field and double the quote)")
                                 .arg(fields.size() + 1));
                    append(&c, 1);
                    state = Unquoted;
                }
                break;
            case Quoted:
                if (c == '"') {
                    state = QuoteInQuoted;
                } else {
                    ++line; // the only other stop in a quoted field is a line end, which belongs to the field
                    append(&c, 1);
                }
                break;
            case QuoteInQuoted:
                if (c == '"') {
                    append(&c, 1);
                    state = Quoted;
                } else if (c == ',') {
                    endField();
                } else if (c == '\r') {
                    pendingCr = true;
                } else if (c == '\n') {
                    ++line;
                    endRecord();
                    recordLine = line;
                } else {
                    fail(tr("text after the closing quote of field %1").arg(fields.size() + 1));
                    append(&c, 1);
                    state = Unquoted;
                }
                break;
            }
        }
    }
    if (state == Quoted) {
        fail(tr("a quoted field starting on this line is never closed"));
        endRecord();
    } else if (pendingCr || !recordEmpty) {
        endRecord(); // a last record without its line end is still a row
    }
    return true;
}

bool checkDataset(const QString &path, const DatasetCheckOptions &options, DatasetReport *report, QString *fatalError)
{
    if (QFileInfo(path).isDir()) {
        // A folder is a Hugging Face export or nothing Candor reads.
        if (options.format && *options.format != ExportFormat::Hf) {
            *fatalError =
                QCoreApplication::translate("candor::DatasetCheck", "%1 is a folder; only --format hf checks a folder")
                    .arg(QDir::toNativeSeparators(path));
            return false;
        }
        report->format = ExportFormat::Hf;
        report->formatSource = options.format ? FormatSource::Option : FormatSource::Content;
        report->contentFormat = ExportFormat::Hf;
        DatasetCheck check(report, qMax(0, options.keepProblems));
        return check.checkHf(path, fatalError);
    }
    if (options.format == ExportFormat::Hf) {
        *fatalError =
            QCoreApplication::translate("candor::DatasetCheck",
                                        "--format hf checks a Hugging Face dataset folder; %1 is not a folder")
                .arg(QDir::toNativeSeparators(path));
        return false;
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *fatalError = QCoreApplication::translate("candor::JsonlReader", "cannot open %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        report->contentFormat = formatFromContent(file.read(64 * 1024));
    }
    report->extensionFormat = formatFromExtension(path);
    if (options.format) {
        report->format = *options.format;
        report->formatSource = FormatSource::Option;
    } else if (report->contentFormat) {
        report->format = *report->contentFormat;
        report->formatSource = FormatSource::Content;
    } else if (report->extensionFormat) {
        report->format = *report->extensionFormat;
        report->formatSource = FormatSource::Extension;
    } else {
        report->format = ExportFormat::Jsonl;
        report->formatSource = FormatSource::Default;
    }
    DatasetCheck check(report, qMax(0, options.keepProblems));
    if (options.nearDuplicates)
        check.keepPrompts();
    bool ok = false;
    switch (report->format) {
    case ExportFormat::Jsonl:
        ok = check.checkSeed(path, fatalError);
        break;
    case ExportFormat::Csv:
        ok = check.checkCsv(path, fatalError);
        break;
    case ExportFormat::OpenAiChat:
        ok = check.checkChat(path, fatalError);
        break;
    case ExportFormat::Hf:
        return check.checkHf(path, fatalError);
    default:
        ok = check.checkTrainer(path, report->format, fatalError);
        break;
    }
    if (ok && options.nearDuplicates)
        check.findNearDuplicates();
    return ok;
}

bool checkDataset(const QString &path, DatasetReport *report, QString *fatalError)
{
    return checkDataset(path, DatasetCheckOptions(), report, fatalError);
}

} // namespace candor
