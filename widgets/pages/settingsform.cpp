// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/settingsform.h"

#include "privatesnn/settings_catalogue.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace psnn {
namespace {

// The user's locale first ("0,05" in German), the C locale as a fallback, so values pasted from
// a config file are accepted too.
std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

/// The value at a dotted key, or nullptr when the path is missing.
const nlohmann::json* lookup(const nlohmann::json& object, const QString& key)
{
    const nlohmann::json* value = &object;
    for (const QString& part : key.split(QLatin1Char('.'))) {
        const auto it = value->is_object() ? value->find(part.toStdString()) : value->end();
        if (!value->is_object() || it == value->end())
            return nullptr;
        value = &*it;
    }
    return value;
}

void insert(nlohmann::json& object, const QString& key, nlohmann::json value)
{
    nlohmann::json* target = &object;
    for (const QString& part : key.split(QLatin1Char('.')))
        target = &(*target)[part.toStdString()];
    *target = std::move(value);
}

/// A combo box item's data (a choice's name, an on/off bool) as a setting's value, and back.
nlohmann::json settingValue(const QVariant& data)
{
    if (data.typeId() == QMetaType::Bool)
        return data.toBool();
    return data.toString().toStdString();
}

QVariant itemData(const nlohmann::json& value)
{
    if (value.is_boolean())
        return value.get<bool>();
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return {};
}

} // namespace

SettingsForm::SettingsForm(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
}

void SettingsForm::addRow(Field field, const QString& label, QWidget* editor, const QString& toolTip, const QString& unit)
{
    editor->setToolTip(toolTip);
    editor->setObjectName(field.key);
    editor->setMinimumWidth(120);
    field.message = new QLabel(this);
    field.message->setObjectName(field.key + QStringLiteral(".message"));
    // A fixed red that reads on light and dark palettes alike.
    field.message->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    field.message->hide();
    auto* box = new QVBoxLayout;
    box->setSpacing(2);
    if (unit.isEmpty()) {
        box->addWidget(editor);
    } else {
        auto* row = new QHBoxLayout;
        row->addWidget(editor);
        row->addWidget(new QLabel(unit, this));
        row->addStretch(1);
        box->addLayout(row);
    }
    box->addWidget(field.message);
    auto* name = new QLabel(label, this);
    name->setBuddy(editor);
    name->setToolTip(toolTip);
    m_layout->addRow(name, box);
    m_fields.push_back(field);
}

QLineEdit* SettingsForm::addTextRow(Field field, const QString& label, const QString& toolTip, const QString& unit)
{
    field.edit = new QLineEdit(this);
    const size_t index = m_fields.size();
    connect(field.edit, &QLineEdit::textEdited, this, [this, index] {
        validate(m_fields[index]);
        Q_EMIT changed();
    });
    addRow(field, label, field.edit, toolTip, unit);
    return field.edit;
}

QComboBox* SettingsForm::addComboRow(Field field, const QString& label, const QString& toolTip)
{
    field.choice = new QComboBox(this);
    connect(field.choice, &QComboBox::activated, this, &SettingsForm::changed);
    addRow(field, label, field.choice, toolTip);
    return field.choice;
}

