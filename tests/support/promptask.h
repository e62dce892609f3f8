// What Candor's batch prompt asks a model for ("Write N distinct examples for honesty level L", from the
// prompt builder's templates), read back by the fake models in the tests so they answer with N rows at level L.
#pragma once

#include <QJsonObject>
#include <QString>

namespace candor::test {

struct PromptAsk
{
    int level = 0;
    int count = 0; // 0 when the text asks for nothing
};

// The first "Write N distinct examples for honesty level L" in text; {0, 0} when there is none.
PromptAsk promptAsk(const QString &text);
// The same over a chat request body (OpenAI, Anthropic, Ollama): the contents of its messages, joined.
PromptAsk promptAskOfChat(const QJsonObject &body);

} // namespace candor::test
