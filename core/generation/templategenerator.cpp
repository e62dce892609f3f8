#include "generation/templategenerator.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <numeric>
#include <thread>

namespace candor {
using namespace Qt::StringLiterals;
namespace {

constexpr qint64 kCheckpoint = 4096;
// Out of 100 first draws of a (row, phrasing) pair, this many are asked plainly, without a framing.
constexpr quint64 kPlainPercent = 65;

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 mix(quint64 a, quint64 b)
{
    return splitmix(a ^ splitmix(b));
}
quint64 mix(quint64 a, quint64 b, quint64 c)
{
    return mix(mix(a, b), c);
}

quint64 gcd(quint64 a, quint64 b)
{
    return std::gcd(a, b);
}

// A multiplier coprime to n, so i -> (mul * i + add) mod n visits every value once.
quint64 coprimeMultiplier(quint64 n, quint64 h)
{
    if (n <= 2)
        return 1;
    quint64 m = 1 + h % (n - 1);
    while (gcd(m, n) != 1)
        m = 1 + (m % (n - 1));
    return m;
}

struct StringSink
{
    QString &out;
    const QStringList *cells;
    const QString *topic;
    void literal(const TemplateBank::Piece &p) { out += p.text; }
    void cell(int c) { out += cells->at(c); }
    void topicText() { out += *topic; }
};

struct JsonSink
{
    QByteArray &out;
    const QVector<QByteArray> *cells;
    const QByteArray *topic;
    void literal(const TemplateBank::Piece &p) { out += p.json; }
    void cell(int c) { out += cells->at(c); }
    void topicText() { out += *topic; }
};

// Fingerprints of the prompts planned so far at one level: open addressing over 64-bit hashes, so a plan of
// millions of rows needs 16 bytes a row for as long as it is being made, and nothing afterwards.
class FingerprintSet
{
public:
    explicit FingerprintSet(qint64 expected)
    {
        size_t capacity = 1024;
        while (capacity < size_t(expected) * 2)
            capacity *= 2;
        m_slots.assign(capacity, 0);
    }
    // True when the fingerprint is new.
    bool insert(quint64 key)
    {
        key |= 1; // 0 marks an empty slot
        if (m_size * 4 >= m_slots.size() * 3)
            grow();
        return place(m_slots, key);
    }

private:
    bool place(std::vector<quint64> &slots, quint64 key)
    {
        const size_t mask = slots.size() - 1;
        for (size_t i = size_t(key) & mask;; i = (i + 1) & mask) {
            if (slots[i] == key)
                return false;
            if (slots[i] == 0) {
                slots[i] = key;
                ++m_size;
                return true;
            }
        }
    }
    void grow()
    {
        std::vector<quint64> bigger(m_slots.size() * 2, 0);
        m_size = 0;
        for (const quint64 key : m_slots) {
            if (key)
                place(bigger, key);
        }
        m_slots.swap(bigger);
    }
    std::vector<quint64> m_slots;
    size_t m_size = 0;
};

const QStringList kEmptyCells;
const QVector<QByteArray> kEmptyCellsJson;
const QString kEmptyTopic;
const QByteArray kEmptyTopicJson;

} // namespace

TemplateGenerator::TemplateGenerator(std::shared_ptr<const TemplateBank> bank, const Options &options)
    : m_bank(std::move(bank)), m_options(options)
{
    for (int i = 0; i < Rubric::LevelCount; ++i)
        m_rewardJson[i] = QByteArray::number(Rubric::rewardAt(i));
    m_idPrefix = "tpl-" + QByteArray::number(options.seed, 16) + '-';
    m_groupPrefix = "lad-" + QByteArray::number(options.seed, 16) + '-';
    if (options.createdMs > 0) {
        m_createdJson = QDateTime::fromMSecsSinceEpoch(options.createdMs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
    }

    m_seedJson = QByteArray::number(options.seed);
    const auto &templates = m_bank->templates();
    // meta.template: "geography#3" for the third template of geography.json, "geography/ladder#1" for a ladder.
    auto idOf = [](QString source) {
        return source.replace(u".json ladder #"_s, u"/ladder#"_s).replace(u".json #"_s, u"#"_s);
    };
    for (const auto &t : templates)
        m_templateIds << idOf(t.source);
    for (const auto &ladder : m_bank->ladders()) {
        m_ladderIds << idOf(ladder.source);
        std::array<QByteArray, Rubric::LevelCount> tags;
        for (int i = 0; i < Rubric::LevelCount; ++i) {
            tags[std::size_t(i)] = "[";
            appendJsonString(tags[std::size_t(i)], m_bank->domains().at(ladder.domain).id);
            tags[std::size_t(i)] += ',';
            appendJsonString(tags[std::size_t(i)], Rubric::level(Rubric::rewardAt(i)).behaviourTag);
            tags[std::size_t(i)] += ',';
            appendJsonString(tags[std::size_t(i)], ladder.difficulty);
            tags[std::size_t(i)] += ']';
        }
        m_ladderTagsJson << tags;
    }
    for (const auto &t : templates) {
        QByteArray tags = "[";
        appendJsonString(tags, m_bank->domains().at(t.domain).id);
        tags += ',';
        appendJsonString(tags, Rubric::level(t.level).behaviourTag);
        tags += ',';
        appendJsonString(tags, t.difficulty);
        tags += ']';
        m_tagsJson << tags;
    }

    // Pools: which templates serve each level. A topic naming domains picks them; any other topic is
    // woven into the generic templates; no topic means every domain.
    auto addTemplates = [&](const QVector<int> &domains, int topic) {
        for (int t = 0; t < templates.size(); ++t) {
            if (domains.contains(templates.at(t).domain)) {
                Entry e;
                e.tmpl = t;
                e.topic = topic;
                m_pools[Rubric::indexOf(templates.at(t).level)].push_back(e);
            }
        }
        for (int l = 0; l < m_bank->ladders().size(); ++l) {
            if (domains.contains(m_bank->ladders().at(l).domain)) {
                Entry e;
                e.tmpl = l;
                e.topic = topic;
                m_ladderPool.push_back(e);
            }
        }
    };
    QStringList topics;
    for (const QString &t : options.topics) {
        if (!t.trimmed().isEmpty() && !topics.contains(t.trimmed()))
            topics << t.trimmed();
    }
    if (topics.isEmpty()) {
        QVector<int> all;
        for (int d = 0; d < m_bank->domains().size(); ++d) {
            if (!m_bank->domains().at(d).generic)
                all << d;
        }
        addTemplates(all, -1);
    }
    for (const QString &topic : std::as_const(topics)) {
        const QVector<int> named = m_bank->domainsForTopic(topic);
        if (!named.isEmpty()) {
            addTemplates(named, -1);
        } else if (m_bank->genericDomain() >= 0) {
            m_topics << topic;
            QByteArray json;
            const QByteArray utf8 = topic.toUtf8();
            appendJsonEscapedUtf8(json, utf8.constData(), utf8.size());
            m_topicsJson << json;
            addTemplates({m_bank->genericDomain()}, int(m_topics.size() - 1));
        }
    }

    // Shuffle each pool per seed so small datasets don't always open with the same domains, and give every entry its
    // affine walk over (table row x phrasing).
    auto prepare = [&](std::vector<Entry> &pool, quint64 salt, bool ladders) {
        for (size_t i = pool.size(); i > 1; --i) {
            const size_t j = size_t(mix(options.seed, salt, i) % i);
            std::swap(pool[i - 1], pool[j]);
        }
        for (Entry &e : pool) {
            const QVector<TemplateBank::Text> &prompts =
                ladders ? m_bank->ladders().at(e.tmpl).prompts : templates.at(e.tmpl).prompts;
            const int domain = ladders ? m_bank->ladders().at(e.tmpl).domain : templates.at(e.tmpl).domain;
            const int table = ladders ? m_bank->ladders().at(e.tmpl).table : templates.at(e.tmpl).table;
            const quint64 rows = table >= 0 ? quint64(m_bank->domains().at(domain).tables.at(table).rows.size()) : 1;
            // Only rows that show up in the prompt make prompts differ; otherwise the row is drawn apart.
            bool everyPhrasingNamesAColumn = true;
            for (const auto &prompt : prompts) {
                bool names = false;
                for (const auto &piece : prompt.pieces)
                    names |= piece.slot >= 0;
                everyPhrasingNamesAColumn &= names;
            }
            e.promptRows = everyPhrasingNamesAColumn ? rows : 1;
            e.space = e.promptRows * quint64(std::max<qsizetype>(prompts.size(), 1));
            const quint64 h = mix(options.seed, quint64(e.tmpl) * 131 + quint64(e.topic + 1) + (ladders ? salt : 0));
            e.mul = coprimeMultiplier(e.space, h);
            e.add = splitmix(h) % e.space;
        }
    };
    for (int level = 0; level < Rubric::LevelCount; ++level)
        prepare(m_pools[level], 0x706f6f6cULL + quint64(level), false);
    prepare(m_ladderPool, 0x6c6164646572ULL, true);
}

bool TemplateGenerator::plan(const LevelCounts &counts, QString *error)
{
    RowPlan rows;
    rows.independent = counts;
    return plan(rows, error);
}

bool TemplateGenerator::plan(const RowPlan &rows, QString *error)
{
    const LevelCounts &counts = rows.independent;
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        if (counts[i] > 0 && m_pools[i].empty()) {
            *error = QCoreApplication::translate("candor::TemplateGenerator",
                                                 "the template bank has no template for level %1 and this topic")
                         .arg(Rubric::formatReward(Rubric::rewardAt(i)));
            return false;
        }
    }
    m_levelSet = rows.ladders > 0 ? rows.levelSet : quint8(0);
    m_ladderLevels.clear();
    for (int level : levelsOf(m_levelSet))
        m_ladderLevels.push_back(level);
    m_ladderRows = qint64(rows.ladders) * qint64(m_ladderLevels.size());
    m_ladderSkips.clear();
    m_levelSetJson = "[";
    for (size_t i = 0; i < m_ladderLevels.size(); ++i)
        m_levelSetJson += (i ? "," : "") + QByteArray::number(m_ladderLevels[i]);
    m_levelSetJson += ']';
    if (m_ladderRows > 0 && m_ladderPool.empty()) {
        *error = QCoreApplication::translate("candor::TemplateGenerator",
                                             "the template bank has no contrast ladder for this topic");
        return false;
    }
    // Ladders first: their prompts are taken at every level of the set, so the independent rows of those levels
    // avoid them.
    std::vector<quint64> ladderKeys;
    if (m_ladderRows > 0) {
        ladderKeys.reserve(size_t(rows.ladders));
        quint64 largestSpace = 1;
        for (const Entry &e : m_ladderPool)
            largestSpace = std::max(largestSpace, e.space);
        const quint64 framings = quint64(m_bank->prefixes().size()) * quint64(m_bank->suffixes().size());
        const quint64 everything = quint64(m_ladderPool.size()) * largestSpace * std::max<quint64>(framings, 1);
        const qint64 maxSkips = std::max<qint64>(200000, qint64(rows.ladders) * 2);
        FingerprintSet seen(rows.ladders);
        QString buffer;
        for (qint64 k = 0; qint64(ladderKeys.size()) < rows.ladders; ++k) {
            if (quint64(k) >= everything || qint64(m_ladderSkips.size()) > maxSkips) {
                *error = QCoreApplication::translate("candor::TemplateGenerator",
                                                     "the template bank can make only about %1 different contrast "
                                                     "ladders for these topics, not %2; ask for fewer ladders or add "
                                                     "topics")
                             .arg(ladderKeys.size())
                             .arg(rows.ladders);
                m_ladderRows = 0;
                return false;
            }
            const quint64 key = promptKey(ladderDraw(k, m_ladderLevels.front(), 0), buffer);
            if (seen.insert(key))
                ladderKeys.push_back(key);
            else
                m_ladderSkips.push_back(k);
        }
    }
    m_levels.clear();
    m_levels.reserve(size_t(totalOf(counts)));
    for (int i = 0; i < Rubric::LevelCount; ++i)
        m_levels.insert(m_levels.end(), size_t(counts[i]), qint8(Rubric::rewardAt(i)));
    // Fisher-Yates with a counter-based generator: reproducible for a seed on every platform.
    quint64 state = splitmix(m_options.seed ^ 0x6c6576656c73ULL);
    for (size_t i = m_levels.size(); i > 1; --i) {
        state = splitmix(state);
        std::swap(m_levels[i - 1], m_levels[size_t(state % i)]);
    }
    // Per level, walk the draws in order and skip any whose prompt was planned before: validate then finds no
    // duplicate, and row i is still a pure function of the seed, the options and i (the skips are part of the plan).
    // Levels are independent, so they are planned on threads of their own.
    std::array<qint64, Rubric::LevelCount> capacity;
    capacity.fill(-1);
    auto planLevel = [this, &counts, &capacity, &ladderKeys](int i) {
        m_skips[i].clear();
        if (counts[i] == 0)
            return;
        const auto &pool = m_pools[i];
        quint64 largestSpace = 1;
        for (const Entry &e : pool)
            largestSpace = std::max(largestSpace, e.space);
        const quint64 framings = quint64(m_bank->prefixes().size()) * quint64(m_bank->suffixes().size());
        // After this many draws every (template, row, phrasing, framing) has been tried.
        const quint64 everything = quint64(pool.size()) * largestSpace * std::max<quint64>(framings, 1);
        const qint64 maxSkips = std::max<qint64>(200000, qint64(counts[i]) * 2);
        const bool inLadders = m_levelSet & levelBit(Rubric::rewardAt(i));
        FingerprintSet seen(counts[i] + (inLadders ? qint64(ladderKeys.size()) : 0));
        if (inLadders) {
            for (const quint64 key : ladderKeys)
                seen.insert(key);
        }
        QString buffer;
        qint64 accepted = 0;
        for (qint64 k = 0; accepted < counts[i]; ++k) {
            if (quint64(k) >= everything || qint64(m_skips[i].size()) > maxSkips) {
                capacity[i] = accepted;
                return;
            }
            if (seen.insert(promptKey(draw(Rubric::rewardAt(i), k, 0), buffer)))
                ++accepted;
            else
                m_skips[i].push_back(k);
        }
    };
    std::vector<std::thread> workers;
    for (int i = 1; i < Rubric::LevelCount; ++i)
        workers.emplace_back(planLevel, i);
    planLevel(0);
    for (std::thread &worker : workers)
        worker.join();
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        if (capacity[i] < 0)
            continue;
        *error = QCoreApplication::translate("candor::TemplateGenerator",
                                             "the template bank can make only about %1 different prompts at level %2 "
                                             "for these topics, not %3; ask for fewer rows at that level or add topics")
                     .arg(capacity[i])
                     .arg(Rubric::formatReward(Rubric::rewardAt(i)))
                     .arg(counts[i]);
        m_levels.clear();
        m_ladderRows = 0;
        return false;
    }
    m_checkpoints.clear();
    LevelCounts running{};
    for (size_t i = 0; i < m_levels.size(); ++i) {
        if (i % kCheckpoint == 0)
            m_checkpoints.push_back(running);
        ++running[Rubric::indexOf(m_levels[i])];
    }
    return true;
}

