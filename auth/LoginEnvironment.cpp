#include "LoginEnvironment.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace sfconnect {

namespace {

const QString kProduction = QStringLiteral("https://login.salesforce.com");
const QString kSandbox = QStringLiteral("https://test.salesforce.com");

bool endsWithDomain(const QString &host, const QString &domain)
{
    return host == domain || host.endsWith(QLatin1Char('.') + domain);
}

bool isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Salesforce's own domains; every login host lives under one of them.
bool isSalesforceHost(const QString &host)
{
    for (const char *domain : {"salesforce.com", "force.com", "site.com", "cloudforce.com",
                               "salesforce.mil", "sfcrmproducts.cn"}) {
        if (endsWithDomain(host, QLatin1String(domain)))
            return true;
    }
    return false;
}

QUrl httpsUrl(const QString &host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return url;
}

// Hosts that belong to the org but are not where it signs in, and the My Domain host to use.
QString myDomainFor(const QString &host)
{
    static const QList<QPair<QString, QString>> rewrites = {
        {QStringLiteral(".lightning.force.com"), QStringLiteral(".my.salesforce.com")},
        {QStringLiteral(".my.salesforce-setup.com"), QStringLiteral(".my.salesforce.com")},
    };
    for (const auto &[suffix, replacement] : rewrites) {
        if (host.endsWith(suffix))
            return host.chopped(suffix.size()) + replacement;
    }
    // Visualforce: acme--c.vf.force.com or acme--uat--c.sandbox.vf.force.com
    static const QRegularExpression vf(
        QStringLiteral("^(.+)--c\\.((?:[a-z]+\\.)?)vf\\.force\\.com$"));
    if (const auto m = vf.match(host); m.hasMatch())
        return m.captured(1) + QLatin1Char('.') + m.captured(2) +
               QStringLiteral("my.salesforce.com");
    return {};
}

} // namespace

LoginEnvironment LoginEnvironment::production()
{
    return {Kind::Production, QUrl(kProduction)};
}

LoginEnvironment LoginEnvironment::sandbox()
{
    return {Kind::Sandbox, QUrl(kSandbox)};
}

LoginEnvironment LoginEnvironment::custom(const QUrl &loginUrl)
{
    return {Kind::Custom, loginUrl};
}

LoginEnvironment LoginEnvironment::of(Kind kind, const QUrl &customUrl)
{
    switch (kind) {
    case Kind::Production:
        return production();
    case Kind::Sandbox:
        return sandbox();
    case Kind::Custom:
        break;
    }
    return custom(customUrl);
}

LoginEnvironment::Normalized LoginEnvironment::normalize(const QString &input)
{
    Normalized out;
    QString text = input.trimmed();
    if (text.isEmpty()) {
        out.problem = tr("Enter the org's My Domain URL, for example acme.my.salesforce.com.");
        return out;
    }
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (text.contains(space)) {
        out.problem = tr("A domain cannot contain spaces.");
        return out;
    }
    if (!text.contains(QLatin1String("://"))) {
        // Salesforce is https; the local emulator, typed as 127.0.0.1:8484, is plain http.
        static const QRegularExpression loopback(
            QStringLiteral("^(localhost|127\\.[0-9.]+|\\[::1\\])(:[0-9]+)?(/.*)?$"),
            QRegularExpression::CaseInsensitiveOption);
        text.prepend(loopback.match(text).hasMatch() ? QStringLiteral("http://")
                                                     : QStringLiteral("https://"));
    }
    const QUrl url(text, QUrl::StrictMode);
    QString host = url.host(QUrl::FullyDecoded).toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1); // a fully qualified name's trailing dot
    if (!url.isValid() || host.isEmpty()) {
        out.problem = tr("\"%1\" is not a web address.").arg(input.trimmed());
        return out;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        out.problem =
            tr("Use an https:// address; \"%1\" addresses cannot be used to sign in.").arg(scheme);
        return out;
    }
    if (!url.userInfo().isEmpty()) {
        out.problem = tr("Remove the user name and password from the address; sfconnect asks for "
                         "credentials on a later page.");
        out.suggestion = httpsUrl(host);
        return out;
    }

    if (isLoopbackHost(host)) {
        // The local org emulator: plain http on this machine, any port.
        QUrl local;
        local.setScheme(scheme);
        local.setHost(host);
        local.setPort(url.port());
        out.loginUrl = local;
        return out;
    }
    if (!QHostAddress(host).isNull()) {
        out.problem = tr("Use the org's My Domain name instead of an IP address.");
        return out;
    }
    if (scheme == QLatin1String("http")) {
        out.problem = tr("Salesforce signs in over https only.");
        out.suggestion = httpsUrl(host);
        return out;
    }
    if (const QString myDomain = myDomainFor(host); !myDomain.isEmpty()) {
        out.problem = tr("That is an address of the org's pages, not where it signs in. Use its "
                         "My Domain: %1")
                          .arg(httpsUrl(myDomain).toString());
        out.suggestion = httpsUrl(myDomain);
        return out;
    }
    if (!isSalesforceHost(host)) {
        out.problem = tr("%1 is not a Salesforce address. A My Domain address ends in "
                         ".my.salesforce.com (or .my.site.com for an Experience Cloud site).")
                          .arg(host);
        return out;
    }
    if (url.port() != -1 && url.port() != 443) {
        out.problem =
            tr("Salesforce does not sign in on port %1; leave the port out.").arg(url.port());
        out.suggestion = httpsUrl(host);
        return out;
    }
    out.loginUrl = httpsUrl(host);
    return out;
}

QString LoginEnvironment::defaultAudience() const
{
    switch (m_kind) {
    case Kind::Production:
        return kProduction;
    case Kind::Sandbox:
        return kSandbox;
    case Kind::Custom:
        break;
    }
    if (isLoopback())
        return m_loginUrl.toString();
    return m_loginUrl.host().contains(QLatin1String(".sandbox.")) ? kSandbox : kProduction;
}

bool LoginEnvironment::isLoopback() const
{
    return m_loginUrl.scheme() == QLatin1String("http") && isLoopbackHost(m_loginUrl.host());
}

bool LoginEnvironment::isLoopbackUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           isLoopbackHost(url.host());
}

QString LoginEnvironment::kindName() const
{
    switch (m_kind) {
    case Kind::Production:
        return QStringLiteral("production");
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Kind::Custom:
        break;
    }
    return QStringLiteral("custom");
}

bool LoginEnvironment::kindFromName(const QString &name, Kind *kind)
{
    if (name == QLatin1String("production"))
        *kind = Kind::Production;
    else if (name == QLatin1String("sandbox"))
        *kind = Kind::Sandbox;
    else if (name == QLatin1String("custom"))
        *kind = Kind::Custom;
    else
        return false;
    return true;
}

} // namespace sfconnect
