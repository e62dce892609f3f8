#include "cli/llmgeneration.h"

#include "cli/cliutil.h"
#include "cli/provideroptions.h"
#include "generation/generationengine.h"
#include "providers/providercatalog.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace candor::cli {
namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

QString money(const std::optional<double> &usd)
{
    return usd ? QStringLiteral("$%1").arg(*usd, 0, 'f', *usd < 1 ? 4 : 2) : tr("no price");
}

QString tokens(qint64 n)
{
    if (n >= 1000000)
        return QString::number(n / 1e6, 'f', 2) + QLatin1Char('M');
    if (n >= 10000)
        return QString::number(n / 1e3, 'f', 1) + QLatin1Char('k');
    return QString::number(n);
}

QString statusLine(const GenerationEngine::Stats &s)
{
    QStringList errors;
    for (auto it = s.errorsByKind.cbegin(); it != s.errorsByKind.cend(); ++it)
        errors << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    return tr("%1/%2 rows, %3 rows/s, %4 in flight, %5 retries, tokens %6 in / %7 out, %8%9%10")
        .arg(s.acceptedTotal())
        .arg(s.targetTotal())
        .arg(s.rowsPerSecond, 0, 'f', 1)
        .arg(s.inFlight)
        .arg(s.retries)
        .arg(tokens(s.inputTokens), tokens(s.outputTokens), money(s.costUsd))
        .arg(s.etaSeconds && *s.etaSeconds > 0 ? tr(", ETA %1").arg(formatSeconds(*s.etaSeconds)) : QString())
        .arg(errors.isEmpty() ? QString() : tr(", errors: %1").arg(errors.join(QStringLiteral(", "))));
}

} // namespace

void addLlmOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("concurrency"), tr("LLM: requests at once, 1 to 64 (default 4)."), QStringLiteral("N")},
        {QStringLiteral("batch-size"), tr("LLM: rows asked for per request, 1 to 50 (default 5)."),
         QStringLiteral("N")},
        {QStringLiteral("stream"), tr("LLM: stream answers; rows are taken as they arrive.")},
        {QStringLiteral("temperature"), tr("LLM: sampling temperature, 0 to 2 (default 0.9)."), QStringLiteral("T")},
        {QStringLiteral("max-tokens"), tr("LLM: most tokens per answer (default 4096)."), QStringLiteral("N")},
        {QStringLiteral("language"), tr("LLM: language of the generated rows (default English)."), QStringLiteral("L")},
        {QStringLiteral("fallback-templates"),
         tr("LLM: fill any shortfall from the template generator (rows marked \"fallback\").")},
        {QStringLiteral("keep-level-mismatch"),
         tr("LLM: keep rows the model labelled with another level (flagged) instead of rejecting them.")},
        {QStringLiteral("budget"), tr("LLM: stop sending requests before the cost would pass USD."),
         QStringLiteral("USD")},
        {QStringLiteral("estimate"), tr("LLM: print the requests, tokens and cost the run would take; exit.")},
        {QStringLiteral("resume"), tr("LLM: continue the run recorded in FILE.journal.")},
    });
}