LevelCounts TemplateGenerator::countsBefore(qint64 index) const
{
    LevelCounts c = m_checkpoints.empty() ? LevelCounts{} : m_checkpoints[size_t(index / kCheckpoint)];
    for (qint64 i = (index / kCheckpoint) * kCheckpoint; i < index; ++i)
        ++c[Rubric::indexOf(m_levels[size_t(i)])];
    return c;
}

TemplateGenerator::Draw TemplateGenerator::draw(int level, qint64 k, qint64 index) const
{
    const auto &pool = m_pools[Rubric::indexOf(level)];
    Draw d;
    d.level = level;
    d.index = index;
    d.entry = &pool[size_t(quint64(k) % pool.size())];
    const quint64 round = quint64(k) / pool.size(); // how often this template was drawn before
    const auto &t = m_bank->templates().at(d.entry->tmpl);

    const quint64 space = d.entry->space;
    const quint64 within = round % space;
    const quint64 cycle = round / space;
    const quint64 q = (d.entry->mul * within + d.entry->add) % space;
    const quint64 promptRows = d.entry->promptRows;
    d.prompt = int(q / promptRows);

    const quint64 h = mix(m_options.seed, quint64(d.entry->tmpl) << 20 ^ quint64(d.entry->topic + 1), q);
    if (promptRows > 1) {
        d.row = int(q % promptRows);
    } else if (t.table >= 0) {
        const quint64 rows = quint64(m_bank->domains().at(t.domain).tables.at(t.table).rows.size());
        d.row = int(mix(h, round) % rows);
    }
    d.answer = int((h >> 16) % quint64(t.answers.size()));
    setFraming(d, h, cycle);
    return d;
}

