// A process saving the connections is killed with SIGKILL at random moments, 200 times. Each
// time the file must load, unchanged in size, holding either the state before the save in flight
// or the one after it: nothing the writer had acknowledged is lost.
#include "ConnectionStore.h"
#include "InMemorySecretStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace sfconnect;

class TestStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileSaving()
    {
        QTemporaryDir dir;
        QJsonArray list;
        for (int i = 0; i < 200; ++i) {
            Connection c;
            c.id = QUuid::createUuid();
            c.name = QStringLiteral("Org %1").arg(i);
            c.method = AuthMethod::Web;
            c.displayName = QStringLiteral("0");
            c.lastErrorText = QString(200, QLatin1Char('x')); // a file of some size: slower writes
            list.append(c.toJson());
        }
        QFile file(QDir(dir.path()).filePath(QStringLiteral("connections.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                                             {QStringLiteral("connections"), list}})
                       .toJson());
        file.close();

        InMemorySecretStore secrets;
        QRandomGenerator random(42);
        int mid = 0;
        for (int round = 0; round < 200; ++round) {
            QString before;
            {
                ConnectionStore store(dir.path(), &secrets);
                store.load();
                before = store.connections().first().displayName;
            }
            QProcess writer;
            writer.start(QStringLiteral(SFCONNECT_BIN_DIR "/store_helper"),
                         {QStringLiteral("writer"), dir.path()});
            QVERIFY(writer.waitForStarted(5000));
            // Kill it before its first save, or at a random moment among its saves.
            if (random.bounded(4) != 0)
                writer.waitForReadyRead(5000);
            QTest::qWait(int(random.bounded(15)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(5000));
            int acknowledged = 0;
            for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
                if (line.startsWith("saved "))
                    acknowledged = line.mid(6).toInt();
            }

            ConnectionStore store(dir.path(), &secrets);
            store.load();
            QVERIFY2(store.notices().isEmpty(),
                     qPrintable(store.notices().join(QLatin1Char('\n'))));
            QVERIFY2(!store.isReadOnly(),
                     qPrintable(store.readOnlyReason())); // the dead writer's lock is stale
            QCOMPARE(store.connections().size(), 200);
            const int now = store.connections().first().displayName.toInt();
            if (acknowledged == 0)
                QVERIFY2(
                    now == before.toInt() || now == 1,
                    qPrintable(
                        QStringLiteral("round %1: %2 after %3").arg(round).arg(now).arg(before)));
            else
                QVERIFY2(now == acknowledged || now == acknowledged + 1,
                         qPrintable(QStringLiteral("round %1: %2 after ack %3")
                                        .arg(round)
                                        .arg(now)
                                        .arg(acknowledged)));
            mid += now == acknowledged + 1 && acknowledged > 0;
        }
        qInfo("200 kills; %d landed after a save had been written but before it was acknowledged",
              mid);
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
