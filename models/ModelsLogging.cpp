#include "ModelsLogging.h"

Q_LOGGING_CATEGORY(lcModels, "sfconnect.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "sfconnect.keychain", QtInfoMsg)
