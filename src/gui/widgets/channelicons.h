#pragma once

#include "domain/enums.h"

#include <QIcon>

namespace Torget::ChannelIcons {

// A small badge per channel: the platform's colour and a letter, so that the channel is told
// apart by shape as well as colour (and no platform logo is copied).
QIcon icon(Channel channel);

} // namespace Torget::ChannelIcons
