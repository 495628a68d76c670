#include "DebugInfo.h"

#include <QTest>

using sfconnect::DebugInfo;

class TestDebugInfo : public QObject
{
    Q_OBJECT

private slots:
    void namesEveryComponent()
    {
        const QString info = DebugInfo::text();
        QVERIFY(info.startsWith(QStringLiteral("sfconnect " SFCONNECT_VERSION "\n")));
        QVERIFY(info.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
        QVERIFY(info.contains(QStringLiteral("TLS backend: openssl")));
        QVERIFY(info.contains(QStringLiteral("OpenSSL (crypto): OpenSSL 3.")));
        QVERIFY(info.contains(QStringLiteral("Keychain: ")));
        QVERIFY(info.contains(QStringLiteral("Operating system: ")));
    }

    void saysWhenThereIsNoSessionBus()
    {
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        const QString info = DebugInfo::text();
        if (!saved.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
        QVERIFY(info.contains(QStringLiteral("Keychain: Secret Service (no D-Bus session bus)")));
    }
};

QTEST_GUILESS_MAIN(TestDebugInfo)
#include "tst_debuginfo.moc"
