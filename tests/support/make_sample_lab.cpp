// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the sample lab the report and widget tests read: the tiny teacher's full pipeline run
// (every step, judge and evaluation data included), so their fixture is what the pipeline writes
// today rather than a hand-written results.json. CTest runs it as the SampleLab fixture's setup.
#include "tiny_models.h"

#include "privatesnn/error.h"
#include "privatesnn/pipeline.h"

#include <filesystem>
#include <iostream>

namespace {

class Quiet : public psnn::PipelineObserver {
public:
    psnn::ProgressSink& stepStarted(const psnn::RunItem&, int, int) override { return m_sink; }

private:
    psnn::ProgressSink m_sink;
};

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: privatesnn_make_sample_lab FOLDER (writes FOLDER/inputs and FOLDER/lab)\n";
        return 2;
    }
    namespace fs = std::filesystem;
    const fs::path folder = argv[1];
    try {
        fs::remove_all(folder); // always the current pipeline's output, never an older run's
        fs::create_directories(folder / "inputs");
        const psnn::test::TinyLabInputs inputs = psnn::test::writeTinyLabInputs((folder / "inputs").string());
        psnn::PipelineConfig config = psnn::test::tinyPipelineConfig(inputs.teacher, inputs.evalFolder);
        config.encryptionEvalImages = 30; // per-epoch evaluation accuracy, as the demo profile records
        Quiet observer;
        psnn::runPipeline(config, (folder / "lab").string(), observer);
    } catch (const std::exception& e) {
        std::cerr << "privatesnn_make_sample_lab: " << e.what() << '\n';
        return 1;
    }
    std::cout << (folder / "lab").string() << '\n';
    return 0;
}
