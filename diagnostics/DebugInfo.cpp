#include "DebugInfo.h"

#include <QProcessEnvironment>
#include <QSslSocket>
#include <QSysInfo>

#include <openssl/crypto.h>

namespace sfconnect {

namespace {

// QtKeychain 0.13 has no way to ask which backend it will use; name what it picks on each
// platform, and on Linux what the session bus offers.
QString keychainBackend()
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#else
    const auto env = QProcessEnvironment::systemEnvironment();
    if (env.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).isEmpty())
        return QStringLiteral("Secret Service (no D-Bus session bus)");
    return QStringLiteral("Secret Service (libsecret)");
#endif
}

} // namespace

QString DebugInfo::text()
{
    QStringList lines;
    lines << QStringLiteral("sfconnect %1").arg(QStringLiteral(SFCONNECT_VERSION));
    lines << QStringLiteral("Qt %1 (built with %2)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << QStringLiteral("Operating system: %1 (%2, kernel %3)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                      QSysInfo::kernelVersion());
    lines << QStringLiteral("TLS backend: %1, %2")
                 .arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryVersionString());
    lines << QStringLiteral("OpenSSL (crypto): %1")
                 .arg(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
    lines << QStringLiteral("Keychain: %1").arg(keychainBackend());
    return lines.join(QLatin1Char('\n'));
}

} // namespace sfconnect
