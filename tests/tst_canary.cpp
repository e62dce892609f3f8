// A canary API key must travel from the keychain to the provider's Authorization header and nowhere else.
//
// A unique key goes into the real keychain through `candor-cli key set` (standard input, never argv). Then every
// command that uses it runs against the provider test server speaking OpenAI - a complete LLM generation, one that
// the server stops with 401s (journal left behind, error messages printed) and its --resume, one ended by SIGTERM,
// ask (also --json), models, test, validate, template runs, most with every logging category at debug level - and
// the GUI starts once offscreen. Afterwards every file under HOME, the XDG dirs and the output dir, and every byte
// any process printed, is searched for the key: plain, in common encodings and as 16-character fragments.
// Needs the sandbox of tests/run-tests.sh (private HOME, D-Bus session and unlocked gnome-keyring).
#include "storage/runjournal.h"
#include "support/promptask.h"
#include "support/providertestserver.h"
#include "support/providerwire.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <memory>

using namespace candor;
using namespace candor::test;
using namespace Qt::StringLiterals;
namespace w = candor::test::wire;

namespace {

constexpr int kFragment = 16; // a run of this many key characters anywhere counts as a leak
const QString kAskAnswer = u"Hello from the canary server."_s;

// ---------------------------------------------------------------------------------------------------------------
// What a leak looks like

struct Needle
{
    QString form;
    QByteArray bytes;
};

// The base64 characters that depend only on `secret` when it sits `shift` bytes past a 3-byte boundary of a larger
// encoded blob (e.g. "Bearer <key>" inside a base64 dump); the partial groups at both ends are left out.
QByteArray base64Core(const QByteArray &secret, int shift, QByteArray::Base64Options options)
{
    const QByteArray padded = QByteArray(shift, 'A') + secret;
    const QByteArray encoded = padded.toBase64(options | QByteArray::OmitTrailingEquals);
    const qsizetype firstGroup = (shift + 2) / 3;
    const qsizetype endGroup = padded.size() / 3;
    return encoded.mid(firstGroup * 4, (endGroup - firstGroup) * 4);
}

QByteArray utf16(const QByteArray &ascii, bool bigEndian)
{
    QByteArray out;
    for (const char c : ascii) {
        out.append(bigEndian ? '\0' : c);
        out.append(bigEndian ? c : '\0');
    }
    return out;
}

// The key and its last 16 characters in every form checked; plus every 16-character window of the key in plain
// form, so a truncated or partly masked copy is caught too. Identical byte strings are listed once.
QList<Needle> needlesFor(const QByteArray &key)
{
    QList<Needle> list;
    auto add = [&list](const QString &form, const QByteArray &bytes) {
        if (bytes.size() < 12)
            return;
        for (const Needle &n : std::as_const(list)) {
            if (n.bytes == bytes)
                return;
        }
        list.append({form, bytes});
    };
    const QList<QPair<QString, QByteArray>> secrets{{u"key"_s, key}, {u"last 16 chars"_s, key.right(kFragment)}};
    for (const auto &[what, secret] : secrets) {
        add(what + u", plain"_s, secret);
        add(what + u", URL-encoded"_s, QUrl::toPercentEncoding(QString::fromLatin1(secret)));
        const QByteArray json =
            QJsonDocument(QJsonArray{QString::fromLatin1(secret)}).toJson(QJsonDocument::Compact); // ["..."]
        add(what + u", JSON-escaped"_s, json.mid(2, json.size() - 4));
        add(what + u", UTF-16LE"_s, utf16(secret, false));
        add(what + u", UTF-16BE"_s, utf16(secret, true));
        add(what + u", hex"_s, secret.toHex());
        add(what + u", HEX"_s, secret.toHex().toUpper());
        for (int shift = 0; shift < 3; ++shift) {
            add(what + u", base64 (offset %1)"_s.arg(shift), base64Core(secret, shift, QByteArray::Base64Encoding));
            add(what + u", base64url (offset %1)"_s.arg(shift),
                base64Core(secret, shift, QByteArray::Base64UrlEncoding));
        }
    }
    for (qsizetype i = 0; i + kFragment <= key.size(); ++i)
        add(u"chars %1-%2 of the key, plain"_s.arg(i + 1).arg(i + kFragment), key.mid(i, kFragment));
    return list;
}

struct Hit
{
    QString where;
    QString form;
    qsizetype offset = -1;
    QByteArray before; // what precedes the first occurrence, to find the writer
    QString when;      // a scan between steps: which one
};

QList<Hit> scanBytes(const QByteArray &data, const QString &where, const QList<Needle> &needles)
{
    QList<Hit> hits;
    for (const Needle &n : needles) {
        const qsizetype at = data.indexOf(n.bytes);
        if (at < 0)
            continue;
        QByteArray before = data.mid(qMax<qsizetype>(0, at - 60), qMin<qsizetype>(at, 60));
        for (char &c : before) {
            if (uchar(c) < 0x20 || uchar(c) > 0x7e)
                c = '.';
        }
        hits.append({where, n.form, at, before, QString()});
    }
    return hits;
}

// One line per place: the first form found there (the needles are listed most telling first) and how many more.
QString describeHits(const QList<Hit> &hits)
{
    QStringList lines;
    QHash<QString, int> more;
    QStringList order;
    for (const Hit &h : hits) {
        if (more.contains(h.where)) {
            ++more[h.where];
            continue;
        }
        more.insert(h.where, 0);
        order << h.where;
        lines << u"  %1%2: %3 at byte %4, after \"%5\""_s
                     .arg(h.where, h.when.isEmpty() ? QString() : u" (seen "_s + h.when + u')', h.form)
                     .arg(h.offset)
                     .arg(QString::fromLatin1(h.before));
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (const int n = more.value(order.at(i)); n > 0)
            lines[i] += u" (and %1 more forms)"_s.arg(n);
    }
    return lines.join(u'\n');
}

struct TreeScan
{
    QStringList scanned;
    QStringList excluded;
    QStringList unreadable;
    QList<Hit> hits;
};

// Every regular file under `root` (hidden ones too; symlinked dirs are not followed, sockets and FIFOs are not
// listed). Files under `excludedDirs` are listed as excluded, not read.
void scanTree(const QString &root, const QStringList &excludedDirs, const QList<Needle> &needles, TreeScan *scan,
              QSet<QString> *seen)
{
    if (root.isEmpty() || !QFileInfo(root).isDir())
        return;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty() || !info.isFile() || seen->contains(canonical))
            continue;
        seen->insert(canonical);
        bool excluded = false;
        for (const QString &dir : excludedDirs)
            excluded |= canonical.startsWith(dir + u'/');
        if (excluded) {
            scan->excluded << canonical;
            continue;
        }
        QFile file(canonical);
        if (!file.open(QIODevice::ReadOnly)) {
            if (file.exists()) // one that vanished while we looked (a temp file) is not a problem
                scan->unreadable << canonical + u" ("_s + file.errorString() + u')';
            continue;
        }
        scan->scanned << canonical;
        scan->hits += scanBytes(file.readAll(), canonical, needles);
    }
}

