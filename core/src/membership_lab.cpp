// SPDX-License-Identifier: GPL-3.0-or-later
// The membership audit of a lab: its teacher as the lab recorded it, its converted and encrypted
// SNNs as their steps wrote them, the auditor's data, and the results in LAB/membership/ and in
// results.json. One function for the CLI and the GUI worker, so both audit the same way.
#include "privatesnn/membership.h"

#include "pipeline_internal.h"

#include "privatesnn/error.h"
#include "privatesnn/lab.h"
#include "privatesnn/lab_lock.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/torchscript_import.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace psnn {
namespace {

namespace fs = std::filesystem;
using pipeline_detail::kEncryptedFile;
using pipeline_detail::kSnnFile;

/// locateModel's notes (a moved teacher found by its hash) become notes of the audit.
class NoteCollector : public PipelineObserver {
public:
    explicit NoteCollector(std::vector<std::string>& notes) : m_notes(notes) { }
    ProgressSink& stepStarted(const RunItem&, int, int) override { return nullProgress(); }
    void note(const std::string& line) override { m_notes.push_back(line); }

private:
    std::vector<std::string>& m_notes;
};

std::string recordedTeacherSha(const Lab& lab)
{
    const nlohmann::json& models = lab.models();
    if (!models.is_object() || !models.contains("teacher") || !models["teacher"].is_object())
        return {};
    return models["teacher"].value("sha256", std::string());
}

/// A spiking model of the lab when its step finished and the file still has its recorded hash.
std::optional<SpikingModel> labSpikingModel(const Lab& lab, Step step, const std::string& file, std::string& sha,
                                            std::vector<std::string>& notes)
{
    const std::string recorded = pipeline_detail::outputHash(lab, step, file);
    std::error_code ec;
    if (recorded.empty() || !fs::is_regular_file(lab.path(file), ec)) {
        notes.push_back("No " + file + " in the lab (step '" + std::string(stepName(step))
                        + "' has not finished): not audited.");
        return std::nullopt;
    }
    sha = sha256File(lab.path(file));
    if (sha != recorded)
        throw Error(ErrorCode::InvalidArgument,
                    lab.path(file) + " is not the file step '" + std::string(stepName(step))
                        + "' wrote (its SHA-256 differs).",
                    "Run 'privatesnn run --lab " + lab.folder() + "' to recompute it, or leave it out with --targets.");
    return loadSpikingModel(lab.path(file));
}

/// results.json's "membership" section, when the lab has a results.json (it has one after any step).
void updateResultsFile(const Lab& lab, const MembershipResults& results, std::vector<std::string>& notes)
{
    std::ifstream in(lab.path("results.json"), std::ios::binary);
    if (!in) {
        notes.push_back("The lab has no results.json yet, so the audit is only in membership/membership.json.");
        return;
    }
    std::stringstream text;
    text << in.rdbuf();
    try {
        LabResults r = parseLabResults(text.str());
        r.membership = results;
        lab.writeText("results.json", toJson(r).dump(1));
    } catch (const Error& e) {
        notes.push_back(std::string("results.json was not updated: ") + e.what()
                        + " The audit is in membership/membership.json.");
    }
}

} // namespace

