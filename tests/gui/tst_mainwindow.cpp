// The main window's actions, driven by objectName against the emulator.
#include "WindowFixture.h"

#include "ConnectionListModel.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace sfconnect;

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<WindowFixture> m_f;

    QString cell(MainWindow &w, int row, int column)
    {
        auto *view = w.findChild<QTableView *>(QStringLiteral("connectionsView"));
        return view->model()->index(row, column).data().toString();
    }

    int rows(MainWindow &w)
    {
        return w.findChild<QTableView *>(QStringLiteral("connectionsView"))->model()->rowCount();
    }

private slots:
    void init() { m_f = std::make_unique<WindowFixture>(); }
    void cleanup() { m_f.reset(); }

    void emptyStateAndEmulator()
    {
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No connections yet")));
        QVERIFY(!empty->accessibleName().isEmpty());
        auto *emulator = window.findChild<QLabel *>(QStringLiteral("emulatorStatus"));
        QVERIFY(!emulator->isVisible());
        window.setEmulatorUrl(m_f->emulator.baseUrl());
        QVERIFY(emulator->isVisible());
        QVERIFY(emulator->text().contains(m_f->emulator.baseUrl().toString()));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionCheckAll"))->isEnabled());
    }

    void keychainInTheStatusBar()
    {
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        auto *keychain = window.findChild<QLabel *>(QStringLiteral("keychainStatus"));
        QTRY_COMPARE(keychain->text(), QStringLiteral("Keychain: test keychain (responding)"));
        m_f->secrets.unavailable = true;
        MainWindow second(m_f->store.get(), m_f->manager.get(), &m_f->client);
        auto *absent = second.findChild<QLabel *>(QStringLiteral("keychainStatus"));
        QTRY_COMPARE(absent->text(), QStringLiteral("Keychain: test keychain (not available)"));
        QCOMPARE(absent->toolTip(), QStringLiteral("The test keychain does not answer."));
    }

    void listFilterAndDetails()
    {
        m_f->add(QStringLiteral("Salesforce-Production-OrderSync"));
        m_f->add(QStringLiteral("Salesforce-UAT-Billing"));
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        window.show();
        QCOMPARE(rows(window), 2);
        QCOMPARE(cell(window, 0, ConnectionListModel::NameColumn),
                 QStringLiteral("Salesforce-Production-OrderSync"));
        QCOMPARE(cell(window, 0, ConnectionListModel::MethodColumn),
                 QStringLiteral("Bring Your Own App"));
        QCOMPARE(cell(window, 0, ConnectionListModel::StatusColumn), QStringLiteral("Unknown"));
        auto *view = window.findChild<QTableView *>(QStringLiteral("connectionsView"));
        QVERIFY(!view->model()
                     ->index(0, ConnectionListModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .isNull());

        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QTest::keyClicks(filter, QStringLiteral("uat"));
        QCOMPARE(rows(window), 1);
        filter->clear();
        QCOMPARE(rows(window), 2);

        view->selectRow(1);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("detailsTitle"))->text(),
                 QStringLiteral("Salesforce-UAT-Billing"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("detailsInstance"))->text(),
                 m_f->emulator.baseUrl().toString());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("detailsLastError"))->text(),
                 QStringLiteral("none"));
    }

    void checkAndCheckAll()
    {
        m_f->add(QStringLiteral("A"));
        m_f->add(QStringLiteral("B"));
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        window.show();
        window.findChild<QTableView *>(QStringLiteral("connectionsView"))->selectRow(0);
        window.findChild<QAction *>(QStringLiteral("actionCheck"))->trigger();
        QTRY_COMPARE(cell(window, 0, ConnectionListModel::StatusColumn),
                     QStringLiteral("Connected"));
        QCOMPARE(cell(window, 1, ConnectionListModel::StatusColumn), QStringLiteral("Unknown"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("detailsApi"))->text() ==
                QStringLiteral("v62.0"));

        m_f->emulator.state().revokeTokens(QStringLiteral("all"), {});
        window.findChild<QAction *>(QStringLiteral("actionCheckAll"))->trigger();
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionCancelChecks"))->isEnabled());
        QTRY_COMPARE(cell(window, 1, ConnectionListModel::StatusColumn),
                     QStringLiteral("Sign in again"));
        QTRY_COMPARE(cell(window, 0, ConnectionListModel::StatusColumn),
                     QStringLiteral("Sign in again"));
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("summary"))
                        ->text()
                        .contains(QStringLiteral("needing attention: 2")));
        // The one that was Connected is announced.
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Sign in again")));
    }

    void duplicateKeepsTheDefinitionNotTheTokens()
    {
        const Connection original = m_f->add(QStringLiteral("Orders"));
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        window.select(original.id);
        window.findChild<QAction *>(QStringLiteral("actionDuplicate"))->trigger();
        QTRY_COMPARE(rows(window), 2);
        const Connection *copy = nullptr;
        for (const Connection &c : m_f->store->connections())
            copy = c.name == QLatin1String("Orders (copy)") ? &c : copy;
        QVERIFY(copy);
        QCOMPARE(copy->clientId, original.clientId);
        ConnectionSecrets secrets;
        QVERIFY(ConnectionSecrets::deserialize(
            m_f->secrets.entries.value(copy->id.toString(QUuid::WithoutBraces)), &secrets));
        QCOMPARE(secrets.clientSecret, QStringLiteral("SfconnectByoaSecret"));
        QVERIFY(secrets.refreshToken.isEmpty());
        QVERIFY(secrets.accessToken.isEmpty());
        QTRY_COMPARE(window.selectedId(), copy->id);
    }

    void deleteRevokesAndRemoves()
    {
        const Connection c = m_f->add(QStringLiteral("Gone soon"));
        const QByteArray refresh = [&] {
            ConnectionSecrets s;
            ConnectionSecrets::deserialize(
                m_f->secrets.entries.value(c.id.toString(QUuid::WithoutBraces)), &s);
            return s.refreshToken.toLatin1();
        }();
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        window.select(c.id);
        window.deleteSelected(true);
        QTRY_COMPARE(rows(window), 0);
        QVERIFY(m_f->secrets.entries.isEmpty());
        QVERIFY(!m_f->emulator.state().findRefreshToken(refresh));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("emptyState"))->isVisibleTo(&window));
    }

    void exportThenImport()
    {
        m_f->add(QStringLiteral("Shared"));
        QTemporaryDir elsewhere;
        const QString file = elsewhere.filePath(QStringLiteral("team.json"));
        {
            MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
            QVERIFY(window.exportTo(file));
        }
        m_f = std::make_unique<WindowFixture>();
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        QVERIFY(window.importFrom(file));
        QCOMPARE(rows(window), 1);
        QCOMPARE(cell(window, 0, ConnectionListModel::NameColumn), QStringLiteral("Shared"));
    }

    void damagedFileIsExplained()
    {
        m_f->add(QStringLiteral("Kept"));
        m_f->manager.reset();
        m_f->store.reset();
        QFile file(QDir(m_f->dir.path()).filePath(QStringLiteral("connections.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schemaVersion\": 2, \"conn");
        file.close();
        m_f->open();
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        window.show();
        auto *notice = window.findChild<QLabel *>(QStringLiteral("noticeBanner"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("damaged")));
        QCOMPARE(rows(window), 1);
    }

    void troubleshootExplainsAndReports()
    {
        const Connection c = m_f->add(QStringLiteral("Revoked"));
        m_f->emulator.state().revokeTokens(QStringLiteral("all"), {});
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        window.select(c.id);
        window.checkSelected();
        QTRY_COMPARE(m_f->store->find(c.id)->lastStatus, ConnectionStatus::NeedsSignIn);
        QMessageBox *box = window.troubleshootSelected();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Revoked")));
        QVERIFY2(
            box->informativeText().contains(QStringLiteral("Refresh token is valid until revoked")),
            qPrintable(box->informativeText()));
        const QString report = box->detailedText();
        QVERIFY(
            report.contains(QStringLiteral("oauth.invalid_grant.expired_access_refresh_token")));
        QVERIFY(report.startsWith(QStringLiteral("sfconnect ")));
        QVERIFY(!report.contains(QStringLiteral("SfconnectByoaSecret")));
        QVERIFY(!report.contains(QStringLiteral("00D000000000001!")));
        QApplication::clipboard()->clear();
        box->findChild<QPushButton *>(QStringLiteral("copyReportButton"))->click();
        QCOMPARE(QApplication::clipboard()->text(), report);
        QVERIFY(box->isVisible()); // copying does not close it
    }

    void copiesDebugInfo()
    {
        MainWindow window(m_f->store.get(), m_f->manager.get(), &m_f->client);
        QApplication::clipboard()->clear();
        window.findChild<QAction *>(QStringLiteral("actionCopyDebugInfo"))->trigger();
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("sfconnect ")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
