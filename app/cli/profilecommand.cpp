#include "cli/profilecommand.h"

#include "cli/cliutil.h"
#include "providers/providercatalog.h"
#include "secrets/keystore.h"
#include "session/endpointresolver.h"
#include "session/profiles.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace candor::cli {
namespace {

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject profileJson(const Profile &p)
{
    return QJsonObject{{u"name"_s, p.name},
                       {u"provider"_s, p.provider},
                       {u"base_url"_s, orNull(p.baseUrl)},
                       {u"model"_s, orNull(p.model)}};
}

void printJson(const QJsonObject &o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
}

// An empty field means the provider's default; show which one that is.
QString shown(const QString &value, const QString &fallback)
{
    if (!value.isEmpty())
        return value;
    return fallback.isEmpty() ? tr("(none)") : fallback + tr(" (the provider's default)");
}

// The one positional NAME after the action; prints the usage error when it is missing or not valid.
std::optional<QString> nameArgument(const QStringList &positional, const QString &action)
{
    if (positional.size() != 3) {
        printError(positional.size() < 3 ? tr("profile %1: NAME is missing").arg(action)
                                         : tr("profile %1: give one NAME (quote a name with spaces)").arg(action));
        return std::nullopt;
    }
    const QString name = positional.at(2);
    if (!ProfileStore::isValidName(name)) {
        printError(
            tr("profile %1: NAME \"%2\" is empty, has surrounding spaces or contains a slash").arg(action, name));
        return std::nullopt;
    }
    return name;
}

} // namespace

