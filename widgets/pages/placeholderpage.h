// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

/// Stands in for a wizard step that this build does not implement yet.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};
