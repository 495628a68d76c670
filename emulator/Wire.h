#pragma once

#include "HttpMessage.h"

#include <QHash>
#include <QString>

/// Shapes of Salesforce answers and parsing of what clients send, shared by the endpoints.
namespace sfemu::wire {

/// Decodes an application/x-www-form-urlencoded body ('+' is a space). False on a malformed
/// percent escape or invalid UTF-8. A repeated name keeps its first value.
bool parseForm(const QByteArray &body, QHash<QString, QString> *out);

/// Percent-encodes for a URL query or a form body (space as %20, as Salesforce does).
QByteArray encode(const QString &value);

/// {"error":…,"error_description":…} with @p status: the token endpoint's error shape.
HttpResponse oauthError(int status, const char *error, const char *description);

/// [{"message":…,"errorCode":…}] with @p status: the REST API's error shape.
HttpResponse restError(int status, const char *errorCode, const QString &message);

/// error=…&error_description=… as a form-encoded body: the revoke endpoint's error shape.
HttpResponse formError(int status, const char *error, const char *description);

/// The bearer token of a request: the Authorization header, else oauth_token in the query, else
/// (for form posts) in the body.
QByteArray bearerToken(const HttpRequest &request, const QHash<QString, QString> &form = {});

/// Client id and secret from HTTP Basic, if the request carries it.
bool basicCredentials(const HttpRequest &request, QString *id, QString *secret);

/// A Set-Cookie / Cookie value.
QByteArray cookie(const HttpRequest &request, const QByteArray &name);

/// The request's Host header names login.salesforce.com or test.salesforce.com.
bool isGenericLoginHost(const QByteArray &hostHeader);

/// Decodes one form-encoded component ('+' is a space); false on a bad escape or invalid UTF-8.
bool decodeFormComponent(const QByteArray &raw, QString *out);

/// Escapes text for HTML.
QString html(const QString &text);

} // namespace sfemu::wire
