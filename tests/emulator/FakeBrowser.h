// A small browser for tests: an HTML form reader and a cookie-jar client that walks the
// emulator's login, MFA and consent pages the way a person does, and stops at the redirect that
// leaves the emulator (the callback). Used by the emulator's and the auth layer's tests.
#pragma once

#include "EmulatorClient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QMessageAuthenticationCode>
#include <QNetworkCookieJar>
#include <QRegularExpression>
#include <QSet>

namespace emutest {

using namespace Qt::StringLiterals;

// --- A tiny HTML form reader ---------------------------------------------------------------------

struct HtmlInput
{
    QString tag; // "input" or "button"
    QString type;
    QString name;
    QString value;
    QString id;
};

struct HtmlForm
{
    QUrl action;
    QString method;
    QList<HtmlInput> inputs;
};

inline QString decodeEntities(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype semi = text.at(i) == u'&' ? text.indexOf(u';', i) : -1;
        if (semi < 0 || semi - i > 10) {
            out += text.at(i);
            continue;
        }
        const QString entity = text.mid(i + 1, semi - i - 1);
        char32_t code = 0;
        if (entity == u"amp"_s)
            code = U'&';
        else if (entity == u"lt"_s)
            code = U'<';
        else if (entity == u"gt"_s)
            code = U'>';
        else if (entity == u"quot"_s)
            code = U'"';
        else if (entity == u"apos"_s)
            code = U'\'';
        else if (entity.startsWith(u"#x"_s, Qt::CaseInsensitive))
            code = char32_t(entity.mid(2).toUInt(nullptr, 16));
        else if (entity.startsWith(u'#'))
            code = char32_t(entity.mid(1).toUInt());
        if (code == 0) {
            out += text.at(i);
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i = semi;
    }
    return out;
}

// name="value" pairs of a tag (the emulator writes double-quoted attributes), names lower-cased.
inline QHash<QString, QString> attributes(const QString &tagBody)
{
    static const QRegularExpression attribute(
        u"([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*\"([^\"]*)\""_s);
    QHash<QString, QString> result;
    auto it = attribute.globalMatch(tagBody);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result.insert(m.captured(1).toLower(), decodeEntities(m.captured(2)));
    }
    return result;
}

