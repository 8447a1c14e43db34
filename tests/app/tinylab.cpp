// SPDX-License-Identifier: GPL-3.0-or-later
#include "tinylab.h"

#include "tiny_models.h"

#include "privatesnn/pipeline_config.h"

#include <QTemporaryDir>

namespace psnn::test {

TinyLab makeTinyLab(const QTemporaryDir& dir)
{
    const psnn::test::TinyLabInputs inputs = psnn::test::writeTinyLabInputs(dir.path().toStdString());
    TinyLab lab;
    lab.teacher = QString::fromStdString(inputs.teacher);
    lab.evalFolder = QString::fromStdString(inputs.evalFolder);
    psnn::PipelineConfig c = psnn::test::tinyPipelineConfig(inputs.teacher, inputs.evalFolder);
    c.encryptionEvalImages = 30; // the Encrypt page's accuracy curve gets an evaluation series
    lab.config = psnn::pipelineSettings(c);
    return lab;
}

} // namespace psnn::test
