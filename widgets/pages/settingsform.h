// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QWidget>

#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace psnn {

/// A form of pipeline settings that validates as the user types: a bad value gets an inline message
/// under its field and the form reports itself invalid until it is fixed. Each field is a setting of
/// the catalogue (settings_catalogue.h), which gives its type, range, label, tooltip and unit; keys are
/// paths into the settings object ("leakage.attack1.restarts" is {"leakage": {"attack1": {"restarts": …}}}).
class SettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsForm(QWidget* parent = nullptr);

    /// The catalogue's setting `key` (a whole number, number, choice, on/off or index list) with its
    /// translated label, or `label` where the page needs a more specific one ("Attack 1 restarts").
    /// A key the catalogue lacks, or a text setting, is a programming error.
    void addSetting(const char* key, const QString& label = {});

    /// A choice that sets several keys at once: each choice is the values it writes
    /// ({"leakage.run_attack1": true, …}) and the text shown. setValues selects the first choice
    /// whose values all match.
    void addPresetChoice(const QString& name, const QString& label, const QList<QPair<QVariantMap, QString>>& choices,
                         const QString& toolTip);
    /// Index lists ("0, 3, 7") are written as a JSON array; empty is allowed and written as [].
    /// Indices must be below the limit set with setIndexLimit (none: the catalogue's range).
    /// The number of valid indices for an index list, and how to name index i in messages (may be
    /// empty). Revalidates the field.
    void setIndexLimit(const QString& key, int count);
    /// The combo box of a choice or preset choice.
    QComboBox* comboBox(const QString& key) const;

    /// Every valid field's value (psnn::pipelineSettings' shape); invalid fields are left out.
    nlohmann::json values() const;
    /// Fills the fields found in values without emitting changed().
    void setValues(const nlohmann::json& values);
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
        bool minimumOpen = false; ///< the value must be more than minimum
        QLineEdit* edit = nullptr;
        QComboBox* choice = nullptr;
        QLabel* message = nullptr;
        bool preset = false;    ///< choice items carry a QVariantMap of key -> value
        bool indexList = false; ///< edit holds comma-separated indices
        int indexLimit = -1;    ///< indices must be below this; -1 = no limit
    };
    void addRow(Field field, const QString& label, QWidget* editor, const QString& toolTip, const QString& unit = {});
    /// A row with a line edit that is validated as the user types.
    QLineEdit* addTextRow(Field field, const QString& label, const QString& toolTip, const QString& unit);
    /// A row with an empty combo box; the caller adds the items.
    QComboBox* addComboRow(Field field, const QString& label, const QString& toolTip);
    /// "a whole number from 1 to 10000", "a number more than 0, up to 1000000", translated.
    QString describeRange(const Field& field) const;
    void validate(Field& field);
    const Field* find(const QString& key) const;

    QFormLayout* m_layout;
    std::vector<Field> m_fields;
};

} // namespace psnn
