#include "providerform.h"

#include "messagebox.h"
#include "providers/providercatalog.h"
#include "secrets/keystore.h"
#include "session/endpointresolver.h"
#include "session/profiles.h"
#include "ui_providerform.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace candor {
using namespace Qt::StringLiterals;

ProviderForm::ProviderForm(KeyStore *keys, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProviderForm>()), m_keys(keys),
      m_resolver(new EndpointResolver(keys, this))
{
    m_ui->setupUi(this);
    for (const ProviderInfo &p : ProviderCatalog::all())
        m_ui->providerComboBox->addItem(p.displayName, p.id);
    connect(m_ui->providerComboBox, &QComboBox::currentIndexChanged, this, &ProviderForm::onProviderChanged);
    connect(m_ui->endpointLineEdit, &QLineEdit::textChanged, this, [this] {
        const bool ok = endpointValid();
        // Marked, not blocked: the user may be half-way through typing.
        m_ui->endpointLineEdit->setStyleSheet(ok ? QString() : u"QLineEdit { border: 1px solid #c0392b; }"_s);
        m_ui->endpointLineEdit->setToolTip(ok ? tr("The provider's API address; change it for proxies or self-hosted "
                                                   "servers.")
                                              : tr("Not a valid http(s) address, e.g. https://api.openai.com/v1"));
    });
    connect(m_ui->revealKeyButton, &QToolButton::toggled, this,
            [this](bool on) { m_ui->apiKeyLineEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_ui->saveKeyButton, &QToolButton::clicked, this, &ProviderForm::saveKey);
    connect(m_ui->providerComboBox, &QComboBox::currentIndexChanged, this, &ProviderForm::settingsChanged);
    connect(m_ui->endpointLineEdit, &QLineEdit::textChanged, this, &ProviderForm::settingsChanged);
    connect(m_ui->endpointLineEdit, &QLineEdit::textEdited, this, [this] { m_baseUrlTyped = true; });
    connect(m_ui->modelComboBox, &QComboBox::currentTextChanged, this, &ProviderForm::settingsChanged);
    connect(m_ui->refreshModelsButton, &QToolButton::clicked, this, &ProviderForm::refreshModels);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ProviderForm::testConnection);

    // Profiles sit above the provider: choosing one fills the three fields below.
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(u"profileComboBox"_s);
    m_profileCombo->setAccessibleName(tr("Provider profile"));
    m_profileCombo->setToolTip(tr("A saved provider, endpoint and model; each profile may keep its own API key."));
    m_profileCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *saveProfile = new QToolButton(this);
    saveProfile->setObjectName(u"saveProfileButton"_s);
    saveProfile->setText(tr("Save &As…"));
    saveProfile->setToolTip(tr("Save the provider, endpoint and model as a named profile."));
    m_deleteProfileButton = new QToolButton(this);
    m_deleteProfileButton->setObjectName(u"deleteProfileButton"_s);
    m_deleteProfileButton->setText(tr("Delete"));
    m_deleteProfileButton->setToolTip(tr("Forget the chosen profile and its own API key."));
    auto *row = new QHBoxLayout;
    row->addWidget(m_profileCombo, 1);
    row->addWidget(saveProfile);
    row->addWidget(m_deleteProfileButton);
    auto *label = new QLabel(tr("Pro&file:"), this);
    label->setBuddy(m_profileCombo);
    m_ui->providerLayout->insertRow(0, label, row);
    setTabOrder(m_profileCombo, saveProfile);
    setTabOrder(saveProfile, m_deleteProfileButton);
    setTabOrder(m_deleteProfileButton, m_ui->providerComboBox);
    connect(saveProfile, &QToolButton::clicked, this, &ProviderForm::askProfileName);
    connect(m_deleteProfileButton, &QToolButton::clicked, this, [this] { deleteProfile(m_profile); });
    connect(m_profileCombo, &QComboBox::activated, this,
            [this](int index) { setProfile(m_profileCombo->itemData(index).toString()); });
    fillProfiles();
    onProviderChanged();
}

QList<QWidget *> ProviderForm::tabOrder() const
{
    return {m_profileCombo,
            findChild<QWidget *>(u"saveProfileButton"_s),
            m_deleteProfileButton,
            m_ui->providerComboBox,
            m_ui->endpointLineEdit,
            m_ui->modelComboBox,
            m_ui->refreshModelsButton,
            m_ui->apiKeyLineEdit,
            m_ui->revealKeyButton,
            m_ui->saveKeyButton,
            m_ui->testConnectionButton};
}

