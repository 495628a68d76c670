#include "WizardPages.h"

#include "ConnectionWizard.h"
#include "KnowledgeBase.h"
#include "RsaKey.h"
#include "TroubleshootBox.h"
#include "WizardController.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sfconnect {

WizardPage::WizardPage(ConnectionWizard *wizard, WizardController *controller)
    : m_wizard(wizard)
    , m_controller(controller)
{
    m_layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->addLayout(m_form);
}

QLineEdit *WizardPage::field(const QString &objectName, const QString &label, bool secret)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(label);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    m_form->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    return edit;
}

QLabel *WizardPage::note(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    m_layout->addWidget(label);
    return label;
}

QLabel *WizardPage::problemLabel()
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("problemLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(p);
    m_layout->addWidget(label);
    return label;
}

// Name -----------------------------------------------------------------------------------------

NameWizardPage::NameWizardPage(ConnectionWizard *wizard, WizardController *controller)
    : WizardPage(wizard, controller)
{
    setTitle(tr("Name the connection"));
    setSubTitle(
        tr("A name that says which org and what for, such as Salesforce-Production-OrderSync."));
    m_name = field(QStringLiteral("nameEdit"), tr("&Name:"));
    m_problem = problemLabel();
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_controller->name = text;
        m_problem->setText(m_controller->nameProblem());
        emit completeChanged(); // after the name is stored
    });
}

void NameWizardPage::initializePage()
{
    if (m_controller->name.isEmpty())
        m_controller->name = m_controller->suggestedName();
    m_name->setText(m_controller->name);
    m_name->selectAll();
}

bool NameWizardPage::isComplete() const
{
    return m_controller->nameProblem().isEmpty();
}

// Environment ----------------------------------------------------------------------------------

EnvironmentWizardPage::EnvironmentWizardPage(ConnectionWizard *wizard, WizardController *controller)
    : WizardPage(wizard, controller)
{
    setTitle(tr("Where does the connection sign in?"));
    setSubTitle(tr("Try a sandbox first: a mistake there costs nothing."));
    auto *group = new QButtonGroup(this);
    auto radio = [this, group](const QString &name, const QString &text) {
        auto *r = new QRadioButton(text, this);
        r->setObjectName(name);
        r->setAccessibleName(text);
        group->addButton(r);
        m_layout->addWidget(r);
        connect(r, &QRadioButton::toggled, this, [this] { update(); });
        return r;
    };
    m_production =
        radio(QStringLiteral("productionRadio"), tr("&Production (login.salesforce.com)"));
    m_sandbox = radio(QStringLiteral("sandboxRadio"), tr("&Sandbox (test.salesforce.com)"));
    m_custom = radio(QStringLiteral("customRadio"),
                     tr("&Custom domain (My Domain or Experience Cloud site)"));
    m_emulator = radio(QStringLiteral("emulatorRadio"), tr("&Local org emulator"));
    m_domain = new QLineEdit(this);
    m_domain->setObjectName(QStringLiteral("domainEdit"));
    m_domain->setAccessibleName(tr("Custom domain"));
    m_domain->setPlaceholderText(tr("acme.my.salesforce.com"));
    m_layout->addWidget(m_domain);
    connect(m_domain, &QLineEdit::textChanged, this, [this] { update(); });
    m_problem = problemLabel();
    m_useSuggestion = new QPushButton(this);
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestionButton"));
    m_layout->addWidget(m_useSuggestion, 0, Qt::AlignLeft);
    connect(m_useSuggestion, &QPushButton::clicked, this,
            [this] { m_domain->setText(m_suggestion.toString()); });
}

void EnvironmentWizardPage::initializePage()
{
    const bool emulator = !m_wizard->emulatorUrl().isEmpty();
    m_emulator->setVisible(emulator);
    // Read first: checking a button stores the page back into the draft.
    const QString domain = m_controller->customDomain;
    // A new connection starts on the emulator while one runs; an edited one keeps its place.
    const bool onEmulator = emulator && ((domain.isEmpty() && !m_controller->isEditing()) ||
                                         QUrl(domain) == m_wizard->emulatorUrl());
    m_domain->setText(onEmulator ? QString() : domain);
    if (onEmulator) {
        m_emulator->setChecked(true);
    } else {
        switch (m_controller->environment) {
        case LoginEnvironment::Kind::Production:
            m_production->setChecked(true);
            break;
        case LoginEnvironment::Kind::Sandbox:
            m_sandbox->setChecked(true);
            break;
        case LoginEnvironment::Kind::Custom:
            m_custom->setChecked(true);
            break;
        }
    }
    update();
}

