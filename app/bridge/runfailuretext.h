// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace psnn {

class Error;

/// What the GUI shows when a pipeline run fails: a stable code (for tests and the log), a
/// translated headline with core's English details, and a way out.
struct RunFailure {
    QString code;
    QString message;
    QString hint;
};

/// Turns what the worker caught while running the pipeline into text for a page's error banner.
class RunFailureText
{
    Q_DECLARE_TR_FUNCTIONS(RunFailureText)
public:
    static RunFailure fromCoreError(const Error& error, const QString& step);
    static RunFailure fromLibTorch(const char* details, const QString& step);
    static RunFailure outOfMemory(const QString& step);
    static RunFailure unexpected(const char* details, const QString& step);
};

} // namespace psnn
