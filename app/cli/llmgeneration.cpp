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
using namespace Qt::StringLiterals;
namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

QString money(const std::optional<double> &usd)
{
    return usd ? u"$%1"_s.arg(*usd, 0, 'f', *usd < 1 ? 4 : 2) : tr("no price");
}

// The run's cost, saying so when part of it is estimated because the server reported no usage.
QString runCost(const GenerationEngine::Stats &s)
{
    if (!s.costUsd || !s.costEstimated)
        return money(s.costUsd);
    return tr("%1 (estimated: the server did not report all token usage)").arg(money(s.costUsd));
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
        errors << u"%1 %2"_s.arg(it.value()).arg(it.key());
    return tr("%1/%2 rows, %3 rows/s, %4 in flight, %5 retries, tokens %6 in / %7 out, %8%9%10")
        .arg(s.acceptedTotal())
        .arg(s.targetTotal())
        .arg(s.rowsPerSecond, 0, 'f', 1)
        .arg(s.inFlight)
        .arg(s.retries)
        .arg(tokens(s.inputTokens), tokens(s.outputTokens), runCost(s))
        .arg(s.etaSeconds && *s.etaSeconds > 0 ? tr(", ETA %1").arg(formatSeconds(*s.etaSeconds)) : QString())
        .arg(errors.isEmpty() ? QString() : tr(", errors: %1").arg(errors.join(u", "_s)));
}

} // namespace

void addLlmOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"concurrency"_s, tr("LLM: requests at once, 1 to 64 (default 4)."), u"N"_s},
        {u"batch-size"_s, tr("LLM: rows asked for per request, 1 to 50 (default 5)."), u"N"_s},
        {u"stream"_s, tr("LLM: stream answers; rows are taken as they arrive.")},
        {u"temperature"_s, tr("LLM: sampling temperature, 0 to 2 (default 0.9)."), u"T"_s},
        {u"max-tokens"_s, tr("LLM: most tokens per answer (default 4096)."), u"N"_s},
        {u"language"_s, tr("LLM: language of the generated rows (default English)."), u"L"_s},
        {u"fallback-templates"_s,
         tr("LLM: fill any shortfall from the template generator (rows marked \"fallback\").")},
        {u"keep-level-mismatch"_s,
         tr("LLM: keep rows the model labelled with another level (flagged) instead of rejecting them.")},
        {u"budget"_s, tr("LLM: stop sending requests before the cost would pass USD."), u"USD"_s},
        {u"estimate"_s, tr("LLM: print the requests, tokens and cost the run would take; exit.")},
        {u"resume"_s,
         tr("LLM: continue the interrupted run recorded in the --project, or in FILE.journal beside --out.")},
    });
}

