// Test-side HTTP client for the sfconnect org emulator (emulator/README.md is its contract).
//
// The emulator tests talk to it only over HTTP, the way sfconnect and other Salesforce clients
// do, so they check the wire (statuses, content types, bodies) and never the emulator's
// internals. The emulator runs in the test's thread: every wait here spins the event loop, and a
// 10 s guard turns a hang into a failed assertion instead of a stuck test. Redirects are never
// followed, so a test can assert each 302 of the OAuth flows.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace emutest {

// The default scenario (emulator/README.md, "The default scenario").
inline const QString kOrgId = QStringLiteral("00D000000000001EAA");
inline const QString kOrgName = QStringLiteral("sfconnect Demo Org");
inline const QString kUserId = QStringLiteral("005000000000001AAA");
inline const QString kUsername = QStringLiteral("admin@sfconnect.demo");
inline const QString kPassword = QStringLiteral("Demo-Pass-1");
inline const QString kSecurityToken = QStringLiteral("DEMOTOKEN123");
inline const QString kMfaCode = QStringLiteral("123456");
inline const QString kProfile = QStringLiteral("System Administrator");
inline const QString kPublicKey = QStringLiteral("SfconnectPublicApp");
inline const QString kByoaKey = QStringLiteral("SfconnectByoaKey");
inline const QString kByoaSecret = QStringLiteral("SfconnectByoaSecret");
inline const QString kJwtKey = QStringLiteral("SfconnectJwtKey");
inline const QString kCallback = QStringLiteral("http://localhost:1717/OauthRedirect");
inline const QString kTokenPath = QStringLiteral("/services/oauth2/token");
inline const QByteArray kJsonType = QByteArrayLiteral("application/json;charset=UTF-8");
inline const QByteArray kFormType = QByteArrayLiteral("application/x-www-form-urlencoded");

/// The identity URL Salesforce returns in `id`: always on the generic login host.
inline QString identityUrl(const QString &host = QStringLiteral("https://login.salesforce.com"),
                           const QString &userId = kUserId)
{
    return host + QStringLiteral("/id/") + kOrgId + QLatin1Char('/') + userId;
}

using Form = QList<QPair<QString, QString>>;
using Headers = QList<QPair<QByteArray, QByteArray>>;

/// application/x-www-form-urlencoded with every reserved character percent-encoded, so that
/// '+', '/' and '=' in codes and tokens survive (a literal '+' would decode as a space).
/// Salesforce's OAuth error body and REST error array, for exact comparisons.
inline QJsonObject oauthError(const QString &error, const QString &description)
{
    return QJsonObject{{QStringLiteral("error"), error},
                       {QStringLiteral("error_description"), description}};
}

inline QJsonArray restError(const QString &errorCode, const QString &message)
{
    return QJsonArray{QJsonObject{{QStringLiteral("message"), message},
                                  {QStringLiteral("errorCode"), errorCode}}};
}

inline QByteArray formEncode(const Form &form)
{
    QByteArray out;
    for (const auto &[name, value] : form) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

inline Form formFrom(const QUrlQuery &query)
{
    Form form;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        form.append({item.first, item.second});
    return form;
}

/// base64url without padding (RFC 4648 §5), as used by PKCE and JWT.
inline QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

/// A PKCE verifier: base64url of @p bytes random bytes (jsforce uses 128 bytes: 171 characters).
inline QByteArray pkceVerifier(int bytes = 32)
{
    return base64Url(randomBytes(bytes));
}

/// The S256 challenge for @p verifier: base64url(SHA-256(verifier)).
inline QByteArray pkceChallenge(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

inline QPair<QByteArray, QByteArray> basicAuth(const QString &clientId, const QString &secret)
{
    const QByteArray pair = clientId.toUtf8() + ':' + secret.toUtf8();
    return {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + pair.toBase64()};
}

inline QPair<QByteArray, QByteArray> bearer(const QString &accessToken)
{
    return {QByteArrayLiteral("Authorization"),
            QByteArrayLiteral("Bearer ") + accessToken.toUtf8()};
}

/// Salesforce's token signature: base64(HMAC-SHA256(consumer secret, id + issued_at)), standard
/// alphabet with padding. A public app has no secret: the key is then empty.
inline QString expectedSignature(const QString &secret, const QString &id, const QString &issuedAt)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
        (id + issuedAt).toUtf8(), secret.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toBase64());
}