QStringList ProviderForm::profiles()
{
    return ProfileStore().names();
}

void ProviderForm::fillProfiles()
{
    const QSignalBlocker block(m_profileCombo);
    m_profileCombo->clear();
    m_profileCombo->addItem(tr("(none)"), QString());
    for (const QString &name : profiles())
        m_profileCombo->addItem(name, name);
    m_profileCombo->setCurrentIndex(qMax(0, m_profileCombo->findData(m_profile)));
    m_deleteProfileButton->setEnabled(!m_profile.isEmpty());
}

bool ProviderForm::setProfile(const QString &name)
{
    const std::optional<Profile> saved = name.isEmpty() ? std::nullopt : m_resolver->profiles().load(name);
    if (!name.isEmpty() && !saved)
        return false;
    m_profile = name;
    if (saved) {
        setProvider(saved->provider);
        // candor-cli may save a profile without URL or model, meaning the provider's defaults.
        const ProviderInfo *info = ProviderCatalog::find(saved->provider);
        setBaseUrl(saved->baseUrl.isEmpty() && info ? info->defaultBaseUrl : saved->baseUrl);
        setModel(saved->model.isEmpty() && info ? info->defaultModel : saved->model);
    }
    fillProfiles();
    readKeyState(); // the profile may have its own key
    Q_EMIT settingsChanged();
    return true;
}

bool ProviderForm::saveProfile(const QString &name)
{
    const QString trimmed = name.trimmed();
    ProfileStore store = m_resolver->profiles();
    if (!store.save({trimmed, providerId(), baseUrl(), model()}))
        return false;
    m_profile = trimmed;
    fillProfiles();
    readKeyState();
    return true;
}

void ProviderForm::deleteProfile(const QString &name)
{
    if (name.isEmpty())
        return;
    ProfileStore store = m_resolver->profiles();
    const std::optional<Profile> saved = store.load(name);
    store.remove(name);
    const QString entry = ProviderCatalog::keyEntry(saved ? saved->provider : providerId(), name);
    // A profile named "default" shares its provider's entry, which outlives the profile.
    if (entry != ProviderCatalog::keyEntry(saved ? saved->provider : providerId())) {
        m_keys->clearSessionKey(entry);
        m_keys->remove(entry, this, [](const KeychainError &) {}); // no own key is fine too
    }
    if (m_profile == name)
        m_profile.clear();
    fillProfiles();
    readKeyState();
}

void ProviderForm::askProfileName()
{
    bool ok = false;
    const QString suggested = m_profile.isEmpty() ? u"%1 %2"_s.arg(providerId(), model()) : m_profile;
    const QString name =
        QInputDialog::getText(this, tr("Save profile"), tr("Profile name:"), QLineEdit::Normal, suggested, &ok);
    if (ok && !saveProfile(name))
        m_ui->verdictLabel->setText(tr("A profile name cannot be empty or contain slashes."));
}

QString ProviderForm::keyEntry() const
{
    return ProviderCatalog::keyEntry(providerId(), m_profile);
}

ProviderForm::~ProviderForm() = default;

QString ProviderForm::providerId() const
{
    return m_ui->providerComboBox->currentData().toString();
}
QString ProviderForm::baseUrl() const
{
    return m_ui->endpointLineEdit->text().trimmed();
}
QString ProviderForm::model() const
{
    return m_ui->modelComboBox->currentText().trimmed();
}

void ProviderForm::setProvider(const QString &providerId)
{
    const int index = m_ui->providerComboBox->findData(providerId);
    if (index >= 0)
        m_ui->providerComboBox->setCurrentIndex(index);
}

void ProviderForm::setBaseUrl(const QString &url)
{
    if (!url.isEmpty()) {
        m_ui->endpointLineEdit->setText(url);
        m_baseUrlTyped = false; // from a project or profile: a stored key needs the person's say-so (see endpoint())
    }
}

void ProviderForm::setModel(const QString &model)
{
    if (!model.isEmpty())
        m_ui->modelComboBox->setCurrentText(model);
}

bool ProviderForm::endpointValid() const
{
    return EndpointResolver::isValidEndpointUrl(QUrl(baseUrl()));
}

