// SPDX-License-Identifier: GPL-3.0-or-later
// The study's grid of defended points, its summary statistics, the recommendation and the CSV.
#include "privatesnn/study.h"
#include "privatesnn/study_controls.h"

#include "privatesnn/error.h"
#include "privatesnn/study_caveat.h"
#include "privatesnn/study_seeds.h"
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

std::vector<std::string> studyGridKeys(const std::string& name)
{
    std::vector<std::string> keys{"leakage.attack1.restarts", "leakage.attack2.restarts", "leakage.attack1.iterations",
                                  "leakage.attack2.iterations"};
    if (name == "quick")
        keys.push_back("study.defence_seeds");
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
    c.secondJudge = pipeline.studySecondJudge.empty() ? pipeline.secondJudge : pipeline.studySecondJudge;
    const auto kept = [&](const char* key) { return std::find(keep.begin(), keep.end(), key) != keep.end(); };
    // The quick grid is a preview (20 images per attack, too few for a verdict): one network per
    // point keeps it to a few minutes; the evidence grid builds each defence defenceSeeds times.
    c.defenceSeeds = name == "quick" && !kept("study.defence_seeds") ? 1 : pipeline.defenceSeeds;
    if (c.defenceSeeds < 1)
        throw Error(ErrorCode::InvalidArgument, "study.defence_seeds is " + std::to_string(c.defenceSeeds) + ".",
                    "Build each defended point at least once: set study.defence_seeds to 1 or more (3 by default).");
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
    addControlsAndDefences(c, pipeline);
    // Every trained or noised point is a random realisation of its defence: several, so claims about
    // the defence are not claims about one network (early layers and label smoothing included). So is
    // the random-network control: "no class knowledge scores chance" holds over random networks, not
    // for each one (one network whose attacks land every class's images in the same one or two judge
    // classes scores far from chance by the luck of that draw). The undefended point and k-bit
    // weights are the same network at every seed; the transfer control attacks nothing, once.
    for (StudyPoint& p : c.points)
        if (p.epochs > 0 || p.defence == "noise" || p.defence == "random-control")
            p.seeds = c.defenceSeeds;
    return c;
}

std::string StudyJob::id() const
{
    return point->id + "-s" + std::to_string(seed);
}

std::vector<StudyJob> studyJobs(const StudyConfig& study)
{
    std::vector<StudyJob> jobs;
    for (const StudyPoint& p : study.points)
        for (int k = 0; k < std::max(1, p.seeds); ++k)
            jobs.push_back({&p, k});
    return jobs;
}

