// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/snapshots.h"

#include <QAbstractTableModel>

namespace psnn {

/// The layers of a loaded model as a table: Layer, Kind, Output, Parameters, MACs.
class ArchitectureModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LayerColumn, KindColumn, OutputColumn, ParametersColumn, MacsColumn, ColumnCount };
    /// The unformatted number of the Parameters and MACs columns, e.g. for sorting.
    static constexpr int RawValueRole = Qt::UserRole;

    explicit ArchitectureModel(QObject* parent = nullptr);

    void setLayers(const QVector<LayerRow>& layers);
    void clear();
    const QVector<LayerRow>& layers() const { return m_layers; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<LayerRow> m_layers;
};

} // namespace psnn