MembershipAudit auditLab(const std::string& labFolder, const LabMembershipOptions& options, ProgressSink& progress,
                         const MembershipListener& listener)
{
    std::error_code ec;
    if (!fs::is_regular_file(fs::path(labFolder) / "lab.json", ec))
        throw Error(ErrorCode::FileNotFound, "'" + labFolder + "' is not a lab folder (it has no lab.json).",
                    "Make one with 'privatesnn run --lab " + labFolder + "', then audit it.");
    const std::string folder = fs::absolute(labFolder).lexically_normal().string();
    const LabLock lock = LabLock::acquire(folder, currentCommandLine()); // the models must not change under the audit
    Lab lab = Lab::open(folder);
    const std::optional<PipelineConfig> stored = storedLabConfig(folder);
    if (!stored || lab.settingsLost())
        throw Error(ErrorCode::InvalidArgument,
                    "The lab " + folder + " records no settings, so its teacher is unknown.",
                    "Run 'privatesnn run --lab " + folder + "' first.");
    std::vector<std::string> notes;
    NoteCollector collector(notes);
    const std::string teacherPath = stored->teacher.empty()
        ? findBundled("models/teacher.psnn")
        : pipeline_detail::locateModel("teacher", stored->teacher, lab, collector);
    if (!fs::is_regular_file(teacherPath, ec))
        throw Error(ErrorCode::FileNotFound, "The lab's teacher " + teacherPath + " is not there.",
                    "Put the lab's teacher back, or run the lab again with another one (privatesnn run --lab " + folder
                        + " --new).");
    const std::string teacherSha = sha256File(teacherPath);
    const std::string recorded = recordedTeacherSha(lab);
    if (!recorded.empty() && teacherSha != recorded)
        throw Error(ErrorCode::InvalidArgument,
                    "The teacher at " + teacherPath + " is not the one the lab was made with (its SHA-256 differs).",
                    "Put the lab's teacher back, or run the lab again with this teacher (privatesnn run --lab " + folder
                        + " --new).");
    Network teacher = loadAnyModel(teacherPath);
    if (!stored->classNames.empty())
        applyClassNames(teacher, stored->classNames);

    std::string membersSpec = options.membersSpec, nonMembersSpec = options.nonMembersSpec;
    if (membersSpec.empty() != nonMembersSpec.empty())
        throw Error(ErrorCode::InvalidArgument,
                    std::string("Only ") + (membersSpec.empty() ? "--non-members" : "--members") + " was given.",
                    "Give both: --members the teacher's training data, --non-members held-out data it never saw.");
    if (membersSpec.empty()) {
        if (teacherSha != sha256File(findBundled("models/teacher.psnn")))
            throw Error(ErrorCode::InvalidArgument,
                        "The lab's teacher (" + teacherPath
                            + ") is not the bundled one, so its training data is unknown.",
                        "Give --members SPEC (its training data) and --non-members SPEC (held-out data it never saw).");
        membersSpec = "fashion-mnist:train"; // the bundled teacher was trained on the whole training split
        nonMembersSpec = "fashion-mnist:test";
    }
    const Dataset members = loadDataSpec(membersSpec, teacher, 0, 0, options.conversion);
    const Dataset nonMembers = loadDataSpec(nonMembersSpec, teacher, 0, 0, options.conversion);
    const MembershipData data =
        sampleMembershipData(members, nonMembers, teacher.numClasses(), options.config.sampling);

    auto wants = [&](const char* t) {
        return std::find(options.targets.begin(), options.targets.end(), t) != options.targets.end();
    };
    std::string snnSha, encryptedSha;
    std::optional<SpikingModel> snn, encrypted;
    if (wants("snn"))
        snn = labSpikingModel(lab, Step::Convert, kSnnFile, snnSha, notes);
    if (wants("encrypted"))
        encrypted = labSpikingModel(lab, Step::Encrypt, kEncryptedFile, encryptedSha, notes);
    std::vector<MembershipTargetModel> targets;
    if (wants("ann"))
        targets.push_back({"ANN", teacherPath, teacherSha, &teacher, nullptr});
    if (snn)
        targets.push_back({"SNN", kSnnFile, snnSha, nullptr, &*snn});
    if (encrypted)
        targets.push_back({"encrypted SNN", kEncryptedFile, encryptedSha, nullptr, &*encrypted});
    if (targets.empty())
        throw Error(ErrorCode::InvalidArgument,
                    "None of the models asked for is in the lab: " + (notes.empty() ? std::string() : notes.back()),
                    "Run the lab's steps first (privatesnn run --lab " + folder + "), or add ann to --targets.");

    lab.log("Membership audit started: " + std::to_string(data.members) + " members (" + membersSpec + "), "
            + std::to_string(data.nonMembers) + " non-members (" + nonMembersSpec + ")");
    MembershipAudit audit =
        runMembershipAudit(teacher, targets, data, options.config, lab.path("membership/references"),
                           "membership/references/", teacher.info.classNames, progress, listener);
    MembershipResults& r = audit.results;
    r.membersSpec = membersSpec;
    r.nonMembersSpec = nonMembersSpec;
    r.membersSource = members.source;
    r.nonMembersSource = nonMembers.source;
    r.notes.insert(r.notes.begin(), notes.begin(), notes.end());
    std::vector<std::string> late;
    updateResultsFile(lab, r, late); // before the files, so their notes say what happened to results.json
    r.notes.insert(r.notes.end(), late.begin(), late.end());
    writeMembershipFiles(lab.path("membership"), audit);
    lab.log("Membership audit: " + std::to_string(r.rows.size()) + " attacks on " + std::to_string(r.targets.size())
            + " models written to membership/");
    return audit;
}

std::optional<MembershipResults> currentLabMembership(const std::string& labFolder, const std::string& teacherSha256,
                                                      const std::string& snnSha256, const std::string& encryptedSha256,
                                                      std::string& stale)
{
    std::optional<MembershipResults> audit;
    try {
        audit = readMembershipResults(labFolder);
    } catch (const Error& e) {
        stale = e.what();
        return std::nullopt;
    }
    if (!audit)
        return std::nullopt;
    for (const MembershipTarget& t : audit->targets) {
        const std::string& now = t.name == "ANN" ? teacherSha256 : t.name == "SNN" ? snnSha256 : encryptedSha256;
        if (t.sha256 != now) {
            stale = "The membership audit (" + std::string(kMembershipFile) + ") attacked another " + t.name
                + " than the lab holds now; run 'privatesnn membership --lab " + labFolder + "' again.";
            return std::nullopt;
        }
    }
    return audit;
}

} // namespace psnn
