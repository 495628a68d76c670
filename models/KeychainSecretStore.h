#pragma once

#include "SecretStore.h"

#include <functional>

namespace sfconnect {

/// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
/// Credential Manager on Windows).
///
/// Every job has a time-out (QtKeychain 0.13's jobs have none, and a keychain waiting on an
/// unlock prompt never answers); a job that fails at once because no keychain answers is tried
/// once more. A time-out is not retried: QtKeychain runs one job at a time, so until the stuck
/// one ends every new job fails at once with the same explanation instead of queueing behind it.
///
/// Entries over 2 KB are split into chunks, so Windows' 2,560-byte limit never bites. Each write
/// uses chunks of its own generation ("<key>.<generation>.<n>") and writes the head entry last,
/// so a failed or interrupted write leaves the previous secret whole. QtKeychain's insecure
/// plain-file fallback is never enabled. Errors name the keychain and what to do.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("sfconnect"),
                                 QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    static constexpr int kChunkBytes = 2048;
    static constexpr int kMaxChunks = 64;

    void setTimeout(int ms) { m_timeoutMs = ms; }

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QByteArray &data) override;
    SecretJob *remove(const QString &key) override;
    QString backendName() const override;

    /// What a head entry says: the secret itself, or how many chunks of which generation follow.
    struct Head
    {
        bool chunked = false;
        bool damaged = false;
        int count = 1;
        QByteArray generation;
        QByteArray first;
    };
    static Head parseHead(const QByteArray &entry);
    static QString chunkKey(const QString &key, const QByteArray &generation, int index);

private:
    struct Outcome
    {
        SecretJob::Error error = SecretJob::Error::None;
        QString text;
        QByteArray data;
    };
    using Done = std::function<void(const Outcome &)>;
    enum class Op { Read, Write, Remove };

    /// One QtKeychain job for @p job, with the time-out and (for a quick "unavailable") one retry.
    void run(Op op, const QString &key, const QByteArray &data, SecretJob *job, Done done,
             int attempt = 0);
    void readChunks(const QString &key, const Head &head, int index, QByteArray collected,
                    SecretJob *job);
    void writeChunks(const QString &key, const QList<QByteArray> &chunks,
                     const QByteArray &generation, int index, const Head &old, SecretJob *job);
    /// Deletes chunks [from, head.count) of @p head's generation; stops at the first real error.
    void removeChunks(const QString &key, const Head &head, int from, SecretJob *job,
                      std::function<void(const Outcome &)> done);
    Outcome describe(int keychainError, const QString &keychainText) const;

    QString m_service;
    int m_timeoutMs = 10000;
    bool m_stuck = false; ///< a timed-out QtKeychain job still blocks the queue
};

} // namespace sfconnect
