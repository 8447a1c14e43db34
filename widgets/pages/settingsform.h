// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace psnn {

/// A form of numeric and choice settings that validates as the user types: a bad value gets an
/// inline message under its field and the form reports itself invalid until it is fixed. Keys are
/// paths into a JSON object ("attack1.restarts" is {"attack1": {"restarts": …}}).
class SettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsForm(QWidget* parent = nullptr);

    void addInteger(const QString& key, const QString& label, int minimum, int maximum, const QString& toolTip);
    void addNumber(const QString& key, const QString& label, double minimum, double maximum, const QString& toolTip);
    /// choices: value written to JSON -> text shown.
    void addChoice(const QString& key, const QString& label, const QList<QPair<QString, QString>>& choices,
                   const QString& toolTip);

    /// A choice that sets several keys at once: each choice is the values it writes
    /// ({"leakage.run_attack1": true, …}) and the text shown. setValues selects the first choice
    /// whose values all match.
    void addPresetChoice(const QString& name, const QString& label, const QList<QPair<QVariantMap, QString>>& choices,
                         const QString& toolTip);
    /// A list of indices ("0, 3, 7") written as a JSON array; empty is allowed and written as [].
    /// Indices must be below the limit set with setIndexLimit (none: any whole number >= 0).
    void addIndexList(const QString& key, const QString& label, const QString& toolTip);
    /// The number of valid indices for an index list, and how to name index i in messages (may be
    /// empty). Revalidates the field.
    void setIndexLimit(const QString& key, int count);
    /// The combo box of a choice or preset choice.
    QComboBox* comboBox(const QString& key) const;

    /// Every valid field's value; invalid fields are left out.
    QJsonObject values() const;
    /// Fills the fields found in values without emitting changed().
    void setValues(const QJsonObject& values);
    bool isValid() const;
    /// The inline message of a field ("" when it is valid).
    QString message(const QString& key) const;
    QLineEdit* lineEdit(const QString& key) const;

Q_SIGNALS:
    /// A field was edited (valid or not).
    void changed();

private:
    struct Field {
        QString key;
        bool integer = false;
        double minimum = 0;
        double maximum = 0;
        QLineEdit* edit = nullptr;
        QComboBox* choice = nullptr;
        QLabel* message = nullptr;
        bool preset = false;    ///< choice items carry a QVariantMap of key -> value
        bool indexList = false; ///< edit holds comma-separated indices
        int indexLimit = -1;    ///< indices must be below this; -1 = no limit
    };
    void addRow(Field field, const QString& label, QWidget* editor, const QString& toolTip);
    /// A row with a line edit that is validated as the user types.
    QLineEdit* addTextRow(Field field, const QString& label, const QString& toolTip);
    /// A row with an empty combo box; the caller adds the items.
    QComboBox* addComboRow(Field field, const QString& label, const QString& toolTip);
    void validate(Field& field);
    const Field* find(const QString& key) const;

    QFormLayout* m_layout;
    std::vector<Field> m_fields;
};

} // namespace psnn
