#include "AuthError.h"

#include "Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRegularExpression>

namespace sfconnect {

namespace {

QString slug(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString s = text.toLower();
    s.replace(nonWord, QStringLiteral("_"));
    while (s.startsWith(QLatin1Char('_')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('_')))
        s.chop(1);
    return s;
}

template <typename E>
QString enumName(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}

} // namespace

AuthError AuthError::fromReply(QNetworkReply *reply, const QByteArray &body, Stage stage)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError net = reply->error();
    const QString netText = reply->errorString();
    switch (net) {
    case QNetworkReply::HostNotFoundError:
        return {Kind::HostNotFound, stage, QStringLiteral("host_not_found"), netText};
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // QNetworkRequest's transfer timeout ends a reply with OperationCanceledError.
        return {Kind::Timeout, stage, QStringLiteral("timeout"), netText};
    case QNetworkReply::SslHandshakeFailedError:
        return {Kind::Tls, stage, QStringLiteral("tls"), netText};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return {Kind::Network, stage, QStringLiteral("network"), netText};
    default:
        break;
    }
    if (status >= 200 && status < 300)
        return {};
    if (status == 0)
        return {Kind::Network, stage, QStringLiteral("network"), netText};

    const QByteArray contentType =
        reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    const QByteArray trimmed = body.trimmed();
    if (contentType.contains("html") || trimmed.startsWith('<')) {
        if (body.contains("maintenance"))
            return {Kind::Maintenance, stage, QStringLiteral("maintenance"),
                    QStringLiteral("down for maintenance"), status};
        return {Kind::MalformedResponse, stage, QStringLiteral("html_response"),
                QStringLiteral("HTTP %1 with an HTML page").arg(status), status};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isObject() && doc.object().contains(QStringLiteral("error"))) {
        const QJsonObject o = doc.object();
        return {Kind::OAuth, stage, o.value(QStringLiteral("error")).toString(),
                o.value(QStringLiteral("error_description")).toString(), status};
    }
    if (doc.isArray() && !doc.array().isEmpty() && doc.array().first().isObject()) {
        const QJsonObject o = doc.array().first().toObject();
        return {Kind::Rest, stage, o.value(QStringLiteral("errorCode")).toString(),
                o.value(QStringLiteral("message")).toString(), status};
    }
    if (doc.isObject() && doc.object().contains(QStringLiteral("errorCode"))) {
        const QJsonObject o = doc.object();
        return {Kind::Rest, stage, o.value(QStringLiteral("errorCode")).toString(),
                o.value(QStringLiteral("message")).toString(), status};
    }
    // Revoke answers form-encoded errors; userinfo and the identity URL plain words.
    if (trimmed.startsWith("error=")) {
        const QUrlQuery form(QString::fromUtf8(trimmed));
        return {
            Kind::OAuth, stage, form.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded),
            form.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded), status};
    }
    static const QRegularExpression plainCode(QStringLiteral("^[A-Za-z_]{3,64}$"));
    if (plainCode.match(QString::fromUtf8(trimmed)).hasMatch())
        return {Kind::Rest, stage, QString::fromUtf8(trimmed), QString(), status};
    return {Kind::MalformedResponse, stage, QStringLiteral("unexpected_response"),
            QStringLiteral("HTTP %1: %2").arg(status).arg(Redactor::redact(trimmed).left(200)),
            status};
}

QString AuthError::problemId() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::OAuth:
        return m_description.isEmpty()
                   ? QStringLiteral("oauth.") + m_code
                   : QStringLiteral("oauth.%1.%2").arg(m_code, slug(m_description));
    case Kind::Rest:
        return QStringLiteral("rest.") + m_code;
    case Kind::Network:
        return QStringLiteral("network.unreachable");
    case Kind::HostNotFound:
        return QStringLiteral("network.host_not_found");
    case Kind::Tls:
        return QStringLiteral("network.tls");
    case Kind::Timeout:
        return QStringLiteral("network.timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Maintenance:
        return QStringLiteral("service.maintenance");
    case Kind::MalformedResponse:
        return QStringLiteral("response.") + m_code;
    case Kind::Configuration:
        return QStringLiteral("config.") + m_code;
    case Kind::Browser:
        return QStringLiteral("browser.") + m_code;
    }
    return {};
}

