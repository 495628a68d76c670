#include "ConnectionStore.h"

#include "ModelsLogging.h"
#include "SecretStore.h"
#include "TokenClient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

namespace sfconnect {

namespace {

const QString kFileName = QStringLiteral("connections.json");
const QString kExportKey = QStringLiteral("sfconnectExport");

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error =
                QCoreApplication::translate("sfconnect::ConnectionStore", "Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

// Schema 1 (sfconnect 0.0): {"version":1,"connections":[{"id","name","loginUrl","authMethod",
// "user","clientId","instance"}]} with "oauth" for the browser method and no environment.
QJsonObject migrateFromV1(const QJsonObject &old)
{
    QJsonObject c = old;
    const QString method = c.take(QStringLiteral("authMethod")).toString();
    c.insert(QStringLiteral("method"),
             method == QLatin1String("oauth") ? QStringLiteral("web") : method);
    c.insert(QStringLiteral("username"), c.take(QStringLiteral("user")));
    c.insert(QStringLiteral("instanceUrl"), c.take(QStringLiteral("instance")));
    const QString login = c.value(QStringLiteral("loginUrl")).toString();
    QString environment = QStringLiteral("custom");
    if (QUrl(login).host() == QLatin1String("login.salesforce.com"))
        environment = QStringLiteral("production");
    else if (QUrl(login).host() == QLatin1String("test.salesforce.com"))
        environment = QStringLiteral("sandbox");
    c.insert(QStringLiteral("environment"), environment);
    return c;
}

} // namespace

void StoreJob::finish(const QString &errorText, const ConnectionSecrets &secrets)
{
    if (m_finished)
        return;
    m_finished = true;
    m_errorText = errorText;
    m_secrets = secrets;
    QTimer::singleShot(0, this, [this] {
        const QPointer<StoreJob> self(this);
        emit finished();
        if (self && !self->parent())
            self->deleteLater();
    });
}

ConnectionStore::ConnectionStore(const QString &directory, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_secrets(secrets)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(m_saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (flush(&error))
            return;
        // Kept pending and tried again; whoever shows the list can tell the user.
        qCWarning(lcModels).noquote() << error;
        emit saveFailed(error);
        m_saveTimer.start(5000);
    });
}

ConnectionStore::~ConnectionStore()
{
    QString error;
    if (!flush(&error))
        qCWarning(lcModels).noquote() << "the last changes were not saved:" << error;
}

bool ConnectionStore::flush(QString *error)
{
    m_saveTimer.stop();
    m_saveTimer.setInterval(m_saveDelayMs);
    if (!m_dirty)
        return true;
    if (!save(error))
        return false;
    m_dirty = false;
    return true;
}

QString ConnectionStore::defaultDirectory()
{
    const QString overridden = qEnvironmentVariable("SFCONNECT_CONFIG_DIR");
    return overridden.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
               : overridden;
}

QString ConnectionStore::filePath() const
{
    return QDir(m_directory).filePath(kFileName);
}

QString ConnectionStore::backupPath() const
{
    return filePath() + QStringLiteral(".bak");
}

QString ConnectionStore::refuseWrite() const
{
    return tr("The connections are open read-only: %1").arg(m_readOnlyReason);
}

const Connection *ConnectionStore::find(const QUuid &id) const
{
    // A position cache that checks itself: a stale or missing entry rebuilds it once.
    auto lookup = [this, &id]() -> const Connection * {
        const auto it = m_index.constFind(id);
        if (it != m_index.cend() && *it < m_connections.size() && m_connections.at(*it).id == id)
            return &m_connections.at(*it);
        return nullptr;
    };
    if (const Connection *c = lookup())
        return c;
    m_index.clear();
    for (qsizetype i = 0; i < m_connections.size(); ++i)
        m_index.insert(m_connections.at(i).id, i);
    return lookup();
}

bool ConnectionStore::parse(const QByteArray &bytes, QList<Connection> *out, QString *error,
                            int *version, QStringList *skipped) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        *error = tr("not a JSON object (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    *version = root.contains(QStringLiteral("schemaVersion"))
                   ? root.value(QStringLiteral("schemaVersion")).toInt()
                   : root.value(QStringLiteral("version")).toInt();
    if (*version < 1) {
        *error = tr("no schema version");
        return false;
    }
    if (*version > kSchemaVersion) {
        *error = tr("written by a newer sfconnect (schema %1; this one reads up to %2)")
                     .arg(*version)
                     .arg(kSchemaVersion);
        return false;
    }
    const QJsonValue list = root.value(QStringLiteral("connections"));
    if (!list.isArray()) {
        *error = tr("no list of connections");
        return false;
    }
    QList<Connection> result;
    QSet<QUuid> ids;
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (*version == 1)
            item = migrateFromV1(item);
        Connection c;
        QString why;
        // The file's own entries must have their ids: a missing one means damage, not an import.
        if (!item.contains(QStringLiteral("id")))
            why = tr("no id");
        else if (Connection::fromJson(item, &c, &why) && ids.contains(c.id))
            why = tr("its id appears twice");
        if (!why.isEmpty()) {
            const QString entry = tr("entry %1 (%2): %3")
                                      .arg(i + 1)
                                      .arg(item.value(QStringLiteral("name")).toString(), why);
            if (!skipped) {
                *error = tr("%1 is damaged").arg(entry);
                return false;
            }
            *skipped << entry;
            continue;
        }
        ids.insert(c.id);
        result << c;
    }
    *out = result;
    return true;
}

