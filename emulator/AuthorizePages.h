#pragma once

#include "HttpMessage.h"

#include <QHash>

namespace sfemu {

class OrgState;
struct PendingAuthorization;

/// The browser part of the authorization-code flow: /services/oauth2/authorize, then the
/// login, verification (MFA) and consent pages, then the redirect to the app's callback, or
/// Salesforce's error page when the client or its callback cannot be trusted.
class AuthorizePages
{
public:
    explicit AuthorizePages(OrgState &state)
        : m_state(state)
    {}

    static bool handles(const QString &path);
    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse login(const QHash<QString, QString> &form);
    HttpResponse verify(const QHash<QString, QString> &form);
    HttpResponse consent(const QHash<QString, QString> &form);
    HttpResponse errorPage(const HttpRequest &request) const;

    /// After the password (and MFA): admin approval, earlier consent, or the consent page.
    HttpResponse signedIn(const QByteArray &pendingId, const QByteArray &newSession);
    HttpResponse issueCode(const QByteArray &pendingId);
    HttpResponse toCallback(const PendingAuthorization &p,
                            const QList<QPair<QString, QString>> &params);
    static HttpResponse signInExpired();
    static HttpResponse toErrorPage(const QByteArray &encodedQuery);

    QByteArray loginPage(const QByteArray &pendingId, const QString &username,
                         const QString &problem) const;
    QByteArray verifyPage(const QByteArray &pendingId, const QString &problem) const;
    QByteArray consentPage(const QByteArray &pendingId) const;

    OrgState &m_state;
};

} // namespace sfemu
