#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace sfconnect {

/// One asynchronous keychain operation. Connect to finished(); it deletes itself afterwards
/// unless given a parent.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        NotFound,    ///< no entry under that key
        Unavailable, ///< no keychain answers (no Secret Service, no session bus, locked, time-out)
        AccessDenied,
        Failed, ///< anything else
    };
    Q_ENUM(Error)

    explicit SecretJob(QObject *parent = nullptr)
        : QObject(parent)
    {}

    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    /// What went wrong, naming the keychain and what to do about it.
    QString errorText() const { return m_errorText; }
    QByteArray data() const { return m_data; }

    /// For SecretStore implementations: ends the job (finished() is queued).
    void finish(Error error, const QString &text = {}, const QByteArray &data = {});

signals:
    void finished();

private:
    bool m_finished = false;
    Error m_error = Error::None;
    QString m_errorText;
    QByteArray m_data;
};

/// Where connection secrets live. The real one is the OS keychain (KeychainSecretStore); tests
/// use an in-memory one.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual SecretJob *read(const QString &key) = 0;
    virtual SecretJob *write(const QString &key, const QByteArray &data) = 0;
    virtual SecretJob *remove(const QString &key) = 0;
    /// The keychain's name for people ("Secret Service", "macOS Keychain", ...).
    virtual QString backendName() const = 0;
};

} // namespace sfconnect