void SettingsForm::addSetting(const char* key, const QString& label)
{
    const Setting* setting = findSetting(key);
    if (!setting)
        qFatal("SettingsForm::addSetting: the settings catalogue has no '%s'", key);
    // The catalogue's texts are marked for translation in the "Settings" context.
    auto translated = [](const char* text) { return QCoreApplication::translate("Settings", text); };
    const QString name = label.isEmpty() ? translated(setting->label) : label;
    const QString toolTip = translated(setting->help);
    const QString unit = *setting->unit ? translated(setting->unit) : QString();
    Field field{QString::fromStdString(setting->key)};
    field.minimum = setting->minimum;
    field.maximum = setting->maximum;
    field.minimumOpen = setting->minimumOpen;
    switch (setting->type) {
    case SettingType::Integer:
    case SettingType::Real:
        field.integer = setting->type == SettingType::Integer;
        addTextRow(field, name, toolTip, unit);
        return;
    case SettingType::IndexList:
        field.indexList = true;
        addTextRow(field, name, toolTip, unit)->setPlaceholderText(tr("all"));
        return;
    case SettingType::Choice: {
        QComboBox* box = addComboRow(field, name, toolTip);
        for (const SettingChoice& choice : setting->choices)
            box->addItem(translated(choice.label), QString::fromUtf8(choice.value));
        return;
    }
    case SettingType::Bool: {
        QComboBox* box = addComboRow(field, name, toolTip);
        box->addItem(tr("On"), true);
        box->addItem(tr("Off"), false);
        return;
    }
    case SettingType::Text:
    case SettingType::TextList:
        break;
    }
    qFatal("SettingsForm::addSetting: '%s' is text, which the form does not edit", key);
}

void SettingsForm::addPresetChoice(const QString& name, const QString& label,
                                   const QList<QPair<QVariantMap, QString>>& choices, const QString& toolTip)
{
    Field field{name};
    field.preset = true;
    QComboBox* box = addComboRow(field, label, toolTip);
    for (const auto& [values, text] : choices)
        box->addItem(text, values);
}

void SettingsForm::setIndexLimit(const QString& key, int count)
{
    for (Field& field : m_fields) {
        if (field.key == key && field.indexList) {
            field.indexLimit = count;
            validate(field);
        }
    }
}

QComboBox* SettingsForm::comboBox(const QString& key) const
{
    const Field* field = find(key);
    return field ? field->choice : nullptr;
}

namespace {

/// "0, 3 7" -> {0, 3, 7}; nullopt when a part is not a whole number >= 0.
std::optional<QList<qint64>> parseIndices(const QString& text)
{
    QList<qint64> out;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        bool ok = false;
        const qint64 value = part.toLongLong(&ok);
        if (!ok || value < 0)
            return std::nullopt;
        if (!out.contains(value))
            out << value;
    }
    return out;
}

} // namespace

void SettingsForm::validate(Field& field)
{
    if (!field.edit)
        return;
    if (field.indexList) {
        const std::optional<QList<qint64>> indices = parseIndices(field.edit->text());
        QString problem;
        if (!indices) {
            problem = field.indexLimit > 0
                          ? tr("Not a list of class numbers from 0 to %1, such as \"0, 2\".").arg(field.indexLimit - 1)
                          : tr("Not a list of class numbers, such as \"0, 2\".");
        } else {
            for (qint64 index : *indices) {
                if (field.indexLimit >= 0 && index >= field.indexLimit) {
                    problem = tr("There is no class %1: the model's classes are 0 to %2.").arg(index).arg(field.indexLimit - 1);
                    break;
                }
                if (double(index) > field.maximum) { // the catalogue's range, when no model sets a limit
                    problem = tr("Out of range: %1.").arg(describeRange(field));
                    break;
                }
            }
        }
        field.message->setText(problem);
        field.message->setVisible(!problem.isEmpty());
        field.edit->setProperty("invalid", !problem.isEmpty());
        field.edit->setAccessibleDescription(problem);
        return;
    }
    const QString range = describeRange(field);
    const std::optional<double> value = parseNumber(field.edit->text());
    QString problem;
    if (field.edit->text().trimmed().isEmpty())
        problem = tr("Required: %1.").arg(range);
    else if (!value || (field.integer && *value != std::floor(*value)))
        problem = tr("Not %1.").arg(range);
    else if ((field.minimumOpen ? *value <= field.minimum : *value < field.minimum) || *value > field.maximum)
        problem = tr("Out of range: %1.").arg(range);
    field.message->setText(problem);
    field.message->setVisible(!problem.isEmpty());
    field.edit->setProperty("invalid", !problem.isEmpty());
    field.edit->setAccessibleDescription(problem);
}

