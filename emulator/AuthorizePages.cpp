#include "AuthorizePages.h"

#include "Crypto.h"
#include "OrgState.h"
#include "Wire.h"

#include <QDateTime>

namespace sfemu {

namespace {

const QString kAuthorizePath = QStringLiteral("/services/oauth2/authorize");
const QString kLoginPath = QStringLiteral("/login");
const QString kVerifyPath = QStringLiteral("/verify");
const QString kConsentPath = QStringLiteral("/setup/secur/RemoteAccessAuthorizationPage.apexp");
const QString kErrorPath = QStringLiteral("/setup/secur/RemoteAccessErrorPage.apexp");

// Every page says what it is: the emulator, not Salesforce.
QByteArray page(const QString &title, const QString &body)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<title>%1 | sfconnect org emulator</title><style>"
               "body{font-family:sans-serif;background:#f3f3f3;margin:0}"
               ".banner{background:#5a1ba9;color:#fff;padding:8px 16px;font-size:14px}"
               ".card{background:#fff;max-width:420px;margin:40px auto;padding:24px;"
               "border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.2)}"
               "label{display:block;margin-top:12px}input[type=text],input[type=password]"
               "{width:100%;box-sizing:border-box;padding:8px;margin-top:4px}"
               ".problem{color:#b00020}.demo{background:#fff8e1;padding:8px;font-size:13px}"
               "input[type=submit]{margin-top:16px;padding:8px 16px}</style></head><body>"
               "<div class=\"banner\">sfconnect local org emulator &mdash; this is not "
               "Salesforce</div><div class=\"card\">%2</div></body></html>\n")
        .arg(wire::html(title), body)
        .toUtf8();
}

QString problemLine(const QString &problem)
{
    return problem.isEmpty() ? QString()
                             : QStringLiteral("<p class=\"problem\" id=\"error\">%1</p>")
                                   .arg(wire::html(problem));
}

QString hidden(const QByteArray &pendingId)
{
    return QStringLiteral("<input type=\"hidden\" name=\"authz\" value=\"%1\">")
        .arg(QString::fromLatin1(pendingId));
}

} // namespace

bool AuthorizePages::handles(const QString &path)
{
    return path == kAuthorizePath || path == kLoginPath || path == kVerifyPath ||
           path == kConsentPath || path == kErrorPath;
}

HttpResponse AuthorizePages::handle(const HttpRequest &request)
{
    if (request.path == kErrorPath)
        return errorPage(request);
    if (request.path == kAuthorizePath && (request.method == "GET" || request.method == "HEAD"))
        return authorize(request);
    if (request.method != "POST" || request.path == kAuthorizePath) {
        return HttpResponse::html(405,
                                  page(QStringLiteral("Method not allowed"),
                                       QStringLiteral("<p>This page only takes form posts.</p>")));
    }
    QHash<QString, QString> form;
    if (request.bodyTooLarge || !wire::parseForm(request.body, &form))
        return toErrorPage("error=invalid_request&error_description=" +
                           wire::encode(QStringLiteral("bad request")));
    if (request.path == kLoginPath)
        return login(form);
    if (request.path == kVerifyPath)
        return verify(form);
    return consent(form);
}

HttpResponse AuthorizePages::signInExpired()
{
    return HttpResponse::html(400,
                              page(QStringLiteral("Sign-in expired"),
                                   QStringLiteral("<p class=\"problem\">This sign-in has expired. "
                                                  "Start again from your application.</p>")));
}

HttpResponse AuthorizePages::toErrorPage(const QByteArray &encodedQuery)
{
    return HttpResponse::redirect(kErrorPath.toLatin1() + '?' + encodedQuery);
}

HttpResponse AuthorizePages::errorPage(const HttpRequest &request) const
{
    const QString error = request.query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    QString description =
        request.query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
    QString text;
    if (error == QLatin1String("OAUTH_APPROVAL_ERROR_GENERIC") ||
        error == QLatin1String("invalid_scope"))
        text =
            QStringLiteral("OAUTH_APPROVAL_ERROR_GENERIC : An unexpected error has occurred during "
                           "authentication. Please try again.");
    else
        text = QStringLiteral("error=%1 error_description=%2").arg(error, description);
    return HttpResponse::html(
        200, page(QStringLiteral("Remote Access Error"),
                  QStringLiteral("<h1>Remote Access Error</h1><p id=\"errorText\">%1</p>")
                      .arg(wire::html(text))));
}

