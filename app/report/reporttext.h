// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportfiles.h"

#include <QCoreApplication>
#include <QString>

namespace psnn {

/// Translation context of every report string: the sections are free functions, which have no
/// tr() of their own, and one context keeps the report's phrases together for translators.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

/// Stops writing the report with a sentence (usually translated) that names the cause.
[[noreturn]] inline void failReport(const QString& message)
{
    throw ReportError(message.toStdString());
}

} // namespace psnn
