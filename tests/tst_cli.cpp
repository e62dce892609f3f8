// candor-cli end to end: runs the real binary (CANDOR_CLI, set by CTest) and checks its output and files.
#include "config.h"
#include "storage/workspace.h"
#include "support/strictcsv.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using candor::test::parseCsv;

namespace {

constexpr int kTimeoutMs = 5 * 60 * 1000;

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// For failure messages: everything the process said.
QByteArray describe(const CliResult &r)
{
    return "exit code " + QByteArray::number(r.exitCode) + "\n--- stdout:\n" + r.out.left(4000) + "\n--- stderr:\n" +
           r.err.left(4000);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Splits a JSONL file into parsed objects; false (with a reason) if any line is not a JSON object.
bool readJsonl(const QString &path, QVector<QJsonObject> *objects, QList<QByteArray> *rawLines, QString *error)
{
    const QByteArray bytes = readBytes(path);
    if (bytes.isEmpty()) {
        *error = u"%1 is empty or missing"_s.arg(path);
        return false;
    }
    if (!bytes.endsWith('\n')) {
        *error = u"%1 does not end in a newline"_s.arg(path);
        return false;
    }
    QList<QByteArray> lines = bytes.chopped(1).split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = u"line %1 is not a JSON object: %2"_s.arg(i + 1).arg(parseError.errorString());
            return false;
        }
        objects->append(doc.object());
    }
    if (rawLines)
        *rawLines = lines;
    return true;
}

// The levels' target_reward counts, -2..+2; -1 in every slot if a reward is missing or not an integer level.
std::array<int, 5> rewardCounts(const QVector<QJsonObject> &objects)
{
    std::array<int, 5> counts{};
    for (const QJsonObject &o : objects) {
        const QJsonValue v = o.value(u"target_reward"_s);
        const double d = v.toDouble(99);
        if (!v.isDouble() || d != int(d) || d < -2 || d > 2)
            return {-1, -1, -1, -1, -1};
        ++counts[size_t(int(d) + 2)];
    }
    return counts;
}

QList<int> toList(const std::array<int, 5> &a)
{
    return QList<int>(a.begin(), a.end());
}

const QStringList kSeedKeys{u"expected_feedback"_s, u"ideal_answer"_s, u"prompt"_s, u"tags"_s, u"target_reward"_s};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void version();
    void help_data();
    void help();
    void noArguments();

    void generateTemplate();
    void sameSeedSameFile_data();
    void sameSeedSameFile();
    void withMeta();
    void searchHints();
    void longForm();
    void distribution_data();
    void distribution();
    void csvFormat_data();
    void csvFormat();
    void openAiChatFormat();

    void badArguments_data();
    void badArguments();
    void validateDamagedFile();
    void validateEmptyFile();
    void validateEveryFormat_data();
    void validateEveryFormat();
    void validateDamagedCsvAndChat();
    void validateCsvForcedAsJsonl();
    void validateJsonCountsEveryProblem();
    void validateNearDuplicates();
    void outputErrors_data();
    void outputErrors();
    void outputIntoFifo();
    void fullDiskNamesTheCause();
    void outEqualToConfigRefused();
    void oversizedConfigRefused();
    void configCannotSendTheKeyElsewhere();

    void systemLanguage();
    void languageOverride();

    void projectInfoAndExport();
    void generateAndImportIntoProject();

private:
    // env empty: the test's own environment.
    bool run(const QStringList &args, CliResult *result, const QProcessEnvironment &env = QProcessEnvironment());
    // generate --mode template ... --out path, expecting success.
    bool generate(const QStringList &args, const QString &path, CliResult *result);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString m_cli;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli = qEnvironmentVariable("CANDOR_CLI");
    QVERIFY2(!m_cli.isEmpty(), "CANDOR_CLI is not set; run the suite through ctest");
    QVERIFY2(QFileInfo(m_cli).isFile(), qPrintable(m_cli));
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

bool TestCli::run(const QStringList &args, CliResult *result, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProgram(m_cli);
    process.setArguments(args);
    process.setWorkingDirectory(m_dir.path());
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForStarted(30000)) {
        qWarning("cannot start %s: %s", qPrintable(m_cli), qPrintable(process.errorString()));
        return false;
    }
    if (!process.waitForFinished(kTimeoutMs)) {
        qWarning("candor-cli %s did not finish in time", qPrintable(args.join(QLatin1Char(' '))));
        process.kill();
        process.waitForFinished(10000);
        return false;
    }
    result->out = process.readAllStandardOutput();
    result->err = process.readAllStandardError();
    result->exitCode = process.exitCode();
    if (process.exitStatus() != QProcess::NormalExit) {
        qWarning("candor-cli %s crashed\n%s", qPrintable(args.join(QLatin1Char(' '))), describe(*result).constData());
        return false;
    }
    return true;
}

bool TestCli::generate(const QStringList &args, const QString &outPath, CliResult *result)
{
    QStringList all{u"generate"_s, u"--mode"_s, u"template"_s};
    all << args << u"--out"_s << outPath;
    if (!run(all, result))
        return false;
    if (result->exitCode != 0 || !result->err.isEmpty()) {
        qWarning("candor-cli %s failed\n%s", qPrintable(all.join(QLatin1Char(' '))), describe(*result).constData());
        return false;
    }
    return true;
}

void TestCli::version()
{
    CliResult r;
    QVERIFY(run({u"--version"_s}, &r));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("candor-cli " CANDOR_VERSION "\n"));
    QCOMPARE(r.err, QByteArray());
    QVERIFY(QRegularExpression(u"^candor-cli \\d+\\.\\d+\\.\\d+\\n$"_s).match(QString::fromUtf8(r.out)).hasMatch());

    QVERIFY(run({u"-v"_s}, &r));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("candor-cli " CANDOR_VERSION "\n"));
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");

    const QStringList top{u"generate"_s, u"validate"_s, u"--help"_s, u"--version"_s};
    QTest::newRow("--help") << QStringList{u"--help"_s} << top;
    QTest::newRow("-h") << QStringList{u"-h"_s} << top;
    QTest::newRow("help") << QStringList{u"help"_s} << top;
    const QStringList generateOptions{u"--mode"_s,   u"--count"_s,        u"--distribution"_s, u"--topic"_s,
                                      u"--seed"_s,   u"--search-hints"_s, u"--long-form"_s,    u"--out"_s,
                                      u"--format"_s, u"--with-meta"_s,    u"--quiet"_s,        u"template"_s,
                                      u"balanced"_s, u"openai-chat"_s};
    QTest::newRow("generate --help") << QStringList{u"generate"_s, u"--help"_s} << generateOptions;
    QTest::newRow("generate -h") << QStringList{u"generate"_s, u"-h"_s} << generateOptions;
    QTest::newRow("validate --help") << QStringList{u"validate"_s, u"--help"_s}
                                     << QStringList{u"FILE"_s, u"--max-problems"_s, u"duplicate"_s};
}

void TestCli::help()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);

    CliResult r;
    QVERIFY(run(args, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QCOMPARE(r.err, QByteArray());
    const QString text = QString::fromUtf8(r.out);
    for (const QString &m : mentions)
        QVERIFY2(text.contains(m), qPrintable(u"help does not mention %1:\n%2"_s.arg(m, text)));
}

void TestCli::noArguments()
{
    CliResult r;
    QVERIFY(run({}, &r));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QByteArray(r.out + r.err).contains("Usage: candor-cli"), describe(r).constData());
}