int runLlmGeneration(const QCommandLineParser &parser, GenerationConfig config, const QString &outPath,
                     ExportFormat format, bool withMeta, bool quiet)
{
    // Options override the configuration (defaults or --config) only where they are given.
    auto setInt = [&](const char *name, int min, int max, int *target) {
        if (!parser.isSet(QLatin1String(name)))
            return true;
        const auto value = intOption(parser, QLatin1String(name), min, max);
        if (value)
            *target = *value;
        return value.has_value();
    };
    if (!setInt("concurrency", 1, 64, &config.concurrency) || !setInt("batch-size", 1, 50, &config.batchSize) ||
        !setInt("max-tokens", 16, 1000000, &config.maxTokens))
        return ExitUsage;
    bool ok = false;
    if (parser.isSet(QStringLiteral("temperature"))) {
        config.temperature = parser.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok || config.temperature < 0 || config.temperature > 2) {
            printError(tr("--temperature: \"%1\" is not a number from 0 to 2")
                           .arg(parser.value(QStringLiteral("temperature"))));
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("budget"))) {
        config.budgetUsd = parser.value(QStringLiteral("budget")).toDouble(&ok);
        if (!ok || config.budgetUsd <= 0) {
            printError(tr("--budget: \"%1\" is not a positive amount of US dollars")
                           .arg(parser.value(QStringLiteral("budget"))));
            return ExitUsage;
        }
    }
    config.stream |= parser.isSet(QStringLiteral("stream"));
    if (parser.isSet(QStringLiteral("language")))
        config.language = parser.value(QStringLiteral("language"));
    config.allowFallback |= parser.isSet(QStringLiteral("fallback-templates"));
    config.keepLevelMismatch |= parser.isSet(QStringLiteral("keep-level-mismatch"));

    int exitCode = ExitOk;
    if (parser.isSet(QStringLiteral("estimate"))) {
        // No key needed to estimate: only the catalogue and the price table.
        const QString providerId =
            parser.isSet(QStringLiteral("provider")) ? parser.value(QStringLiteral("provider")) : config.provider;
        const ProviderInfo *info = ProviderCatalog::find(providerId);
        if (!info) {
            printError(providerId.isEmpty() ? tr("--provider: missing; use one of %1").arg(ProviderCatalog::idList())
                                            : tr("--provider: \"%1\" is not a provider; use one of %2")
                                                  .arg(providerId, ProviderCatalog::idList()));
            return ExitUsage;
        }
        config.provider = info->id;
        config.model = parser.value(QStringLiteral("model")).isEmpty() ? info->defaultModel
                                                                       : parser.value(QStringLiteral("model"));
        const auto e = GenerationEngine::estimate(config, PriceTable::defaults());
        out() << tr("Estimate for %n row(s) with %1 (%2): %3 requests, about %4 input and %5 output tokens, cost %6",
                    nullptr, config.count)
                     .arg(info->displayName, config.model)
                     .arg(e.requests)
                     .arg(tokens(e.inputTokens), tokens(e.outputTokens),
                          e.costUsd ? money(e.costUsd) : tr("unknown (no price for this model)"))
              << Qt::endl;
        return ExitOk;
    }

    const auto provider =
        resolveProvider(parser, true, true, &exitCode, {config.provider, config.model, config.baseUrl});
    if (!provider)
        return exitCode;
    config.provider = provider->endpoint.providerId;
    config.baseUrl = provider->endpoint.baseUrl.toString();
    config.model = provider->model;
    QString error;
    if (!config.validate(&error)) {
        printError(error);
        return ExitUsage;
    }

    const QString journalPath = QDir::cleanPath(QDir::current().absoluteFilePath(RunJournal::pathFor(outPath)));
    const bool resume = parser.isSet(QStringLiteral("resume"));
    if (resume && !QFile::exists(journalPath)) {
        printError(tr("--resume: there is no journal at %1 to continue").arg(journalPath));
        return ExitUsage;
    }
    if (!resume && QFile::exists(journalPath)) {
        printError(tr("an interrupted run's journal exists at %1; continue it with --resume, or delete it to start "
                      "over")
                       .arg(journalPath));
        return ExitUsage;
    }

    Session session;
    ProgressBar progress(config.count, !quiet);
    QEventLoop loop;
    bool succeeded = false;
    QString summary;
    int lastTenth = -1;
    QObject::connect(&session, &Session::statsChanged, &loop, [&](const GenerationEngine::Stats &s) {
        progress.update(s.acceptedTotal());
        // Without a terminal, a status line every tenth of the run.
        const int tenth = s.targetTotal() ? s.acceptedTotal() * 10 / s.targetTotal() : 0;
        if (!quiet && !progress.enabled() && tenth != lastTenth) {
            lastTenth = tenth;
            err() << statusLine(s) << Qt::endl;
        }
    });
    QObject::connect(&session, &Session::message, &loop, [&](const QString &text) {
        if (!quiet)
            err() << (progress.enabled() ? QStringLiteral("\r") : QString()) << text << Qt::endl;
    });
    // Nobody is at a terminal to press Resume: a run that pauses itself stops, and --resume continues it later.
    QObject::connect(&session, &Session::stalled, &loop, [&](const QString &) { session.cancel(); });
    QObject::connect(&session, &Session::runFinished, &loop, [&](Session::RunKind, bool done, const QString &text) {
        succeeded = done;
        summary = text;
        loop.quit();
    });

    // Ctrl+C cancels cleanly: requests are aborted and the journal keeps every accepted row.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &loop);
        QObject::connect(notifier, &QSocketNotifier::activated, &loop, [&] {
            char c;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
            err() << "\ncandor-cli: " << tr("interrupted; cancelling") << Qt::endl;
            session.cancel();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    // The session writes the finished dataset and removes the journal only once the file is committed.
    ExportOptions output;
    output.path = outPath;
    output.format = format;
    output.withMeta = withMeta;
    bool started = false;
    if (resume) {
        started = session.resume(journalPath, provider->endpoint, &error, output);
    } else {
        Session::RunRequest request;
        request.config = config;
        request.counts = *config.distribution.countsFor(config.count, &error);
        request.endpoint = provider->endpoint;
        request.journalPath = journalPath;
        request.output = output;
        started = session.start(request, &error);
    }
    if (!started) {
        printError(error);
        return ExitFailure;
    }
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    progress.finish();

    const GenerationEngine::Stats stats = session.engine() ? session.engine()->stats() : GenerationEngine::Stats();
    if (!succeeded) {
        if (QFile::exists(journalPath))
            printError(tr("%1. Every accepted row is in %2; run the same command with --resume to continue.")
                           .arg(summary, journalPath));
        else
            printError(summary);
        if (!quiet && session.engine())
            err() << statusLine(stats) << Qt::endl;
        return ExitFailure;
    }
    if (!quiet) {
        QStringList perLevel;
        for (int i = 0; i < Rubric::LevelCount; ++i)
            perLevel << QStringLiteral("%1: %2").arg(Rubric::formatReward(Rubric::rewardAt(i))).arg(stats.accepted[i]);
        const int rows = session.store()->size();
        out() << tr("Wrote %n row(s) (%1) to %2 in %3; %4 requests, tokens %5 in / %6 out, cost %7%8", nullptr,
                    pluralCount(rows))
                     .arg(perLevel.join(QStringLiteral(", ")), QDir::toNativeSeparators(outPath),
                          formatSeconds(stats.elapsedSeconds))
                     .arg(stats.requests)
                     .arg(tokens(stats.inputTokens), tokens(stats.outputTokens), money(stats.costUsd))
                     .arg(stats.fallbackRows
                              ? tr("; %n fallback row(s) from templates", nullptr, pluralCount(stats.fallbackRows))
                              : QString())
              << Qt::endl;
    }
    return ExitOk;
}

} // namespace candor::cli
