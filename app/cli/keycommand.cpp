#include "cli/keycommand.h"

#include "cli/cliutil.h"
#include "providers/providercatalog.h"
#include "secrets/keystore.h"
#include "session/profiles.h"

#include <QEventLoop>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace candor::cli {
using namespace Qt::StringLiterals;
namespace {

// Reads one line from stdin; on a terminal the typed key is not echoed.
QString readSecretLine(const QString &prompt)
{
    const bool tty = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (tty) {
        err() << prompt;
        err().flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine(1 << 20);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << Qt::endl;
    }
    return QString::fromUtf8(line).trimmed();
}

const ProviderInfo *providerArgument(const QString &name)
{
    const ProviderInfo *provider = ProviderCatalog::find(name);
    if (!provider)
        printError(tr("key: \"%1\" is not a provider; providers are %2").arg(name, ProviderCatalog::idList()));
    return provider;
}

} // namespace

int runKey(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage API keys in the system keychain (never in files).") + u"\n\n  key set PROVIDER      "_s +
        tr("read the key from standard input (not echoed on a terminal)") + u"\n  key delete PROVIDER   "_s +
        tr("remove the stored key") + u"\n  key status [PROVIDER] "_s +
        tr("show whether a key is stored, masked like sk-…abcd"));
    parser.addHelpOption();
    parser.addPositionalArgument(u"key"_s, tr("The command."));
    parser.addPositionalArgument(u"ACTION"_s, tr("set, delete or status."));
    parser.addPositionalArgument(u"PROVIDER"_s, tr("One of: %1").arg(ProviderCatalog::idList()));
    parser.addOption({u"profile"_s,
                      tr("Provider profile, for several keys per provider (default: default); a saved profile "
                         "(candor-cli profile list) supplies PROVIDER when it is left out."),
                      u"NAME"_s});
    if (const auto done = parseCommandLine(parser, args))
        return *done;
    QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const QString profile = parser.value(u"profile"_s);
    // "key set --profile NAME": the saved profile says whose key it is.
    if (positional.size() == 2 && !profile.isEmpty()) {
        if (const std::optional<Profile> saved = ProfileStore().load(profile))
            positional << saved->provider;
    }
    KeyStore store;
    QEventLoop loop;
    int exitCode = ExitOk;

    if (action == QLatin1String("set") || action == QLatin1String("delete")) {
        if (positional.size() != 3) {
            printError(tr("key %1: give exactly one PROVIDER (%2)").arg(action, ProviderCatalog::idList()));
            return ExitUsage;
        }
        const ProviderInfo *provider = providerArgument(positional.at(2));
        if (!provider)
            return ExitUsage;
        const QString entry = ProviderCatalog::keyEntry(provider->id, profile);
        if (action == QLatin1String("set")) {
            const QString key = readSecretLine(tr("API key for %1: ").arg(provider->displayName));
            if (key.isEmpty()) {
                printError(tr("key set: no key on standard input; pipe it in or type it when asked"));
                return ExitUsage;
            }
            store.store(entry, key, &loop, [&](const KeychainError &error) {
                if (error.ok()) {
                    out() << tr("Stored the API key for %1 (%2) in the keychain.")
                                 .arg(provider->displayName, KeyStore::mask(key))
                          << Qt::endl;
                } else {
                    printError(error.message);
                    exitCode = ExitFailure;
                }
                loop.quit();
            });
        } else {
            store.remove(entry, &loop, [&](const KeychainError &error) {
                if (error.ok()) {
                    out() << tr("Deleted the API key for %1.").arg(provider->displayName) << Qt::endl;
                } else {
                    printError(error.message);
                    exitCode = ExitFailure;
                }
                loop.quit();
            });
        }
        loop.exec();
        return exitCode;
    }

    if (action == QLatin1String("status")) {
        QVector<const ProviderInfo *> providers;
        if (positional.size() > 3) {
            printError(tr("key status: at most one PROVIDER"));
            return ExitUsage;
        }
        if (positional.size() == 3) {
            const ProviderInfo *provider = providerArgument(positional.at(2));
            if (!provider)
                return ExitUsage;
            providers << provider;
        } else {
            for (const ProviderInfo &p : ProviderCatalog::all())
                providers << &p;
        }
        QString unusable;
        for (const ProviderInfo *provider : providers) {
            store.read(ProviderCatalog::keyEntry(provider->id, profile), &loop,
                       [&](const QString &key, const KeychainError &error) {
                           QString state;
                           if (error.ok())
                               state = tr("stored (%1)").arg(KeyStore::mask(key));
                           else if (error.kind == KeychainError::Kind::NotFound)
                               state = provider->keyRequired ? tr("not stored") : tr("not stored (not needed)");
                           else
                               state = tr("unknown: keychain unavailable");
                           if (!error.ok() && error.kind != KeychainError::Kind::NotFound) {
                               unusable = error.message;
                               exitCode = ExitFailure;
                           }
                           out() << u"%1  %2"_s.arg(provider->id, -18).arg(state) << Qt::endl;
                           loop.quit();
                       });
            loop.exec();
        }
        if (!unusable.isEmpty())
            printError(unusable);
        return exitCode;
    }

    printError(action.isEmpty() ? tr("key: say set, delete or status (see key --help)")
                                : tr("key: \"%1\" is not an action; use set, delete or status").arg(action));
    return ExitUsage;
}

} // namespace candor::cli
