#pragma once

#include <QByteArray>
#include <QString>

namespace sfconnect {

/// The secrets of one connection: one keychain entry, keyed by the connection's id. Never
/// written to files, logs, reports or exports.
struct ConnectionSecrets
{
    QString accessToken;
    QString refreshToken;
    QString password;
    QString securityToken;
    QString clientSecret;
    QString privateKey; ///< JWT: base64 of the PEM key

    bool isEmpty() const;
    /// Compact JSON; the keychain entry's content.
    QByteArray serialize() const;
    /// False when @p data is not a serialized ConnectionSecrets.
    static bool deserialize(const QByteArray &data, ConnectionSecrets *out);

    friend bool operator==(const ConnectionSecrets &, const ConnectionSecrets &) = default;
};

} // namespace sfconnect
