// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/snapshots.h"

#include "models/livedata.h"

namespace psnn {

void registerSnapshotMetaTypes()
{
    qRegisterMetaType<LayerRow>();
    qRegisterMetaType<ModelSnapshot>();
    qRegisterMetaType<psnn::RunItem>();
    qRegisterMetaType<psnn::MetricPoint>();
    qRegisterMetaType<psnn::LiveImage>();
    qRegisterMetaType<QVector<psnn::MetricPoint>>();
    qRegisterMetaType<QVector<psnn::LiveImage>>();
}

} // namespace psnn