namespace {

/// A point's seeds (1 for a point without per-seed values, such as a version 2 file's).
int seedsOf(const StudyPointResult& p)
{
    return std::max<int>(1, int(p.seeds.size()));
}

/// The paired comparison of two points under the same attack, judge 1: seed k against seed k, or a
/// one-seed point (the undefended one) against every seed of the other. Empty when they were not
/// attacked with the same images (classes, restarts) or have no judge.
std::optional<StudyComparison> compare(const StudyPointResult& first, const StudyPointResult& second,
                                       const std::string& attack)
{
    const auto row = [&](const StudyPointResult& p) -> const StudyAttackRow* {
        for (const StudyAttackRow& a : p.attacks)
            if (a.attack == attack && !a.correct.empty())
                return &a;
        return nullptr;
    };
    const StudyAttackRow *a = row(first), *b = row(second);
    const int sa = seedsOf(first), sb = seedsOf(second);
    if (!a || !b || (sa != sb && sa != 1 && sb != 1))
        return std::nullopt;
    const size_t ma = a->correct.size() / size_t(sa), mb = b->correct.size() / size_t(sb);
    if (ma != mb || ma == 0)
        return std::nullopt;
    const int seeds = std::max(sa, sb);
    std::vector<int64_t> onlyFirst, onlySecond;
    for (int k = 0; k < seeds; ++k) {
        const size_t fa = size_t(sa == 1 ? 0 : k) * ma, fb = size_t(sb == 1 ? 0 : k) * mb;
        int64_t only1 = 0, only2 = 0;
        for (size_t i = 0; i < ma; ++i) {
            if (a->labels[fa + i] != b->labels[fb + i])
                return std::nullopt; // not the same images
            only1 += a->correct[fa + i] && !b->correct[fb + i];
            only2 += !a->correct[fa + i] && b->correct[fb + i];
        }
        onlyFirst.push_back(only1);
        onlySecond.push_back(only2);
    }
    const PairedDifference d = pairedDifference(onlyFirst, onlySecond, int64_t(ma));
    StudyComparison c;
    c.first = first.point.id;
    c.second = second.point.id;
    c.attack = attack;
    c.difference = d.difference;
    c.interval = d.interval;
    c.p = d.p;
    c.pairs = d.pairs;
    c.firstLoss = first.accuracyLost();
    c.secondLoss = second.accuracyLost();
    c.equalAccuracyLoss = std::abs(c.firstLoss - c.secondLoss) <= 0.01;
    return c;
}

} // namespace

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
        const int seeds = seedsOf(p);
        std::vector<VerdictResult> attacks;
        for (StudyAttackRow& a : p.attacks) {
            const int64_t n = int64_t(a.correct.size());
            if (n == 0)
                continue;
            // The power figure counts in whole restarts: one more adds an image of every class attacked.
            const std::set<int64_t> classes(a.labels.begin(), a.labels.end());
            const VerdictRule rule{s.chance, s.margin, s.level, family, std::max<int64_t>(1, int64_t(classes.size()))};
            const SeedSpread spread = seedSpread(a.correct, a.labels, seeds);
            a.images = n;
            a.accuracy = spread.mean;
            a.seedAccuracy = spread.seedAccuracy;
            a.designEffect = spread.designEffect(s.level);
            a.interval = seededInterval(spread, s.level);
            a.bootstrap = twoStageBootstrap(a.correct, a.labels, seeds, bootstrapResamples, seed, s.level);
            a.judgeVerdicts = {decideSeededVerdict(spread, rule)};
            a.accuracy2.reset();
            a.agreement.reset();
            a.seedAccuracy2.clear();
            if (a.correct2.size() == a.correct.size()) {
                const SeedSpread spread2 = seedSpread(a.correct2, a.labels, seeds);
                int64_t agree = 0;
                for (size_t i = 0; i < a.correct.size(); ++i)
                    agree += a.correct2[i] == a.correct[i] ? 1 : 0;
                a.accuracy2 = spread2.mean;
                a.seedAccuracy2 = spread2.seedAccuracy;
                a.agreement = double(agree) / double(n);
                a.judgeVerdicts.push_back(decideSeededVerdict(spread2, rule));
            }
            (a.judgeVerdicts.size() == 2 ? twoJudges : oneJudge) = true;
            a.verdict = combineVerdicts(a.judgeVerdicts);
            attacks.push_back(a.verdict);
            a.mcnemarP = 1;
            if (none && none != &p)
                if (const auto c = compare(p, *none, a.attack))
                    a.mcnemarP = c->p;
        }
        for (size_t k = 0; k < p.seeds.size(); ++k) { // each seed's own judge accuracy, per attack
            p.seeds[k].judgeAccuracy.clear();
            for (const StudyAttackRow& a : p.attacks)
                p.seeds[k].judgeAccuracy.push_back(k < a.seedAccuracy.size() ? a.seedAccuracy[k] : 0.0);
        }
        p.verdict = combineVerdicts(attacks);
        p.strongest = 0;
        for (size_t i = 1; i < p.attacks.size(); ++i)
            if (p.attacks[i].accuracy > p.attacks[p.strongest].accuracy)
                p.strongest = i;
    }
    // Each defended point against the undefended one, and each noise control against the encryption
    // it matches, attack by attack. The controls defend nothing: no dose to compare.
    s.comparisons.clear();
    for (const StudyPointResult& p : s.points) {
        if (isStudyControl(p.point.defence))
            continue;
        std::vector<const StudyPointResult*> against;
        if (none && none != &p)
            against.push_back(none);
        if (p.point.defence == "noise")
            for (const StudyPointResult& q : s.points)
                if (q.point.id == p.point.matches)
                    against.push_back(&q);
        for (const StudyPointResult* q : against)
            for (const StudyAttackRow& a : p.attacks) {
                // Encryption first when it is one side: "encryption-k minus noise-k", "dose minus none".
                const bool encryptionFirst = q->point.defence == "encryption" && q != none;
                if (auto c = encryptionFirst ? compare(*q, p, a.attack) : compare(p, *q, a.attack))
                    s.comparisons.push_back(std::move(*c));
            }
    }
    s.judges = twoJudges && !oneJudge ? 2 : 1;
    checkControls(s);
    recommend(s);
}

void recommend(StudySummary& s)
{
    s.recommended.reset();
    double worstLoss = 0;
    for (size_t i = 0; i < s.points.size(); ++i) {
        const StudyPointResult& p = s.points[i];
        if (p.attacks.empty() || isStudyControl(p.point.defence)) // a control defends nothing
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
                // People rate one folder per job: a point's column pools its seeds' folders (or an
                // older single run's), at the family-wise level of the rows it pools.
                int64_t correct = 0, ratings = 0;
                double level = 0.95;
                for (const HumanRow& h : human->rows)
                    if (h.attack == a.attack && (h.point == p.point.id || h.point.rfind(p.point.id + "-s", 0) == 0)) {
                        correct += h.correct;
                        ratings += h.ratings;
                        level = h.verdict.testLevel();
                    }
                if (ratings > 0) {
                    const Interval ci = clopperPearson(correct, ratings, level);
                    std::snprintf(line, sizeof(line), ",%.4f,%.4f,%.4f,%lld", double(correct) / double(ratings), ci.low,
                                  ci.high, (long long)ratings);
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
