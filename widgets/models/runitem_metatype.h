// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RunItem as a Qt metatype. Every header whose signals carry a RunItem includes this one: the
// declaration must come before moc's first use in a translation unit, and the bridge's mocs are
// compiled together in one.

#include "privatesnn/steps.h"

#include <QMetaType>

Q_DECLARE_METATYPE(psnn::RunItem)
