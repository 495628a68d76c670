#pragma once

#include "SecretStore.h"

#include <functional>

namespace QKeychain {
class Job;
}

namespace sfconnect {

/// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
/// Credential Manager on Windows).
///
/// Every job has a time-out (QtKeychain 0.13's jobs have none, and a keychain waiting on an
/// unlock prompt never answers) and one retry. Entries over 2 KB are split into chunks, so
/// Windows' 2,560-byte limit never bites. QtKeychain's insecure plain-file fallback is never
/// enabled. Errors name the keychain and what to do.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("sfconnect"),
                                 QObject *parent = nullptr);

    static constexpr int kChunkBytes = 2048;

    void setTimeout(int ms) { m_timeoutMs = ms; }

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QByteArray &data) override;
    SecretJob *remove(const QString &key) override;
    QString backendName() const override;

private:
    struct Outcome
    {
        SecretJob::Error error = SecretJob::Error::None;
        QString text;
        QByteArray data;
    };
    using Done = std::function<void(const Outcome &)>;

    enum class Op { Read, Write, Remove };
    /// One QtKeychain job with the time-out and one retry.
    void run(Op op, const QString &key, const QByteArray &data, QObject *context, Done done,
             int attempt = 0);
    /// Reads the head entry and the chunks it names.
    void readAll(const QString &key, QObject *context, Done done);
    void readChunks(const QString &key, int index, int count, const QByteArray &collected,
                    QObject *context, Done done);
    void writeChunks(const QString &key, const QList<QByteArray> &chunks, int index, int oldCount,
                     SecretJob *job);
    void removeChunks(const QString &key, int from, int to, QObject *context,
                      std::function<void()> done);
    Outcome describe(int keychainError, const QString &keychainText) const;

    QString m_service;
    int m_timeoutMs = 10000;
};

} // namespace sfconnect
