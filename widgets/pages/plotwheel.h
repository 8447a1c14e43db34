// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCustomPlot;

namespace psnn {

/// The mouse wheel over a plot scrolls the page it sits on, as over any other part of the page;
/// Ctrl+wheel zooms the plot's axes instead, and a double-click returns them to where they were.
void enablePlotWheel(QCustomPlot& plot);

} // namespace psnn
