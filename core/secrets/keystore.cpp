#include "secrets/keystore.h"

#include "config.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "candor.secrets", QtInfoMsg)

namespace candor {
using namespace Qt::StringLiterals;
namespace {

// A Secret Service that is still starting (D-Bus activation) fails the first call; one retry covers it.
constexpr int kMaxAttempts = 2;
constexpr int kRetryDelayMs = 700;

} // namespace

KeyStore::KeyStore(QObject *parent) : KeyStore(QString::fromUtf8(CANDOR_KEYCHAIN_SERVICE), parent) {}

KeyStore::KeyStore(const QString &service, QObject *parent) : QObject(parent), m_service(service) {}

QString KeyStore::mask(const QString &key)
{
    const QString k = key.trimmed();
    if (k.isEmpty())
        return QString();
    if (k.size() < 12)
        return u"…"_s + k.right(qMin<qsizetype>(2, k.size() / 4));
    const qsizetype dash = k.indexOf(QLatin1Char('-'));
    const QString prefix = dash > 0 && dash <= 6 ? k.left(dash + 1) : k.left(3);
    return prefix + u"…"_s + k.right(4);
}

KeychainError KeyStore::classify(int code, const QString &text, const QString &entry)
{
    KeychainError e;
    e.backendCode = code;
    e.backendText = text;
    switch (code) {
    case QKeychain::NoError:
        return e;
    case QKeychain::EntryNotFound:
        e.kind = KeychainError::Kind::NotFound;
        e.message = tr("No key is stored for %1 yet.").arg(entry);
        return e;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        e.kind = KeychainError::Kind::Locked;
        e.message = tr("The keyring is locked or refused access (%1). Unlock it (for example in Passwords and Keys or "
                       "KWallet) and try again, or keep the key for this session only.")
                        .arg(text);
        return e;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        e.kind = KeychainError::Kind::Unavailable;
        e.message = tr("No keychain is available on this system (%1). Install and start gnome-keyring or KWallet, or "
                       "keep the key for this session only.")
                        .arg(text);
        return e;
    default:
        break;
    }
    e.kind = KeychainError::Kind::Unavailable;
    if (text.contains(QLatin1String("autolaunch D-Bus")) || text.contains(QLatin1String("DBus")) ||
        text.contains(QLatin1String("D-Bus"))) {
        e.message = tr("No desktop keychain is reachable: there is no D-Bus session bus (%1). Start Candor inside a "
                       "desktop session with gnome-keyring or KWallet running, or keep the key for this session only.")
                        .arg(text);
    } else if (text.contains(QLatin1String("org.freedesktop.secrets"))) {
        e.message = tr("No Secret Service is running (%1). Install and start gnome-keyring or KWallet, or keep the "
                       "key for this session only.")
                        .arg(text);
    } else if (text.contains(QLatin1String("Object does not exist")) || text.contains(QLatin1String("collection"))) {
        e.message = tr("The keyring has no unlocked default collection (%1). Unlock or create the \"login\" keyring "
                       "(for example by logging in again or in Passwords and Keys), or keep the key for this session "
                       "only.")
                        .arg(text);
    } else if (text.contains(QLatin1String("Unknown error"))) {
        e.message = tr("The keychain could not be used (QtKeychain reported \"%1\"; usually the libsecret-1-0 package "
                       "is missing). Install libsecret-1-0 and gnome-keyring or KWallet, or keep the key for this "
                       "session only.")
                        .arg(text);
    } else {
        e.kind = KeychainError::Kind::Failed;
        e.message = tr("The keychain reported an error for %1: %2").arg(entry, text);
    }
    return e;
}

void KeyStore::setSessionKey(const QString &entry, const QString &key)
{
    m_sessionKeys.insert(entry, key);
}

void KeyStore::clearSessionKey(const QString &entry)
{
    m_sessionKeys.remove(entry);
}

void KeyStore::read(const QString &entry, QObject *context, ReadCallback callback)
{
    QPointer<QObject> guard(context);
    const auto session = m_sessionKeys.constFind(entry);
    if (session != m_sessionKeys.constEnd()) {
        const QString &key = session.value();
        QTimer::singleShot(0, this, [guard, key, callback] {
            if (guard)
                callback(key, KeychainError());
        });
        return;
    }
    runJob(
        entry, "read", [this] { return new QKeychain::ReadPasswordJob(m_service); },
        [entry, guard, callback](QKeychain::Job *job, KeychainError error) {
            if (!guard)
                return;
            const QString key = error.ok() ? static_cast<QKeychain::ReadPasswordJob *>(job)->textData() : QString();
            if (error.ok() && key.isEmpty()) {
                error.kind = KeychainError::Kind::NotFound;
                error.message = tr("No key is stored for %1 yet.").arg(entry);
            }
            callback(key, error);
        });
}

void KeyStore::store(const QString &entry, const QString &key, QObject *context, DoneCallback callback)
{
    QPointer<QObject> guard(context);
    runJob(
        entry, "store",
        [this, key] {
            auto *job = new QKeychain::WritePasswordJob(m_service);
            job->setTextData(key);
            return job;
        },
        [this, entry, guard, callback](QKeychain::Job *, const KeychainError &error) {
            if (error.ok())
                m_sessionKeys.remove(entry); // the keychain copy now wins
            if (guard)
                callback(error);
        });
}

void KeyStore::remove(const QString &entry, QObject *context, DoneCallback callback)
{
    m_sessionKeys.remove(entry);
    QPointer<QObject> guard(context);
    runJob(
        entry, "remove", [this] { return new QKeychain::DeletePasswordJob(m_service); },
        [guard, callback](QKeychain::Job *, const KeychainError &error) {
            if (guard) // nothing stored is what a removal wants
                callback(error.kind == KeychainError::Kind::NotFound ? KeychainError() : error);
        });
}

void KeyStore::runJob(const QString &entry, const char *what, const JobFactory &makeJob, const JobDone &done,
                      int attempt)
{
    QKeychain::Job *job = makeJob(); // no parent: libsecret calls back later, a job must outlive its caller
    job->setInsecureFallback(false);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [this, job, entry, what, makeJob, done, attempt] {
        const KeychainError error = classify(job->error(), job->errorString(), entry);
        if (error.kind == KeychainError::Kind::Unavailable && attempt < kMaxAttempts) {
            qCDebug(lcSecrets) << "keychain not ready, retrying" << what << "of" << entry << ':' << error.backendText;
            QTimer::singleShot(kRetryDelayMs, this, [this, entry, what, makeJob, done, attempt] {
                runJob(entry, what, makeJob, done, attempt + 1);
            });
            return;
        }
        done(job, error);
    });
    job->start();
}

} // namespace candor
