#pragma once

#include "HttpMessage.h"

namespace sfemu {

class OrgState;

/// /__emulator/...: lets tests change the org while it runs (users, apps, settings, faults),
/// expire or revoke tokens, and read the log of requests received. Loopback peers only.
class ControlApi
{
public:
    explicit ControlApi(OrgState &state)
        : m_state(state)
    {}

    static bool handles(const QString &path)
    {
        return path.startsWith(QLatin1String("/__emulator/"));
    }
    HttpResponse handle(const HttpRequest &request);

private:
    OrgState &m_state;
};

} // namespace sfemu
