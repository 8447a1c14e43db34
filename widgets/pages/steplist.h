// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

/// The wizard's six steps, each enabled or not and marked when finished.
class StepList : public QListWidget
{
    Q_OBJECT
public:
    enum Step { LoadStep, SynthesizeStep, ConvertStep, EncryptStep, AttackStep, ReportStep, StepCount };
    static constexpr int DoneRole = Qt::UserRole + 1;
    static constexpr int StaleRole = Qt::UserRole + 2;

    explicit StepList(QWidget* parent = nullptr);

    static QString stepTitle(int step);

    void setStepEnabled(int step, bool enabled);
    void setStepDone(int step, bool done);
    /// A finished step whose results no longer match the settings before it: kept, but marked.
    void setStepStale(int step, bool stale);
    bool isStepStale(int step) const;
    bool isStepEnabled(int step) const;
    bool isStepDone(int step) const;
    void setStepToolTip(int step, const QString& toolTip);

    QSize sizeHint() const override;

Q_SIGNALS:
    void stepActivated(int step);

private:
    void updateIcon(int step);
    void onCurrentRowChanged(int row);
};