QByteArray readProcFile(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QByteArray data;
    while (*ok) {
        const QByteArray piece = f.read(65536);
        if (piece.isEmpty())
            break;
        data += piece;
    }
    return data;
}

// ---------------------------------------------------------------------------------------------------------------
// The provider: OpenAI on the test server

struct ServerState
{
    // "Bearer <key>": what every request must carry. The handler compares against it and counts; it keeps no
    // copy of what it received.
    QByteArray expectedAuth;
    std::atomic<int> withKey{0};    // requests whose Authorization header was exactly expectedAuth
    std::atomic<int> withoutKey{0}; // any other request (must stay 0)
    std::atomic<int> rejected{0};   // 401s sent on purpose
    std::atomic<int> okBudget{-1};  // requests answered normally before the 401s start; -1: no 401s
    std::atomic<int> chunkDelayMs{0};
    std::atomic<int> nextRow{1};

    bool takeOk()
    {
        int budget = okBudget.load();
        while (budget > 0) {
            if (okBudget.compare_exchange_weak(budget, budget - 1))
                return true;
        }
        return budget < 0;
    }
};

ScriptedResponse respond(ServerState &state, const RecordedRequest &request, bool chat)
{
    const QByteArray auth = request.header("Authorization");
    if (auth != state.expectedAuth) {
        ++state.withoutKey;
        return w::openAiError(w::OpenAiFailure::InvalidApiKey);
    }
    ++state.withKey;
    if (!state.takeOk()) {
        ++state.rejected;
        // The key echoed back in full, as some OpenAI-compatible servers and proxies do: Candor must not print it.
        return w::openAiError(401, "invalid_request_error", "invalid_api_key",
                              u"Incorrect API key provided: "_s + QString::fromLatin1(auth.mid(7)) +
                                  u". You can find your API key at https://platform.openai.com/account/api-keys."_s);
    }
    if (!chat)
        return w::openAiModels({"gpt-4o-mini", "test-model"});

    const QJsonObject body = request.json();
    const PromptAsk ask = promptAskOfChat(body);
    QString text = kAskAnswer;
    if (ask.count > 0) {
        QJsonArray rows;
        for (int i = 0; i < ask.count; ++i) {
            rows.append(
                QJsonObject{{u"prompt"_s, u"Canary question %1 about things?"_s.arg(state.nextRow.fetch_add(1))},
                            {u"ideal_answer"_s, u"An answer at level %1."_s.arg(ask.level)},
                            {u"expected_feedback"_s, u"Feedback naming the behaviour."_s},
                            {u"target_reward"_s, ask.level},
                            {u"tags"_s, QJsonArray{u"science"_s, u"intermediate"_s}}});
        }
        text = QString::fromUtf8(QJsonDocument(QJsonObject{{u"examples"_s, rows}}).toJson(QJsonDocument::Compact));
    }
    if (!body.value(u"stream"_s).toBool())
        return w::openAiChat(text);
    QStringList pieces;
    for (qsizetype i = 0; i < text.size(); i += 37)
        pieces << text.mid(i, 37);
    ScriptedResponse response = w::openAiStream(pieces);
    if (const int delay = state.chunkDelayMs.load(); delay > 0)
        response.chunkDelayMs = delay;
    return response;
}

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

QByteArray describe(const Run &r)
{
    return "exit code " + QByteArray::number(r.exitCode) + (r.status == QProcess::CrashExit ? " (crashed)" : "") +
           "\n--- stdout:\n" + r.out.left(3000) + "\n--- stderr:\n" + r.err.left(3000);
}

