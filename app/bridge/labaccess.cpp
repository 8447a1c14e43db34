// SPDX-License-Identifier: GPL-3.0-or-later
#include "labaccess.h"

#include "privatesnn/error.h"
#include "privatesnn/lab.h"
#include "privatesnn/lab_lock.h"

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
    } catch (const Error& e) {
        check.error = QString::fromStdString(e.what());
        check.hint = QString::fromStdString(e.hint());
    }
    return check;
}

} // namespace psnn
