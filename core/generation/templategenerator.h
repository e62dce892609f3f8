#pragma once

#include "dataset/example.h"
#include "dataset/generationconfig.h"
#include "generation/templatebank.h"

#include <memory>
#include <vector>

namespace candor {

// Candor's offline generator: fills templates from the bank, deterministically from the seed.
//
// Row i is a pure function of (bank, seed, topics, options, i), so chunks can be produced on several
// threads and still give byte-identical files. Within a template, draws walk an affine permutation of
// (table row x phrasing), then add framings, so prompts repeat only after a template's space is used up.
class TemplateGenerator
{
public:
    struct Options
    {
        quint64 seed = 42;
        QStringList topics;
        bool searchHints = false;
        bool longForm = false;
        qint64 createdMs = 0; // stamped into meta.created; 0 = omit

        // The template options a run's configuration asks for (seed, topics, search hints, long form).
        static Options fromConfig(const GenerationConfig &config, qint64 createdMs = 0);
    };

    TemplateGenerator(std::shared_ptr<const TemplateBank> bank, const Options &options);

    // Plans a dataset with these per-level counts, levels shuffled by the seed. Within a level no prompt repeats
    // (compared as validate does: case, spacing and end punctuation aside): a draw that renders an earlier prompt
    // is skipped for the next one. False if the bank has no template for a requested level, or cannot make that
    // many different prompts for it (the error says how many it can).
    bool plan(const LevelCounts &counts, QString *error);
    // The same with contrast ladders: plan.ladders ladders come first, each one prompt answered at every level of
    // plan.levelSet in turn (rows carry meta.group and meta.level_set), then plan.independent rows as above. No
    // ladder prompt repeats, and no independent row at a level repeats a ladder's prompt.
    bool plan(const RowPlan &plan, QString *error);
    qint64 rowCount() const { return m_ladderRows + qint64(m_levels.size()); }
    int levelAt(qint64 index) const
    {
        return index < m_ladderRows ? m_ladderLevels[size_t(index % m_ladderLevels.size())]
                                    : m_levels[size_t(index - m_ladderRows)];
    }

    Example exampleAt(qint64 index) const;
    // Rows [begin, end) as examples / as JSONL lines. Thread-safe: const and no shared mutable state.
    QVector<Example> examples(qint64 begin, qint64 end) const;
    void appendJsonl(QByteArray &out, qint64 begin, qint64 end, bool withMeta) const;

    // The k-th row for a level outside any plan, for filling LLM shortfalls ("fallback").
    Example exampleForLevel(int level, qint64 k) const;

private:
    struct Entry
    {
        int tmpl = 0;           // index into the bank's templates, or its ladders for a ladder entry
        int topic = -1;         // index into m_topics, -1 = none
        quint64 space = 1;      // distinct prompts: prompt rows x phrasings
        quint64 promptRows = 1; // table rows that change the prompt text (1 if no phrasing names a column)
        quint64 mul = 1, add = 0;
    };
    struct Draw
    {
        const Entry *entry = nullptr;
        int row = 0, prompt = 0, answer = 0, prefix = 0, suffix = 0;
        int level = 0;
        qint64 index = 0;
        int ladder = -1; // the ladder's number in the plan; -1 = an independent row
    };
    template <typename Sink> void render(const TemplateBank::Text &text, const Draw &d, Sink &sink) const;

    Draw draw(int level, qint64 k, qint64 index) const;
    // The k-th ladder draw, at one of its levels: the prompt is the same at every level.
    Draw ladderDraw(qint64 k, int level, qint64 index) const;
    // The draw's framing (prefix and suffix) from its hash and how many times its space was walked before.
    void setFraming(Draw &d, quint64 h, quint64 cycle) const;
    // What a draw renders, from its template or its ladder.
    const TemplateBank::Text &promptText(const Draw &d) const;
    const QVector<TemplateBank::Text> &answerTexts(const Draw &d) const;
    const TemplateBank::Text &longText(const Draw &d) const;
    const TemplateBank::Text &feedbackText(const Draw &d) const;
    const TemplateBank::Text &searchText(const Draw &d) const;
    int domainOf(const Draw &d) const;
    int tableOf(const Draw &d) const;
    // The normalised prompt's fingerprint; buffer is scratch space, reused so planning allocates nothing per row.
    quint64 promptKey(const Draw &d, QString &buffer) const;
    // Planned rows walk the draws of their level in order, leaving out the skipped ones (repeats).
    struct Cursor
    {
        qint64 k = 0;
        size_t skip = 0; // the first skipped draw >= k
    };
    Cursor cursorAt(int levelIndex, qint64 rank) const;
    qint64 take(int levelIndex, Cursor &cursor) const;
    // Row index's draw; cursors walk the independent rows' levels from the row before.
    Draw drawAt(qint64 index, std::array<Cursor, Rubric::LevelCount> &cursors) const;
    std::array<Cursor, Rubric::LevelCount> cursorsAt(qint64 index) const;
    Example toExample(const Draw &d) const;
    void toJson(QByteArray &out, const Draw &d, bool withMeta) const;
    LevelCounts countsBefore(qint64 index) const;

    std::shared_ptr<const TemplateBank> m_bank;
    Options m_options;
    QStringList m_topics;
    QVector<QByteArray> m_topicsJson;
    std::array<std::vector<Entry>, Rubric::LevelCount> m_pools;
    std::vector<Entry> m_ladderPool;
    std::vector<qint64> m_ladderSkips; // ladder draws that repeat a prompt
    std::vector<int> m_ladderLevels;   // the levels of a ladder, in row order
    qint64 m_ladderRows = 0;           // rows [0, m_ladderRows) are ladders
    quint8 m_levelSet = 0;
    QVector<QString> m_templateIds;                                       // meta.template per template
    QVector<QString> m_ladderIds;                                         // meta.template per ladder
    QVector<std::array<QByteArray, Rubric::LevelCount>> m_ladderTagsJson; // per ladder and level
    QByteArray m_seedJson;
    std::vector<qint8> m_levels;
    std::vector<LevelCounts> m_checkpoints;                      // per-level counts before every kCheckpoint rows
    std::array<std::vector<qint64>, Rubric::LevelCount> m_skips; // per level, ascending: draws that repeat a prompt
    std::array<QByteArray, Rubric::LevelCount> m_rewardJson;
    QVector<QByteArray> m_tagsJson; // per template
    QByteArray m_idPrefix;
    QByteArray m_groupPrefix;  // meta.group of a ladder: the prefix and the ladder's number
    QByteArray m_levelSetJson; // meta.level_set of the planned ladders
    QByteArray m_createdJson;
};

} // namespace candor
