#pragma once

#include "ConnectionStatus.h"

#include <QIcon>

namespace sfconnect {

/// The icon of a status: a shape and a colour, so that it reads without colour too (a filled
/// circle for Connected, a triangle for what needs attention, a hollow circle for Unknown, a
/// square for errors, a ring for work in progress). Always shown next to the status's words.
QIcon statusIcon(ConnectionStatus status);

} // namespace sfconnect