void TemplateGenerator::setFraming(Draw &d, quint64 h, quint64 cycle) const
{
    // Framings: the first use of a (row, phrasing) is mostly plain; later cycles step through distinct
    // framings so the prompt text never repeats until every framing is used.
    const quint64 framings = quint64(m_bank->prefixes().size()) * quint64(m_bank->suffixes().size());
    quint64 f = (h % 100 < kPlainPercent || framings < 2) ? 0 : 1 + (h >> 8) % (framings - 1);
    if (cycle > 0)
        f = (f + cycle * coprimeMultiplier(framings, h >> 24)) % framings;
    d.prefix = int(f / quint64(m_bank->suffixes().size()));
    d.suffix = int(f % quint64(m_bank->suffixes().size()));
}

TemplateGenerator::Draw TemplateGenerator::ladderDraw(qint64 k, int level, qint64 index) const
{
    Draw d;
    d.level = level;
    d.index = index;
    d.ladder = 0; // a ladder row; drawAt() gives it its number in the plan
    d.entry = &m_ladderPool[size_t(quint64(k) % m_ladderPool.size())];
    const quint64 round = quint64(k) / m_ladderPool.size();
    const auto &ladder = m_bank->ladders().at(d.entry->tmpl);
    const quint64 space = d.entry->space;
    const quint64 within = round % space;
    const quint64 cycle = round / space;
    const quint64 q = (d.entry->mul * within + d.entry->add) % space;
    const quint64 promptRows = d.entry->promptRows;
    d.prompt = int(q / promptRows);
    // Everything but the answer is the ladder's, the same at every level.
    const quint64 h = mix(m_options.seed ^ 0x6c6164ULL, quint64(d.entry->tmpl) << 20 ^ quint64(d.entry->topic + 1), q);
    if (promptRows > 1) {
        d.row = int(q % promptRows);
    } else if (ladder.table >= 0) {
        const quint64 rows = quint64(m_bank->domains().at(ladder.domain).tables.at(ladder.table).rows.size());
        d.row = int(mix(h, round) % rows);
    }
    const auto &answers = ladder.levels[size_t(Rubric::indexOf(level))].answers;
    d.answer = int(mix(h, quint64(level + 3)) % quint64(std::max<qsizetype>(answers.size(), 1)));
    setFraming(d, h, cycle);
    return d;
}

