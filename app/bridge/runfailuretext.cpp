// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfailuretext.h"

#include "privatesnn/error.h"

namespace psnn {
namespace {

QString codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::FileNotFound: return QStringLiteral("FileNotFound");
    case ErrorCode::FileUnreadable: return QStringLiteral("FileUnreadable");
    case ErrorCode::FileUnwritable: return QStringLiteral("FileUnwritable");
    case ErrorCode::BadFormat: return QStringLiteral("BadFormat");
    case ErrorCode::Truncated: return QStringLiteral("Truncated");
    case ErrorCode::ShapeMismatch: return QStringLiteral("ShapeMismatch");
    case ErrorCode::Unsupported: return QStringLiteral("Unsupported");
    case ErrorCode::InvalidArgument: return QStringLiteral("InvalidArgument");
    case ErrorCode::NumericError: return QStringLiteral("NumericError");
    case ErrorCode::OutOfMemory: return QStringLiteral("OutOfMemory");
    case ErrorCode::Cancelled: return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

QString headline(const QString& step)
{
    return step.isEmpty() ? RunFailureText::tr("The pipeline stopped.") : RunFailureText::tr("The step '%1' failed.").arg(step);
}

} // namespace

RunFailure RunFailureText::fromCoreError(const Error& error, const QString& step)
{
    QString hint = QString::fromStdString(error.hint());
    if (hint.isEmpty()) {
        switch (error.code()) {
        case ErrorCode::FileNotFound:
        case ErrorCode::FileUnreadable:
            hint = tr("Check the model and evaluation data paths on the Load page.");
            break;
        case ErrorCode::FileUnwritable:
            hint = tr("Choose a lab folder you can write to (File ▸ New Lab).");
            break;
        case ErrorCode::NumericError:
            hint = tr("Lower the learning rate or the step size and run again.");
            break;
        case ErrorCode::OutOfMemory:
            hint = tr("Lower the batch size or the number of time steps, or close other programs.");
            break;
        default:
            hint = tr("Change the settings named above and run again; finished steps are kept.");
            break;
        }
    }
    return {codeName(error.code()), headline(step) + QLatin1Char('\n') + QString::fromStdString(error.what()), hint};
}

RunFailure RunFailureText::fromLibTorch(const char* details, const QString& step)
{
    return {QStringLiteral("LibTorch"), headline(step) + QLatin1Char('\n') + QString::fromUtf8(details),
            tr("LibTorch refused an operation. Try smaller settings; if it persists, report it with the log.")};
}

RunFailure RunFailureText::outOfMemory(const QString& step)
{
    return {codeName(ErrorCode::OutOfMemory), headline(step) + QLatin1Char('\n') + tr("There is not enough memory."),
            tr("Lower the batch size or the number of time steps, or close other programs.")};
}

RunFailure RunFailureText::unexpected(const char* details, const QString& step)
{
    return {QStringLiteral("Unexpected"),
            headline(step) + (details ? QLatin1Char('\n') + QString::fromUtf8(details) : QString()),
            tr("Please report this, with the log, to the PrivateSNN Lab developers.")};
}

} // namespace psnn
