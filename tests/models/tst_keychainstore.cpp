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

        // The chunks really are separate entries of at most 2 KB, named by the head's generation.
        QByteArray raw;
        QCOMPARE(rawRead(key, &raw), QKeychain::NoError);
        QVERIFY(raw.size() <= KeychainSecretStore::kChunkBytes + 32);
        const KeychainSecretStore::Head head = KeychainSecretStore::parseHead(raw);
        QCOMPARE(head.chunked, chunks > 1 || payload.startsWith("sfconnect-chunks:"));
        QCOMPARE(head.count, chunks);
        for (int i = 1; i < chunks; ++i)
            QCOMPARE(rawRead(KeychainSecretStore::chunkKey(key, head.generation, i), &raw),
                     QKeychain::NoError);

        // A smaller secret leaves none of the old chunks behind.
        SecretJob *shrink = run(this, m_store.write(key, "small"));
        QVERIFY(shrink->error() == SecretJob::Error::None);
        for (int i = 1; i < chunks; ++i)
            QCOMPARE(rawRead(KeychainSecretStore::chunkKey(key, head.generation, i), &raw),
                     QKeychain::EntryNotFound);
        QCOMPARE(run(this, m_store.read(key))->data(), QByteArray("small"));

        // Rewritten chunked, then removed: nothing of it stays.
        SecretJob *again = run(this, m_store.write(key, payload));
        QVERIFY(again->error() == SecretJob::Error::None);
        QCOMPARE(rawRead(key, &raw), QKeychain::NoError);
        const KeychainSecretStore::Head second = KeychainSecretStore::parseHead(raw);
        SecretJob *removed = run(this, m_store.remove(key));
        QVERIFY2(removed->error() == SecretJob::Error::None, qPrintable(removed->errorText()));
        QCOMPARE(run(this, m_store.read(key))->error(), SecretJob::Error::NotFound);
        for (int i = 1; i < second.count; ++i)
            QCOMPARE(rawRead(KeychainSecretStore::chunkKey(key, second.generation, i), &raw),
                     QKeychain::EntryNotFound);
    }

    void damagedHeadIsReported()
    {
        if (qEnvironmentVariableIntValue("SFCONNECT_EXPECT_NO_KEYCHAIN") == 1 ||
            qEnvironmentVariableIntValue("SFCONNECT_KEYCHAIN_SILENT") == 1)
            QSKIP("this run checks a keychain that is missing or silent");
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        for (const QByteArray &bad : {QByteArray("sfconnect-chunks:zz:00000000\nabc"),
                                      QByteArray("sfconnect-chunks:3:0badc0de"),
                                      QByteArray("sfconnect-chunks:99:0badc0de\nabc")}) {
            QKeychain::WritePasswordJob write(kService);
            write.setAutoDelete(false);
            write.setKey(key);
            write.setBinaryData(bad);
            QSignalSpy spy(&write, &QKeychain::Job::finished);
            write.start();
            QVERIFY(spy.wait(10000));
            SecretJob *r = run(this, m_store.read(key));
            QCOMPARE(r->error(), SecretJob::Error::Failed);
            QVERIFY2(r->errorText().contains(QStringLiteral("damaged")),
                     qPrintable(r->errorText()));
        }
        // Two chunks promised, the second never written.
        QKeychain::WritePasswordJob write(kService);
        write.setAutoDelete(false);
        write.setKey(key);
        write.setBinaryData("sfconnect-chunks:2:0badc0de\nabc");
        QSignalSpy spy(&write, &QKeychain::Job::finished);
        write.start();
        QVERIFY(spy.wait(10000));
        SecretJob *r = run(this, m_store.read(key));
        QCOMPARE(r->error(), SecretJob::Error::Failed);
        QVERIFY(r->errorText().contains(QStringLiteral("missing")));
        QVERIFY(run(this, m_store.remove(key))->error() == SecretJob::Error::None);
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
        QCOMPARE(r->error(), SecretJob::Error::Unavailable);
        QVERIFY2(r->errorText().contains(QStringLiteral("did not answer")),
                 qPrintable(r->errorText()));
        // One attempt of 500 ms (coarse timers may end a little early): bounded, never a hang.
        QVERIFY2(elapsed >= 450 && elapsed < 2000, qPrintable(QString::number(elapsed)));
        qInfo("a silent keychain gave up after %lld ms (time-out 500 ms)", elapsed);
        // QtKeychain would queue the next job behind the stuck one: it fails at once instead.
        t.restart();
        SecretJob *next = run(this, store.write(QStringLiteral("whatever"), "x"));
        QCOMPARE(next->error(), SecretJob::Error::Unavailable);
        QVERIFY2(next->errorText().contains(QStringLiteral("still busy")),
                 qPrintable(next->errorText()));
        QVERIFY(t.elapsed() < 200);
        silent.kill();
        silent.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
