#pragma once

#include <QString>

namespace sfconnect {

/// The live state of a connection, as the list shows it. Each value has a text for people and an
/// icon name (ConnectionStatusInfo); the metadata file keeps the key of the last one seen.
enum class ConnectionStatus {
    Unknown,             ///< never checked, or not since sfconnect started and nothing is stored
    Checking,            ///< a check is running
    Connected,           ///< the session probe succeeded
    Refreshing,          ///< the session had expired; a refresh is running
    NeedsSignIn,         ///< the refresh token expired or was revoked: sign in again
    ApiDisabled,         ///< API_DISABLED_FOR_ORG / API_CURRENTLY_DISABLED
    Maintenance,         ///< Salesforce's maintenance page
    NetworkError,        ///< unreachable, DNS, TLS, time-out
    ConfigurationError,  ///< domain, client id, key or another setting is wrong
    KeychainUnavailable, ///< the secrets cannot be read from the OS keychain
    Error,               ///< any other failure; the last error says which
};

QString connectionStatusKey(ConnectionStatus status);
bool connectionStatusFromKey(const QString &key, ConnectionStatus *status);
/// The status in plain words ("Connected", "Sign in again", ...).
QString connectionStatusText(ConnectionStatus status);
/// A freedesktop icon name for the status; the UI pairs it with shape and text, never colour alone.
QString connectionStatusIcon(ConnectionStatus status);
/// Needs the user's attention (anything but Unknown, Checking, Refreshing and Connected).
bool connectionStatusNeedsAttention(ConnectionStatus status);

} // namespace sfconnect
