#pragma once

#include "dataset/example.h"

#include <QByteArray>

namespace candor {

// One JSONL line (with its newline) of each trainer format, raw UTF-8, keys in the order FORMATS.md gives them.
// The pair lines take the ladder's prompt and the two answers; the texts are JSON-escaped here.
void appendDpoLine(QByteArray &out, const QString &prompt, const QString &chosen, const QString &rejected);
void appendDpoChatLine(QByteArray &out, const QString &prompt, const QString &chosen, const QString &rejected);
// TRL RewardTrainer, implicit prompt, conversational: each side is the user turn and the answer, so the reward
// model sees the question; margin = target_reward(chosen) - target_reward(rejected), written as a float.
void appendRmLine(QByteArray &out, const QString &prompt, const QString &chosen, const QString &rejected, int margin);
void appendOpenAiPreferenceLine(QByteArray &out, const QString &prompt, const QString &chosen, const QString &rejected);
void appendKtoLine(QByteArray &out, const Example &row, bool label);
// decomposition: the row's RLWHF decomposition object as JSON, or empty to leave the key out.
void appendRlwhfLine(QByteArray &out, const Example &row, double confidence, const QByteArray &decomposition = {});
void appendGrpoLine(QByteArray &out, const Example &row);
void appendReferenceLine(QByteArray &out, const Example &row);

// RLWHF metadata.source_ai: "provider/model" (or the model alone) for a model's row, "candor-template" for a row
// from the template bank (also a fallback row), "unknown" for an imported row that does not say.
QString rlwhfSourceAi(const Example &row);
// RLWHF metadata.rubric_dimension: the row's behaviour tag (the one of Rubric's five tags it carries), else the
// behaviour tag of its level.
QString rubricDimension(const Example &row);

} // namespace candor
