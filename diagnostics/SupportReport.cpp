#include "SupportReport.h"

#include "DebugInfo.h"
#include "Redactor.h"

namespace sfconnect {

QString SupportReport::text(const Connection &c, ConnectionStatus status)
{
    const QStringList lines{
        DebugInfo::text(),
        QString(),
        tr("Connection: %1").arg(c.name),
        tr("Environment: %1 (%2)").arg(c.loginEnvironment().kindName(), c.loginUrl.toString()),
        tr("Method: %1").arg(authMethodKey(c.method)),
        tr("Username: %1").arg(c.username),
        tr("Client id: %1").arg(c.clientId),
        tr("Instance: %1").arg(c.instanceUrl),
        tr("Org id: %1").arg(c.orgId),
        tr("Status: %1").arg(connectionStatusKey(status)),
        tr("Last checked: %1").arg(c.lastCheckedAt.toString(Qt::ISODate)),
        tr("Problem id: %1").arg(c.lastErrorProblemId),
        tr("Last error: %1").arg(c.lastErrorText),
    };
    return Redactor::redact(lines.join(QLatin1Char('\n')));
}

} // namespace sfconnect
