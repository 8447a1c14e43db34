// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace psnn {

class ErrorBanner;

/// Run and Cancel for one wizard page, with the run's progress, an estimate of the time left, a
/// one-line state ("Cancelled: earlier results are kept") and the inline error banner.
class RunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunPanel(const QString& runText, QWidget* parent = nullptr);

    /// Run is offered only when available; reason says why not (shown as its tooltip).
    void setRunAvailable(bool available, const QString& reason = {});
    bool isRunAvailable() const { return m_available; }
    void setRunning(bool running);
    bool isRunning() const { return m_running; }

    /// A step of the run starts (index among count steps that run).
    void setStep(const QString& title, int index, int count);
    /// The current step's fraction in [0, 1] and what it is doing.
    void setProgress(double fraction, const QString& message);
    void showFinished(const QString& text);
    /// Not running, and no word about the run: another page started it and reports how it ended.
    void showIdle();
    void showCancelled();
    void showFailure(const QString& message, const QString& hint);

    ErrorBanner* banner() const { return m_banner; }
    QString stateText() const;
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void runClicked();
    void cancelClicked();

private:
    void updateButtons();

    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_bar;
    QLabel* m_eta;
    QLabel* m_state;
    ErrorBanner* m_banner;
    QElapsedTimer m_clock;
    QString m_stepTitle;
    int m_stepIndex = 0;
    int m_stepCount = 1;
    bool m_available = true;
    bool m_running = false;
};

} // namespace psnn
