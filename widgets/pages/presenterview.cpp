// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/presenterview.h"

#include "pages/beforeafterview.h"
#include "pages/pixelimage.h"

#include "privatesnn/error.h"
#include "privatesnn/ratings.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace psnn {
namespace {

enum Page { SetupPage, ImagePage, EndPage, ComparisonPage };

QLabel* textLabel(const QString& objectName, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(alignment);
    return label;
}

} // namespace

PresenterView::PresenterView(const QString& labFolder, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_lab(labFolder)
    , m_pages(new QStackedWidget)
    , m_rater(new QLineEdit(tr("class-1")))
    , m_perGroup(new QSpinBox)
    , m_setupError(textLabel(QStringLiteral("presenterError")))
    , m_progress(textLabel(QStringLiteral("presenterProgress")))
    , m_room(textLabel(QStringLiteral("presenterRoom"), Qt::AlignRight | Qt::AlignVCenter))
    , m_image(new PixelImage(kMinimumImageEdge))
    , m_legend(textLabel(QStringLiteral("presenterLegend")))
    , m_vote(textLabel(QStringLiteral("presenterVote")))
    , m_revealBox(new QWidget)
    , m_target(textLabel(QStringLiteral("revealTarget")))
    , m_judge1(textLabel(QStringLiteral("revealJudge1")))
    , m_judge2(textLabel(QStringLiteral("revealJudge2")))
    , m_roomAnswer(textLabel(QStringLiteral("revealRoom")))
    , m_source(textLabel(QStringLiteral("revealSource")))
    , m_keys(textLabel(QStringLiteral("presenterKeys"), Qt::AlignCenter))
    , m_end(textLabel(QStringLiteral("presenterEnd"), Qt::AlignCenter))
    , m_beforeAfter(new BeforeAfterView)
{
    m_zoom = std::clamp(QSettings().value(QStringLiteral("presenter/zoom"), 1.0).toDouble(), 0.5, 3.0);
    setWindowTitle(tr("PrivateSNN Lab — classroom view"));
    setObjectName(QStringLiteral("presenterView"));
    // The view keeps the keyboard: digits, Space and the arrows are the teacher's remote control.
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    auto* setup = new QWidget;
    auto* setupLayout = new QVBoxLayout(setup);
    setupLayout->addStretch(1);
    auto* intro = textLabel(QStringLiteral("presenterIntro"), Qt::AlignCenter);
    intro->setText(tr("The class sees the images an attacker recovered from the network, one at a time and blind. "
                      "Ask the room which class each shows and type its answer (0–9, ? for can't tell); Space "
                      "reveals the class the image was made for and what two judge networks said. The room's "
                      "answers are saved as one rating session under the id below, and a session that stopped "
                      "continues with the same id."));
    setupLayout->addWidget(intro);
    auto* form = new QGridLayout;
    form->addWidget(new QLabel(tr("The room's rater id:")), 0, 0);
    m_rater->setObjectName(QStringLiteral("presenterRater"));
    form->addWidget(m_rater, 0, 1);
    form->addWidget(new QLabel(tr("Images of each attack, model and point:")), 1, 0);
    m_perGroup->setObjectName(QStringLiteral("presenterPerGroup"));
    m_perGroup->setRange(1, 1000);
    m_perGroup->setValue(2);
    form->addWidget(m_perGroup, 1, 1);
    auto* startButton = new QPushButton(tr("Start (Enter)"));
    startButton->setObjectName(QStringLiteral("presenterStart"));
    auto* compareButton = new QPushButton(tr("Before and after (B)"));
    form->addWidget(startButton, 2, 0);
    form->addWidget(compareButton, 2, 1);
    auto* formRow = new QHBoxLayout;
    formRow->addStretch(1);
    formRow->addLayout(form);
    formRow->addStretch(1);
    setupLayout->addLayout(formRow);
    m_setupError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_setupError->hide();
    setupLayout->addWidget(m_setupError);
    setupLayout->addStretch(1);
    m_pages->addWidget(setup);
    connect(startButton, &QPushButton::clicked, this,
            [this] { start(m_rater->text().trimmed(), m_perGroup->value()); });
    connect(m_rater, &QLineEdit::returnPressed, this,
            [this] { start(m_rater->text().trimmed(), m_perGroup->value()); });
    connect(compareButton, &QPushButton::clicked, this, &PresenterView::toggleBeforeAfter);

    auto* images = new QWidget;
    auto* imagesLayout = new QGridLayout(images);
    imagesLayout->addWidget(m_progress, 0, 0);
    imagesLayout->addWidget(m_room, 0, 1);
    m_image->setObjectName(QStringLiteral("presenterImage"));
    m_image->setAccessibleName(tr("Attack image"));
    imagesLayout->addWidget(m_image, 1, 0);
    auto* side = new QVBoxLayout;
    side->addWidget(m_legend);
    side->addSpacing(12);
    side->addWidget(m_vote);
    side->addSpacing(12);
    auto* revealLayout = new QVBoxLayout(m_revealBox);
    revealLayout->setContentsMargins(0, 0, 0, 0);
    for (QLabel* label : {m_target, m_judge1, m_judge2, m_roomAnswer, m_source})
        revealLayout->addWidget(label);
    m_revealBox->setObjectName(QStringLiteral("revealBox"));
    side->addWidget(m_revealBox);
    side->addStretch(1);
    imagesLayout->addLayout(side, 1, 1);
    imagesLayout->setColumnStretch(0, 3);
    imagesLayout->setColumnStretch(1, 2);
    imagesLayout->setRowStretch(1, 1);
    m_keys->setText(tr("0–9: the room's answer   ?: can't tell   Space: reveal   ←/→: previous/next   B: before "
                       "and after   Ctrl+plus/minus: zoom   F11: full screen   Esc: leave"));
    imagesLayout->addWidget(m_keys, 2, 0, 1, 2);
    m_pages->addWidget(images);

    auto* end = new QWidget;
    auto* endLayout = new QVBoxLayout(end);
    endLayout->addWidget(m_end);
    m_pages->addWidget(end);
    m_beforeAfter->setObjectName(QStringLiteral("beforeAfter"));
    m_pages->addWidget(m_beforeAfter);

    for (QWidget* child : findChildren<QWidget*>())
        if (child != m_rater && child != m_perGroup && !qobject_cast<QPushButton*>(child))
            child->setFocusPolicy(Qt::NoFocus);
    showRevealed(false);
    applyFonts();
}

PresenterView::~PresenterView() = default;

QString PresenterView::errorText() const
{
    return m_setupError->isHidden() ? QString() : m_setupError->text();
}

bool PresenterView::start(const QString& rater, int perGroup)
{
    const auto fail = [this](const QString& text) {
        m_setupError->setText(text);
        m_setupError->show();
        return false;
    };
    if (!raterIdProblem(rater.toStdString()).empty())
        return fail(tr("The rater id \"%1\" cannot be used: it must be 1 to 40 letters, digits, '-', '_' or '.', "
                       "starting with a letter or digit.")
                        .arg(rater));
    try {
        m_session = std::make_unique<RatingSession>(
            m_lab.toStdString(), rater.toStdString(), collectRatingImages(m_lab.toStdString()),
            QRandomGenerator::system()->generate64(), size_t(std::max(0, perGroup)));
    } catch (const Error& e) {
        return fail(tr("The classroom view cannot start: %1 %2")
                        .arg(QString::fromStdString(e.what()), QString::fromStdString(e.hint())));
    }
    m_setupError->hide();
    m_room->setText(tr("Answers saved as \"%1\"").arg(rater));
    QStringList legend;
    const std::vector<std::string>& names = m_session->images().classNames;
    for (size_t i = 0; i < names.size(); ++i)
        legend << (i < 10 ? tr("%1   %2").arg(i).arg(QString::fromStdString(names[i]))
                          : QString::fromStdString(names[i]));
    m_legend->setText(legend.join(QLatin1Char('\n')));
    m_beforeAfter->setImages(m_session->images());
    m_revealedIds.clear();
    // A session that stopped continues at its first unanswered image.
    const std::vector<const RatingImage*> order = m_session->order();
    const RatingImage* current = m_session->current();
    const auto at = std::find(order.begin(), order.end(), current);
    if (current)
        showImage(int(at - order.begin()));
    else
        showEnd();
    setFocus();
    return true;
}

const RatingImage* PresenterView::imageOnScreen() const
{
    if (!m_session || m_position < 0 || m_pages->currentIndex() != ImagePage)
        return nullptr;
    return m_session->order()[size_t(m_position)];
}

int PresenterView::position() const
{
    return m_pages->currentIndex() == ImagePage ? m_position : -1;
}

void PresenterView::showImage(int position)
{
    m_position = position;
    const RatingImage* image = m_session->order()[size_t(position)];
    m_progress->setText(tr("Image %1 of %2").arg(position + 1).arg(m_session->total()));
    const QImage picture(QString::fromStdString(image->path));
    // The file name would tell the point and the attack: a broken image says only that.
    m_image->setImage(picture);
    m_image->setToolTip(picture.isNull() ? tr("This image cannot be read.") : QString());
    m_pages->setCurrentIndex(ImagePage);
    showRevealed(m_revealedIds.contains(QString::fromStdString(image->id)));
    showVote();
    m_shownFor.start();
}

void PresenterView::showEnd()
{
    m_position = -1;
    int room = 0, answered = 0, cantTell = 0, judge1 = 0, judge1Known = 0, judge2 = 0, judge2Known = 0;
    for (const RatingImage* image : m_session->order()) {
        if (const RatingAnswer* a = m_session->answerFor(image->id)) {
            ++answered;
            room += a->correct() ? 1 : 0;
            cantTell += a->answer ? 0 : 1;
        }
        judge1Known += image->judge1 ? 1 : 0;
        judge1 += image->judge1 && *image->judge1 == image->target ? 1 : 0;
        judge2Known += image->judge2 ? 1 : 0;
        judge2 += image->judge2 && *image->judge2 == image->target ? 1 : 0;
    }
    QStringList lines{tr("That was the last image of this session (%1 images).").arg(m_session->total()),
                      tr("The room: %1 of %2 answered right (%3 × can't tell).").arg(room).arg(answered).arg(cantTell)};
    for (const auto& [name, right, known] :
         {std::tuple{tr("Judge 1"), judge1, judge1Known}, std::tuple{tr("Judge 2"), judge2, judge2Known}})
        lines << (known > 0 ? tr("%1: %2 of %3 right.").arg(name).arg(right).arg(known)
                            : tr("%1: answers not recorded for these images.").arg(name));
    if (m_session->done() < m_session->total())
        lines << tr("%n image(s) still without the room's answer: ← goes back to them.", nullptr,
                    int(m_session->total() - m_session->done()));
    lines << tr("Esc leaves the classroom view.");
    m_end->setText(lines.join(QLatin1Char('\n')));
    m_pages->setCurrentIndex(EndPage);
    showRevealed(false);
}

void PresenterView::next()
{
    if (!m_session)
        return;
    if (m_pages->currentIndex() == ImagePage && m_position + 1 < int(m_session->total()))
        showImage(m_position + 1);
    else if (m_pages->currentIndex() == ImagePage)
        showEnd();
}

void PresenterView::previous()
{
    if (!m_session || m_session->total() == 0)
        return;
    if (m_pages->currentIndex() == EndPage)
        showImage(int(m_session->total()) - 1);
    else if (m_pages->currentIndex() == ImagePage && m_position > 0)
        showImage(m_position - 1);
}

bool PresenterView::isRevealed() const
{
    return m_revealed;
}

void PresenterView::toggleReveal()
{
    const RatingImage* image = imageOnScreen();
    if (!image)
        return;
    if (m_revealed)
        m_revealedIds.remove(QString::fromStdString(image->id));
    else
        m_revealedIds.insert(QString::fromStdString(image->id));
    showRevealed(!m_revealed);
    showVote();
}

QString PresenterView::className(int64_t cls) const
{
    const std::vector<std::string>& names = m_session->images().classNames;
    return cls >= 0 && cls < int64_t(names.size())
        ? tr("%1 (%2)").arg(QString::fromStdString(names[size_t(cls)])).arg(cls)
        : QString::number(cls);
}

QString PresenterView::judgeLine(const QString& judge, const std::optional<int64_t>& answer, int64_t target) const
{
    if (!answer)
        return tr("%1 said: not recorded for this image").arg(judge);
    return (*answer == target ? tr("%1 said: %2 ✓") : tr("%1 said: %2 ✗")).arg(judge, className(*answer));
}

void PresenterView::showRevealed(bool revealed)
{
    m_revealed = revealed;
    const RatingImage* image = imageOnScreen();
    // Hidden widgets keep no answer either: what a screen reader or a test reads is what is shown.
    if (!revealed || !image) {
        m_revealed = false;
        for (QLabel* label : {m_target, m_judge1, m_judge2, m_roomAnswer, m_source})
            label->clear();
        m_revealBox->hide();
        return;
    }
    m_target->setText(tr("Made for: %1").arg(className(image->target)));
    m_judge1->setText(judgeLine(tr("Judge 1"), image->judge1, image->target));
    m_judge2->setText(judgeLine(tr("Judge 2"), image->judge2, image->target));
    const RatingAnswer* room = m_session->answerFor(image->id);
    m_roomAnswer->setText(!room                 ? tr("The room: no answer")
                              : !room->answer   ? tr("The room: can't tell ✗")
                              : room->correct() ? tr("The room: %1 ✓").arg(className(*room->answer))
                                                : tr("The room: %1 ✗").arg(className(*room->answer)));
    const QString point =
        image->point == kLabPoint ? tr("the lab's own attacks") : QString::fromStdString(image->point);
    m_source->setText(tr("From: %1 on the %2 (%3)")
                          .arg(QString::fromStdString(image->attack), QString::fromStdString(image->model), point));
    m_revealBox->show();
}

void PresenterView::showVote()
{
    const RatingImage* image = imageOnScreen();
    if (!image)
        return;
    const RatingAnswer* room = m_session->answerFor(image->id);
    QString text = !room ? tr("The room's answer: not given yet")
        : !room->answer  ? tr("The room's answer: can't tell")
                         : tr("The room's answer: %1")
                              .arg(QString::fromStdString(m_session->images().classNames[size_t(*room->answer)]));
    m_vote->setText(text);
}

void PresenterView::vote(int cls)
{
    const RatingImage* image = imageOnScreen();
    if (!image || m_revealed)
        return;
    if (cls >= int(m_session->images().classNames.size()))
        return;
    try {
        m_session->answerImage(image->id, cls < 0 ? std::nullopt : std::optional<int64_t>(cls),
                               double(m_shownFor.elapsed()) / 1000);
    } catch (const Error& e) {
        m_vote->setText(tr("The answer could not be saved: %1 %2")
                            .arg(QString::fromStdString(e.what()), QString::fromStdString(e.hint())));
        return;
    }
    showVote();
    Q_EMIT answered();
}

void PresenterView::toggleBeforeAfter()
{
    if (m_pages->currentIndex() == ComparisonPage) {
        m_pages->setCurrentIndex(m_pageBeforeComparison);
        setFocus();
        return;
    }
    if (!m_session) {
        try {
            m_beforeAfter->setImages(collectRatingImages(m_lab.toStdString()));
        } catch (const Error& e) {
            m_setupError->setText(QString::fromStdString(std::string(e.what()) + " " + e.hint()));
            m_setupError->show();
            return;
        }
    }
    m_pageBeforeComparison = m_pages->currentIndex();
    m_pages->setCurrentIndex(ComparisonPage);
    setFocus();
}

void PresenterView::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.5, 3.0);
    QSettings().setValue(QStringLiteral("presenter/zoom"), m_zoom);
    applyFonts();
}

