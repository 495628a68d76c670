#include "TokenSet.h"

#include "LoginEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrl>

namespace sfconnect {

bool TokenSet::parse(const QByteArray &json, AuthError::Stage stage, bool allowLoopbackHttp,
                     TokenSet *out, AuthError *error)
{
    auto fail = [&](const QString &code, const QString &detail) {
        if (error)
            *error = AuthError(AuthError::Kind::MalformedResponse, stage, code, detail, 200);
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(QStringLiteral("not_json"),
                    QStringLiteral("the token response is not a JSON object (%1)")
                        .arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    TokenSet t;
    t.accessToken = o.value(QStringLiteral("access_token")).toString();
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    t.instanceUrl = o.value(QStringLiteral("instance_url")).toString();
    t.identityUrl = o.value(QStringLiteral("id")).toString();
    t.tokenType = o.value(QStringLiteral("token_type")).toString();
    t.signature = o.value(QStringLiteral("signature")).toString();
    t.idToken = o.value(QStringLiteral("id_token")).toString();
    t.scopes =
        o.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // issued_at is milliseconds in a string, whatever the documentation says.
    t.issuedAtText = o.value(QStringLiteral("issued_at")).toString();
    bool ok = false;
    const qint64 ms = t.issuedAtText.toLongLong(&ok);
    t.issuedAt = ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime::currentDateTimeUtc();

    for (const auto &[name, value] :
         {std::pair{"access_token", t.accessToken}, std::pair{"instance_url", t.instanceUrl},
          std::pair{"id", t.identityUrl}}) {
        if (value.isEmpty())
            return fail(
                QStringLiteral("missing_field"),
                QStringLiteral("the token response has no \"%1\"").arg(QLatin1String(name)));
    }
    const QUrl instance(t.instanceUrl);
    const bool secure = instance.scheme() == QLatin1String("https") && !instance.host().isEmpty();
    if (!secure && !(allowLoopbackHttp && LoginEnvironment::isLoopbackUrl(instance)))
        return fail(QStringLiteral("insecure_instance_url"),
                    QStringLiteral("instance_url %1 is not an https address").arg(t.instanceUrl));
    const QStringList segments =
        QUrl(t.identityUrl).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() < 3 || segments.at(segments.size() - 3) != QLatin1String("id") ||
        !segments.at(segments.size() - 2).startsWith(QLatin1String("00D")) ||
        !segments.last().startsWith(QLatin1String("005")))
        return fail(QStringLiteral("bad_identity_url"),
                    QStringLiteral("\"id\" is not an identity URL: %1").arg(t.identityUrl));
    t.orgId = segments.at(segments.size() - 2);
    t.userId = segments.last();
    *out = t;
    return true;
}

bool TokenSet::signatureMatches(const QString &clientSecret) const
{
    const QByteArray expected =
        QMessageAuthenticationCode::hash((identityUrl + issuedAtText).toUtf8(),
                                         clientSecret.toUtf8(), QCryptographicHash::Sha256)
            .toBase64();
    return expected == signature.toLatin1();
}

} // namespace sfconnect
