#include "WizardController.h"

#include "AuthReply.h"
#include "BrowserSignIn.h"
#include "ConnectionStore.h"
#include "RsaKey.h"
#include "TokenClient.h"

namespace sfconnect {

WizardController::WizardController(ConnectionStore *store, TokenClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{}

WizardController::~WizardController() = default;

QString WizardController::suggestedName() const
{
    const QString env = environment == LoginEnvironment::Kind::Sandbox ? QStringLiteral("Sandbox")
                        : environment == LoginEnvironment::Kind::Production
                            ? QStringLiteral("Production")
                            : QStringLiteral("Custom");
    const QString base = QStringLiteral("Salesforce-%1-Connection").arg(env);
    QString candidate = base;
    for (int n = 2; std::any_of(m_store->connections().cbegin(), m_store->connections().cend(),
                                [&](const Connection &c) {
                                    return c.name.compare(candidate, Qt::CaseInsensitive) == 0;
                                });
         ++n)
        candidate = QStringLiteral("%1-%2").arg(base).arg(n);
    return candidate;
}

void WizardController::edit(const Connection &existing)
{
    m_editing = existing;
    name = existing.name;
    environment = existing.environment;
    customDomain = existing.environment == LoginEnvironment::Kind::Custom
                       ? existing.loginUrl.toString()
                       : QString();
    method = existing.method;
    username = existing.username;
    clientId = existing.method == AuthMethod::Web ? QString() : existing.clientId;
    audience = existing.audience;
    callbackPort = existing.callbackPort;
    clientSecret.clear();
    password.clear();
    securityToken.clear();
    privateKey.clear();
}

LoginEnvironment WizardController::loginEnvironment() const
{
    return LoginEnvironment::of(environment, LoginEnvironment::normalize(customDomain).loginUrl);
}

QString WizardController::callbackUrl() const
{
    BrowserSignIn::Options o;
    o.port = callbackPort;
    return BrowserSignIn::redirectUriFor(o);
}

QString WizardController::publicClientId() const
{
    // The local emulator's public app; on Salesforce, the public app the Salesforce CLI uses,
    // which every org accepts with the localhost:1717 callback.
    return loginEnvironment().isLoopback() ? QStringLiteral("SfconnectPublicApp")
                                           : QStringLiteral("PlatformCLI");
}

QString WizardController::nameProblem() const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the connection a name.");
    for (const Connection &c : m_store->connections()) {
        if (c.id != m_editing.id && c.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("A connection named \"%1\" already exists.").arg(c.name);
    }
    return {};
}

QString WizardController::environmentProblem(QUrl *suggestion) const
{
    if (environment != LoginEnvironment::Kind::Custom)
        return {};
    const auto n = LoginEnvironment::normalize(customDomain);
    if (suggestion)
        *suggestion = n.suggestion;
    return n.problem;
}

QString WizardController::credentialsProblem() const
{
    switch (method) {
    case AuthMethod::Web:
        return {};
    case AuthMethod::Byoa:
        if (clientId.trimmed().isEmpty())
            return tr("Enter the app's client id (consumer key).");
        if (clientSecret.isEmpty() && !isEditing())
            return tr("Enter the app's client secret (consumer secret).");
        return {};
    case AuthMethod::Password:
        if (clientId.trimmed().isEmpty() || (clientSecret.isEmpty() && !isEditing()))
            return tr("Enter the app's client id and secret.");
        if (username.trimmed().isEmpty() || (password.isEmpty() && !isEditing()))
            return tr("Enter the username and password.");
        return {};
    case AuthMethod::Jwt: {
        if (clientId.trimmed().isEmpty() || username.trimmed().isEmpty())
            return tr("Enter the app's client id (the issuer) and the username (the subject).");
        if (privateKey.isEmpty() && isEditing())
            return {}; // the stored key stays
        QString keyError;
        if (RsaKey::fromText(privateKey.toUtf8(), &keyError).isNull())
            return keyError;
        return {};
    }
    }
    return {};
}

bool WizardController::keyMatchesCertificate(const QByteArray &certificatePem,
                                             QString *answer) const
{
    QString error;
    const RsaKey key = RsaKey::fromText(privateKey.toUtf8(), &error);
    if (key.isNull()) {
        *answer = error;
        return false;
    }
    if (!key.matchesCertificate(certificatePem, &error)) {
        *answer = error;
        return false;
    }
    const QDateTime expiry = RsaKey::certificateExpiry(certificatePem);
    *answer = expiry < QDateTime::currentDateTimeUtc()
                  ? tr("The key matches the certificate, but the certificate expired on %1.")
                        .arg(expiry.toString(Qt::ISODate))
                  : tr("The key matches the certificate (valid until %1).")
                        .arg(expiry.date().toString(Qt::ISODate));
    return expiry >= QDateTime::currentDateTimeUtc();
}

void WizardController::describe(Connection &c) const
{
    c.name = name.trimmed();
    c.environment = environment;
    c.loginUrl = loginEnvironment().loginUrl();
    c.method = method;
    c.username = username.trimmed();
    c.clientId = method == AuthMethod::Web ? publicClientId() : clientId.trimmed();
    c.audience = audience.trimmed();
}

Connection WizardController::draft() const
{
    Connection c = isEditing() ? m_editing : Connection();
    describe(c);
    c.lastErrorProblemId = m_error.problemId();
    c.lastErrorText = m_error.isError() ? m_error.message() : QString();
    return c;
}

void WizardController::setStep(Step step)
{
    m_step = step;
    emit stepChanged(step);
}

void WizardController::fail(const AuthError &error)
{
    m_error = error;
    setStep(Step::Failed);
}

void WizardController::connectNow()
{
    cancel();
    m_error = {};
    m_warnings.clear();
    m_secrets = {};
    const QString problem = !nameProblem().isEmpty()          ? nameProblem()
                            : !environmentProblem().isEmpty() ? environmentProblem()
                                                              : credentialsProblem();
    if (!problem.isEmpty()) {
        fail(AuthError(AuthError::Kind::Configuration, AuthError::Stage::Configuration,
                       QStringLiteral("draft"), problem));
        return;
    }
    setStep(Step::SigningIn);
    if (!isEditing()) {
        signIn();
        return;
    }
    // Editing: what was left empty comes from the keychain (never shown on the pages).
    StoreJob *read = m_store->readSecrets(m_editing.id);
    connect(read, &StoreJob::finished, this, [this, read] {
        const ConnectionSecrets stored = read->secrets();
        auto keep = [](QString &typed, const QString &saved) {
            if (typed.isEmpty())
                typed = saved;
        };
        keep(clientSecret, stored.clientSecret);
        keep(password, stored.password);
        keep(securityToken, stored.securityToken);
        keep(privateKey, stored.privateKey);
        if (!read->ok() && !read->secretsMissing()) {
            fail(AuthError(AuthError::Kind::Configuration, AuthError::Stage::Configuration,
                           QStringLiteral("keychain"), read->errorText()));
            return;
        }
        signIn();
    });
}

void WizardController::signIn()
{
    const LoginEnvironment env = loginEnvironment();
    switch (method) {
    case AuthMethod::Web:
    case AuthMethod::Byoa: {
        m_browser = std::make_unique<BrowserSignIn>(m_client);
        connect(m_browser.get(), &BrowserSignIn::openBrowser, this, [this](const QUrl &url) {
            setStep(Step::WaitingForBrowser);
            emit openBrowser(url);
        });
        connect(m_browser.get(), &BrowserSignIn::exchangingCode, this,
                [this] { setStep(Step::SigningIn); });
        connect(m_browser.get(), &BrowserSignIn::finished, this, [this] {
            if (m_browser->ok())
                signedIn(m_browser->tokens());
            else
                fail(m_browser->error());
        });
        BrowserSignIn::Options o;
        o.environment = env;
        o.clientId = method == AuthMethod::Web ? publicClientId() : clientId.trimmed();
        o.clientSecret = method == AuthMethod::Byoa ? clientSecret : QString();
        o.loginHint = username.trimmed();
        o.port = callbackPort;
        m_secrets.clientSecret = o.clientSecret;
        m_browser->start(o);
        return;
    }
    case AuthMethod::Password:
        m_secrets.password = password;
        m_secrets.securityToken = securityToken;
        m_secrets.clientSecret = clientSecret;
        m_reply = m_client->password(env, clientId.trimmed(), clientSecret, username.trimmed(),
                                     password, securityToken);
        break;
    case AuthMethod::Jwt: {
        QString keyError;
        const RsaKey key = RsaKey::fromText(privateKey.toUtf8(), &keyError);
        m_secrets.privateKey = QString::fromLatin1(key.toBase64());
        m_reply = m_client->jwtBearer(
            env, clientId.trimmed(), username.trimmed(), key,
            audience.trimmed().isEmpty() ? QStringList() : QStringList{audience.trimmed()});
        break;
    }
    }
    m_reply->setParent(this);
    connect(m_reply, &AuthReply::finished, this, [this, reply = m_reply] {
        reply->deleteLater();
        if (reply->ok())
            signedIn(reply->tokens());
        else
            fail(reply->error());
    });
}

void WizardController::signedIn(const TokenSet &tokens)
{
    m_secrets.accessToken = tokens.accessToken;
    m_secrets.refreshToken = tokens.refreshToken;
    Connection c;
    c.id = QUuid::createUuid();
    describe(c);
    // The port the browser really came back to (0 asks for any free one, in tests).
    const int usedPort = m_browser ? QUrl(m_browser->redirectUri()).port() : int(callbackPort);
    c.callbackPort = quint16(usedPort > 0 ? usedPort : 1717);
    c.instanceUrl = tokens.instanceUrl;
    c.orgId = tokens.orgId;
    c.userId = tokens.userId;
    c.scopes = tokens.scopes;
    c.createdAt = c.lastConnectedAt = c.lastCheckedAt = QDateTime::currentDateTimeUtc();
    c.lastStatus = ConnectionStatus::Connected;
    if ((method == AuthMethod::Web || method == AuthMethod::Byoa) && tokens.refreshToken.isEmpty())
        m_warnings << tr(
            "Salesforce gave no refresh token: the connection will stop working when this session "
            "ends. Add the \"refresh_token, offline_access\" scope to the app and connect again.");

    // Who signed in, in words, for the summary.
    setStep(Step::ReadingIdentity);
    m_reply = m_client->userInfo(tokens.instanceUrl, tokens.accessToken);
    m_reply->setParent(this);
    connect(m_reply, &AuthReply::finished, this, [this, c, reply = m_reply]() mutable {
        reply->deleteLater();
        if (reply->ok()) {
            const QJsonObject info = reply->json().object();
            c.displayName = info.value(QStringLiteral("name")).toString();
            if (c.username.isEmpty())
                c.username = info.value(QStringLiteral("preferred_username")).toString();
        }
        setStep(Step::Saving);
        if (isEditing()) {
            // The same connection, signed in again: new secrets first, then its description.
            c.id = m_editing.id;
            c.createdAt = m_editing.createdAt;
            StoreJob *save = m_store->updateSecrets(c.id, m_secrets);
            connect(save, &StoreJob::finished, this, [this, save, c] {
                QString error;
                if (!save->ok() || !m_store->updateMetadata(c, &error)) {
                    fail(AuthError(AuthError::Kind::Configuration, AuthError::Stage::Configuration,
                                   QStringLiteral("save"), save->ok() ? error : save->errorText()));
                    return;
                }
                m_result = c;
                m_editing = c;
                setStep(Step::Done);
            });
            return;
        }
        StoreJob *save = m_store->add(c, m_secrets);
        connect(save, &StoreJob::finished, this, [this, save, c] {
            if (!save->ok()) {
                fail(AuthError(AuthError::Kind::Configuration, AuthError::Stage::Configuration,
                               QStringLiteral("save"), save->errorText()));
                return;
            }
            m_result = c;
            setStep(Step::Done);
        });
    });
}

void WizardController::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_browser)
        m_browser->cancel();
    m_browser.reset();
    if (m_step != Step::Done && m_step != Step::Idle && m_step != Step::Failed)
        fail(AuthError(AuthError::Kind::Cancelled, AuthError::Stage::Configuration,
                       QStringLiteral("cancelled"), tr("Cancelled.")));
}

} // namespace sfconnect
