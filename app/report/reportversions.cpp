// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include <qcustomplot.h>

#include <QtGlobal>

namespace psnn {

std::string reportLibraryVersions()
{
    // qVersion() is the Qt actually loaded at run time, which can differ from the headers.
    return std::string("Qt ") + qVersion() + ", QCustomPlot " + QCUSTOMPLOT_VERSION_STR;
}

} // namespace psnn