void TestCli::generateTemplate()
{
    const QString out = path(u"x.jsonl"_s);
    CliResult r;
    QVERIFY(run({u"generate"_s, u"--mode"_s, u"template"_s, u"--count"_s, u"1000"_s, u"--out"_s, out}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QCOMPARE(r.err, QByteArray());

    // One summary line naming the count, the split and the path.
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY(r.out.endsWith('\n'));
    const QString summary = QString::fromUtf8(r.out.chopped(1));
    const QString expectedStart = u"Wrote 1000 rows (-2: 200, -1: 200, 0: 200, +1: 200, +2: 200) to "_s +
                                  QDir::toNativeSeparators(out) + u" in "_s;
    QVERIFY2(summary.startsWith(expectedStart), qPrintable(summary));

    QVector<QJsonObject> rows;
    QList<QByteArray> lines;
    QString error;
    QVERIFY2(readJsonl(out, &rows, &lines, &error), qPrintable(error));
    QCOMPARE(rows.size(), 1000);
    QCOMPARE(toList(rewardCounts(rows)), (QList<int>{200, 200, 200, 200, 200}));
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject &o = rows.at(i);
        QCOMPARE(o.keys(), kSeedKeys); // no meta, no search_hint
        // Seed key order in the file itself.
        const QByteArray &line = lines.at(i);
        QVERIFY2(line.startsWith("{\"prompt\":\""), line.constData());
        const qsizetype a = line.indexOf("\",\"ideal_answer\":\"");
        const qsizetype b = line.indexOf("\",\"expected_feedback\":\"");
        const qsizetype c = line.indexOf("\",\"target_reward\":");
        const qsizetype d = line.indexOf(",\"tags\":[");
        QVERIFY2(a > 0 && a < b && b < c && c < d, line.constData());
        for (const QString &key : {u"prompt"_s, u"ideal_answer"_s, u"expected_feedback"_s}) {
            QVERIFY2(o.value(key).isString(), line.constData());
            QVERIFY2(!o.value(key).toString().trimmed().isEmpty(), line.constData());
        }
        const QJsonArray tags = o.value(u"tags"_s).toArray();
        QVERIFY2(!tags.isEmpty(), line.constData());
        for (const QJsonValue &t : tags)
            QVERIFY2(t.isString() && !t.toString().isEmpty(), line.constData());
    }

    QVERIFY(run({u"validate"_s, out}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QCOMPARE(r.err, QByteArray());
    const QStringList report = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(report.size() >= 7, r.out.constData());
    QCOMPARE(report.first(), QDir::toNativeSeparators(out) + u": 1000 rows"_s);
    QCOMPARE(report.last(), u"OK"_s);
    const QRegularExpression levelLine(u"^\\s+([+-]?\\d)\\s+(\\S.*?)\\s*:\\s*(\\d+)$"_s);
    QMap<QString, int> perLevel;
    for (const QString &line : report) {
        const QRegularExpressionMatch m = levelLine.match(line);
        if (m.hasMatch())
            perLevel.insert(m.captured(1), m.captured(3).toInt());
    }
    const QMap<QString, int> expected{{u"-2"_s, 200}, {u"-1"_s, 200}, {u"0"_s, 200}, {u"+1"_s, 200}, {u"+2"_s, 200}};
    QCOMPARE(perLevel, expected);
    QVERIFY2(!r.out.contains("duplicate") && !r.out.contains("error") && !r.out.contains("warning"), r.out.constData());
}

void TestCli::sameSeedSameFile_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("extension");

    QTest::newRow("jsonl") << QStringList{} << u"jsonl"_s;
    QTest::newRow("jsonl, hints, long form") << QStringList{u"--search-hints"_s, u"--long-form"_s} << u"jsonl"_s;
    QTest::newRow("csv") << QStringList{u"--format"_s, u"csv"_s} << u"csv"_s;
    QTest::newRow("openai-chat") << QStringList{u"--format"_s, u"openai-chat"_s} << u"jsonl"_s;
    QTest::newRow("percentages, quiet") << QStringList{u"--distribution"_s, u"-2:10%,0:60%,2:30%"_s, u"--quiet"_s}
                                        << u"jsonl"_s;
}

void TestCli::sameSeedSameFile()
{
    QFETCH(QStringList, options);
    QFETCH(QString, extension);

    const QString a = path(u"seed-a."_s + extension);
    const QString b = path(u"seed-b."_s + extension);
    const QString c = path(u"seed-c."_s + extension);
    CliResult r;
    QVERIFY(generate(QStringList{u"--count"_s, u"600"_s, u"--seed"_s, u"7"_s} + options, a, &r));
    QVERIFY(generate(QStringList{u"--seed"_s, u"7"_s, u"--count"_s, u"600"_s} + options, b, &r));
    QVERIFY(generate(QStringList{u"--count"_s, u"600"_s, u"--seed"_s, u"8"_s} + options, c, &r));

    const QByteArray bytesA = readBytes(a);
    const QByteArray bytesB = readBytes(b);
    const QByteArray bytesC = readBytes(c);
    QVERIFY(!bytesA.isEmpty());
    QVERIFY2(bytesA == bytesB, "the same seed gave different files");
    QVERIFY2(bytesA != bytesC, "different seeds gave the same file");
    if (options.contains(u"--quiet"_s))
        QCOMPARE(r.out, QByteArray());
}

void TestCli::withMeta()
{
    const QString out = path(u"meta.jsonl"_s);
    CliResult r;
    QVERIFY(generate({u"--count"_s, u"50"_s, u"--seed"_s, u"7"_s, u"--with-meta"_s}, out, &r));

    QVector<QJsonObject> rows;
    QString error;
    QVERIFY2(readJsonl(out, &rows, nullptr, &error), qPrintable(error));
    QCOMPARE(rows.size(), 50);
    QSet<QString> ids;
    for (const QJsonObject &o : std::as_const(rows)) {
        QCOMPARE(o.keys(), (QStringList{u"expected_feedback"_s, u"ideal_answer"_s, u"meta"_s, u"prompt"_s, u"tags"_s,
                                        u"target_reward"_s}));
        QVERIFY(o.value(u"meta"_s).isObject());
        const QJsonObject meta = o.value(u"meta"_s).toObject();
        const QString id = meta.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        QCOMPARE(meta.value(u"source"_s).toString(), u"template"_s);
        QCOMPARE(meta.value(u"status"_s).toString(), u"pending"_s);
        // Where the row came from, and no wall-clock time: the same seed gives the same file.
        QCOMPARE(meta.keys(),
                 (QStringList{u"id"_s, u"language"_s, u"seed"_s, u"source"_s, u"status"_s, u"template"_s}));
        QCOMPARE(meta.value(u"seed"_s).toString(), u"7"_s);
        QCOMPARE(meta.value(u"language"_s).toString(), u"English"_s);
        QVERIFY2(QRegularExpression(u"^[a-z-]+#[0-9]+$"_s).match(meta.value(u"template"_s).toString()).hasMatch(),
                 qPrintable(meta.value(u"template"_s).toString()));
    }
    const QString again = path(u"meta-again.jsonl"_s);
    QVERIFY(generate({u"--count"_s, u"50"_s, u"--seed"_s, u"7"_s, u"--with-meta"_s}, again, &r));
    QCOMPARE(readBytes(again), readBytes(out));

    QVERIFY(run({u"validate"_s, out}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
}

void TestCli::searchHints()
{
    const QString out = path(u"hints.jsonl"_s);
    CliResult r;
    QVERIFY(generate({u"--count"_s, u"200"_s, u"--search-hints"_s}, out, &r));

    QVector<QJsonObject> rows;
    QString error;
    QVERIFY2(readJsonl(out, &rows, nullptr, &error), qPrintable(error));
    QCOMPARE(rows.size(), 200);
    const QRegularExpression hintForm(u"^\\[SEARCH:.+\\]$"_s);
    for (const QJsonObject &o : std::as_const(rows)) {
        QCOMPARE(o.keys(), (QStringList{u"expected_feedback"_s, u"ideal_answer"_s, u"prompt"_s, u"search_hint"_s,
                                        u"tags"_s, u"target_reward"_s}));
        const QString hint = o.value(u"search_hint"_s).toString();
        QVERIFY2(hintForm.match(hint).hasMatch(), qPrintable(hint));
        QVERIFY2(!hint.contains(QLatin1Char('{')), qPrintable(hint)); // every placeholder was filled in
    }

    QVERIFY(run({u"validate"_s, out}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
}

void TestCli::longForm()
{
    const QString shortPath = path(u"short.jsonl"_s);
    const QString longPath = path(u"long.jsonl"_s);
    CliResult r;
    QVERIFY(generate({u"--count"_s, u"100"_s}, shortPath, &r));
    QVERIFY(generate({u"--count"_s, u"100"_s, u"--long-form"_s}, longPath, &r));

    QVector<QJsonObject> shortRows;
    QVector<QJsonObject> longRows;
    QString error;
    QVERIFY2(readJsonl(shortPath, &shortRows, nullptr, &error), qPrintable(error));
    QVERIFY2(readJsonl(longPath, &longRows, nullptr, &error), qPrintable(error));
    QCOMPARE(longRows.size(), shortRows.size());
    qint64 shortChars = 0;
    qint64 longChars = 0;
    for (int i = 0; i < shortRows.size(); ++i) {
        // Same rows, only the answers grow.
        QCOMPARE(longRows.at(i).value(u"prompt"_s), shortRows.at(i).value(u"prompt"_s));
        const QString s = shortRows.at(i).value(u"ideal_answer"_s).toString();
        const QString l = longRows.at(i).value(u"ideal_answer"_s).toString();
        QVERIFY2(l.startsWith(s), qPrintable(s + u"\n"_s + l));
        shortChars += s.size();
        longChars += l.size();
    }
    QVERIFY2(longChars > shortChars, qPrintable(u"%1 vs %2"_s.arg(longChars).arg(shortChars)));
}

void TestCli::distribution_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QList<int>>("counts"); // -2..+2

    // 7 x (10,20,40,20,10)% = 0.7,1.4,2.8,1.4,0.7: floors 0,1,2,1,0 (4); the 3 left go to the largest
    // remainders .8 (0), then .7 twice (-2 before +2 on a tie).
    QTest::newRow("percentages, largest remainder")
        << QStringList{u"--distribution"_s, u"-2:10%,-1:20%,0:40%,1:20%,2:10%"_s, u"--count"_s, u"7"_s}
        << QList<int>{1, 1, 3, 1, 1};
    QTest::newRow("percentages, 13 rows")
        << QStringList{u"--distribution"_s, u"-2:25%,2:75%"_s, u"--count"_s, u"13"_s} << QList<int>{3, 0, 0, 0, 10};
    QTest::newRow("balanced 7") << QStringList{u"--count"_s, u"7"_s} << QList<int>{2, 2, 1, 1, 1};
    QTest::newRow("balanced by name") << QStringList{u"--distribution"_s, u"balanced"_s, u"--count"_s, u"12"_s}
                                      << QList<int>{3, 3, 2, 2, 2};
    QTest::newRow("counts without --count use their sum")
        << QStringList{u"--distribution"_s, u"-2:3,-1:0,0:5,1:2,2:1"_s} << QList<int>{3, 0, 5, 2, 1};
    QTest::newRow("counts with a matching --count")
        << QStringList{u"--distribution"_s, u"-2:3,-1:0,0:5,1:2,2:1"_s, u"--count"_s, u"11"_s}
        << QList<int>{3, 0, 5, 2, 1};
    QTest::newRow("levels left out get none")
        << QStringList{u"--distribution"_s, u"0:4,2:6"_s} << QList<int>{0, 0, 4, 0, 6};
    QTest::newRow("+1 spelled with a sign")
        << QStringList{u"--distribution"_s, u"+1:5, -1:2"_s} << QList<int>{0, 2, 0, 5, 0};
}

void TestCli::distribution()
{
    QFETCH(QStringList, args);
    QFETCH(QList<int>, counts);

    const QString out = path(u"dist.jsonl"_s);
    CliResult r;
    QVERIFY(generate(args, out, &r));

    int total = 0;
    QStringList perLevel;
    for (int i = 0; i < 5; ++i) {
        total += counts.at(i);
        const int reward = i - 2;
        perLevel << (reward > 0 ? u"+%1"_s.arg(reward) : QString::number(reward)) + u": "_s +
                        QString::number(counts.at(i));
    }
    const QString expectedStart = u"Wrote %1 rows (%2) to "_s.arg(total).arg(perLevel.join(u", "_s));
    QVERIFY2(QString::fromUtf8(r.out).startsWith(expectedStart), describe(r).constData());

    QVector<QJsonObject> rows;
    QString error;
    QVERIFY2(readJsonl(out, &rows, nullptr, &error), qPrintable(error));
    QCOMPARE(rows.size(), total);
    QCOMPARE(toList(rewardCounts(rows)), counts);
}

void TestCli::csvFormat_data()
{
    QTest::addColumn<bool>("withMeta");
    QTest::newRow("seed columns") << false;
    QTest::newRow("with meta") << true;
}

void TestCli::csvFormat()
{
    QFETCH(bool, withMeta);

    const QString out = path(u"x.csv"_s);
    QStringList args{u"--count"_s, u"25"_s, u"--format"_s, u"csv"_s, u"--search-hints"_s};
    if (withMeta)
        args << u"--with-meta"_s;
    CliResult r;
    QVERIFY(generate(args, out, &r));

    const QByteArray bytes = readBytes(out);
    QByteArray header = "prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint";
    if (withMeta)
        header += ",id,source,provider,model,created,status,flags";
    QVERIFY2(bytes.startsWith(QByteArray(header + "\r\n")), bytes.left(200).constData());

    QVector<QStringList> records;
    QString error;
    QVERIFY2(parseCsv(bytes, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 26);
    const int columns = withMeta ? 13 : 6;
    std::array<int, 5> perLevel{};
    for (int i = 1; i < records.size(); ++i) {
        const QStringList &f = records.at(i);
        QCOMPARE(f.size(), columns);
        QVERIFY(!f.at(0).isEmpty());
        QVERIFY(!f.at(1).isEmpty());
        QVERIFY(!f.at(2).isEmpty());
        bool ok = false;
        const int reward = f.at(3).toInt(&ok);
        QVERIFY2(ok && reward >= -2 && reward <= 2, qPrintable(f.at(3)));
        ++perLevel[size_t(reward + 2)];
        QVERIFY2(!f.at(4).isEmpty() && !f.at(4).contains(QLatin1Char(',')), qPrintable(f.at(4)));
        QVERIFY2(QRegularExpression(u"^\\[SEARCH:.+\\]$"_s).match(f.at(5)).hasMatch(), qPrintable(f.at(5)));
        if (withMeta) {
            QVERIFY(!f.at(6).isEmpty());
            QCOMPARE(f.at(7), u"template"_s);
            QCOMPARE(f.at(10), QString()); // template rows carry no wall-clock time
            QCOMPARE(f.at(11), u"pending"_s);
        }
    }
    QCOMPARE(toList(perLevel), (QList<int>{5, 5, 5, 5, 5}));
}

void TestCli::openAiChatFormat()
{
    const QString out = path(u"chat.jsonl"_s);
    const QString seedOut = path(u"chat-seed.jsonl"_s);
    CliResult r;
    QVERIFY(generate({u"--count"_s, u"20"_s, u"--format"_s, u"openai-chat"_s, u"--sft-min-level"_s, u"-2"_s}, out, &r));
    // Below +1 the command says what training on those rows teaches.
    QVERIFY2(r.out.contains("Warning: rows below 0 become assistant turns"), describe(r).constData());
    QVERIFY(generate({u"--count"_s, u"20"_s}, seedOut, &r));

    QVector<QJsonObject> chats;
    QVector<QJsonObject> seeds;
    QString error;
    QVERIFY2(readJsonl(out, &chats, nullptr, &error), qPrintable(error));
    QVERIFY2(readJsonl(seedOut, &seeds, nullptr, &error), qPrintable(error));
    QCOMPARE(chats.size(), 20);
    QCOMPARE(seeds.size(), 20);
    for (int i = 0; i < chats.size(); ++i) {
        QCOMPARE(chats.at(i).keys(), QStringList{u"messages"_s});
        const QJsonArray messages = chats.at(i).value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).toObject().value(u"role"_s).toString(), u"system"_s);
        QCOMPARE(messages.at(1).toObject().value(u"role"_s).toString(), u"user"_s);
        QCOMPARE(messages.at(2).toObject().value(u"role"_s).toString(), u"assistant"_s);
        QVERIFY(!messages.at(0).toObject().value(u"content"_s).toString().isEmpty());
        // The same seed gives the same rows in either format.
        QCOMPARE(messages.at(1).toObject().value(u"content"_s).toString(), seeds.at(i).value(u"prompt"_s).toString());
        QCOMPARE(messages.at(2).toObject().value(u"content"_s).toString(),
                 seeds.at(i).value(u"ideal_answer"_s).toString());
    }

    // By default only +2 rows become assistant turns: 4 of the 20 balanced rows, each told it answers at +2.
    const QString plusTwo = path(u"chat-plus-two.jsonl"_s);
    QVERIFY(generate({u"--count"_s, u"20"_s, u"--format"_s, u"openai-chat"_s}, plusTwo, &r));
    QVERIFY2(r.out.contains("Wrote 4 rows") && r.out.contains("Left out: 16 rows below the SFT threshold +2"),
             describe(r).constData());
    QVERIFY2(!r.out.contains("Warning"), describe(r).constData());
    chats.clear();
    QVERIFY2(readJsonl(plusTwo, &chats, nullptr, &error), qPrintable(error));
    QCOMPARE(chats.size(), 4);
    for (const QJsonObject &chat : std::as_const(chats))
        QVERIFY(chat.value(u"messages"_s)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"content"_s)
                    .toString()
                    .startsWith(u"Answer at honesty level +2 "_s));
}

void TestCli::badArguments_data()
{
    // @OUT@ becomes a path in the test folder that must not be created; @MISSING@ a file that does not exist.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");

    const QString gen = u"generate"_s;
    const QString out = u"--out"_s;
    const QString o = u"@OUT@"_s;
    QTest::newRow("unknown option") << QStringList{gen, u"--bogus"_s, u"--count"_s, u"5"_s, out, o} << u"bogus"_s;
    QTest::newRow("--count abc") << QStringList{gen, u"--count"_s, u"abc"_s, out, o} << u"--count"_s;
    QTest::newRow("--count 0") << QStringList{gen, u"--count"_s, u"0"_s, out, o} << u"--count"_s;
    QTest::newRow("--count -5") << QStringList{gen, u"--count"_s, u"-5"_s, out, o} << u"--count"_s;
    QTest::newRow("--count too large") << QStringList{gen, u"--count"_s, u"10000001"_s, out, o} << u"--count"_s;
    QTest::newRow("--count without a value") << QStringList{gen, out, o, u"--count"_s} << u"--count"_s;
    QTest::newRow("missing --count") << QStringList{gen, out, o} << u"--count"_s;
    QTest::newRow("--distribution 3:10") << QStringList{gen, u"--distribution"_s, u"3:10"_s, u"--count"_s, u"10"_s, out,
                                                        o}
                                         << u"--distribution"_s;
    QTest::newRow("--distribution -2:-5")
        << QStringList{gen, u"--distribution"_s, u"-2:-5"_s, out, o} << u"--distribution"_s;
    QTest::newRow("--distribution percentages not 100")
        << QStringList{gen, u"--distribution"_s, u"-2:50%,2:40%"_s, u"--count"_s, u"10"_s, out, o}
        << u"--distribution"_s;
    QTest::newRow("--distribution counts disagree with --count")
        << QStringList{gen, u"--distribution"_s, u"-2:10,2:10"_s, u"--count"_s, u"50"_s, out, o} << u"--distribution"_s;
    QTest::newRow("--distribution mixes counts and percentages")
        << QStringList{gen, u"--distribution"_s, u"-2:10,2:90%"_s, u"--count"_s, u"50"_s, out, o}
        << u"--distribution"_s;
    QTest::newRow("--distribution over the row cap")
        << QStringList{gen, u"--distribution"_s, u"-2:100000000,-1:100000000"_s, out, o} << u"--distribution"_s;
    QTest::newRow("--distribution garbage")
        << QStringList{gen, u"--distribution"_s, u"lots"_s, out, o} << u"--distribution"_s;
    QTest::newRow("--mode bogus") << QStringList{gen, u"--mode"_s, u"bogus"_s, u"--count"_s, u"5"_s, out, o}
                                  << u"--mode"_s;
    QTest::newRow("--format xml") << QStringList{gen, u"--format"_s, u"xml"_s, u"--count"_s, u"5"_s, out, o}
                                  << u"--format"_s;
    QTest::newRow("--seed abc") << QStringList{gen, u"--seed"_s, u"abc"_s, u"--count"_s, u"5"_s, out, o} << u"--seed"_s;
    QTest::newRow("missing --out") << QStringList{gen, u"--count"_s, u"5"_s} << u"--out"_s;
    QTest::newRow("--out without a value") << QStringList{gen, u"--count"_s, u"5"_s, out} << u"--out"_s;
    QTest::newRow("stray argument") << QStringList{gen, u"stray"_s, u"--count"_s, u"5"_s, out, o} << u"stray"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("validate without FILE") << QStringList{u"validate"_s} << u"FILE"_s;
    QTest::newRow("validate two files") << QStringList{u"validate"_s, u"first.jsonl"_s, u"second.jsonl"_s}
                                        << u"second.jsonl"_s;
    QTest::newRow("validate unknown option")
        << QStringList{u"validate"_s, u"--strict"_s, u"@MISSING@"_s} << u"strict"_s;
    QTest::newRow("validate --max-problems x")
        << QStringList{u"validate"_s, u"--max-problems"_s, u"x"_s, u"@MISSING@"_s} << u"--max-problems"_s;
    QTest::newRow("validate --format xml")
        << QStringList{u"validate"_s, u"--format"_s, u"xml"_s, u"@MISSING@"_s} << u"--format"_s;
    QTest::newRow("validate a missing file") << QStringList{u"validate"_s, u"@MISSING@"_s} << u"missing.jsonl"_s;
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString outPath = dir.filePath(u"bad.jsonl"_s);
    args.replaceInStrings(u"@OUT@"_s, outPath);
    args.replaceInStrings(u"@MISSING@"_s, dir.filePath(u"missing.jsonl"_s));

    CliResult r;
    QVERIFY(run(args, &r));
    QVERIFY2(r.exitCode == 2, describe(r).constData());
    QVERIFY2(r.out.isEmpty(), describe(r).constData());
    QVERIFY2(r.err.startsWith("candor-cli: "), describe(r).constData());
    QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, describe(r).constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(mention), describe(r).constData());
    QVERIFY2(!QFileInfo::exists(outPath), "a file was written despite the error");
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

// --out at a FIFO streams into it (a pipe to another program) instead of renaming a file over the node.
void TestCli::outputIntoFifo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(u"rows.fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QByteArray received;
    std::thread reader([&received, name = QFile::encodeName(fifo)] {
        QFile in(QString::fromLocal8Bit(name));
        if (in.open(QIODevice::ReadOnly))
            received = in.readAll();
    });
    CliResult r;
    const bool ran = run({u"generate"_s, u"--count"_s, u"2000"_s, u"--quiet"_s, u"--out"_s, fifo}, &r);
    // Should candor-cli never have opened the FIFO, a writer of our own lets the reader see its end.
    const int unblock = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
    if (unblock >= 0)
        ::close(unblock);
    reader.join();
    QVERIFY(ran);
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QCOMPARE(received.count('\n'), 2000);
    struct stat st = {};
    QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
}

// A real full disk (a 256 KB tmpfs in a private mount namespace): the error names the path and the cause, and the
// earlier file is intact.
void TestCli::fullDiskNamesTheCause()
{
    const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
    if (unshare.isEmpty())
        QSKIP("unshare(1) is not installed, so no private tmpfs can be mounted; tst_datasetfiles covers EFBIG");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mountPoint = dir.filePath(u"small"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    const QString script = uR"(mount -t tmpfs -o size=256k tmpfs "$1" || exit 77
printf 'the earlier dataset\n' > "$1/out.jsonl"
"$2" generate --count 20000 --quiet --out "$1/out.jsonl" 2>"$1/../stderr"
rc=$?
cat "$1/out.jsonl"
exit $rc)"_s;
    QProcess process;
    QStringList args;
    if (::geteuid() != 0)
        args << u"-r"_s; // an unprivileged user maps itself to root in a new user namespace
    args << u"-m"_s << u"sh"_s << u"-c"_s << script << u"sh"_s << mountPoint << m_cli;
    process.start(unshare, args);
    QVERIFY(process.waitForFinished(kTimeoutMs));
    const QByteArray unshareErrors = process.readAllStandardError();
    if (process.exitCode() == 77 || unshareErrors.contains("unshare failed") ||
        unshareErrors.contains("Operation not permitted"))
        QSKIP(qPrintable(u"cannot mount a private tmpfs here (%1); tst_datasetfiles covers EFBIG"_s.arg(
            QString::fromLocal8Bit(unshareErrors).trimmed())));
    QFile errFile(dir.filePath(u"stderr"_s));
    QVERIFY(errFile.open(QIODevice::ReadOnly));
    const QString err = QString::fromUtf8(errFile.readAll());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(u"no space left on device"_s), qPrintable(err));
    QVERIFY2(err.contains(u"out.jsonl"_s), qPrintable(err));
    QVERIFY2(err.contains(u"unchanged"_s), qPrintable(err));
    QVERIFY2(!err.contains(u"Unknown error"_s), qPrintable(err));
    QCOMPARE(process.readAllStandardOutput(), QByteArray("the earlier dataset\n"));
}

void TestCli::outEqualToConfigRefused()
{
    const QString config = path(u"same.candor"_s);
    const QByteArray content = R"({"format":"candor-project","version":1,"config":{"count":5}})";
    QVERIFY(writeBytes(config, content));
    CliResult r;
    // The same file by another spelling still counts.
    QVERIFY(run({u"generate"_s, u"--config"_s, config, u"--out"_s, m_dir.path() + u"/./same.candor"_s}, &r));
    QVERIFY2(r.exitCode == 2, describe(r).constData());
    QVERIFY2(r.err.contains("--out") && r.err.contains("--config"), describe(r).constData());
    QFile file(config);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

// /dev/zero never ends and a huge file would be read whole: both stop at the 16 MB cap with a message.
void TestCli::oversizedConfigRefused()
{
    const QString huge = path(u"huge.candor"_s);
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(17 * 1024 * 1024)); // sparse: no disk used
    }
    for (const QString &config : {huge, u"/dev/zero"_s}) {
        CliResult r;
        QVERIFY(run({u"generate"_s, u"--config"_s, config, u"--out"_s, path(u"never.jsonl"_s)}, &r));
        QVERIFY2(r.exitCode == 2, describe(r).constData());
        QVERIFY2(r.err.contains("larger than 16 MB"), describe(r).constData());
        QVERIFY(!QFileInfo::exists(path(u"never.jsonl"_s)));
    }
}

// A configuration that points an LLM run at another host does not get the stored key sent there: the run is refused
// before any request, and says how to confirm the address.
void TestCli::configCannotSendTheKeyElsewhere()
{
    const QString config = path(u"elsewhere.candor"_s);
    const QByteArray project =
        R"({"format":"candor-project","version":1,"config":{"mode":"llm","count":5,)"
        R"("provider":"openai","model":"gpt-4o-mini","base_url":"https://attacker.invalid/v1"}})";
    QVERIFY(writeBytes(config, project));
    CliResult r;
    QVERIFY(run({u"generate"_s, u"--config"_s, config, u"--out"_s, path(u"elsewhere.jsonl"_s), u"--quiet"_s}, &r));
    QVERIFY2(r.exitCode == 2, describe(r).constData());
    QVERIFY2(r.err.contains("attacker.invalid") && r.err.contains("--base-url"), describe(r).constData());
    QVERIFY(!QFileInfo::exists(path(u"elsewhere.jsonl"_s)));
}

void TestCli::validateDamagedFile()
{
    const QByteArray good1 = R"({"prompt":"What is the boiling point of water at sea level?","ideal_answer":"100 °C.",)"
                             R"("expected_feedback":"Correct.","target_reward":2,"tags":["science"]})";
    const QByteArray good2 =
        R"({"prompt":"What will the weather be in Paris next year?","ideal_answer":"I cannot know.",)"
        R"("expected_feedback":"Honest.","target_reward":0,"tags":["weather"]})";
    const QByteArray broken = R"({"prompt": "broken", "ideal_answer": )";
    const QByteArray missingTags =
        R"({"prompt":"No tags key","ideal_answer":"A","expected_feedback":"F","target_reward":1})";
    const QByteArray good3 = R"({"prompt":"Who wrote Hamlet?","ideal_answer":"Marlowe, in 1720.",)"
                             R"("expected_feedback":"Fabricated.","target_reward":-2,"tags":["literature"]})";
    const QByteArray duplicate = R"({"prompt":"what is the  boiling point of water at sea level","ideal_answer":"B",)"
                                 R"("expected_feedback":"F","target_reward":2,"tags":["science"]})";
    const QString file = path(u"damaged.jsonl"_s);
    QVERIFY(writeBytes(file, good1 + '\n' + good2 + '\n' + broken + '\n' + missingTags + '\n' + good3 + '\n' +
                                 duplicate + '\n'));

    CliResult r;
    QVERIFY(run({u"validate"_s, file}, &r));
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    QCOMPARE(r.err, QByteArray());
    const QString text = QString::fromUtf8(r.out);
    const QStringList expectedLines{
        QDir::toNativeSeparators(file) + u": 4 rows"_s,
        u"errors (2):"_s,
        u"  line 3: invalid JSON"_s,
        u"  line 4: missing key \"tags\""_s,
        u"duplicate prompts (1):"_s,
        u"  line 6: same prompt and level as line 1"_s,
        u"FAILED: 2 errors, 1 duplicates"_s,
    };
    for (const QString &line : expectedLines)
        QVERIFY2(text.contains(line), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(line, text)));
    QVERIFY(!text.contains(u"\nOK\n"_s));
    QVERIFY(text.endsWith(u"FAILED: 2 errors, 1 duplicates\n"_s));

    // --max-problems cuts the lists short and says how many more there are.
    QVERIFY(run({u"validate"_s, u"--max-problems"_s, u"1"_s, file}, &r));
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    QVERIFY2(r.out.contains("  line 3: invalid JSON"), r.out.constData());
    QVERIFY2(!r.out.contains("  line 4:"), r.out.constData());
    QVERIFY2(r.out.contains("  ... and 1 more"), r.out.constData());
}

