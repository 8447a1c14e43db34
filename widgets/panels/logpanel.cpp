// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/logpanel.h"

#include <QFontDatabase>
#include <QTime>

namespace psnn {
namespace {
constexpr int MaxLines = 5000;
}

LogPanel::LogPanel(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("logPanel"));
    setReadOnly(true);
    setMaximumBlockCount(MaxLines);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

void LogPanel::appendInfo(const QString& text)
{
    appendLine(text);
}

void LogPanel::appendError(const QString& message, const QString& hint)
{
    QString text = tr("Error: %1").arg(message);
    if (!hint.isEmpty())
        text += QLatin1Char('\n') + tr("Hint: %1").arg(hint);
    appendLine(text);
}

void LogPanel::appendLine(const QString& text)
{
    const QString stamp = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    appendPlainText(QLatin1Char('[') + stamp + QStringLiteral("] ") + text);
}

} // namespace psnn