const TemplateBank::Text &TemplateGenerator::promptText(const Draw &d) const
{
    return d.ladder >= 0 ? m_bank->ladders().at(d.entry->tmpl).prompts.at(d.prompt)
                         : m_bank->templates().at(d.entry->tmpl).prompts.at(d.prompt);
}

const QVector<TemplateBank::Text> &TemplateGenerator::answerTexts(const Draw &d) const
{
    return d.ladder >= 0 ? m_bank->ladders().at(d.entry->tmpl).levels[size_t(Rubric::indexOf(d.level))].answers
                         : m_bank->templates().at(d.entry->tmpl).answers;
}

const TemplateBank::Text &TemplateGenerator::longText(const Draw &d) const
{
    return d.ladder >= 0 ? m_bank->ladders().at(d.entry->tmpl).levels[size_t(Rubric::indexOf(d.level))].longText
                         : m_bank->templates().at(d.entry->tmpl).longText;
}

const TemplateBank::Text &TemplateGenerator::feedbackText(const Draw &d) const
{
    return d.ladder >= 0 ? m_bank->ladders().at(d.entry->tmpl).levels[size_t(Rubric::indexOf(d.level))].feedback
                         : m_bank->templates().at(d.entry->tmpl).feedback;
}

const TemplateBank::Text &TemplateGenerator::searchText(const Draw &d) const
{
    return d.ladder >= 0 ? m_bank->ladders().at(d.entry->tmpl).search : m_bank->templates().at(d.entry->tmpl).search;
}