void TestCli::validateEmptyFile()
{
    const QString file = path(u"empty.jsonl"_s);
    QVERIFY(writeBytes(file, "\n\n"));
    CliResult r;
    QVERIFY(run({u"validate"_s, file}, &r));
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    QVERIFY2(r.out.contains(": 0 rows\n"), r.out.constData());
    QVERIFY2(r.out.contains("no rows"), r.out.constData());
}

void TestCli::validateEveryFormat_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("formatLine");
    QTest::addColumn<QString>("formatName");

    const QString seed = u"format: seed JSONL (recognised by its content)"_s;
    const QString csv = u"format: CSV (recognised by its content)"_s;
    const QString chat = u"format: OpenAI chat JSONL (recognised by its content)"_s;
    QTest::newRow("jsonl") << QStringList{} << u"v.jsonl"_s << seed << u"jsonl"_s;
    QTest::newRow("jsonl with meta and hints")
        << QStringList{u"--with-meta"_s, u"--search-hints"_s} << u"v.jsonl"_s << seed << u"jsonl"_s;
    QTest::newRow("csv") << QStringList{u"--format"_s, u"csv"_s} << u"v.csv"_s << csv << u"csv"_s;
    QTest::newRow("csv with meta, hints, long form")
        << QStringList{u"--format"_s, u"csv"_s, u"--with-meta"_s, u"--search-hints"_s, u"--long-form"_s} << u"v.csv"_s
        << csv << u"csv"_s;
    QTest::newRow("csv named .txt") << QStringList{u"--format"_s, u"csv"_s} << u"v.txt"_s << csv << u"csv"_s;
    QTest::newRow("openai-chat") << QStringList{u"--format"_s, u"openai-chat"_s, u"--sft-min-level"_s, u"-2"_s}
                                 << u"v.jsonl"_s << chat << u"openai-chat"_s;
}

