#include "OrgState.h"

#include "Crypto.h"

#include <QDateTime>

namespace sfemu {

namespace {

constexpr qint64 kCodeLifetimeMs = 15 * 60 * 1000;
constexpr qint64 kPendingLifetimeMs = 30 * 60 * 1000;
constexpr qint64 kBrowserSessionMs = 2 * 3600 * 1000;
constexpr int kRefreshTokensPerApp = 5;
constexpr size_t kLogLimit = 10000;
constexpr qsizetype kLoggedBodyBytes = 16 * 1024;
constexpr qint64 kSweepEveryMs = 60 * 1000;

bool wantsRefresh(const QString &kind)
{
    return kind == QLatin1String("refresh") || kind == QLatin1String("all");
}
bool wantsAccess(const QString &kind)
{
    return kind == QLatin1String("access") || kind == QLatin1String("all");
}

} // namespace

OrgState::OrgState(Scenario scenario, QString baseUrl)
    : m_initial(std::move(scenario))
    , m_baseUrl(std::move(baseUrl))
{
    reset();
}

qint64 OrgState::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void OrgState::reset()
{
    m_scenario = m_initial;
    m_access.clear();
    m_refresh.clear();
    m_rotatedTo.clear();
    m_codes.clear();
    m_pending.clear();
    m_sessions.clear();
    m_approvals.clear();
    m_appSeenMs.clear();
    m_apiRequests = 0;
    m_log.clear();
    for (const App &app : std::as_const(m_scenario.apps))
        appChanged(app.consumerKey);
}

QString OrgState::identityUrl(const User &user) const
{
    return QStringLiteral("%1/id/%2/%3")
        .arg(m_scenario.org.genericLoginHost(), m_scenario.org.id, user.id);
}

QByteArray OrgState::newAccessToken() const
{
    // <15-character org id>!<opaque>, the shape of a Salesforce session id.
    return m_scenario.org.id.left(15).toLatin1() + "!AR" + Crypto::randomAlnum(20) + '.' +
           Crypto::randomAlnum(90);
}

OrgState::Issued OrgState::issue(const User &user, const App &app, const QStringList &scopes,
                                 bool withRefresh)
{
    sweep();
    Issued out;
    out.issuedMs = nowMs();
    out.accessToken = newAccessToken();
    AccessToken access{user.id,
                       app.consumerKey,
                       scopes,
                       out.issuedMs,
                       out.issuedMs + qint64(m_scenario.org.sessionTimeoutMinutes) * 60000,
                       {}};
    if (withRefresh) {
        // At most five refresh tokens per user and app: the oldest goes.
        QList<QPair<quint64, QByteArray>> held;
        for (auto it = m_refresh.cbegin(); it != m_refresh.cend(); ++it) {
            if (it->userId == user.id && it->clientId == app.consumerKey)
                held.append({it->serial, it.key()});
        }
        std::sort(held.begin(), held.end());
        for (qsizetype i = 0; i + kRefreshTokensPerApp - 1 < held.size(); ++i)
            revokeRefreshToken(held[i].second);

        out.refreshToken = "5Aep861" + Crypto::randomAlnum(80);
        const RefreshTokenPolicy &policy = app.refreshTokenPolicy;
        const qint64 expires = policy.mode == RefreshTokenPolicy::Mode::ExpiresAfter
                                   ? out.issuedMs + policy.seconds * 1000
                                   : 0;
        m_refresh.insert(out.refreshToken, RefreshToken{user.id, app.consumerKey, scopes,
                                                        out.issuedMs, expires, ++m_serial});
        access.refreshToken = out.refreshToken;
    }
    m_access.insert(out.accessToken, access);
    return out;
}

OrgState::Issued OrgState::refresh(const QByteArray &refreshToken, bool rotate)
{
    const RefreshToken parent = m_refresh.value(refreshToken);
    Issued out;
    out.issuedMs = nowMs();
    out.accessToken = newAccessToken();
    QByteArray owner = refreshToken;
    if (rotate) {
        out.refreshToken = "5Aep861" + Crypto::randomAlnum(80);
        RefreshToken successor = parent;
        successor.issuedMs = out.issuedMs;
        successor.serial = ++m_serial;
        m_refresh.insert(out.refreshToken, successor);
        m_refresh.remove(refreshToken);
        m_rotatedTo.insert(refreshToken, out.refreshToken);
        // Sessions opened with the old token now belong to its successor's line.
        for (AccessToken &t : m_access) {
            if (t.refreshToken == refreshToken)
                t.refreshToken = out.refreshToken;
        }
        owner = out.refreshToken;
    }
    m_access.insert(out.accessToken,
                    AccessToken{parent.userId, parent.clientId, parent.scopes, out.issuedMs,
                                out.issuedMs + qint64(m_scenario.org.sessionTimeoutMinutes) * 60000,
                                owner});
    return out;
}

const RefreshToken *OrgState::findRefreshToken(const QByteArray &token) const
{
    const auto it = m_refresh.constFind(token);
    if (it == m_refresh.cend() || (it->expiresMs != 0 && it->expiresMs <= nowMs()))
        return nullptr;
    return &*it;
}

void OrgState::sweep()
{
    const qint64 now = nowMs();
    if (now - m_lastSweepMs < kSweepEveryMs)
        return;
    m_lastSweepMs = now;
    m_access.removeIf([now](const auto &it) { return it.value().expiresMs <= now; });
    m_refresh.removeIf(
        [now](const auto &it) { return it.value().expiresMs != 0 && it.value().expiresMs <= now; });
    m_codes.removeIf(
        [now](const auto &it) { return it.value().issuedMs + kCodeLifetimeMs <= now; });
    m_sessions.removeIf(
        [now](const auto &it) { return it.value().second + kBrowserSessionMs <= now; });
    m_pending.removeIf(
        [now](const auto &it) { return it.value().createdMs + kPendingLifetimeMs <= now; });
    // A replaced refresh token matters only while its line is alive.
    m_rotatedTo.removeIf([this](const auto &it) {
        QByteArray current = it.value();
        while (m_rotatedTo.contains(current))
            current = m_rotatedTo.value(current);
        return !m_refresh.contains(current);
    });
}

const AccessToken *OrgState::liveAccessToken(const QByteArray &token) const
{
    const auto it = m_access.constFind(token);
    if (it == m_access.cend() || it->expiresMs <= nowMs())
        return nullptr;
    return &*it;
}

const RefreshToken *OrgState::liveRefreshToken(const QByteArray &token)
{
    if (const auto successor = m_rotatedTo.constFind(token); successor != m_rotatedTo.cend()) {
        // A replaced token came back: someone may hold a stolen copy. Revoke the line.
        QByteArray current = *successor;
        while (m_rotatedTo.contains(current))
            current = m_rotatedTo.value(current);
        revokeRefreshToken(current);
        return nullptr;
    }
    return findRefreshToken(token);
}

void OrgState::revokeRefreshToken(const QByteArray &token)
{
    m_refresh.remove(token);
    for (auto it = m_access.begin(); it != m_access.end();) {
        if (it->refreshToken == token)
            it = m_access.erase(it);
        else
            ++it;
    }
}

bool OrgState::revoke(const QByteArray &token)
{
    if (m_access.remove(token) > 0)
        return true;
    if (m_refresh.contains(token)) {
        revokeRefreshToken(token);
        return true;
    }
    return false;
}

int OrgState::expireTokens(const QString &kind, const QString &username)
{
    const User *user = username.isEmpty() ? nullptr : m_scenario.user(username);
    if (!username.isEmpty() && !user)
        return 0;
    int n = 0;
    const qint64 past = nowMs() - 1;
    if (wantsAccess(kind)) {
        for (AccessToken &t : m_access) {
            if (!user || t.userId == user->id) {
                t.expiresMs = past;
                ++n;
            }
        }
    }
    if (wantsRefresh(kind)) {
        for (RefreshToken &t : m_refresh) {
            if (!user || t.userId == user->id) {
                t.expiresMs = past;
                ++n;
            }
        }
    }
    return n;
}

int OrgState::revokeTokens(const QString &kind, const QString &username)
{
    const User *user = username.isEmpty() ? nullptr : m_scenario.user(username);
    if (!username.isEmpty() && !user)
        return 0;
    QList<QByteArray> doomedAccess, doomedRefresh;
    if (wantsAccess(kind)) {
        for (auto it = m_access.cbegin(); it != m_access.cend(); ++it) {
            if (!user || it->userId == user->id)
                doomedAccess << it.key();
        }
    }
    if (wantsRefresh(kind)) {
        for (auto it = m_refresh.cbegin(); it != m_refresh.cend(); ++it) {
            if (!user || it->userId == user->id)
                doomedRefresh << it.key();
        }
    }
    for (const QByteArray &t : doomedAccess)
        m_access.remove(t);
    for (const QByteArray &t : doomedRefresh)
        revokeRefreshToken(t);
    return int(doomedAccess.size() + doomedRefresh.size());
}

QByteArray OrgState::addCode(const AuthorizationCode &code)
{
    // Salesforce codes are base64 with '+', '/' and '==' in them: 31 random bytes end in "==".
    const QByteArray value = "aPrx" + Crypto::randomBase64(31);
    m_codes.insert(value, code);
    return value;
}

bool OrgState::takeCode(const QByteArray &code, AuthorizationCode *out)
{
    const auto it = m_codes.constFind(code);
    if (it == m_codes.cend())
        return false;
    const AuthorizationCode found = *it;
    m_codes.erase(it);
    if (found.issuedMs + kCodeLifetimeMs <= nowMs())
        return false;
    *out = found;
    return true;
}

QByteArray OrgState::addPending(const PendingAuthorization &pending)
{
    sweep();
    const QByteArray id = Crypto::randomAlnum(32);
    m_pending.insert(id, pending);
    return id;
}

PendingAuthorization *OrgState::pending(const QByteArray &id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->createdMs + kPendingLifetimeMs <= nowMs())
        return nullptr;
    return &*it;
}

