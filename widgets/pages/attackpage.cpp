// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/attackpage.h"

#include "models/leakagetext.h"
#include "models/numberformat.h"
#include "models/studyfrontier.h"
#include "pages/humanjudgepanel.h"
#include "pages/imagegallery.h"
#include "pages/leakagegrid.h"
#include "pages/membershippanel.h"
#include "pages/settingsform.h"
#include "pages/studypanel.h"

#include "privatesnn/attack_grid.h"
#include "privatesnn/leakage_scale.h"
#include "privatesnn/live_series.h"
#include "privatesnn/settings_catalogue.h"
#include "privatesnn/study_summary.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QSignalBlocker>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace psnn {
namespace {

/// The leakage table's columns (a struct's enum: the membership panel's share names in a unity build).
struct LeakageColumn {
    enum : int { Attack, Target, Images, Fid, Kid, Judge, Judge2, Verdict, Count };
};

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

/// A setting of the run's recorded config, or its catalogue default.
nlohmann::json recordedSetting(const nlohmann::json& config, const char* key)
{
    const Setting* setting = findSetting(key);
    if (!setting)
        return {};
    const nlohmann::json* value = findSettingValue(config, *setting);
    return value ? *value : setting->defaultValue;
}

/// The grid's rows: the classes attack 1 was given (all when none), as the pipeline draws them.
QStringList gridRowNames(const LabResults& results)
{
    const std::vector<std::string>& names = results.model.classNames;
    std::vector<int64_t> classes;
    const nlohmann::json chosen = recordedSetting(results.config, "leakage.attack1.classes");
    if (chosen.is_array())
        for (const nlohmann::json& c : chosen)
            if (c.is_number_integer())
                classes.push_back(c.get<int64_t>());
    if (classes.empty())
        for (size_t k = 0; k < names.size(); ++k)
            classes.push_back(int64_t(k));
    QStringList rows;
    for (int64_t c : classes)
        rows << (c >= 0 && size_t(c) < names.size() ? QString::fromStdString(names[size_t(c)])
                                                    : AttackPage::tr("class %1").arg(c));
    return rows;
}

/// The grid's columns in words, in the PNG's order: the leakage rows it shows.
QStringList gridColumnTitles(const LeakageResults& leakage)
{
    QStringList titles;
    for (const attack_grid::Source& source : attack_grid::kSources)
        for (const LeakageRowResult& row : leakage.rows)
            if (row.attack == source.attack && row.target == source.target) {
                titles << sourceTitle(row.attack, row.target);
                break;
            }
    return titles;
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
    , m_replay(new QSlider(Qt::Horizontal))
    , m_replayText(new QLabel)
    , m_grid(new LeakageGrid)
    , m_table(new QTableWidget(0, LeakageColumn::Count))
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

    // The evidence leads: what the attacks recovered, large, right under the summary; the settings
    // fold away once there are results (showLabResults), the scores follow the images.
    makeSettingsCollapsible(tr("Attack settings"));
    m_summary->setWordWrap(true);
    contentLayout()->addWidget(m_summary);
    m_gridHeading = addSection(tr("What the attacks recovered: one image per class from each attack"));
    m_grid->setObjectName(QStringLiteral("leakageGrid"));
    contentLayout()->addWidget(m_grid);
    // A lab from before the grid's layout was fixed: its PNG, whole.
    m_gridImage = new QLabel;
    m_gridImage->setObjectName(QStringLiteral("leakageGridImage"));
    contentLayout()->addWidget(m_gridImage);
    // Only while a run shows images: an opened lab has none, and an empty section would look broken.
    m_liveHeading = addSection(tr("Each class's image, live"));
    m_gallery->setObjectName(QStringLiteral("attackGallery"));
    m_gallery->setColumnTitles({tr("attack 1"), tr("attack 2")});
    contentLayout()->addWidget(m_gallery);
    m_replay->setObjectName(QStringLiteral("attackReplay"));
    m_replay->setRange(0, 0);
    m_replay->setPageStep(10);
    m_replay->setAccessibleName(tr("Attack replay"));
    m_replayText->setObjectName(QStringLiteral("attackReplayText"));
    m_replayText->setWordWrap(true);
    contentLayout()->addWidget(m_replay);
    contentLayout()->addWidget(m_replayText);
    connect(m_replay, &QSlider::valueChanged, this, [this](int value) {
        showSnapshots(value + 1);
        showReplayText();
    });
    setLiveVisible(false);
    addSection(tr("Leakage scores"));
    m_table->setObjectName(QStringLiteral("leakageTable"));
    m_table->setHorizontalHeaderLabels({tr("Attack"), tr("Target"), tr("Images"), tr("FID ↓ real"), tr("KID"),
                                        tr("Judge accuracy"), tr("Judge 2 accuracy"), tr("Verdict")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    contentLayout()->addWidget(m_table);
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
    m_study->setClassNames(names);
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
    m_replay->setVisible(visible && !m_snapshots.isEmpty());
    m_replayText->setVisible(visible && !m_snapshots.isEmpty());
}

void AttackPage::runStarted()
{
    m_gallery->clear();
    m_snapshots.clear();
    const QSignalBlocker quiet(m_replay);
    m_replay->setRange(0, 0);
    setLiveVisible(true);
}

void AttackPage::addImages(const QVector<LiveImage>& images)
{
    // At the end the slider follows the run; scrubbed back, it stays where the user put it.
    const bool following = m_replay->value() == m_replay->maximum();
    bool added = false;
    for (const LiveImage& image : images) {
        const bool first = image.series == liveName(live::kAttack1Images);
        if (!first && image.series != liveName(live::kAttack2Images))
            continue;
        if (m_snapshots.size() < kMaxSnapshots) {
            m_snapshots.push_back(image);
            added = true;
        }
        if (following)
            m_gallery->setImage(image.classIndex, first ? 0 : 1, image.image);
    }
    if (!added)
        return;
    const QSignalBlocker quiet(m_replay);
    m_replay->setMaximum(int(m_snapshots.size()) - 1);
    if (following)
        m_replay->setValue(m_replay->maximum());
    showReplayText();
    setLiveVisible(true);
}

void AttackPage::showSnapshots(int count)
{
    // The last image of each class and attack among the first `count`: what the gallery showed then.
    QMap<QPair<int, int>, const LiveImage*> latest;
    for (int i = 0; i < std::min(count, int(m_snapshots.size())); ++i) {
        const LiveImage& image = m_snapshots[i];
        latest[{image.classIndex, image.series == liveName(live::kAttack1Images) ? 0 : 1}] = &image;
    }
    m_gallery->clear();
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        m_gallery->setImage(it.key().first, it.key().second, it.value()->image);
}

void AttackPage::showReplayText()
{
    m_replayText->setText(tr("Snapshot %1 of %2 of this run: drag the slider to replay how the attacks' images "
                             "formed. The snapshots are kept only while the lab is open in this window; the lab "
                             "stores the final images.")
                              .arg(m_replay->value() + 1)
                              .arg(m_snapshots.size())
                          + (m_snapshots.size() >= kMaxSnapshots ? QLatin1Char(' ')
                                     + tr("Later snapshots are not kept (memory); the live images "
                                          "still show the run.")
                                                                 : QString()));
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
    m_gridImage->clear();
    m_gridImage->hide();
    m_gridHeading->hide();
    if (results.leakage.has_value() != m_hadLeakage) {
        m_hadLeakage = results.leakage.has_value();
        setSettingsExpanded(!m_hadLeakage); // only when results come or go: a user's choice stays
    }
    if (!results.leakage) {
        m_summary->setText(tr("No attacks yet. Run this step to attack the networks."));
        return;
    }
    const LeakageResults& leakage = *results.leakage;
    const QString gridFile = QString::fromStdString(leakage.grid);
    if (!gridFile.isEmpty() && !labFolder().isEmpty()) {
        const QImage grid(QDir(labFolder()).filePath(gridFile));
        if (!grid.isNull() && !m_grid->setGrid(grid, gridColumnTitles(leakage), gridRowNames(results))) {
            // The grid holds tiny images; enlarge by a whole factor so they stay crisp.
            const int factor = std::max(1, 720 / std::max(1, grid.width()));
            m_gridImage->setPixmap(
                QPixmap::fromImage(grid.scaled(grid.size() * factor, Qt::KeepAspectRatio, Qt::FastTransformation)));
            m_gridImage->show();
        }
    }

    m_gridHeading->setVisible(showsGrid());

    const auto verdictOf = [&](const LeakageRowResult& r) -> const LeakageVerdict* {
        for (const LeakageVerdict& v : leakage.verdicts)
            if (v.attack == r.attack && v.target == r.target)
                return &v;
        return nullptr;
    };
    const QLocale locale;
    const Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;

    // KID on the study's 0-1 scale, between the held-out real images and the attacks' initial noise
    // (normaliseDistance); a raw KID has no scale a reader knows. Raw when a reference is missing.
    const std::optional<KidScale> kidScale = kidScaleOf(leakage);
    const bool kidScaled = kidScale.has_value();
    const QString kidRawNote = tr("Raw KID %1 ± %2: the squared kernel distance between the judge's features of "
                                  "these images and of real images (0 = the same distribution; no upper limit).");
    auto* kidHeader = new QTableWidgetItem(kidScaled ? tr("KID (0 = real, 1 = noise)") : tr("KID (raw)"));
    kidHeader->setToolTip(wrappedToolTip(
        kidScaled ? tr("KID scaled as in the privacy-utility study: 0 = as far from the real images as held-out real "
                       "images, 1 = as far as the attacks' starting noise. Lower means closer to real images.")
                  : tr("KID on its own scale: the squared kernel distance between the judge's features of the images "
                       "and of real images; 0 = the same distribution, no upper limit. The 0-1 scale needs the "
                       "real-image and noise reference rows, which this lab lacks.")));
    m_table->setHorizontalHeaderItem(LeakageColumn::Kid, kidHeader);

    int leaking = 0;
    bool twoJudges = false;
    m_table->setRowCount(int(leakage.rows.size())); // at once: each insertRow would lay the table out again
    int row = -1;
    for (const LeakageRowResult& r : leakage.rows) {
        ++row;
        m_table->setItem(row, LeakageColumn::Attack, cell(attackTitle(r.attack)));
        m_table->setItem(row, LeakageColumn::Target, cell(targetTitle(r.target)));
        m_table->setItem(row, LeakageColumn::Images, cell(locale.toString(qint64(r.images)), number));
        m_table->setItem(row, LeakageColumn::Fid, cell(locale.toString(r.fid, 'f', 1), number));
        const QString rawKid = kidRawNote.arg(locale.toString(r.kid, 'f', 4), locale.toString(r.kidStd, 'f', 4));
        QTableWidgetItem* kid = kidScaled
            ? cell(tr("%1 ± %2").arg(locale.toString(normaliseDistance(r.kid, kidScale->real, kidScale->noise), 'f', 2),
                                     locale.toString(r.kidStd / std::abs(kidScale->noise - kidScale->real), 'f', 2)),
                   number)
            : cell(tr("%1 ± %2").arg(locale.toString(r.kid, 'f', 4), locale.toString(r.kidStd, 'f', 4)), number);
        kid->setToolTip(wrappedToolTip(rawKid));
        m_table->setItem(row, LeakageColumn::Kid, kid);
        m_table->setItem(row, LeakageColumn::Judge,
                         cell(r.judgeAccuracy ? formatLocalePercent(*r.judgeAccuracy) : tr("no judge"), number));
        if (r.judge2Accuracy)
            m_table->setItem(row, LeakageColumn::Judge2, cell(formatLocalePercent(*r.judge2Accuracy), number));
        twoJudges = twoJudges || r.judge2Accuracy.has_value();
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
            item->setToolTip(wrappedToolTip(verdictExplanation(leakage, *verdict, results.config)));
            m_table->setItem(row, LeakageColumn::Verdict, item);
        } else {
            m_table->setItem(row, LeakageColumn::Verdict, cell(tr("reference")));
        }
    }
    m_table->setColumnHidden(LeakageColumn::Judge2, !twoJudges);
    fitTableHeight();
    QString summary = tr("%1 of %2 attacked networks leak their classes (hover a verdict for the reason). "
                         "Lower FID/KID means closer to real images.")
                          .arg(leaking)
                          .arg(leakage.verdicts.size());
    if (!twoJudges && !leakage.verdicts.empty())
        summary += u' ' + tr("The verdicts rest on one judge: no second judge was given (setting second_judge).");
    m_summary->setText(summary);
}

bool AttackPage::showsGrid() const
{
    return !m_grid->isEmpty() || !m_gridImage->pixmap().isNull();
}

} // namespace psnn
