// SPDX-License-Identifier: GPL-3.0-or-later
// LAB/membership/: membership.json (the typed results) and the CSV files an auditor opens in a
// spreadsheet or re-analyses: the summary, the ROCs, per-class figures, the T sweep, the reference
// models, and every record's score under every attack.
#include "privatesnn/membership.h"

#include "privatesnn/error.h"
#include "privatesnn/output_path.h"

#include <ATen/ATen.h>

#include <cstdio>
#include <filesystem>
#include <optional>

namespace psnn {
namespace {

/// One CSV (RFC 4180: quoted when needed, CRLF line ends).
class Csv {
public:
    explicit Csv(const std::vector<std::string>& header) { row(header); }
    void row(const std::vector<std::string>& cells)
    {
        for (size_t i = 0; i < cells.size(); ++i)
            m_text += (i ? "," : "") + quoted(cells[i]);
        m_text += "\r\n";
    }
    const std::string& text() const { return m_text; }

private:
    static std::string quoted(const std::string& cell)
    {
        if (cell.find_first_of(",\"\r\n") == std::string::npos)
            return cell;
        std::string out = "\"";
        for (char c : cell)
            out += c == '"' ? std::string("\"\"") : std::string(1, c);
        return out + "\"";
    }
    std::string m_text;
};

std::string num(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", v);
    return text;
}

std::string num(const std::optional<double>& v)
{
    return v ? num(*v) : std::string();
}

std::string whole(int64_t v)
{
    return std::to_string(v);
}

const MembershipOperatingPoint& pointAt(const MembershipRow& row, double fpr)
{
    static const MembershipOperatingPoint none;
    const MembershipOperatingPoint* p = row.at(fpr);
    return p ? *p : none;
}

Csv summary(const MembershipResults& r)
{
    Csv csv({"target",
             "readout",
             "attack",
             "timesteps",
             "repeats",
             "scale",
             "member_accuracy",
             "non_member_accuracy",
             "auc",
             "auc_low",
             "auc_high",
             "advantage",
             "tpr_at_0.1pct",
             "tpr_0.1pct_low",
             "tpr_0.1pct_high",
             "fp_allowed_0.1pct",
             "resolved_0.1pct",
             "tpr_at_1pct",
             "tpr_1pct_low",
             "tpr_1pct_high",
             "fp_allowed_1pct",
             "misclassified_auc",
             "verdict",
             "verdict_reason"});
    for (const MembershipRow& row : r.rows) {
        const MembershipOperatingPoint& a = pointAt(row, 0.001);
        const MembershipOperatingPoint& b = pointAt(row, 0.01);
        std::optional<double> misclassified;
        for (const MembershipSlice& s : row.slices)
            if (s.name == "misclassified")
                misclassified = s.auc;
        csv.row({row.target,
                 row.readout,
                 row.attack,
                 whole(row.timesteps),
                 whole(row.repeats),
                 num(row.scale),
                 num(row.memberAccuracy),
                 num(row.nonMemberAccuracy),
                 num(row.auc),
                 num(row.aucLow),
                 num(row.aucHigh),
                 num(row.advantage),
                 num(a.tpr),
                 num(a.tprLow),
                 num(a.tprHigh),
                 whole(a.falsePositivesAllowed),
                 a.resolved ? "yes" : "no",
                 num(b.tpr),
                 num(b.tprLow),
                 num(b.tprHigh),
                 whole(b.falsePositivesAllowed),
                 num(misclassified),
                 membershipVerdictText(row.verdict),
                 row.verdictReason});
    }
    return csv;
}

Csv roc(const MembershipResults& r)
{
    Csv csv({"target", "readout", "attack", "fpr", "tpr"});
    for (const MembershipRow& row : r.rows)
        for (size_t i = 0; i < row.rocFpr.size(); ++i)
            csv.row({row.target, row.readout, row.attack, num(row.rocFpr[i]), num(row.rocTpr[i])});
    return csv;
}

Csv perClass(const MembershipResults& r)
{
    Csv csv({"target", "readout", "attack", "class", "name", "members", "non_members", "true_positives",
             "false_positives", "tpr_at_1pct_threshold", "tpr_low", "tpr_high", "fpr"});
    for (const MembershipRow& row : r.rows)
        for (const MembershipClassFigure& f : row.perClass)
            csv.row({row.target, row.readout, row.attack, whole(f.cls), f.name, whole(f.members), whole(f.nonMembers),
                     whole(f.truePositives), whole(f.falsePositives), num(f.tpr), num(f.tprLow), num(f.tprHigh),
                     num(f.fpr)});
    return csv;
}

Csv sweep(const MembershipResults& r)
{
    Csv csv({"target", "readout", "attack", "timesteps", "member_accuracy", "non_member_accuracy", "auc", "auc_low",
             "auc_high", "tpr_at_1pct", "tpr_low", "tpr_high"});
    for (const MembershipSweepPoint& p : r.sweep)
        csv.row({p.target, p.readout, p.attack, whole(p.timesteps), num(p.memberAccuracy), num(p.nonMemberAccuracy),
                 num(p.auc), num(p.aucLow), num(p.aucHigh), num(p.tprAtOnePercent), num(p.tprLow), num(p.tprHigh)});
    return csv;
}

Csv comparisons(const MembershipResults& r)
{
    Csv csv({"attack", "from", "from_readout", "to", "to_readout", "auc_difference", "low", "high"});
    for (const MembershipComparison& c : r.comparisons)
        csv.row({c.attack, c.from, c.fromReadout, c.to, c.toReadout, num(c.aucDifference), num(c.low), num(c.high)});
    return csv;
}

Csv references(const MembershipResults& r)
{
    Csv csv({"index", "file", "sha256", "train_images", "epochs", "seed", "population_accuracy", "seconds", "reused"});
    for (const MembershipReference& m : r.references)
        csv.row({whole(m.index), m.file, m.sha256, whole(m.trainImages), whole(m.epochs), whole(m.seed),
                 num(m.populationAccuracy), num(m.seconds), m.reused ? "yes" : "no"});
    return csv;
}

Csv scores(const MembershipAudit& audit)
{
    std::vector<std::string> header{"record", "member", "label"};
    for (const MembershipRow& row : audit.results.rows)
        header.push_back(row.target + " " + row.readout + " " + row.attack);
    Csv csv(header);
    const at::Tensor labels = audit.scores.labels.contiguous();
    for (size_t i = 0; i < audit.scores.member.size(); ++i) {
        std::vector<std::string> cells{whole(int64_t(i)), audit.scores.member[i] ? "1" : "0",
                                       whole(labels.data_ptr<int64_t>()[i])};
        for (const std::vector<double>& column : audit.scores.columns)
            cells.push_back(num(column[i]));
        csv.row(cells);
    }
    return csv;
}

} // namespace

std::vector<std::string> writeMembershipFiles(const std::string& folder, const MembershipAudit& audit)
{
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        throw Error(ErrorCode::FileUnwritable, "Cannot create the folder " + folder + ": " + ec.message() + ".",
                    "Make the lab folder writable, or copy the lab somewhere writable and audit the copy.");
    const MembershipResults& r = audit.results;
    const std::vector<std::pair<std::string, std::string>> files{
        {"summary.csv", summary(r).text()},
        {"roc.csv", roc(r).text()},
        {"per_class.csv", perClass(r).text()},
        {"sweep.csv", sweep(r).text()},
        {"comparisons.csv", comparisons(r).text()},
        {"references.csv", references(r).text()},
        {"scores.csv", scores(audit).text()},
        // Last, so a reader that finds it finds the CSVs it describes.
        {"membership.json", toJson(r).dump(1)}};
    std::vector<std::string> written;
    for (const auto& [name, text] : files) {
        writeFileAtomically(folder + "/" + name, text);
        written.push_back(folder + "/" + name);
    }
    return written;
}

} // namespace psnn
