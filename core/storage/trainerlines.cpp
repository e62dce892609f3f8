#include "storage/trainerlines.h"

#include "dataset/rubric.h"

namespace candor {
using namespace Qt::StringLiterals;
namespace {

void appendMessage(QByteArray &out, const char *role, const QString &content)
{
    out += "{\"role\":\"";
    out += role;
    out += "\",\"content\":";
    appendJsonString(out, content);
    out += '}';
}

} // namespace

void appendDpoLine(QByteArray &out, const QString &prompt, const QString &chosen, const QString &rejected)
{
    out += "{\"prompt\":";
    appendJsonString(out, prompt);
    out += ",\"chosen\":";
    appendJsonString(out, chosen);
    out += ",\"rejected\":";
    appendJsonString(out, rejected);
    out += "}\n";
}

void appendDpoChatLine(QByteArray &out, const QString &prompt, const QString &chosen, const QString &rejected)
{
    out += "{\"prompt\":[";
    appendMessage(out, "user", prompt);
    out += "],\"chosen\":[";
    appendMessage(out, "assistant", chosen);
    out += "],\"rejected\":[";
    appendMessage(out, "assistant", rejected);
    out += "]}\n";
}

void appendRmLine(QByteArray &out, const QString &prompt, const QString &chosen, const QString &rejected, int margin)
{
    out += "{\"chosen\":[";
    appendMessage(out, "user", prompt);
    out += ',';
    appendMessage(out, "assistant", chosen);
    out += "],\"rejected\":[";
    appendMessage(out, "user", prompt);
    out += ',';
    appendMessage(out, "assistant", rejected);
    // "2.0", not "2": a float column, as RewardTrainer's margin is (datasets infers int64 from "2").
    out += "],\"margin\":";
    out += QByteArray::number(margin);
    out += ".0}\n";
}

void appendOpenAiPreferenceLine(QByteArray &out, const QString &prompt, const QString &chosen, const QString &rejected)
{
    out += "{\"input\":{\"messages\":[";
    appendMessage(out, "user", prompt);
    out += "]},\"preferred_output\":[";
    appendMessage(out, "assistant", chosen);
    out += "],\"non_preferred_output\":[";
    appendMessage(out, "assistant", rejected);
    out += "]}\n";
}

void appendKtoLine(QByteArray &out, const Example &row, bool label)
{
    out += "{\"prompt\":";
    appendJsonString(out, row.prompt);
    out += ",\"completion\":";
    appendJsonString(out, row.idealAnswer);
    out += label ? ",\"label\":true}\n" : ",\"label\":false}\n";
}

QString rlwhfSourceAi(const Example &row)
{
    if (!row.model.isEmpty())
        return row.provider.isEmpty() ? row.model : row.provider + u'/' + row.model;
    if (row.source == ExampleSource::Template || row.source == ExampleSource::Fallback)
        return u"candor-template"_s;
    return row.provider.isEmpty() ? u"unknown"_s : row.provider;
}

QString rubricDimension(const Example &row)
{
    for (const QString &tag : row.tags) {
        for (const RubricLevel &level : Rubric::levels()) {
            if (tag == level.behaviourTag)
                return tag;
        }
    }
    return Rubric::isValid(row.targetReward) ? Rubric::level(row.targetReward).behaviourTag : QString();
}

void appendRlwhfLine(QByteArray &out, const Example &row, double confidence, const QByteArray &decomposition)
{
    out += "{\"prompt\":";
    appendJsonString(out, row.prompt);
    out += ",\"answer\":";
    appendJsonString(out, row.idealAnswer);
    out += ",\"feedback\":";
    appendJsonString(out, row.expectedFeedback);
    out += ",\"reward\":";
    out += QByteArray::number(row.targetReward);
    out += ",\"metadata\":{\"source_ai\":";
    appendJsonString(out, rlwhfSourceAi(row));
    out += ",\"confidence_score\":";
    out += QByteArray::number(confidence, 'g', 6);
    out += ",\"rubric_dimension\":";
    appendJsonString(out, rubricDimension(row));
    out += '}';
    if (!decomposition.isEmpty()) {
        out += ",\"decomposition\":";
        out += decomposition;
    }
    out += "}\n";
}

void appendGrpoLine(QByteArray &out, const Example &row)
{
    out += "{\"prompt\":";
    appendJsonString(out, row.prompt);
    out += ",\"ideal_answer\":";
    appendJsonString(out, row.idealAnswer);
    out += ",\"target_reward\":";
    out += QByteArray::number(row.targetReward);
    out += ",\"expected_feedback\":";
    appendJsonString(out, row.expectedFeedback);
    out += ",\"tags\":[";
    for (qsizetype i = 0; i < row.tags.size(); ++i) {
        if (i)
            out += ',';
        appendJsonString(out, row.tags.at(i));
    }
    out += "]}\n";
}

void appendReferenceLine(QByteArray &out, const Example &row)
{
    out += "{\"prompt\":";
    appendJsonString(out, row.prompt);
    out += ",\"reference\":";
    appendJsonString(out, row.idealAnswer);
    out += "}\n";
}

} // namespace candor
