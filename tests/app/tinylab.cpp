// SPDX-License-Identifier: GPL-3.0-or-later
#include "tinylab.h"

#include "tiny_models.h"

#include "privatesnn/archive.h"
#include "privatesnn/pipeline_config.h"

#include <QJsonDocument>
#include <QTemporaryDir>

TinyLab makeTinyLab(const QTemporaryDir& dir)
{
    static const psnn::Network net = psnn::test::trainedBandsTeacher(); // trained once per test binary
    TinyLab lab;
    lab.teacher = dir.filePath(QStringLiteral("teacher.psnn"));
    lab.evalFolder = dir.filePath(QStringLiteral("eval"));
    psnn::saveNetwork(lab.teacher.toStdString(), net);
    psnn::test::writeImageFolder(lab.evalFolder.toStdString(), psnn::test::bands(30, 2), net.input);

    psnn::PipelineConfig c = psnn::test::tinyPipelineConfig(lab.teacher.toStdString(), lab.evalFolder.toStdString());
    c.encryptionEvalImages = 30; // the Encrypt page's accuracy curve gets an evaluation series
    lab.config = QJsonDocument::fromJson(QByteArray::fromStdString(psnn::pipelineConfigToJson(c))).object();
    return lab;
}
