#pragma once

// A minimal W3C WebDriver client for tests, speaking to chromedriver over HTTP with
// QNetworkAccessManager while the event loop keeps turning (the emulator and sfconnect's own
// listener live in the test's thread). Drives Debian's headless Chromium.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class WebDriver
{
public:
    static QString chromium() { return QStringLiteral("/usr/bin/chromium"); }
    static QString driver() { return QStringLiteral("/usr/bin/chromedriver"); }
    static bool available() { return QFile::exists(chromium()) && QFile::exists(driver()); }

    ~WebDriver()
    {
        if (!m_session.isEmpty())
            call("DELETE", QStringLiteral("/session/") + m_session);
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    /// Starts chromedriver and a headless Chromium session; the reason in @p error otherwise.
    bool start(QString *error)
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(driver(), {QStringLiteral("--port=%1").arg(m_port)});
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("chromedriver did not start");
            return false;
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000 && !call("GET", QStringLiteral("/status"))
                                           .value(QStringLiteral("value"))
                                           .toObject()
                                           .value(QStringLiteral("ready"))
                                           .toBool())
            QTest::qWait(100);
        // The flags a sandboxed machine without network needs (see the project's notes).
        const QJsonArray args{QStringLiteral("--headless=new"),
                              QStringLiteral("--no-sandbox"),
                              QStringLiteral("--disable-gpu"),
                              QStringLiteral("--disable-quic"),
                              QStringLiteral("--no-first-run"),
                              QStringLiteral("--disable-background-networking"),
                              QStringLiteral("--disable-component-update"),
                              QStringLiteral("--disable-sync"),
                              QStringLiteral("--disable-dev-shm-usage"),
                              QStringLiteral("--user-data-dir=") + m_profile.path()};
        const QJsonObject caps{
            {QStringLiteral("capabilities"),
             QJsonObject{{QStringLiteral("alwaysMatch"),
                          QJsonObject{{QStringLiteral("browserName"), QStringLiteral("chrome")},
                                      {QStringLiteral("goog:chromeOptions"),
                                       QJsonObject{{QStringLiteral("binary"), chromium()},
                                                   {QStringLiteral("args"), args}}}}}}}};
        const QJsonObject answer = call("POST", QStringLiteral("/session"), caps);
        m_session = answer.value(QStringLiteral("value"))
                        .toObject()
                        .value(QStringLiteral("sessionId"))
                        .toString();
        if (m_session.isEmpty()) {
            *error =
                QStringLiteral("no Chromium session: %1 %2")
                    .arg(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(m_process.readAll()));
            return false;
        }
        return true;
    }

    void open(const QUrl &url)
    {
        session("POST", QStringLiteral("/url"), {{QStringLiteral("url"), url.toString()}});
    }
    QString currentUrl()
    {
        return session("GET", QStringLiteral("/url")).value(QStringLiteral("value")).toString();
    }
    QString pageText()
    {
        const QJsonObject script{
            {QStringLiteral("script"),
             QStringLiteral("return document.body ? document.body.innerText : ''")},
            {QStringLiteral("args"), QJsonArray()}};
        return session("POST", QStringLiteral("/execute/sync"), script)
            .value(QStringLiteral("value"))
            .toString();
    }

    /// Waits up to @p ms for the element at CSS @p selector; its WebDriver id, or empty.
    QString find(const QString &selector, int ms = 10000)
    {
        QElapsedTimer t;
        t.start();
        do {
            const QJsonObject answer =
                session("POST", QStringLiteral("/element"),
                        {{QStringLiteral("using"), QStringLiteral("css selector")},
                         {QStringLiteral("value"), selector}});
            const QJsonObject value = answer.value(QStringLiteral("value")).toObject();
            for (auto it = value.begin(); it != value.end(); ++it) {
                if (it.key().startsWith(QLatin1String("element-")))
                    return it.value().toString();
            }
            QTest::qWait(100);
        } while (t.elapsed() < ms);
        return {};
    }
    bool type(const QString &selector, const QString &text)
    {
        const QString id = find(selector);
        if (id.isEmpty())
            return false;
        session("POST", QStringLiteral("/element/%1/value").arg(id),
                {{QStringLiteral("text"), text}});
        return true;
    }
    bool click(const QString &selector)
    {
        const QString id = find(selector);
        if (id.isEmpty())
            return false;
        session("POST", QStringLiteral("/element/%1/click").arg(id), QJsonObject());
        return true;
    }

private:
    QJsonObject session(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return call(verb, QStringLiteral("/session/%1%2").arg(m_session, path), body);
    }

    QJsonObject call(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setTransferTimeout(60000);
        const QByteArray payload = verb == "GET" || verb == "DELETE"
                                       ? QByteArray()
                                       : QJsonDocument(body).toJson(QJsonDocument::Compact);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, payload);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(65000);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    QProcess m_process;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_profile;
    quint16 m_port = 0;
    QString m_session;
};
