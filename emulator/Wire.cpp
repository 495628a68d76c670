#include "Wire.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>
#include <QUrl>

namespace sfemu::wire {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool decodeFormComponent(const QByteArray &raw, QString *out)
{
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '+') {
            bytes += ' ';
        } else if (c == '%') {
            if (i + 2 >= raw.size())
                return false;
            const int hi = hexValue(raw[i + 1]), lo = hexValue(raw[i + 2]);
            if (hi < 0 || lo < 0)
                return false;
            bytes += char(hi * 16 + lo);
            i += 2;
        } else {
            bytes += c;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    *out = utf8(bytes);
    return !utf8.hasError();
}

bool parseForm(const QByteArray &body, QHash<QString, QString> *out)
{
    out->clear();
    if (body.isEmpty())
        return true;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QString name, value;
        if (!decodeFormComponent(eq < 0 ? pair : pair.left(eq), &name) ||
            !decodeFormComponent(eq < 0 ? QByteArray() : pair.mid(eq + 1), &value))
            return false;
        if (!out->contains(name))
            out->insert(name, value);
    }
    return true;
}

QByteArray encode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

HttpResponse oauthError(int status, const char *error, const char *description)
{
    return HttpResponse::json(
        status, QJsonDocument(QJsonObject{
                    {QStringLiteral("error"), QLatin1String(error)},
                    {QStringLiteral("error_description"), QLatin1String(description)}}));
}

HttpResponse restError(int status, const char *errorCode, const QString &message)
{
    return HttpResponse::json(
        status, QJsonDocument(QJsonArray{
                    QJsonObject{{QStringLiteral("message"), message},
                                {QStringLiteral("errorCode"), QLatin1String(errorCode)}}}));
}

HttpResponse formError(int status, const char *error, const char *description)
{
    return HttpResponse::text(status,
                              "error=" + encode(QLatin1String(error)) +
                                  "&error_description=" + encode(QLatin1String(description)),
                              "application/x-www-form-urlencoded;charset=UTF-8");
}

QByteArray bearerToken(const HttpRequest &request, const QHash<QString, QString> &form)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
        return authorization.mid(7).trimmed();
    const QString fromQuery =
        request.query.queryItemValue(QStringLiteral("oauth_token"), QUrl::FullyDecoded);
    if (!fromQuery.isEmpty())
        return fromQuery.toLatin1();
    return form.value(QStringLiteral("oauth_token")).toLatin1();
}

bool basicCredentials(const HttpRequest &request, QString *id, QString *secret)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.size() <= 6 || authorization.left(6).toLower() != "basic ")
        return false;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    // RFC 6749 2.3.1: both parts are form-encoded before they are joined.
    return decodeFormComponent(decoded.left(colon), id) &&
           decodeFormComponent(decoded.mid(colon + 1), secret);
}

QByteArray cookie(const HttpRequest &request, const QByteArray &name)
{
    for (QByteArray part : request.header("cookie").split(';')) {
        part = part.trimmed();
        if (part.startsWith(name + '='))
            return part.mid(name.size() + 1);
    }
    return {};
}

bool isGenericLoginHost(const QByteArray &hostHeader)
{
    const QByteArray host = hostHeader.split(':').first().toLower();
    return host == "login.salesforce.com" || host == "test.salesforce.com";
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace sfemu::wire
