#pragma once

#include <QLoggingCategory>

/// Logging category of the auth layer ("sfconnect.auth"). Pass every message through
/// sfconnect::Redactor before it reaches this category: tokens and secrets never get logged.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
