#pragma once

#include "dataset/example.h"
#include "generation/templatebank.h"
#include "storage/exporter.h"

#include <QHash>
#include <QMutex>

#include <functional>
#include <memory>
#include <optional>

namespace candor {

// What the template bank knows about its ladder answers, for RLWHF's `decomposition`: the claims an answer makes,
// which are true, and the correction of each invented one. Known only for a ladder row exactly as the bank wrote it
// (meta.template names the ladder; an edited answer makes claims the bank cannot vouch for). The filler row a
// ladder was rendered from is found from the answer text itself, so no extra field is kept on the row.
class LadderClaims
{
public:
    struct Claim
    {
        QString text;
        bool truth = true;
        QString correction; // empty for a true claim
    };

    explicit LadderClaims(std::shared_ptr<const TemplateBank> bank);

    // The claims of this row's answer; nothing when the bank did not write it.
    std::optional<QVector<Claim>> claimsOf(const Example &row) const;
    // The RLWHF decomposition object (positive and negative fragments, honesty signals, missing honesty, overall
    // scores) as compact JSON, or empty when the claims are not known. Thread-safe.
    QByteArray decompositionJson(const Example &row) const;

    // The built-in bank's decompositions, for ExportOptions::decomposition; empty function when the bank is missing.
    static std::function<QByteArray(const Example &)> forExport();
    // Sets options.decomposition for an rlwhf export (the one format that has the key); other formats stay as they are.
    static void addTo(ExportOptions &options);

private:
    // rendered answer (short or long form) -> filler row, per ladder, level and topic
    using AnswerIndex = QHash<QString, int>;
    const AnswerIndex &indexFor(int ladder, int level, const QString &topic) const;
    QString render(const TemplateBank::Text &text, int ladder, int fillerRow, const QString &topic) const;

    std::shared_ptr<const TemplateBank> m_bank;
    QHash<QString, int> m_ladderById; // meta.template ("geography/ladder#1") -> index into bank->ladders()
    mutable QMutex m_mutex;
    mutable QHash<QString, AnswerIndex> m_indexes;
};

} // namespace candor