QString SettingsForm::describeRange(const Field& field) const
{
    const QLocale locale;
    if (field.integer || field.indexList) {
        // Beyond 2^53 (a seed's limit) a double holds no exact whole number: print it rounded.
        auto whole = [&](double v) { return std::abs(v) < 9e15 ? locale.toString(qint64(v)) : locale.toString(v, 'g', 6); };
        return tr("a whole number from %1 to %2").arg(whole(field.minimum), whole(field.maximum));
    }
    const QString low = locale.toString(field.minimum, 'g', 6);
    if (std::isinf(field.maximum))
        return field.minimumOpen ? tr("a number more than %1").arg(low) : tr("a number of %1 or more").arg(low);
    const QString high = locale.toString(field.maximum, 'g', 6);
    return field.minimumOpen ? tr("a number more than %1, up to %2").arg(low, high) : tr("a number from %1 to %2").arg(low, high);
}

nlohmann::json SettingsForm::values() const
{
    nlohmann::json out = nlohmann::json::object();
    for (const Field& field : m_fields) {
        nlohmann::json value;
        if (field.preset) {
            const QVariantMap preset = field.choice->currentData().toMap();
            for (auto it = preset.cbegin(); it != preset.cend(); ++it)
                insert(out, it.key(), settingValue(it.value()));
            continue;
        } else if (field.choice) {
            value = settingValue(field.choice->currentData());
        } else if (field.indexList) {
            if (!field.message->text().isEmpty())
                continue;
            value = nlohmann::json::array();
            for (qint64 index : parseIndices(field.edit->text()).value_or(QList<qint64>()))
                value.push_back(index);
        } else if (field.message->text().isEmpty()) {
            const std::optional<double> number = parseNumber(field.edit->text());
            if (!number)
                continue;
            value = field.integer ? nlohmann::json(qint64(*number)) : nlohmann::json(*number);
        } else {
            continue;
        }
        insert(out, field.key, std::move(value));
    }
    return out;
}

void SettingsForm::setValues(const nlohmann::json& values)
{
    for (Field& field : m_fields) {
        if (field.preset) {
            for (int i = 0; i < field.choice->count(); ++i) {
                const QVariantMap preset = field.choice->itemData(i).toMap();
                bool matches = true;
                for (auto it = preset.cbegin(); it != preset.cend() && matches; ++it) {
                    const nlohmann::json* value = lookup(values, it.key());
                    matches = !value || *value == settingValue(it.value());
                }
                if (matches) {
                    field.choice->setCurrentIndex(i);
                    break;
                }
            }
            continue;
        }
        const nlohmann::json* value = lookup(values, field.key);
        if (!value || value->is_null())
            continue;
        if (field.indexList) {
            QStringList parts;
            for (const nlohmann::json& index : *value)
                if (index.is_number())
                    parts << QString::number(index.get<qint64>());
            field.edit->setText(parts.join(QStringLiteral(", ")));
            validate(field);
        } else if (field.choice) {
            const int index = field.choice->findData(itemData(*value));
            if (index >= 0)
                field.choice->setCurrentIndex(index);
        } else if (value->is_number()) {
            const double number = value->get<double>();
            field.edit->setText(field.integer ? QLocale().toString(qint64(number))
                                              : QLocale().toString(number, 'g', 6));
            validate(field);
        }
    }
}

bool SettingsForm::isValid() const
{
    for (const Field& field : m_fields) {
        if (field.edit && (!field.message->text().isEmpty() || (!field.indexList && field.edit->text().trimmed().isEmpty())))
            return false;
    }
    return true;
}

const SettingsForm::Field* SettingsForm::find(const QString& key) const
{
    for (const Field& field : m_fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

QString SettingsForm::message(const QString& key) const
{
    const Field* field = find(key);
    return field ? field->message->text() : QString();
}

QLineEdit* SettingsForm::lineEdit(const QString& key) const
{
    const Field* field = find(key);
    return field ? field->edit : nullptr;
}

} // namespace psnn
