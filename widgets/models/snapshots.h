// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace psnn {

/// One row of the architecture table.
struct LayerRow {
    QString path;
    QString kind;
    QString outputShape; ///< without the batch dimension, e.g. "16 × 28 × 28"
    qint64 parameters = 0;
    qint64 macs = 0; ///< multiply-accumulates for one image
};

/// What the GUI shows about a loaded model. Plain values, so it crosses threads by copy.
struct ModelSnapshot {
    QString name;
    QString source;
    int channels = 0;
    int height = 0;
    int width = 0;
    QStringList classNames;
    QVector<LayerRow> layers;
    qint64 parameters = 0;
    qint64 macs = 0;
    std::optional<double> testAccuracy; ///< in [0, 1]
    /// An imported spiking model (a NIR graph): how each choice its file does not state was made,
    /// one line each ("reset: subtract (file metadata)"); empty for an ANN or an archive.
    QStringList semantics;
};

/// Registers the snapshot and live-data types for queued connections and QVariant; safe to call
/// repeatedly.
void registerSnapshotMetaTypes();

} // namespace psnn

Q_DECLARE_METATYPE(psnn::LayerRow)
Q_DECLARE_METATYPE(psnn::ModelSnapshot)
