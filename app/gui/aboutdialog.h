// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace psnn {

/// The About box: the tool's version and the versions and licences of the libraries it uses.
void showAboutDialog(QWidget* parent);

} // namespace psnn
