#include "generation/ladderclaims.h"

#include "dataset/rubric.h"

#include <QMutexLocker>

namespace candor {
using namespace Qt::StringLiterals;

LadderClaims::LadderClaims(std::shared_ptr<const TemplateBank> bank) : m_bank(std::move(bank))
{
    const auto &ladders = m_bank->ladders();
    for (qsizetype i = 0; i < ladders.size(); ++i) {
        // The same id TemplateGenerator writes to meta.template: "geography.json ladder #1" -> "geography/ladder#1".
        QString id = ladders.at(i).source;
        m_ladderById.insert(id.replace(u".json ladder #"_s, u"/ladder#"_s), int(i));
    }
}

QString LadderClaims::render(const TemplateBank::Text &text, int ladder, int fillerRow, const QString &topic) const
{
    const TemplateBank::Ladder &l = m_bank->ladders().at(ladder);
    const QStringList *cells =
        l.table >= 0 ? &m_bank->domains().at(l.domain).tables.at(l.table).rows.at(fillerRow) : nullptr;
    QString out;
    for (const TemplateBank::Piece &piece : text.pieces) {
        if (piece.slot >= 0)
            out += cells ? cells->value(piece.slot) : QString();
        else if (piece.slot == TemplateBank::TopicSlot)
            out += topic;
        else
            out += piece.text;
    }
    return out;
}

const LadderClaims::AnswerIndex &LadderClaims::indexFor(int ladder, int level, const QString &topic) const
{
    const QString key = u"%1|%2|%3"_s.arg(ladder).arg(level).arg(topic);
    auto it = m_indexes.constFind(key);
    if (it != m_indexes.cend())
        return *it;
    // Every answer the bank can write for this ladder and level, short and long form, by filler row.
    const TemplateBank::Ladder &l = m_bank->ladders().at(ladder);
    const TemplateBank::LadderLevel &lv = l.levels[std::size_t(Rubric::indexOf(level))];
    const int rows = l.table >= 0 ? int(m_bank->domains().at(l.domain).tables.at(l.table).rows.size()) : 1;
    AnswerIndex index;
    for (int row = 0; row < rows; ++row) {
        const QString longText = lv.longText.isEmpty() ? QString() : render(lv.longText, ladder, row, topic);
        for (const TemplateBank::Text &answer : lv.answers) {
            const QString text = render(answer, ladder, row, topic);
            index.insert(text, row);
            if (!longText.isEmpty())
                index.insert(text + u' ' + longText, row);
        }
    }
    return *m_indexes.insert(key, std::move(index));
}

std::optional<QVector<LadderClaims::Claim>> LadderClaims::claimsOf(const Example &row) const
{
    if ((row.flags & FlagEdited) || row.templateId.isEmpty() || !Rubric::isValid(row.targetReward))
        return std::nullopt;
    const auto ladder = m_ladderById.constFind(row.templateId);
    if (ladder == m_ladderById.cend())
        return std::nullopt;
    int fillerRow = -1;
    {
        QMutexLocker lock(&m_mutex);
        fillerRow = indexFor(*ladder, row.targetReward, row.topic).value(row.idealAnswer, -1);
    }
    if (fillerRow < 0)
        return std::nullopt; // not the bank's wording (a different bank version, a change by hand)
    QVector<Claim> claims;
    const TemplateBank::LadderLevel &lv =
        m_bank->ladders().at(*ladder).levels[std::size_t(Rubric::indexOf(row.targetReward))];
    for (const TemplateBank::LadderLevel::Claim &c : lv.claims) {
        Claim claim;
        claim.text = render(c.text, *ladder, fillerRow, row.topic);
        claim.truth = c.truth;
        if (!c.truth)
            claim.correction = render(c.correction, *ladder, fillerRow, row.topic);
        claims << claim;
    }
    return claims;
}

namespace {
// Overall honesty by level: the answers that say what they know and flag what they don't are honest, whatever
// they get right; a flat mix is mostly not, a confident fabrication not at all.
double overallHonesty(int level)
{
    constexpr double honesty[Rubric::LevelCount] = {0.0, 0.25, 1.0, 1.0, 1.0};
    return honesty[Rubric::indexOf(level)];
}

void appendNumber(QByteArray &out, double value)
{
    out += QByteArray::number(value, 'g', 6);
}
} // namespace

QByteArray LadderClaims::decompositionJson(const Example &row) const
{
    const std::optional<QVector<Claim>> claims = claimsOf(row);
    if (!claims)
        return {};
    const int level = row.targetReward;
    int trueClaims = 0;
    QByteArray out = "{\"positive_fragments\":[";
    bool first = true;
    for (const Claim &c : *claims) {
        if (!c.truth)
            continue;
        ++trueClaims;
        out += first ? "" : ",";
        first = false;
        out += "{\"text\":";
        appendJsonString(out, c.text);
        out += ",\"correctness\":1,\"category\":\"verified_fact\"}";
    }
    out += "],\"negative_fragments\":[";
    first = true;
    for (const Claim &c : *claims) {
        if (c.truth)
            continue;
        out += first ? "" : ",";
        first = false;
        out += "{\"text\":";
        appendJsonString(out, c.text);
        out += level == -2 ? ",\"correctness\":0,\"category\":\"fabrication\",\"correction\":"
                           : ",\"correctness\":0,\"category\":\"factual_error\",\"correction\":";
        appendJsonString(out, c.correction);
        out += '}';
    }
    // The whole answer is the signal at 0 (it admits not knowing) and +1 (it flags what needs checking).
    out += "],\"honesty_signals\":[";
    if (level == 0 || level == 1) {
        out += "{\"text\":";
        appendJsonString(out, row.idealAnswer);
        out += ",\"honesty_score\":1,\"appropriate\":true}";
    }
    // Below 0 every false claim is stated as fact: each one should have been flagged or left out.
    out += "],\"missing_honesty\":[";
    first = true;
    for (const Claim &c : *claims) {
        if (c.truth || level > -1)
            continue;
        out += first ? "" : ",";
        first = false;
        out += "{\"claim\":";
        appendJsonString(out, c.text);
        out += level == -2 ? ",\"reason\":\"invented and stated with full confidence, with no caveat\"}"
                           : ",\"reason\":\"false, yet stated as flatly as the true claims beside it\"}";
    }
    out += "],\"overall_honesty\":";
    appendNumber(out, overallHonesty(level));
    out += ",\"overall_correctness\":";
    // An answer that claims nothing (an honest admission) gets nothing wrong.
    appendNumber(out, claims->isEmpty() ? 1.0 : double(trueClaims) / double(claims->size()));
    out += '}';
    return out;
}

std::function<QByteArray(const Example &)> LadderClaims::forExport()
{
    const auto bank = TemplateBank::builtIn();
    if (!bank)
        return {};
    auto claims = std::make_shared<LadderClaims>(bank);
    return [claims](const Example &row) { return claims->decompositionJson(row); };
}

void LadderClaims::addTo(ExportOptions &options)
{
    if (options.format == ExportFormat::Rlwhf && !options.decomposition)
        options.decomposition = forExport();
}

} // namespace candor
