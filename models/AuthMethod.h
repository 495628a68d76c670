#pragma once

#include <QCoreApplication>
#include <QString>

namespace sfconnect {

/// How a connection signs in to Salesforce.
enum class AuthMethod {
    Web,      ///< OAuth 2.0 authorization code in the system browser, public app with PKCE
    Byoa,     ///< Bring Your Own App: the org's External Client App (client id + secret), same flow
    Password, ///< OAuth 2.0 username-password (legacy; blocked by default on new orgs)
    Jwt,      ///< OAuth 2.0 JWT bearer (unattended; private key + pre-authorized user)
};

/// "web", "byoa", "password", "jwt": the names in the metadata file, exports and the CLI.
QString authMethodKey(AuthMethod method);
bool authMethodFromKey(const QString &key, AuthMethod *method);

/// The method's name for people ("Browser sign-in", ...).
QString authMethodLabel(AuthMethod method);

} // namespace sfconnect
