#pragma once

#include "AuthError.h"
#include "LoginEnvironment.h"
#include "LoopbackListener.h"
#include "Pkce.h"
#include "TokenSet.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sfconnect {

class AuthReply;
class RedirectUriHandler;
class TokenClient;

/// The authorization-code sign-in in the system browser, for the public app (PKCE, no secret)
/// and for Bring Your Own App (client id + secret): MFA and consent happen in the browser.
///
/// QOAuth2AuthorizationCodeFlow builds the authorization URL and its random state; PKCE (S256,
/// which Qt 6.4 lacks) is added through its parameter hook. The browser comes back to a
/// listener on 127.0.0.1 only, which checks the state, answers with a success or failure page
/// and stops after one valid callback. The code is exchanged by TokenClient, because Qt 6.4
/// double-encodes the code and swallows token-endpoint errors.
class BrowserSignIn : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        LoginEnvironment environment = LoginEnvironment::production();
        QString clientId;
        QString clientSecret; ///< Bring Your Own App; empty for a public app
        QStringList scopes = {QStringLiteral("api"), QStringLiteral("refresh_token")};
        QString loginHint;
        bool forceLogin = true; ///< prompt=login: a new sign-in even if the browser has one
        quint16 port = 1717;    ///< the Salesforce CLI's port: many apps already allow it
        QString callbackPath = QStringLiteral("/OauthRedirect");
        int timeoutMs = 2 * 60 * 1000;
    };

    explicit BrowserSignIn(TokenClient *client, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    /// http://localhost:PORT/PATH for @p options: the callback URL to register in the app.
    static QString redirectUriFor(const Options &options);

    /// Starts listening and builds the authorization URL; openBrowser() follows, or finished()
    /// with an error (for example a busy port).
    void start(const Options &options);
    void cancel();

    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QString redirectUri() const { return m_redirectUri; }
    bool isRunning() const { return m_running; }

    bool ok() const { return !m_running && !m_error.isError() && !m_tokens.accessToken.isEmpty(); }
    const TokenSet &tokens() const { return m_tokens; }
    const AuthError &error() const { return m_error; }

signals:
    /// Open @p url in the system browser (and offer it for copying, in case it did not open).
    void openBrowser(const QUrl &url);
    /// The browser came back with a code; sfconnect is exchanging it for tokens.
    void exchangingCode();
    void finished();

private:
    LoopbackListener::Answer onCallback(const QUrl &target);
    void fail(const AuthError &error);
    void stop();

    TokenClient *m_client;
    QOAuth2AuthorizationCodeFlow m_flow;
    std::unique_ptr<RedirectUriHandler> m_uriHandler;
    LoopbackListener m_listener;
    QTimer m_timeout;
    Options m_options;
    Pkce m_pkce;
    QString m_redirectUri;
    QUrl m_authorizationUrl;
    QPointer<AuthReply> m_exchange;
    bool m_running = false;
    TokenSet m_tokens;
    AuthError m_error;
};

} // namespace sfconnect
