#include "ConnectionSecrets.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sfconnect {

namespace {

// Field names in the keychain entry; "v" is the entry format.
struct Field
{
    const char *name;
    QString ConnectionSecrets::*member;
};
constexpr Field kFields[] = {
    {"accessToken", &ConnectionSecrets::accessToken},
    {"refreshToken", &ConnectionSecrets::refreshToken},
    {"password", &ConnectionSecrets::password},
    {"securityToken", &ConnectionSecrets::securityToken},
    {"clientSecret", &ConnectionSecrets::clientSecret},
    {"privateKey", &ConnectionSecrets::privateKey},
};

} // namespace

bool ConnectionSecrets::isEmpty() const
{
    for (const Field &f : kFields) {
        if (!(this->*f.member).isEmpty())
            return false;
    }
    return true;
}

QByteArray ConnectionSecrets::serialize() const
{
    QJsonObject o{{QStringLiteral("v"), 1}};
    for (const Field &f : kFields) {
        if (!(this->*f.member).isEmpty())
            o.insert(QLatin1String(f.name), this->*f.member);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool ConnectionSecrets::deserialize(const QByteArray &data, ConnectionSecrets *out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (!doc.isObject() || doc.object().value(QStringLiteral("v")).toInt() != 1)
        return false;
    ConnectionSecrets s;
    for (const Field &f : kFields)
        s.*f.member = doc.object().value(QLatin1String(f.name)).toString();
    *out = s;
    return true;
}

} // namespace sfconnect
