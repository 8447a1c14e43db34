// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace psnn {

/// Who holds a lab's write lock (a run in this or another process), described for the user;
/// empty when nobody does.
QString labLockHolder(const QString& folder);

/// What opening a lab's state found: a rebuilt lab.json (note), or an error with its way out.
struct LabStateCheck {
    QString note;
    QString error;
    QString hint;
};

/// Opens lab.json as a run would, under the lab's lock, rebuilding a damaged one in memory from its
/// step records and output hashes (so the GUI and the CLI agree on what the lab holds; nothing is
/// written). A lab whose settings are lost is an error: the GUI must not run it. Call it only for a
/// folder that is a lab and that nobody else is writing to.
LabStateCheck checkLabState(const QString& folder);

} // namespace psnn
