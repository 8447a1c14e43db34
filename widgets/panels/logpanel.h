// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace psnn {

/// A read-only, time-stamped record of what the session did, for the log dock.
class LogPanel : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit LogPanel(QWidget* parent = nullptr);

public Q_SLOTS:
    void appendInfo(const QString& text);
    void appendError(const QString& message, const QString& hint = {});

private:
    void appendLine(const QString& text);
};

} // namespace psnn
