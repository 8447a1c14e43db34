// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline config is checked as a whole before the first step: a bad value names its key, the
// value and the allowed range, and nothing is computed or written.
#include "test_support.h"

#include "privatesnn/error.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/pipeline_config.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace psnn {
namespace {

struct Silent : PipelineObserver {
    ProgressSink& stepStarted(const RunItem&, int, int) override { return nullProgress(); }
};

std::string invalidArgumentText(const std::function<void()>& run)
{
    try {
        run();
    } catch (const Error& e) {
        EXPECT_EQ(int(e.code()), int(ErrorCode::InvalidArgument)) << e.what();
        return e.what();
    }
    ADD_FAILURE() << "accepted";
    return {};
}

TEST(ConfigValidation, BothProfilesAreValid)
{
    EXPECT_NO_THROW(validatePipelineConfig(demoProfile()));
    EXPECT_NO_THROW(validatePipelineConfig(paperProfile()));
}

TEST(ConfigValidation, BadValueIsRefusedBeforeAnyStepNamingKeyValueAndRange)
{
    test::TempDir dir;
    struct Case {
        std::function<void(PipelineConfig&)> set;
        std::vector<std::string> mentions;
    };
    const std::vector<Case> cases = {
        {[](PipelineConfig& c) { c.conversion.timesteps = 0; }, {"conversion.timesteps", "is 0", "1 to 10000"}},
        {[](PipelineConfig& c) { c.conversion.timesteps = -3; }, {"conversion.timesteps", "is -3"}},
        {[](PipelineConfig& c) { c.synthesis.learningRate = -0.1; }, {"synthesis.learning_rate", "-0.1", "more than 0"}},
        {[](PipelineConfig& c) { c.encryption.learningRate = std::nan(""); }, {"encryption.learning_rate", "nan"}},
        {[](PipelineConfig& c) { c.encryption.batchSize = 0; }, {"encryption.batch_size", "is 0"}},
        {[](PipelineConfig& c) { c.leakage.attack2.timesteps = 1000000; }, {"leakage.attack2.timesteps", "1e+06"}},
        {[](PipelineConfig& c) { c.verdictAlpha = 1.5; }, {"verdict_alpha", "1.5"}},
    };
    for (const Case& c : cases) {
        PipelineConfig config = demoProfile();
        c.set(config);
        Silent silent;
        const std::string text = invalidArgumentText([&] { runPipeline(config, dir.file("lab"), silent); });
        for (const std::string& m : c.mentions)
            EXPECT_NE(text.find(m), std::string::npos) << "'" << m << "' missing in: " << text;
        EXPECT_FALSE(std::filesystem::exists(dir.file("lab"))) << "nothing may be written before the config is valid";
    }
}

TEST(ConfigValidation, JsonNumbersThatDoNotFitAreNamedNotWrapped)
{
    const std::string text =
        invalidArgumentText([] { pipelineConfigFromText(R"({"synthesis": {"per_class": 1e12}})", demoProfile()); });
    EXPECT_NE(text.find("synthesis.per_class"), std::string::npos) << text;
    EXPECT_NE(text.find("1000000000000"), std::string::npos) << text;
    EXPECT_NE(text.find("whole number"), std::string::npos) << text;
    const std::string fraction =
        invalidArgumentText([] { pipelineConfigFromText(R"({"conversion": {"timesteps": 2.5}})", demoProfile()); });
    EXPECT_NE(fraction.find("conversion.timesteps"), std::string::npos) << fraction;
    EXPECT_EQ(pipelineConfigFromText(R"({"conversion": {"timesteps": 50}})", demoProfile()).conversion.timesteps, 50);
}

} // namespace
} // namespace psnn
