#include "support/promptask.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace candor::test {

PromptAsk promptAsk(const QString &text)
{
    static const QRegularExpression ladders(u"Write (\\d+) distinct contrast ladders"_s);
    static const QRegularExpression repair(u"\\nThe question: ([^\\n]*)\\n"_s);
    static const QRegularExpression levelLine(u"\\n- ([+-]?\\d) \\("_s);
    const QRegularExpressionMatch ladderMatch = ladders.match(text);
    const QRegularExpressionMatch repairMatch = repair.match(text);
    if (ladderMatch.hasMatch() || repairMatch.hasMatch()) {
        PromptAsk ask;
        ask.count = ladderMatch.hasMatch() ? ladderMatch.captured(1).toInt() : 1;
        ask.repairOf = repairMatch.captured(1);
        for (auto it = levelLine.globalMatch(text); it.hasNext();)
            ask.levels << it.next().captured(1).toInt();
        return ask;
    }
    static const QRegularExpression re(u"Write (\\d+) distinct examples for honesty level ([+-]?\\d)"_s);
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch())
        return {};
    PromptAsk ask;
    ask.level = match.captured(2).toInt();
    ask.count = match.captured(1).toInt();
    return ask;
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
