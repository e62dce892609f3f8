// candor-cli: Candor without a window, for servers and scripts.
#include "askcommand.h"
#include "cliutil.h"
#include "generatecommand.h"
#include "keycommand.h"
#include "validatecommand.h"

#include "config.h"

#include <QCoreApplication>

using namespace candor::cli;

namespace {

const char *kUsage =
    "Usage: candor-cli COMMAND [OPTIONS]\n"
    "\n"
    "Generate and check honesty training datasets for language models.\n"
    "\n"
    "Commands:\n"
    "  generate   Generate a dataset (offline template mode needs no set-up)\n"
    "  validate   Check a JSONL dataset: rows per level, schema errors, duplicates\n"
    "  ask        Send one prompt to a provider (test an endpoint, model and key)\n"
    "  models     List the models an endpoint offers\n"
    "  test       Check an endpoint and key; one-line verdict\n"
    "  key        Store, delete or show API keys in the system keychain\n"
    "\n"
    "Options:\n"
    "  -h, --help     Show this help; COMMAND --help shows a command's options\n"
    "  -v, --version  Show the version\n"
    "\n"
    "Example:\n"
    "  candor-cli generate --mode template --count 1000 --out dataset.jsonl\n"
    "  candor-cli validate dataset.jsonl\n"
    "  candor-cli generate --mode llm --provider openai --model gpt-4o-mini --count 500 --out d.jsonl\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("candor-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral(CANDOR_ORGANIZATION));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANDOR_VERSION));

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command.isEmpty() || command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        out() << kUsage;
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
    if (command == QLatin1String("ask"))
        return runAsk(args);
    if (command == QLatin1String("models"))
        return runModels(args);
    if (command == QLatin1String("test"))
        return runTest(args);
    printError(QStringLiteral(
                   "\"%1\" is not a command; commands are generate, validate, ask, models, test and key (see --help)")
                   .arg(command));
    return ExitUsage;
}
