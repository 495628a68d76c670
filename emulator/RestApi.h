#pragma once

#include "HttpMessage.h"

namespace sfemu {

class OrgState;
struct AccessToken;
struct User;

/// /services/data/...: the version list, the resources of a version (the session probe),
/// limits, describe global and a minimal SOQL query on Organization and User.
class RestApi
{
public:
    explicit RestApi(OrgState &state)
        : m_state(state)
    {}

    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse versions() const;
    HttpResponse resources(const QString &version, const User &user) const;
    HttpResponse limits() const;
    HttpResponse sobjects(const QString &version) const;
    HttpResponse query(const HttpRequest &request, const QString &version) const;

    OrgState &m_state;
};

} // namespace sfemu
