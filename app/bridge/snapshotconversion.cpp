// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotconversion.h"

#include "privatesnn/network.h"

#include <QCoreApplication>

namespace psnn {
namespace {

QString shapeText(const std::vector<int64_t>& shape)
{
    QStringList parts;
    for (const int64_t size : shape)
        parts << QString::number(size);
    return parts.join(QStringLiteral(" × "));
}

} // namespace

ModelSnapshot toSnapshot(const psnn::Network& network, const QString& source)
{
    ModelSnapshot snapshot;
    snapshot.name = QString::fromStdString(network.info.name);
    snapshot.source = source;
    snapshot.channels = int(network.input.channels);
    snapshot.height = int(network.input.height);
    snapshot.width = int(network.input.width);
    for (const std::string& name : network.info.classNames)
        snapshot.classNames << QString::fromStdString(name);
    if (snapshot.classNames.isEmpty()) {
        const int64_t classes = network.numClasses();
        for (int64_t i = 0; i < classes; ++i)
            snapshot.classNames << QCoreApplication::translate("ModelSnapshot", "class %1").arg(i);
    }
    for (const psnn::LayerSummary& layer : network.summarize()) {
        LayerRow row;
        row.path = QString::fromStdString(layer.path);
        row.kind = QString::fromStdString(layer.kind);
        row.outputShape = shapeText(layer.outputShape);
        row.parameters = layer.parameters;
        row.macs = layer.macs;
        snapshot.parameters += row.parameters;
        snapshot.macs += row.macs;
        snapshot.layers << row;
    }
    snapshot.testAccuracy = network.info.testAccuracy;
    return snapshot;
}

} // namespace psnn