void EnvironmentWizardPage::update()
{
    if (m_production->isChecked())
        m_controller->environment = LoginEnvironment::Kind::Production;
    else if (m_sandbox->isChecked())
        m_controller->environment = LoginEnvironment::Kind::Sandbox;
    else
        m_controller->environment = LoginEnvironment::Kind::Custom;
    if (m_emulator->isChecked())
        m_controller->customDomain = m_wizard->emulatorUrl().toString();
    else if (m_custom->isChecked())
        m_controller->customDomain = m_domain->text();
    m_domain->setEnabled(m_custom->isChecked());
    const QString problem =
        m_custom->isChecked() ? m_controller->environmentProblem(&m_suggestion) : QString();
    m_problem->setText(m_custom->isChecked() && m_domain->text().isEmpty() ? QString() : problem);
    m_useSuggestion->setVisible(!problem.isEmpty() && m_suggestion.isValid() &&
                                !m_suggestion.isEmpty());
    m_useSuggestion->setText(tr("Use %1").arg(m_suggestion.toString()));
    emit completeChanged();
}

bool EnvironmentWizardPage::isComplete() const
{
    return m_controller->environmentProblem().isEmpty();
}

// Method ---------------------------------------------------------------------------------------

MethodWizardPage::MethodWizardPage(ConnectionWizard *wizard, WizardController *controller)
    : WizardPage(wizard, controller)
{
    setTitle(tr("How does the connection sign in?"));
    m_group = new QButtonGroup(this);
    auto choice = [this](AuthMethod method, const QString &name, const QString &text,
                         const QString &line) {
        auto *r = new QRadioButton(text, this);
        r->setObjectName(name);
        r->setAccessibleName(text);
        m_group->addButton(r, int(method));
        m_layout->addWidget(r);
        auto *explain = new QLabel(line, this);
        explain->setWordWrap(true);
        explain->setIndent(24);
        m_layout->addWidget(explain);
    };
    choice(AuthMethod::Byoa, QStringLiteral("byoaRadio"), tr("Bring Your Own App — recommended"),
           tr("Your org's own External Client App (client id and secret); you sign in through the "
              "browser, MFA included."));
    choice(AuthMethod::Web, QStringLiteral("webRadio"), tr("Browser sign-in"),
           tr("The quickest start: you sign in through the browser with a public app and PKCE; "
              "nothing to set up."));
    choice(AuthMethod::Jwt, QStringLiteral("jwtRadio"), tr("JWT bearer — for unattended use"),
           tr("For integrations: a certificate on the app and a pre-authorized user; no password, "
              "no browser."));
    choice(AuthMethod::Password, QStringLiteral("passwordRadio"),
           tr("Username and password — legacy"),
           tr("Orgs created since Summer '23 block this flow by default, and Salesforce is "
              "retiring it. Use "
              "it only where nothing else works."));
    m_group->button(int(AuthMethod::Byoa))->setChecked(true);
}

void MethodWizardPage::initializePage()
{
    m_group->button(int(m_controller->method))->setChecked(true);
}

bool MethodWizardPage::validatePage()
{
    m_controller->method = AuthMethod(m_group->checkedId());
    return true;
}

int MethodWizardPage::nextId() const
{
    return ConnectionWizard::PrerequisitesPage;
}

// Prerequisites --------------------------------------------------------------------------------

PrerequisitesWizardPage::PrerequisitesWizardPage(ConnectionWizard *wizard,
                                                 WizardController *controller)
    : WizardPage(wizard, controller)
{
    setTitle(tr("What the org needs"));
    setSubTitle(tr("Check these in Salesforce first, so that the first try succeeds."));
    const QStringList items{
        tr("An edition with API access (Enterprise, Unlimited, Performance or Developer)."),
        tr("Someone with the right to create apps (Setup → External Client App Manager) for Bring "
           "Your Own "
           "App and JWT."),
        tr("The user's profile or permission set has \"API Enabled\" (Setup → Users → the user → "
           "Profile → "
           "System Permissions)."),
    };
    int i = 0;
    for (const QString &item : items) {
        auto *box = new QCheckBox(item, this);
        box->setObjectName(QStringLiteral("prerequisite%1").arg(++i));
        box->setAccessibleName(item);
        m_layout->addWidget(box);
    }
    note(tr("Not sure? Go on: if something is missing, the connect step says what to fix."));
}

