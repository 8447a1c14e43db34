// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/snapshots.h"

void registerSnapshotMetaTypes()
{
    qRegisterMetaType<LayerRow>();
    qRegisterMetaType<ModelSnapshot>();
}