HttpResponse AuthorizePages::authorize(const HttpRequest &request)
{
    Scenario &scenario = m_state.scenario();
    auto param = [&](const char *name) {
        return request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (scenario.org.settings.genericLoginHostsBlocked &&
        wire::isGenericLoginHost(request.header("host"))) {
        return toErrorPage("error=login_host_blocked&error_description=" +
                           wire::encode(QStringLiteral("this org does not allow logins from this "
                                                       "host; use its My Domain")));
    }
    const App *app = scenario.app(param("client_id"));
    if (!app || !m_state.appPropagated(*app))
        return toErrorPage(
            "error=invalid_client_id&error_description=client%20identifier%20invalid");
    const QString redirectUri = param("redirect_uri");
    if (!app->callbackUrls.contains(redirectUri)) {
        return toErrorPage("error=redirect_uri_mismatch&error_description=redirect_uri%20must%"
                           "20match%20configuration");
    }
    if (!app->installed || !app->authorizationCodeFlow) {
        return toErrorPage("error=OAUTH_APPROVAL_ERROR_GENERIC&error_description=" +
                           wire::encode(QStringLiteral("An unexpected error has occurred during "
                                                       "authentication. Please try again.")));
    }

    PendingAuthorization p;
    p.clientId = app->consumerKey;
    p.redirectUri = redirectUri;
    p.state = param("state");
    p.loginHint = param("login_hint");
    p.prompt = param("prompt");
    p.createdMs = OrgState::nowMs();
    if (param("response_type") != QLatin1String("code")) {
        return toCallback(
            p,
            {{QStringLiteral("error"), QStringLiteral("unsupported_response_type")},
             {QStringLiteral("error_description"), QStringLiteral("response type not supported")}});
    }
    const QStringList requested = param("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &scope : requested) {
        if (!app->scopes.contains(scope))
            return toErrorPage(
                "error=invalid_scope&error_description=the+requested+scope+is+not+allowed");
    }
    p.scopes = requested.isEmpty() ? app->scopes : requested;

    const QString method = param("code_challenge_method");
    p.challenge = param("code_challenge").toLatin1();
    if (!method.isEmpty() && method != QLatin1String("S256")) {
        return toCallback(p, {{QStringLiteral("error"), QStringLiteral("invalid_request")},
                              {QStringLiteral("error_description"),
                               QStringLiteral("invalid code challenge method")}});
    }
    if (p.challenge.isEmpty() && (app->pkceRequired || scenario.org.settings.pkceRequired)) {
        return toCallback(p, {{QStringLiteral("error"), QStringLiteral("invalid_request")},
                              {QStringLiteral("error_description"),
                               QStringLiteral("missing required code challenge")}});
    }

    const QByteArray id = m_state.addPending(p);
    // A browser that already signed in skips the login page, unless the client asks for it.
    const QByteArray sid = wire::cookie(request, "sid");
    const QString sessionUser = m_state.sessionUser(sid);
    if (!sessionUser.isEmpty() && !p.prompt.contains(QLatin1String("login"))) {
        const User *user = m_state.scenario().userById(sessionUser);
        if (user && user->active) {
            m_state.pending(id)->userId = sessionUser;
            return signedIn(id, {});
        }
        m_state.dropSession(sid); // the user is gone or deactivated: sign in again
    }
    return HttpResponse::html(200, loginPage(id, p.loginHint, {}));
}

HttpResponse AuthorizePages::login(const QHash<QString, QString> &form)
{
    const QByteArray id = form.value(QStringLiteral("authz")).toLatin1();
    PendingAuthorization *p = m_state.pending(id);
    if (!p || p->step != PendingAuthorization::Step::Login)
        return signInExpired();
    const QString username = form.value(QStringLiteral("username")).trimmed();
    const User *user = m_state.scenario().user(username);
    if (!user || !user->active || user->password != form.value(QStringLiteral("pw"))) {
        return HttpResponse::html(
            200, loginPage(id, username,
                           QStringLiteral("Check your username and password. If you still can't "
                                          "log in, ask your Salesforce administrator.")));
    }
    p->userId = user->id;
    if (user->needsMfa()) {
        p->step = PendingAuthorization::Step::Verify;
        return HttpResponse::html(200, verifyPage(id, {}));
    }
    return signedIn(id, m_state.addSession(user->id));
}

HttpResponse AuthorizePages::verify(const QHash<QString, QString> &form)
{
    const QByteArray id = form.value(QStringLiteral("authz")).toLatin1();
    PendingAuthorization *p = m_state.pending(id);
    const User *user = p ? m_state.scenario().userById(p->userId) : nullptr;
    if (!p || !user || p->step != PendingAuthorization::Step::Verify)
        return signInExpired();
    const QString code = form.value(QStringLiteral("code")).trimmed();
    bool ok = !user->mfaCode.isEmpty() && code == user->mfaCode;
    if (!ok && !user->totpSecret.isEmpty()) {
        const QByteArray secret = Crypto::base32Decode(user->totpSecret);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (qint64 step : {-30, 0, 30})
            ok = ok || Crypto::totp(secret, now + step) == code;
    }
    if (!ok)
        return HttpResponse::html(
            200, verifyPage(id, QStringLiteral("That code is wrong or has expired. "
                                               "Enter the current code.")));
    return signedIn(id, m_state.addSession(user->id));
}

HttpResponse AuthorizePages::signedIn(const QByteArray &pendingId, const QByteArray &newSession)
{
    PendingAuthorization *p = m_state.pending(pendingId);
    const User *user = m_state.scenario().userById(p->userId);
    const App *app = m_state.scenario().app(p->clientId);
    HttpResponse response;
    if (!user || !user->active) {
        m_state.dropPending(pendingId);
        response = signInExpired();
    } else if (!app) {
        response =
            toErrorPage("error=invalid_client_id&error_description=client%20identifier%20invalid");
    } else if (app->adminApproved) {
        // Admin-approved apps skip consent, and refuse users whose profile is not assigned.
        if (app->preAuthorizedProfiles.contains(user->profile)) {
            response = issueCode(pendingId);
        } else {
            response = toCallback(
                *p, {{QStringLiteral("error"), QStringLiteral("OAUTH_APP_ACCESS_DENIED")},
                     {QStringLiteral("error_description"),
                      QStringLiteral("user is not admin approved to access this app")}});
            m_state.dropPending(pendingId);
        }
    } else if (m_state.hasApproved(user->id, app->consumerKey) &&
               !p->prompt.contains(QLatin1String("consent"))) {
        response = issueCode(pendingId);
    } else {
        p->step = PendingAuthorization::Step::Consent;
        response = HttpResponse::html(200, consentPage(pendingId));
    }
    if (!newSession.isEmpty())
        response.withHeader("Set-Cookie", "sid=" + newSession + "; Path=/; HttpOnly; SameSite=Lax");
    return response;
}

HttpResponse AuthorizePages::consent(const QHash<QString, QString> &form)
{
    const QByteArray id = form.value(QStringLiteral("authz")).toLatin1();
    PendingAuthorization *p = m_state.pending(id);
    // Consent is only taken once the password (and MFA) were right and the page was shown.
    if (!p || p->step != PendingAuthorization::Step::Consent)
        return signInExpired();
    if (form.contains(QStringLiteral("approve"))) {
        m_state.approve(p->userId, p->clientId);
        return issueCode(id);
    }
    const PendingAuthorization copy = *p;
    m_state.dropPending(id);
    return toCallback(copy, {{QStringLiteral("error"), QStringLiteral("access_denied")},
                             {QStringLiteral("error_description"),
                              QStringLiteral("end-user denied authorization")}});
}

HttpResponse AuthorizePages::issueCode(const QByteArray &pendingId)
{
    const PendingAuthorization p = *m_state.pending(pendingId);
    m_state.dropPending(pendingId);
    const QByteArray code = m_state.addCode(AuthorizationCode{
        p.clientId, p.redirectUri, p.userId, p.scopes, p.challenge, OrgState::nowMs()});
    return toCallback(p, {{QStringLiteral("code"), QString::fromLatin1(code)}});
}

HttpResponse AuthorizePages::toCallback(const PendingAuthorization &p,
                                        const QList<QPair<QString, QString>> &params)
{
    QByteArray location = p.redirectUri.toUtf8();
    char separator = location.contains('?') ? '&' : '?';
    auto add = [&](const QString &name, const QString &value) {
        location += separator + wire::encode(name) + '=' + wire::encode(value);
        separator = '&';
    };
    for (const auto &[name, value] : params)
        add(name, value);
    if (!p.state.isEmpty())
        add(QStringLiteral("state"), p.state);
    return HttpResponse::redirect(location);
}

QByteArray AuthorizePages::loginPage(const QByteArray &pendingId, const QString &username,
                                     const QString &problem) const
{
    // The demo credentials, when the default scenario's user is there, so a newcomer can sign in.
    QString demo;
    if (const User *u = m_state.scenario().user(QStringLiteral("admin@sfconnect.demo"))) {
        demo = QStringLiteral("<p class=\"demo\" id=\"demoCredentials\">Demo sign-in: username "
                              "<b>%1</b>, password <b>%2</b>%3.</p>")
                   .arg(wire::html(u->username), wire::html(u->password),
                        u->mfaCode.isEmpty() ? QString()
                                             : QStringLiteral(", verification code <b>%1</b>")
                                                   .arg(wire::html(u->mfaCode)));
    }
    return page(
        QStringLiteral("Login"),
        QStringLiteral("<h1>Log in to %1</h1>%2%3"
                       "<form method=\"post\" action=\"%4\" id=\"login_form\">%5"
                       "<label for=\"username\">Username</label>"
                       "<input type=\"text\" id=\"username\" name=\"username\" value=\"%6\">"
                       "<label for=\"password\">Password</label>"
                       "<input type=\"password\" id=\"password\" name=\"pw\" value=\"\">"
                       "<input type=\"submit\" id=\"Login\" name=\"Login\" value=\"Log In\">"
                       "</form>")
            .arg(wire::html(m_state.scenario().org.name), demo, problemLine(problem), kLoginPath,
                 hidden(pendingId), wire::html(username)));
}

QByteArray AuthorizePages::verifyPage(const QByteArray &pendingId, const QString &problem) const
{
    return page(QStringLiteral("Verify Your Identity"),
                QStringLiteral("<h1>Verify your identity</h1>"
                               "<p>Enter the code from your authenticator app.</p>%1"
                               "<form method=\"post\" action=\"%2\" id=\"verify_form\">%3"
                               "<label for=\"code\">Verification code</label>"
                               "<input type=\"text\" id=\"code\" name=\"code\" value=\"\" "
                               "autocomplete=\"one-time-code\">"
                               "<input type=\"submit\" id=\"save\" name=\"save\" value=\"Verify\">"
                               "</form>")
                    .arg(problemLine(problem), kVerifyPath, hidden(pendingId)));
}

QByteArray AuthorizePages::consentPage(const QByteArray &pendingId) const
{
    const PendingAuthorization *p = m_state.pending(pendingId);
    const App *app = m_state.scenario().app(p->clientId);
    QString scopes;
    for (const QString &s : p->scopes)
        scopes += QStringLiteral("<li>%1</li>").arg(wire::html(s));
    return page(
        QStringLiteral("Allow Access?"),
        QStringLiteral("<h1>Allow access?</h1><p><b>%1</b> asks to:</p><ul id=\"scopes\">%2</ul>"
                       "<form method=\"post\" action=\"%3\" id=\"consent_form\">%4"
                       "<input type=\"submit\" id=\"oaapprove\" name=\"approve\" value=\"Allow\"> "
                       "<input type=\"submit\" id=\"oadeny\" name=\"deny\" value=\"Deny\">"
                       "</form>")
            .arg(wire::html(app ? app->name : p->clientId), scopes, kConsentPath,
                 hidden(pendingId)));
}

} // namespace sfemu
