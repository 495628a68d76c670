#pragma once

#include <QString>

namespace sfconnect {

/// The copyable "debug info" block that support asks for first: versions of sfconnect, Qt,
/// the TLS backend and OpenSSL, the operating system and the keychain backend in use.
/// It holds no secret and no personal data.
class DebugInfo
{
public:
    static QString text();
};

} // namespace sfconnect
