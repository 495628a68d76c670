#pragma once

#include <QUrl>
#include <QWizard>

namespace sfconnect {

class ConnectionStore;
class TokenClient;
struct Connection;
class WizardController;

/// The connection wizard: Name → Environment → Method → Prerequisites → Credentials (one page
/// per method) → Connect. The pages show and edit a WizardController, which does the work.
class ConnectionWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        NamePage,
        EnvironmentPage,
        MethodPage,
        PrerequisitesPage,
        WebPage,
        ByoaPage,
        PasswordPage,
        JwtPage,
        ConnectPage
    };
    Q_ENUM(PageId)

    ConnectionWizard(ConnectionStore *store, TokenClient *client, QWidget *parent = nullptr);

    /// Edits a saved connection through the same pages, prefilled; with @p signInNow, goes
    /// straight to the Connect page to sign in again with what is saved.
    void editConnection(const Connection &connection, bool signInNow);
    ~ConnectionWizard() override;

    /// Offers the local org emulator at @p url as an environment (sfconnect --emulator).
    void setEmulatorUrl(const QUrl &url);
    QUrl emulatorUrl() const { return m_emulatorUrl; }

    WizardController *controller() const { return m_controller; }

private:
    WizardController *m_controller;
    QUrl m_emulatorUrl;
};

} // namespace sfconnect
