#include "BrowserSignIn.h"

#include "AuthLogging.h"
#include "AuthReply.h"
#include "TokenClient.h"

#include <QAbstractOAuthReplyHandler>
#include <QUrlQuery>

namespace sfconnect {

/// Tells QOAuth2AuthorizationCodeFlow which redirect_uri to put in the authorization URL. It
/// never reports a callback to the flow: sfconnect's own listener takes the browser's answer, so
/// the flow never starts Qt 6.4's token request.
class RedirectUriHandler : public QAbstractOAuthReplyHandler
{
public:
    explicit RedirectUriHandler(QString uri)
        : m_uri(std::move(uri))
    {}
    QString callback() const override { return m_uri; }
    void networkReplyFinished(QNetworkReply *) override {}

private:
    QString m_uri;
};

namespace {

QString page(const QString &title, const QString &text)
{
    return QStringLiteral(
               "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
               "<style>body{font-family:sans-serif;max-width:36em;margin:4em auto}</style>"
               "</head><body><h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

BrowserSignIn::BrowserSignIn(TokenClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(AuthError(
            AuthError::Kind::Browser, AuthError::Stage::Authorization, QStringLiteral("timeout"),
            tr("No answer came back from the browser within %n minute(s). Start the sign-in "
               "again, and finish it in the browser window that opens.",
               nullptr, qMax(1, m_options.timeoutMs / 60000))));
    });
    m_listener.setHandler([this](const QUrl &target) { return onCallback(target); });
    connect(&m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        m_authorizationUrl = url;
        emit openBrowser(url);
    });
}

BrowserSignIn::~BrowserSignIn() = default;

QString BrowserSignIn::redirectUriFor(const Options &options)
{
    QString path = options.callbackPath;
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    return QStringLiteral("http://localhost:%1%2").arg(options.port).arg(path);
}

void BrowserSignIn::start(const Options &options)
{
    stop();
    m_options = options;
    m_tokens = {};
    m_error = {};
    m_running = true;
    if (options.clientId.isEmpty()) {
        fail(AuthError(AuthError::Kind::Configuration, AuthError::Stage::Configuration,
                       QStringLiteral("no_client_id"),
                       tr("Enter the app's client id (consumer key).")));
        return;
    }
    if (!m_listener.listen(options.port)) {
        fail(AuthError(
            AuthError::Kind::Browser, AuthError::Stage::Authorization, QStringLiteral("port_busy"),
            tr("Port %1 on this computer is already in use (the Salesforce CLI uses it too). "
               "Close the program that holds it, or choose another port and add "
               "http://localhost:PORT%2 to the app's callback URLs.")
                .arg(options.port)
                .arg(options.callbackPath)));
        return;
    }
    m_options.port = m_listener.port(); // 0 asked for any free port
    m_redirectUri = redirectUriFor(m_options);
    m_pkce = Pkce::generate();

    const QUrl login = options.environment.loginUrl();
    QUrl authorize = login;
    authorize.setPath(QStringLiteral("/services/oauth2/authorize"));
    QUrl token = login;
    token.setPath(QStringLiteral("/services/oauth2/token"));
    m_flow.setAuthorizationUrl(authorize);
    m_flow.setAccessTokenUrl(token); // grant() insists on one; the exchange is TokenClient's
    m_flow.setClientIdentifier(options.clientId);
    m_flow.setScope(options.scopes.join(QLatin1Char(' ')));
    m_flow.setState(QString()); // a fresh random state for each sign-in
    m_uriHandler = std::make_unique<RedirectUriHandler>(m_redirectUri);
    m_flow.setReplyHandler(m_uriHandler.get());
    m_flow.setModifyParametersFunction(
        [this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p) {
            if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
                return;
            p->insert(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
            p->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            if (!m_options.loginHint.isEmpty())
                p->insert(QStringLiteral("login_hint"), m_options.loginHint);
            if (m_options.forceLogin)
                p->insert(QStringLiteral("prompt"), QStringLiteral("login"));
        });
    m_timeout.start(options.timeoutMs);
    qCInfo(lcAuth) << "browser sign-in started; listening on 127.0.0.1 port" << m_options.port;
    m_flow.grant();
}

LoopbackListener::Answer BrowserSignIn::onCallback(const QUrl &target)
{
    QString path = m_options.callbackPath;
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    if (target.path() != path)
        return {404,
                page(tr("Not found"), tr("This address is not part of the sfconnect sign-in.")),
                false};
    const QUrlQuery query(target);
    auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    // A callback for another sign-in (an old tab, or a forged link) is refused and ignored.
    if (!m_running || m_exchange || value("state") != m_flow.state()) {
        qCWarning(lcAuth) << "ignored a browser callback whose state does not match";
        return {400,
                page(tr("Sign-in not recognised"),
                     tr("This answer does not belong to the sign-in in progress. Go back to "
                        "sfconnect and start the sign-in again.")),
                false};
    }
    if (const QString error = value("error"); !error.isEmpty()) {
        QString description = value("error_description");
        description.replace(QLatin1Char('+'), QLatin1Char(' ')); // form-style spaces
        fail(
            AuthError(AuthError::Kind::OAuth, AuthError::Stage::Authorization, error, description));
        return {200,
                page(tr("Sign-in failed"),
                     tr("Salesforce did not complete the sign-in (%1). Go back to sfconnect to see "
                        "what to do.")
                         .arg(description.isEmpty() ? error : description)),
                true};
    }
    const QString code = value("code");
    if (code.isEmpty())
        return {400,
                page(tr("Sign-in not recognised"), tr("The answer carries no authorization code.")),
                false};

    m_timeout.stop();
    emit exchangingCode();
    m_exchange =
        m_client->exchangeCode(m_options.environment, m_options.clientId, m_options.clientSecret,
                               code, m_redirectUri, m_pkce.verifier);
    connect(m_exchange, &AuthReply::finished, this, [this, reply = m_exchange] {
        if (reply->ok()) {
            m_tokens = reply->tokens();
            stop();
            emit finished();
        } else {
            fail(reply->error());
        }
    });
    return {200,
            page(tr("Signed in"),
                 tr("sfconnect received the sign-in. You can close this tab and go back "
                    "to sfconnect.")),
            true};
}

void BrowserSignIn::cancel()
{
    if (!m_running)
        return;
    fail(AuthError(AuthError::Kind::Cancelled, AuthError::Stage::Authorization,
                   QStringLiteral("cancelled"), tr("The sign-in was cancelled.")));
}

void BrowserSignIn::fail(const AuthError &error)
{
    if (!m_running)
        return;
    m_error = error;
    qCInfo(lcAuth).noquote() << "browser sign-in failed:" << error.summary();
    stop();
    emit finished();
}

void BrowserSignIn::stop()
{
    m_running = false;
    m_timeout.stop();
    m_listener.close();
    if (m_exchange) {
        m_exchange->disconnect(this);
        m_exchange->abort();
        m_exchange = nullptr;
    }
}

} // namespace sfconnect
