// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportfiles.h"

#include "privatesnn/results.h"

#include <QCoreApplication>
#include <QString>

namespace psnn {

/// Translation context of every report string: the sections are free functions, which have no
/// tr() of their own, and one context keeps the report's phrases together for translators.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

/// Whether the lab's spiking network was imported (a NIR graph audited as it is) rather than
/// converted from the ANN: the report then names it "imported SNN" wherever it says "converted SNN".
inline bool importedSnn(const LabResults& results)
{
    return results.conversion && results.conversion->imported;
}

/// Stops writing the report with a sentence (usually translated) that names the cause.
[[noreturn]] inline void failReport(const QString& message)
{
    throw ReportError(message.toStdString());
}

} // namespace psnn
