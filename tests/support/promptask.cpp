#include "support/promptask.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace candor::test {

PromptAsk promptAsk(const QString &text)
{
    static const QRegularExpression re(u"Write (\\d+) distinct examples for honesty level ([+-]?\\d)"_s);
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch())
        return {};
    return {match.captured(2).toInt(), match.captured(1).toInt()};
}

PromptAsk promptAskOfChat(const QJsonObject &body)
{
    QString text;
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    for (const QJsonValue &m : messages)
        text += m.toObject().value(u"content"_s).toString();
    return promptAsk(text);
}

} // namespace candor::test
