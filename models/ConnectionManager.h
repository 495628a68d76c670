#pragma once

#include "AuthError.h"
#include "ConnectionStatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <QUuid>

namespace sfconnect {

class AuthReply;
class ConnectionStore;
class StoreJob;
class TokenClient;
struct Connection;
struct ConnectionSecrets;
struct TokenSet;

/// Keeps the saved connections' status current.
///
/// A check reads the connection's secrets (only now: never at start-up), probes the session on
/// the instance, and on an expired session renews it once (refresh token, a new JWT assertion, or
/// the stored password), saves the new secrets before using them, and probes again. Checks run
/// in parallel through a bounded pool, each with a time-out; each result is saved and announced
/// as it arrives. A periodic timer checks everything in the background.
class ConnectionManager : public QObject
{
    Q_OBJECT

public:
    ConnectionManager(ConnectionStore *store, TokenClient *client, QObject *parent = nullptr);
    ~ConnectionManager() override;

    static constexpr int kDefaultPoolSize = 8;
    static constexpr int kDefaultCheckTimeoutMs = 10000;
    static constexpr int kDefaultPeriodMinutes = 15;

    void setPoolSize(int size);
    int poolSize() const { return m_poolSize; }
    void setCheckTimeout(int ms) { m_checkTimeoutMs = ms; }
    /// Checks everything every @p minutes; 0 turns the background check off.
    void setPeriodicCheck(int minutes);
    int periodicCheckMinutes() const { return m_periodMinutes; }

    void check(const QUuid &id);
    void checkAll();
    /// Stops the queue and the running checks; their connections keep their last status.
    void cancelAll();

    bool isBusy() const { return !m_queue.isEmpty() || !m_running.isEmpty(); }
    bool isChecking(const QUuid &id) const
    {
        return m_running.contains(id) || m_queue.contains(id);
    }
    /// What the connection is doing now (Checking, Refreshing) or its last known status.
    ConnectionStatus liveStatus(const QUuid &id) const;

    /// The status an error means for a connection.
    static ConnectionStatus statusFor(const AuthError &error);

signals:
    /// A check left the queue and began (at most poolSize() run at once).
    void checkStarted(const QUuid &id);
    /// A connection's live status changed (Checking, Refreshing, or a result).
    void statusChanged(const QUuid &id, ConnectionStatus status);
    /// A check ended; @p error is empty when it succeeded.
    void checkFinished(const QUuid &id, ConnectionStatus status, const AuthError &error);
    /// A connection that was fine is not any more: worth a desktop notification.
    void attentionNeeded(const QUuid &id, ConnectionStatus status, const QString &message);
    /// The queue ran empty.
    void idle();

private:
    struct Run;
    void pump();
    void start(const QUuid &id);
    void probe(Run *run);
    void renew(Run *run);
    void adopt(Run *run, const TokenSet &tokens);
    void finish(Run *run, ConnectionStatus status, const AuthError &error = {});
    void setLive(const QUuid &id, ConnectionStatus status);
    void track(Run *run, AuthReply *reply);

    ConnectionStore *m_store;
    TokenClient *m_client;
    int m_poolSize = kDefaultPoolSize;
    int m_checkTimeoutMs = kDefaultCheckTimeoutMs;
    int m_periodMinutes = 0;
    QTimer m_periodic;
    QQueue<QUuid> m_queue;
    QHash<QUuid, Run *> m_running;
    QHash<QUuid, ConnectionStatus> m_live;
};

} // namespace sfconnect
