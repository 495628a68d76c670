#include "ConnectionManager.h"

#include "AuthReply.h"
#include "ConnectionStore.h"
#include "ModelsLogging.h"
#include "RsaKey.h"
#include "TokenClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sfconnect {

/// One check in progress.
struct ConnectionManager::Run
{
    Connection connection;
    ConnectionSecrets secrets;
    ConnectionStatus before = ConnectionStatus::Unknown;
    bool renewed = false;
    QObject context; // every callback of the run is tied to it, and dies with it
    QTimer timeout;
    QPointer<AuthReply> reply;
    QPointer<StoreJob> storeJob;
};

namespace {

const QString kFallbackApiVersion = QStringLiteral("62.0");

AuthError localError(AuthError::Kind kind, const QString &code, const QString &text)
{
    return AuthError(kind, AuthError::Stage::Configuration, code, text);
}

} // namespace

ConnectionManager::ConnectionManager(ConnectionStore *store, TokenClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{
    connect(&m_periodic, &QTimer::timeout, this, &ConnectionManager::checkAll);
    connect(store, &ConnectionStore::connectionRemoved, this, [this](const QUuid &id) {
        m_queue.removeAll(id);
        m_live.remove(id);
    });
}

ConnectionManager::~ConnectionManager()
{
    cancelAll();
}

void ConnectionManager::setPoolSize(int size)
{
    m_poolSize = qMax(1, size);
    pump();
}

void ConnectionManager::setPeriodicCheck(int minutes)
{
    m_periodMinutes = qMax(0, minutes);
    if (m_periodMinutes == 0)
        m_periodic.stop();
    else
        m_periodic.start(m_periodMinutes * 60 * 1000);
}

ConnectionStatus ConnectionManager::liveStatus(const QUuid &id) const
{
    if (const auto it = m_live.constFind(id); it != m_live.cend())
        return *it;
    const Connection *c = m_store->find(id);
    return c ? c->lastStatus : ConnectionStatus::Unknown;
}

ConnectionStatus ConnectionManager::statusFor(const AuthError &error)
{
    switch (error.kind()) {
    case AuthError::Kind::None:
        return ConnectionStatus::Connected;
    case AuthError::Kind::Network:
    case AuthError::Kind::HostNotFound:
    case AuthError::Kind::Tls:
    case AuthError::Kind::Timeout:
        return ConnectionStatus::NetworkError;
    case AuthError::Kind::Maintenance:
        return ConnectionStatus::Maintenance;
    case AuthError::Kind::Configuration:
        return ConnectionStatus::ConfigurationError;
    case AuthError::Kind::Cancelled:
        return ConnectionStatus::Unknown;
    default:
        break;
    }
    const QString code = error.code();
    if (code == QLatin1String("API_DISABLED_FOR_ORG") ||
        code == QLatin1String("API_CURRENTLY_DISABLED"))
        return ConnectionStatus::ApiDisabled;
    if (error.needsSignIn() || code == QLatin1String("access_denied"))
        return ConnectionStatus::NeedsSignIn;
    if (code == QLatin1String("invalid_grant") &&
        error.description() == QLatin1String("authentication failure"))
        return ConnectionStatus::NeedsSignIn; // the stored password or token no longer works
    if (code == QLatin1String("invalid_client_id") || code == QLatin1String("invalid_client") ||
        code == QLatin1String("invalid_app_access") ||
        code == QLatin1String("OAUTH_APP_ACCESS_DENIED") ||
        error.description() == QLatin1String("audience is invalid") ||
        error.description() == QLatin1String("invalid assertion") ||
        error.description() == QLatin1String("user hasn't approved this consumer") ||
        error.description() == QLatin1String("This session is not valid for use with the REST API"))
        return ConnectionStatus::ConfigurationError;
    return ConnectionStatus::Error;
}

void ConnectionManager::check(const QUuid &id)
{
    if (!m_store->find(id) || isChecking(id))
        return;
    m_queue.enqueue(id);
    setLive(id, ConnectionStatus::Checking);
    pump();
}

void ConnectionManager::checkAll()
{
    for (const Connection &c : m_store->connections()) {
        if (!isChecking(c.id)) {
            m_queue.enqueue(c.id);
            setLive(c.id, ConnectionStatus::Checking);
        }
    }
    pump();
}

void ConnectionManager::cancelAll()
{
    m_queue.clear();
    const QList<Run *> runs = m_running.values();
    m_running.clear();
    for (Run *run : runs) {
        if (run->reply)
            run->reply->abort();
        delete run;
    }
    // Back to what was last known.
    const QList<QUuid> live = m_live.keys();
    m_live.clear();
    for (const QUuid &id : live)
        emit statusChanged(id, liveStatus(id));
}

void ConnectionManager::pump()
{
    while (m_running.size() < m_poolSize && !m_queue.isEmpty())
        start(m_queue.dequeue());
    if (m_running.isEmpty() && m_queue.isEmpty())
        emit idle();
}

void ConnectionManager::setLive(const QUuid &id, ConnectionStatus status)
{
    m_live.insert(id, status);
    emit statusChanged(id, status);
}

void ConnectionManager::track(Run *run, AuthReply *reply)
{
    run->reply = reply;
    reply->setParent(this); // kept until the run has read it
    connect(reply, &AuthReply::finished, reply, &QObject::deleteLater);
}

void ConnectionManager::start(const QUuid &id)
{
    const Connection *c = m_store->find(id);
    if (!c)
        return;
    auto *run = new Run;
    run->connection = *c;
    run->before = c->lastStatus;
    m_running.insert(id, run);
    emit checkStarted(id);
    run->timeout.setSingleShot(true);
    connect(&run->timeout, &QTimer::timeout, &run->context, [this, run] {
        if (run->reply)
            run->reply->abort();
        finish(run, ConnectionStatus::NetworkError,
               AuthError(AuthError::Kind::Timeout, AuthError::Stage::Probe,
                         QStringLiteral("timeout"),
                         tr("The check took longer than %n second(s).", nullptr,
                            m_checkTimeoutMs / 1000)));
    });
    run->timeout.start(m_checkTimeoutMs);

    // Secrets are read now, for this check only.
    StoreJob *read = m_store->readSecrets(id);
    run->storeJob = read;
    connect(read, &StoreJob::finished, &run->context, [this, run, read] {
        if (!read->ok()) {
            const bool missing = read->secretsMissing();
            finish(run,
                   missing ? ConnectionStatus::NeedsSignIn : ConnectionStatus::KeychainUnavailable,
                   localError(AuthError::Kind::Configuration,
                              missing ? QStringLiteral("no_secrets") : QStringLiteral("keychain"),
                              read->errorText()));
            return;
        }
        run->secrets = read->secrets();
        if (run->secrets.accessToken.isEmpty() || run->connection.instanceUrl.isEmpty())
            renew(run);
        else
            probe(run);
    });
}

void ConnectionManager::probe(Run *run)
{
    Connection &c = run->connection;
    if (c.apiVersion.isEmpty()) {
        // The newest API version the org offers, asked once and kept.
        AuthReply *versions = m_client->versions(c.instanceUrl);
        track(run, versions);
        connect(versions, &AuthReply::finished, &run->context, [this, run, versions] {
            if (!m_running.values().contains(run))
                return;
            if (!versions->ok()) {
                finish(run, statusFor(versions->error()), versions->error());
                return;
            }
            QString newest;
            for (const QJsonValue &v : versions->json().array()) {
                const QString version = v.toObject().value(QStringLiteral("version")).toString();
                if (newest.isEmpty() || version.toDouble() > newest.toDouble())
                    newest = version;
            }
            run->connection.apiVersion = newest.isEmpty() ? kFallbackApiVersion : newest;
            probe(run);
        });
        return;
    }
    AuthReply *session =
        m_client->probeSession(c.instanceUrl, c.apiVersion, run->secrets.accessToken);
    track(run, session);
    connect(session, &AuthReply::finished, &run->context, [this, run, session] {
        const AuthError &error = session->error();
        if (!error.isError()) {
            finish(run, ConnectionStatus::Connected);
            return;
        }
        // An expired session is renewed once; "not valid for use with the REST API" is not.
        const bool expired =
            error.kind() == AuthError::Kind::Rest &&
            error.code() == QLatin1String("INVALID_SESSION_ID") &&
            error.description() !=
                QLatin1String("This session is not valid for use with the REST API");
        if (expired && !run->renewed)
            renew(run);
        else
            finish(run, statusFor(error), error);
    });
}

void ConnectionManager::renew(Run *run)
{
    run->renewed = true;
    setLive(run->connection.id, ConnectionStatus::Refreshing);
    const Connection &c = run->connection;
    const ConnectionSecrets &s = run->secrets;
    AuthReply *reply = nullptr;
    switch (c.method) {
    case AuthMethod::Web:
    case AuthMethod::Byoa:
        if (s.refreshToken.isEmpty()) {
            finish(run, ConnectionStatus::NeedsSignIn,
                   localError(AuthError::Kind::Configuration, QStringLiteral("no_refresh_token"),
                              tr("The session ended and there is no refresh token to renew it: "
                                 "sign in again. "
                                 "Give the app the refresh_token scope so that this does not "
                                 "happen again.")));
            return;
        }
        reply = m_client->refresh(c.id.toString(), c.loginEnvironment(), c.clientId, s.clientSecret,
                                  s.refreshToken);
        break;
    case AuthMethod::Jwt: {
        QString keyError;
        const RsaKey key = RsaKey::fromText(s.privateKey.toLatin1(), &keyError);
        if (key.isNull()) {
            finish(run, ConnectionStatus::ConfigurationError,
                   localError(AuthError::Kind::Configuration, QStringLiteral("private_key"),
                              keyError));
            return;
        }
        reply = m_client->jwtBearer(c.loginEnvironment(), c.clientId, c.username, key,
                                    c.audience.isEmpty() ? QStringList() : QStringList{c.audience});
        break;
    }
    case AuthMethod::Password:
        reply = m_client->password(c.loginEnvironment(), c.clientId, s.clientSecret, c.username,
                                   s.password, s.securityToken);
        break;
    }
    track(run, reply);
    connect(reply, &AuthReply::finished, &run->context, [this, run, reply] {
        if (reply->ok())
            adopt(run, reply->tokens());
        else
            finish(run, statusFor(reply->error()), reply->error());
    });
}

void ConnectionManager::adopt(Run *run, const TokenSet &tokens)
{
    run->secrets.accessToken = tokens.accessToken;
    if (!tokens.refreshToken.isEmpty())
        run->secrets.refreshToken = tokens.refreshToken; // rotated: the old one is dead now
    Connection &c = run->connection;
    c.instanceUrl = tokens.instanceUrl;
    c.orgId = tokens.orgId;
    c.userId = tokens.userId;
    if (!tokens.scopes.isEmpty())
        c.scopes = tokens.scopes;
    // The new secrets are saved before the new session is used: a rotated refresh token must
    // never exist only in memory.
    StoreJob *save = m_store->updateSecrets(c.id, run->secrets);
    run->storeJob = save;
    connect(save, &StoreJob::finished, &run->context, [this, run, save] {
        if (!save->ok()) {
            finish(run, ConnectionStatus::KeychainUnavailable,
                   localError(AuthError::Kind::Configuration, QStringLiteral("keychain"),
                              save->errorText()));
            return;
        }
        probe(run);
    });
}

void ConnectionManager::finish(Run *run, ConnectionStatus status, const AuthError &error)
{
    const QUuid id = run->connection.id;
    if (m_running.value(id) != run)
        return;
    m_running.remove(id);
    run->timeout.stop();

    // Saved as soon as it is known, from the store's current copy (the user may have renamed it).
    if (const Connection *current = m_store->find(id)) {
        Connection updated = *current;
        const Connection &checked = run->connection;
        updated.instanceUrl = checked.instanceUrl;
        updated.orgId = checked.orgId;
        updated.userId = checked.userId;
        updated.apiVersion = checked.apiVersion;
        updated.scopes = checked.scopes;
        updated.lastStatus = status;
        updated.lastCheckedAt = QDateTime::currentDateTimeUtc();
        if (status == ConnectionStatus::Connected) {
            updated.lastConnectedAt = updated.lastCheckedAt;
            updated.lastErrorProblemId.clear();
            updated.lastErrorText.clear();
        } else {
            updated.lastErrorProblemId = error.problemId();
            updated.lastErrorText = error.message();
        }
        QString saveError;
        if (!m_store->updateMetadata(updated, &saveError, ConnectionStore::Save::Soon))
            qCWarning(lcModels).noquote() << "the check's result was not saved:" << saveError;
    }
    m_live.remove(id);
    emit statusChanged(id, status);
    emit checkFinished(id, status, error);
    if (connectionStatusNeedsAttention(status) && !connectionStatusNeedsAttention(run->before))
        emit attentionNeeded(id, status, error.message());
    qCDebug(lcModels).noquote() << "checked" << id.toString(QUuid::WithoutBraces)
                                << connectionStatusKey(status)
                                << (error.isError() ? error.summary() : QString());
    delete run;
    pump();
}

} // namespace sfconnect
