#include "cli/judgecommand.h"

#include "cli/cliutil.h"
#include "cli/provideroptions.h"
#include "generation/judge.h"
#include "storage/jsonlreader.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace candor::cli {
using namespace Qt::StringLiterals;

namespace {

QString share(double value)
{
    return QLocale().toString(value * 100, 'f', 1) + u'%';
}

QString coefficient(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 3) : tr("undefined");
}

// The agreement figures and the confusion matrix, as text for a terminal.
void printAgreement(const Agreement &a)
{
    if (a.pairs == 0) {
        out() << tr("No row has a judge's verdict.") << Qt::endl;
        return;
    }
    out() << tr("Agreement over %Ln judged row(s): exact %1, within one level %2, quadratic-weighted kappa %3 (95% "
                "interval %4 to %5), honest (+1 and up) vs not kappa %6.",
                nullptr, int(a.pairs))
                 .arg(share(a.exact), share(a.withinOne), coefficient(a.quadraticKappa),
                      coefficient(a.quadraticKappaInterval[0]), coefficient(a.quadraticKappaInterval[1]),
                      coefficient(a.binaryKappa))
          << Qt::endl;
    out() << tr("Rows: target level; columns: the judge's level.") << Qt::endl;
    QString header = u"        "_s;
    for (int j = Rubric::LevelCount - 1; j >= 0; --j)
        header += Rubric::formatReward(Rubric::rewardAt(j)).rightJustified(8);
    out() << header << u"  "_s << tr("recall") << Qt::endl;
    for (int i = Rubric::LevelCount - 1; i >= 0; --i) {
        QString line = Rubric::formatReward(Rubric::rewardAt(i)).leftJustified(8);
        for (int j = Rubric::LevelCount - 1; j >= 0; --j)
            line += QLocale().toString(a.matrix[std::size_t(i)][std::size_t(j)]).rightJustified(8);
        const auto recall = a.recall[std::size_t(i)];
        out() << line << u"  "_s << (recall ? share(*recall) : u"-"_s) << Qt::endl;
    }
    QString precision = tr("precision").leftJustified(8);
    for (int j = Rubric::LevelCount - 1; j >= 0; --j) {
        const auto p = a.precision[std::size_t(j)];
        precision += (p ? share(*p) : u"-"_s).rightJustified(8);
    }
    out() << precision << Qt::endl;
}

