// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jsonvalues.h"

#include <QJsonDocument>
#include <QLocale>

#include <limits>

namespace psnn::json {

std::optional<double> number(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

std::optional<bool> boolean(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

QString text(const QJsonObject& object, QLatin1StringView key)
{
    return object.value(key).toString();
}

QJsonObject object(const QJsonObject& object, QLatin1StringView key)
{
    return object.value(key).toObject();
}

QJsonArray array(const QJsonObject& object, QLatin1StringView key)
{
    return object.value(key).toArray();
}

std::vector<QJsonObject> objects(const QJsonArray& array)
{
    std::vector<QJsonObject> result;
    for (const QJsonValue& value : array) {
        if (value.isObject())
            result.push_back(value.toObject());
    }
    return result;
}

std::vector<double> numbers(const QJsonArray& array)
{
    std::vector<double> result;
    result.reserve(static_cast<std::size_t>(array.size()));
    for (const QJsonValue& value : array)
        result.push_back(value.isDouble() ? value.toDouble() : std::numeric_limits<double>::quiet_NaN());
    return result;
}

QStringList strings(const QJsonArray& array)
{
    QStringList result;
    for (const QJsonValue& value : array)
        result << value.toString();
    return result;
}

QString compact(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace psnn::json
