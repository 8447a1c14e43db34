// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/snapshots.h"

#include <QLabel>

namespace psnn {

/// Name, source, input shape, classes, size and recorded accuracy of a model, as one label.
class ModelSummary : public QLabel
{
    Q_OBJECT
public:
    explicit ModelSummary(QWidget* parent = nullptr);

    void setSnapshot(const ModelSnapshot& snapshot);
    void clear();
};

} // namespace psnn