/// @p changes applied onto @p base, recursing into nested objects (arrays are replaced).
inline QJsonObject merged(QJsonObject base, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonValue old = base.value(it.key());
        if (old.isObject() && it.value().isObject())
            base.insert(it.key(), merged(old.toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

/// Canonical JSON (sorted keys, compact) so that two bodies compare independently of key order;
/// a body that does not parse is returned as is, so a comparison failure shows it.
inline QByteArray canonicalJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return body;
    return doc.toJson(QJsonDocument::Compact);
}

inline QByteArray canonicalJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QByteArray canonicalJson(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

/// The keys of @p object, sorted and joined with ',' (readable in a QCOMPARE failure).
inline QString keyList(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys.join(QLatin1Char(','));
}

/// One HTTP answer as a client sees it.
struct Answer
{
    int status = 0; ///< 0 when no HTTP answer arrived
    QByteArray contentType;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QUrl redirect; ///< the Location of a 3xx, resolved against the request URL
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false; ///< the 10 s guard fired
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool ok() const { return status >= 200 && status < 300; }
    bool isRedirect() const { return status >= 300 && status < 400; }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString text() const { return QString::fromUtf8(body); }
    QString describe() const
    {
        QString s = QStringLiteral("HTTP %1, %2, body: %3")
                        .arg(status)
                        .arg(QString::fromLatin1(contentType), QString::fromUtf8(body.left(400)));
        if (error != QNetworkReply::NoError)
            s += QStringLiteral(" (network error %1: %2)").arg(int(error)).arg(errorString);
        if (timedOut)
            s += QStringLiteral(" (no answer within 10 s)");
        return s;
    }
};

/// Fails the current test unless @p expr (an Answer) is a 2xx: for control-API calls and other
/// requests a test relies on.
#define EMU_VERIFY_OK(expr)                                                                        \
    do {                                                                                           \
        const ::emutest::Answer emuAnswer_ = (expr);                                               \
        QVERIFY2(emuAnswer_.ok(), qPrintable(emuAnswer_.describe()));                              \
    } while (false)

/// Runs @p reply to completion (or the guard), spinning the event loop.
inline Answer finish(QNetworkReply *reply, const QUrl &requestUrl, const QElapsedTimer &clock,
                     int guardMs = 10000)
{
    Answer answer;
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(guardMs);
        loop.exec();
        if (!reply->isFinished()) {
            answer.timedOut = true;
            reply->abort();
        }
    }
    answer.elapsedMs = clock.elapsed();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.headers = reply->rawHeaderPairs();
    answer.body = reply->readAll();
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (target.isValid() && !target.isEmpty())
        answer.redirect = requestUrl.resolved(target);
    answer.error = reply->error();
    answer.errorString = reply->errorString();
    reply->deleteLater();
    return answer;
}

/// Sends @p raw bytes on a fresh socket and parses the HTTP answer: for requests
/// QNetworkAccessManager cannot produce (a chunked body without Content-Length).
inline Answer rawExchange(quint16 port, const QByteArray &raw, int guardMs = 10000)
{
    Answer answer;
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    socket.write(raw);
    QByteArray in;
    qsizetype headerEnd = -1;
    qsizetype length = -1;
    bool chunked = false;
    while (clock.elapsed() < guardMs) {
        QTest::qWait(5);
        in += socket.readAll();
        if (headerEnd < 0) {
            headerEnd = in.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                const QList<QByteArray> lines = in.left(headerEnd).split('\n');
                const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
                answer.status = statusLine.value(1).toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines.at(i).trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon <= 0)
                        continue;
                    answer.headers.append(
                        {line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                }
                answer.contentType = answer.header("Content-Type");
                if (!answer.header("Content-Length").isEmpty())
                    length = answer.header("Content-Length").toLongLong();
                chunked = answer.header("Transfer-Encoding").toLower().contains("chunked");
            }
        }
        if (headerEnd >= 0 && length >= 0 && in.size() >= headerEnd + 4 + length)
            break;
        if (headerEnd >= 0 && chunked && in.endsWith("0\r\n\r\n"))
            break;
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
    }
    in += socket.readAll();
    answer.elapsedMs = clock.elapsed();
    if (headerEnd < 0) {
        answer.timedOut = clock.elapsed() >= guardMs;
        answer.error = QNetworkReply::RemoteHostClosedError;
        return answer;
    }
    QByteArray body = in.mid(headerEnd + 4);
    if (length >= 0) {
        body = body.left(length);
    } else if (chunked) {
        QByteArray decoded;
        qsizetype pos = 0;
        while (pos < body.size()) {
            const qsizetype eol = body.indexOf("\r\n", pos);
            if (eol < 0)
                break;
            const qsizetype size =
                body.mid(pos, eol - pos).split(';').value(0).toLongLong(nullptr, 16);
            if (size <= 0)
                break;
            decoded += body.mid(eol + 2, size);
            pos = eol + 2 + size + 2;
        }
        body = decoded;
    }
    answer.body = body;
    return answer;
}

/// An HTTP client bound to one emulator. Each instance has its own QNetworkAccessManager (and
/// so its own connections and, when a test sets one, its own cookie jar).
class Client
{
public:
    explicit Client(const QUrl &base)
        : m_base(base)
    {
        m_nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    }

    QNetworkAccessManager &nam() { return m_nam; }
    QUrl base() const { return m_base; }
    QString baseString() const { return m_base.toString(); }
    quint16 port() const { return quint16(m_base.port()); }

    /// @p pathAndQuery (already percent-encoded where needed) on the emulator.
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(m_base.toString() + pathAndQuery, QUrl::TolerantMode);
    }

    Answer send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                const QByteArray &contentType = {}, const Headers &headers = {},
                int transferTimeoutMs = 0)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = nullptr;
        if (verb == "GET")
            reply = m_nam.get(request);
        else if (verb == "POST")
            reply = m_nam.post(request, body);
        else if (verb == "DELETE" && body.isEmpty())
            reply = m_nam.deleteResource(request);
        else
            reply = m_nam.sendCustomRequest(request, verb, body);
        return finish(reply, url, clock);
    }

    Answer get(const QString &pathAndQuery, const Headers &headers = {}, int timeoutMs = 0)
    {
        return send("GET", url(pathAndQuery), {}, {}, headers, timeoutMs);
    }
    Answer getUrl(const QUrl &absolute, const Headers &headers = {})
    {
        return send("GET", absolute, {}, {}, headers);
    }
    Answer del(const QString &pathAndQuery, const Headers &headers = {})
    {
        return send("DELETE", url(pathAndQuery), {}, {}, headers);
    }
    Answer postForm(const QString &path, const Form &form, const Headers &headers = {})
    {
        return send("POST", url(path), formEncode(form), kFormType, headers);
    }
    Answer postForm(const QString &path, const QUrlQuery &query, const Headers &headers = {})
    {
        return postForm(path, formFrom(query), headers);
    }
    Answer postForm(const QString &path, const QByteArray &rawBody, const Headers &headers = {})
    {
        return send("POST", url(path), rawBody, kFormType, headers);
    }
    Answer postFormUrl(const QUrl &absolute, const Form &form, const Headers &headers = {})
    {
        return send("POST", absolute, formEncode(form), kFormType, headers);
    }
    Answer postJson(const QString &path, const QJsonDocument &doc, const Headers &headers = {})
    {
        return send("POST", url(path), doc.toJson(QJsonDocument::Compact),
                    QByteArrayLiteral("application/json"), headers);
    }
    Answer postJson(const QString &path, const QJsonObject &object, const Headers &headers = {})
    {
        return postJson(path, QJsonDocument(object), headers);
    }

    // --- Token helpers --------------------------------------------------------------------

    /// The password grant with the Bring Your Own App, credentials in the body.
    Answer passwordGrant(const QString &username = kUsername,
                         const QString &password = kPassword + kSecurityToken)
    {
        return postForm(kTokenPath, Form{{QStringLiteral("grant_type"), QStringLiteral("password")},
                                         {QStringLiteral("client_id"), kByoaKey},
                                         {QStringLiteral("client_secret"), kByoaSecret},
                                         {QStringLiteral("username"), username},
                                         {QStringLiteral("password"), password}});
    }

    /// The token response of a successful password grant (empty, with @p why set, otherwise).
    QJsonObject tokenFor(const QString &username = kUsername,
                         const QString &password = kPassword + kSecurityToken,
                         QString *why = nullptr)
    {
        const Answer answer = passwordGrant(username, password);
        const QJsonObject token = answer.object();
        if (answer.status != 200 ||
            token.value(QStringLiteral("access_token")).toString().isEmpty()) {
            if (why)
                *why = QStringLiteral("password grant failed: ") + answer.describe();
            return {};
        }
        return token;
    }

    /// An access token of the default user through the password grant.
    bool accessToken(QString *token, QString *why)
    {
        const QJsonObject response = tokenFor(kUsername, kPassword + kSecurityToken, why);
        *token = response.value(QStringLiteral("access_token")).toString();
        return !token->isEmpty();
    }

    // --- Control API (emulator/README.md, "Control API") -------------------------------------

    Answer control(const QString &what, const QJsonObject &body)
    {
        return postJson(QStringLiteral("/__emulator/") + what, body);
    }
    Answer reset() { return control(QStringLiteral("reset"), {}); }
    QJsonObject scenario() { return get(QStringLiteral("/__emulator/scenario")).object(); }

    /// Changes fields of the app with @p consumerKey. The whole app object, read from the
    /// scenario and merged with @p changes, is sent, so this works whether the emulator merges
    /// or replaces.
    Answer updateApp(const QString &consumerKey, const QJsonObject &changes)
    {
        return control(
            QStringLiteral("apps"),
            merged(findIn(QStringLiteral("apps"), QStringLiteral("consumerKey"), consumerKey),
                   changes));
    }
    Answer addApp(const QJsonObject &app) { return control(QStringLiteral("apps"), app); }
    /// The app with @p consumerKey as the scenario has it (empty when unknown).
    QJsonObject app(const QString &consumerKey)
    {
        return findIn(QStringLiteral("apps"), QStringLiteral("consumerKey"), consumerKey);
    }

    Answer updateUser(const QString &username, const QJsonObject &changes)
    {
        return control(
            QStringLiteral("users"),
            merged(findIn(QStringLiteral("users"), QStringLiteral("username"), username), changes));
    }
    Answer addUser(const QJsonObject &user) { return control(QStringLiteral("users"), user); }

    /// Merges @p changes into the org (settings included); sends the whole merged org.
    Answer updateOrg(const QJsonObject &changes)
    {
        return control(QStringLiteral("org"),
                       merged(scenario().value(QStringLiteral("org")).toObject(), changes));
    }

    /// Replaces the faults with @p changes over "no fault at all".
    Answer setFaults(const QJsonObject &changes)
    {
        const QJsonObject none{{QStringLiteral("latencyMs"), 0},
                               {QStringLiteral("jitterMs"), 0},
                               {QStringLiteral("errorRate"), 0.0},
                               {QStringLiteral("maintenanceRate"), 0.0},
                               {QStringLiteral("resetRate"), 0.0},
                               {QStringLiteral("silentRate"), 0.0},
                               {QStringLiteral("malformedJsonRate"), 0.0},
                               {QStringLiteral("loginRateExceeded"), false},
                               {QStringLiteral("paths"), QJsonArray()}};
        return control(QStringLiteral("faults"), merged(none, changes));
    }

    /// @p kind: "access", "refresh" or "all"; @p username empty for every user.
    Answer expireTokens(const QString &kind, const QString &username = {})
    {
        return control(QStringLiteral("tokens/expire"), tokenSelector(kind, username));
    }
    Answer revokeTokens(const QString &kind, const QString &username = {})
    {
        return control(QStringLiteral("tokens/revoke"), tokenSelector(kind, username));
    }

    /// The request log: an array of {method, path, query, headers, body, time}. A top-level
    /// object holding the array under "requests" is accepted too.
    QJsonArray requestLog()
    {
        const QJsonDocument doc =
            QJsonDocument::fromJson(get(QStringLiteral("/__emulator/requests")).body);
        if (doc.isArray())
            return doc.array();
        return doc.object().value(QStringLiteral("requests")).toArray();
    }
    Answer clearRequestLog() { return del(QStringLiteral("/__emulator/requests")); }

    /// The logged requests with @p method on @p path, in log order.
    QList<QJsonObject> logged(const QString &method, const QString &path)
    {
        QList<QJsonObject> found;
        const QJsonArray log = requestLog();
        for (const QJsonValue &entry : log) {
            const QJsonObject o = entry.toObject();
            if (o.value(QStringLiteral("method")).toString() == method &&
                o.value(QStringLiteral("path")).toString() == path)
                found.append(o);
        }
        return found;
    }

