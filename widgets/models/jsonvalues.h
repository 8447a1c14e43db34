// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lenient readers for study/study.json (the privacy-utility study): a study written by an older or
// a newer tool may lack a field or hold another type, and the report then shows "—" for that value
// instead of failing. results.json has typed readers instead (privatesnn/results.h).

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace psnn::json {

std::optional<double> number(const QJsonObject& object, QLatin1StringView key);
std::optional<bool> boolean(const QJsonObject& object, QLatin1StringView key);
/// The string at `key`, or an empty string.
QString text(const QJsonObject& object, QLatin1StringView key);
/// The object at `key`, or an empty object.
QJsonObject object(const QJsonObject& object, QLatin1StringView key);
/// The array at `key`, or an empty array.
QJsonArray array(const QJsonObject& object, QLatin1StringView key);
/// The objects of an array, skipping anything else.
std::vector<QJsonObject> objects(const QJsonArray& array);
/// The numbers of an array; anything that is not a number becomes NaN, so indices stay aligned.
std::vector<double> numbers(const QJsonArray& array);
/// The strings of an array; anything that is not a string becomes an empty string.
QStringList strings(const QJsonArray& array);
/// A compact one-line rendering of any value, for configuration tables.
QString compact(const QJsonValue& value);

} // namespace psnn::json