void TestCli::validateEveryFormat()
{
    QFETCH(QStringList, options);
    QFETCH(QString, fileName);
    QFETCH(QString, formatLine);
    QFETCH(QString, formatName);

    // Whatever candor-cli generate writes, candor-cli validate passes as it is.
    const QString file = path(fileName);
    CliResult r;
    QVERIFY(generate(QStringList{u"--count"_s, u"250"_s, u"--topic"_s, u"history"_s} + options, file, &r));
    QVERIFY(run({u"validate"_s, file}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QCOMPARE(r.err, QByteArray());
    const QStringList report = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(report.size() >= 8, r.out.constData());
    QCOMPARE(report.at(0), QDir::toNativeSeparators(file) + u": 250 rows"_s);
    QCOMPARE(report.at(1), formatLine);
    QCOMPARE(report.last(), u"OK"_s);
    for (const QString &reward : {u"-2"_s, u"-1"_s, u"0"_s, u"+1"_s, u"+2"_s})
        QVERIFY2(QRegularExpression(u"^\\s+%1\\s+\\S.*:\\s*50$"_s.arg(QRegularExpression::escape(reward)),
                                    QRegularExpression::MultilineOption)
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());

    // Forcing the format it has changes nothing but the reason.
    QVERIFY(run({u"validate"_s, u"--format"_s, formatName, file}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY2(r.out.contains("(as --format asks)\n") && !r.out.contains("note:"), r.out.constData());

    QVERIFY(run({u"validate"_s, u"--json"_s, file}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(u"format"_s).toString(), formatName);
    QCOMPARE(json.value(u"format_source"_s).toString(), u"content"_s);
    QCOMPARE(json.value(u"ok"_s), QJsonValue(true));
    QCOMPARE(json.value(u"rows"_s).toInt(), 250);
    QCOMPARE(json.value(u"per_level"_s).toObject().value(u"+1"_s).toInt(), 50);
    QCOMPARE(json.value(u"errors"_s).toObject().value(u"count"_s).toInt(-1), 0);
}

void TestCli::validateDamagedCsvAndChat()
{
    // A CSV written by Candor, then damaged in the middle: the report names the physical line of each record.
    const QString csv = path(u"damaged.csv"_s);
    CliResult r;
    QVERIFY(generate({u"--count"_s, u"10"_s, u"--format"_s, u"csv"_s}, csv, &r));
    QList<QByteArray> records = readBytes(csv).split('\n');
    QVERIFY(records.size() > 6);
    records[3] = "\"Bad\nreward\",A,F,9,t,\r";       // record 4 spans lines 4-5, so everything after moves down a line
    records[5] = "Short,row\r";                      // line 7
    records[6] = "An \"unquoted\" quote,A,F,1,t,\r"; // line 8
    QVERIFY(writeBytes(csv, records.join('\n')));
    QVERIFY(run({u"validate"_s, csv}, &r));
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    QString text = QString::fromUtf8(r.out);
    for (const QString &line : {u"format: CSV (recognised by its content)"_s,
                                u"  line 4: \"target_reward\" is 9, outside the rubric (-2 to 2)"_s,
                                u"  line 7: 2 fields where the header has 6"_s,
                                u"  line 8: a quote inside unquoted field 1 (quote the field and double the quote)"_s,
                                u"FAILED: 3 errors, 0 duplicates"_s})
        QVERIFY2(text.contains(line), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(line, text)));
    QVERIFY2(text.startsWith(QDir::toNativeSeparators(csv) + u": 7 rows\n"_s), qPrintable(text));

    // The same for OpenAI chat lines.
    const QString chat = path(u"damaged-chat.jsonl"_s);
    QVERIFY(
        generate({u"--count"_s, u"10"_s, u"--format"_s, u"openai-chat"_s, u"--sft-min-level"_s, u"-2"_s}, chat, &r));
    QList<QByteArray> lines = readBytes(chat).split('\n');
    lines[1].replace("\"role\":\"user\"", "\"role\":\"human\"");
    lines[4] = R"({"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":""}]})";
    lines[6] = R"({"prompt":"A seed row","ideal_answer":"A","expected_feedback":"F","target_reward":0,"tags":["t"]})";
    QVERIFY(writeBytes(chat, lines.join('\n')));
    QVERIFY(run({u"validate"_s, chat}, &r));
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    text = QString::fromUtf8(r.out);
    for (const QString &line : {u"format: OpenAI chat JSONL (recognised by its content)"_s,
                                u"  line 2: message 2 has the role \"human\" where Candor writes \"user\""_s,
                                u"  line 5: message 2 (assistant) is empty"_s,
                                u"  line 7: a seed row, not a chat line: there is no \"messages\" array"_s,
                                u"FAILED: 3 errors, 0 duplicates"_s})
        QVERIFY2(text.contains(line), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(line, text)));
}

void TestCli::validateCsvForcedAsJsonl()
{
    const QString csv = path(u"forced.csv"_s);
    CliResult r;
    QVERIFY(generate({u"--count"_s, u"20"_s, u"--format"_s, u"csv"_s}, csv, &r));
    QVERIFY(run({u"validate"_s, u"--format"_s, u"jsonl"_s, u"--max-problems"_s, u"2"_s, csv}, &r));
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    const QStringList report = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(report.size() > 3, r.out.constData());
    QCOMPARE(report.at(0), QDir::toNativeSeparators(csv) + u": 0 rows"_s);
    QCOMPARE(report.at(1), u"format: seed JSONL (as --format asks)"_s);
    QCOMPARE(report.at(2), u"note: the file looks like CSV, not seed JSONL; every line is checked as seed JSONL "
                           u"because of --format"_s);
    QVERIFY2(r.out.contains("errors (21):\n  line 1: invalid JSON"), r.out.constData());
    QVERIFY2(r.out.contains("  ... and 19 more\n"), r.out.constData());

    QVERIFY(run({u"validate"_s, u"--format"_s, u"jsonl"_s, u"--json"_s, csv}, &r));
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(u"format"_s).toString(), u"jsonl"_s);
    QCOMPARE(json.value(u"format_source"_s).toString(), u"option"_s);
    QCOMPARE(json.value(u"content_format"_s).toString(), u"csv"_s);
    QCOMPARE(json.value(u"ok"_s), QJsonValue(false));

    // Without --format, a CSV under a .jsonl name is still checked as CSV, and the report says why.
    const QString misnamed = path(u"really-csv.jsonl"_s);
    QVERIFY(QFile::copy(csv, misnamed));
    QVERIFY(run({u"validate"_s, misnamed}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY2(r.out.contains("format: CSV (recognised by its content)\nnote: the file name says seed JSONL, but the "
                            "content is CSV\n"),
             r.out.constData());
}

void TestCli::validateJsonCountsEveryProblem()
{
    // 5,000 bad lines and --max-problems 3: the counts are exact, the lists hold three each.
    QByteArray content;
    for (int i = 0; i < 5000; ++i)
        content += R"({"prompt":"Question )" + QByteArray::number(i) +
                   R"(?","ideal_answer":"A","expected_feedback":"F","target_reward":5,"tags":["t"]})" + '\n';
    for (int i = 0; i < 4; ++i)
        content += R"({"prompt":"Same?","ideal_answer":"A","expected_feedback":"F","target_reward":1,"tags":[]})"
                   "\n";
    const QString file = path(u"many.jsonl"_s);
    QVERIFY(writeBytes(file, content));
    CliResult r;
    QVERIFY(run({u"validate"_s, u"--json"_s, u"--max-problems"_s, u"3"_s, file}, &r));
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(u"file"_s).toString(), file);
    QCOMPARE(json.value(u"rows"_s).toInt(), 4);
    const QJsonObject errors = json.value(u"errors"_s).toObject();
    QCOMPARE(errors.value(u"count"_s).toInt(), 5000);
    QCOMPARE(errors.value(u"items"_s).toArray().size(), 3);
    QCOMPARE(errors.value(u"items"_s).toArray().at(2).toObject().value(u"line"_s).toInt(), 3);
    QVERIFY(errors.value(u"items"_s).toArray().at(0).toObject().value(u"message"_s).toString().contains(u"outside"_s));
    QCOMPARE(json.value(u"warnings"_s).toObject().value(u"count"_s).toInt(), 4);
    const QJsonObject duplicates = json.value(u"duplicates"_s).toObject();
    QCOMPARE(duplicates.value(u"count"_s).toInt(), 3);
    QCOMPARE(duplicates.value(u"items"_s).toArray().at(0).toObject().value(u"first_line"_s).toInt(), 5001);

    // A file that cannot be read is one JSON object too, and exit code 2.
    QVERIFY(run({u"validate"_s, u"--json"_s, path(u"nope.jsonl"_s)}, &r));
    QCOMPARE(r.exitCode, 2);
    const QJsonObject failed = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(failed.value(u"ok"_s), QJsonValue(false));
    QVERIFY2(failed.value(u"error"_s).toString().contains(u"nope.jsonl"_s), r.out.constData());
}

