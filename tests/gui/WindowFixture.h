#pragma once

// What a MainWindow needs, for GUI tests: the emulator, a store in a temporary folder with an
// in-memory keychain, a token client and a manager.
#include "ConnectionManager.h"
#include "ConnectionStore.h"
#include "Emulator.h"
#include "InMemorySecretStore.h"
#include "OrgState.h"
#include "TokenClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

struct WindowFixture
{
    sfemu::Emulator emulator;
    QTemporaryDir dir;
    InMemorySecretStore secrets;
    QNetworkAccessManager nam;
    sfconnect::TokenClient client{&nam};
    std::unique_ptr<sfconnect::ConnectionStore> store;
    std::unique_ptr<sfconnect::ConnectionManager> manager;

    WindowFixture()
    {
        QString error;
        emulator.start(0, &error);
        open();
    }

    void open()
    {
        manager.reset();
        store = std::make_unique<sfconnect::ConnectionStore>(dir.path(), &secrets);
        store->load();
        manager = std::make_unique<sfconnect::ConnectionManager>(store.get(), &client);
    }

    // A BYOA connection signed in through the emulator's state, tokens in the keychain.
    sfconnect::Connection add(const QString &name,
                              const QString &username = QStringLiteral("admin@sfconnect.demo"))
    {
        using namespace sfconnect;
        Connection c;
        c.id = QUuid::createUuid();
        c.name = name;
        c.environment = LoginEnvironment::Kind::Custom;
        c.loginUrl = emulator.baseUrl();
        c.method = AuthMethod::Byoa;
        c.username = username;
        c.clientId = QStringLiteral("SfconnectByoaKey");
        c.instanceUrl = emulator.baseUrl().toString();
        sfemu::Scenario &s = emulator.state().scenario();
        const auto issued =
            emulator.state().issue(*s.user(username), *s.app(c.clientId),
                                   {QStringLiteral("api"), QStringLiteral("refresh_token")}, true);
        ConnectionSecrets secret;
        secret.accessToken = QString::fromLatin1(issued.accessToken);
        secret.refreshToken = QString::fromLatin1(issued.refreshToken);
        secret.clientSecret = QStringLiteral("SfconnectByoaSecret");
        StoreJob *job = store->add(c, secret);
        QSignalSpy spy(job, &StoreJob::finished);
        spy.wait(5000);
        return c;
    }
};
