#include "session/profiles.h"

#include "providers/providercatalog.h"

#include "config.h"

#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace candor {
namespace {

const QString ProfilesGroup = u"providerProfiles"_s;
// The window's application name (app/gui/main.cpp): candor-cli opens the same file to see the same profiles.
const QString WindowApplication = u"Candor"_s;

std::unique_ptr<QSettings> openSettings(const QString &iniFile)
{
    auto settings = iniFile.isEmpty()
                        ? std::make_unique<QSettings>(QString::fromUtf8(CANDOR_ORGANIZATION), WindowApplication)
                        : std::make_unique<QSettings>(iniFile, QSettings::IniFormat);
    settings->beginGroup(ProfilesGroup);
    return settings;
}

} // namespace

QString Profile::keyEntry() const
{
    return ProviderCatalog::keyEntry(provider, name);
}

ProfileStore::ProfileStore() = default;

ProfileStore::ProfileStore(const QString &iniFile) : m_iniFile(iniFile) {}

QStringList ProfileStore::names() const
{
    QStringList names = openSettings(m_iniFile)->childGroups();
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool ProfileStore::contains(const QString &name) const
{
    return isValidName(name) && openSettings(m_iniFile)->childGroups().contains(name);
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    const auto settings = openSettings(m_iniFile);
    settings->beginGroup(name);
    Profile p;
    p.name = name;
    p.provider = settings->value(u"provider"_s).toString();
    p.baseUrl = settings->value(u"baseUrl"_s).toString();
    p.model = settings->value(u"model"_s).toString();
    return p;
}

bool ProfileStore::save(const Profile &profile)
{
    const QString name = profile.name.trimmed();
    if (!isValidName(name))
        return false;
    const auto settings = openSettings(m_iniFile);
    settings->beginGroup(name);
    settings->setValue(u"provider"_s, profile.provider);
    settings->setValue(u"baseUrl"_s, profile.baseUrl);
    settings->setValue(u"model"_s, profile.model);
    settings->endGroup();
    settings->sync();
    return settings->status() == QSettings::NoError;
}

bool ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return false;
    const auto settings = openSettings(m_iniFile);
    settings->remove(name);
    settings->sync();
    return true;
}

bool ProfileStore::isValidName(const QString &name)
{
    const QString trimmed = name.trimmed();
    return !trimmed.isEmpty() && trimmed == name && !name.contains(u'/') && !name.contains(u'\\');
}

} // namespace candor