private:
    QJsonObject findIn(const QString &list, const QString &key, const QString &value)
    {
        const QJsonArray items = scenario().value(list).toArray();
        for (const QJsonValue &item : items) {
            if (item.toObject().value(key).toString() == value)
                return item.toObject();
        }
        return QJsonObject{{key, value}};
    }

    static QJsonObject tokenSelector(const QString &kind, const QString &username)
    {
        QJsonObject body{{QStringLiteral("kind"), kind}};
        if (!username.isEmpty())
            body.insert(QStringLiteral("username"), username);
        return body;
    }

    QUrl m_base;
    QNetworkAccessManager m_nam;
};

/// A second user for the scenarios that need one: same password, token and MFA code as the
/// default user.
inline QJsonObject demoUser(const QString &id, const QString &username,
                            const QString &profile = kProfile)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("password"), kPassword},
                       {QStringLiteral("securityToken"), kSecurityToken},
                       {QStringLiteral("active"), true},
                       {QStringLiteral("apiEnabled"), true},
                       {QStringLiteral("mfaCode"), kMfaCode},
                       {QStringLiteral("profile"), profile},
                       {QStringLiteral("firstName"), QStringLiteral("Grace")},
                       {QStringLiteral("lastName"), QStringLiteral("Tester")},
                       {QStringLiteral("email"), username}};
}

} // namespace emutest
