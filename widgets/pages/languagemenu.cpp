// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/languagemenu.h"

#include <QActionGroup>

namespace psnn {

LanguageMenu::LanguageMenu(const QList<Entry>& entries, const QString& current, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    setToolTipsVisible(true);
    QList<Entry> all{{QString(), tr("System Default")}};
    all += entries;
    for (const Entry& entry : all) {
        QAction* action = addAction(entry.label);
        action->setCheckable(true);
        action->setChecked(entry.code == current);
        action->setData(entry.code);
        action->setToolTip(tr("Takes effect when PrivateSNN Lab is restarted"));
        m_group->addAction(action);
        if (entry.code.isEmpty())
            addSeparator();
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction* action) {
        Q_EMIT languageChosen(action->data().toString());
    });
}

} // namespace psnn
