#pragma once

#include <QLoggingCategory>

/// "sfconnect.models": the connection store and manager. Never log a secret.
Q_DECLARE_LOGGING_CATEGORY(lcModels)
/// "sfconnect.keychain": keychain jobs. Keys (connection ids) only, never their content.
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
