#include "AuthMethod.h"

namespace sfconnect {

QString authMethodKey(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Web:
        return QStringLiteral("web");
    case AuthMethod::Byoa:
        return QStringLiteral("byoa");
    case AuthMethod::Password:
        return QStringLiteral("password");
    case AuthMethod::Jwt:
        break;
    }
    return QStringLiteral("jwt");
}

bool authMethodFromKey(const QString &key, AuthMethod *method)
{
    for (AuthMethod m :
         {AuthMethod::Web, AuthMethod::Byoa, AuthMethod::Password, AuthMethod::Jwt}) {
        if (authMethodKey(m) == key) {
            *method = m;
            return true;
        }
    }
    return false;
}

QString authMethodLabel(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Web:
        return QCoreApplication::translate("sfconnect::AuthMethod", "Browser sign-in");
    case AuthMethod::Byoa:
        return QCoreApplication::translate("sfconnect::AuthMethod", "Bring Your Own App");
    case AuthMethod::Password:
        return QCoreApplication::translate("sfconnect::AuthMethod",
                                           "Username and password (legacy)");
    case AuthMethod::Jwt:
        break;
    }
    return QCoreApplication::translate("sfconnect::AuthMethod", "JWT bearer (unattended)");
}

} // namespace sfconnect
