#pragma once

#include "Connection.h"
#include "ConnectionSecrets.h"

#include <QList>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace sfconnect {

class SecretStore;
class TokenClient;

/// One asynchronous store operation that involves the keychain (add, replace secrets, read
/// secrets, delete). Connect to finished(); it deletes itself afterwards unless given a parent.
class StoreJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_errorText.isEmpty(); }
    /// What failed and what state it left, in plain words; empty on success.
    QString errorText() const { return m_errorText; }
    /// Steps that went wrong without stopping the job (a revoke that failed during delete).
    QStringList warnings() const { return m_warnings; }
    const ConnectionSecrets &secrets() const { return m_secrets; }
    /// readSecrets(): nothing (or nothing readable) is stored, as opposed to a keychain failure.
    bool secretsMissing() const { return m_secretsMissing; }
    void setSecretsMissing() { m_secretsMissing = true; }

    void addWarning(const QString &text) { m_warnings << text; }
    void finish(const QString &errorText = {}, const ConnectionSecrets &secrets = {});

signals:
    void finished();

private:
    bool m_finished = false;
    bool m_secretsMissing = false;
    QString m_errorText;
    QStringList m_warnings;
    ConnectionSecrets m_secrets;
};

/// What an import did: how many connections it added, and each entry it refused with the reason.
struct ImportReport
{
    int added = 0;
    QList<QPair<QString, QString>> rejected; ///< (entry, why)
    QString error;                           ///< the file itself could not be used
};

/// The saved connections: metadata in one versioned JSON file, secrets in the keychain.
///
/// The file is written atomically (QSaveFile) and the previous good copy is kept beside it. A
/// damaged file never empties the list silently: the last good copy is loaded, the damaged file
/// is moved aside with a timestamp, and notices() says so. A lock file makes a second running
/// sfconnect open the store read-only. Secrets are read only when an action needs them, so
/// loading makes no keychain call at all.
class ConnectionStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSchemaVersion = 2;

    ConnectionStore(const QString &directory, SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectionStore() override;

    /// Where the connections live: SFCONNECT_CONFIG_DIR when set, else the platform's
    /// application-config folder (~/.config/sfconnect on Linux).
    static QString defaultDirectory();
    QString filePath() const;
    QString backupPath() const;

    /// Takes the lock (or opens read-only) and reads the file, recovering from damage.
    void load();
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// What load() had to do that the user should know (a recovery, a migration).
    QStringList notices() const { return m_notices; }

    const QList<Connection> &connections() const { return m_connections; }
    /// The connection with @p id, or nullptr; valid until the next change to the store.
    const Connection *find(const QUuid &id) const;
    SecretStore *secretStore() const { return m_secrets; }

    enum class Save {
        Now,  ///< written before the call returns
        Soon, ///< written within saveDelay(), together with other changes (check results)
    };
    /// Saves @p connection's metadata (status, details) without touching its secrets.
    bool updateMetadata(const Connection &connection, QString *error = nullptr,
                        Save when = Save::Now);
    /// Writes what Save::Soon left pending; false (with @p error) if it cannot be written.
    bool flush(QString *error = nullptr);
    void setSaveDelay(int ms) { m_saveTimer.setInterval(m_saveDelayMs = ms); }

    /// Secrets first, then the metadata; if the metadata cannot be saved the secrets are removed.
    StoreJob *add(const Connection &connection, const ConnectionSecrets &secrets);
    /// Replaces the secrets of a saved connection (a new sign-in, a rotated refresh token).
    StoreJob *updateSecrets(const QUuid &id, const ConnectionSecrets &secrets);
    StoreJob *readSecrets(const QUuid &id);
    /// Revokes its tokens (best effort, when @p client is given), deletes the keychain entry,
    /// then the metadata. A failure stops at a consistent state and says which.
    StoreJob *remove(const QUuid &id, TokenClient *client = nullptr);

    /// Writes the definitions (no secrets, nothing learned from the org) of @p ids, or of all.
    bool exportTo(const QString &path, const QList<QUuid> &ids, QString *error) const;
    /// Adds the valid definitions of an export under new ids; reports each one refused.
    ImportReport importFrom(const QString &path);

signals:
    void connectionAdded(const QUuid &id);
    void connectionChanged(const QUuid &id);
    void connectionRemoved(const QUuid &id);
    /// load() read the file again: views start over.
    void reloaded();
    /// A delayed save failed; it is tried again every few seconds.
    void saveFailed(const QString &error);

private:
    bool save(QString *error);
    static QString secretKey(const QUuid &id);
    static QString noSuchConnection();
    /// Why @p connection could not be written (what the file's reader would refuse), or empty.
    static QString validate(const Connection &connection);
    /// Reads the file's bytes. With @p skipped, entries that do not read are listed there and
    /// left out; without it, one such entry fails the whole file.
    bool parse(const QByteArray &bytes, QList<Connection> *out, QString *error, int *version,
               QStringList *skipped = nullptr) const;
    /// Moves (or copies) the damaged file aside under a name of its own; empty if impossible.
    QString setAside();
    void logNotices() const;
    QString refuseWrite() const;

    QString m_directory;
    SecretStore *m_secrets;
    std::unique_ptr<QLockFile> m_lock;
    QList<Connection> m_connections;
    mutable QHash<QUuid, qsizetype> m_index; ///< id -> position, checked on every use
    QByteArray m_lastGood;                   ///< the file's bytes as last read or written
    QString m_readOnlyReason;
    QStringList m_notices;
    QTimer m_saveTimer;
    bool m_dirty = false;
    int m_saveDelayMs = 500;
    QSet<QUuid> m_pendingIds;     ///< adds waiting for the keychain
    QSet<QString> m_pendingNames; ///< their names, lower-cased
};

} // namespace sfconnect
