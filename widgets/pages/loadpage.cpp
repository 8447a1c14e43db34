// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/loadpage.h"

#include "models/architecturemodel.h"
#include "pages/errorbanner.h"
#include "pages/modelsummary.h"
#include "pages/settingsform.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace psnn {

LoadPage::LoadPage(QWidget* parent)
    : QWidget(parent)
    , m_openButton(new QPushButton(tr("Open a model…"), this))
    , m_evaluation(new QComboBox(this))
    , m_demoButton(new QPushButton(tr("Load bundled demo"), this))
    , m_busyBar(new QProgressBar(this))
    , m_banner(new ErrorBanner(this))
    , m_summary(new ModelSummary(this))
    , m_model(new ArchitectureModel(this))
    , m_table(new QTableView(this))
    , m_importBox(new QGroupBox(tr("How the spiking network is read"), this))
    , m_semantics(new QLabel(this))
    , m_importForm(new SettingsForm(this))
{
    setObjectName(QStringLiteral("loadPage"));
    setAcceptDrops(true);

    auto* title = new QLabel(tr("Load a trained network"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("PrivateSNN Lab works on a pre-trained VGG-style network and never needs its "
                                "training data: an ANN to convert (TorchScript or ONNX), or a spiking network "
                                "trained elsewhere (a NIR graph) to audit as it is. You can also drop a model file "
                                "onto this page."),
                             this);
    intro->setWordWrap(true);

    m_openButton->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_openButton->setToolTip(tr("An ANN as TorchScript (torch.jit.script or torch.jit.trace) or ONNX, a spiking "
                                "network as a NIR graph (snnTorch, Sinabs, Norse, Lava exports), or a PrivateSNN "
                                "archive"));
    m_demoButton->setToolTip(tr("A small network that ships with PrivateSNN Lab"));
    m_busyBar->setRange(0, 0); // no steps to count: an indeterminate bar
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    connect(m_openButton, &QPushButton::clicked, this, &LoadPage::chooseFile);
    connect(m_demoButton, &QPushButton::clicked, this, &LoadPage::bundledDemoRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_demoButton);
    buttons->addWidget(m_busyBar);
    buttons->addStretch(1);

    m_table->setObjectName(QStringLiteral("architectureTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Not stretched: a wide last column would push the numbers away from their labels.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->hide();

    // The method's point is that the training data is never needed, so the one data set the user
    // may give is labelled for what it does: measuring accuracy and leakage, nothing else.
    m_evaluation->setObjectName(QStringLiteral("evaluationData"));
    m_evaluation->addItem(tr("Fashion-MNIST test set"), QStringLiteral("fashion-mnist:test"));
    m_evaluation->addItem(tr("None (no accuracy or leakage scores)"), QString());
    m_evaluation->addItem(tr("IDX folder, test split (MNIST-style files)…"), QStringLiteral("?idx"));
    m_evaluation->addItem(tr("Image folder…"), QStringLiteral("?folder"));
    m_evaluation->setToolTip(tr("Real test images, used only to measure accuracy and as the leakage reference; "
                                "never by synthesis, conversion or encryption"));
    connect(m_evaluation, &QComboBox::activated, this, &LoadPage::onEvaluationChoice);
    auto* evaluationLabel = new QLabel(tr("Evaluation data (used for measurement only):"), this);
    evaluationLabel->setBuddy(m_evaluation);
    auto* evaluationRow = new QHBoxLayout;
    evaluationRow->addWidget(evaluationLabel);
    evaluationRow->addWidget(m_evaluation);
    evaluationRow->addStretch(1);

    // A NIR graph leaves its reset, coding, readout, time step and length unstated: the page says
    // what was assumed and where each choice came from, and lets the user decide otherwise.
    m_importBox->setObjectName(QStringLiteral("importBox"));
    m_semantics->setObjectName(QStringLiteral("importSemantics"));
    m_semantics->setWordWrap(true);
    m_semantics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const char* key :
         {"snn_import.reset", "snn_import.input_coding", "snn_import.readout", "snn_import.dt", "snn_import.timesteps"})
        m_importForm->addSetting(key);
    connect(m_importForm, &SettingsForm::changed, this, &LoadPage::importSettingsChanged);
    auto* importLayout = new QVBoxLayout(m_importBox);
    importLayout->addWidget(m_semantics);
    importLayout->addWidget(m_importForm);
    m_importBox->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addLayout(evaluationRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_importBox);
    layout->addWidget(m_table, 1);
    // Takes the free space only while the table is hidden, which keeps the rest at the top.
    layout->addStretch(0);
}

void LoadPage::setStartDirectory(const QString& directory)
{
    m_startDirectory = directory;
}

void LoadPage::showModel(const ModelSnapshot& snapshot)
{
    m_banner->hide();
    m_summary->setSnapshot(snapshot);
    m_model->setLayers(snapshot.layers);
    m_table->show();
    m_semantics->setText(tr("Imported with these choices (each with where it came from):") + QStringLiteral("\n")
                         + snapshot.semantics.join(QLatin1Char('\n')));
    m_importBox->setVisible(!snapshot.semantics.isEmpty());
}

nlohmann::json LoadPage::importSettings() const
{
    return m_importForm->values();
}

void LoadPage::setImportSettings(const nlohmann::json& settings)
{
    m_importForm->setValues(settings);
}

bool LoadPage::importSettingsValid() const
{
    return m_importForm->isValid();
}

void LoadPage::showError(const QString& message, const QString& hint)
{
    m_banner->showError(message, hint);
}

void LoadPage::setBusy(bool busy)
{
    m_openButton->setEnabled(!busy);
    m_evaluation->setEnabled(!busy);
    m_demoButton->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    setAcceptDrops(!busy);
    if (busy)
        m_banner->hide();
}

void LoadPage::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void LoadPage::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    Q_EMIT openFileRequested(urls.first().toLocalFile());
}

void LoadPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a trained network"), m_startDirectory,
        tr("Models (*.pt *.pth *.ptl *.onnx *.nir *.psnn);;TorchScript (*.pt *.pth *.ptl);;ONNX (*.onnx);;"
           "NIR graphs of spiking networks (*.nir);;PrivateSNN archives (*.psnn);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openFileRequested(path);
}

QString LoadPage::idxFolderOf(const QString& spec)
{
    if (!spec.startsWith(QLatin1String("idx:")) || !spec.endsWith(QLatin1String(":test")))
        return {};
    return spec.mid(4, spec.size() - 4 - 5);
}

QString LoadPage::evaluationData() const
{
    return m_evaluation->currentData().toString();
}

void LoadPage::setEvaluationData(const QString& spec)
{
    int index = m_evaluation->findData(spec);
    if (index < 0) {
        // A folder chosen earlier: an entry of its own, before the two "…" choices.
        index = m_evaluation->findData(QStringLiteral("?idx"));
        const QString idxFolder = idxFolderOf(spec);
        m_evaluation->insertItem(index, idxFolder.isEmpty() ? QDir::toNativeSeparators(spec)
                                                            : tr("IDX %1 (test split)").arg(QDir::toNativeSeparators(idxFolder)),
                                 spec);
    }
    m_evaluation->setCurrentIndex(index);
}

void LoadPage::onEvaluationChoice(int index)
{
    QString spec = m_evaluation->itemData(index).toString();
    if (spec == QLatin1String("?idx")) {
        // core reads the folder's files (train-/t10k-images-idx3-ubyte, .gz or plain) and its classes.txt.
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Evaluation data: a folder of IDX files"), m_startDirectory);
        if (folder.isEmpty()) {
            m_evaluation->setCurrentIndex(0);
            spec = m_evaluation->currentData().toString();
        } else {
            spec = QStringLiteral("idx:%1:test").arg(folder);
            setEvaluationData(spec);
        }
    } else if (spec == QLatin1String("?folder")) {
        spec = QFileDialog::getExistingDirectory(this, tr("Evaluation images: one folder per class"), m_startDirectory);
        if (spec.isEmpty()) {
            m_evaluation->setCurrentIndex(0);
            spec = m_evaluation->currentData().toString();
        } else {
            setEvaluationData(spec);
        }
    }
    Q_EMIT evaluationDataChanged(spec);
}

} // namespace psnn