bool AuthError::needsSignIn() const
{
    return m_kind == Kind::OAuth && m_code == QLatin1String("invalid_grant") &&
           (m_description == QLatin1String("expired access/refresh token") ||
            m_description == QLatin1String("inactive user"));
}

QString AuthError::summary() const
{
    QString s = enumName(m_stage) + QStringLiteral(": ") + enumName(m_kind);
    if (m_httpStatus)
        s += QStringLiteral(" (HTTP %1)").arg(m_httpStatus);
    if (!m_code.isEmpty())
        s += QStringLiteral(" ") + m_code;
    if (!m_description.isEmpty())
        s += QStringLiteral(": ") + m_description;
    return Redactor::redact(s);
}

QString AuthError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::HostNotFound:
        return tr("The Salesforce address could not be found. Check the domain, and that this "
                  "computer is online.");
    case Kind::Network:
        return tr("Salesforce could not be reached: %1").arg(m_description);
    case Kind::Tls:
        return tr("The secure connection to Salesforce failed: %1").arg(m_description);
    case Kind::Timeout:
        return tr("Salesforce did not answer in time.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Maintenance:
        return tr("Salesforce is down for maintenance. Try again later.");
    case Kind::MalformedResponse:
        return tr("Salesforce sent an answer sfconnect cannot read (%1).").arg(m_description);
    case Kind::Configuration:
    case Kind::Browser:
        return m_description;
    case Kind::OAuth:
    case Kind::Rest:
        break;
    }
    if (needsSignIn())
        return tr("The sign-in has expired or was revoked. Sign in again.");
    if (m_code == QLatin1String("invalid_grant") &&
        m_description == QLatin1String("authentication failure"))
        return tr("Salesforce refused the sign-in: wrong username, password or security token, or "
                  "the username-password flow is blocked for this org (new orgs block it by "
                  "default).");
    if (m_code == QLatin1String("invalid_client_id"))
        return tr("Salesforce does not know this client id (consumer key). Check it, and allow "
                  "up to 10 minutes after creating or changing the app.");
    if (m_code == QLatin1String("invalid_client"))
        return tr("The client secret (consumer secret) is wrong.");
    if (m_description == QLatin1String("audience is invalid"))
        return tr("Salesforce refused the JWT audience. Production orgs expect "
                  "https://login.salesforce.com, sandboxes https://test.salesforce.com.");
    if (m_description == QLatin1String("invalid assertion"))
        return tr("Salesforce could not verify the JWT signature: the private key does not match "
                  "the certificate uploaded to the app.");
    if (m_description == QLatin1String("user hasn't approved this consumer"))
        return tr("The user has not been approved for this app: pre-authorize the user's profile "
                  "or permission set, or sign in once through the browser.");
    if (m_code == QLatin1String("invalid_app_access") ||
        m_code == QLatin1String("OAUTH_APP_ACCESS_DENIED"))
        return tr("The app is admin-approved and this user's profile or permission set is not "
                  "assigned to it.");
    if (m_code == QLatin1String("access_denied"))
        return tr("Access was denied in the browser.");
    if (m_code == QLatin1String("INVALID_SESSION_ID"))
        return tr("The session is no longer valid.");
    if (m_code == QLatin1String("API_DISABLED_FOR_ORG") ||
        m_code == QLatin1String("API_CURRENTLY_DISABLED"))
        return tr(
            "API access is not enabled for this org or user (the \"API Enabled\" permission).");
    return tr("Salesforce answered: %1")
        .arg(m_description.isEmpty() ? m_code : m_code + QStringLiteral(": ") + m_description);
}

} // namespace sfconnect