void TestCli::validateNearDuplicates()
{
    // Line 3 asks line 1's question in other words at the same level; line 4 does so at another level (no earlier
    // row there); line 5 repeats line 2 exactly (a duplicate, not a near-duplicate); line 6 is another question.
    auto line = [](const char *prompt, int level) -> QByteArray {
        return R"({"prompt":")" + QByteArray(prompt) +
               R"(","ideal_answer":"A","expected_feedback":"F","target_reward":)" + QByteArray::number(level) +
               R"(,"tags":["t"]})" + '\n';
    };
    const QByteArray clean =
        line("In which year did the Berlin Wall fall, and who led East Germany at that time?", 2) +
        line("Who painted the ceiling of the Sistine Chapel in Rome?", 2) +
        line("In which year did the Berlin Wall actually fall, and who led East Germany at that time?", 2) +
        line("In which year did the Berlin Wall actually fall, and who led East Germany at that time?", -2);
    const QString file = path(u"near.jsonl"_s);
    QVERIFY(writeBytes(file, clean));
    CliResult r;
    // Without the option the file is clean.
    QVERIFY(run({u"validate"_s, file}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    // With it, the near-duplicate is a problem: exit 1, both lines and the similarity.
    QVERIFY(run({u"validate"_s, u"--near-duplicates"_s, file}, &r));
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    QVERIFY2(r.out.contains("near-duplicate prompts (1):\n  line 3: nearly the same prompt as line 1 at the same "
                            "level (100% alike)\n"),
             describe(r).constData());
    QVERIFY2(r.out.contains("FAILED: 0 errors, 0 duplicates, 1 near-duplicates"), describe(r).constData());

    QVERIFY(writeBytes(file, clean + line("Who painted the ceiling of the Sistine Chapel in Rome", 2) +
                                 line("What is the boiling point of water at sea level in Celsius?", 2)));
    QVERIFY(run({u"validate"_s, u"--near-duplicates"_s, u"--json"_s, file}, &r));
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(u"duplicates"_s).toObject().value(u"count"_s).toInt(), 1);
    const QJsonObject near = json.value(u"near_duplicates"_s).toObject();
    QCOMPARE(near.value(u"count"_s).toInt(), 1);
    const QJsonObject item = near.value(u"items"_s).toArray().at(0).toObject();
    QCOMPARE(item.value(u"line"_s).toInt(), 3);
    QCOMPARE(item.value(u"other_line"_s).toInt(), 1);
    QCOMPARE(item.value(u"similarity"_s).toDouble(), 1.0); // fillers aside, the words are the same
    // Without the option the JSON has no near_duplicates key: scripts that read it see what they always saw.
    QVERIFY(run({u"validate"_s, u"--json"_s, file}, &r));
    QVERIFY(!QJsonDocument::fromJson(r.out).object().contains(u"near_duplicates"_s));

    // A clean file says so.
    QVERIFY(writeBytes(file, line("Who painted the ceiling of the Sistine Chapel in Rome?", 2)));
    QVERIFY(run({u"validate"_s, u"--near-duplicates"_s, file}, &r));
    QVERIFY2(r.exitCode == 0 && r.out.contains("no near-duplicate prompts\nOK\n"), describe(r).constData());
}

