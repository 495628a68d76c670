#include "ConnectionWizard.h"

#include "Connection.h"
#include "WizardController.h"
#include "WizardPages.h"

namespace sfconnect {

ConnectionWizard::ConnectionWizard(ConnectionStore *store, TokenClient *client, QWidget *parent)
    : QWizard(parent)
    , m_controller(new WizardController(store, client, this))
{
    setObjectName(QStringLiteral("connectionWizard"));
    setWindowTitle(tr("Add a connection"));
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(NamePage, new NameWizardPage(this, m_controller));
    setPage(EnvironmentPage, new EnvironmentWizardPage(this, m_controller));
    setPage(MethodPage, new MethodWizardPage(this, m_controller));
    setPage(PrerequisitesPage, new PrerequisitesWizardPage(this, m_controller));
    setPage(WebPage, new CredentialsWizardPage(this, m_controller, int(AuthMethod::Web)));
    setPage(ByoaPage, new CredentialsWizardPage(this, m_controller, int(AuthMethod::Byoa)));
    setPage(PasswordPage, new CredentialsWizardPage(this, m_controller, int(AuthMethod::Password)));
    setPage(JwtPage, new CredentialsWizardPage(this, m_controller, int(AuthMethod::Jwt)));
    setPage(ConnectPage, new ConnectWizardPage(this, m_controller));
    setStartId(NamePage);
}

ConnectionWizard::~ConnectionWizard() = default;

void ConnectionWizard::editConnection(const Connection &connection, bool signInNow)
{
    m_controller->edit(connection);
    setWindowTitle(signInNow ? tr("Sign in again: %1").arg(connection.name)
                             : tr("Edit %1").arg(connection.name));
    setStartId(signInNow ? ConnectPage : NamePage);
}

void ConnectionWizard::setEmulatorUrl(const QUrl &url)
{
    m_emulatorUrl = url;
}

} // namespace sfconnect