QString maskedLikeStatus(const QString &key)
{
    return u"sk-\u2026"_s + key.right(4); // KeyStore::mask for an "sk-..." key
}

// One line of `candor-cli key status` for openai.
QString statusLine(const QString &state)
{
    return u"openai"_s.leftJustified(18) + u"  "_s + state + u'\n';
}

} // namespace

class TestCanary : public QObject
{
    Q_OBJECT

private:
    QString m_cli;
    QString m_gui;
    QString m_key;
    QList<Needle> m_needles;
    QTemporaryDir m_out; // datasets, journals and exports
    std::unique_ptr<ProviderTestServer> m_server;
    std::shared_ptr<ServerState> m_state = std::make_shared<ServerState>();

    QList<QPair<QString, QByteArray>> m_streams; // everything any process printed
    QStringList m_launched;                      // every program started, with its arguments
    QStringList m_argLeaks;                      // arguments or environments that carried the key
    QStringList m_liveChecks;                    // /proc checks made while a process ran
    QList<Hit> m_treeHits;                       // from the scans between steps
    QStringList m_scannedFiles;
    bool m_keyStored = false; // by this test, in the sandbox's keyring

    QString out(const QString &name) const { return m_out.filePath(name); }
    QString baseUrl() const { return m_server->baseUrl().toString() + u"/v1"_s; }

    QStringList llmArgs(const QString &output, int count) const
    {
        return {u"generate"_s,          u"--mode"_s, u"llm"_s,     u"--provider"_s, u"openai"_s,
                u"--base-url"_s,        baseUrl(),   u"--model"_s, u"test-model"_s, u"--count"_s,
                QString::number(count), u"--out"_s,  output};
    }
    QStringList providerArgs(const QString &command) const
    {
        return {command, u"--provider"_s, u"openai"_s, u"--base-url"_s, baseUrl()};
    }