int PrerequisitesWizardPage::nextId() const
{
    switch (m_controller->method) {
    case AuthMethod::Web:
        return ConnectionWizard::WebPage;
    case AuthMethod::Byoa:
        return ConnectionWizard::ByoaPage;
    case AuthMethod::Password:
        return ConnectionWizard::PasswordPage;
    case AuthMethod::Jwt:
        break;
    }
    return ConnectionWizard::JwtPage;
}

// Credentials ----------------------------------------------------------------------------------

CredentialsWizardPage::CredentialsWizardPage(ConnectionWizard *wizard, WizardController *controller,
                                             int method)
    : WizardPage(wizard, controller)
    , m_method(method)
{
    switch (AuthMethod(method)) {
    case AuthMethod::Web:
        setTitle(tr("Browser sign-in"));
        m_username = field(QStringLiteral("usernameEdit"), tr("&Username (optional):"));
        note(tr("Your browser opens on Salesforce's sign-in page; multi-factor verification "
                "happens there."));
        break;
    case AuthMethod::Byoa:
        setTitle(tr("Your app's credentials"));
        m_clientId = field(QStringLiteral("clientIdEdit"), tr("Client &id (consumer key):"));
        m_clientSecret = field(QStringLiteral("clientSecretEdit"), tr("Client &secret:"), true);
        m_username = field(QStringLiteral("usernameEdit"), tr("&Username (optional):"));
        m_callback = note({});
        m_callback->setObjectName(QStringLiteral("callbackLabel"));
        {
            auto *copy = new QPushButton(tr("&Copy callback URL"), this);
            copy->setObjectName(QStringLiteral("copyCallbackButton"));
            m_layout->addWidget(copy, 0, Qt::AlignLeft);
            connect(copy, &QPushButton::clicked, this,
                    [this] { QApplication::clipboard()->setText(m_controller->callbackUrl()); });
        }
        note(tr("In Setup → External Client App Manager, the app needs: OAuth enabled; this "
                "callback URL; the scopes api and refresh_token; \"Require secret for Web Server "
                "Flow\" on; the authorization code flow allowed; policies that let this user in. "
                "Changes can take up to 10 minutes."));
        break;
    case AuthMethod::Password:
        setTitle(tr("Username and password (legacy)"));
        m_clientId = field(QStringLiteral("clientIdEdit"), tr("Client &id (consumer key):"));
        m_clientSecret = field(QStringLiteral("clientSecretEdit"), tr("Client &secret:"), true);
        m_username = field(QStringLiteral("usernameEdit"), tr("&Username:"));
        m_password = field(QStringLiteral("passwordEdit"), tr("&Password:"), true);
        m_token = field(QStringLiteral("securityTokenEdit"), tr("Security &token:"), true);
        note(tr(
            "The security token comes by email after a reset (your settings → Reset My Security "
            "Token). New "
            "orgs block this flow by default: \"authentication failure\" can mean exactly that."));
        break;
    case AuthMethod::Jwt:
        setTitle(tr("JWT bearer"));
        m_clientId = field(QStringLiteral("clientIdEdit"), tr("Client &id (issuer):"));
        m_username = field(QStringLiteral("usernameEdit"), tr("&Username (subject):"));
        m_audience = field(QStringLiteral("audienceEdit"), tr("&Audience:"));
        m_key = new QPlainTextEdit(this);
        m_key->setObjectName(QStringLiteral("privateKeyEdit"));
        m_key->setAccessibleName(tr("Private key"));
        m_key->setPlaceholderText(tr("Paste the private key (PEM, or base64 of PEM or DER)"));
        m_form->addRow(tr("Private &key:"), m_key);
        connect(m_key, &QPlainTextEdit::textChanged, this, &QWizardPage::completeChanged);
        {
            auto *load = new QPushButton(tr("&Load key file…"), this);
            load->setObjectName(QStringLiteral("loadKeyButton"));
            auto *generate = new QPushButton(tr("&Generate key and certificate…"), this);
            generate->setObjectName(QStringLiteral("generateKeyButton"));
            auto *check = new QPushButton(tr("Check against the &certificate…"), this);
            check->setObjectName(QStringLiteral("checkCertificateButton"));
            m_layout->addWidget(load, 0, Qt::AlignLeft);
            m_layout->addWidget(generate, 0, Qt::AlignLeft);
            m_layout->addWidget(check, 0, Qt::AlignLeft);
            connect(check, &QPushButton::clicked, this, &CredentialsWizardPage::checkCertificate);
            connect(load, &QPushButton::clicked, this, &CredentialsWizardPage::loadKeyFile);
            connect(generate, &QPushButton::clicked, this, &CredentialsWizardPage::generateKey);
        }
        note(tr(
            "Before connecting: the certificate is uploaded to the app (\"Use digital "
            "signatures\"), the app "
            "pre-authorizes the user's profile or permission set, and the JWT flow is enabled."));
        break;
    }
    m_problem = problemLabel();
}

