#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace sfconnect {

/// The command line: `sfconnect list|check|show|add|export|import ...`, in the same binary as the
/// window, without a display. docs/cli.md documents the commands, their JSON and exit codes.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(sfconnect::Cli)

public:
    enum ExitCode { Ok = 0, NotAllConnected = 1, UsageOrKeychain = 2 };

    /// True when @p arguments (argv without the program) start with a command rather than an
    /// option: the window is never opened for a mistyped command.
    static bool handles(const QStringList &arguments);
    /// Runs the command; needs a QCoreApplication.
    static int run(const QStringList &arguments);
};

} // namespace sfconnect