    static QProcessEnvironment childEnvironment(bool verbose)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_LOGGING_RULES"_s);
        env.remove(u"QT_MESSAGE_PATTERN"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        if (verbose) {
            env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
            env.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s); // into our pipe, never into a system log
            env.insert(u"QT_MESSAGE_PATTERN"_s, u"[%{category}] %{message}"_s);
        }
        return env;
    }

    bool carriesKey(const QByteArray &bytes) const { return !scanBytes(bytes, QString(), m_needles).isEmpty(); }

    void launch(QProcess &process, const QString &program, const QStringList &args, bool verbose)
    {
        const QProcessEnvironment env = childEnvironment(verbose);
        const QString command = program + u' ' + args.join(u' ');
        m_launched << command;
        if (carriesKey(command.toUtf8()))
            m_argLeaks << u"arguments of: "_s + command;
        if (carriesKey(env.toStringList().join(u'\n').toUtf8()))
            m_argLeaks << u"environment of: "_s + command;
        process.setProcessEnvironment(env);
        process.start(program, args);
    }

    void collect(const QString &label, QProcess &process, Run *r)
    {
        r->exitCode = process.exitCode();
        r->status = process.exitStatus();
        r->out = process.readAllStandardOutput();
        r->err = process.readAllStandardError();
        m_streams.append({label + u" (stdout)"_s, r->out});
        m_streams.append({label + u" (stderr)"_s, r->err});
    }

    // candor-cli with `args`; `input` goes to its stdin. False when it did not start or finish in time.
    bool run(const QString &label, const QStringList &args, Run *r, const QByteArray &input = {}, bool verbose = true)
    {
        QProcess process;
        launch(process, m_cli, args, verbose);
        if (!process.waitForStarted(10000))
            return false;
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        const bool finished = process.waitForFinished(30000);
        if (!finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        collect(label, process, r);
        return finished;
    }

    // The command line of every process on the system, and the environment of `pid` (ours), while it runs.
    // Returns false when `pid` was already gone.
    bool checkLiveProcess(qint64 pid, const QString &label)
    {
        bool ok = false;
        const QByteArray cmdline = readProcFile(u"/proc/%1/cmdline"_s.arg(pid), &ok);
        if (!ok || cmdline.isEmpty())
            return false;
        const QByteArray environment = readProcFile(u"/proc/%1/environ"_s.arg(pid), &ok);
        if (!ok)
            return false;
        m_liveChecks << label + u": "_s + QString::fromUtf8(QByteArray(cmdline).replace('\0', ' '));
        if (carriesKey(cmdline))
            m_argLeaks << u"/proc/%1/cmdline of %2"_s.arg(pid).arg(label);
        if (carriesKey(environment))
            m_argLeaks << u"/proc/%1/environ of %2"_s.arg(pid).arg(label);
        const QStringList pids = QDir(u"/proc"_s).entryList({u"[0-9]*"_s}, QDir::Dirs);
        for (const QString &other : pids) {
            bool readable = false;
            const QByteArray line = readProcFile(u"/proc/"_s + other + u"/cmdline"_s, &readable);
            if (readable && carriesKey(line))
                m_argLeaks << u"/proc/%1/cmdline (seen while %2 ran)"_s.arg(other, label);
        }
        return true;
    }

    QStringList searchedRoots() const
    {
        QStringList roots;
        for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
            roots << qEnvironmentVariable(var);
        roots << m_out.path();
        return roots;
    }

    // The gnome-keyring's own store (login.keyring, user.keystore) is the one place the key belongs; it is
    // encrypted with the sandbox's keyring password, so it is excluded from the search rather than searched.
    QStringList keyringDirs() const
    {
        QStringList dirs;
        const QStringList candidates{qEnvironmentVariable("XDG_DATA_HOME") + u"/keyrings"_s,
                                     qEnvironmentVariable("HOME") + u"/.local/share/keyrings"_s};
        for (const QString &d : candidates) {
            const QString canonical = QFileInfo(d).canonicalFilePath();
            if (!canonical.isEmpty())
                dirs << canonical;
        }
        return dirs;
    }

    TreeScan scanEverything()
    {
        TreeScan scan;
        QSet<QString> seen;
        for (const QString &root : searchedRoots())
            scanTree(root, keyringDirs(), m_needles, &scan, &seen);
        for (const QString &f : std::as_const(scan.scanned)) {
            if (!m_scannedFiles.contains(f))
                m_scannedFiles << f;
        }
        return scan;
    }

    // A scan between steps, for files that exist only for a while (journals of interrupted runs).
    void scanNow(const QString &when)
    {
        const TreeScan scan = scanEverything();
        for (Hit h : scan.hits) {
            h.when = when;
            m_treeHits << h;
        }
    }

    // Every request the server got carried exactly the key in its Authorization header.
    QString serverProblem() const
    {
        if (m_state->withoutKey.load() != 0 || m_state->withKey.load() != m_server->requestCount())
            return u"%1 requests, %2 with the key in the Authorization header, %3 without"_s
                .arg(m_server->requestCount())
                .arg(m_state->withKey.load())
                .arg(m_state->withoutKey.load());
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Never run against a person's own keyring: tests/run-tests.sh provides a throw-away one.
        QVERIFY2(qEnvironmentVariable("HOME").startsWith(u"/tmp/candor-tests."_s),
                 "run this test through tests/run-tests.sh (private HOME, D-Bus and gnome-keyring)");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "no private D-Bus session");
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
            QVERIFY2(qEnvironmentVariable(var).startsWith(u"/tmp/candor-tests."_s), var);
        m_cli = qEnvironmentVariable("CANDOR_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "CANDOR_CLI is not set; run the suite through ctest");
        m_gui = QFileInfo(m_cli).absolutePath() + u"/candor"_s;
        QVERIFY2(QFileInfo(m_gui).isExecutable(), qPrintable(m_gui));
        QVERIFY(m_out.isValid());

        const quint64 a = QRandomGenerator::system()->generate64();
        const quint64 b = QRandomGenerator::system()->generate64();
        m_key = u"sk-canary-%1%2"_s.arg(a, 16, 16, QChar(u'0')).arg(b, 16, 16, QChar(u'0'));
        QCOMPARE(m_key.size(), 42);
        m_needles = needlesFor(m_key.toLatin1());
        QVERIFY(m_needles.size() > 40);

        m_state->expectedAuth = "Bearer " + m_key.toLatin1();
        m_server = std::make_unique<ProviderTestServer>(ProviderTestServer::Threading::OwnThread);
        QVERIFY(m_server->listen());
        const std::shared_ptr<ServerState> state = m_state;
        m_server->setHandler("POST", "/v1/chat/completions",
                             [state](const RecordedRequest &r) { return respond(*state, r, true); });
        m_server->setHandler("GET", "/v1/models",
                             [state](const RecordedRequest &r) { return respond(*state, r, false); });

        // The sandbox is fresh: nothing holds the key yet.
        const TreeScan before = scanEverything();
        QVERIFY2(before.hits.isEmpty(), qPrintable(describeHits(before.hits)));
    }

    void cleanupTestCase()
    {
        // Leave no key behind should a step fail before keyDeleted; never touch a keyring this test did not fill.
        if (!m_keyStored)
            return;
        QProcess del;
        del.setProcessEnvironment(childEnvironment(false));
        del.start(m_cli, {u"key"_s, u"delete"_s, u"openai"_s});
        del.waitForFinished(30000);
    }

    // The scanner itself: planted copies in every searched place and form are found, the masked form is not.
    void scannerFindsPlantedKey()
    {
        const QByteArray key = m_key.toLatin1();
        const QString dir = qEnvironmentVariable("XDG_CACHE_HOME") + u"/candor-canary-selfcheck"_s;
        QVERIFY(QDir().mkpath(dir + u"/.deep/er"_s));
        struct Plant
        {
            QString file;
            QByteArray bytes;
            QString expectedForm;
        };
        const QByteArray bearer64 = QByteArray("Authorization: Bearer " + key).toBase64();
        const QList<Plant> plants{
            {u"plain.txt"_s, "junk " + key + " junk", u"key, plain"_s},
            {u".deep/er/.hidden.log"_s, "token=..." + key.right(16) + "\n", u"last 16 chars, plain"_s},
            {u".deep/auth.b64"_s, bearer64, u"key, base64 (offset 1)"_s},
            {u"utf16.bin"_s, "\xff\xfe" + utf16(key, false), u"key, UTF-16LE"_s},
            {u"dump.hex"_s, "0x" + key.toHex(), u"key, hex"_s},
            {u"truncated.txt"_s, key.left(20) + "...", u"chars 1-16 of the key, plain"_s},
        };
        for (const Plant &p : plants) {
            QFile f(dir + u'/' + p.file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(p.bytes);
        }
        QFile output(out(u"planted.jsonl"_s));
        QVERIFY(output.open(QIODevice::WriteOnly));
        output.write("{\"api_key\":\"" + key + "\"}\n");
        output.close();

        const TreeScan scan = scanEverything();
        for (const Plant &p : plants) {
            const QString path = QFileInfo(dir + u'/' + p.file).canonicalFilePath();
            bool found = false;
            for (const Hit &h : scan.hits)
                found |= h.where == path && h.form == p.expectedForm;
            QVERIFY2(found,
                     qPrintable(p.file + u" not found as "_s + p.expectedForm + u":\n"_s + describeHits(scan.hits)));
        }
        bool inOutput = false;
        for (const Hit &h : scan.hits)
            inOutput |= h.where.endsWith(u"/planted.jsonl"_s);
        QVERIFY(inOutput);
        for (const Hit &h : scan.hits)
            QVERIFY2(h.where.startsWith(QFileInfo(dir).canonicalFilePath()) || h.where.endsWith(u"/planted.jsonl"_s),
                     qPrintable(describeHits({h})));

        // Streams, and what must not count: the masked form `key status` prints.
        QVERIFY(!scanBytes("candor-cli: " + QUrl::toPercentEncoding(m_key) + "\n", u"s"_s, m_needles).isEmpty());
        QVERIFY(!scanBytes(utf16(key.right(16), true), u"s"_s, m_needles).isEmpty());
        QVERIFY(scanBytes("openai  stored (" + maskedLikeStatus(m_key).toUtf8() + ")\n", u"s"_s, m_needles).isEmpty());
        QVERIFY(scanBytes(key.left(10) + key.right(4), u"s"_s, m_needles).isEmpty());

        // The keyring's own store is skipped (and only it).
        for (const QString &excluded : scan.excluded)
            QVERIFY2(excluded.contains(u"/keyrings/"_s), qPrintable(excluded));
        QVERIFY2(scan.unreadable.isEmpty(), qPrintable(scan.unreadable.join(u'\n')));

        QVERIFY(QDir(dir).removeRecursively());
        QVERIFY(QFile::remove(out(u"planted.jsonl"_s)));
        const TreeScan clean = scanEverything();
        QVERIFY2(clean.hits.isEmpty(), qPrintable(describeHits(clean.hits)));
    }

    // 1. The key goes in through standard input; status shows it masked.
    void keySetFromStdin()
    {
        Run set;
        QVERIFY(run(u"key set openai"_s, {u"key"_s, u"set"_s, u"openai"_s}, &set, m_key.toLatin1() + "\n", true));
        QVERIFY2(set.exitCode == 0, describe(set).constData());
        m_keyStored = true;
        QCOMPARE(QString::fromUtf8(set.out),
                 u"Stored the API key for OpenAI (%1) in the keychain.\n"_s.arg(maskedLikeStatus(m_key)));

        Run status;
        QVERIFY(run(u"key status openai"_s, {u"key"_s, u"status"_s, u"openai"_s}, &status, {}, false));
        QVERIFY2(status.exitCode == 0, describe(status).constData());
        QCOMPARE(QString::fromUtf8(status.out), statusLine(u"stored (%1)"_s.arg(maskedLikeStatus(m_key))));

        Run all;
        QVERIFY(run(u"key status"_s, {u"key"_s, u"status"_s}, &all));
        QVERIFY2(all.exitCode == 0, describe(all).constData());
        QVERIFY2(QString::fromUtf8(all.out).contains(statusLine(u"stored (%1)"_s.arg(maskedLikeStatus(m_key)))),
                 describe(all).constData());
    }

    // 2. A complete streamed generation with the key from the keychain (no --api-key-env), and a CSV export.
    void completeGeneration()
    {
        const int requestsBefore = m_server->requestCount();
        Run gen;
        QVERIFY(run(u"generate 30 rows"_s,
                    llmArgs(out(u"full.jsonl"_s), 30) + QStringList{u"--stream"_s, u"--with-meta"_s}, &gen, {}, false));
        QVERIFY2(gen.exitCode == 0, describe(gen).constData());
        QVERIFY2(gen.out.startsWith("Wrote 30 rows"), describe(gen).constData());
        QVERIFY(QFileInfo(out(u"full.jsonl"_s)).size() > 0);
        QVERIFY(!QFile::exists(RunJournal::pathFor(out(u"full.jsonl"_s))));
        // 6 rows per level in batches of 5: 2 requests per level.
        QCOMPARE(m_server->requestCount() - requestsBefore, 10);
        QVERIFY2(serverProblem().isEmpty(), qPrintable(serverProblem()));
        QVERIFY(m_state->withKey.load() >= 10); // the key really travelled

        Run validate;
        QVERIFY(run(u"validate full.jsonl"_s, {u"validate"_s, out(u"full.jsonl"_s)}, &validate));
        QVERIFY2(validate.exitCode == 0, describe(validate).constData());
        QVERIFY2(validate.out.contains(": 30 rows\n") && validate.out.endsWith("OK\n"), describe(validate).constData());

        Run csv;
        QVERIFY(run(u"generate csv"_s,
                    llmArgs(out(u"export.csv"_s), 10) + QStringList{u"--format"_s, u"csv"_s, u"--with-meta"_s}, &csv));
        QVERIFY2(csv.exitCode == 0, describe(csv).constData());
        QVERIFY2(csv.err.contains("[candor.net] POST"), describe(csv).constData()); // verbose logging is on
        QFile exported(out(u"export.csv"_s));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().count('\n') >= 11);

        Run chat;
        QVERIFY(run(u"generate openai-chat"_s,
                    llmArgs(out(u"chat.jsonl"_s), 5) + QStringList{u"--format"_s, u"openai-chat"_s, u"--stream"_s},
                    &chat));
        QVERIFY2(chat.exitCode == 0, describe(chat).constData());
        QVERIFY2(serverProblem().isEmpty(), qPrintable(serverProblem()));
    }

    // The server starts answering 401 (echoing the key) part-way: the run fails, the journal stays, the
    // messages are printed; then --resume completes it.
    void failedRunThenResume()
    {
        const QString output = out(u"failed.jsonl"_s);
        const QStringList args = llmArgs(output, 30) + QStringList{u"--stream"_s, u"--with-meta"_s,  u"--concurrency"_s,
                                                                   u"1"_s,        u"--batch-size"_s, u"2"_s};
        const int rejectedBefore = m_state->rejected.load();
        m_state->okBudget = 3;
        Run failed;
        const bool finished = run(u"generate, 401 part-way"_s, args, &failed);
        m_state->okBudget = -1;
        QVERIFY(finished);
        QVERIFY2(failed.exitCode == 1, describe(failed).constData());
        QVERIFY2(failed.err.contains("OpenAI rejected the API key") && failed.err.contains("--resume"),
                 describe(failed).constData());
        QVERIFY(m_state->rejected.load() > rejectedBefore); // the server did echo the key back
        QVERIFY(!QFile::exists(output));
        RunJournal::Contents journal;
        QString error;
        QVERIFY2(RunJournal::load(RunJournal::pathFor(output), &journal, &error), qPrintable(error));
        QCOMPARE(journal.rows.size(), 6); // three answered batches of 2
        scanNow(u"after the failed run"_s);

        Run resumed;
        QVERIFY(run(u"generate --resume"_s, args + QStringList{u"--resume"_s}, &resumed));
        QVERIFY2(resumed.exitCode == 0, describe(resumed).constData());
        QVERIFY2(resumed.out.startsWith("Wrote 30 rows"), describe(resumed).constData());
        QVERIFY(!QFile::exists(RunJournal::pathFor(output)));
        Run validate;
        QVERIFY(run(u"validate failed.jsonl"_s, {u"validate"_s, output}, &validate, {}, false));
        QVERIFY2(validate.exitCode == 0 && validate.out.contains(": 30 rows\n"), describe(validate).constData());
        QVERIFY2(serverProblem().isEmpty(), qPrintable(serverProblem()));
    }

    // A long run ended by SIGTERM: its command line and environment are checked while it runs; its journal is
    // left for the final search.
    void terminatedRun()
    {
        const QString output = out(u"terminated.jsonl"_s);
        const QString journalPath = RunJournal::pathFor(output);
        m_state->chunkDelayMs = 3;
        QProcess process;
        launch(process, m_cli,
               llmArgs(output, 400) + QStringList{u"--stream"_s, u"--with-meta"_s, u"--concurrency"_s, u"2"_s}, true);
        QVERIFY(process.waitForStarted(10000));
        process.closeWriteChannel();
        int liveChecks = 0;
        QElapsedTimer timer;
        timer.start();
        while (process.state() == QProcess::Running && QFileInfo(journalPath).size() < 4000 &&
               timer.elapsed() < 20000) {
            if (checkLiveProcess(process.processId(), u"candor-cli generate (long run)"_s))
                ++liveChecks;
            process.waitForFinished(50);
        }
        QVERIFY2(process.state() == QProcess::Running, process.readAllStandardError().constData());
        QVERIFY(checkLiveProcess(process.processId(), u"candor-cli generate (long run)"_s));
        ++liveChecks;
        process.terminate(); // SIGTERM
        const bool finished = process.waitForFinished(20000);
        m_state->chunkDelayMs = 0;
        Run r;
        collect(u"generate, SIGTERM"_s, process, &r);
        QVERIFY(finished);
        QVERIFY2(liveChecks >= 2, qPrintable(QString::number(liveChecks)));
        QVERIFY2(r.status == QProcess::NormalExit && r.exitCode == 1, describe(r).constData());
        QVERIFY2(r.err.contains("interrupted; cancelling") && r.err.contains("--resume"), describe(r).constData());
        RunJournal::Contents journal;
        QString error;
        QVERIFY2(RunJournal::load(journalPath, &journal, &error), qPrintable(error));
        QVERIFY(!journal.rows.empty() && journal.rows.size() < 400);
        scanNow(u"after SIGTERM"_s);
        QVERIFY2(serverProblem().isEmpty(), qPrintable(serverProblem()));
    }

    // ask (plain, streamed, --json, failing), models and test, with verbose logging.
    void askModelsTest()
    {
        Run ask;
        QVERIFY(run(u"ask"_s, providerArgs(u"ask"_s) + QStringList{u"--model"_s, u"test-model"_s, u"Hi"_s}, &ask));
        QVERIFY2(ask.exitCode == 0 && ask.out == kAskAnswer.toUtf8() + "\n", describe(ask).constData());

        Run streamed;
        QVERIFY(run(u"ask --stream"_s,
                    providerArgs(u"ask"_s) + QStringList{u"--model"_s, u"test-model"_s, u"--stream"_s, u"Hi"_s},
                    &streamed));
        QVERIFY2(streamed.exitCode == 0 && streamed.out == kAskAnswer.toUtf8() + "\n", describe(streamed).constData());

        Run json;
        QVERIFY(run(u"ask --json"_s,
                    providerArgs(u"ask"_s) + QStringList{u"--model"_s, u"test-model"_s, u"--json"_s, u"Hi"_s}, &json));
        QVERIFY2(json.exitCode == 0, describe(json).constData());
        const QJsonObject answer = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(answer.value(u"ok"_s).toBool(), true);
        QCOMPARE(answer.value(u"text"_s).toString(), kAskAnswer);

        Run models;
        QVERIFY(run(u"models"_s, providerArgs(u"models"_s), &models));
        QVERIFY2(models.exitCode == 0, describe(models).constData());
        QCOMPARE(models.out, QByteArray("gpt-4o-mini\ntest-model\n"));

        Run test;
        QVERIFY(run(u"test"_s, providerArgs(u"test"_s) + QStringList{u"--model"_s, u"test-model"_s}, &test));
        QVERIFY2(test.exitCode == 0, describe(test).constData());
        QCOMPARE(QString::fromUtf8(test.out),
                 u"Connected to OpenAI at %1: 2 models listed; test-model is available.\n"_s.arg(baseUrl()));

        // A saved profile supplies provider, endpoint and model; with no key of its own it borrows the provider's.
        Run save;
        QVERIFY(run(u"profile save"_s,
                    {u"profile"_s, u"save"_s, u"canary lab"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s, baseUrl(),
                     u"--model"_s, u"test-model"_s},
                    &save));
        QVERIFY2(save.exitCode == 0, describe(save).constData());
        Run viaProfile;
        QVERIFY(run(u"ask --profile"_s, {u"ask"_s, u"--profile"_s, u"canary lab"_s, u"Hi"_s}, &viaProfile));
        QVERIFY2(viaProfile.exitCode == 0 && viaProfile.out == kAskAnswer.toUtf8() + "\n",
                 describe(viaProfile).constData());
        Run show;
        QVERIFY(run(u"profile show --json"_s, {u"profile"_s, u"show"_s, u"canary lab"_s, u"--json"_s}, &show));
        QVERIFY2(show.exitCode == 0 && show.out.contains("\"test-model\""), describe(show).constData());
        Run list;
        QVERIFY(run(u"profile list"_s, {u"profile"_s, u"list"_s}, &list));
        QVERIFY2(list.exitCode == 0 && list.out.startsWith("canary lab"), describe(list).constData());

        // Every request now gets a 401 that echoes the key.
        m_state->okBudget = 0;
        Run askFails;
        QVERIFY(run(u"ask --json, 401"_s,
                    providerArgs(u"ask"_s) + QStringList{u"--model"_s, u"test-model"_s, u"--json"_s, u"Hi"_s},
                    &askFails));
        Run askFailsText;
        QVERIFY(run(u"ask, 401"_s, providerArgs(u"ask"_s) + QStringList{u"--model"_s, u"test-model"_s, u"Hi"_s},
                    &askFailsText));
        Run modelsFail;
        QVERIFY(run(u"models, 401"_s, providerArgs(u"models"_s), &modelsFail));
        Run testFails;
        QVERIFY(run(u"test, 401"_s, providerArgs(u"test"_s), &testFails));
        m_state->okBudget = -1;

        QVERIFY2(askFails.exitCode == 1, describe(askFails).constData());
        const QJsonObject failure = QJsonDocument::fromJson(askFails.out).object();
        QCOMPARE(failure.value(u"ok"_s).toBool(), false);
        const QJsonObject error = failure.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"kind"_s).toString(), u"auth"_s);
        QCOMPARE(error.value(u"http_status"_s).toInt(), 401);
        QVERIFY2(error.value(u"message"_s).toString().contains(u"OpenAI rejected the API key"_s),
                 describe(askFails).constData());
        for (const Run *r : {&askFailsText, &modelsFail, &testFails}) {
            QVERIFY2(r->exitCode == 1, describe(*r).constData());
            QVERIFY2(r->err.contains("OpenAI rejected the API key"), describe(*r).constData());
        }
        QVERIFY2(serverProblem().isEmpty(), qPrintable(serverProblem()));
    }

    // Template mode touches no key; its files are part of the search all the same.
    void templateRuns()
    {
        for (const QString &format : {u"jsonl"_s, u"csv"_s, u"openai-chat"_s}) {
            Run r;
            const QString file = out(u"template."_s + format);
            // The chat format has no meta, and takes every level only when asked to.
            const QStringList extra =
                format == u"openai-chat"_s ? QStringList{u"--sft-min-level"_s, u"-2"_s} : QStringList{u"--with-meta"_s};
            QVERIFY(run(u"generate --mode template --format "_s + format,
                        QStringList{u"generate"_s, u"--mode"_s, u"template"_s, u"--count"_s, u"100"_s, u"--format"_s,
                                    format, u"--out"_s, file} +
                            extra,
                        &r));
            QVERIFY2(r.exitCode == 0 && r.out.startsWith("Wrote 100 rows"), describe(r).constData());
        }
        Run validate;
        QVERIFY(run(u"validate template.jsonl"_s, {u"validate"_s, out(u"template.jsonl"_s)}, &validate));
        QVERIFY2(validate.exitCode == 0 && validate.out.contains(": 100 rows\n"), describe(validate).constData());
    }

    // 3. The GUI, offscreen with every logging category on, so whatever settings or caches it writes are searched.
    void guiStartsAndStops()
    {
        QProcess gui;
        launch(gui, m_gui, {}, true);
        QVERIFY(gui.waitForStarted(10000));
        gui.closeWriteChannel();
        QVERIFY(!gui.waitForFinished(2500)); // still running: it really started
        QVERIFY(checkLiveProcess(gui.processId(), u"candor (GUI)"_s));
        gui.terminate();
        if (!gui.waitForFinished(10000)) {
            gui.kill();
            QVERIFY(gui.waitForFinished(5000));
        }
        Run r;
        collect(u"candor (GUI)"_s, gui, &r);
        QVERIFY2(!r.err.isEmpty(), "the GUI printed no log lines; is verbose logging on?");
    }

    void keyDeleted()
    {
        Run del;
        QVERIFY(run(u"key delete openai"_s, {u"key"_s, u"delete"_s, u"openai"_s}, &del));
        QVERIFY2(del.exitCode == 0, describe(del).constData());
        m_keyStored = false;
        QCOMPARE(del.out, QByteArray("Deleted the API key for OpenAI.\n"));
        Run status;
        QVERIFY(run(u"key status openai, deleted"_s, {u"key"_s, u"status"_s, u"openai"_s}, &status));
        QCOMPARE(QString::fromUtf8(status.out), statusLine(u"not stored"_s));
        // Without it the CLI fails before sending anything: the key the server saw came from the keychain.
        const int requests = m_server->requestCount();
        Run ask;
        QVERIFY(run(u"ask without a key"_s,
                    providerArgs(u"ask"_s) + QStringList{u"--model"_s, u"test-model"_s, u"Hi"_s}, &ask));
        QVERIFY2(ask.exitCode == 1 && ask.err.contains("no API key stored for OpenAI"), describe(ask).constData());
        QCOMPARE(m_server->requestCount(), requests);

        Run profileDelete;
        QVERIFY(run(u"profile delete"_s, {u"profile"_s, u"delete"_s, u"canary lab"_s}, &profileDelete));
        QVERIFY2(profileDelete.exitCode == 0, describe(profileDelete).constData());
    }

    // 4. Everything Candor wrote or printed, and every process started, is free of the key.
    void keyAppearsNowhere()
    {
        QVERIFY2(serverProblem().isEmpty(), qPrintable(serverProblem()));
        QVERIFY(m_state->withKey.load() >= 20);
        QVERIFY(m_state->rejected.load() >= 5);

        const TreeScan scan = scanEverything();
        QList<Hit> hits = scan.hits;
        for (const Hit &h : std::as_const(m_treeHits)) { // files that were there for a while only
            if (!scan.scanned.contains(h.where))
                hits << h;
        }
        for (const auto &[label, bytes] : std::as_const(m_streams))
            hits += scanBytes(bytes, label, m_needles);
        QStringList problems;
        if (!hits.isEmpty())
            problems << u"the key leaked into:"_s << describeHits(hits);
        if (!m_argLeaks.isEmpty())
            problems << u"the key was in process arguments or environments:"_s << m_argLeaks;
        if (!scan.unreadable.isEmpty())
            problems << u"files that could not be searched:"_s << scan.unreadable;
        for (const QString &line : std::as_const(problems))
            qWarning("%s", qPrintable(line)); // in full: the failure message below may be cut short
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // The search covered what it should: the datasets, the exports, the journal left behind.
        for (const QString &name : {u"full.jsonl"_s, u"export.csv"_s, u"chat.jsonl"_s, u"failed.jsonl"_s,
                                    u"terminated.jsonl.journal"_s, u"template.csv"_s}) {
            const QString path = QFileInfo(out(name)).canonicalFilePath();
            QVERIFY2(m_scannedFiles.contains(path), qPrintable(name));
        }
        bool sawJournalOfFailedRun = false;
        for (const QString &f : std::as_const(m_scannedFiles))
            sawJournalOfFailedRun |= f.endsWith(u"/failed.jsonl.journal"_s);
        QVERIFY(sawJournalOfFailedRun);
        QVERIFY(m_launched.size() >= 25);
        QCOMPARE(m_streams.size(), 2 * m_launched.size()); // stdout and stderr of every process
        qInfo("searched %d files now (%d over the run), %d output streams, %d process starts, %d live /proc checks; "
              "skipped the keyring's own store: %s",
              int(scan.scanned.size()), int(m_scannedFiles.size()), int(m_streams.size()), int(m_launched.size()),
              int(m_liveChecks.size()), qPrintable(scan.excluded.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
