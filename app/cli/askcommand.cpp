#include "cli/askcommand.h"

#include "cli/cliutil.h"
#include "cli/provideroptions.h"
#include "i18n/translationloader.h"
#include "providers/providererrors.h"
#include "providers/retrypolicy.h"
#include "session/projectfile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

namespace candor::cli {
using namespace Qt::StringLiterals;
namespace {

QJsonValue optionalNumber(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QJsonObject errorJson(const ProviderError &e)
{
    return QJsonObject{
        {u"kind"_s, errorKindName(e.kind)},
        {u"retryable"_s, e.retryable},
        {u"retry_after_s"_s, e.retryAfterSeconds ? QJsonValue(*e.retryAfterSeconds) : QJsonValue()},
        {u"http_status"_s, e.httpStatus ? QJsonValue(e.httpStatus) : QJsonValue()},
        {u"message"_s, e.message},
    };
}

} // namespace

int runAsk(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Send one prompt to a provider and print the answer, to test an endpoint, model and key.\n"
           "Exit 0 when the answer came back, 1 when the request failed, 2 for a wrong command line."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"ask"_s, tr("The command."));
    parser.addPositionalArgument(u"PROMPT"_s, tr("The prompt; - reads it from stdin."));
    addProviderOptions(parser, true);
    parser.addOptions({
        {u"system"_s, tr("A system prompt."), u"TEXT"_s},
        {u"stream"_s, tr("Stream the answer as it is generated.")},
        {u"schema"_s,
         tr("A JSON Schema file; the answer must be JSON that follows it (enforced where the server can)."), u"FILE"_s},
        {u"temperature"_s, tr("Sampling temperature, 0 to 2."), u"T"_s},
        {u"max-tokens"_s, tr("Most tokens to generate (default 1024)."), u"N"_s, u"1024"_s},
        {u"retries"_s, tr("Retries for retryable failures (default 2; 0 = one request)."), u"N"_s, u"2"_s},
        {u"json"_s, tr("Print exactly one JSON object with the result or the error. Its \"json\" member holds the "
                       "answer parsed as JSON whenever the answer is JSON (with --schema: the JSON the schema asks "
                       "for), else null.")},
    });
    if (const auto done = parseCommandLine(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(positional.size() < 2 ? tr("ask: PROMPT is missing (candor-cli ask --provider P PROMPT)")
                                         : tr("ask: give the prompt as one argument (quote it)"));
        return ExitUsage;
    }
    ChatRequest request;
    request.user = positional.at(1);
    if (request.user == QLatin1String("-")) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            request.user = QString::fromUtf8(in.readAll());
    }
    if (request.user.trimmed().isEmpty()) {
        printError(tr("ask: PROMPT is empty"));
        return ExitUsage;
    }
    request.system = parser.value(u"system"_s);
    request.stream = parser.isSet(u"stream"_s);
    const auto maxTokens = intOption(parser, u"max-tokens"_s, 1, 1000000);
    const auto retries = intOption(parser, u"retries"_s, 0, 20);
    if (!maxTokens || !retries)
        return ExitUsage;
    request.maxTokens = *maxTokens;
    if (parser.isSet(u"temperature"_s)) {
        bool ok = false;
        const double t = parser.value(u"temperature"_s).toDouble(&ok);
        if (!ok || t < 0 || t > 2) {
            printError(tr("--temperature: \"%1\" is not a number from 0 to 2").arg(parser.value(u"temperature"_s)));
            return ExitUsage;
        }
        request.temperature = t;
    }
    if (parser.isSet(u"schema"_s)) {
        QFile file(parser.value(u"schema"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(tr("--schema: cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return ExitUsage;
        }
        QJsonParseError parseError;
        // A schema is small; reading /dev/zero or a huge file whole would exhaust memory.
        const QByteArray bytes = file.read(ProjectFile::MaxBytes + 1);
        if (bytes.size() > ProjectFile::MaxBytes) {
            printError(tr("--schema: %1 is larger than %2 MB").arg(file.fileName()).arg(ProjectFile::MaxBytes >> 20));
            return ExitUsage;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (!doc.isObject()) {
            printError(
                tr("--schema: %1 is not a JSON Schema object (%2)").arg(file.fileName(), parseError.errorString()));
            return ExitUsage;
        }
        request.schema = doc.object();
    }
    int exitCode = ExitOk;
    const auto provider = resolveProvider(parser, true, true, &exitCode);
    if (!provider)
        return exitCode;
    request.model = provider->model;
    const bool json = parser.isSet(u"json"_s);
    // The JSON object is for programs: its texts (the error message too) are English in every language, so the
    // translations give way before the request makes any of them.
    if (json)
        loadTranslations(*QCoreApplication::instance(), u"en"_s);

    auto connector = Connector::create(provider->endpoint);
    RetryPolicy policy;
    policy.maxRetries = *retries;
    QEventLoop loop;
    ChatResult result;
    ProviderError error;
    int retryIndex = 0;
    bool printedStream = false;

    // Streamed text is printed as it comes, scrubbed like everything else a server sends: a key (or anything shaped
    // like one) has no whitespace in it, so a piece is held back from its last whitespace on until the next piece
    // shows where that word ends, and a key split across pieces is caught whole.
    QString heldBack;
    const QString key = provider->endpoint.apiKey;
    auto printScrubbed = [&](bool all) {
        qsizetype cut = heldBack.size();
        if (!all) {
            cut = 0;
            for (qsizetype i = heldBack.size() - 1; i >= 0; --i) {
                if (heldBack.at(i).isSpace()) {
                    cut = i + 1;
                    break;
                }
            }
        }
        if (cut == 0)
            return;
        out() << scrubSecrets(heldBack.left(cut), key);
        out().flush();
        heldBack.remove(0, cut);
    };
    std::function<void()> attempt = [&] {
        ChatCall *call = connector->chat(request);
        if (request.stream && !json) {
            QObject::connect(call, &ChatCall::textDelta, &loop, [&](const QString &delta) {
                heldBack += delta;
                printScrubbed(false);
                printedStream = true;
            });
        }
        QObject::connect(call, &ChatCall::finished, &loop, [&](const ChatResult &r) {
            result = r;
            error = {};
            loop.quit();
        });
        QObject::connect(call, &ChatCall::failed, &loop, [&](const ProviderError &e) {
            const auto delay = printedStream
                                   ? std::nullopt
                                   : policy.delayFor(e, retryIndex, QRandomGenerator::global()->generateDouble());
            if (delay) {
                ++retryIndex;
                if (!json)
                    err() << "candor-cli: "
                          << tr("%1; retry %2 of %3 in %4 s")
                                 .arg(errorKindName(e.kind))
                                 .arg(retryIndex)
                                 .arg(policy.maxRetries)
                                 .arg(*delay, 0, 'f', 1)
                          << Qt::endl;
                QTimer::singleShot(int(*delay * 1000), &loop, attempt);
                return;
            }
            error = e;
            loop.quit();
        });
    };
    attempt();
    loop.exec();
    printScrubbed(true);

    // With a schema the answer must be JSON: a refusal is the model's answer (asking again will not change it), a
    // length cut is "truncated", anything else is invalid.
    if (!error.isError() && !request.schema.isEmpty() && !result.json && result.finish == FinishReason::Refusal) {
        error = ProviderError{ErrorKind::Refused,
                              false,
                              std::nullopt,
                              200,
                              tr("The model refused to answer: %1").arg(result.text.trimmed()),
                              {},
                              result.requestId};
    } else if (!error.isError() && !request.schema.isEmpty() && !result.json) {
        error = result.finish == FinishReason::Length
                    ? ProviderError{ErrorKind::Truncated,
                                    true,
                                    std::nullopt,
                                    200,
                                    tr("The answer was cut off by the token limit before its JSON was complete; raise "
                                       "--max-tokens."),
                                    {},
                                    result.requestId}
                    : ProviderError{ErrorKind::InvalidResponse,
                                    true,
                                    std::nullopt,
                                    200,
                                    tr("The answer is not the JSON the schema asks for: %1").arg(result.jsonError),
                                    {},
                                    result.requestId};
    }
    const bool ok = !error.isError();
    // Without a schema, an answer that is JSON is still handed over as JSON.
    if (ok && !result.json) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson('[' + result.text.trimmed().toUtf8() + ']', &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.array().size() == 1 && !result.text.trimmed().isEmpty())
            result.json = doc.array().at(0);
    }
    if (json) {
        QJsonObject o{
            {u"ok"_s, ok},
            {u"text"_s, result.text},
            {u"json"_s, result.json ? *result.json : QJsonValue()},
            {u"finish"_s, ok ? finishReasonName(result.finish) : u"error"_s},
            {u"usage"_s, QJsonObject{{u"input"_s, optionalNumber(result.inputTokens)},
                                     {u"output"_s, optionalNumber(result.outputTokens)}}},
            {u"request_id"_s, (ok ? result.requestId : error.requestId).isEmpty()
                                  ? QJsonValue()
                                  : QJsonValue(ok ? result.requestId : error.requestId)},
            {u"error"_s, ok ? QJsonValue() : QJsonValue(errorJson(error))},
        };
        if (!ok && !result.text.isEmpty())
            o.insert(u"finish"_s, finishReasonName(result.finish));
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
        return ok ? ExitOk : ExitFailure;
    }
    if (!ok) {
        if (printedStream)
            out() << Qt::endl;
        printError(error.message);
        return ExitFailure;
    }
    if (!printedStream)
        out() << result.text;
    out() << Qt::endl;
    return ExitOk;
}

int runModels(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the models an endpoint offers, one id a line."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"models"_s, tr("The command."));
    addProviderOptions(parser, false);
    if (const auto done = parseCommandLine(parser, args))
        return *done;
    if (parser.positionalArguments().size() > 1) {
        printError(tr("models: unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto provider = resolveProvider(parser, false, false, &exitCode);
    if (!provider)
        return exitCode;
    auto connector = Connector::create(provider->endpoint);
    QEventLoop loop;
    connector->listModels(&loop, [&](const QStringList &models, const ProviderError &error) {
        if (error.isError()) {
            printError(error.message);
            exitCode = ExitFailure;
        } else {
            for (const QString &m : models)
                out() << m << '\n';
            out().flush();
        }
        loop.quit();
    });
    loop.exec();
    return exitCode;
}

int runTest(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check that an endpoint answers and the key works; prints a one-line verdict."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"test"_s, tr("The command."));
    addProviderOptions(parser, true);
    if (const auto done = parseCommandLine(parser, args))
        return *done;
    int exitCode = ExitOk;
    const auto provider = resolveProvider(parser, true, false, &exitCode);
    if (!provider)
        return exitCode;
    auto connector = Connector::create(provider->endpoint);
    QEventLoop loop;
    connector->testConnection(provider->model, &loop, [&](bool ok, const QString &verdict) {
        if (ok)
            out() << verdict << Qt::endl;
        else
            printError(verdict);
        exitCode = ok ? ExitOk : ExitFailure;
        loop.quit();
    });
    loop.exec();
    return exitCode;
}

} // namespace candor::cli
