// SPDX-License-Identifier: GPL-3.0-or-later
#include "loaderrortext.h"

#include "privatesnn/error.h"

#include <QFile>
#include <QFileInfo>

namespace psnn {
namespace {

/// A .psnn file, or any file that starts with the archive signature.
bool looksLikeArchive(const QString& path)
{
    if (path.endsWith(QLatin1String(".psnn"), Qt::CaseInsensitive))
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(8) == QByteArrayLiteral("PSNNARC1");
}

QString withDetails(const QString& headline, const QString& details)
{
    return details.isEmpty() ? headline : headline + QLatin1Char('\n') + details;
}

} // namespace

LoadFailure LoadErrorText::fromCoreError(const psnn::Error& error, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QString headline;
    QString hint;
    switch (error.code()) {
    case psnn::ErrorCode::FileNotFound:
        headline = tr("The model file '%1' was not found.").arg(name);
        hint = tr("Check the path, or choose the file again.");
        break;
    case psnn::ErrorCode::FileUnreadable:
        headline = tr("The model file '%1' could not be read.").arg(name);
        hint = tr("Check the file's permissions.");
        break;
    case psnn::ErrorCode::BadFormat:
        // An archive cut short or with random bytes was once called "not a TorchScript model"; core's
        // details below say what is wrong with it (signature, checksum, header).
        if (looksLikeArchive(path)) {
            headline = tr("The PrivateSNN archive '%1' cannot be opened.").arg(name);
            hint = tr("Copy the archive again, or recreate it from its source model.");
        } else {
            headline = tr("'%1' is neither a TorchScript model nor a PrivateSNN archive.").arg(name);
            hint = tr("Save the model with torch.jit.save, or open a .psnn archive written by PrivateSNN Lab.");
        }
        break;
    case psnn::ErrorCode::Truncated:
        headline = tr("'%1' is incomplete or damaged.").arg(name);
        hint = tr("Copy or export the file again.");
        break;
    case psnn::ErrorCode::Unsupported:
        headline = tr("'%1' uses a layer that PrivateSNN Lab cannot convert.").arg(name);
        hint = tr("Supported layers: Conv2d, Linear, ReLU, AvgPool2d, Dropout, Flatten and BatchNorm2d after a Conv2d.");
        break;
    case psnn::ErrorCode::OutOfMemory:
        return outOfMemory(path);
    default:
        headline = tr("The model '%1' could not be loaded.").arg(name);
        break;
    }
    // Core's hint is specific to the cause, so it wins over the generic one above.
    if (!error.hint().empty())
        hint = QString::fromStdString(error.hint());
    return {withDetails(headline, QString::fromStdString(error.what())), hint};
}

LoadFailure LoadErrorText::fromLibTorch(const char* details, const QString& path)
{
    return {withDetails(tr("LibTorch could not read the model '%1'.").arg(path), QString::fromUtf8(details)),
            tr("The file may come from a newer PyTorch. Export it again with torch.jit.save from PyTorch 1.13 or older.")};
}

LoadFailure LoadErrorText::outOfMemory(const QString& path)
{
    return {tr("There is not enough memory to load the model '%1'.").arg(path),
            tr("Close other programs, or use a smaller model.")};
}

LoadFailure LoadErrorText::unexpected(const char* details, const QString& path)
{
    return {withDetails(tr("An unexpected error stopped loading the model '%1'.").arg(path),
                        details ? QString::fromUtf8(details) : QString()),
            tr("Please report this, with the log, to the PrivateSNN Lab developers.")};
}

} // namespace psnn
