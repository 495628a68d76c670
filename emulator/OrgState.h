#pragma once

#include "HttpMessage.h"
#include "Scenario.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <deque>

namespace sfemu {

struct AccessToken
{
    QString userId;
    QString clientId;
    QStringList scopes;
    qint64 issuedMs = 0;
    qint64 expiresMs = 0;
    QByteArray refreshToken; ///< the refresh token it came from, if any
};

struct RefreshToken
{
    QString userId;
    QString clientId;
    QStringList scopes;
    qint64 issuedMs = 0;
    qint64 expiresMs = 0; ///< 0: until revoked
    quint64 serial = 0;   ///< order of issue, for the five-per-app limit
};

struct AuthorizationCode
{
    QString clientId;
    QString redirectUri;
    QString userId;
    QStringList scopes;
    QByteArray challenge;
    qint64 issuedMs = 0;
};

/// A browser sign-in in progress: what /authorize asked for, and how far the user got.
struct PendingAuthorization
{
    QString clientId;
    QString redirectUri;
    QString state;
    QStringList scopes;
    QByteArray challenge;
    QString loginHint;
    QString prompt;
    QString userId; ///< set once the password was right
    /// How far the browser got: consent is only shown (and accepted) after every step before it.
    enum class Step { Login, Verify, Consent } step = Step::Login;
    qint64 createdMs = 0;
};

/// Everything the emulated org holds at run time: the scenario, the tokens and codes it issued,
/// browser sessions, approvals, and the log of requests received.
class OrgState
{
public:
    OrgState(Scenario scenario, QString baseUrl);

    Scenario &scenario() { return m_scenario; }
    const QString &baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QString &url) { m_baseUrl = url; }
    static qint64 nowMs();

    /// Back to the starting scenario; forgets every token, code, session and log entry.
    void reset();

    /// The identity URL, rooted on the generic login host as Salesforce does.
    QString identityUrl(const User &user) const;

    // Tokens -------------------------------------------------------------------------------
    struct Issued
    {
        QByteArray accessToken;
        QByteArray refreshToken; ///< empty when none was issued
        qint64 issuedMs = 0;
    };
    /// Issues an access token, and a refresh token when @p withRefresh. A user holds at most
    /// five refresh tokens per app: a sixth revokes the oldest.
    Issued issue(const User &user, const App &app, const QStringList &scopes, bool withRefresh);
    /// A fresh access token for a refresh token; with @p rotate, also a new refresh token that
    /// replaces the old one.
    Issued refresh(const QByteArray &refreshToken, bool rotate);

    /// The access token if it is live (known, not revoked, not expired), else nullptr.
    const AccessToken *liveAccessToken(const QByteArray &token) const;
    /// The refresh token if it is live, else nullptr. Presenting a token that rotation already
    /// replaced revokes its successor, as Salesforce does.
    const RefreshToken *liveRefreshToken(const QByteArray &token);
    /// The refresh token if it is live, without the reuse check's side effect (introspection).
    const RefreshToken *findRefreshToken(const QByteArray &token) const;
    /// Revokes an access token, or a refresh token with its access tokens. False if unknown.
    bool revoke(const QByteArray &token);

    /// Expires or revokes tokens of @p kind ("access", "refresh" or "all") of one user (by
    /// username) or of everybody. Returns how many.
    int expireTokens(const QString &kind, const QString &username);
    int revokeTokens(const QString &kind, const QString &username);

    // Codes, sign-ins and browser sessions --------------------------------------------------
    QByteArray addCode(const AuthorizationCode &code);
    /// Takes the code out (single use). False when unknown or older than 15 minutes.
    bool takeCode(const QByteArray &code, AuthorizationCode *out);

    QByteArray addPending(const PendingAuthorization &pending);
    PendingAuthorization *pending(const QByteArray &id);
    void dropPending(const QByteArray &id);

    QByteArray addSession(const QString &userId);
    /// The user id of a live browser session, or empty.
    QString sessionUser(const QByteArray &sid) const;
    void dropSession(const QByteArray &sid) { m_sessions.remove(sid); }

    void approve(const QString &userId, const QString &clientId);
    bool hasApproved(const QString &userId, const QString &clientId) const;

    /// When the emulator learned of an app (for the propagation delay of new keys).
    void appChanged(const QString &consumerKey) { m_appSeenMs.insert(consumerKey, nowMs()); }
    bool appPropagated(const App &app) const;

    // API usage ----------------------------------------------------------------------------
    int apiRequestsUsed() const { return m_apiRequests; }
    void countApiRequest() { ++m_apiRequests; }
    static constexpr int kDailyApiRequests = 15000;

    // Request log --------------------------------------------------------------------------
    void log(const HttpRequest &request);
    QJsonArray requestLog() const;
    void clearLog() { m_log.clear(); }

private:
    void revokeRefreshToken(const QByteArray &token);
    QByteArray newAccessToken() const;
    /// Forgets what expired long ago, so a long-running emulator does not grow with every call.
    void sweep();
    qint64 m_lastSweepMs = 0;

    Scenario m_initial;
    Scenario m_scenario;
    QString m_baseUrl;
    QHash<QByteArray, AccessToken> m_access;
    QHash<QByteArray, RefreshToken> m_refresh;
    QHash<QByteArray, QByteArray> m_rotatedTo; ///< replaced refresh token -> its successor
    QHash<QByteArray, AuthorizationCode> m_codes;
    QHash<QByteArray, PendingAuthorization> m_pending;
    QHash<QByteArray, QPair<QString, qint64>> m_sessions; ///< sid -> (user id, created)
    QSet<QString> m_approvals;                            ///< "userId clientId"
    QHash<QString, qint64> m_appSeenMs;
    quint64 m_serial = 0;
    int m_apiRequests = 0;
    std::deque<QJsonObject> m_log;
};

} // namespace sfemu
