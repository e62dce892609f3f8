#pragma once

#include "providers/connector.h"
#include "secrets/keystore.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ProviderForm;
}
class QComboBox;
class QToolButton;

namespace candor {

class EndpointResolver;
class KeyStore;

// Model set-up: provider, endpoint, model (refreshed from the endpoint), the API key with its keychain state,
// and a connection test. Everything network- or keychain-bound is asynchronous.
class ProviderForm : public QWidget
{
    Q_OBJECT
public:
    enum class KeyState
    {
        Unknown,
        Stored,
        SessionOnly,
        NotStored,
        NotNeeded,
        Unavailable,
        Refused // the server turned the key (or its absence) down
    };
    Q_ENUM(KeyState)

    explicit ProviderForm(KeyStore *keys, QWidget *parent = nullptr);
    // The server refused the key a run used (HTTP 401/403): the key line says so, with the server's sentence,
    // instead of a verdict that no longer holds ("No key needed.", "Key stored").
    void noteRefusedKey(const QString &message);
    ~ProviderForm() override;

    QString providerId() const;
    QString baseUrl() const;
    QString model() const;
    void setProvider(const QString &providerId);
    void setBaseUrl(const QString &url);
    void setModel(const QString &model);
    KeyState keyState() const { return m_keyState; }

    // Saved profiles (ProfileStore): a name for a provider, endpoint and model, shared with candor-cli. A profile
    // may have its own API key in the keychain; without one it uses its provider's key.
    static QStringList profiles();
    QString profile() const { return m_profile; } // empty = no profile chosen
    bool setProfile(const QString &name);         // false for an unknown name; "" chooses no profile
    bool saveProfile(const QString &name);        // the current provider, endpoint and model under this name
    void deleteProfile(const QString &name);
    bool endpointValid() const;
    // The form's controls in keyboard order, for the window to place in its own tab chain.
    QList<QWidget *> tabOrder() const;

    // Resolves the key (keychain or session) and hands over ready settings; an error text when unusable.
    void endpoint(QObject *context, std::function<void(const EndpointSettings &, const QString &error)> done);

public Q_SLOTS:
    void refreshModels();
    void testConnection();
    void saveKey();

Q_SIGNALS:
    void modelsRefreshed(const QStringList &models);
    void connectionTested(bool ok, const QString &verdict);
    void keyStateChanged(candor::ProviderForm::KeyState state);
    void settingsChanged(); // provider, endpoint or model edited

private:
    void onProviderChanged();
    void fillProfiles();
    void askProfileName();
    QString keyEntry() const;
    void readKeyState();
    void setKeyState(KeyState state, const QString &text);
    std::unique_ptr<Connector> makeConnector(const QString &key) const;

    std::unique_ptr<Ui::ProviderForm> m_ui;
    KeyStore *m_keys;
    EndpointResolver *m_resolver; // profiles, key look-up and the endpoint check, shared with candor-cli
    KeyState m_keyState = KeyState::Unknown;
    std::unique_ptr<Connector> m_connector; // the one doing a refresh or test right now
    int m_generation = 0;                   // stale answers (after a provider change) are dropped
    QString m_profile;
    bool m_baseUrlTyped = false;     // the person typed the endpoint: a stored key may go there
    QStringList m_confirmedKeyHosts; // hosts the person agreed to send the stored key to, this session
    bool m_refusedHadKey = false;    // the refusal noted last was of a key the form had
    QComboBox *m_profileCombo = nullptr;
    QToolButton *m_deleteProfileButton = nullptr;
};

} // namespace candor
