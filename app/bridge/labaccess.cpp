// SPDX-License-Identifier: GPL-3.0-or-later
#include "labaccess.h"

#include "privatesnn/error.h"
#include "privatesnn/lab.h"
#include "privatesnn/lab_lock.h"

#include <QCoreApplication>

namespace psnn {

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