bool writeRows(const QString &path, const QVector<Example> &rows, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QByteArray buffer;
    for (const Example &row : rows) {
        appendJsonLine(buffer, row, true);
        if (buffer.size() > (1 << 20)) {
            if (file.write(buffer) < 0)
                break;
            buffer.clear();
        }
    }
    if (file.write(buffer) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int runJudge(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Ask a judge model which level each row's answer shows, and report how well it agrees with the levels the "
           "rows were made for. The output is the dataset with meta.judge on every judged row and the flags "
           "level_mismatch and off_by_more_than_one where the judge disagrees. With --report, only the agreement "
           "of rows judged before is printed.\n"
           "Exit 0 when every row was judged, 1 when the run stopped early (an error, the budget), 2 for a wrong "
           "command line."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"judge"_s, tr("The command."));
    parser.addPositionalArgument(u"IN"_s, tr("A JSONL dataset."));
    addProviderOptions(parser, true);
    parser.addOptions({
        {u"out"_s, tr("The judged dataset (JSONL with meta), replaced atomically."), u"FILE"_s},
        {u"votes"_s, tr("Calls per row; the majority is the verdict (default 1, 3 recommended)."), u"K"_s, u"1"_s},
        {u"concurrency"_s, tr("Requests at a time (default 4)."), u"N"_s, u"4"_s},
        {u"budget"_s, tr("Stop sending requests before the cost would pass this many USD (known prices only)."),
         u"USD"_s},
        {u"resume"_s, tr("Continue an interrupted run: the verdicts in OUT.partial are kept, the rest is judged.")},
        {u"report"_s, tr("Print the agreement of the rows already judged in IN; no provider is asked.")},
    });
    if (const auto done = parseCommandLine(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(tr("judge: give one IN, a JSONL dataset"));
        return ExitUsage;
    }
    JsonlReader::Result input;
    QString error;
    if (!JsonlReader::readAll(positional.at(1), &input, &error)) {
        printError(error);
        return ExitFailure;
    }
    if (!input.errors.isEmpty())
        err() << tr("%n line(s) of IN could not be read and are left out (candor-cli validate names them).", nullptr,
                    int(input.errors.size()))
              << Qt::endl;
    if (parser.isSet(u"report"_s)) {
        printAgreement(JudgeRun::agreementOf(input.rows));
        return ExitOk;
    }
    const QString outPath = parser.value(u"out"_s);
    if (outPath.isEmpty()) {
        printError(tr("judge: --out FILE is missing"));
        return ExitUsage;
    }
    const auto votes = intOption(parser, u"votes"_s, 1, 9);
    const auto concurrency = intOption(parser, u"concurrency"_s, 1, 256);
    if (!votes || !concurrency)
        return ExitUsage;
    JudgeOptions options;
    options.votes = *votes;
    options.concurrency = *concurrency;
    if (parser.isSet(u"budget"_s)) {
        bool ok = false;
        options.budgetUsd = parser.value(u"budget"_s).toDouble(&ok);
        if (!ok || !(options.budgetUsd > 0)) {
            printError(tr("--budget: \"%1\" is not an amount in USD above 0").arg(parser.value(u"budget"_s)));
            return ExitUsage;
        }
    }
    int exitCode = ExitOk;
    const auto provider = resolveProvider(parser, true, true, &exitCode);
    if (!provider)
        return exitCode;
    options.provider = provider->endpoint.providerId;
    options.model = provider->model;
    for (const Example &row : std::as_const(input.rows)) {
        if (JudgePrompt::sameFamily(row.provider, row.model, options.provider, options.model)) {
            err() << tr("Warning: the judge %1 is of the same model family as the generator %2 of some rows; a judge "
                        "tends to agree with its own family.")
                         .arg(options.model, row.model)
                  << Qt::endl;
            break;
        }
    }

    // Verdicts are journaled as they come (OUT.partial, one JSON line per judged row), so a run that is killed
    // resumes without judging a row twice.
    const QString partialPath = outPath + u".partial"_s;
    QVector<Example> rows = input.rows;
    QVector<int> toJudge;
    if (parser.isSet(u"resume"_s)) {
        JsonlReader::Result partial;
        if (!JsonlReader::readAll(partialPath, &partial, &error)) {
            printError(tr("--resume: %1").arg(error));
            return ExitFailure;
        }
        QHash<QString, Example> done;
        for (const Example &row : std::as_const(partial.rows))
            done.insert(row.id, row);
        for (int i = 0; i < rows.size(); ++i) {
            const auto it = done.constFind(rows.at(i).id);
            if (it != done.cend() && it->judge)
                rows[i] = *it;
            else
                toJudge << i;
        }
        out() << tr("Resuming: %1 of %2 rows were judged before.").arg(rows.size() - toJudge.size()).arg(rows.size())
              << Qt::endl;
        if (toJudge.isEmpty()) {
            if (!writeRows(outPath, rows, &error)) {
                printError(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(outPath), error));
                return ExitFailure;
            }
            QFile::remove(partialPath);
            printAgreement(JudgeRun::agreementOf(rows));
            return ExitOk;
        }
    } else if (QFile::exists(partialPath)) {
        printError(tr("%1 holds an interrupted judge run; continue it with --resume or remove the file")
                       .arg(QDir::toNativeSeparators(partialPath)));
        return ExitUsage;
    }
    QFile partial(partialPath);
    if (!partial.open(QIODevice::WriteOnly | QIODevice::Append)) {
        printError(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(partialPath), partial.errorString()));
        return ExitFailure;
    }
    JudgeRun run(provider->endpoint, options);
    QEventLoop loop;
    bool succeeded = false;
    QString summary;
    QObject::connect(&run, &JudgeRun::rowJudged, [&partial](int, const Example &row) {
        QByteArray line;
        appendJsonLine(line, row, true);
        partial.write(line);
        partial.flush();
    });
    QObject::connect(&run, &JudgeRun::message, [](const QString &text) { err() << text << Qt::endl; });
    QObject::connect(&run, &JudgeRun::finished, &loop, [&](bool ok, const QString &text) {
        succeeded = ok;
        summary = text;
        loop.quit();
    });
    if (!run.start(rows, toJudge, &error)) {
        printError(error);
        return ExitUsage;
    }
    loop.exec();
    partial.close();
    if (!writeRows(outPath, run.rows(), &error)) {
        printError(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(outPath), error));
        return ExitFailure;
    }
    if (succeeded)
        QFile::remove(partialPath);
    const auto cost = run.costUsd();
    out() << summary << u' '
          << tr("%1 requests, tokens %2 in / %3 out, cost %4.")
                 .arg(run.requests())
                 .arg(run.inputTokens())
                 .arg(run.outputTokens())
                 .arg(cost ? u"$"_s + QString::number(*cost, 'f', 4) : tr("no price"))
          << Qt::endl;
    printAgreement(run.agreement());
    if (!succeeded)
        printError(tr("the run stopped early; the verdicts so far are in %1 and %2 (continue with --resume)")
                       .arg(QDir::toNativeSeparators(outPath), QDir::toNativeSeparators(partialPath)));
    return succeeded ? ExitOk : ExitFailure;
}

} // namespace candor::cli
