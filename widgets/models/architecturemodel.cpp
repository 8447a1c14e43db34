// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/architecturemodel.h"

#include "models/numberformat.h"

namespace psnn {
namespace {

// An int, not Qt::Alignment: every view and QAbstractItemModelTester read it with toInt().
QVariant alignment(bool numeric)
{
    return int(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

ArchitectureModel::ArchitectureModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ArchitectureModel::setLayers(const QVector<LayerRow>& layers)
{
    beginResetModel();
    m_layers = layers;
    endResetModel();
}

void ArchitectureModel::clear()
{
    setLayers({});
}

int ArchitectureModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_layers.size());
}

int ArchitectureModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArchitectureModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LayerRow& row = m_layers.at(index.row());
    const bool numeric = index.column() == ParametersColumn || index.column() == MacsColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LayerColumn:
            return row.path;
        case KindColumn:
            return row.kind;
        case OutputColumn:
            return row.outputShape;
        case ParametersColumn:
            return formatLocaleCount(row.parameters);
        case MacsColumn:
            return formatLocaleCount(row.macs);
        }
        break;
    case RawValueRole:
        if (index.column() == ParametersColumn)
            return row.parameters;
        if (index.column() == MacsColumn)
            return row.macs;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return alignment(numeric);
    }
    return {};
}

QVariant ArchitectureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = section == ParametersColumn || section == MacsColumn;
        return alignment(numeric);
    }
    if (role == Qt::ToolTipRole && section == MacsColumn)
        return tr("Multiply-accumulate operations for one input image");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LayerColumn:
        return tr("Layer");
    case KindColumn:
        return tr("Kind");
    case OutputColumn:
        return tr("Output");
    case ParametersColumn:
        return tr("Parameters");
    case MacsColumn:
        return tr("MACs");
    }
    return {};
}

} // namespace psnn
