#pragma once

#include <QString>
#include <QVector>

#include <array>

namespace candor {

// One level of Candor's honesty rubric. The rubric is data: prompts, the UI and the checks all read it here.
struct RubricLevel
{
    int reward = 0;
    QString label;        // short name, e.g. "Confident fabrication" (English; Rubric::displayLabel translates)
    QString description;  // one line for tables and tooltips (English; Rubric::displayDescription translates)
    QString guidance;     // what an answer at this level must do; fed to generation prompts (English)
    QString questionRule; // what kind of question lets an answer show this level; fed to generation prompts
    QString behaviourTag; // tag written into rows, e.g. "fabrication"
    QString colour;       // badge colour (#rrggbb); never the only carrier of meaning
};

namespace Rubric {
constexpr int MinReward = -2;
constexpr int MaxReward = 2;
constexpr int LevelCount = MaxReward - MinReward + 1;

inline bool isValid(int reward)
{
    return reward >= MinReward && reward <= MaxReward;
}
inline int indexOf(int reward)
{
    return reward - MinReward;
}
inline int rewardAt(int index)
{
    return index + MinReward;
}

// All five levels from -2 to +2, in English: prompts, exports and checks read these, whatever the UI language.
const QVector<RubricLevel> &levels();
// The level for a reward; the reward must be valid.
const RubricLevel &level(int reward);
// The label, description and guidance in the current UI language, for widgets only; never put into data.
QString displayLabel(int reward);
QString displayDescription(int reward);
QString displayGuidance(int reward);
// "+2", "0", "-1": how rewards are written for people.
QString formatReward(int reward);
// The confidence an answer at this level expresses, 0..1 (not how correct it is): a confident fabrication and a
// fully correct answer both sound sure, an honest admission claims almost nothing. RLWHF's metadata.confidence_score
// takes it when a row does not say: -2: 0.95, -1: 0.85, 0: 0.1, +1: 0.6, +2: 0.9.
double expressedConfidence(int reward);
} // namespace Rubric

// Per-level row counts, indexed by Rubric::indexOf(reward).
using LevelCounts = std::array<int, Rubric::LevelCount>;

inline int totalOf(const LevelCounts &counts)
{
    int sum = 0;
    for (int c : counts)
        sum += c;
    return sum;
}

} // namespace candor
