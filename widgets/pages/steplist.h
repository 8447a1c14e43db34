// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/steps.h"

#include <QListWidget>

namespace psnn {

/// The wizard's pages (one row each, in WizardPage order), each enabled or not and marked when finished.
class StepList : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int DoneRole = Qt::UserRole + 1;
    static constexpr int StaleRole = Qt::UserRole + 2;

    explicit StepList(QWidget* parent = nullptr);

    void setStepEnabled(psnn::WizardPage page, bool enabled);
    void setStepDone(psnn::WizardPage page, bool done);
    /// A finished step whose results no longer match the settings before it: kept, but marked.
    void setStepStale(psnn::WizardPage page, bool stale);
    bool isStepStale(psnn::WizardPage page) const;
    bool isStepEnabled(psnn::WizardPage page) const;
    bool isStepDone(psnn::WizardPage page) const;
    void setStepToolTip(psnn::WizardPage page, const QString& toolTip);
    void setCurrentStep(psnn::WizardPage page) { setCurrentRow(int(page)); }

    QSize sizeHint() const override;

Q_SIGNALS:
    void stepActivated(psnn::WizardPage page);

private:
    void updateIcon(psnn::WizardPage page);
    void onCurrentRowChanged(int row);
};

} // namespace psnn
