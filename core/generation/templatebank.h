#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <memory>

namespace candor {

// The offline generator's data: domains, filler tables and templates per rubric level, read from the
// JSON files under resources/templates (see FORMAT.md there). Texts are compiled once into pieces that
// keep both the display string and its JSON-escaped UTF-8, so rows can be written without re-encoding.
class TemplateBank
{
public:
    static constexpr int TopicSlot = -2;

    struct Piece
    {
        QString text;    // literal text (slot < 0 and != TopicSlot)
        QByteArray json; // the literal, JSON-escaped UTF-8
        int slot = -1;   // table column, TopicSlot, or -1 for a literal
    };
    struct Text
    {
        QVector<Piece> pieces;
        bool isEmpty() const { return pieces.isEmpty(); }
    };
    struct Table
    {
        QString name;
        QStringList columns;
        QVector<QStringList> rows;
        QVector<QVector<QByteArray>> rowsJson; // escaped cells, same shape as rows
    };
    struct Template
    {
        int level = 0;
        int domain = 0;     // index into domains()
        int table = -1;     // index into the domain's tables, -1 = no table
        QString difficulty; // beginner / intermediate / advanced
        QVector<Text> prompts;
        QVector<Text> answers;
        Text longText;
        Text feedback;
        Text search;
        QString source; // "science.json #3", for error messages
    };
    // A contrast ladder: one question (prompts are phrasings of it) answered at every level of the rubric, all from
    // the same filler row, so a preference trainer sees the same prompt at each level.
    struct LadderLevel
    {
        QVector<Text> answers; // 1+ variants
        Text longText;         // appended in long-form mode
        Text feedback;
        // The answer's claims, each true or invented, with the correction of an invented one (RLWHF decomposition).
        struct Claim
        {
            Text text;
            bool truth = true;
            Text correction; // empty for a true claim
        };
        QVector<Claim> claims;
    };
    struct Ladder
    {
        int domain = 0;
        int table = -1; // index into the domain's tables, -1 = no table ({topic} only)
        QString difficulty;
        QVector<Text> prompts;
        std::array<LadderLevel, 5> levels; // by Rubric::indexOf(level): -2 first
        Text search;
        QString source; // "geography.json ladder #1", for error messages
    };
    struct Domain
    {
        QString id;
        QString name;
        QStringList keywords;
        bool generic = false; // uses {topic}; chosen when a topic names no domain
        QVector<Table> tables;
    };

    // Loads every *.json in dir (a folder or a Qt resource path). Fails with a message naming the file.
    static std::shared_ptr<const TemplateBank> load(const QString &dir, QString *error);
    // The bank built into Candor, loaded once.
    static std::shared_ptr<const TemplateBank> builtIn(QString *error = nullptr);

    const QVector<Domain> &domains() const { return m_domains; }
    const QVector<Template> &templates() const { return m_templates; }
    const QVector<Ladder> &ladders() const { return m_ladders; }
    const QStringList &prefixes() const { return m_prefixes; }
    const QStringList &suffixes() const { return m_suffixes; }
    const QVector<QByteArray> &prefixesJson() const { return m_prefixesJson; }
    const QVector<QByteArray> &suffixesJson() const { return m_suffixesJson; }

    // Domains a free-text topic names (by id, name or keyword, as whole words); empty if none.
    QVector<int> domainsForTopic(const QString &topic) const;
    // Index of the generic domain, or -1.
    int genericDomain() const;

private:
    QVector<Domain> m_domains;
    QVector<Template> m_templates;
    QVector<Ladder> m_ladders;
    QStringList m_prefixes{QString()};
    QStringList m_suffixes{QString()};
    QVector<QByteArray> m_prefixesJson{QByteArray()};
    QVector<QByteArray> m_suffixesJson{QByteArray()};
};

} // namespace candor