void PresenterView::applyFonts()
{
    // Sized for the back of the room: a share of the window's height, times the teacher's zoom.
    const double base = std::max(12.0, height() / 36.0) * m_zoom;
    QFont f = font();
    f.setPixelSize(int(base));
    for (QWidget* w : m_pages->findChildren<QWidget*>())
        w->setFont(f);
    QFont big = f;
    big.setPixelSize(int(base * 1.4));
    big.setBold(true);
    for (QLabel* label : {m_progress, m_target})
        label->setFont(big);
    m_beforeAfter->setFontScale(base);
}

void PresenterView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyFonts();
}

void PresenterView::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    const bool control = (event->modifiers() & Qt::ControlModifier) != 0;
    // Ctrl+plus is Ctrl+Shift+= on many keyboards, and Ctrl+= is what people type for it.
    if (event->matches(QKeySequence::ZoomIn) || (control && (key == Qt::Key_Plus || key == Qt::Key_Equal))) {
        setZoom(m_zoom * 1.15);
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        setZoom(m_zoom / 1.15);
        return;
    }
    if (control && key == Qt::Key_0) {
        setZoom(1);
        return;
    }
    if (key == Qt::Key_F11) {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        return;
    }
    const int page = m_pages->currentIndex();
    if (key == Qt::Key_Escape) {
        if (page == ComparisonPage)
            toggleBeforeAfter();
        else
            close();
        return;
    }
    if (page == ComparisonPage) {
        if (key == Qt::Key_B)
            toggleBeforeAfter();
        else if (!m_beforeAfter->handleKey(key))
            QWidget::keyPressEvent(event);
        return;
    }
    if (page == SetupPage) {
        QWidget::keyPressEvent(event); // the id and the sample size are typed here
        return;
    }
    if (key == Qt::Key_B) {
        toggleBeforeAfter();
        return;
    }
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && key >= Qt::Key_0 && key <= Qt::Key_9) {
        vote(key - Qt::Key_0);
        return;
    }
    switch (key) {
    case Qt::Key_Question:
    case Qt::Key_C:
        vote(-1);
        return;
    case Qt::Key_Space:
        toggleReveal();
        return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previous();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace psnn
