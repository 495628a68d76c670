// KeychainSecretStore against the real Secret Service (gnome-keyring in scripts/test's private
// session): sizes up to 16 KB, non-ASCII, chunks written and cleaned up. With
// SFCONNECT_EXPECT_NO_KEYCHAIN=1 (CTest's no-keychain runs) it checks the failure instead.
#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace sfconnect;

namespace {

const QString kService = QStringLiteral("sfconnect-test");

// Runs a job to its end and keeps it for inspection.
SecretJob *run(QObject *owner, SecretJob *job)
{
    job->setParent(owner);
    if (job->isFinished()) {
        QCoreApplication::processEvents();
        return job;
    }
    QSignalSpy spy(job, &SecretJob::finished);
    spy.wait(30000);
    return job;
}

// Reads one raw QtKeychain entry, bypassing the store (to see its chunks).
QKeychain::Error rawRead(const QString &key, QByteArray *data)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    QSignalSpy spy(&job, &QKeychain::Job::finished);
    job.start();
    spy.wait(10000);
    *data = job.binaryData();
    return job.error();
}

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

    KeychainSecretStore m_store{kService};

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIntValue("SFCONNECT_EXPECT_NO_KEYCHAIN") == 1)
            return;
        if (qEnvironmentVariableIntValue("SFCONNECT_KEYCHAIN_SILENT") == 1)
            return;
        SecretJob *probe = run(this, m_store.write(QStringLiteral("probe"), "x"));
        if (probe->error() != SecretJob::Error::None) {
            if (qEnvironmentVariableIntValue("SFCONNECT_REQUIRE_KEYCHAIN") == 1)
                QFAIL(qPrintable(probe->errorText()));
            QSKIP(qPrintable(probe->errorText()));
        }
        run(this, m_store.remove(QStringLiteral("probe")));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("chunks");
        auto random = [](int n) {
            QByteArray b(n, Qt::Uninitialized);
            for (char &c : b)
                c = char(QRandomGenerator::global()->bounded(256));
            return b;
        };
        QTest::newRow("1 byte") << QByteArray("x") << 1;
        QTest::newRow("1 KB") << random(1024) << 1;
        QTest::newRow("2,048 bytes: one chunk") << random(2048) << 1;
        QTest::newRow("2,560 bytes: two chunks") << random(2560) << 2;
        QTest::newRow("16 KB: eight chunks") << random(16 * 1024) << 8;
        QTest::newRow("non-ASCII")
            << QStringLiteral("contraseña — 密码 — пароль — 🔑").toUtf8() << 1;
    }

    void roundTrip()
    {
        if (qEnvironmentVariableIntValue("SFCONNECT_EXPECT_NO_KEYCHAIN") == 1 ||
            qEnvironmentVariableIntValue("SFCONNECT_KEYCHAIN_SILENT") == 1)
            QSKIP("this run checks a keychain that is missing or silent");
        QFETCH(QByteArray, payload);
        QFETCH(int, chunks);
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QElapsedTimer t;
        t.start();
        SecretJob *w = run(this, m_store.write(key, payload));
        QVERIFY2(w->error() == SecretJob::Error::None, qPrintable(w->errorText()));
        const qint64 writeMs = t.restart();
        SecretJob *r = run(this, m_store.read(key));
        QVERIFY2(r->error() == SecretJob::Error::None, qPrintable(r->errorText()));
        QCOMPARE(r->data(), payload);
        qInfo("%lld bytes in %d chunk(s): write %lld ms, read %lld ms", qlonglong(payload.size()),
              chunks, writeMs, t.elapsed());

        // The chunks really are separate entries of at most 2 KB, the last one named key.N-1.
        QByteArray raw;
        QCOMPARE(rawRead(key, &raw), QKeychain::NoError);
        QVERIFY(raw.size() <= KeychainSecretStore::kChunkBytes + 32);
        QCOMPARE(rawRead(QStringLiteral("%1.%2").arg(key).arg(chunks), &raw),
                 QKeychain::EntryNotFound);
        if (chunks > 1)
            QCOMPARE(rawRead(QStringLiteral("%1.%2").arg(key).arg(chunks - 1), &raw),
                     QKeychain::NoError);

        // A smaller secret leaves no stale chunk behind.
        SecretJob *shrink = run(this, m_store.write(key, "small"));
        QVERIFY(shrink->error() == SecretJob::Error::None);
        QCOMPARE(rawRead(QStringLiteral("%1.1").arg(key), &raw), QKeychain::EntryNotFound);
        QCOMPARE(run(this, m_store.read(key))->data(), QByteArray("small"));

        SecretJob *d = run(this, m_store.write(key, payload));
        QVERIFY(d->error() == SecretJob::Error::None);
        SecretJob *removed = run(this, m_store.remove(key));
        QVERIFY2(removed->error() == SecretJob::Error::None, qPrintable(removed->errorText()));
        QCOMPARE(run(this, m_store.read(key))->error(), SecretJob::Error::NotFound);
        if (chunks > 1)
            QCOMPARE(rawRead(QStringLiteral("%1.1").arg(key), &raw), QKeychain::EntryNotFound);
    }

    void missingKeychainIsNamed()
    {
        if (qEnvironmentVariableIntValue("SFCONNECT_EXPECT_NO_KEYCHAIN") != 1)
            QSKIP("needs a session without a keychain (CTest's no-keychain runs)");
        QElapsedTimer t;
        t.start();
        SecretJob *w = run(this, m_store.write(QStringLiteral("absent"), "secret"));
        QCOMPARE(w->error(), SecretJob::Error::Unavailable);
        QVERIFY(w->errorText().contains(m_store.backendName()));
        QVERIFY(w->errorText().contains(QStringLiteral("gnome-keyring")) ||
                w->errorText().contains(QStringLiteral("D-Bus")));
        SecretJob *r = run(this, m_store.read(QStringLiteral("absent")));
        QCOMPARE(r->error(), SecretJob::Error::Unavailable);
        qInfo("without a keychain: \"%s\" after %lld ms (with its one retry)",
              qPrintable(w->errorText()), t.elapsed());
        QVERIFY(t.elapsed() < 5000);
    }

    void silentKeychainTimesOut()
    {
        if (qEnvironmentVariableIntValue("SFCONNECT_KEYCHAIN_SILENT") != 1)
            QSKIP("needs a private session bus for the silent Secret Service (CTest's silent run)");
        // A Secret Service that takes every call and never answers.
        QProcess silent;
        silent.start(QStringLiteral(SFCONNECT_BIN_DIR "/silent_secret_service"));
        QVERIFY(silent.waitForReadyRead(10000));
        QCOMPARE(silent.readLine().trimmed(), QByteArray("ready"));

        KeychainSecretStore store(kService);
        store.setTimeout(500);
        QElapsedTimer t;
        t.start();
        SecretJob *r = run(this, store.read(QStringLiteral("whatever")));
        const qint64 elapsed = t.elapsed();
        silent.kill();
        silent.waitForFinished();
        QCOMPARE(r->error(), SecretJob::Error::Unavailable);
        QVERIFY2(r->errorText().contains(QStringLiteral("did not answer")),
                 qPrintable(r->errorText()));
        // Two attempts of 500 ms each (coarse timers may end a little early): bounded, never a
        // hang.
        QVERIFY2(elapsed >= 900 && elapsed < 5000, qPrintable(QString::number(elapsed)));
        qInfo("a silent keychain gave up after %lld ms (time-out 500 ms, one retry)", elapsed);
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
