#include "JwtAssertion.h"

#include "RsaKey.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sfconnect {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QByteArray JwtAssertion::sign(const RsaKey &key) const
{
    const QByteArray header = QByteArray("{\"alg\":\"RS256\"}").toBase64(kBase64Url);
    const QJsonObject claims{
        {QStringLiteral("iss"), issuer},
        {QStringLiteral("sub"), subject},
        {QStringLiteral("aud"), audience},
        {QStringLiteral("exp"), expires.toSecsSinceEpoch()},
    };
    const QByteArray input =
        header + '.' + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    const QByteArray signature = key.signRs256(input);
    if (signature.isEmpty())
        return {};
    return input + '.' + signature.toBase64(kBase64Url);
}

} // namespace sfconnect