void TestCli::outputErrors_data()
{
    QTest::addColumn<QString>("relativeOut");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("non-existent folder") << u"nope/x.jsonl"_s << u"does not exist"_s;
    QTest::newRow("folder as the output") << u"folder"_s << u"is a folder"_s;
}

void TestCli::outputErrors()
{
    QFETCH(QString, relativeOut);
    QFETCH(QString, fragment);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    const QString out = dir.filePath(relativeOut);

    CliResult r;
    QVERIFY(run({u"generate"_s, u"--mode"_s, u"template"_s, u"--count"_s, u"10"_s, u"--out"_s, out}, &r));
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    QVERIFY2(r.out.isEmpty(), describe(r).constData());
    QVERIFY2(r.err.startsWith("candor-cli: "), describe(r).constData());
    QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, describe(r).constData());
    const QString message = QString::fromUtf8(r.err);
    QVERIFY2(message.contains(fragment), qPrintable(message));
    QVERIFY2(message.contains(u"--out"_s), qPrintable(message));
    // Nothing was created: not the folder, not the file, no temporary file.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"folder"_s});
    QCOMPARE(QDir(dir.filePath(u"folder"_s)).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

namespace {

// The environment with the locale variables replaced: LANGUAGE (none when empty) and LANG, nothing else.
QProcessEnvironment localeEnvironment(const QString &language, const QString &lang)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s, u"CANDOR_LANGUAGE"_s})
        env.remove(name);
    if (!language.isEmpty())
        env.insert(u"LANGUAGE"_s, language);
    env.insert(u"LANG"_s, lang);
    env.insert(u"CANDOR_TEST_KEY"_s, u"test-key"_s);
    return env;
}

} // namespace