void OrgState::dropPending(const QByteArray &id)
{
    m_pending.remove(id);
}

QByteArray OrgState::addSession(const QString &userId)
{
    const QByteArray sid = Crypto::randomAlnum(40);
    m_sessions.insert(sid, {userId, nowMs()});
    return sid;
}

QString OrgState::sessionUser(const QByteArray &sid) const
{
    const auto it = m_sessions.constFind(sid);
    if (it == m_sessions.cend() || it->second + kBrowserSessionMs <= nowMs())
        return {};
    return it->first;
}

void OrgState::approve(const QString &userId, const QString &clientId)
{
    m_approvals.insert(userId + QLatin1Char(' ') + clientId);
}

bool OrgState::hasApproved(const QString &userId, const QString &clientId) const
{
    return m_approvals.contains(userId + QLatin1Char(' ') + clientId);
}

bool OrgState::appPropagated(const App &app) const
{
    return m_appSeenMs.value(app.consumerKey) + qint64(app.propagationSeconds) * 1000 <= nowMs();
}

void OrgState::log(const HttpRequest &request)
{
    QJsonObject headers;
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
    m_log.push_back(QJsonObject{
        {QStringLiteral("time"), nowMs()},
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("query"), request.query.query(QUrl::FullyEncoded)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), QString::fromUtf8(request.body.left(kLoggedBodyBytes))},
        {QStringLiteral("bodyTruncated"), request.body.size() > kLoggedBodyBytes},
    });
    if (m_log.size() > kLogLimit)
        m_log.pop_front();
}

QJsonArray OrgState::requestLog() const
{
    QJsonArray out;
    for (const QJsonObject &entry : m_log)
        out.append(entry);
    return out;
}

} // namespace sfemu
