// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace psnn {

class Error;

/// A translated message (with the English details from core) and a way out.
struct LoadFailure {
    QString message;
    QString hint;
};

/// Turns what the worker caught while loading a model into text for the error banner.
class LoadErrorText
{
    Q_DECLARE_TR_FUNCTIONS(LoadErrorText)
public:
    static LoadFailure fromCoreError(const psnn::Error& error, const QString& path);
    static LoadFailure fromLibTorch(const char* details, const QString& path);
    static LoadFailure outOfMemory(const QString& path);
    static LoadFailure unexpected(const char* details, const QString& path);
};

} // namespace psnn