int TemplateGenerator::domainOf(const Draw &d) const
{
    return d.ladder >= 0 ? m_bank->ladders().at(d.entry->tmpl).domain : m_bank->templates().at(d.entry->tmpl).domain;
}

int TemplateGenerator::tableOf(const Draw &d) const
{
    return d.ladder >= 0 ? m_bank->ladders().at(d.entry->tmpl).table : m_bank->templates().at(d.entry->tmpl).table;
}

quint64 TemplateGenerator::promptKey(const Draw &d, QString &buffer) const
{
    const auto &domain = m_bank->domains().at(domainOf(d));
    const int table = tableOf(d);
    const QStringList *cells = table >= 0 ? &domain.tables.at(table).rows.at(d.row) : &kEmptyCells;
    const QString *topic = d.entry->topic >= 0 ? &m_topics.at(d.entry->topic) : &kEmptyTopic;
    buffer.clear();
    buffer += m_bank->prefixes().at(d.prefix);
    StringSink prompt{buffer, cells, topic};
    render(promptText(d), d, prompt);
    buffer += m_bank->suffixes().at(d.suffix);

    // normalisedPrompt() in place: spaces collapsed and trimmed, case folded, end punctuation dropped.
    QChar *out = buffer.data();
    qsizetype n = 0;
    bool pendingSpace = false;
    for (const QChar c : std::as_const(buffer)) {
        if (c.isSpace()) {
            pendingSpace = n > 0;
            continue;
        }
        if (pendingSpace)
            out[n++] = u' ';
        pendingSpace = false;
        out[n++] = c.unicode() < 0x80
                       ? QChar(c.toLatin1() >= 'A' && c.toLatin1() <= 'Z' ? c.unicode() + 32 : c.unicode())
                       : c.toCaseFolded();
    }
    while (n > 0 && (out[n - 1].isPunct() || out[n - 1].isSpace()))
        --n;
    return quint64(qHash(QStringView(out, n), 0x5eedULL));
}

