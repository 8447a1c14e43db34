// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QString>

class QTemporaryDir;

namespace psnn::test {

/// A trained three-class 8 x 8 teacher, a folder of real evaluation images and a pipeline config
/// that runs every step in seconds (tests/support/tiny_models.h), made in dir.
struct TinyLab {
    QString teacher;
    QString evalFolder;
    /// psnn::pipelineSettings' form: every setting sized for the tiny teacher.
    nlohmann::json config;
};

TinyLab makeTinyLab(const QTemporaryDir& dir);

} // namespace psnn::test
