#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace candor {

// A keychain failure in terms a person can act on. The key itself never appears in any of these texts.
struct KeychainError
{
    enum class Kind
    {
        None,
        NotFound,    // no key stored yet: not really an error
        Unavailable, // no session bus, no Secret Service, keyring not set up, libsecret missing
        Locked,      // the keyring is locked or access was refused
        Failed       // anything else the backend reported
    };
    Kind kind = Kind::None;
    int backendCode = 0; // QKeychain::Error
    QString backendText; // QtKeychain's own errorString()
    QString message;     // what happened and what to do

    bool ok() const { return kind == Kind::None; }
    // True when offering a session-only key makes sense.
    bool keychainUnusable() const { return kind == Kind::Unavailable || kind == Kind::Locked; }
};

// Asynchronous access to API keys in the OS keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store through QtKeychain), one entry per provider profile under Candor's service name.
// No plain-text fallback exists: when the keychain is unusable the caller may keep a key for this session
// only, in memory, through setSessionKey().
class KeyStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QString &key, const KeychainError &error)>;
    using DoneCallback = std::function<void(const KeychainError &error)>;

    explicit KeyStore(QObject *parent = nullptr);
    KeyStore(const QString &service, QObject *parent);

    QString service() const { return m_service; }

    // Reads a key: the session key if one is set, else the keychain. An absent entry gives an empty key with
    // error kind NotFound. The callback runs later on this thread, never inside the call, and only while
    // context is alive.
    void read(const QString &entry, QObject *context, ReadCallback callback);
    void store(const QString &entry, const QString &key, QObject *context, DoneCallback callback);
    // Deleting an entry that does not exist succeeds. Also forgets any session key for the entry.
    void remove(const QString &entry, QObject *context, DoneCallback callback);

    // Session-only keys: memory only, gone when Candor quits.
    void setSessionKey(const QString &entry, const QString &key);
    void clearSessionKey(const QString &entry);
    bool hasSessionKey(const QString &entry) const { return m_sessionKeys.contains(entry); }

    // "sk-…abcd": enough to recognise a key, never enough to use it.
    static QString mask(const QString &key);
    // Maps QtKeychain's error code and text to a kind and an actionable message.
    static KeychainError classify(int backendCode, const QString &backendText, const QString &entry);

private:
    using JobFactory = std::function<QKeychain::Job *()>;
    using JobDone = std::function<void(QKeychain::Job *job, const KeychainError &error)>;
    // Runs the job makeJob() builds for entry; while the keychain is not ready yet (a Secret Service still starting)
    // it tries again after a pause, up to a few times, then hands the finished job and its error to done.
    void runJob(const QString &entry, const char *what, const JobFactory &makeJob, const JobDone &done,
                int attempt = 1);

    QString m_service;
    QHash<QString, QString> m_sessionKeys;
};

} // namespace candor