template <typename Sink> void TemplateGenerator::render(const TemplateBank::Text &text, const Draw &, Sink &sink) const
{
    for (const auto &piece : text.pieces) {
        if (piece.slot >= 0)
            sink.cell(piece.slot);
        else if (piece.slot == TemplateBank::TopicSlot)
            sink.topicText();
        else
            sink.literal(piece);
    }
}

Example TemplateGenerator::toExample(const Draw &d) const
{
    const auto &domain = m_bank->domains().at(domainOf(d));
    const int table = tableOf(d);
    const QStringList *cells = table >= 0 ? &domain.tables.at(table).rows.at(d.row) : &kEmptyCells;
    const QString *topic = d.entry->topic >= 0 ? &m_topics.at(d.entry->topic) : &kEmptyTopic;

    Example e;
    e.prompt = m_bank->prefixes().at(d.prefix);
    StringSink prompt{e.prompt, cells, topic};
    render(promptText(d), d, prompt);
    e.prompt += m_bank->suffixes().at(d.suffix);

    StringSink answer{e.idealAnswer, cells, topic};
    render(answerTexts(d).at(d.answer), d, answer);
    if (m_options.longForm && !longText(d).isEmpty()) {
        e.idealAnswer += QLatin1Char(' ');
        render(longText(d), d, answer);
    }
    StringSink feedback{e.expectedFeedback, cells, topic};
    render(feedbackText(d), d, feedback);
    e.targetReward = d.level;
    e.tags = {domain.id, Rubric::level(d.level).behaviourTag,
              d.ladder >= 0 ? m_bank->ladders().at(d.entry->tmpl).difficulty
                            : m_bank->templates().at(d.entry->tmpl).difficulty};
    if (m_options.searchHints) {
        e.searchHint = u"[SEARCH:"_s;
        StringSink search{e.searchHint, cells, topic};
        render(searchText(d), d, search);
        e.searchHint += QLatin1Char(']');
    }
    e.id = QString::fromLatin1(m_idPrefix) + QString::number(d.index);
    e.source = ExampleSource::Template;
    e.createdMs = m_options.createdMs;
    if (d.ladder >= 0) {
        e.group = QString::fromLatin1(m_groupPrefix) + QString::number(d.ladder);
        e.levelSet = m_levelSet;
        e.templateId = m_ladderIds.at(d.entry->tmpl);
    } else {
        e.templateId = m_templateIds.at(d.entry->tmpl);
    }
    if (d.entry->topic >= 0)
        e.topic = m_topics.at(d.entry->topic);
    e.language = u"English"_s;
    e.seed = m_options.seed;
    return e;
}

