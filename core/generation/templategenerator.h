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
    qint64 rowCount() const { return qint64(m_levels.size()); }
    int levelAt(qint64 index) const { return m_levels[size_t(index)]; }

    Example exampleAt(qint64 index) const;
    // Rows [begin, end) as examples / as JSONL lines. Thread-safe: const and no shared mutable state.
    QVector<Example> examples(qint64 begin, qint64 end) const;
    void appendJsonl(QByteArray &out, qint64 begin, qint64 end, bool withMeta) const;

    // The k-th row for a level outside any plan, for filling LLM shortfalls ("fallback").
    Example exampleForLevel(int level, qint64 k) const;

private:
    struct Entry
    {
        int tmpl = 0;
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
    };
    template <typename Sink> void render(const TemplateBank::Text &text, const Draw &d, Sink &sink) const;

    Draw draw(int level, qint64 k, qint64 index) const;
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
    Example toExample(const Draw &d) const;
    void toJson(QByteArray &out, const Draw &d, bool withMeta) const;
    LevelCounts countsBefore(qint64 index) const;

    std::shared_ptr<const TemplateBank> m_bank;
    Options m_options;
    QStringList m_topics;
    QVector<QByteArray> m_topicsJson;
    std::array<std::vector<Entry>, Rubric::LevelCount> m_pools;
    std::vector<qint8> m_levels;
    std::vector<LevelCounts> m_checkpoints;                      // per-level counts before every kCheckpoint rows
    std::array<std::vector<qint64>, Rubric::LevelCount> m_skips; // per level, ascending: draws that repeat a prompt
    std::array<QByteArray, Rubric::LevelCount> m_rewardJson;
    QVector<QByteArray> m_tagsJson; // per template
    QByteArray m_idPrefix;
    QByteArray m_createdJson;
};

} // namespace candor
