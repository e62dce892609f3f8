#include "cli/askcommand.h"

#include "cli/cliutil.h"
#include "cli/provideroptions.h"
#include "i18n/translationloader.h"
#include "providers/retrypolicy.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

namespace candor::cli {
namespace {

QJsonValue optionalNumber(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QJsonObject errorJson(const ProviderError &e)
{
    return QJsonObject{
        {QStringLiteral("kind"), errorKindName(e.kind)},
        {QStringLiteral("retryable"), e.retryable},
        {QStringLiteral("retry_after_s"), e.retryAfterSeconds ? QJsonValue(*e.retryAfterSeconds) : QJsonValue()},
        {QStringLiteral("http_status"), e.httpStatus ? QJsonValue(e.httpStatus) : QJsonValue()},
        {QStringLiteral("message"), e.message},
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
    parser.addPositionalArgument(QStringLiteral("ask"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("PROMPT"), tr("The prompt; - reads it from stdin."));
    addProviderOptions(parser, true);
    parser.addOptions({
        {QStringLiteral("system"), tr("A system prompt."), QStringLiteral("TEXT")},
        {QStringLiteral("stream"), tr("Stream the answer as it is generated.")},
        {QStringLiteral("schema"),
         tr("A JSON Schema file; the answer must be JSON that follows it (enforced where the server can)."),
         QStringLiteral("FILE")},
        {QStringLiteral("temperature"), tr("Sampling temperature, 0 to 2."), QStringLiteral("T")},
        {QStringLiteral("max-tokens"), tr("Most tokens to generate (default 1024)."), QStringLiteral("N"),
         QStringLiteral("1024")},
        {QStringLiteral("retries"), tr("Retries for retryable failures (default 2; 0 = one request)."),
         QStringLiteral("N"), QStringLiteral("2")},
        {QStringLiteral("json"), tr("Print exactly one JSON object with the result or the error.")},
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
    request.system = parser.value(QStringLiteral("system"));
    request.stream = parser.isSet(QStringLiteral("stream"));
    const auto maxTokens = intOption(parser, QStringLiteral("max-tokens"), 1, 1000000);
    const auto retries = intOption(parser, QStringLiteral("retries"), 0, 20);
    if (!maxTokens || !retries)
        return ExitUsage;
    request.maxTokens = *maxTokens;
    if (parser.isSet(QStringLiteral("temperature"))) {
        bool ok = false;
        const double t = parser.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok || t < 0 || t > 2) {
            printError(tr("--temperature: \"%1\" is not a number from 0 to 2")
                           .arg(parser.value(QStringLiteral("temperature"))));
            return ExitUsage;
        }
        request.temperature = t;
    }
    if (parser.isSet(QStringLiteral("schema"))) {
        QFile file(parser.value(QStringLiteral("schema")));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(tr("--schema: cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return ExitUsage;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
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
    const bool json = parser.isSet(QStringLiteral("json"));
    // The JSON object is for programs: its texts (the error message too) are English in every language, so the
    // translations give way before the request makes any of them.
    if (json)
        loadTranslations(*QCoreApplication::instance(), QStringLiteral("en"));

    auto connector = Connector::create(provider->endpoint);
    RetryPolicy policy;
    policy.maxRetries = *retries;
    QEventLoop loop;
    ChatResult result;
    ProviderError error;
    int retryIndex = 0;
    bool printedStream = false;

    std::function<void()> attempt = [&] {
        ChatCall *call = connector->chat(request);
        if (request.stream && !json) {
            QObject::connect(call, &ChatCall::textDelta, &loop, [&](const QString &delta) {
                out() << delta;
                out().flush();
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

    // With a schema the answer must be JSON: a length cut is "truncated", anything else is invalid.
    if (!error.isError() && !request.schema.isEmpty() && !result.json) {
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
    if (json) {
        QJsonObject o{
            {QStringLiteral("ok"), ok},
            {QStringLiteral("text"), result.text},
            {QStringLiteral("json"), result.json ? *result.json : QJsonValue()},
            {QStringLiteral("finish"), ok ? finishReasonName(result.finish) : QStringLiteral("error")},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input"), optionalNumber(result.inputTokens)},
                                                  {QStringLiteral("output"), optionalNumber(result.outputTokens)}}},
            {QStringLiteral("request_id"), (ok ? result.requestId : error.requestId).isEmpty()
                                               ? QJsonValue()
                                               : QJsonValue(ok ? result.requestId : error.requestId)},
            {QStringLiteral("error"), ok ? QJsonValue() : QJsonValue(errorJson(error))},
        };
        if (!ok && !result.text.isEmpty())
            o.insert(QStringLiteral("finish"), finishReasonName(result.finish));
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
    parser.addPositionalArgument(QStringLiteral("models"), tr("The command."));
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
    parser.addPositionalArgument(QStringLiteral("test"), tr("The command."));
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
