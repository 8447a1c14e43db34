// SPDX-License-Identifier: GPL-3.0-or-later
#include "labaccess.h"

#include "privatesnn/error.h"
#include "privatesnn/lab.h"
#include "privatesnn/lab_lock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace psnn {

LabFolderKind labFolderKind(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return LabFolderKind::Missing;
    if (!info.isDir())
        return LabFolderKind::NotAFolder;
    const QDir dir(path);
    for (const char* mark : {"lab.json", "lab.json.bak", "results.json", "steps", "lab.lock"}) {
        if (dir.exists(QString::fromLatin1(mark)))
            return LabFolderKind::Lab;
    }
    return dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System) ? LabFolderKind::Empty
                                                                                              : LabFolderKind::NotALab;
}

LabFolderProblem labFolderProblem(const QString& path, LabFolderKind kind)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (kind) {
    case LabFolderKind::NotAFolder:
        return {QCoreApplication::translate("LabAccess", "%1 is a file, not a lab folder.").arg(shown),
                QCoreApplication::translate("LabAccess",
                                            "Choose the folder that holds the lab's lab.json, or an empty "
                                            "folder for a new lab.")};
    case LabFolderKind::NotALab:
        return {QCoreApplication::translate("LabAccess", "The folder %1 holds other files but no lab (no lab.json).")
                    .arg(shown),
                QCoreApplication::translate("LabAccess",
                                            "Choose the folder that holds the lab's lab.json, or an empty "
                                            "folder for a new lab.")};
    case LabFolderKind::Missing: // the GUI asks whether to make it; the command line refuses in its own words
    case LabFolderKind::Lab:
    case LabFolderKind::Empty:
        break;
    }
    return {};
}

QString labLockHolder(const QString& folder)
{
    const auto holder = LabLock::holder(folder.toStdString());
    return holder ? QString::fromStdString(holder->describe()) : QString();
}

LabStateCheck checkLabState(const QString& folder)
{
    LabStateCheck check;
    try {
        const LabLock lock = LabLock::acquire(folder.toStdString(), "privatesnn-lab (opening the lab)");
        const Lab lab = Lab::open(folder.toStdString());
        check.note = QString::fromStdString(lab.recoveryNote());
        if (lab.settingsLost()) {
            // Running it with the GUI's settings would recompute and overwrite its finished steps.
            check.error = QCoreApplication::translate(
                "LabAccess",
                "The settings of this lab are lost: lab.json and lab.json.bak are damaged and no step record "
                "holds them, so it cannot be run without recomputing its finished work.");
            check.hint = QCoreApplication::translate(
                "LabAccess",
                "Give the lab's settings from the command line: privatesnn run --lab LAB --config FILE "
                "(finished steps whose settings match are kept).");
        }
    } catch (const Error& e) {
        check.error = QString::fromStdString(e.what());
        check.hint = QString::fromStdString(e.hint());
    }
    return check;
}

} // namespace psnn
