// SPDX-License-Identifier: GPL-3.0-or-later
// The study's grid of defended points, its summary statistics, the recommendation and the CSV.
#include "privatesnn/study.h"

#include "privatesnn/error.h"
#include "privatesnn/study_caveat.h"
#include "privatesnn/text_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>

namespace psnn {
namespace {

constexpr double kPaperDose = 1e-4 * 20; // the paper's learning rate x epochs (§5.1)

StudyPoint encryptionPoint(int index, int epochs, double lr, const char* label)
{
    StudyPoint p;
    p.id = "encryption-" + std::to_string(index);
    p.defence = "encryption";
    p.label = label;
    p.epochs = epochs;
    p.learningRate = lr;
    p.strength = epochs > 0 ? lr * epochs / kPaperDose : 0;
    return p;
}

std::string points(double fraction)
{
    char text[32];
    std::snprintf(text, sizeof(text), "%.1f", fraction * 100);
    return text;
}

} // namespace

const std::vector<std::string>& studyGridKeys()
{
    static const std::vector<std::string> keys{"leakage.attack1.restarts", "leakage.attack2.restarts",
                                               "leakage.attack1.iterations", "leakage.attack2.iterations"};
    return keys;
}

StudyConfig studyGrid(const std::string& name, const PipelineConfig& pipeline, const std::vector<std::string>& keep)
{
    StudyConfig c;
    c.grid = name;
    c.attack1 = pipeline.leakage.attack1;
    c.attack2 = pipeline.leakage.attack2;
    c.attack1.classes.clear();
    c.attack2.classes.clear();
    c.secondJudge = pipeline.secondJudge;
    std::vector<StudyPoint> enc;
    if (name == "default") {
        // From none through the paper's dose to far beyond 100x its weight movement: Adam moves each
        // weight by about lr per step, so the dose grows with lr x epochs (measured drift is reported).
        enc = {encryptionPoint(0, 0, 0, "none (converted SNN)"), encryptionPoint(1, 20, 1e-4, "paper: lr 1e-4, 20 epochs"),
               encryptionPoint(2, 5, 1e-3, "lr 1e-3, 5 epochs"), encryptionPoint(3, 5, 1e-2, "lr 1e-2, 5 epochs"),
               encryptionPoint(4, 5, 5e-2, "lr 5e-2, 5 epochs")};
        c.attack1.restarts = 10; // 10 classes x 10 independent restarts = 100 images per attack
        c.attack2.restarts = 10;
    } else if (name == "quick") {
        enc = {encryptionPoint(0, 0, 0, "none (converted SNN)"), encryptionPoint(1, 2, 1e-3, "lr 1e-3, 2 epochs"),
               encryptionPoint(2, 2, 1e-2, "lr 1e-2, 2 epochs")};
        c.attack1.restarts = 2;
        c.attack2.restarts = 2;
        c.attack1.iterations = 50;
        c.attack2.iterations = 10;
    } else {
        throw Error(ErrorCode::InvalidArgument, "Unknown study grid '" + name + "'.", "Choose 'default' or 'quick'.");
    }
    const auto kept = [&](const char* key) { return std::find(keep.begin(), keep.end(), key) != keep.end(); };
    if (kept("leakage.attack1.restarts"))
        c.attack1.restarts = pipeline.leakage.attack1.restarts;
    if (kept("leakage.attack2.restarts"))
        c.attack2.restarts = pipeline.leakage.attack2.restarts;
    if (kept("leakage.attack1.iterations"))
        c.attack1.iterations = pipeline.leakage.attack1.iterations;
    if (kept("leakage.attack2.iterations"))
        c.attack2.iterations = pipeline.leakage.attack2.iterations;
    c.points = enc;
    for (const StudyPoint& e : enc) {
        if (e.epochs == 0)
            continue;
        StudyPoint noise = e;
        noise.id = "noise-" + e.id.substr(e.id.find('-') + 1);
        noise.defence = "noise";
        noise.label = "Gaussian noise matched to " + e.label;
        noise.matches = e.id;
        c.points.push_back(noise);
    }
    // Reinit: the strongest dose that keeps training stable on the demo, from fresh random weights.
    StudyPoint reinit = name == "default" ? encryptionPoint(0, 10, 1e-3, "") : encryptionPoint(0, 2, 1e-3, "");
    reinit.id = "reinit-0";
    reinit.defence = "reinit";
    reinit.label = "distillation from a random init, lr 1e-3, " + std::to_string(reinit.epochs) + " epochs";
    c.points.push_back(reinit);
    return c;
}

void summariseStudy(StudySummary& s, int bootstrapResamples, uint64_t seed)
{
    const StudyPointResult* none = nullptr;
    for (const StudyPointResult& p : s.points)
        if (p.point.defence == "encryption" && p.point.epochs == 0)
            none = &p;
    bool twoJudges = false, oneJudge = false;
    for (StudyPointResult& p : s.points) {
        // The family: every test whose strongest counts at this point, one per attack and judge.
        int family = 0;
        for (const StudyAttackRow& a : p.attacks)
            if (!a.correct.empty())
                family += a.correct2.size() == a.correct.size() ? 2 : 1;
        std::vector<VerdictResult> attacks;
        for (StudyAttackRow& a : p.attacks) {
            const int64_t n = int64_t(a.correct.size());
            if (n == 0)
                continue;
            // The power figure counts in whole restarts: one more adds an image of every class attacked.
            const std::set<int64_t> classes(a.labels.begin(), a.labels.end());
            const VerdictRule rule{s.chance, s.margin, s.level, family, std::max<int64_t>(1, int64_t(classes.size()))};
            int64_t hits = 0;
            for (int c : a.correct)
                hits += c;
            a.images = n;
            a.accuracy = double(hits) / double(n);
            a.interval = clopperPearson(hits, n, s.level);
            a.bootstrap = stratifiedBootstrap(a.correct, a.labels, bootstrapResamples, seed);
            a.judgeVerdicts = {decideVerdict(hits, n, rule)};
            if (a.correct2.size() == a.correct.size()) {
                int64_t hits2 = 0, agree = 0;
                for (size_t i = 0; i < a.correct.size(); ++i) {
                    hits2 += a.correct2[i];
                    agree += a.correct2[i] == a.correct[i] ? 1 : 0;
                }
                a.accuracy2 = double(hits2) / double(n);
                a.agreement = double(agree) / double(n);
                a.judgeVerdicts.push_back(decideVerdict(hits2, n, rule));
            }
            (a.judgeVerdicts.size() == 2 ? twoJudges : oneJudge) = true;
            a.verdict = combineVerdicts(a.judgeVerdicts);
            attacks.push_back(a.verdict);
            a.mcnemarP = 1;
            if (none && none != &p)
                for (const StudyAttackRow& base : none->attacks)
                    if (base.attack == a.attack && base.labels == a.labels) {
                        int64_t b = 0, c = 0; // b: only the undefended model's image was recognised
                        for (size_t i = 0; i < a.correct.size(); ++i) {
                            b += base.correct[i] && !a.correct[i];
                            c += !base.correct[i] && a.correct[i];
                        }
                        a.mcnemarP = mcnemarExact(b, c);
                    }
        }
        p.verdict = combineVerdicts(attacks);
        p.strongest = 0;
        for (size_t i = 1; i < p.attacks.size(); ++i)
            if (p.attacks[i].accuracy > p.attacks[p.strongest].accuracy)
                p.strongest = i;
    }
    s.judges = twoJudges && !oneJudge ? 2 : 1;
    recommend(s);
}

void recommend(StudySummary& s)
{
    s.recommended.reset();
    double worstLoss = 0;
    for (size_t i = 0; i < s.points.size(); ++i) {
        const StudyPointResult& p = s.points[i];
        if (p.attacks.empty())
            continue;
        const double loss = p.annAccuracy - p.snnAccuracy;
        worstLoss = std::max(worstLoss, loss);
        if (p.verdict.verdict != StudyVerdict::Protected)
            continue;
        if (!s.recommended)
            s.recommended = i;
        const StudyPointResult& best = s.points[*s.recommended];
        const double bestLoss = best.annAccuracy - best.snnAccuracy;
        if (loss < bestLoss || (loss == bestLoss && p.relativeL2 < best.relativeL2))
            s.recommended = i;
    }
    std::ostringstream text;
    const std::string level = formatPercent(s.level, 0);
    if (!s.recommended) {
        text << "No setting explored is protected against this attacker budget: at every point some attack's " << level
             << " interval (family-wise over the point's attacks and judges) reaches above chance + "
             << points(s.margin)
             << " points or lies above chance (largest accuracy loss explored: " << points(worstLoss)
             << " points against the ANN).";
    } else {
        const StudyPointResult& p = s.points[*s.recommended];
        const StudyAttackRow& a = p.attacks[p.strongest];
        text << "The weakest setting protected against this attacker budget is " << p.point.defence << " ("
             << p.point.label << "): every attack's " << level << " interval, for every judge, ends at most "
             << points(s.margin) << " points above chance (highest upper bound "
             << formatPercent(p.verdict.interval.high) << ", family-wise over " << p.verdict.family << " tests; chance "
             << formatPercent(s.chance, 0) << "); its strongest attack, " << a.attack << ", reaches "
             << formatPercent(a.accuracy) << " judge accuracy, at a cost of " << points(p.annAccuracy - p.snnAccuracy)
             << " points of accuracy against the ANN.";
    }
    if (s.judges < 2)
        text << " The verdicts rest on one judge: no second judge was given (setting study.second_judge).";
    s.answer = text.str();
}

std::string studyCsv(const StudySummary& s, const RatingsSummary* human)
{
    std::ostringstream out;
    out << "defence,strength,weight_relative_l2,snn_accuracy,reconverted_ann_accuracy,attack,judge_accuracy,judge_ci_"
           "low,"
           "judge_ci_high,images,fid,verdict,too_few_images"
        << (human ? ",human_accuracy,human_ci_low,human_ci_high,human_ratings\n" : "\n");
    char line[512];
    for (const StudyPointResult& p : s.points)
        for (const StudyAttackRow& a : p.attacks) {
            // too_few_images: 1 where the point's verdict rests on too few images to act on (the quick grid),
            // as the CLI, the report and the GUI mark it beside the verdict.
            std::snprintf(line, sizeof(line), "%s,%.6g,%.6g,%.4f,%.4f,\"%s\",%.4f,%.4f,%.4f,%lld,%.4f,%s,%d\n",
                          p.point.defence.c_str(), p.point.strength, p.relativeL2, p.snnAccuracy, p.reconvertedAccuracy,
                          a.attack.c_str(), a.accuracy, a.interval.low, a.interval.high, (long long)a.images, a.fid,
                          verdictText(a.verdict).c_str(), tooFewImagesForVerdict(s, p) ? 1 : 0);
            std::string row = line;
            if (human) {
                const auto it = std::find_if(human->rows.begin(), human->rows.end(), [&](const HumanRow& h) {
                    return h.point == p.point.id && h.attack == a.attack;
                });
                if (it != human->rows.end()) {
                    std::snprintf(line, sizeof(line), ",%.4f,%.4f,%.4f,%lld", it->accuracy, it->verdict.interval.low,
                                  it->verdict.interval.high, (long long)it->ratings);
                    row.insert(row.size() - 1, line);
                } else {
                    row.insert(row.size() - 1, ",,,,");
                }
            }
            out << row;
        }
    return out.str();
}

} // namespace psnn