void CredentialsWizardPage::initializePage()
{
    // Prefilled from the draft; saved secrets are never shown, only replaced when typed.
    auto fill = [](QLineEdit *e, const QString &text) {
        if (e && e->text().isEmpty())
            e->setText(text);
    };
    // Read first: each filled field stores the whole page back into the draft.
    const QString clientId = m_controller->clientId, username = m_controller->username,
                  audience = m_controller->audience;
    fill(m_clientId, clientId);
    fill(m_username, username);
    fill(m_audience, audience);
    if (m_controller->isEditing()) {
        for (QLineEdit *secret : {m_clientSecret, m_password, m_token}) {
            if (secret)
                secret->setPlaceholderText(tr("saved; type to replace"));
        }
        if (m_key)
            m_key->setPlaceholderText(tr("A key is saved; paste another to replace it"));
    }
    if (m_callback)
        m_callback->setText(
            tr("Callback URL to enter in Salesforce: %1").arg(m_controller->callbackUrl()));
    if (m_audience && m_audience->text().isEmpty())
        m_audience->setText(m_controller->loginEnvironment().defaultAudience());
}

void CredentialsWizardPage::store()
{
    auto text = [](QLineEdit *e) { return e ? e->text() : QString(); };
    m_controller->clientId = text(m_clientId);
    m_controller->clientSecret = text(m_clientSecret);
    m_controller->username = text(m_username);
    m_controller->password = text(m_password);
    m_controller->securityToken = text(m_token);
    m_controller->audience = text(m_audience);
    m_controller->privateKey = m_key ? m_key->toPlainText() : QString();
}

bool CredentialsWizardPage::isComplete() const
{
    const_cast<CredentialsWizardPage *>(this)->store();
    const QString problem = m_controller->credentialsProblem();
    const bool typed =
        (m_clientId && !m_clientId->text().isEmpty()) || (m_key && !m_key->toPlainText().isEmpty());
    m_problem->setText(typed ? problem : QString());
    return problem.isEmpty();
}

int CredentialsWizardPage::nextId() const
{
    return ConnectionWizard::ConnectPage;
}

void CredentialsWizardPage::loadKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Private key"), {},
                                                      tr("Keys (*.key *.pem);;All files (*)"));
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
        m_key->setPlainText(QString::fromUtf8(file.readAll()));
}

void CredentialsWizardPage::checkCertificate()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("The certificate uploaded to the app"), {},
                                     tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    store();
    QString answer;
    m_controller->keyMatchesCertificate(file.readAll(), &answer);
    m_problem->setText(answer);
}

void CredentialsWizardPage::generateKey()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the certificate to upload to Salesforce"),
        QStringLiteral("sfconnect-jwt.crt"), tr("Certificates (*.crt)"));
    if (path.isEmpty())
        return;
    const RsaKey key = RsaKey::generate();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(key.selfSignedCertificate(m_controller->name, 2 * 365)) < 0) {
        m_problem->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_key->setPlainText(QString::fromLatin1(key.toBase64()));
    m_problem->setText(
        tr("Upload %1 to the app in Salesforce; the key stays with this connection.").arg(path));
}