void ProviderForm::onProviderChanged()
{
    ++m_generation;
    m_connector.reset();
    const ProviderInfo *info = ProviderCatalog::find(providerId());
    if (!info)
        return;
    m_ui->endpointLineEdit->setText(info->defaultBaseUrl);
    m_ui->modelComboBox->clear();
    m_ui->modelComboBox->addItems(info->suggestedModels);
    m_ui->modelComboBox->setCurrentText(info->defaultModel);
    m_ui->apiKeyLineEdit->clear();
    m_ui->apiKeyLineEdit->setPlaceholderText(info->keyHint.isEmpty() ? tr("optional") : info->keyHint);
    m_ui->verdictLabel->clear();
    readKeyState();
}

void ProviderForm::noteRefusedKey(const QString &message)
{
    // With a key at hand the server refused that key; without one, it wants one.
    const bool hadKey = m_keyState == KeyState::Stored || m_keyState == KeyState::SessionOnly ||
                        (m_keyState == KeyState::Refused && m_refusedHadKey);
    m_refusedHadKey = hadKey;
    setKeyState(KeyState::Refused,
                hadKey ? tr("The server refused this key: %1").arg(message)
                       : tr("This server asks for an API key: %1 Type one above and press Save.").arg(message));
}

void ProviderForm::setKeyState(KeyState state, const QString &text)
{
    m_keyState = state;
    m_ui->keyStateLabel->setText(text);
    Q_EMIT keyStateChanged(state);
}

void ProviderForm::readKeyState()
{
    const ProviderInfo *info = ProviderCatalog::find(providerId());
    const QString entry = keyEntry();
    if (m_keys->hasSessionKey(entry) || m_keys->hasSessionKey(ProviderCatalog::keyEntry(providerId()))) {
        setKeyState(KeyState::SessionOnly, tr("Key kept for this session only (not in the keychain)."));
        return;
    }
    setKeyState(KeyState::Unknown, tr("Checking the keychain…"));
    const int generation = m_generation;
    m_resolver->readKey(
        providerId(), m_profile, this,
        [this, info, generation](const QString &key, const KeychainError &error, EndpointResolution::KeySource) {
            if (generation != m_generation)
                return;
            if (error.ok())
                setKeyState(KeyState::Stored, tr("Key stored in the keychain (%1).").arg(KeyStore::mask(key)));
            else if (error.kind == KeychainError::Kind::NotFound)
                setKeyState(info && !info->keyRequired ? KeyState::NotNeeded : KeyState::NotStored,
                            info && !info->keyRequired ? tr("No key needed.") : tr("No key stored yet."));
            else
                setKeyState(KeyState::Unavailable,
                            tr("%1 Type the key and press Save to keep it for this session only.").arg(error.message));
        });
}

void ProviderForm::saveKey()
{
    const QString key = m_ui->apiKeyLineEdit->text().trimmed();
    if (key.isEmpty()) {
        m_ui->keyStateLabel->setText(tr("Type the key first."));
        return;
    }
    const QString entry = keyEntry(); // the profile's own key when a profile is chosen
    m_ui->saveKeyButton->setEnabled(false);
    m_keys->store(entry, key, this, [this, entry, key](const KeychainError &error) {
        m_ui->saveKeyButton->setEnabled(true);
        m_ui->apiKeyLineEdit->clear();
        if (error.ok()) {
            setKeyState(KeyState::Stored, tr("Key stored in the keychain (%1).").arg(KeyStore::mask(key)));
        } else if (error.keychainUnusable()) {
            // Never a plain-text fallback: the key lives in memory until Candor quits.
            m_keys->setSessionKey(entry, key);
            setKeyState(KeyState::SessionOnly,
                        tr("%1 The key is kept for this session only (%2).").arg(error.message, KeyStore::mask(key)));
        } else {
            setKeyState(KeyState::Unavailable, error.message);
        }
    });
}

std::unique_ptr<Connector> ProviderForm::makeConnector(const QString &key) const
{
    return Connector::create(endpointFor(providerId(), baseUrl(), key));
}