void TemplateGenerator::toJson(QByteArray &out, const Draw &d, bool withMeta) const
{
    const auto &domain = m_bank->domains().at(domainOf(d));
    const int table = tableOf(d);
    const QVector<QByteArray> *cells = table >= 0 ? &domain.tables.at(table).rowsJson.at(d.row) : &kEmptyCellsJson;
    const QByteArray *topic = d.entry->topic >= 0 ? &m_topicsJson.at(d.entry->topic) : &kEmptyTopicJson;
    JsonSink sink{out, cells, topic};

    out += "{\"prompt\":\"";
    out += m_bank->prefixesJson().at(d.prefix);
    render(promptText(d), d, sink);
    out += m_bank->suffixesJson().at(d.suffix);
    out += "\",\"ideal_answer\":\"";
    render(answerTexts(d).at(d.answer), d, sink);
    if (m_options.longForm && !longText(d).isEmpty()) {
        out += ' ';
        render(longText(d), d, sink);
    }
    out += "\",\"expected_feedback\":\"";
    render(feedbackText(d), d, sink);
    out += "\",\"target_reward\":";
    out += m_rewardJson[Rubric::indexOf(d.level)];
    out += ",\"tags\":";
    out += d.ladder >= 0 ? m_ladderTagsJson.at(d.entry->tmpl)[size_t(Rubric::indexOf(d.level))]
                         : m_tagsJson.at(d.entry->tmpl);
    if (m_options.searchHints) {
        out += ",\"search_hint\":\"[SEARCH:";
        render(searchText(d), d, sink);
        out += "]\"";
    }
    if (withMeta) {
        // The same keys in the same order as appendJsonLine(), so a file written here and one exported from the
        // store are byte-identical.
        out += ",\"meta\":{\"id\":\"";
        out += m_idPrefix;
        out += QByteArray::number(d.index);
        out += "\",\"source\":\"template\"";
        if (!m_createdJson.isEmpty()) {
            out += ",\"created\":\"";
            out += m_createdJson;
            out += '"';
        }
        if (d.ladder >= 0) {
            out += ",\"group\":\"";
            out += m_groupPrefix;
            out += QByteArray::number(d.ladder);
            out += "\",\"level_set\":";
            out += m_levelSetJson;
        }
        out += ",\"template\":";
        appendJsonString(out, d.ladder >= 0 ? m_ladderIds.at(d.entry->tmpl) : m_templateIds.at(d.entry->tmpl));
        if (d.entry->topic >= 0) {
            out += ",\"topic\":\"";
            out += m_topicsJson.at(d.entry->topic);
            out += '"';
        }
        out += ",\"language\":\"English\",\"seed\":\"";
        out += m_seedJson;
        out += "\",\"status\":\"pending\"}";
    }
    out += "}\n";
}

