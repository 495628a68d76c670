#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <vector>

namespace sfconnect {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

Pkce Pkce::generate(int randomBytes)
{
    Q_ASSERT(randomBytes >= 32 && randomBytes <= 96);
    // QRandomGenerator::system() reads the operating system's CSPRNG.
    std::vector<quint32> words((size_t(randomBytes) + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), randomBytes);
    Pkce pair;
    pair.verifier = raw.toBase64(kBase64Url);
    pair.challenge = challengeFor(pair.verifier);
    return pair;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

} // namespace sfconnect