void ProviderForm::endpoint(QObject *context, std::function<void(const EndpointSettings &, const QString &)> done)
{
    if (!endpointValid()) {
        // Checked here, not left to the resolver: an empty field must not quietly mean the provider's default.
        const QString error = tr("The endpoint \"%1\" is not a valid http(s) address.").arg(baseUrl());
        QMetaObject::invokeMethod(
            context, [done, error] { done({}, error); }, Qt::QueuedConnection);
        return;
    }
    EndpointRequest request;
    request.provider = providerId();
    request.profile = m_profile;
    request.baseUrl = baseUrl();
    request.model = model();
    request.givenKey = m_ui->apiKeyLineEdit->text().trimmed(); // a typed but unsaved key is used as it is
    request.baseUrlExplicit = m_baseUrlTyped;
    request.confirmedKeyHosts = m_confirmedKeyHosts;
    QPointer<QObject> guard(context);
    m_resolver->resolve(request, context, [this, guard, done](const EndpointResolution &r) {
        if (r.failure == EndpointResolution::Failure::KeyHostNotConfirmed) {
            // A project (or another program's file) named this endpoint: ask before the stored key goes there.
            const ProviderInfo *info = ProviderCatalog::find(r.endpoint.providerId);
            const QString name = info ? info->displayName : r.endpoint.providerId;
            QMessageBox box(QMessageBox::Warning, tr("Candor"),
                            tr("Send your stored %1 key to %2?").arg(name, r.keyHost), QMessageBox::Cancel, this);
            box.setInformativeText(tr("%1 is not %2's own address. The key was saved for %2; send it there only if "
                                      "you trust this server.")
                                       .arg(r.keyHost, name));
            QPushButton *send = box.addButton(tr("&Send Key"), QMessageBox::AcceptRole);
            box.setDefaultButton(QMessageBox::Cancel);
            if (MessageBox::ask(box) != send || !guard) {
                done({}, tr("The stored %1 key was not sent to %2.").arg(name, r.keyHost));
                return;
            }
            m_confirmedKeyHosts << r.keyHost;
            endpoint(guard, done);
            return;
        }
        if (r.failure == EndpointResolution::Failure::NoKey) {
            const ProviderInfo *info = ProviderCatalog::find(r.endpoint.providerId);
            done(
                {},
                tr("No API key for %1: type it and press Save.").arg(info ? info->displayName : r.endpoint.providerId));
            return;
        }
        done(r.ok() ? r.endpoint : EndpointSettings(), r.message);
    });
}

void ProviderForm::refreshModels()
{
    const int generation = ++m_generation;
    m_ui->refreshModelsButton->setEnabled(false);
    m_ui->verdictLabel->setText(tr("Fetching the model list…"));
    endpoint(this, [this, generation](const EndpointSettings &settings, const QString &error) {
        if (generation != m_generation)
            return;
        if (!error.isEmpty()) {
            m_ui->refreshModelsButton->setEnabled(true);
            m_ui->verdictLabel->setText(error);
            return;
        }
        m_connector = Connector::create(settings);
        m_connector->listModels(this, [this, generation](const QStringList &models, const ProviderError &e) {
            m_ui->refreshModelsButton->setEnabled(true);
            if (generation != m_generation)
                return;
            if (e.isError()) {
                m_ui->verdictLabel->setText(e.message);
                return;
            }
            const QString current = model();
            m_ui->modelComboBox->clear();
            m_ui->modelComboBox->addItems(models);
            QString verdict = tr("%Ln models listed.", nullptr, int(models.size()));
            // A model the server does not have would only fail the run: take the first it has, and say so.
            if (!models.isEmpty() && !models.contains(current)) {
                m_ui->modelComboBox->setCurrentText(models.first());
                if (!current.isEmpty())
                    verdict += u' ' + tr("The server has no %1; %2 is chosen instead.").arg(current, models.first());
            } else {
                m_ui->modelComboBox->setCurrentText(current);
            }
            m_ui->verdictLabel->setText(verdict);
            Q_EMIT modelsRefreshed(models);
        });
    });
}

void ProviderForm::testConnection()
{
    const int generation = ++m_generation;
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->verdictLabel->setText(tr("Testing…"));
    endpoint(this, [this, generation](const EndpointSettings &settings, const QString &error) {
        if (generation != m_generation)
            return;
        if (!error.isEmpty()) {
            m_ui->testConnectionButton->setEnabled(true);
            m_ui->verdictLabel->setText(error);
            Q_EMIT connectionTested(false, error);
            return;
        }
        m_connector = Connector::create(settings);
        m_connector->testConnection(model(), this, [this, generation](bool ok, const QString &verdict) {
            m_ui->testConnectionButton->setEnabled(true);
            if (generation != m_generation)
                return;
            m_ui->verdictLabel->setText((ok ? u"✔ "_s : u"✘ "_s) + verdict);
            Q_EMIT connectionTested(ok, verdict);
        });
    });
}

} // namespace candor