int runLlmGeneration(const QCommandLineParser &parser, GenerationConfig config, const ExportOptions &exportOptions,
                     bool quiet, const QString &projectPath)
{
    const QString outPath = exportOptions.path;
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
    if (parser.isSet(u"temperature"_s)) {
        config.temperature = parser.value(u"temperature"_s).toDouble(&ok);
        if (!ok || config.temperature < 0 || config.temperature > 2) {
            printError(tr("--temperature: \"%1\" is not a number from 0 to 2").arg(parser.value(u"temperature"_s)));
            return ExitUsage;
        }
    }
    if (parser.isSet(u"budget"_s)) {
        config.budgetUsd = parser.value(u"budget"_s).toDouble(&ok);
        if (!ok || config.budgetUsd <= 0) {
            printError(tr("--budget: \"%1\" is not a positive amount of US dollars").arg(parser.value(u"budget"_s)));
            return ExitUsage;
        }
    }
    config.stream |= parser.isSet(u"stream"_s);
    if (parser.isSet(u"language"_s))
        config.language = parser.value(u"language"_s);
    config.allowFallback |= parser.isSet(u"fallback-templates"_s);
    config.keepLevelMismatch |= parser.isSet(u"keep-level-mismatch"_s);

    int exitCode = ExitOk;
    if (parser.isSet(u"estimate"_s)) {
        // No key needed to estimate: only the catalogue and the price table.
        const QString providerId = parser.isSet(u"provider"_s) ? parser.value(u"provider"_s) : config.provider;
        const ProviderInfo *info = ProviderCatalog::find(providerId);
        if (!info) {
            printError(providerId.isEmpty() ? tr("--provider: missing; use one of %1").arg(ProviderCatalog::idList())
                                            : tr("--provider: \"%1\" is not a provider; use one of %2")
                                                  .arg(providerId, ProviderCatalog::idList()));
            return ExitUsage;
        }
        config.provider = info->id;
        config.model = parser.value(u"model"_s).isEmpty() ? info->defaultModel : parser.value(u"model"_s);
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

    // With --project the project is the run's journal; otherwise FILE.journal beside the output is. A journal an
    // earlier Candor left beside the output is still read once by --resume, into the project.
    const QString journalPath =
        outPath.isEmpty() ? QString() : QDir::cleanPath(QDir::current().absoluteFilePath(RunJournal::pathFor(outPath)));
    const bool journalExists = !journalPath.isEmpty() && QFile::exists(journalPath);
    const bool resume = parser.isSet(u"resume"_s);
    if (resume && projectPath.isEmpty() && !journalExists) {
        printError(tr("--resume: there is no journal at %1 to continue").arg(journalPath));
        return ExitUsage;
    }
    if (!resume && journalExists) {
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
            err() << (progress.enabled() ? u"\r"_s : QString()) << text << Qt::endl;
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
    const ExportOptions output = exportOptions;
    bool started = false;
    if (!projectPath.isEmpty() && !session.attachProject(projectPath, config, &error)) {
        printError(u"--project: %1"_s.arg(error));
        return ExitFailure;
    }
    const std::optional<ExportOptions> written = outPath.isEmpty() ? std::nullopt : std::optional(output);
    const std::optional<WorkspaceRun> unfinished = session.unfinishedRun();
    if (!resume && unfinished) {
        printError(tr("the project %1 holds an interrupted run (%2 of %3 rows); continue it with --resume, or use "
                      "another project")
                       .arg(QDir::toNativeSeparators(projectPath))
                       .arg(unfinished->ownsRows ? session.workspace()->rowCount() : 0)
                       .arg(totalOf(unfinished->counts)));
        return ExitUsage;
    }
    if (resume && !projectPath.isEmpty() && !journalExists) {
        started = session.resumeProjectRun(provider->endpoint, &error, written);
    } else if (resume) {
        started = session.resume(journalPath, provider->endpoint, &error, written);
    } else {
        Session::RunRequest request;
        request.config = config;
        request.counts = *config.levelCounts(&error);
        request.endpoint = provider->endpoint;
        if (projectPath.isEmpty())
            request.journalPath = journalPath;
        request.output = written;
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
    if (session.workspace()) {
        if (const WorkspaceError failure = session.workspace()->flush()) {
            printError(failure.message);
            return ExitFailure;
        }
    }
    if (!succeeded) {
        if (!projectPath.isEmpty() && session.unfinishedRun())
            printError(tr("%1. Every accepted row is in %2; run the same command with --resume to continue.")
                           .arg(summary, QDir::toNativeSeparators(projectPath)));
        else if (!journalPath.isEmpty() && QFile::exists(journalPath))
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
            perLevel << u"%1: %2"_s.arg(Rubric::formatReward(Rubric::rewardAt(i))).arg(stats.accepted[i]);
        const int rows = session.store()->size();
        out() << tr("Wrote %n row(s) (%1) to %2 in %3; %4 requests, tokens %5 in / %6 out, cost %7%8", nullptr,
                    pluralCount(rows))
                     .arg(perLevel.join(u", "_s), QDir::toNativeSeparators(outPath.isEmpty() ? projectPath : outPath),
                          formatSeconds(stats.elapsedSeconds))
                     .arg(stats.requests)
                     .arg(tokens(stats.inputTokens), tokens(stats.outputTokens), runCost(stats))
                     .arg(stats.fallbackRows
                              ? tr("; %n fallback row(s) from templates", nullptr, pluralCount(stats.fallbackRows))
                              : QString())
              << ladderNote(config, stats.target) << Qt::endl;
    }
    return ExitOk;
}

} // namespace candor::cli
