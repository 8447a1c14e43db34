// SPDX-License-Identifier: GPL-3.0-or-later
// The live series the GUI matches (privatesnn/live_series.h) are the ones the pipeline sends.
#include "test_support.h"
#include "tiny_models.h"

#include "privatesnn/live_series.h"
#include "privatesnn/pipeline.h"

#include <gtest/gtest.h>

#include <set>

namespace psnn {
namespace {

class SeriesSeen : public PipelineObserver, public ProgressSink {
public:
    ProgressSink& stepStarted(const RunItem&, int, int) override { return *this; }
    void metric(const std::string& series, double, double) override { metrics.insert(series); }
    void image(const std::string& series, int64_t, int, int, int, const std::vector<float>&) override { images.insert(series); }
    std::set<std::string> metrics, images;
};

TEST(LiveSeries, ThePipelineSendsEverySeriesThePagesMatch)
{
    test::TempDir dir;
    const test::TinyLabInputs inputs = test::writeTinyLabInputs(dir.path());
    SeriesSeen seen;
    runPipeline(test::tinyPipelineConfig(inputs.teacher, inputs.evalFolder), dir.file("lab"), seen);
    for (const std::string& series :
         {std::string(live::kSynthesisLoss), std::string(live::kThreshold), live::staged(live::kConvertedSnnStage, live::kAccuracyAtT),
          live::staged(live::kEncryptedSnnStage, live::kAccuracyAtT), std::string(live::kCrossEntropy), std::string(live::kDistillation),
          std::string(live::kLoss), std::string(live::kTrainAccuracy)})
        EXPECT_EQ(seen.metrics.count(series), 1u) << series;
    int drift = 0;
    for (const std::string& series : seen.metrics)
        drift += live::parseDrift(series).has_value();
    EXPECT_GT(drift, 0) << "the Encrypt page's weight-drift chart gets its series";
    for (const std::string_view series : {live::kSynthesisImages, live::kAttack1Images, live::kAttack2Images})
        EXPECT_EQ(seen.images.count(std::string(series)), 1u) << series;
}

TEST(LiveSeries, DriftSeriesNameTheirLayerAndKind)
{
    const std::optional<live::Drift> cosine = live::parseDrift(live::driftCosine("features.3"));
    ASSERT_TRUE(cosine.has_value());
    EXPECT_TRUE(cosine->cosine);
    EXPECT_EQ(cosine->layer, "features.3");
    const std::optional<live::Drift> l2 = live::parseDrift(live::driftL2("classifier.0"));
    ASSERT_TRUE(l2.has_value());
    EXPECT_FALSE(l2->cosine);
    EXPECT_EQ(l2->layer, "classifier.0");
    EXPECT_FALSE(live::parseDrift(live::kLoss).has_value());
}

} // namespace
} // namespace psnn
