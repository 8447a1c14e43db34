// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class LoadPage;
class LogPanel;
class QLabel;
class QStackedWidget;
class StepList;
class WorkerThread;
struct ModelSnapshot;

/// The wizard: steps on the left, the current step's page on the right, a log dock below.
/// Pages emit intents; this window forwards them to the worker and its results back to the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

public Q_SLOTS:
    void openModel(const QString& path);
    void loadBundledModel();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createMenus();
    void createStatusBar();
    void createLogDock();
    void restoreSettings();
    void saveSettings() const;
    void updateSteps();

    void onModelLoaded(const ModelSnapshot& snapshot);
    void onFailed(const QString& message, const QString& hint);
    void onThreadsConfigured(int threads);
    void showAbout();

    WorkerThread* m_worker;
    StepList* m_steps;
    QStackedWidget* m_pages;
    LoadPage* m_loadPage;
    LogPanel* m_log;
    QLabel* m_threadsLabel;
    QLabel* m_modelLabel;
    QString m_lastFolder;
    bool m_modelLoaded = false;
};