TemplateGenerator::Cursor TemplateGenerator::cursorAt(int levelIndex, qint64 rank) const
{
    // The rank-th draw that is not skipped: the least k with k = rank + (skips <= k).
    const std::vector<qint64> &skips = m_skips[levelIndex];
    qint64 k = rank;
    while (true) {
        const qint64 next = rank + qint64(std::upper_bound(skips.begin(), skips.end(), k) - skips.begin());
        if (next == k)
            break;
        k = next;
    }
    return {k, size_t(std::lower_bound(skips.begin(), skips.end(), k) - skips.begin())};
}

qint64 TemplateGenerator::take(int levelIndex, Cursor &cursor) const
{
    const std::vector<qint64> &skips = m_skips[levelIndex];
    while (cursor.skip < skips.size() && skips[cursor.skip] == cursor.k) {
        ++cursor.k;
        ++cursor.skip;
    }
    return cursor.k++;
}

std::array<TemplateGenerator::Cursor, Rubric::LevelCount> TemplateGenerator::cursorsAt(qint64 index) const
{
    const qint64 independent = std::max<qint64>(0, index - m_ladderRows);
    const LevelCounts before = countsBefore(independent);
    std::array<Cursor, Rubric::LevelCount> cursors;
    for (int li = 0; li < Rubric::LevelCount; ++li)
        cursors[li] = cursorAt(li, before[li]);
    return cursors;
}

TemplateGenerator::Draw TemplateGenerator::drawAt(qint64 index, std::array<Cursor, Rubric::LevelCount> &cursors) const
{
    if (index < m_ladderRows) {
        const qint64 size = qint64(m_ladderLevels.size());
        const qint64 ladder = index / size;
        // The ladder-th draw that is not a repeat.
        qint64 k = ladder +
                   qint64(std::upper_bound(m_ladderSkips.begin(), m_ladderSkips.end(), ladder) - m_ladderSkips.begin());
        for (qint64 next; (next = ladder + qint64(std::upper_bound(m_ladderSkips.begin(), m_ladderSkips.end(), k) -
                                                  m_ladderSkips.begin())) != k;)
            k = next;
        Draw d = ladderDraw(k, m_ladderLevels[size_t(index % size)], index);
        d.ladder = int(ladder);
        return d;
    }
    const int level = m_levels[size_t(index - m_ladderRows)];
    const int li = Rubric::indexOf(level);
    return draw(level, take(li, cursors[li]), index);
}

Example TemplateGenerator::exampleAt(qint64 index) const
{
    auto cursors = cursorsAt(index);
    return toExample(drawAt(index, cursors));
}

TemplateGenerator::Options TemplateGenerator::Options::fromConfig(const GenerationConfig &config, qint64 createdMs)
{
    Options options;
    options.seed = config.seed;
    options.topics = config.topics;
    options.searchHints = config.searchHints;
    options.longForm = config.longForm;
    options.createdMs = createdMs;
    return options;
}

QVector<Example> TemplateGenerator::examples(qint64 begin, qint64 end) const
{
    QVector<Example> out;
    out.reserve(end - begin);
    auto cursors = cursorsAt(begin);
    for (qint64 i = begin; i < end; ++i)
        out.append(toExample(drawAt(i, cursors)));
    return out;
}

void TemplateGenerator::appendJsonl(QByteArray &out, qint64 begin, qint64 end, bool withMeta) const
{
    auto cursors = cursorsAt(begin);
    for (qint64 i = begin; i < end; ++i)
        toJson(out, drawAt(i, cursors), withMeta);
}

Example TemplateGenerator::exampleForLevel(int level, qint64 k) const
{
    Example e = toExample(draw(level, k, k));
    e.id = u"fallback-%1-%2"_s.arg(Rubric::formatReward(level)).arg(k);
    e.source = ExampleSource::Fallback;
    return e;
}

} // namespace candor
