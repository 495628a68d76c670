#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sfemu {

/// One HTTP request as the emulator received it.
struct HttpRequest
{
    QByteArray method; ///< as sent: GET, POST, ...
    QByteArray target; ///< request target as sent, e.g. /services/oauth2/token?x=1
    QString path;      ///< percent-decoded path without the query
    QUrlQuery query;   ///< the query string
    QMap<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;                      ///< de-chunked body
    bool chunked = false;                 ///< the body came with Transfer-Encoding: chunked
    bool bodyTooLarge = false;            ///< the body exceeded the server's limit and was dropped
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

/// One answer. Besides a normal response it can model the failures a client meets on real
/// networks: a connection reset, or no answer at all.
struct HttpResponse
{
    enum class Delivery { Normal, Reset, Silent };

    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }

    static HttpResponse json(int status, const QJsonDocument &doc)
    {
        return {status,
                "application/json;charset=UTF-8",
                doc.toJson(QJsonDocument::Compact),
                {},
                Delivery::Normal,
                0};
    }
    static HttpResponse text(int status, const QByteArray &body,
                             const QByteArray &type = "text/plain;charset=UTF-8")
    {
        return {status, type, body, {}, Delivery::Normal, 0};
    }
    static HttpResponse html(int status, const QByteArray &body)
    {
        return text(status, body, "text/html;charset=UTF-8");
    }
    static HttpResponse redirect(const QByteArray &location)
    {
        HttpResponse r = text(302, QByteArray());
        r.contentType.clear();
        r.headers.append({"Location", location});
        return r;
    }
};

} // namespace sfemu
