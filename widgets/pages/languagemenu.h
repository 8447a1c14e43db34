// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace psnn {

/// View ▸ Language: "System default" and one entry per language (in its own name). The choice is
/// stored in QSettings ("language") and takes effect the next time PrivateSNN Lab starts.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    struct Entry {
        QString code;  ///< "" = system default
        QString label; ///< shown untranslated, e.g. "Deutsch"
    };
    /// entries: the languages after "System default"; current: the stored code ("" = system).
    LanguageMenu(const QList<Entry>& entries, const QString& current, QWidget* parent = nullptr);

Q_SIGNALS:
    /// The user picked another language; the owner stores it and tells the user to restart.
    void languageChosen(const QString& code);

private:
    QActionGroup* m_group;
};

} // namespace psnn
