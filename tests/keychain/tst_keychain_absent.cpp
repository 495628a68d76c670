// The keychain is not there: CTest runs this in a D-Bus session that offers no Secret Service
// (and once with a session bus address that leads nowhere). Every job must fail, clearly and
// quickly; a hang would freeze the application's keychain calls for good.
#include "KeychainTestJob.h"

#include <QTest>

namespace {
const QString kService = QStringLiteral("sfconnect-test");
constexpr qint64 kBoundMs = 5000;
} // namespace

class TestKeychainAbsent : public QObject
{
    Q_OBJECT

private slots:
    void writeFailsFast()
    {
        const KeychainOutcome w = writeSecret(kService, QStringLiteral("absent-write"), "secret");
        qInfo("write without a Secret Service: error %d \"%s\" after %lld ms", int(w.error),
              qPrintable(w.errorString), w.elapsedMs);
        QVERIFY2(!w.timedOut, "the write job never finished");
        QVERIFY(w.error != QKeychain::NoError);
        QVERIFY(!w.errorString.isEmpty());
        QVERIFY2(w.elapsedMs < kBoundMs, qPrintable(QString::number(w.elapsedMs)));
    }

    void readFailsFast()
    {
        const KeychainOutcome r = readSecret(kService, QStringLiteral("absent-read"));
        qInfo("read without a Secret Service: error %d \"%s\" after %lld ms", int(r.error),
              qPrintable(r.errorString), r.elapsedMs);
        QVERIFY2(!r.timedOut, "the read job never finished");
        QVERIFY(r.error != QKeychain::NoError);
        QVERIFY(r.data.isEmpty());
        QVERIFY2(r.elapsedMs < kBoundMs, qPrintable(QString::number(r.elapsedMs)));
    }
};

QTEST_GUILESS_MAIN(TestKeychainAbsent)
#include "tst_keychain_absent.moc"
