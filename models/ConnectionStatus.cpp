#include "ConnectionStatus.h"

#include <QCoreApplication>

namespace sfconnect {

namespace {

struct StatusInfo
{
    ConnectionStatus status;
    const char *key;
    const char *text;
    const char *icon;
};

// clang-format off
constexpr StatusInfo kStatuses[] = {
    {ConnectionStatus::Unknown, "unknown", QT_TRANSLATE_NOOP("sfconnect::ConnectionStatus", "Unknown"), "dialog-question"},
    {ConnectionStatus::Checking, "checking", QT_TRANSLATE_NOOP("sfconnect::ConnectionStatus", "Checking…"), "view-refresh"},
    {ConnectionStatus::Connected, "connected", QT_TRANSLATE_NOOP("sfconnect::ConnectionStatus", "Connected"), "emblem-ok"},
    {ConnectionStatus::Refreshing, "refreshing", QT_TRANSLATE_NOOP("sfconnect::ConnectionStatus", "Refreshing…"), "view-refresh"},
    {ConnectionStatus::NeedsSignIn, "needs-sign-in", QT_TRANSLATE_NOOP("sfconnect::ConnectionStatus", "Sign in again"), "dialog-password"},
    {ConnectionStatus::ApiDisabled, "api-disabled", QT_TRANSLATE_NOOP("sfconnect::ConnectionStatus", "API access disabled"), "dialog-error"},
    {ConnectionStatus::Maintenance, "maintenance", QT_TRANSLATE_NOOP("sfconnect::ConnectionStatus", "Down for maintenance"), "dialog-warning"},
    {ConnectionStatus::NetworkError, "network-error", QT_TRANSLATE_NOOP("sfconnect::ConnectionStatus", "Unreachable"), "network-error"},
    {ConnectionStatus::ConfigurationError, "configuration-error", QT_TRANSLATE_NOOP("sfconnect::ConnectionStatus", "Settings need fixing"), "dialog-error"},
    {ConnectionStatus::KeychainUnavailable, "keychain-unavailable", QT_TRANSLATE_NOOP("sfconnect::ConnectionStatus", "Keychain unavailable"), "dialog-password"},
    {ConnectionStatus::Error, "error", QT_TRANSLATE_NOOP("sfconnect::ConnectionStatus", "Error"), "dialog-error"},
};
// clang-format on

const StatusInfo &info(ConnectionStatus status)
{
    for (const StatusInfo &i : kStatuses) {
        if (i.status == status)
            return i;
    }
    return kStatuses[0];
}

} // namespace

QString connectionStatusKey(ConnectionStatus status)
{
    return QLatin1String(info(status).key);
}

bool connectionStatusFromKey(const QString &key, ConnectionStatus *status)
{
    for (const StatusInfo &i : kStatuses) {
        if (key == QLatin1String(i.key)) {
            *status = i.status;
            return true;
        }
    }
    return false;
}

QString connectionStatusText(ConnectionStatus status)
{
    return QCoreApplication::translate("sfconnect::ConnectionStatus", info(status).text);
}

QString connectionStatusIcon(ConnectionStatus status)
{
    return QLatin1String(info(status).icon);
}

bool connectionStatusNeedsAttention(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::Unknown:
    case ConnectionStatus::Checking:
    case ConnectionStatus::Refreshing:
    case ConnectionStatus::Connected:
        return false;
    default:
        return true;
    }
}

} // namespace sfconnect