int runProfile(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage provider profiles: a name for a provider, endpoint and model, shared with the window.") +
        u"\n\n  profile list                 "_s + tr("list the saved profiles") +
        u"\n  profile show NAME            "_s + tr("show one profile") +
        u"\n  profile save NAME --provider P [--base-url U] [--model M]\n                               "_s +
        tr("save a profile (replaces one of the same name)") + u"\n  profile delete NAME          "_s +
        tr("delete a profile and its own API key") + u"\n\n"_s +
        tr("A profile's own API key is stored with candor-cli key set --profile NAME; without one, the provider's "
           "key is used. Keys are never shown."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"profile"_s, tr("The command."));
    parser.addPositionalArgument(u"ACTION"_s, tr("list, show, save or delete."));
    parser.addPositionalArgument(u"NAME"_s, tr("The profile's name."));
    parser.addOptions({
        {u"provider"_s, tr("save: the provider, one of %1.").arg(ProviderCatalog::idList()), u"P"_s},
        {u"base-url"_s, tr("save: the endpoint URL (default: the provider's)."), u"URL"_s},
        {u"model"_s, tr("save: the model id (default: the provider's suggestion)."), u"M"_s},
        {u"json"_s, tr("list, show: print JSON.")},
    });
    if (const auto done = parseCommandLine(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const bool json = parser.isSet(u"json"_s);
    ProfileStore store;

    if (action != "save"_L1) {
        for (const QString &option : {u"provider"_s, u"base-url"_s, u"model"_s}) {
            if (parser.isSet(option)) {
                printError(tr("--%1: only profile save takes it").arg(option));
                return ExitUsage;
            }
        }
    }
    if (json && action != "list"_L1 && action != "show"_L1) {
        printError(tr("--json: only profile list and profile show take it"));
        return ExitUsage;
    }

    if (action == "list"_L1) {
        if (positional.size() > 2) {
            printError(tr("profile list: takes no NAME"));
            return ExitUsage;
        }
        QJsonArray list;
        QVector<Profile> profiles;
        int width = 0;
        for (const QString &name : store.names()) {
            if (const auto p = store.load(name)) {
                profiles << *p;
                list.append(profileJson(*p));
                width = qMax(width, int(name.size()));
            }
        }
        if (json) {
            printJson({{u"profiles"_s, list}});
        } else if (profiles.isEmpty()) {
            out() << tr("No profiles saved yet; save one with candor-cli profile save NAME --provider P.") << Qt::endl;
        } else {
            for (const Profile &p : profiles) {
                const ProviderInfo *info = ProviderCatalog::find(p.provider);
                out() << u"%1  %2  %3"_s.arg(p.name, -width)
                             .arg(p.provider, -18)
                             .arg(shown(p.model, info ? info->defaultModel : QString()))
                      << Qt::endl;
            }
        }
        return ExitOk;
    }

    if (action == "show"_L1) {
        const auto name = nameArgument(positional, action);
        if (!name)
            return ExitUsage;
        const std::optional<Profile> p = store.load(*name);
        if (!p) {
            printError(
                tr("profile show: there is no profile named \"%1\" (candor-cli profile list shows them)").arg(*name));
            return ExitFailure;
        }
        if (json) {
            printJson(profileJson(*p));
            return ExitOk;
        }
        const ProviderInfo *info = ProviderCatalog::find(p->provider);
        QTextStream &o = out();
        o << p->name << Qt::endl;
        o << u"  provider  "_s << p->provider << Qt::endl;
        o << u"  base-url  "_s << shown(p->baseUrl, info ? info->defaultBaseUrl : QString()) << Qt::endl;
        o << u"  model     "_s << shown(p->model, info ? info->defaultModel : QString()) << Qt::endl;
        return ExitOk;
    }

    if (action == "save"_L1) {
        const auto name = nameArgument(positional, action);
        if (!name)
            return ExitUsage;
        Profile p;
        p.name = *name;
        p.provider = parser.value(u"provider"_s);
        p.baseUrl = parser.value(u"base-url"_s).trimmed();
        p.model = parser.value(u"model"_s).trimmed();
        if (p.provider.isEmpty()) {
            printError(tr("--provider: missing; use one of %1").arg(ProviderCatalog::idList()));
            return ExitUsage;
        }
        if (!ProviderCatalog::find(p.provider)) {
            printError(
                tr("--provider: \"%1\" is not a provider; use one of %2").arg(p.provider, ProviderCatalog::idList()));
            return ExitUsage;
        }
        if (!p.baseUrl.isEmpty() && !EndpointResolver::isValidEndpointUrl(QUrl(p.baseUrl))) {
            printError(tr("--base-url: \"%1\" is not an http(s) URL").arg(p.baseUrl));
            return ExitUsage;
        }
        if (!store.save(p)) {
            printError(tr("profile save: the settings file could not be written"));
            return ExitFailure;
        }
        out() << tr("Saved the profile %1 (%2).").arg(p.name, p.provider) << Qt::endl;
        return ExitOk;
    }

    if (action == "delete"_L1) {
        const auto name = nameArgument(positional, action);
        if (!name)
            return ExitUsage;
        const std::optional<Profile> p = store.load(*name);
        if (!p) {
            printError(
                tr("profile delete: there is no profile named \"%1\" (candor-cli profile list shows them)").arg(*name));
            return ExitFailure;
        }
        store.remove(*name);
        // The profile's own key goes with it, as in the window; a profile named "default" shares its provider's.
        KeychainError keyError;
        if (p->keyEntry() != ProviderCatalog::keyEntry(p->provider)) {
            KeyStore keys;
            QEventLoop loop;
            keys.remove(p->keyEntry(), &loop, [&](const KeychainError &error) {
                keyError = error;
                loop.quit();
            });
            loop.exec();
        }
        out() << tr("Deleted the profile %1.").arg(*name) << Qt::endl;
        if (!keyError.ok())
            printError(
                tr("the profile %1 is deleted, but its own API key, if it had one, may still be in the keychain: %2")
                    .arg(*name, keyError.message));
        return ExitOk;
    }

    printError(action.isEmpty() ? tr("profile: say list, show, save or delete (see profile --help)")
                                : tr("profile: \"%1\" is not an action; use list, show, save or delete").arg(action));
    return ExitUsage;
}

} // namespace candor::cli
