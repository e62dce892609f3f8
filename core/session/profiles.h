#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace candor {

// A named provider, endpoint and model. An empty base URL or model means the provider's default. The profile's
// own API key, if any, lives in the keychain under keyEntry(), never here.
struct Profile
{
    QString name;
    QString provider;
    QString baseUrl;
    QString model;

    // The profile's own keychain entry; without a key there, the provider's entry is used.
    QString keyEntry() const;
};

// The saved profiles, shared by the window and candor-cli: the group "providerProfiles" of the window's settings
// file (organisation "Candor", application "Candor"), one subgroup per name with the keys provider, baseUrl and
// model. Each call opens the settings afresh, so changes made by another process are seen at once.
class ProfileStore
{
public:
    // The window's settings file, wherever QSettings keeps it for this user.
    ProfileStore();
    // An INI file of its own, for tests and tools.
    explicit ProfileStore(const QString &iniFile);

    // Names sorted case-insensitively.
    QStringList names() const;
    bool contains(const QString &name) const;
    std::optional<Profile> load(const QString &name) const;
    // Adds or replaces the profile under its trimmed name; false when the name is not valid.
    bool save(const Profile &profile);
    // False when there was no such profile.
    bool remove(const QString &name);

    // A name is part of a settings group and of a keychain entry: not empty, no slashes.
    static bool isValidName(const QString &name);

private:
    QString m_iniFile; // empty: the window's settings
};

} // namespace candor
