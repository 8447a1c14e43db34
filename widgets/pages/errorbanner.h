// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace psnn {

/// An inline error message with a hint on how to get out of it; hidden until showError().
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showError(const QString& message, const QString& hint);
    QString message() const;
    QString hint() const;

private:
    QString m_messageText;
    QLabel* m_message;
    QLabel* m_hint;
};

} // namespace psnn
