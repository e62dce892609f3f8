// What Candor's batch prompt asks a model for ("Write N distinct examples for honesty level L", from the
// prompt builder's templates), read back by the fake models in the tests so they answer with N rows at level L.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace candor::test {

struct PromptAsk
{
    int level = 0;
    int count = 0;     // rows, or ladders when levels is not empty; 0 when the text asks for nothing
    QList<int> levels; // a ladder request: the levels each ladder is answered at
    QString repairOf;  // a ladder repair: the question whose missing levels are asked for
    bool isLadder() const { return !levels.isEmpty(); }
};

// The first "Write N distinct examples for honesty level L" in text, or a ladder request ("Write N distinct contrast
// ladders", or a repair naming "The question:") with its "- L (label...)" level lines; {0, 0} when there is none.
PromptAsk promptAsk(const QString &text);
// The same over a chat request body (OpenAI, Anthropic, Ollama): the contents of its messages, joined.
PromptAsk promptAskOfChat(const QJsonObject &body);

} // namespace candor::test
