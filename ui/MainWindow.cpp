#include "MainWindow.h"

#include "ConnectionDetails.h"
#include "ConnectionListModel.h"
#include "ConnectionManager.h"
#include "ConnectionStore.h"
#include "ConnectionWizard.h"
#include "DebugInfo.h"
#include "SecretStore.h"
#include "StatusIcon.h"
#include "TroubleshootBox.h"
#include "WizardController.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace sfconnect {

namespace {

// Adds the status icon (shape and colour) beside the status's words.
class StatusIconProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == ConnectionListModel::StatusColumn)
            return statusIcon(
                ConnectionStatus(index.data(ConnectionListModel::StatusRole).toInt()));
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

MainWindow::MainWindow(ConnectionStore *store, ConnectionManager *manager, TokenClient *client,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_manager(manager)
    , m_client(client)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("sfconnect"));
    resize(1100, 640);

    m_model = new ConnectionListModel(store, this);
    m_model->setManager(manager);
    m_filter = new ConnectionFilterModel(this);
    m_filter->setSourceModel(m_model);
    auto *icons = new StatusIconProxy(this);
    icons->setSourceModel(m_filter);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("noticeBanner"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    m_filterEdit = new QLineEdit(central);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter connections…"));
    m_filterEdit->setAccessibleName(tr("Filter connections"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &ConnectionFilterModel::setFilterText);
    layout->addWidget(m_filterEdit);

    m_pages = new QStackedWidget(central);
    m_emptyState = new QLabel(m_pages);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setText(
        tr("<h2>No connections yet</h2>"
           "<p>sfconnect keeps your Salesforce org connections in one place, "
           "checks that they still work and helps you fix them when they "
           "do not.</p><p>Add one with Connection → Add Connection (Ctrl+N).</p>"));
    m_emptyState->setAccessibleName(tr("No connections yet"));
    m_pages->addWidget(m_emptyState);

    auto *split = new QSplitter(m_pages);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("connectionsView"));
    m_view->setAccessibleName(tr("Connections"));
    m_view->setModel(icons);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConnectionListModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionListModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_details = new ConnectionDetails(split);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_pages->addWidget(split);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_emulatorStatus = new QLabel(this);
    m_emulatorStatus->setObjectName(QStringLiteral("emulatorStatus"));
    m_keychainStatus = new QLabel(this);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    statusBar()->addWidget(m_keychainStatus);
    statusBar()->addWidget(m_summary);
    statusBar()->addPermanentWidget(m_emulatorStatus);
    setEmulatorUrl({});

    buildActions();
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    // The summary counts every row: it is brought up to date at most every 200 ms.
    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(200);
    connect(&m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &at) {
        if (at.data(ConnectionListModel::IdRole).toUuid() == selectedId())
            updateDetails();
        if (!m_summaryTimer.isActive())
            m_summaryTimer.start();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] {
            updateSummary();
            updateActions();
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        updateActions();
    });
    connect(manager, &ConnectionManager::idle, this, &MainWindow::updateActions);
    connect(manager, &ConnectionManager::checkStarted, this, &MainWindow::updateActions);
    connect(manager, &ConnectionManager::attentionNeeded, this,
            [this](const QUuid &id, ConnectionStatus status, const QString &message) {
                notify(id, connectionStatusText(status), message);
            });
    connect(store, &ConnectionStore::saveFailed, this, [this](const QString &error) {
        m_notice->setText(tr("Changes could not be saved: %1").arg(error));
        m_notice->setVisible(true);
    });

    if (!store->notices().isEmpty() || store->isReadOnly()) {
        QStringList lines = store->notices();
        if (store->isReadOnly())
            lines.prepend(tr("Read-only: %1").arg(store->readOnlyReason()));
        m_notice->setText(lines.join(QLatin1Char('\n')));
        m_notice->setVisible(true);
    }
    updateSummary();
    updateActions();
    // Asked once the window is up: starting never waits on (or touches) the keychain.
    m_keychainStatus->setText(tr("Keychain: %1").arg(store->secretStore()->backendName()));
    QTimer::singleShot(kKeychainProbeDelayMs, this, &MainWindow::probeKeychain);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto action = [this](const QString &name, const QString &text, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_add =
        action(QStringLiteral("actionAdd"), tr("&Add Connection…"), [this] { addConnection(); });
    m_add->setShortcut(QKeySequence::New);
    m_edit = action(QStringLiteral("actionEdit"), tr("&Edit…"), [this] { editSelected(false); });
    m_reconnect = action(QStringLiteral("actionReconnect"), tr("Sign In &Again"),
                         [this] { editSelected(true); });
    m_troubleshoot = action(QStringLiteral("actionTroubleshoot"), tr("&Troubleshoot…"),
                            [this] { troubleshootSelected(); });
    m_check = action(QStringLiteral("actionCheck"), tr("&Check"), [this] { checkSelected(); });
    m_check->setShortcut(QKeySequence::Refresh);
    m_checkAll = action(QStringLiteral("actionCheckAll"), tr("Check &All"), [this] { checkAll(); });
    m_checkAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_cancel = action(QStringLiteral("actionCancelChecks"), tr("&Stop Checking"),
                      [this] { m_manager->cancelAll(); });
    m_duplicate = action(QStringLiteral("actionDuplicate"), tr("D&uplicate"),
                         [this] { duplicateSelected(); });
    m_delete = action(QStringLiteral("actionDelete"), tr("&Delete…"), [this] { deleteSelected(); });
    m_delete->setShortcut(QKeySequence::Delete);
    auto *exportAction = action(QStringLiteral("actionExport"), tr("&Export…"), [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export connections"),
                                                          QStringLiteral("connections.json"),
                                                          tr("sfconnect export (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    auto *importAction = action(QStringLiteral("actionImport"), tr("&Import…"), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import connections"), {},
                                                          tr("sfconnect export (*.json)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    auto *quit = action(QStringLiteral("actionQuit"), tr("&Quit"), [] { QApplication::quit(); });
    quit->setShortcut(QKeySequence::Quit);
    auto *copyInfo =
        action(QStringLiteral("actionCopyDebugInfo"), tr("&Copy Debug Information"), [this] {
            QApplication::clipboard()->setText(DebugInfo::text());
            statusBar()->showMessage(tr("Debug information copied to the clipboard."), 5000);
        });
    auto *about = action(QStringLiteral("actionAbout"), tr("&About sfconnect"), [this] {
        QMessageBox::about(this, tr("About sfconnect"),
                           tr("<p><b>sfconnect %1</b></p>"
                              "<p>Sets up, stores, monitors and troubleshoots connections to "
                              "Salesforce orgs. Secrets stay in your system keychain.</p>")
                               .arg(QStringLiteral(SFCONNECT_VERSION)));
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(importAction);
    file->addAction(exportAction);
    file->addSeparator();
    file->addAction(quit);
    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->addAction(m_add);
    connection->addAction(m_edit);
    connection->addAction(m_reconnect);
    connection->addSeparator();
    for (QAction *a : {m_check, m_checkAll, m_cancel})
        connection->addAction(a);
    connection->addSeparator();
    connection->addAction(m_duplicate);
    connection->addAction(m_delete);
    connection->addSeparator();
    connection->addAction(m_troubleshoot);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(copyInfo);
    help->addAction(about);

    QToolBar *bar = addToolBar(tr("Connections"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    for (QAction *a :
         {m_add, m_reconnect, m_check, m_checkAll, m_cancel, m_duplicate, m_delete, m_troubleshoot})
        bar->addAction(a);
}

ConnectionWizard *MainWindow::addConnection()
{
    auto *wizard = new ConnectionWizard(m_store, m_client, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setEmulatorUrl(m_emulatorUrl);
    connect(wizard, &QWizard::finished, this, [this, wizard] {
        if (wizard->controller()->step() == WizardController::Step::Done)
            select(wizard->controller()->result().id);
    });
    wizard->open();
    return wizard;
}

ConnectionWizard *MainWindow::editSelected(bool signInNow)
{
    const Connection *c = m_store->find(selectedId());
    if (!c)
        return nullptr;
    auto *wizard = new ConnectionWizard(m_store, m_client, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setEmulatorUrl(m_emulatorUrl);
    wizard->editConnection(*c, signInNow);
    wizard->open();
    return wizard;
}

void MainWindow::setEmulatorUrl(const QUrl &baseUrl)
{
    m_emulatorUrl = baseUrl;
    if (baseUrl.isEmpty()) {
        m_emulatorStatus->clear();
        m_emulatorStatus->setVisible(false);
        return;
    }
    m_emulatorStatus->setText(
        tr("Local org emulator running at %1").arg(baseUrl.toDisplayString()));
    m_emulatorStatus->setVisible(true);
}

QUuid MainWindow::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QUuid() : rows.first().data(ConnectionListModel::IdRole).toUuid();
}

void MainWindow::select(const QUuid &id)
{
    const QModelIndex source = m_model->indexOf(id);
    const QModelIndex shown = m_view->model()->index(m_filter->mapFromSource(source).row(), 0);
    if (shown.isValid())
        m_view->selectRow(shown.row());
}

void MainWindow::checkSelected()
{
    if (const QUuid id = selectedId(); !id.isNull())
        m_manager->check(id);
}

QMessageBox *MainWindow::troubleshootSelected()
{
    const Connection *c = m_store->find(selectedId());
    return c ? TroubleshootBox::open(this, *c, m_manager->liveStatus(c->id)) : nullptr;
}

void MainWindow::checkAll()
{
    m_manager->checkAll();
    updateActions();
}

void MainWindow::duplicateSelected()
{
    const Connection *original = m_store->find(selectedId());
    if (!original)
        return;
    // The definition and what signs it in again (key, password, secret); never the tokens, which
    // belong to one connection (a rotation through one would break the other).
    Connection copy = *original;
    copy.id = QUuid::createUuid();
    QString name = tr("%1 (copy)").arg(original->name);
    for (int n = 2; std::any_of(
             m_store->connections().cbegin(), m_store->connections().cend(),
             [&](const Connection &c) { return c.name.compare(name, Qt::CaseInsensitive) == 0; });
         ++n)
        name = tr("%1 (copy %2)").arg(original->name).arg(n);
    copy.name = name;
    copy.lastStatus = ConnectionStatus::Unknown;
    copy.lastCheckedAt = copy.lastConnectedAt = {};
    copy.lastErrorProblemId.clear();
    copy.lastErrorText.clear();
    copy.createdAt = QDateTime::currentDateTimeUtc();
    StoreJob *read = m_store->readSecrets(original->id);
    connect(read, &StoreJob::finished, this, [this, read, copy] {
        ConnectionSecrets secrets = read->secrets();
        secrets.accessToken.clear();
        secrets.refreshToken.clear();
        StoreJob *add = m_store->add(copy, secrets);
        connect(add, &StoreJob::finished, this, [this, add, copy] {
            if (!add->ok()) {
                QMessageBox::warning(this, tr("Duplicate"), add->errorText());
                return;
            }
            select(copy.id);
            statusBar()->showMessage(
                tr("\"%1\" added; check it, or sign in again where it needs one.").arg(copy.name),
                8000);
        });
    });
}

void MainWindow::deleteSelected(bool confirmed)
{
    const Connection *c = m_store->find(selectedId());
    if (!c)
        return;
    const QString name = c->name;
    if (!confirmed &&
        QMessageBox::question(
            this, tr("Delete connection"),
            tr("Delete \"%1\"? Its tokens are revoked at Salesforce and its secrets removed "
               "from the keychain.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    StoreJob *job = m_store->remove(c->id, m_client);
    connect(job, &StoreJob::finished, this, [this, job, name] {
        if (!job->ok()) {
            QMessageBox::warning(this, tr("Delete connection"), job->errorText());
            return;
        }
        QString message = tr("\"%1\" deleted.").arg(name);
        if (!job->warnings().isEmpty())
            message += QLatin1Char(' ') + job->warnings().join(QLatin1Char(' '));
        statusBar()->showMessage(message, 10000);
    });
}

bool MainWindow::exportTo(const QString &path)
{
    QString error;
    if (!m_store->exportTo(path, {}, &error)) {
        QMessageBox::warning(this, tr("Export"), error);
        return false;
    }
    statusBar()->showMessage(
        tr("Exported to %1, without secrets.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

bool MainWindow::importFrom(const QString &path)
{
    const ImportReport report = m_store->importFrom(path);
    if (!report.error.isEmpty()) {
        QMessageBox::warning(this, tr("Import"), report.error);
        return false;
    }
    QString text = tr("Imported %n connection(s).", nullptr, report.added);
    for (const auto &[entry, why] : report.rejected)
        text += QLatin1Char('\n') + tr("Not imported: %1 (%2)").arg(entry, why);
    if (report.rejected.isEmpty())
        statusBar()->showMessage(text, 8000);
    else
        QMessageBox::information(this, tr("Import"), text);
    return true;
}

void MainWindow::updateActions()
{
    const bool selected = !selectedId().isNull();
    const bool writable = !m_store->isReadOnly();
    m_check->setEnabled(selected);
    m_troubleshoot->setEnabled(selected);
    m_checkAll->setEnabled(m_model->rowCount() > 0);
    m_cancel->setEnabled(m_manager->isBusy());
    m_add->setEnabled(writable);
    m_edit->setEnabled(selected && writable);
    m_reconnect->setEnabled(selected && writable);
    m_duplicate->setEnabled(selected && writable);
    m_delete->setEnabled(selected && writable);
    m_pages->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
}

void MainWindow::updateDetails()
{
    const Connection *c = m_store->find(selectedId());
    if (!c)
        m_details->clear();
    else
        m_details->show(*c, m_manager->liveStatus(c->id));
}

void MainWindow::updateSummary()
{
    int attention = 0;
    for (const Connection &c : m_store->connections())
        attention += connectionStatusNeedsAttention(m_manager->liveStatus(c.id));
    const int total = int(m_store->connections().size());
    m_summary->setText(
        attention == 0 ? tr("%n connection(s)", nullptr, total)
                       : tr("Connections: %1 · needing attention: %2").arg(total).arg(attention));
}

void MainWindow::probeKeychain()
{
    // A read of a key nobody uses: "not found" means the keychain answers.
    SecretStore *secrets = m_store->secretStore();
    m_keychainStatus->setText(tr("Keychain: %1 (asking…)").arg(secrets->backendName()));
    SecretJob *probe = secrets->read(QStringLiteral("sfconnect-probe"));
    connect(probe, &SecretJob::finished, this, [this, probe, secrets] {
        const bool answers = probe->error() == SecretJob::Error::None ||
                             probe->error() == SecretJob::Error::NotFound;
        m_keychainStatus->setText(
            answers ? tr("Keychain: %1 (responding)").arg(secrets->backendName())
                    : tr("Keychain: %1 (not available)").arg(secrets->backendName()));
        m_keychainStatus->setToolTip(answers ? QString() : probe->errorText());
    });
}

void MainWindow::notify(const QUuid &id, const QString &title, const QString &message)
{
    const Connection *c = m_store->find(id);
    if (!c)
        return;
    statusBar()->showMessage(tr("%1: %2").arg(c->name, title), 10000);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(statusIcon(ConnectionStatus::Connected), this);
        m_tray->setToolTip(tr("sfconnect"));
        m_tray->show();
    }
    m_tray->showMessage(tr("%1: %2").arg(c->name, title), message, statusIcon(c->lastStatus));
}

} // namespace sfconnect
