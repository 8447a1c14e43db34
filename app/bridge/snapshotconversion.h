// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/snapshots.h"

namespace psnn {

struct Network;

/// The torch-free copy of what the GUI shows about network; source is where it was loaded from.
/// Runs a zero image through the network, so call it on the thread that owns the network.
ModelSnapshot toSnapshot(const psnn::Network& network, const QString& source);

} // namespace psnn
