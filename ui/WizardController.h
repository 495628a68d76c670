#pragma once

#include "AuthError.h"
#include "Connection.h"
#include "ConnectionSecrets.h"
#include "LoginEnvironment.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace sfconnect {

class AuthReply;
class BrowserSignIn;
class ConnectionStore;
class TokenClient;
struct TokenSet;

/// The state of the connection wizard and its asynchronous connect, without widgets: the pages
/// show it and forward what is typed; tests drive it directly.
class WizardController : public QObject
{
    Q_OBJECT

public:
    enum class Step { Idle, SigningIn, WaitingForBrowser, ReadingIdentity, Saving, Done, Failed };
    Q_ENUM(Step)

    WizardController(ConnectionStore *store, TokenClient *client, QObject *parent = nullptr);
    ~WizardController() override;

    // The draft ------------------------------------------------------------------------------
    QString name;
    LoginEnvironment::Kind environment = LoginEnvironment::Kind::Production;
    QString customDomain; ///< as typed
    AuthMethod method = AuthMethod::Byoa;
    QString username;
    QString clientId;
    QString clientSecret;
    QString password;
    QString securityToken;
    QString privateKey; ///< JWT: PEM or base64 text
    QString audience;   ///< JWT: empty for the environment's default
    quint16 callbackPort = 1717;

    /// Edits @p existing: the draft takes its definition; its secrets stay in the keychain and are
    /// used for every secret field left empty (they are never shown).
    void edit(const Connection &existing);
    bool isEditing() const { return !m_editing.id.isNull(); }

    /// "Salesforce-<environment>-Connection", made unique among the saved connections.
    QString suggestedName() const;
    /// The login environment the draft points at; invalid URL when the domain does not read.
    LoginEnvironment loginEnvironment() const;
    /// The callback URL to register in the app for the browser methods.
    QString callbackUrl() const;
    /// The public app the browser sign-in uses when the admin brings none.
    QString publicClientId() const;

    /// Why each page cannot go on yet (empty: it can). Plain words, for the page to show.
    QString nameProblem() const;
    QString environmentProblem(QUrl *suggestion = nullptr) const;
    QString credentialsProblem() const;
    /// JWT pre-flight: does the draft's private key belong to @p certificatePem (the certificate
    /// uploaded to the app)? The answer in plain words either way.
    bool keyMatchesCertificate(const QByteArray &certificatePem, QString *answer) const;

    // The connect ---------------------------------------------------------------------------
    void connectNow();
    void cancel();
    Step step() const { return m_step; }
    const AuthError &error() const { return m_error; }
    /// The draft as a connection (no secrets), with the last error: for the troubleshooting box.
    Connection draft() const;
    /// After Done: what was saved.
    const Connection &result() const { return m_result; }
    /// After Done: things worth knowing (no refresh scope: the connection ends with the session).
    QStringList warnings() const { return m_warnings; }

signals:
    void stepChanged(sfconnect::WizardController::Step step);
    /// Open @p url in the system browser; offer it for copying too.
    void openBrowser(const QUrl &url);

private:
    /// Writes the draft's fields (name, environment, method, user, client) into a connection.
    void describe(Connection &c) const;
    void setStep(Step step);
    void signIn();
    void signedIn(const TokenSet &tokens);
    void fail(const AuthError &error);

    ConnectionStore *m_store;
    TokenClient *m_client;
    Step m_step = Step::Idle;
    AuthError m_error;
    Connection m_result;
    ConnectionSecrets m_secrets;
    QStringList m_warnings;
    Connection m_editing; ///< the saved connection being edited; id null when adding
    QPointer<AuthReply> m_reply;
    std::unique_ptr<BrowserSignIn> m_browser;
};

} // namespace sfconnect