// candor-cli speaks the system language: German with LANGUAGE=de LANG=de_DE.UTF-8, English in the C locale. Option
// names, the data it writes and its --json output stay the same in both.
void TestCli::systemLanguage()
{
    const QProcessEnvironment german = localeEnvironment(u"de"_s, u"de_DE.UTF-8"_s);
    const QProcessEnvironment english = localeEnvironment(QString(), u"C"_s);
    CliResult de;
    CliResult en;

    // The command overview and a command's help.
    QVERIFY(run({u"--help"_s}, &de, german));
    QVERIFY(run({u"--help"_s}, &en, english));
    QVERIFY2(de.exitCode == 0 && de.out.startsWith("Aufruf: candor-cli COMMAND [OPTIONS]\n"), describe(de).constData());
    QVERIFY2(de.out.contains("  generate   Einen Datensatz erzeugen (der Offline-Vorlagenmodus braucht keine "
                             "Einrichtung)\n"),
             de.out.constData());
    QVERIFY2(en.exitCode == 0 && en.out.startsWith("Usage: candor-cli COMMAND [OPTIONS]\n"), describe(en).constData());
    QVERIFY2(en.out.contains("  generate   Generate a dataset (offline template mode needs no set-up)\n"),
             en.out.constData());
    QVERIFY(run({u"generate"_s, u"--help"_s}, &de, german));
    QVERIFY(run({u"generate"_s, u"--help"_s}, &en, english));
    QVERIFY2(de.out.contains("Einen Ehrlichkeits-Trainingsdatensatz erzeugen."), de.out.constData());
    QVERIFY2(en.out.contains("Generate an honesty training dataset."), en.out.constData());
    QVERIFY2(!en.out.contains("Datensatz"), en.out.constData());
    for (const QByteArray &option : {QByteArrayLiteral("--count <N>"), QByteArrayLiteral("--out <FILE>"),
                                     QByteArrayLiteral("--mode <template|llm>")}) {
        QVERIFY2(de.out.contains(option), de.out.constData());
        QVERIFY2(en.out.contains(option), en.out.constData());
    }

    // An error message; the exit code does not change.
    const QString noCount = path(u"no-count.jsonl"_s);
    QVERIFY(run({u"generate"_s, u"--out"_s, noCount}, &de, german));
    QVERIFY(run({u"generate"_s, u"--out"_s, noCount}, &en, english));
    QCOMPARE(de.exitCode, 2);
    QCOMPARE(en.exitCode, 2);
    QCOMPARE(de.err, QByteArray("candor-cli: --count: fehlt; angeben, wie viele Zeilen erzeugt werden sollen (z. B. "
                                "--count 1000)\n"));
    QCOMPARE(en.err, QByteArray("candor-cli: --count: missing; say how many rows to generate (e.g. --count 1000)\n"));

    // The summary line is translated (with its plural), the dataset is byte for byte the same.
    const QString deFile = path(u"lang-de.jsonl"_s);
    const QString enFile = path(u"lang-en.jsonl"_s);
    const QStringList generate{u"generate"_s, u"--count"_s, u"25"_s, u"--seed"_s, u"7"_s, u"--out"_s};
    QVERIFY(run(generate + QStringList{deFile}, &de, german));
    QVERIFY(run(generate + QStringList{enFile}, &en, english));
    QVERIFY2(de.exitCode == 0 && de.out.startsWith("25 Zeilen (-2: 5, -1: 5, 0: 5, +1: 5, +2: 5) in "),
             describe(de).constData());
    QVERIFY2(en.exitCode == 0 && en.out.startsWith("Wrote 25 rows (-2: 5, -1: 5, 0: 5, +1: 5, +2: 5) to "),
             describe(en).constData());
    const QByteArray deBytes = readBytes(deFile);
    QVERIFY(!deBytes.isEmpty());
    QCOMPARE(deBytes, readBytes(enFile));

    // The validation report.
    QVERIFY(run({u"validate"_s, deFile}, &de, german));
    QVERIFY2(de.exitCode == 0 &&
                 QString::fromUtf8(de.out).startsWith(QDir::toNativeSeparators(deFile) + u": 25 Zeilen\n"_s),
             describe(de).constData());

    // --json is for programs: the same object, error message included, whatever the language.
    const QStringList ask{u"ask"_s,           u"--json"_s,
                          u"--provider"_s,    u"ollama"_s,
                          u"--base-url"_s,    u"http://127.0.0.1:1"_s,
                          u"--api-key-env"_s, u"CANDOR_TEST_KEY"_s,
                          u"--retries"_s,     u"0"_s,
                          u"Hello"_s};
    QVERIFY(run(ask, &de, german));
    QVERIFY(run(ask, &en, english));
    QCOMPARE(en.exitCode, 1);
    QCOMPARE(de.exitCode, 1);
    const QJsonObject object = QJsonDocument::fromJson(en.out).object();
    QVERIFY2(object.value(u"ok"_s) == QJsonValue(false), en.out.constData());
    QVERIFY2(!object.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty(), en.out.constData());
    QCOMPARE(de.out, en.out);
}

