// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace psnn {

/// What a path given as a lab is, looked at before anything is read from or written there.
enum class LabFolderKind {
    Lab,        ///< a folder holding a lab (lab.json, its backup, results, step records or a lock)
    Empty,      ///< an empty folder: a new lab starts there
    Missing,    ///< nothing there
    NotAFolder, ///< a file
    NotALab,    ///< a folder holding other things: a run would scatter a lab among them
};
LabFolderKind labFolderKind(const QString& path);

/// Why path cannot be opened as a lab (NotAFolder, NotALab), naming it, with the way out; empty otherwise.
struct LabFolderProblem {
    QString error;
    QString hint;
};
LabFolderProblem labFolderProblem(const QString& path, LabFolderKind kind);

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
