#pragma once

#include <QUrl>
#include <QWizardPage>

class QButtonGroup;
class QFormLayout;
class QVBoxLayout;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace sfconnect {

class ConnectionWizard;
class WizardController;

/// The wizard's pages. Each renders the controller and forwards input; none does network or
/// keychain work of its own.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    WizardPage(ConnectionWizard *wizard, WizardController *controller);

protected:
    /// A line edit with an objectName, an accessible name and a label in @p form's layout.
    QLineEdit *field(const QString &objectName, const QString &label, bool secret = false);
    QLabel *note(const QString &text);
    QLabel *problemLabel();

    ConnectionWizard *m_wizard;
    WizardController *m_controller;
    QFormLayout *m_form;
    QVBoxLayout *m_layout;
};

class NameWizardPage : public WizardPage
{
    Q_OBJECT
public:
    NameWizardPage(ConnectionWizard *wizard, WizardController *controller);
    void initializePage() override;
    bool isComplete() const override;

private:
    QLineEdit *m_name;
    QLabel *m_problem;
};

class EnvironmentWizardPage : public WizardPage
{
    Q_OBJECT
public:
    EnvironmentWizardPage(ConnectionWizard *wizard, WizardController *controller);
    void initializePage() override;
    bool isComplete() const override;

private:
    void update();
    QRadioButton *m_production, *m_sandbox, *m_custom, *m_emulator;
    QLineEdit *m_domain;
    QLabel *m_problem;
    QPushButton *m_useSuggestion;
    QUrl m_suggestion;
};

class MethodWizardPage : public WizardPage
{
    Q_OBJECT
public:
    MethodWizardPage(ConnectionWizard *wizard, WizardController *controller);
    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;

private:
    QButtonGroup *m_group;
};

class PrerequisitesWizardPage : public WizardPage
{
    Q_OBJECT
public:
    PrerequisitesWizardPage(ConnectionWizard *wizard, WizardController *controller);
    int nextId() const override;
};

/// Credentials of one method; the fields shown depend on it.
class CredentialsWizardPage : public WizardPage
{
    Q_OBJECT
public:
    CredentialsWizardPage(ConnectionWizard *wizard, WizardController *controller, int method);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void store();
    void loadKeyFile();
    void generateKey();
    void checkCertificate();
    int m_method;
    QLineEdit *m_clientId = nullptr, *m_clientSecret = nullptr, *m_username = nullptr,
              *m_password = nullptr, *m_token = nullptr, *m_audience = nullptr;
    QPlainTextEdit *m_key = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_callback = nullptr;
};

class ConnectWizardPage : public WizardPage
{
    Q_OBJECT
public:
    ConnectWizardPage(ConnectionWizard *wizard, WizardController *controller);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void show();
    QLabel *m_progress;
    QLabel *m_summary;
    QLineEdit *m_link;
    QPushButton *m_copyLink, *m_retry, *m_cancel, *m_troubleshoot;
};

} // namespace sfconnect
