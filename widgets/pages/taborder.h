// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace psnn {

/// Sets the Tab order of root's widgets to the order their layouts place them in (top to bottom,
/// then left to right), whatever order they were made in, and makes every table and list one Tab
/// stop (the arrow keys move inside it). A page's settings are made after its Run button, so the
/// creation order that Qt follows put Run before them and Tab never reached it after them.
void orderTabsByLayout(QWidget& root);

} // namespace psnn
