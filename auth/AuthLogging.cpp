#include "AuthLogging.h"

Q_LOGGING_CATEGORY(lcAuth, "sfconnect.auth", QtInfoMsg)
