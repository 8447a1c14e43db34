// SPDX-License-Identifier: GPL-3.0-or-later
#include "tinylab.h"

#include "privatesnn/ann_training.h"
#include "privatesnn/archive.h"
#include "privatesnn/attacks.h"
#include "privatesnn/dataset.h"
#include "privatesnn/pipeline_config.h"
#include "privatesnn/progress.h"
#include "privatesnn/vgg.h"

#include <ATen/ATen.h>

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace {

/// Three classes a tiny network separates: a bright band at the top, middle or bottom.
psnn::Dataset bands(int64_t n, uint64_t seed)
{
    at::Generator gen = at::detail::createCPUGenerator(seed);
    psnn::Dataset data;
    data.images = at::full({n, 1, 8, 8}, -0.8);
    data.labels = at::arange(n) % 3;
    for (int64_t i = 0; i < n; ++i)
        data.images[i].narrow(1, (i % 3) * 3, 2).fill_(0.9);
    data.images = (data.images + at::randn({n, 1, 8, 8}, gen) * 0.15).clamp(-1, 1);
    return data;
}

} // namespace

TinyLab makeTinyLab(const QTemporaryDir& dir)
{
    psnn::VggConfig vgg;
    vgg.input = psnn::InputSpec{1, 8, 8, {0.5}, {0.5}};
    vgg.features = {4, 0, 6, 0};
    vgg.hiddenFc = {12};
    vgg.classes = 3;
    vgg.seed = 3;
    psnn::Network net = psnn::makeVgg(vgg);
    net.info.classNames = {"top", "middle", "bottom"};
    psnn::AnnTrainConfig train;
    train.epochs = 15;
    train.batchSize = 10;
    train.horizontalFlip = false;
    train.maxShift = 0;
    train.learningRate = 5e-3;
    psnn::trainAnn(net, bands(60, 1), nullptr, train, psnn::nullProgress());

    TinyLab lab;
    lab.teacher = dir.filePath(QStringLiteral("teacher.psnn"));
    lab.evalFolder = dir.filePath(QStringLiteral("eval"));
    psnn::saveNetwork(lab.teacher.toStdString(), net);
    const psnn::Dataset eval = bands(30, 2);
    for (int64_t i = 0; i < eval.size(); ++i) {
        const QString cls = QDir(lab.evalFolder).filePath(QString::number(eval.labels[i].item<int64_t>()));
        QDir().mkpath(cls);
        psnn::saveImagePng(QDir(cls).filePath(QStringLiteral("%1.png").arg(i)).toStdString(), eval.images[i], net.input);
    }

    psnn::PipelineConfig c = psnn::demoProfile();
    c.teacher = lab.teacher.toStdString();
    c.judge = lab.teacher.toStdString(); // any classifier of the same classes serves as the judge here
    c.evalData = lab.evalFolder.toStdString();
    c.evalImages = 0;
    c.evalBatchSize = 10;
    c.synthesis.perClass = 6;
    c.synthesis.steps = 15;
    c.synthesis.batchSize = 9;
    c.conversion.timesteps = 6;
    c.conversion.batchSize = 9;
    c.encryption.epochs = 3;
    c.encryption.batchSize = 6;
    c.encryption.learningRate = 3e-3;
    c.encryption.evalBatchSize = 10;
    c.encryptionEvalImages = 30;
    for (psnn::AttackConfig* a : {&c.leakage.attack1, &c.leakage.attack2}) {
        a->restarts = 1;
        a->iterations = 3;
    }
    c.leakage.kidSubsets = 3;
    c.seed = 11;
    psnn::applySeed(c);
    lab.config = QJsonDocument::fromJson(QByteArray::fromStdString(psnn::pipelineConfigToJson(c))).object();
    return lab;
}
