// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>

namespace psnn {

/// Lays the report's HTML out on A4 pages with Qt's own text engine (no browser needed on a
/// headless machine), with a footer carrying the title and "Page n of N", and writes it to `path`
/// atomically. Relative image paths resolve against `baseDir`. Throws ReportError when the file
/// cannot be written.
void writePdf(const QString& html, const QDir& baseDir, const QString& path, const QString& title);

} // namespace psnn
