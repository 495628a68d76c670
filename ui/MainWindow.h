#pragma once

#include <QMainWindow>
#include <QTimer>
#include <QUrl>
#include <QUuid>

class QAction;
class QLabel;
class QLineEdit;
class QMessageBox;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;

namespace sfconnect {

class ConnectionDetails;
class ConnectionFilterModel;
class ConnectionListModel;
class ConnectionManager;
class ConnectionWizard;
class ConnectionStore;
class TokenClient;

/// The application's main window: every connection with its live status, the details of the one
/// selected, and the actions on them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ConnectionStore *store, ConnectionManager *manager, TokenClient *client,
               QWidget *parent = nullptr);
    /// How long after start the status bar asks whether the keychain answers.
    static constexpr int kKeychainProbeDelayMs = 1500;
    ~MainWindow() override;

    /// Tells the window that a local org emulator is running at @p baseUrl (empty: none),
    /// so it can show where it is and how to sign in to it.
    void setEmulatorUrl(const QUrl &baseUrl);

    QUuid selectedId() const;
    void select(const QUuid &id);

    /// Opens the connection wizard (window-modal); returns it so tests can drive it.
    ConnectionWizard *addConnection();
    /// The wizard on the selected connection: its pages to edit it, or straight to signing in
    /// again.
    ConnectionWizard *editSelected(bool signInNow = false);

    // The actions, callable directly (tests, scripting); the menus and toolbar call them too.
    void checkSelected();
    /// What is known about the selected connection's last problem, its fixes, and a redacted
    /// report to copy for a support ticket. Returns the (non-modal) box.
    QMessageBox *troubleshootSelected();
    void checkAll();
    void duplicateSelected();
    /// Asks first unless @p confirmed.
    void deleteSelected(bool confirmed = false);
    bool exportTo(const QString &path);
    bool importFrom(const QString &path);

private:
    void buildActions();
    void updateActions();
    void updateDetails();
    void updateSummary();
    void probeKeychain();
    void notify(const QUuid &id, const QString &title, const QString &message);

    ConnectionStore *m_store;
    ConnectionManager *m_manager;
    TokenClient *m_client;
    ConnectionListModel *m_model;
    ConnectionFilterModel *m_filter;
    QStackedWidget *m_pages;
    QTableView *m_view;
    QLineEdit *m_filterEdit;
    ConnectionDetails *m_details;
    QLabel *m_emptyState;
    QLabel *m_notice;
    QLabel *m_emulatorStatus;
    QLabel *m_keychainStatus;
    QLabel *m_summary;
    QSystemTrayIcon *m_tray = nullptr;
    QUrl m_emulatorUrl;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_reconnect = nullptr;
    QAction *m_troubleshoot = nullptr;
    QAction *m_check = nullptr;
    QAction *m_checkAll = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QString m_keychainText;
    QTimer m_summaryTimer;
};

} // namespace sfconnect