inline QList<HtmlForm> parseForms(const QString &html, const QUrl &pageUrl)
{
    static const QRegularExpression formTag(u"<form\\b([^>]*)>(.*?)</form\\s*>"_s,
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression fieldTag(u"<(input|button)\\b([^>]*)>"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    QList<HtmlForm> forms;
    auto formIt = formTag.globalMatch(html);
    while (formIt.hasNext()) {
        const QRegularExpressionMatch f = formIt.next();
        const QHash<QString, QString> formAttributes = attributes(f.captured(1));
        HtmlForm form;
        form.action = formAttributes.contains(u"action"_s)
                          ? pageUrl.resolved(QUrl(formAttributes.value(u"action"_s)))
                          : pageUrl;
        form.method = formAttributes.value(u"method"_s, u"get"_s).toLower();
        auto fieldIt = fieldTag.globalMatch(f.captured(2));
        while (fieldIt.hasNext()) {
            const QRegularExpressionMatch m = fieldIt.next();
            const QHash<QString, QString> a = attributes(m.captured(2));
            HtmlInput input;
            input.tag = m.captured(1).toLower();
            input.type =
                a.value(u"type"_s, input.tag == u"button"_s ? u"submit"_s : u"text"_s).toLower();
            input.name = a.value(u"name"_s);
            input.value = a.value(u"value"_s);
            input.id = a.value(u"id"_s);
            form.inputs.append(input);
        }
        forms.append(form);
    }
    return forms;
}

inline bool isTextField(const HtmlInput &input)
{
    static const QSet<QString> textTypes{u"text"_s, u"email"_s, u"number"_s, u"tel"_s};
    return input.tag == u"input"_s && textTypes.contains(input.type);
}

inline QString firstField(const HtmlForm &form, bool password)
{
    for (const HtmlInput &input : form.inputs) {
        if (password ? input.type == u"password"_s : isTextField(input))
            return input.name;
    }
    return {};
}

// What a browser sends for @p form: hidden and text fields (with @p values filled in) and the
// one submit button clicked (@p clicked, or the first named one).
inline Form fill(const HtmlForm &form, const QHash<QString, QString> &values,
                 const QString &clicked)
{
    Form fields;
    bool submitted = false;
    for (const HtmlInput &input : form.inputs) {
        if (input.name.isEmpty())
            continue;
        if (input.type == u"submit"_s || input.type == u"image"_s) {
            if (!submitted && (clicked.isEmpty() || input.name == clicked)) {
                fields.append({input.name, input.value});
                submitted = true;
            }
            continue;
        }
        if (input.type == u"checkbox"_s || input.type == u"radio"_s || input.type == u"button"_s ||
            input.type == u"reset"_s || input.type == u"file"_s)
            continue;
        fields.append({input.name, values.value(input.name, input.value)});
    }
    return fields;
}

// --- Pages of the sign-in ---------------------------------------------------------------------

enum class PageKind { Login, Mfa, Consent, Redirect, Other };

inline QString kindName(PageKind kind)
{
    switch (kind) {
    case PageKind::Login:
        return u"login"_s;
    case PageKind::Mfa:
        return u"mfa"_s;
    case PageKind::Consent:
        return u"consent"_s;
    case PageKind::Redirect:
        return u"redirect"_s;
    case PageKind::Other:
        break;
    }
    return u"other"_s;
}

struct Page
{
    Answer answer;
    QUrl url;
    PageKind kind = PageKind::Other;
    HtmlForm form; // the form that makes it a login, MFA or consent page
};

inline void classify(Page &page)
{
    if (page.answer.isRedirect()) {
        page.kind = PageKind::Redirect;
        return;
    }
    const QList<HtmlForm> forms = parseForms(page.answer.text(), page.url);
    for (const HtmlForm &form : forms) {
        for (const HtmlInput &input : form.inputs) {
            if (input.type == u"submit"_s &&
                (input.name == u"approve"_s || input.name == u"deny"_s)) {
                page.kind = PageKind::Consent;
                page.form = form;
                return;
            }
        }
    }
    for (const HtmlForm &form : forms) {
        if (!firstField(form, true).isEmpty() && !firstField(form, false).isEmpty()) {
            page.kind = PageKind::Login;
            page.form = form;
            return;
        }
    }
    for (const HtmlForm &form : forms) {
        if (!firstField(form, false).isEmpty() || !firstField(form, true).isEmpty()) {
            page.kind = PageKind::Mfa;
            page.form = form;
            return;
        }
    }
    page.kind = PageKind::Other;
}

// RFC 6238 TOTP (HMAC-SHA1, 30 s steps, 6 digits) for users with a "totpSecret".
inline QByteArray base32Decode(const QString &text)
{
    static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s;
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const qsizetype v = alphabet.indexOf(c.toUpper());
        if (v < 0)
            continue;
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

inline QString totp(const QString &base32Secret, qint64 unixSeconds)
{
    const quint64 counter = quint64(unixSeconds / 30);
    QByteArray message(8, '\0');
    for (int i = 0; i < 8; ++i)
        message[7 - i] = char((counter >> (8 * i)) & 0xff);
    const QByteArray mac = QMessageAuthenticationCode::hash(message, base32Decode(base32Secret),
                                                            QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary =
        (quint32(uchar(mac.at(offset)) & 0x7f) << 24) | (quint32(uchar(mac.at(offset + 1))) << 16) |
        (quint32(uchar(mac.at(offset + 2))) << 8) | quint32(uchar(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

struct Credentials
{
    QString username = kUsername;
    QString password = kPassword; // the login page takes the password alone, no security token
    QString mfaCode = kMfaCode;
    QString totpSecret; // when set, the MFA code is computed from it
};

struct Walk
{
    Page last;
    QStringList seen;  // the kinds of the pages met, in order
    QString approveId; // the id of the consent page's Allow button
};

// The raw (still percent-encoded) query parameters of a Location header.
inline QHash<QString, QByteArray> rawParams(const QByteArray &location)
{
    QHash<QString, QByteArray> params;
    const qsizetype start = location.indexOf('?');
    if (start < 0)
        return params;
    QByteArray query = location.mid(start + 1);
    const qsizetype fragment = query.indexOf('#');
    if (fragment >= 0)
        query.truncate(fragment);
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        params.insert(QString::fromLatin1(eq < 0 ? pair : pair.left(eq)),
                      eq < 0 ? QByteArray() : pair.mid(eq + 1));
    }
    return params;
}

inline QString decodedOnce(const QByteArray &raw)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

// A browser: one cookie jar, forms submitted as a browser submits them, redirects inside the
// emulator followed, a redirect anywhere else (the callback) returned as the last page.
class Browser
{
public:
    explicit Browser(const QUrl &base)
        : m_client(base)
    {
        m_client.nam().setCookieJar(new QNetworkCookieJar);
    }

    Client &client() { return m_client; }

    Page open(const QUrl &url) { return land(m_client.getUrl(url), url); }

    Page submit(const HtmlForm &form, const Form &fields)
    {
        if (form.method == u"post"_s)
            return land(m_client.postFormUrl(form.action, fields), form.action);
        const QUrl target(form.action.toString(QUrl::RemoveQuery) + u'?' +
                              QString::fromLatin1(formEncode(fields)),
                          QUrl::TolerantMode);
        return land(m_client.getUrl(target), target);
    }

    // Goes through the pages from @p page on, answering each the way @p who would, until a
    // redirect leaves the emulator, a page without a known form appears, or a page comes back
    // (the emulator refused what was entered).
    Walk walkFrom(Page page, const Credentials &who, bool approve)
    {
        Walk walk;
        for (int step = 0; step < 10; ++step) {
            const QString name = kindName(page.kind);
            walk.seen.append(name);
            if (page.kind == PageKind::Redirect || page.kind == PageKind::Other ||
                walk.seen.count(name) > 1)
                break;
            QHash<QString, QString> values;
            QString clicked;
            if (page.kind == PageKind::Login) {
                values.insert(firstField(page.form, false), who.username);
                values.insert(firstField(page.form, true), who.password);
            } else if (page.kind == PageKind::Mfa) {
                const QString field = firstField(page.form, false).isEmpty()
                                          ? firstField(page.form, true)
                                          : firstField(page.form, false);
                values.insert(field,
                              who.totpSecret.isEmpty()
                                  ? who.mfaCode
                                  : totp(who.totpSecret, QDateTime::currentSecsSinceEpoch()));
            } else {
                clicked = approve ? u"approve"_s : u"deny"_s;
                for (const HtmlInput &input : page.form.inputs) {
                    if (input.name == u"approve"_s)
                        walk.approveId = input.id;
                }
            }
            page = submit(page.form, fill(page.form, values, clicked));
        }
        walk.last = page;
        return walk;
    }

    Walk signIn(const QUrl &authorizeUrl, const Credentials &who = {}, bool approve = true)
    {
        return walkFrom(open(authorizeUrl), who, approve);
    }

private:
    bool onEmulator(const QUrl &url) const
    {
        const QUrl base = m_client.base();
        return url.port() == base.port() &&
               (url.host() == base.host() || url.host() == u"localhost"_s);
    }

    Page land(Answer answer, QUrl url)
    {
        for (int hop = 0; hop < 10 && answer.isRedirect() && onEmulator(answer.redirect); ++hop) {
            url = answer.redirect;
            answer = m_client.getUrl(url);
        }
        Page page;
        page.answer = answer;
        page.url = url;
        classify(page);
        return page;
    }

    Client m_client;
};

} // namespace emutest
