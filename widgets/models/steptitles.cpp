// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/steptitles.h"

#include <QCoreApplication>

namespace psnn {

QString stepTitle(Step step)
{
    return QCoreApplication::translate("Steps", stepInfo(step).title);
}

QString pageTitle(WizardPage page)
{
    return QCoreApplication::translate("Steps", wizardPageTitle(page));
}

QString runItemTitle(const RunItem& item)
{
    return item.step
        ? stepTitle(*item.step)
        : QCoreApplication::translate("Steps", "study point %1").arg(QString::fromStdString(item.studyPoint));
}

} // namespace psnn