// Connect --------------------------------------------------------------------------------------

ConnectWizardPage::ConnectWizardPage(ConnectionWizard *wizard, WizardController *controller)
    : WizardPage(wizard, controller)
{
    setTitle(tr("Connect"));
    m_progress = note({});
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("browserLinkEdit"));
    m_link->setAccessibleName(tr("Sign-in link"));
    m_link->setReadOnly(true);
    m_layout->addWidget(m_link);
    m_copyLink = new QPushButton(tr("Copy &link"), this);
    m_copyLink->setObjectName(QStringLiteral("copyLinkButton"));
    m_cancel = new QPushButton(tr("&Cancel sign-in"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_troubleshoot = new QPushButton(tr("Open &troubleshooting"), this);
    m_troubleshoot->setObjectName(QStringLiteral("openTroubleshootingButton"));
    connect(m_troubleshoot, &QPushButton::clicked, this, [this] {
        TroubleshootBox::open(this, m_controller->draft(), ConnectionStatus::Error);
    });
    for (QPushButton *b : {m_copyLink, m_cancel, m_retry, m_troubleshoot})
        m_layout->addWidget(b, 0, Qt::AlignLeft);
    m_summary = note({});
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    connect(m_copyLink, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_link->text()); });
    connect(m_cancel, &QPushButton::clicked, m_controller, &WizardController::cancel);
    connect(m_retry, &QPushButton::clicked, m_controller, &WizardController::connectNow);
    connect(m_controller, &WizardController::stepChanged, this, &ConnectWizardPage::show);
    connect(m_controller, &WizardController::openBrowser, this, [this](const QUrl &url) {
        m_link->setText(url.toString());
        QDesktopServices::openUrl(url);
    });
}

void ConnectWizardPage::initializePage()
{
    m_link->clear();
    m_controller->connectNow();
}

void ConnectWizardPage::cleanupPage()
{
    m_controller->cancel(); // Back: the sign-in in progress stops
}

bool ConnectWizardPage::isComplete() const
{
    return m_controller->step() == WizardController::Step::Done;
}

void ConnectWizardPage::show()
{
    using Step = WizardController::Step;
    const Step step = m_controller->step();
    const bool waiting = step == Step::WaitingForBrowser;
    m_link->setVisible(waiting);
    m_copyLink->setVisible(waiting);
    m_cancel->setVisible(waiting || step == Step::SigningIn);
    m_retry->setVisible(step == Step::Failed);
    m_troubleshoot->setVisible(step == Step::Failed);
    switch (step) {
    case Step::Idle:
        m_progress->clear();
        break;
    case Step::SigningIn:
        m_progress->setText(tr("Signing in…"));
        break;
    case Step::WaitingForBrowser:
        m_progress->setText(
            tr("Continue in your browser. If no browser window opened, paste this link into one."));
        break;
    case Step::ReadingIdentity:
        m_progress->setText(tr("Reading your identity…"));
        break;
    case Step::Saving:
        m_progress->setText(tr("Saving the connection…"));
        break;
    case Step::Done: {
        const Connection &c = m_controller->result();
        m_progress->setText(tr("Connected."));
        QString summary = tr("Org: %1\nUser: %2\nInstance: %3\nScopes: %4")
                              .arg(c.orgId,
                                   c.displayName.isEmpty() ? c.username
                                                           : c.displayName + QStringLiteral(" (") +
                                                                 c.username + QLatin1Char(')'),
                                   c.instanceUrl, c.scopes.join(QLatin1Char(' ')));
        for (const QString &w : m_controller->warnings())
            summary += QStringLiteral("\n\n") + w;
        m_summary->setText(summary);
        break;
    }
    case Step::Failed: {
        const AuthError &e = m_controller->error();
        m_progress->setText(tr("The connection did not succeed."));
        const KnownProblem *known = KnowledgeBase::match(e.problemId());
        m_summary->setText(tr("%1\n\n%2\n\nDetails for support: %3")
                               .arg(e.message(),
                                    known ? KnowledgeBase::describe(*known) : QString(),
                                    e.problemId()));
        break;
    }
    }
    emit completeChanged();
}

} // namespace sfconnect