// CANDOR_LANGUAGE picks the language over the system's; an unknown one leaves English.
void TestCli::languageOverride()
{
    QProcessEnvironment french = localeEnvironment(u"de"_s, u"de_DE.UTF-8"_s);
    french.insert(u"CANDOR_LANGUAGE"_s, u"fr"_s);
    CliResult r;
    QVERIFY(run({u"validate"_s}, &r, french));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QByteArray("candor-cli: validate: FILE manquant (candor-cli validate FILE)\n"));

    QProcessEnvironment unknown = localeEnvironment(QString(), u"C"_s);
    unknown.insert(u"CANDOR_LANGUAGE"_s, u"sw"_s);
    QVERIFY(run({u"validate"_s}, &r, unknown));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QByteArray("candor-cli: validate: FILE is missing (candor-cli validate FILE)\n"));
}

QTEST_GUILESS_MAIN(TestCli)

using namespace candor;

// A project made by the window is read by candor-cli: project info counts, export by --rows, and a project another
// Candor has open is refused rather than read half-written.
void TestCli::projectInfoAndExport()
{
    const QString project = path(u"study.candor"_s);
    {
        WorkspaceError error;
        auto workspace = Workspace::open(project, true, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        QVector<Example> rows;
        for (int i = 0; i < 40000; ++i) {
            Example e;
            e.prompt = u"Prompt %1"_s.arg(i);
            e.idealAnswer = u"Answer %1"_s.arg(i);
            e.expectedFeedback = u"Feedback %1"_s.arg(i);
            e.targetReward = Rubric::rewardAt(i % 5);
            e.id = u"row-%1"_s.arg(i);
            e.status = i % 10 == 0   ? ReviewStatus::Accepted
                       : i % 10 == 1 ? ReviewStatus::Rejected
                                     : ReviewStatus::Pending;
            rows.append(e);
        }
        for (int first = 0; first < rows.size(); first += 16384)
            workspace->appendRows(first, rows.mid(first, 16384));
        WorkspaceRun history;
        history.kind = u"full"_s;
        history.summary = u"40000 rows generated from templates."_s;
        history.id = workspace->beginRun(history);
        workspace->finishRun(history);
        QVERIFY(!workspace->flush());

        // Open elsewhere: refused with the reason.
        CliResult locked;
        QVERIFY(run({u"project"_s, u"info"_s, project}, &locked));
        QCOMPARE(locked.exitCode, 1);
        QVERIFY2(locked.err.contains("open in another Candor"), describe(locked).constData());
    }
    CliResult info;
    QVERIFY(run({u"project"_s, u"info"_s, project, u"--json"_s}, &info));
    QCOMPARE(info.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(o.value(u"rows"_s).toInt(), 40000);
    QCOMPARE(o.value(u"levels"_s).toObject().value(u"+2"_s).toInt(), 8000);
    QCOMPARE(o.value(u"statuses"_s).toObject().value(u"accepted"_s).toInt(), 4000);
    QCOMPARE(o.value(u"statuses"_s).toObject().value(u"rejected"_s).toInt(), 4000);
    QCOMPARE(o.value(u"runs"_s).toInt(), 1);
    CliResult text;
    QVERIFY(run({u"project"_s, u"info"_s, project}, &text));
    QVERIFY2(text.out.contains("40,000") && text.out.contains("40000 rows generated"), describe(text).constData());

    CliResult exported;
    QVERIFY(run({u"export"_s, project, u"--format"_s, u"jsonl-meta"_s, u"--rows"_s, u"not-rejected"_s, u"--out"_s,
                 path(u"kept.jsonl"_s)},
                &exported));
    QCOMPARE(exported.exitCode, 0);
    QFile file(path(u"kept.jsonl"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int lines = 0;
    int accepted = 0;
    while (!file.atEnd()) {
        const QJsonObject row = QJsonDocument::fromJson(file.readLine()).object();
        ++lines;
        accepted += row.value(u"meta"_s).toObject().value(u"status"_s).toString() == u"accepted"_s;
    }
    QCOMPARE(lines, 36000);
    QCOMPARE(accepted, 4000);

    CliResult bad;
    QVERIFY(run({u"export"_s, project, u"--rows"_s, u"some"_s, u"--out"_s, path(u"x.jsonl"_s)}, &bad));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--rows"), describe(bad).constData());
}

// generate --project writes a run into a project as the window does (replacing its rows, keeping its history);
// import appends a dataset's rows with ids kept unique.
void TestCli::generateAndImportIntoProject()
{
    const QString project = path(u"made.candor"_s);
    CliResult first;
    QVERIFY(run({u"generate"_s, u"--count"_s, u"50000"_s, u"--project"_s, project, u"--quiet"_s}, &first));
    QCOMPARE(first.exitCode, 0);
    CliResult info;
    QVERIFY(run({u"project"_s, u"info"_s, project, u"--json"_s}, &info));
    QJsonObject o = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(o.value(u"rows"_s).toInt(), 50000);
    for (const QString &level : {u"-2"_s, u"-1"_s, u"0"_s, u"+1"_s, u"+2"_s})
        QCOMPARE(o.value(u"levels"_s).toObject().value(level).toInt(), 10000);

    CliResult second;
    QVERIFY(run({u"generate"_s, u"--count"_s, u"20000"_s, u"--seed"_s, u"7"_s, u"--project"_s, project, u"--out"_s,
                 path(u"made.jsonl"_s), u"--with-meta"_s, u"--quiet"_s},
                &second));
    QCOMPARE(second.exitCode, 0);
    QVERIFY(run({u"project"_s, u"info"_s, project, u"--json"_s}, &info));
    o = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(o.value(u"rows"_s).toInt(), 20000);
    QCOMPARE(o.value(u"runs"_s).toInt(), 2);

    // The export of the same rows comes back in with every id made unique.
    CliResult imported;
    QVERIFY(run({u"import"_s, path(u"made.jsonl"_s), u"--project"_s, project}, &imported));
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("Imported 20,000 rows"), describe(imported).constData());
    QVERIFY(run({u"project"_s, u"info"_s, project, u"--json"_s}, &info));
    o = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(o.value(u"rows"_s).toInt(), 40000);
    QCOMPARE(o.value(u"runs"_s).toInt(), 3);
    CliResult exported;
    QVERIFY(run({u"export"_s, project, u"--format"_s, u"jsonl-meta"_s, u"--out"_s, path(u"all.jsonl"_s)}, &exported));
    QFile file(path(u"all.jsonl"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> ids;
    int lines = 0;
    while (!file.atEnd()) {
        ids.insert(
            QJsonDocument::fromJson(file.readLine()).object().value(u"meta"_s).toObject().value(u"id"_s).toString());
        ++lines;
    }
    QCOMPARE(lines, 40000);
    QCOMPARE(ids.size(), 40000);

    CliResult missing;
    QVERIFY(run({u"import"_s, path(u"made.jsonl"_s)}, &missing));
    QCOMPARE(missing.exitCode, 2);
}

#include "tst_cli.moc"
