// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/snapshots.h"

#include <nlohmann/json.hpp>

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace psnn {

class ArchitectureModel;
class ErrorBanner;
class ModelSummary;
class SettingsForm;

/// Step 1: choose a trained ANN (or a spiking network as a NIR graph) and show what was loaded.
/// Emits intents; never loads anything itself.
class LoadPage : public QWidget
{
    Q_OBJECT
public:
    explicit LoadPage(QWidget* parent = nullptr);

    /// Where the file dialog starts.
    void setStartDirectory(const QString& directory);
    /// The evaluation data spec for the pipeline ("fashion-mnist:test", "idx:DIR:test", a folder,
    /// "" for none).
    QString evaluationData() const;
    void setEvaluationData(const QString& spec);
    /// How a NIR graph is read (the snn_import settings: reset, coding, readout, dt, T); the form
    /// shows while a spiking model is loaded.
    nlohmann::json importSettings() const;
    void setImportSettings(const nlohmann::json& settings);
    bool importSettingsValid() const;

public Q_SLOTS:
    /// Asks for a model file and emits openFileRequested() unless the dialog is cancelled.
    void chooseFile();
    void showModel(const ModelSnapshot& snapshot);
    /// Keeps the last valid model on screen and shows the error above it.
    void showError(const QString& message, const QString& hint);
    void setBusy(bool busy);

Q_SIGNALS:
    void openFileRequested(const QString& path);
    void bundledDemoRequested();
    void evaluationDataChanged(const QString& spec);
    /// An import setting was edited (valid or not): the graph must be read again.
    void importSettingsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void onEvaluationChoice(int index);
    /// DIR of "idx:DIR:test", else empty.
    static QString idxFolderOf(const QString& spec);

    QString m_startDirectory;
    QPushButton* m_openButton;
    QComboBox* m_evaluation;
    QPushButton* m_demoButton;
    QProgressBar* m_busyBar;
    ErrorBanner* m_banner;
    ModelSummary* m_summary;
    ArchitectureModel* m_model;
    QTableView* m_table;
    QGroupBox* m_importBox;
    QLabel* m_semantics;
    SettingsForm* m_importForm;
};

} // namespace psnn