QString ConnectionStore::setAside()
{
    // A name of its own (milliseconds, then a counter); a copy where renaming is refused.
    const QString stamp =
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    for (int n = 0; n < 100; ++n) {
        const QString name = filePath() + QStringLiteral(".broken-") + stamp +
                             (n ? QStringLiteral("-%1").arg(n) : QString());
        if (QFile::exists(name))
            continue;
        if (QFile::rename(filePath(), name) || QFile::copy(filePath(), name))
            return name;
    }
    return {};
}

void ConnectionStore::load()
{
    // Whatever path load() takes, the views start over from what it read.
    const auto announce = qScopeGuard([this] { emit reloaded(); });
    m_connections.clear();
    m_notices.clear();
    m_readOnlyReason.clear();
    m_lastGood.clear();
    QDir().mkpath(m_directory);

    // One running sfconnect writes; a second one reads.
    m_lock =
        std::make_unique<QLockFile>(QDir(m_directory).filePath(QStringLiteral("connections.lock")));
    m_lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    bool locked = m_lock->tryLock(100);
    qint64 pid = 0;
    QString host, app;
    if (!locked && !m_lock->getLockInfo(&pid, &host, &app)) {
        // A lock file without its owner's details was left half-written by a process killed
        // while taking it: nobody holds it.
        m_lock->removeStaleLockFile();
        locked = m_lock->tryLock(100);
        m_lock->getLockInfo(&pid, &host, &app);
    }
    if (!locked) {
        m_readOnlyReason =
            tr("sfconnect is already running (process %1 on %2). Close it to make changes here.")
                .arg(pid)
                .arg(host);
        m_lock.reset();
    }

    QFile file(filePath());
    const bool exists = file.exists();
    QByteArray bytes;
    if (exists) {
        if (!file.open(QIODevice::ReadOnly)) {
            m_readOnlyReason = tr("%1 cannot be read: %2")
                                   .arg(QDir::toNativeSeparators(filePath()), file.errorString());
            m_notices << m_readOnlyReason;
            return;
        }
        bytes = file.readAll();
        file.close();
    }

    QString error;
    int version = 0;
    if (exists && parse(bytes, &m_connections, &error, &version)) {
        m_lastGood = bytes;
        if (version < kSchemaVersion && !isReadOnly()) {
            QString saveError;
            if (save(&saveError))
                m_notices << tr("The connections file was upgraded from schema %1 to %2.")
                                 .arg(version)
                                 .arg(kSchemaVersion);
            else
                m_notices << saveError;
        }
        return;
    }
    if (exists && version > kSchemaVersion) {
        // Newer than this sfconnect: read nothing, and never overwrite it.
        m_readOnlyReason = tr("the connections file was %1").arg(error);
        m_notices << tr("The connections file was %1. Update sfconnect to use it.").arg(error);
        return;
    }

    // Missing or damaged: the copy kept beside it, if that one reads whole.
    QList<Connection> backup;
    QString backupError;
    int backupVersion = 0;
    QFile bak(backupPath());
    const bool backupOk = bak.open(QIODevice::ReadOnly) &&
                          parse(bak.readAll(), &backup, &backupError, &backupVersion);
    if (!exists) {
        if (backupOk) {
            m_connections = backup;
            m_notices << tr("The connections file was missing; sfconnect restored its copy.");
            QString saveError;
            if (!isReadOnly() && !save(&saveError))
                m_notices << saveError;
        }
        logNotices();
        return;
    }

    // The damaged file is kept for a look, and never overwritten: if it cannot be set aside,
    // this window stays read-only.
    const QString broken = isReadOnly() ? QString() : setAside();
    const QString kept =
        broken.isEmpty()
            ? QString()
            : tr("The damaged file was kept as %1.").arg(QDir::toNativeSeparators(broken));
    if (!isReadOnly() && broken.isEmpty())
        m_readOnlyReason = tr("the damaged connections file %1 could not be set aside")
                               .arg(QDir::toNativeSeparators(filePath()));
    QStringList skipped;
    QList<Connection> partial;
    int partialVersion = 0;
    QString partialError;
    if (backupOk) {
        m_connections = backup;
        m_notices << tr("The connections file was damaged (%1). sfconnect loaded its copy. %2")
                         .arg(error, kept)
                         .trimmed();
    } else if (parse(bytes, &partial, &partialError, &partialVersion, &skipped)) {
        // No copy to fall back on: keep every entry that still reads, and name the others.
        m_connections = partial;
        m_notices << tr("Some saved connections could not be read and were left out: %1. %2")
                         .arg(skipped.join(QStringLiteral("; ")), kept)
                         .trimmed();
    } else {
        m_notices
            << tr("The connections file was damaged (%1) and no good copy was found. The list "
                  "starts empty; your secrets are still in the keychain. %2")
                   .arg(error, kept)
                   .trimmed();
    }
    QString saveError;
    if (!isReadOnly() && !m_connections.isEmpty() && !save(&saveError))
        m_notices << saveError;
    logNotices();
}

