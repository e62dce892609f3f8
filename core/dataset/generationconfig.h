#pragma once

#include "dataset/distribution.h"
#include "dataset/example.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace candor {
using namespace Qt::StringLiterals;

enum class GenerationMode
{
    Template,
    Llm
};

// How prompts relate across levels.
enum class LadderMode
{
    Independent, // every row its own prompt
    Ladders,     // every prompt a contrast ladder: answered once at each level of the ladder's level set
    Mix          // a share of the prompts as ladders, the other rows independent
};

// The rows a run makes: `ladders` ladders of one row per level in levelSet (grouped, first), then the independent
// rows per level.
struct RowPlan
{
    int ladders = 0;
    quint8 levelSet = 0; // Example::levelSet bits
    LevelCounts independent{};
    int ladderSize() const;
};

// Everything one generation run needs, and nothing secret: it is saved as the project file and as
// the head of the run journal, so API keys never live here (they stay in the keychain).
struct GenerationConfig
{
    static constexpr int FormatVersion = 1;

    GenerationMode mode = GenerationMode::Template;
    int count = 100;
    Distribution distribution;
    QStringList topics; // empty = all domains
    quint64 seed = 42;
    bool searchHints = false;
    bool longForm = false;
    LadderMode ladderMode = LadderMode::Independent;
    double ladderShare = 0.5;        // LadderMode::Mix: the share of rows in ladders
    quint8 ladderLevels = 0x1f;      // the ladders' level set (Example::levelSet bits), all five by default
    QString language = u"English"_s; // language of the generated rows
    bool allowFallback = false;      // fill shortfalls from templates, marked "fallback"
    bool keepLevelMismatch = false;  // keep rows the model labelled at another level
    // Failed requests in a row (no success between them, rate limits aside), over at least 30 s, after which an
    // LLM run pauses instead of retrying on; 0 = never pause.
    int pauseAfterFailures = 5;

    // LLM settings
    QString provider = u"openai"_s;
    QString baseUrl;
    QString model;
    double temperature = 0.9;
    int maxTokens = 4096;
    int batchSize = 5;
    int concurrency = 4;
    bool stream = true;
    double budgetUsd = 0;               // 0 = no cap
    QString systemPrompt;               // empty = default
    QMap<int, QString> promptTemplates; // per reward level; absent = default

    // Rows per level for this configuration: the distribution's counts, or in ladder mode `count` split evenly over
    // the ladder's levels (count must then be a multiple of their number). Nothing, with the reason, when the
    // numbers do not work out.
    std::optional<LevelCounts> levelCounts(QString *error) const;
    // How rows with these per-level counts are made: which are ladders, which independent.
    RowPlan rowPlan(const LevelCounts &counts) const;

    // Checks ranges; returns a one-line error for the first problem found.
    bool validate(QString *error) const;

    QJsonObject toJson() const;
    // Reads a config written by toJson. Unknown keys are ignored; any key that looks like a secret is dropped.
    static std::optional<GenerationConfig> fromJson(const QJsonObject &object, QString *error);

    bool operator==(const GenerationConfig &o) const;
    bool operator!=(const GenerationConfig &o) const { return !(*this == o); }
};

QString modeName(GenerationMode mode);
QString ladderModeName(LadderMode mode);
bool ladderModeFromName(const QString &name, LadderMode *out);
bool modeFromName(const QString &name, GenerationMode *out);

} // namespace candor
