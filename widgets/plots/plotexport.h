// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

class QCustomPlot;

namespace psnn {

/// Writes the plot as a PNG of size × scale pixels. A scale of 2 keeps lines and text sharp when
/// the image is shown at `size` on a HiDPI screen or printed. The file is replaced atomically.
/// Returns false, with `error` set when given, if the file cannot be written.
bool savePlotPng(QCustomPlot& plot, const QString& path, const QSize& size, double scale = 2.0,
                 QString* error = nullptr);

/// Writes the plot as an SVG of the given size, drawn as vectors so it scales without blur in a
/// browser or a paper. The file is replaced atomically. Returns false, with `error` set when
/// given, if the file cannot be written.
bool savePlotSvg(QCustomPlot& plot, const QString& path, const QSize& size, const QString& title = {},
                 QString* error = nullptr);

} // namespace psnn
