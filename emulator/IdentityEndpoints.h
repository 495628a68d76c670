#pragma once

#include "HttpMessage.h"

namespace sfemu {

class OrgState;
struct User;

/// /services/oauth2/userinfo, /id/<org>/<user>, /services/oauth2/introspect and
/// /services/oauth2/revoke, each with its own error shape (plain text, JSON, form-encoded).
class IdentityEndpoints
{
public:
    explicit IdentityEndpoints(OrgState &state)
        : m_state(state)
    {}

    HttpResponse userInfo(const HttpRequest &request);
    HttpResponse identity(const HttpRequest &request);
    HttpResponse introspect(const HttpRequest &request);
    HttpResponse revoke(const HttpRequest &request);

private:
    /// The user behind the request's bearer token, or a plain-text 403 in @p refusal.
    const User *authenticate(const HttpRequest &request, HttpResponse *refusal) const;
    QJsonObject urls(const QString &version) const;
    QJsonObject photos() const;

    OrgState &m_state;
};

} // namespace sfemu
