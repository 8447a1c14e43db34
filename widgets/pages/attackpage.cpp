// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/attackpage.h"

#include "models/numberformat.h"
#include "models/studyfrontier.h"
#include "pages/humanjudgepanel.h"
#include "pages/imagegallery.h"
#include "pages/membershippanel.h"
#include "pages/settingsform.h"
#include "pages/studypanel.h"

#include "privatesnn/live_series.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace psnn {
namespace {

enum Column { AttackColumn, TargetColumn, ImagesColumn, FidColumn, KidColumn, JudgeColumn, VerdictColumn, ColumnCount };

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

AttackPage::AttackPage(QWidget* parent)
    : StepPage(tr("Attack: does the network leak its classes?"),
               tr("Try to recover each class's image from the ANN, the plain and the encrypted spiking network "
                  "(attack 1: ascend the class output; attack 2: through spikes), then score the images with "
                  "FID, KID and an independent judge network."),
               parent)
    , m_summary(new QLabel)
    , m_gallery(new ImageGallery(2))
    , m_grid(new QLabel)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_study(new StudyPanel)
    , m_human(new HumanJudgePanel)
    , m_membership(new MembershipPanel)
{
    SettingsForm* f = form();
    const QString run1 = QStringLiteral("leakage.run_attack1");
    const QString run2 = QStringLiteral("leakage.run_attack2");
    f->addPresetChoice(QStringLiteral("leakage.scenario"), tr("Scenario"),
                       {{QVariantMap{{run1, true}, {run2, true}}, tr("Both attacks")},
                        {QVariantMap{{run1, true}, {run2, false}}, tr("Attack 1 only (class output)")},
                        {QVariantMap{{run1, false}, {run2, true}}, tr("Attack 2 only (through spikes)")}},
                       tr("Attack 1 ascends the class output of the ANN and of each spiking network; attack 2 "
                          "attacks the spiking networks through their spikes and is much slower."));
    // Both attacks share the catalogue's labels, so the page names which attack each row is for.
    f->addSetting("leakage.attack1.classes", tr("Attack 1 classes"));
    f->addSetting("leakage.attack2.classes", tr("Attack 2 classes"));
    f->addSetting("leakage.attack1.restarts", tr("Attack 1 restarts"));
    f->addSetting("leakage.attack1.iterations", tr("Attack 1 iterations"));
    f->addSetting("leakage.attack2.restarts", tr("Attack 2 restarts"));
    f->addSetting("leakage.attack2.iterations", tr("Attack 2 iterations"));

    m_summary->setWordWrap(true);
    contentLayout()->addWidget(m_summary);
    // Only while a run shows images: an opened lab has none, and an empty section would look broken.
    m_liveHeading = addSection(tr("Each class's image, live"));
    m_gallery->setObjectName(QStringLiteral("attackGallery"));
    m_gallery->setColumnTitles({tr("attack 1"), tr("attack 2")});
    contentLayout()->addWidget(m_gallery);
    setLiveVisible(false);
    addSection(tr("Leakage scores"));
    m_table->setObjectName(QStringLiteral("leakageTable"));
    m_table->setHorizontalHeaderLabels({tr("Attack"), tr("Target"), tr("Images"), tr("FID ↓ real"), tr("KID"),
                                        tr("Judge accuracy"), tr("Verdict")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    contentLayout()->addWidget(m_table);
    addSection(tr("Final grid: real sample | attack 1 without, with encryption | attack 2 without, with"));
    m_grid->setObjectName(QStringLiteral("leakageGrid"));
    contentLayout()->addWidget(m_grid);
    addSection(tr("Do people recognise the classes? (human judge)"));
    contentLayout()->addWidget(m_human);
    addSection(tr("How much encryption is enough? (privacy-utility study)"));
    contentLayout()->addWidget(m_study);
    addSection(tr("Does the network reveal its training records? (membership inference)"));
    contentLayout()->addWidget(m_membership);
    contentLayout()->addStretch(1);
}

void AttackPage::setLabFolder(const QString& folder)
{
    StepPage::setLabFolder(folder);
    m_study->showLabStudy(folder);
    m_human->showLab(folder);
}

void AttackPage::setClassNames(const QStringList& names)
{
    QStringList numbered;
    for (int i = 0; i < names.size(); ++i)
        numbered << tr("%1: %2").arg(i).arg(names[i]);
    for (const QString& key : {QStringLiteral("leakage.attack1.classes"), QStringLiteral("leakage.attack2.classes")}) {
        form()->setIndexLimit(key, names.isEmpty() ? -1 : int(names.size()));
        if (QLineEdit* edit = form()->lineEdit(key))
            edit->setToolTip(tr("Class numbers to attack, separated by commas (0 is the first class); empty attacks "
                                "every class.")
                             + (numbered.isEmpty() ? QString() : QStringLiteral("\n") + numbered.join(QStringLiteral(", "))));
    }
    updateRunAvailability(); // the form's validity may have changed
}

void AttackPage::fitTableHeight()
{
    // Every row in view: the page scrolls, the table should not scroll inside it.
    m_table->resizeRowsToContents();
    const int rows = m_table->verticalHeader()->length();
    const int height = m_table->horizontalHeader()->sizeHint().height() + std::max(rows, 3 * m_table->verticalHeader()->defaultSectionSize())
                       + 2 * m_table->frameWidth() + 2;
    m_table->setFixedHeight(height);
}

void AttackPage::setLiveVisible(bool visible)
{
    m_liveHeading->setVisible(visible);
    m_gallery->setVisible(visible);
}

void AttackPage::runStarted()
{
    m_gallery->clear();
    setLiveVisible(true);
}

void AttackPage::addImages(const QVector<LiveImage>& images)
{
    for (const LiveImage& image : images) {
        if (image.series == liveName(live::kAttack1Images))
            m_gallery->setImage(image.classIndex, 0, image.image);
        else if (image.series == liveName(live::kAttack2Images))
            m_gallery->setImage(image.classIndex, 1, image.image);
    }
}

void AttackPage::showLabResults(const LabResults& results)
{
    QStringList names;
    for (const std::string& name : results.model.classNames)
        names << QString::fromStdString(name);
    m_gallery->setClassNames(names);
    setLiveVisible(m_gallery->imageCount() > 0);
    if (!names.isEmpty())
        setClassNames(names);

    m_human->showLab(labFolder()); // a finished attack step has stored new images
    if (results.membership)
        m_membership->showMembership(*results.membership);
    else
        m_membership->clear();
    m_table->setRowCount(0);
    fitTableHeight();
    m_grid->clear();
    if (!results.leakage) {
        m_summary->setText(tr("No attacks yet. Run this step to attack the networks."));
        return;
    }
    const LeakageResults& leakage = *results.leakage;
    const QString gridFile = QString::fromStdString(leakage.grid);
    if (!gridFile.isEmpty() && !labFolder().isEmpty()) {
        const QImage grid(QDir(labFolder()).filePath(gridFile));
        if (!grid.isNull()) {
            // The grid holds tiny images; enlarge by a whole factor so they stay crisp.
            const int factor = std::max(1, 720 / std::max(1, grid.width()));
            m_grid->setPixmap(QPixmap::fromImage(grid.scaled(grid.size() * factor, Qt::KeepAspectRatio, Qt::FastTransformation)));
        }
    }

    const auto verdictOf = [&](const LeakageRowResult& r) -> const LeakageVerdict* {
        for (const LeakageVerdict& v : leakage.verdicts)
            if (v.attack == r.attack && v.target == r.target)
                return &v;
        return nullptr;
    };
    const QLocale locale;
    const Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    int leaking = 0;
    m_table->setRowCount(int(leakage.rows.size())); // at once: each insertRow would lay the table out again
    int row = -1;
    for (const LeakageRowResult& r : leakage.rows) {
        ++row;
        m_table->setItem(row, AttackColumn, cell(QString::fromStdString(r.attack)));
        m_table->setItem(row, TargetColumn, cell(QString::fromStdString(r.target)));
        m_table->setItem(row, ImagesColumn, cell(locale.toString(qint64(r.images)), number));
        m_table->setItem(row, FidColumn, cell(locale.toString(r.fid, 'f', 1), number));
        m_table->setItem(row, KidColumn,
                         cell(tr("%1 ± %2").arg(locale.toString(r.kid, 'f', 4), locale.toString(r.kidStd, 'f', 4)), number));
        m_table->setItem(row, JudgeColumn,
                         cell(r.judgeAccuracy ? formatLocalePercent(*r.judgeAccuracy) : tr("no judge"), number));
        if (const LeakageVerdict* verdict = verdictOf(r)) {
            const std::optional<StudyVerdict> decided = verdict->verdict;
            const bool leaks = decided == StudyVerdict::Leaks || decided == StudyVerdict::LeaksWithinMargin;
            leaking += leaks ? 1 : 0;
            QTableWidgetItem* item =
                cell(decided ? translatedVerdict(*decided, verdict->powerTarget, verdict->imagesFor80.value_or(0))
                             : tr("no judge"));
            item->setForeground(leaks                                    ? QColor(0xc6, 0x28, 0x28)
                                    : decided == StudyVerdict::Protected ? QColor(0x2e, 0x7d, 0x32)
                                                                         : QColor(0xb2, 0x6a, 0x00));
            item->setToolTip(QString::fromStdString(verdict->explanation));
            m_table->setItem(row, VerdictColumn, item);
        } else {
            m_table->setItem(row, VerdictColumn, cell(tr("reference")));
        }
    }
    fitTableHeight();
    m_summary->setText(tr("%1 of %2 attacked networks leak their classes (hover a verdict for the reason). "
                          "Lower FID/KID means closer to real images.")
                           .arg(leaking)
                           .arg(leakage.verdicts.size()));
}

bool AttackPage::showsGrid() const
{
    return !m_grid->pixmap().isNull();
}

} // namespace psnn
