// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace psnn {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    // Fixed colours for both text and background, so the banner stays readable in dark themes too.
    setStyleSheet(QStringLiteral("QFrame#errorBanner { background: #fdecea; border: 1px solid #e57373; border-radius: 4px; }"
                                 "QFrame#errorBanner QLabel { color: #5f2120; background: transparent; border: none; }"));
    setAccessibleName(tr("Error"));

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(24, 24));
    icon->setAlignment(Qt::AlignTop);

    m_message->setTextFormat(Qt::RichText);
    m_hint->setTextFormat(Qt::PlainText);
    for (QLabel* label : {m_message, m_hint}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto* close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto* text = new QVBoxLayout;
    text->addWidget(m_message);
    text->addWidget(m_hint);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void ErrorBanner::showError(const QString& message, const QString& hint)
{
    // The first line is the headline; further lines are details.
    m_messageText = message;
    const qsizetype newline = message.indexOf(QLatin1Char('\n'));
    QString html = QStringLiteral("<b>") + message.left(newline).toHtmlEscaped() + QStringLiteral("</b>");
    if (newline >= 0)
        html += QStringLiteral("<br>") + message.mid(newline + 1).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    m_message->setText(html);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    show();
}

QString ErrorBanner::message() const
{
    return m_messageText;
}

QString ErrorBanner::hint() const
{
    return m_hint->text();
}

} // namespace psnn
