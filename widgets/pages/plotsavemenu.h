// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCustomPlot;

namespace psnn {

/// Gives a plot a context menu with "Save as PNG…" and "Save as SVG…"; name is the suggested
/// file name (without extension) and the SVG's title.
void enablePlotSaving(QCustomPlot& plot, const QString& name);

} // namespace psnn
