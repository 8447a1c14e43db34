// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/ratingdialog.h"

#include "privatesnn/error.h"
#include "privatesnn/ratings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace psnn {

RatingDialog::RatingDialog(const QString& labFolder, QWidget* parent)
    : QDialog(parent)
    , m_lab(labFolder)
    , m_pages(new QStackedWidget)
    , m_rater(new QLineEdit)
    , m_perGroup(new QSpinBox)
    , m_allImages(new QCheckBox(tr("Every image")))
    , m_sampleSize(new QLabel)
    , m_error(new QLabel)
    , m_progress(new QLabel)
    , m_image(new QLabel)
    , m_cantTell(new QPushButton(tr("Can't tell (Space)")))
    , m_undo(new QPushButton(tr("Undo (Ctrl+Z)")))
    , m_done(new QLabel)
{
    setWindowTitle(tr("Rate images"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_error->setObjectName(QStringLiteral("ratingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    // Escape closes a dialog too, but not every desktop shows a title bar with a close button.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto* intro = new QWidget;
    auto* introLayout = new QVBoxLayout(intro);
    auto* text = new QLabel(
        tr("You will see the images an attacker recovered from the network, one at a time and in a shuffled order. "
           "For each, choose the class you think it shows, or \"can't tell\". Nothing tells you which class an image "
           "was made for. Every answer is saved at once: close the window at any time and continue later with the "
           "same rater id."));
    text->setWordWrap(true);
    introLayout->addWidget(text);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Rater id:")));
    m_rater->setObjectName(QStringLiteral("raterId"));
    m_rater->setPlaceholderText(tr("e.g. your initials"));
    row->addWidget(m_rater, 1);
    auto* startButton = new QPushButton(tr("Start"));
    startButton->setObjectName(QStringLiteral("startRating"));
    startButton->setDefault(true);
    row->addWidget(startButton);
    introLayout->addLayout(row);
    // A study holds thousands of images: a session rates a few of each attack on each model at each
    // point, which is enough for an interval per point and finishes in one sitting.
    auto* sampleRow = new QHBoxLayout;
    sampleRow->addWidget(new QLabel(tr("Images of each attack, model and point:")));
    m_perGroup->setObjectName(QStringLiteral("imagesPerGroup"));
    m_perGroup->setRange(1, 1000);
    m_perGroup->setValue(4);
    sampleRow->addWidget(m_perGroup);
    m_allImages->setObjectName(QStringLiteral("allImages"));
    sampleRow->addWidget(m_allImages);
    sampleRow->addStretch(1);
    introLayout->addLayout(sampleRow);
    m_sampleSize->setObjectName(QStringLiteral("sampleSize"));
    m_sampleSize->setWordWrap(true);
    introLayout->addWidget(m_sampleSize);
    introLayout->addStretch(1);
    connect(m_perGroup, &QSpinBox::valueChanged, this, &RatingDialog::showSampleSize);
    connect(m_allImages, &QCheckBox::toggled, this, [this](bool all) {
        m_perGroup->setEnabled(!all);
        showSampleSize();
    });
    try {
        m_images = std::make_unique<RatingImageSet>(collectRatingImages(m_lab.toStdString()));
    } catch (const Error&) {
        // start() collects the images again and explains what is wrong with them.
    }
    showSampleSize();
    m_pages->addWidget(intro);
    connect(startButton, &QPushButton::clicked, this, [this] { start(m_rater->text().trimmed()); });
    connect(m_rater, &QLineEdit::returnPressed, this, [this] { start(m_rater->text().trimmed()); });

    auto* rating = new QWidget;
    rating->setObjectName(QStringLiteral("ratingPage"));
    // The page keeps the keyboard focus and no button takes it: a focused button would take Space
    // for itself (answering its class again), and the rater id field would take the digits.
    rating->setFocusPolicy(Qt::StrongFocus);
    auto* ratingLayout = new QVBoxLayout(rating);
    m_progress->setObjectName(QStringLiteral("ratingProgress"));
    ratingLayout->addWidget(m_progress);
    m_image->setObjectName(QStringLiteral("ratingImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(kImageEdge, kImageEdge);
    ratingLayout->addWidget(m_image, 1);
    auto* classes = new QWidget;
    classes->setObjectName(QStringLiteral("ratingClasses"));
    classes->setLayout(new QGridLayout);
    ratingLayout->addWidget(classes);
    auto* controls = new QHBoxLayout;
    m_cantTell->setObjectName(QStringLiteral("cantTell"));
    m_cantTell->setFocusPolicy(Qt::NoFocus);
    m_undo->setFocusPolicy(Qt::NoFocus);
    m_undo->setObjectName(QStringLiteral("undoRating"));
    controls->addWidget(m_cantTell);
    controls->addStretch(1);
    controls->addWidget(m_undo);
    ratingLayout->addLayout(controls);
    m_pages->addWidget(rating);
    connect(m_cantTell, &QPushButton::clicked, this, [this] { answer(-1); });
    connect(m_undo, &QPushButton::clicked, this, &RatingDialog::undo);

    m_done->setObjectName(QStringLiteral("ratingDone"));
    m_done->setWordWrap(true);
    m_done->setAlignment(Qt::AlignCenter);
    auto* done = new QWidget;
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(m_done, 1);
    auto* doneUndo = new QPushButton(tr("Undo the last answer"));
    connect(doneUndo, &QPushButton::clicked, this, &RatingDialog::undo);
    doneLayout->addWidget(doneUndo, 0, Qt::AlignCenter);
    m_pages->addWidget(done);
}

RatingDialog::~RatingDialog() = default;

void RatingDialog::setImagesPerGroup(int perGroup)
{
    m_allImages->setChecked(perGroup <= 0);
    if (perGroup > 0)
        m_perGroup->setValue(perGroup);
}

void RatingDialog::showSampleSize()
{
    m_sampleSize->setVisible(m_images != nullptr);
    if (!m_images)
        return;
    const size_t perGroup = m_allImages->isChecked() ? 0 : size_t(m_perGroup->value());
    m_sampleSize->setText(
        tr("A new session rates %1 of the lab's %2 images, drawn blind so that every class comes up about as often. "
           "A rater id that already has a session continues it with its own images.")
            .arg(QLocale().toString(qulonglong(ratingSampleSize(*m_images, perGroup))),
                 QLocale().toString(qulonglong(m_images->images.size()))));
}

QString RatingDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RatingDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool RatingDialog::start(const QString& rater)
{
    const std::string problem = raterIdProblem(rater.toStdString());
    if (!problem.empty()) {
        showError(tr("The rater id \"%1\" cannot be used: it must be 1 to 40 letters, digits, '-', '_' or '.', "
                     "starting with a letter or digit.")
                      .arg(rater));
        return false;
    }
    try {
        m_session = std::make_unique<RatingSession>(
            m_lab.toStdString(), rater.toStdString(), collectRatingImages(m_lab.toStdString()),
            QRandomGenerator::system()->generate64(), m_allImages->isChecked() ? 0 : size_t(m_perGroup->value()));
    } catch (const Error& e) {
        showError(tr("The images cannot be rated: %1 %2")
                      .arg(QString::fromStdString(e.what()), QString::fromStdString(e.hint())));
        return false;
    }
    showError(QString());
    auto* grid = static_cast<QGridLayout*>(findChild<QWidget*>(QStringLiteral("ratingClasses"))->layout());
    qDeleteAll(m_classButtons);
    m_classButtons.clear();
    const std::vector<std::string>& names = m_session->images().classNames;
    const int columns = names.size() > 6 ? 5 : 3;
    for (int i = 0; i < int(names.size()); ++i) {
        const QString name = QString::fromStdString(names[size_t(i)]);
        auto* button = new QPushButton(i < 10 ? tr("%1  %2").arg(i).arg(name) : name);
        button->setObjectName(QStringLiteral("class%1").arg(i));
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, i] { answer(i); });
        grid->addWidget(button, i / columns, i % columns);
        m_classButtons << button;
    }
    setWindowTitle(tr("Rate images — %1").arg(rater));
    showCurrent();
    return true;
}

void RatingDialog::showCurrent()
{
    const RatingImage* image = m_session->current();
    m_undo->setEnabled(m_session->done() > 0);
    if (!image) {
        const QString sample = m_session->perGroup() == 0
            ? QString()
            : tr(" It rated a sample of the lab's %1 images; a new rater id starts another sample.")
                  .arg(QLocale().toString(qulonglong(m_session->images().images.size())));
        m_done->setText(tr("This session is complete: all %1 of its images are rated. Thank you! Your answers are "
                           "saved in the lab; the report's \"Human judge\" section summarises them.")
                            .arg(m_session->total())
                        + sample);
        m_pages->setCurrentIndex(2);
        return;
    }
    m_progress->setText(tr("Image %1 of %2").arg(m_session->done() + 1).arg(m_session->total()));
    const QImage picture(QString::fromStdString(image->path));
    if (picture.isNull()) {
        // The file name would tell the point and the attack: say only what to do.
        m_image->setPixmap(QPixmap());
        m_image->setText(tr("This image cannot be read. Answer \"can't tell\", and tell the lab's owner to run the "
                            "attack again."));
    } else {
        // Whole-number nearest-neighbour enlargement: the pixels the attack made, not a smoothed guess.
        const int factor =
            std::max(1, int(std::ceil(double(kImageEdge) / std::max(1, std::min(picture.width(), picture.height())))));
        m_image->setPixmap(QPixmap::fromImage(picture.scaled(picture.width() * factor, picture.height() * factor,
                                                             Qt::IgnoreAspectRatio, Qt::FastTransformation)));
    }
    m_pages->setCurrentIndex(1);
    m_pages->currentWidget()->setFocus();
    m_shownFor.start();
}

void RatingDialog::keyPressEvent(QKeyEvent* event)
{
    // The keys are handled here rather than as button shortcuts: digits, Space and Backspace must
    // answer whatever has the focus inside the dialog, and a button's own Space must never repeat
    // the last answer.
    if (m_session && m_pages->currentIndex() > 0) {
        const int key = event->key();
        const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (m_pages->currentIndex() == 1 && plain && key >= Qt::Key_0 && key <= Qt::Key_9
            && key - Qt::Key_0 < m_classButtons.size()) {
            answer(key - Qt::Key_0);
            return;
        }
        if (m_pages->currentIndex() == 1 && plain && key == Qt::Key_Space) {
            answer(-1);
            return;
        }
        if ((plain && key == Qt::Key_Backspace) || event->matches(QKeySequence::Undo)) {
            undo();
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

void RatingDialog::answer(int cls)
{
    if (!m_session || !m_session->current())
        return;
    try {
        m_session->answer(cls < 0 ? std::nullopt : std::optional<int64_t>(cls), double(m_shownFor.elapsed()) / 1000);
    } catch (const Error& e) {
        showError(tr("The answer could not be saved: %1 %2")
                      .arg(QString::fromStdString(e.what()), QString::fromStdString(e.hint())));
        return;
    }
    showError(QString());
    showCurrent();
    Q_EMIT answered();
}

void RatingDialog::undo()
{
    if (!m_session)
        return;
    try {
        if (!m_session->undo())
            return;
    } catch (const Error& e) {
        showError(tr("The answer could not be taken back: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    showError(QString());
    showCurrent();
    Q_EMIT answered();
}

} // namespace psnn
