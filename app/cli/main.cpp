// candor-cli: Candor without a window, for servers and scripts.
#include "cli/askcommand.h"
#include "cli/cliutil.h"
#include "cli/generatecommand.h"
#include "cli/judgecommand.h"
#include "cli/keycommand.h"
#include "cli/profilecommand.h"
#include "cli/projectcommand.h"
#include "cli/reportcommand.h"
#include "cli/validatecommand.h"
#include "i18n/translationloader.h"

#include "config.h"

#include <QCoreApplication>

using namespace candor::cli;

namespace candor::cli {
using namespace Qt::StringLiterals;
namespace {

// In namespace candor::cli, so that lupdate files the texts under the context tr() looks them up in.
QString usage()
{
    // Command and option names and the examples are what the user types: they stay as they are.
    QString text;
    auto item = [&text](const char *name, int width, const QString &description) {
        text += u"  "_s + QString::fromLatin1(name).leftJustified(width) + description + u'\n';
    };
    text += tr("Usage: candor-cli COMMAND [OPTIONS]") + u"\n\n"_s;
    text += tr("Generate and check honesty training datasets for language models.") + u"\n\n"_s;
    text += tr("Commands:") + u'\n';
    item("generate", 11, tr("Generate a dataset (offline template mode needs no set-up)"));
    item("validate", 11, tr("Check a JSONL dataset: rows per level, schema errors, duplicates"));
    item("ask", 11, tr("Send one prompt to a provider (test an endpoint, model and key)"));
    item("models", 11, tr("List the models an endpoint offers"));
    item("test", 11, tr("Check an endpoint and key; one-line verdict"));
    item("key", 11, tr("Store, delete or show API keys in the system keychain"));
    item("profile", 11, tr("List, show, save or delete provider profiles (shared with the window)"));
    item("project", 11, tr("Show what a .candor project holds (project info)"));
    item("export", 11, tr("Export a .candor project's rows in a trainer's format"));
    item("import", 11, tr("Append a JSONL dataset's rows to a .candor project"));
    item("judge", 11, tr("Ask a judge model for each row's level; agreement figures and flags"));
    item("report", 11, tr("Write a dataset's report as one HTML file (levels, lengths, cues, duplicates)"));
    text += u'\n' + tr("Options:") + u'\n';
    item("-h, --help", 15, tr("Show this help; COMMAND --help shows a command's options"));
    item("-v, --version", 15, tr("Show the version"));
    text += u'\n' + tr("Example:") + u'\n';
    text += u"  candor-cli generate --mode template --count 1000 --out dataset.jsonl\n"
            "  candor-cli validate dataset.jsonl\n"
            "  candor-cli generate --mode llm --provider openai --model gpt-4o-mini --count 500 "
            "--out d.jsonl\n"_s;
    return text;
}

QString notACommand(const QString &command)
{
    return tr("\"%1\" is not a command; commands are generate, validate, ask, models, test, key, profile, project, "
              "export, import, report and judge (see --help)")
        .arg(command);
}

} // namespace
} // namespace candor::cli

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"candor-cli"_s);
    QCoreApplication::setOrganizationName(QString::fromUtf8(CANDOR_ORGANIZATION));
    QCoreApplication::setApplicationVersion(QString::fromUtf8(CANDOR_VERSION));
    // Messages follow the system language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), or CANDOR_LANGUAGE when set; the
    // data candor-cli writes and its JSON output never depend on it.
    candor::loadTranslations(app, qEnvironmentVariable("CANDOR_LANGUAGE"));

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command.isEmpty() || command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        out() << usage();
        return command.isEmpty() ? ExitUsage : ExitOk;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out() << "candor-cli " << CANDOR_VERSION << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("generate"))
        return runGenerate(args);
    if (command == QLatin1String("validate"))
        return runValidate(args);
    if (command == QLatin1String("key"))
        return runKey(args);
    if (command == QLatin1String("project"))
        return runProject(args);
    if (command == QLatin1String("export"))
        return runExport(args);
    if (command == QLatin1String("import"))
        return runImport(args);
    if (command == QLatin1String("report"))
        return runReport(args);
    if (command == QLatin1String("judge"))
        return runJudge(args);
    if (command == QLatin1String("profile"))
        return runProfile(args);
    if (command == QLatin1String("ask"))
        return runAsk(args);
    if (command == QLatin1String("models"))
        return runModels(args);
    if (command == QLatin1String("test"))
        return runTest(args);
    printError(notACommand(command));
    return ExitUsage;
}