void ConnectionStore::logNotices() const
{
    for (const QString &n : m_notices)
        qCWarning(lcModels).noquote() << n;
}

bool ConnectionStore::save(QString *error)
{
    if (isReadOnly()) {
        if (error)
            *error = refuseWrite();
        return false;
    }
    QJsonArray list;
    for (const Connection &c : std::as_const(m_connections))
        list.append(c.toJson());
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), kSchemaVersion},
                                  {QStringLiteral("connections"), list}})
            .toJson(QJsonDocument::Indented);
    if (bytes == m_lastGood)
        return true;
    // The file is replaced whole; then its copy beside it, so that damage done to the file later
    // (a disk fault, a careless edit) loses nothing.
    if (!writeAtomically(filePath(), bytes, error))
        return false;
    m_lastGood = bytes;
    QString backupError;
    if (!writeAtomically(backupPath(), bytes, &backupError))
        qCWarning(lcModels).noquote() << "the backup copy was not written:" << backupError;
    return true;
}

bool ConnectionStore::updateMetadata(const Connection &connection, QString *error, Save when)
{
    if (const QString invalid = validate(connection); !invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    for (Connection &c : m_connections) {
        if (c.id != connection.id)
            continue;
        if (when == Save::Soon) {
            if (isReadOnly()) {
                if (error)
                    *error = refuseWrite();
                return false;
            }
            c = connection;
            m_dirty = true;
            if (!m_saveTimer.isActive())
                m_saveTimer.start();
            emit connectionChanged(connection.id);
            return true;
        }
        const Connection before = c;
        c = connection;
        if (!save(error)) {
            c = before;
            return false;
        }
        m_dirty = false;
        emit connectionChanged(connection.id);
        return true;
    }
    if (error)
        *error = tr("There is no saved connection with that id.");
    return false;
}

QString ConnectionStore::secretKey(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString ConnectionStore::noSuchConnection()
{
    return tr("There is no saved connection with that id.");
}

QString ConnectionStore::validate(const Connection &connection)
{
    // What the file's reader would refuse must never be written.
    Connection check;
    QString why;
    if (!Connection::fromJson(connection.toJson(), &check, &why))
        return tr("The connection cannot be saved: %1").arg(why);
    return {};
}

StoreJob *ConnectionStore::add(const Connection &connection, const ConnectionSecrets &secrets)
{
    auto *job = new StoreJob;
    if (isReadOnly()) {
        job->finish(refuseWrite());
        return job;
    }
    if (const QString invalid = validate(connection); !invalid.isEmpty()) {
        job->finish(invalid);
        return job;
    }
    auto clash = [this, &connection]() -> QString {
        for (const Connection &c : std::as_const(m_connections)) {
            if (c.id == connection.id || c.name.compare(connection.name, Qt::CaseInsensitive) == 0)
                return tr("A connection named \"%1\" already exists.").arg(c.name);
        }
        if (m_pendingIds.contains(connection.id) ||
            m_pendingNames.contains(connection.name.toLower()))
            return tr("A connection named \"%1\" is being added already.").arg(connection.name);
        return {};
    };
    if (const QString why = clash(); !why.isEmpty()) {
        job->finish(why);
        return job;
    }
    // Reserved while the keychain works, so that a second add cannot take the same name or id.
    m_pendingIds.insert(connection.id);
    m_pendingNames.insert(connection.name.toLower());
    const QString key = secretKey(connection.id);
    SecretJob *write = m_secrets->write(key, secrets.serialize());
    const QPointer<ConnectionStore> self(this);
    connect(write, &SecretJob::finished, job, [self, job, write, connection, key] {
        if (!self) {
            job->finish(tr("sfconnect closed before the connection was saved."));
            return;
        }
        self->m_pendingIds.remove(connection.id);
        self->m_pendingNames.remove(connection.name.toLower());
        if (write->error() != SecretJob::Error::None) {
            job->finish(tr("The connection was not saved: %1").arg(write->errorText()));
            return;
        }
        self->m_connections << connection;
        QString error;
        if (!self->save(&error)) {
            self->m_connections.removeLast();
            // Do not leave a secret behind that no connection points to.
            SecretJob *undo = self->m_secrets->remove(key);
            connect(undo, &SecretJob::finished, job, [job, undo, error] {
                if (undo->error() != SecretJob::Error::None)
                    job->addWarning(
                        tr("Its secret stays in the keychain: %1").arg(undo->errorText()));
                job->finish(tr("The connection was not saved: %1").arg(error));
            });
            return;
        }
        emit self->connectionAdded(connection.id);
        job->finish();
    });
    return job;
}

StoreJob *ConnectionStore::updateSecrets(const QUuid &id, const ConnectionSecrets &secrets)
{
    auto *job = new StoreJob;
    if (!find(id)) {
        job->finish(noSuchConnection());
        return job;
    }
    // Allowed in a read-only window too: the keychain entry is written whole, and a renewed
    // session must be kept wherever it was obtained.
    SecretJob *write = m_secrets->write(secretKey(id), secrets.serialize());
    const QPointer<ConnectionStore> self(this);
    connect(write, &SecretJob::finished, job, [self, job, write, secrets, id] {
        if (write->error() != SecretJob::Error::None) {
            job->finish(tr("The new secrets were not saved: %1").arg(write->errorText()));
            return;
        }
        if (self && !self->find(id)) {
            // Deleted while the keychain worked: the secret must not outlive its connection.
            self->m_secrets->remove(secretKey(id));
            job->finish(noSuchConnection());
            return;
        }
        job->finish({}, secrets);
    });
    return job;
}

StoreJob *ConnectionStore::readSecrets(const QUuid &id)
{
    auto *job = new StoreJob;
    const Connection *c = find(id);
    if (!c) {
        job->finish(noSuchConnection());
        return job;
    }
    const QString name = c->name;
    SecretJob *read = m_secrets->read(secretKey(id));
    connect(read, &SecretJob::finished, job, [job, read, name] {
        ConnectionSecrets secrets;
        if (read->error() == SecretJob::Error::None &&
            ConnectionSecrets::deserialize(read->data(), &secrets)) {
            job->finish({}, secrets);
        } else if (read->error() == SecretJob::Error::NotFound) {
            job->setSecretsMissing();
            job->finish(
                tr("No secrets are stored for \"%1\"; sign in again to store them.").arg(name));
        } else if (read->error() == SecretJob::Error::None) {
            job->setSecretsMissing();
            job->finish(
                tr("The secrets stored for \"%1\" are damaged; sign in again to replace them.")
                    .arg(name));
        } else {
            job->finish(read->errorText());
        }
    });
    return job;
}

StoreJob *ConnectionStore::remove(const QUuid &id, TokenClient *client)
{
    auto *job = new StoreJob;
    const Connection *found = find(id);
    if (isReadOnly() || !found) {
        job->finish(isReadOnly() ? refuseWrite() : noSuchConnection());
        return job;
    }
    const LoginEnvironment environment = found->loginEnvironment();
    const QString key = secretKey(id);
    const QPointer<ConnectionStore> self(this);
    const QPointer<TokenClient> tokens(client);

    // Step 3: the metadata, once the secret is gone. Found again by id: a check may have
    // updated the entry meanwhile.
    auto dropMetadata = [self, job, id] {
        if (!self) {
            job->finish(
                tr("sfconnect closed before the connection was deleted; its secrets are gone."));
            return;
        }
        qsizetype index = -1;
        for (qsizetype i = 0; i < self->m_connections.size(); ++i) {
            if (self->m_connections.at(i).id == id)
                index = i;
        }
        if (index < 0) {
            job->finish(tr("The connection was already deleted."));
            return;
        }
        const Connection taken = self->m_connections.takeAt(index);
        QString error;
        if (!self->save(&error)) {
            self->m_connections.insert(index, taken);
            job->finish(
                tr("The secrets were deleted but the connection stays listed: %1").arg(error));
            return;
        }
        emit self->connectionRemoved(id);
        job->finish();
    };
    // Step 2: the keychain entry. If it cannot be deleted, nothing else is.
    auto dropSecrets = [self, job, key, dropMetadata] {
        if (!self) {
            job->finish(
                tr("sfconnect closed before the connection was deleted; nothing was deleted."));
            return;
        }
        SecretJob *remove = self->m_secrets->remove(key);
        connect(remove, &SecretJob::finished, job, [job, remove, dropMetadata] {
            if (remove->error() != SecretJob::Error::None &&
                remove->error() != SecretJob::Error::NotFound) {
                job->finish(tr("Nothing was deleted: the secrets could not be removed from the "
                               "keychain. %1")
                                .arg(remove->errorText()));
                return;
            }
            dropMetadata();
        });
    };
    // Step 1: revoke the tokens at Salesforce, best effort.
    SecretJob *read = m_secrets->read(key);
    connect(read, &SecretJob::finished, job, [job, read, tokens, environment, dropSecrets] {
        ConnectionSecrets secrets;
        const bool haveSecrets = read->error() == SecretJob::Error::None &&
                                 ConnectionSecrets::deserialize(read->data(), &secrets);
        const QString token =
            !secrets.refreshToken.isEmpty() ? secrets.refreshToken : secrets.accessToken;
        if (!tokens || !haveSecrets || token.isEmpty()) {
            if (tokens && read->error() != SecretJob::Error::None &&
                read->error() != SecretJob::Error::NotFound)
                job->addWarning(tr("The tokens could not be revoked: %1").arg(read->errorText()));
            dropSecrets();
            return;
        }
        AuthReply *revoke = tokens->revoke(environment, token);
        connect(revoke, &AuthReply::finished, job, [job, revoke, dropSecrets] {
            if (!revoke->ok())
                job->addWarning(tr("The tokens could not be revoked at Salesforce: %1")
                                    .arg(revoke->error().message()));
            dropSecrets();
        });
    });
    return job;
}

bool ConnectionStore::exportTo(const QString &path, const QList<QUuid> &ids, QString *error) const
{
    QJsonArray list;
    for (const Connection &c : m_connections) {
        if (ids.isEmpty() || ids.contains(c.id))
            list.append(c.toDefinitionJson());
    }
    const QJsonObject root{{kExportKey, 1}, {QStringLiteral("connections"), list}};
    return writeAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

ImportReport ConnectionStore::importFrom(const QString &path)
{
    ImportReport report;
    if (isReadOnly()) {
        report.error = refuseWrite();
        return report;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error =
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return report;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject() || doc.object().value(kExportKey).toInt() != 1 ||
        !doc.object().value(QStringLiteral("connections")).isArray()) {
        report.error = tr("%1 is not an sfconnect export.").arg(QDir::toNativeSeparators(path));
        return report;
    }
    const QList<Connection> before = m_connections;
    const QJsonArray items = doc.object().value(QStringLiteral("connections")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        const QString label = item.value(QStringLiteral("name")).toString().isEmpty()
                                  ? tr("entry %1").arg(i + 1)
                                  : item.value(QStringLiteral("name")).toString();
        if (!items.at(i).isObject()) {
            report.rejected.append({label, tr("not an object")});
            continue;
        }
        item.remove(QStringLiteral("id")); // imported connections get ids of their own
        Connection c;
        QString why;
        if (!Connection::fromJson(item, &c, &why)) {
            report.rejected.append({label, why});
            continue;
        }
        const bool taken =
            std::any_of(m_connections.cbegin(), m_connections.cend(), [&c](const Connection &o) {
                return o.name.compare(c.name, Qt::CaseInsensitive) == 0;
            });
        if (taken) {
            report.rejected.append({label, tr("a connection with this name already exists")});
            continue;
        }
        c.createdAt = QDateTime::currentDateTimeUtc();
        m_connections << c;
        ++report.added;
    }
    if (report.added > 0) {
        QString error;
        if (!save(&error)) {
            m_connections = before;
            report.added = 0;
            report.error = error;
            return report;
        }
        for (qsizetype i = before.size(); i < m_connections.size(); ++i)
            emit connectionAdded(m_connections.at(i).id);
    }
    return report;
}

} // namespace sfconnect
