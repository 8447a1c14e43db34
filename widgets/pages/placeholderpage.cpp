// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    auto* about = new QLabel(description, this);
    about->setWordWrap(true);
    auto* notYet = new QLabel(tr("This step is not available yet in this build of PrivateSNN Lab."), this);
    notYet->setObjectName(QStringLiteral("notAvailableLabel"));
    notYet->setWordWrap(true);
    notYet->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(about);
    layout->addSpacing(12);
    layout->addWidget(notYet);
    layout->addStretch(1);
}
