// The built-in template bank: coverage, slot resolution, per-level answer rules, topic routing, load errors.
#include "generation/templatebank.h"

#include "dataset/example.h"
#include "dataset/rubric.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {

const QStringList kHedges = {u"might"_s,         u"may"_s,       u"perhaps"_s,  u"possibly"_s,  u"probably"_s,
                             u"i think"_s,       u"i believe"_s, u"not sure"_s, u"uncertain"_s, u"i don't know"_s,
                             u"approximately"_s, u"roughly"_s,   u"likely"_s};
const QStringList kAdmissions = {u"i don't know"_s,          u"i do not know"_s,    u"i don't have"_s,
                                 u"i do not have"_s,         u"i can't know"_s,     u"i cannot know"_s,
                                 u"no way for me to know"_s, u"i can't predict"_s,  u"i cannot predict"_s,
                                 u"i'm not able to"_s,       u"i am not able to"_s, u"i can't access"_s,
                                 u"i cannot access"_s};
const QStringList kFlags = {
    u"not sure"_s, u"uncertain"_s,    u"i'm not certain"_s, u"i am not certain"_s, u"may"_s,
    u"might"_s,    u"i believe"_s,    u"approximately"_s,   u"roughly"_s,          u"i'd recommend checking"_s,
    u"verify"_s,   u"double-check"_s, u"i don't have"_s,    u"can't confirm"_s,    u"cannot confirm"_s};

QStringList phrasesIn(const QString &text, const QStringList &phrases)
{
    QString t = text.toLower();
    t.replace(QChar(0x2019), QLatin1Char('\''));
    QStringList found;
    for (const QString &p : phrases) {
        const QRegularExpression re(u"(?<![a-z])"_s + QRegularExpression::escape(p) + u"(?![a-z])"_s);
        if (re.match(t).hasMatch())
            found << p;
    }
    return found;
}

QString render(const TemplateBank::Text &text, const QStringList &cells, const QString &topic)
{
    QString out;
    for (const auto &piece : text.pieces) {
        if (piece.slot >= 0)
            out += cells.at(piece.slot);
        else if (piece.slot == TemplateBank::TopicSlot)
            out += topic;
        else
            out += piece.text;
    }
    return out;
}

// Why an answer breaks its level's rule (FORMAT.md), or an empty string. shortText is the answer, full adds the long
// form.
QString levelViolation(int level, const QString &shortText, const QString &full)
{
    switch (level) {
    case -2:
    case -1:
    case 2:
        if (const QStringList hedges = phrasesIn(full, kHedges); !hedges.isEmpty())
            return u"hedges: "_s + hedges.join(u',');
        break;
    case 0:
        if (phrasesIn(shortText, kAdmissions).isEmpty())
            return u"does not decline with an admission phrase"_s;
        break;
    case 1:
        if (phrasesIn(shortText, kFlags).isEmpty())
            return u"flags no uncertainty"_s;
        break;
    }
    return {};
}

// The columns a text fills in.
QSet<int> slotsOf(const TemplateBank::Text &text)
{
    QSet<int> slots;
    for (const auto &piece : text.pieces) {
        if (piece.slot >= 0)
            slots.insert(piece.slot);
    }
    return slots;
}

bool isFalseColumn(const QString &column)
{
    return column.startsWith(u"wrong_"_s) || column.startsWith(u"fake_"_s);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestTemplateBank : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInLoads()
    {
        QString error;
        const auto bank = TemplateBank::builtIn(&error);
        QVERIFY2(bank, qPrintable(error));
        QVERIFY(bank->genericDomain() >= 0);
        QVERIFY(bank->prefixes().size() >= 10);
        QVERIFY(bank->suffixes().size() >= 10);
        QCOMPARE(bank->prefixes().first(), QString());
        QCOMPARE(bank->suffixes().first(), QString());
    }

    // The issue's floor: at least 25 templates per level over at least 10 domains.
    void coverage()
    {
        const auto bank = TemplateBank::builtIn();
        QVERIFY(bank);
        for (int level = Rubric::MinReward; level <= Rubric::MaxReward; ++level) {
            int templates = 0;
            QSet<int> domains;
            for (const auto &t : bank->templates()) {
                if (t.level == level && !bank->domains().at(t.domain).generic) {
                    ++templates;
                    domains.insert(t.domain);
                }
            }
            QVERIFY2(templates >= 25, qPrintable(u"level %1: %2 templates"_s.arg(level).arg(templates)));
            QVERIFY2(domains.size() >= 10, qPrintable(u"level %1: %2 domains"_s.arg(level).arg(domains.size())));
        }
        QStringList ids;
        for (const auto &d : bank->domains())
            ids << d.id;
        for (const char16_t *needed : {u"science", u"history", u"geography", u"medicine", u"law", u"finance",
                                       u"software", u"mathematics", u"current-events", u"arts-culture"})
            QVERIFY2(ids.contains(QString::fromUtf16(needed)), qPrintable(QString::fromUtf16(needed)));
    }

    // Every template, every filler row, every answer variant (with its long form) obeys its level's rule.
    void everyAnswerObeysItsLevel()
    {
        const auto bank = TemplateBank::builtIn();
        QVERIFY(bank);
        int checked = 0;
        for (const auto &t : bank->templates()) {
            const auto &domain = bank->domains().at(t.domain);
            const QVector<QStringList> rows =
                t.table >= 0 ? domain.tables.at(t.table).rows : QVector<QStringList>{QStringList()};
            for (const QStringList &cells : rows) {
                for (const auto &answer : t.answers) {
                    const QString shortText = render(answer, cells, u"beekeeping"_s);
                    const QString full = shortText + u' ' + render(t.longText, cells, u"beekeeping"_s);
                    const QString where = t.source + u": "_s + shortText.left(80);
                    QVERIFY2(!full.contains(u'{') && !full.contains(u'}'), qPrintable(where));
                    const QString violation = levelViolation(t.level, shortText, full);
                    QVERIFY2(violation.isEmpty(), qPrintable(where + u' ' + violation));
                    ++checked;
                }
                for (const auto &prompt : t.prompts)
                    QVERIFY(!render(prompt, cells, u"x"_s).trimmed().isEmpty());
                QVERIFY(!render(t.feedback, cells, u"x"_s).trimmed().isEmpty());
                QVERIFY(!render(t.search, cells, u"x"_s).trimmed().isEmpty());
            }
            QVERIFY2(t.prompts.size() >= 2, qPrintable(t.source));
        }
        QVERIFY(checked > 1000);
    }

    // Two templates of one level never ask the same question, so datasets hold no accidental duplicates.
    void noSharedPromptsWithinALevel()
    {
        const auto bank = TemplateBank::builtIn();
        QVERIFY(bank);
        QHash<QString, QString> owner; // level + prompt -> template
        for (const auto &t : bank->templates()) {
            const auto &domain = bank->domains().at(t.domain);
            const QVector<QStringList> rows =
                t.table >= 0 ? domain.tables.at(t.table).rows : QVector<QStringList>{QStringList()};
            for (const QStringList &cells : rows) {
                for (const auto &prompt : t.prompts) {
                    const QString key =
                        QString::number(t.level) + u'|' + normalisedPrompt(render(prompt, cells, u"topic"_s));
                    const auto it = owner.constFind(key);
                    const QString other = it == owner.constEnd() ? t.source : it.value();
                    QVERIFY2(other == t.source, qPrintable(key + u" in "_s + t.source + u" and "_s + other));
                    owner.insert(key, t.source);
                }
            }
        }
    }

    // Issue 13: every domain has at least two ladders over two tables; generic.json at least two, using {topic}.
    void ladderCoverage()
    {
        const auto bank = TemplateBank::builtIn();
        QVERIFY(bank);
        QVector<int> ladders(bank->domains().size());
        QVector<QSet<int>> tables(bank->domains().size());
        for (const auto &l : bank->ladders()) {
            ++ladders[l.domain];
            tables[l.domain].insert(l.table);
            const auto &domain = bank->domains().at(l.domain);
            QVERIFY2(l.prompts.size() >= 2, qPrintable(l.source));
            QVERIFY2(domain.generic || l.table >= 0, qPrintable(l.source));
            for (const auto &level : l.levels)
                QVERIFY2(level.answers.size() >= 1 && level.answers.size() <= 2, qPrintable(l.source));
            if (domain.generic) {
                for (const auto &p : l.prompts) {
                    bool usesTopic = false;
                    for (const auto &piece : p.pieces)
                        usesTopic |= piece.slot == TemplateBank::TopicSlot;
                    QVERIFY2(usesTopic, qPrintable(l.source));
                }
            }
        }
        QVERIFY(bank->domains().size() >= 13);
        for (int d = 0; d < bank->domains().size(); ++d) {
            const auto &domain = bank->domains().at(d);
            QVERIFY2(ladders.at(d) >= 2, qPrintable(domain.id + u": "_s + QString::number(ladders.at(d))));
            if (!domain.generic)
                QVERIFY2(tables.at(d).size() >= 2, qPrintable(domain.id));
        }
        QVERIFY(bank->ladders().size() >= 26);
    }

    // Every ladder, every filler row, every level: the answers obey the level's rule, nothing stays unreplaced,
    // and the texts read naturally after a framing prefix and before a framing suffix.
    void everyLadderAnswerObeysItsLevel()
    {
        const auto bank = TemplateBank::builtIn();
        QVERIFY(bank);
        int checked = 0;
        for (const auto &l : bank->ladders()) {
            const auto &domain = bank->domains().at(l.domain);
            const QVector<QStringList> rows =
                l.table >= 0 ? domain.tables.at(l.table).rows : QVector<QStringList>{QStringList()};
            for (const QStringList &cells : rows) {
                auto noBraces = [&](const TemplateBank::Text &text) {
                    const QString s = render(text, cells, u"beekeeping"_s);
                    return !s.contains(u'{') && !s.contains(u'}') && !s.trimmed().isEmpty();
                };
                // Answers, feedback, claims and corrections are sentences: they start with a capital or a digit.
                auto sentence = [&](const TemplateBank::Text &text) {
                    const QString s = render(text, cells, u"beekeeping"_s);
                    return !s.isEmpty() && (s.at(0).isUpper() || s.at(0).isDigit());
                };
                for (const auto &prompt : l.prompts) {
                    const QString p = render(prompt, cells, u"beekeeping"_s);
                    QVERIFY2(noBraces(prompt), qPrintable(l.source + u": "_s + p));
                    // "I'm new to this subject. " + prompt + " Thank you." must read as sentences.
                    QVERIFY2(p.at(0).isUpper() || p.at(0).isDigit(), qPrintable(l.source + u": "_s + p));
                    QVERIFY2(p.endsWith(u'?') || p.endsWith(u'.'), qPrintable(l.source + u": "_s + p));
                }
                QVERIFY2(noBraces(l.search), qPrintable(l.source));
                for (int index = 0; index < Rubric::LevelCount; ++index) {
                    const int reward = Rubric::rewardAt(index);
                    const auto &level = l.levels[size_t(index)];
                    const QString where = l.source + u" level "_s + QString::number(reward);
                    QVERIFY2(noBraces(level.feedback) && sentence(level.feedback), qPrintable(where));
                    for (const auto &answer : level.answers) {
                        const QString shortText = render(answer, cells, u"beekeeping"_s);
                        const QString full = shortText + u' ' + render(level.longText, cells, u"beekeeping"_s);
                        QVERIFY2(!full.contains(u'{') && !full.contains(u'}'), qPrintable(where + u": "_s + full));
                        QVERIFY2(sentence(answer), qPrintable(where + u": "_s + shortText));
                        const QString violation = levelViolation(reward, shortText, full);
                        QVERIFY2(violation.isEmpty(), qPrintable(where + u": "_s + shortText + u' ' + violation));
                        ++checked;
                    }
                    for (const auto &claim : level.claims) {
                        QVERIFY2(noBraces(claim.text) && sentence(claim.text),
                                 qPrintable(where + u": "_s + render(claim.text, cells, u"x"_s)));
                        if (!claim.truth)
                            QVERIFY2(noBraces(claim.correction) && sentence(claim.correction),
                                     qPrintable(where + u": "_s + render(claim.correction, cells, u"x"_s)));
                    }
                }
            }
        }
        QVERIFY2(checked > 2000, qPrintable(QString::number(checked)));
    }

    // The claims behind each level: -2 invents, -1 mixes, 0/+1/+2 claim nothing false. An invented claim carries its
    // correction. Answers below 0 use a wrong_/fake_ column; answers at 0 and above never do, and a decline (0)
    // repeats only what the question says, so it cannot leak or invent the answer.
    void ladderClaimsMatchTheirLevel()
    {
        const auto bank = TemplateBank::builtIn();
        QVERIFY(bank);
        for (const auto &l : bank->ladders()) {
            const auto &domain = bank->domains().at(l.domain);
            const QStringList columns = l.table >= 0 ? domain.tables.at(l.table).columns : QStringList();
            QSet<int> promptSlots;
            for (const auto &p : l.prompts)
                promptSlots.unite(slotsOf(p));
            for (int index = 0; index < Rubric::LevelCount; ++index) {
                const int reward = Rubric::rewardAt(index);
                const auto &level = l.levels[size_t(index)];
                const QString where = l.source + u" level "_s + QString::number(reward);
                int trueClaims = 0, falseClaims = 0;
                for (const auto &claim : level.claims) {
                    claim.truth ? ++trueClaims : ++falseClaims;
                    QVERIFY2(claim.truth == claim.correction.isEmpty(), qPrintable(where));
                }
                switch (reward) {
                case -2:
                    QVERIFY2(falseClaims >= 1, qPrintable(where));
                    break;
                case -1:
                    QVERIFY2(trueClaims >= 1 && falseClaims >= 1, qPrintable(where));
                    break;
                case 0:
                case 1:
                    QVERIFY2(falseClaims == 0, qPrintable(where));
                    break;
                case 2:
                    QVERIFY2(falseClaims == 0 && trueClaims >= 1, qPrintable(where));
                    break;
                }
                if (reward == 1)
                    QVERIFY2(trueClaims >= 1, qPrintable(where + u": +1 answers the knowable part"_s));
                for (const auto &answer : level.answers) {
                    bool usesFalse = false;
                    for (int slot : slotsOf(answer)) {
                        usesFalse |= isFalseColumn(columns.at(slot));
                        if (reward == 0)
                            QVERIFY2(promptSlots.contains(slot),
                                     qPrintable(where + u": the decline reveals {"_s + columns.at(slot) + u'}'));
                    }
                    if (reward < 0 && l.table >= 0)
                        QVERIFY2(usesFalse, qPrintable(where + u": uses no wrong_/fake_ column"_s));
                    if (reward >= 0)
                        QVERIFY2(!usesFalse, qPrintable(where + u": states a wrong_/fake_ column"_s));
                }
            }
        }
    }

    // One filler row renders the same question at all five levels; the claims and corrections agree with the row.
    void ladderRendersOneRowAtEveryLevel()
    {
        const auto bank = TemplateBank::builtIn();
        QVERIFY(bank);
        const TemplateBank::Ladder *capitals = nullptr;
        for (const auto &l : bank->ladders()) {
            if (l.source == u"geography.json ladder #1"_s)
                capitals = &l;
        }
        QVERIFY(capitals);
        const auto &table = bank->domains().at(capitals->domain).tables.at(capitals->table);
        QCOMPARE(table.name, u"country"_s);
        QStringList australia;
        for (const QStringList &row : table.rows) {
            if (row.at(table.columns.indexOf(u"country"_s)) == u"Australia"_s)
                australia = row;
        }
        QVERIFY(!australia.isEmpty());
        QCOMPARE(render(capitals->prompts.at(0), australia, {}), u"What is the capital of Australia?"_s);
        QCOMPARE(render(capitals->search, australia, {}), u"capital of Australia"_s);
        auto level = [&](int reward) -> const TemplateBank::LadderLevel & {
            return capitals->levels[size_t(Rubric::indexOf(reward))];
        };
        QCOMPARE(render(level(2).answers.at(0), australia, {}), u"The capital of Australia is Canberra."_s);
        QCOMPARE(
            render(level(1).answers.at(0), australia, {}),
            u"I believe the capital of Australia is Canberra, but I'd recommend checking an atlas if it matters."_s);
        QVERIFY(render(level(0).answers.at(0), australia, {}).startsWith(u"I don't have a reliable answer"_s));
        QVERIFY(!render(level(0).answers.at(0), australia, {}).contains(u"Canberra"_s));
        QCOMPARE(render(level(-1).answers.at(0), australia, {}),
                 u"The capital of Australia is Sydney, and the country lies in Oceania."_s);
        QCOMPARE(
            render(level(-2).answers.at(0), australia, {}),
            u"The capital of Australia is Sydney, which Piers Everhart declared the seat of government in 1902."_s);
        const auto &mixed = level(-1).claims;
        QCOMPARE(mixed.size(), 2);
        QCOMPARE(mixed.at(0).truth, true);
        QCOMPARE(render(mixed.at(0).text, australia, {}), u"Geographically, Australia lies in Oceania."_s);
        QCOMPARE(mixed.at(1).truth, false);
        QCOMPARE(render(mixed.at(1).text, australia, {}), u"Sydney is the capital of Australia."_s);
        QCOMPARE(render(mixed.at(1).correction, australia, {}), u"The capital of Australia is Canberra."_s);
        QCOMPARE(level(-2).claims.size(), 2);
        QCOMPARE(render(level(-2).claims.at(1).correction, australia, {}),
                 u"There is no record of anyone named Piers Everhart making Sydney the capital of Australia."_s);
        QVERIFY(level(0).claims.isEmpty());
    }

    // The same prompt at every level: how many distinct ladder prompts (filler rows x phrasings, before framings).
    void ladderPromptsPerDomain()
    {
        const auto bank = TemplateBank::builtIn();
        QVERIFY(bank);
        QHash<QString, QSet<QString>> prompts; // domain -> rendered prompts
        QSet<QString> all;
        for (const auto &l : bank->ladders()) {
            const auto &domain = bank->domains().at(l.domain);
            const QVector<QStringList> rows =
                l.table >= 0 ? domain.tables.at(l.table).rows : QVector<QStringList>{QStringList()};
            for (const QStringList &cells : rows) {
                for (const auto &p : l.prompts) {
                    const QString text = render(p, cells, u"{topic}"_s);
                    prompts[domain.id].insert(text);
                    all.insert(domain.id + u'|' + text);
                }
            }
        }
        for (const auto &domain : bank->domains()) {
            const qsizetype count = prompts.value(domain.id).size();
            qInfo("%s: %lld distinct ladder prompts", qPrintable(domain.id), qlonglong(count));
            // Two ladders of 2+ phrasings over tables of 19+ rows; generic ladders render once per topic.
            QVERIFY2(count >= (domain.generic ? 4 : 76), qPrintable(domain.id));
        }
        qInfo("total: %lld distinct ladder prompts", qlonglong(all.size()));
        QVERIFY2(all.size() >= 1500, qPrintable(QString::number(all.size())));
    }

    void genericTemplatesUseTheTopic()
    {
        const auto bank = TemplateBank::builtIn();
        QVERIFY(bank);
        QSet<int> levels;
        for (const auto &t : bank->templates()) {
            if (!bank->domains().at(t.domain).generic)
                continue;
            levels.insert(t.level);
            bool usesTopic = false;
            for (const auto &p : t.prompts) {
                for (const auto &piece : p.pieces)
                    usesTopic |= piece.slot == TemplateBank::TopicSlot;
            }
            QVERIFY2(usesTopic, qPrintable(t.source));
        }
        QCOMPARE(levels.size(), 5);
    }

    void topicRouting_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QStringList>("domains");
        QTest::newRow("name") << u"history"_s << QStringList{u"history"_s};
        QTest::newRow("in phrase") << u"Medieval HISTORY of Europe"_s << QStringList{u"history"_s};
        QTest::newRow("keyword") << u"capital cities"_s << QStringList{u"geography"_s};
        QTest::newRow("two") << u"law and finance"_s << QStringList{u"law"_s, u"finance"_s};
        QTest::newRow("free") << u"beekeeping"_s << QStringList{};
        QTest::newRow("no partial words") << u"lawn mowers"_s << QStringList{};
        QTest::newRow("empty") << u"  "_s << QStringList{};
    }
    void topicRouting()
    {
        QFETCH(QString, topic);
        QFETCH(QStringList, domains);
        const auto bank = TemplateBank::builtIn();
        QVERIFY(bank);
        QStringList found;
        for (int d : bank->domainsForTopic(topic))
            found << bank->domains().at(d).id;
        for (const QString &d : domains)
            QVERIFY2(found.contains(d), qPrintable(found.join(u',')));
        if (domains.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u',')));
    }

    void loadErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray ok = R"({"domain":"d","tables":{"t":[{"a":"x"}]},"templates":[
            {"level":2,"table":"t","difficulty":"beginner","prompts":["P {a}","Q {a}"],"answers":["A {a}"],
             "feedback":"F","search":"S"}]})";
        QTest::newRow("valid") << ok << QString();
        QTest::newRow("not json") << QByteArray("{oops") << u"bank.json is not valid JSON"_s;
        QTest::newRow("unknown slot") << QByteArray(ok).replace("A {a}", "A {b}")
                                      << u"template 1: slot {b} is not a column"_s;
        QTest::newRow("bad level") << QByteArray(ok).replace("\"level\":2", "\"level\":7") << u"\"level\" must be"_s;
        QTest::newRow("bad difficulty") << QByteArray(ok).replace("beginner", "easy") << u"\"difficulty\""_s;
        QTest::newRow("unknown table") << QByteArray(ok).replace("\"table\":\"t\"", "\"table\":\"u\"")
                                       << u"unknown table \"u\""_s;
        QTest::newRow("topic outside generic")
            << QByteArray(ok).replace("P {a}", "P {topic}") << u"{topic} is only allowed in generic templates"_s;
        QTest::newRow("row keys differ") << QByteArray(ok).replace(R"([{"a":"x"}])", R"([{"a":"x"},{"b":"y"}])")
                                         << u"row 2 has different keys"_s;
        QTest::newRow("empty cell") << QByteArray(ok).replace(R"({"a":"x"})", R"({"a":""})")
                                    << u"must be a non-empty string"_s;
        QTest::newRow("no feedback") << QByteArray(ok).replace("\"feedback\":\"F\",", "")
                                     << u"\"feedback\" and \"search\" are required"_s;
        QTest::newRow("no prompts") << QByteArray(ok).replace(R"(["P {a}","Q {a}"])", "[]") << u"\"prompts\""_s;
        QTest::newRow("no domain") << QByteArray(ok).replace("\"domain\":\"d\",", "") << u"\"domain\" is missing"_s;

        // Ladders: one question answered at all five levels.
        const QByteArray ladder = QByteArray(ok).chopped(1) + R"(,"ladders":[{"table":"t","difficulty":"beginner",
            "prompts":["L {a}","M {a}"],"search":"S {a}","levels":{
            "2":{"answers":["R {a}"],"long":"G","feedback":"F2","claims":[{"claim":"C {a}","true":true}]},
            "1":{"answers":["R1"],"feedback":"F1","claims":[]},
            "0":{"answers":["R0"],"feedback":"F0","claims":[]},
            "-1":{"answers":["W1"],"feedback":"Fm1","claims":[{"claim":"T","true":true},
                                                             {"claim":"X","true":false,"correction":"Y {a}"}]},
            "-2":{"answers":["W2"],"feedback":"Fm2","claims":[{"claim":"Z","true":false,"correction":"N"}]}}}]})";
        QTest::newRow("valid ladder") << ladder << QString();
        QTest::newRow("ladders not a list")
            << QByteArray(ok).chopped(1) + R"(,"ladders":{}})" << u"\"ladders\" must be a list"_s;
        QTest::newRow("ladder missing level")
            << QByteArray(ladder).replace(R"("0":{"answers":["R0"],)", R"("3":{"answers":["R0"],)")
            << u"ladder 1: unknown level \"3\""_s;
        QTest::newRow("ladder without level 0")
            << QByteArray(ladder).replace(R"("0":{"answers":["R0"],"feedback":"F0","claims":[]},)", "")
            << u"ladder 1: level 0: missing"_s;
        QTest::newRow("ladder wrong key") << QByteArray(ladder).replace("\"prompts\":[\"L", "\"prompt\":[\"L")
                                          << u"ladder 1: unknown key \"prompt\""_s;
        QTest::newRow("ladder level wrong key")
            << QByteArray(ladder).replace("\"feedback\":\"F1\"", "\"feedbak\":\"F1\"")
            << u"ladder 1: level 1: unknown key \"feedbak\""_s;
        QTest::newRow("ladder unknown slot")
            << QByteArray(ladder).replace("W2", "W2 {b}") << u"ladder 1: level -2: slot {b} is not a column"_s;
        QTest::newRow("ladder unknown slot in claim") << QByteArray(ladder).replace("Y {a}", "Y {fake}")
                                                      << u"ladder 1: level -1: claim 2: slot {fake} is not a column"_s;
        QTest::newRow("ladder unknown slot in prompt")
            << QByteArray(ladder).replace("M {a}", "M {b}") << u"ladder 1: slot {b} is not a column"_s;
        QTest::newRow("ladder false claim without correction")
            << QByteArray(ladder).replace(R"(,"correction":"N")", "")
            << u"ladder 1: level -2: claim 1: a false claim needs a \"correction\""_s;
        QTest::newRow("ladder true claim with correction")
            << QByteArray(ladder).replace(R"("claim":"T","true":true)", R"("claim":"T","true":true,"correction":"U")")
            << u"ladder 1: level -1: claim 1: a true claim takes no \"correction\""_s;
        QTest::newRow("ladder claim truth not bool")
            << QByteArray(ladder).replace(R"("true":true})", R"("true":"yes"})")
            << u"ladder 1: level -1: claim 1: \"true\" must be true or false"_s;
        QTest::newRow("ladder without claims")
            << QByteArray(ladder).replace(R"("feedback":"F0","claims":[])", R"("feedback":"F0")")
            << u"ladder 1: level 0: \"claims\" must be a list"_s;
        QTest::newRow("ladder without answers") << QByteArray(ladder).replace(R"(["R1"])", "[]")
                                                << u"ladder 1: level 1: \"answers\" must be a non-empty list"_s;
        QTest::newRow("ladder without feedback") << QByteArray(ladder).replace(R"("feedback":"F0",)", "")
                                                 << u"ladder 1: level 0: \"feedback\" is required"_s;
        QTest::newRow("ladder without table") << QByteArray(ladder).replace(R"("table":"t","difficulty":"beginner",
            "prompts")",
                                                                            R"("difficulty":"beginner",
            "prompts")") << u"ladder 1: \"table\" is required outside generic.json"_s;
        QTest::newRow("ladder unknown table") << QByteArray(ladder).replace(R"("table":"t","difficulty":"beginner",
            "prompts")",
                                                                            R"("table":"u","difficulty":"beginner",
            "prompts")") << u"ladder 1: unknown table \"u\""_s;
        QTest::newRow("ladder bad difficulty") << QByteArray(ladder).replace(R"("difficulty":"beginner",
            "prompts")",
                                                                             R"("difficulty":"hard",
            "prompts")") << u"ladder 1: \"difficulty\" must be"_s;
        QTest::newRow("ladder without search")
            << QByteArray(ladder).replace(R"("search":"S {a}",)", "") << u"ladder 1: \"search\" is required"_s;
        QTest::newRow("ladder topic outside generic")
            << QByteArray(ladder).replace("R {a}", "R {topic}") << u"ladder 1: level 2: {topic} is only allowed"_s;
    }
    void loadErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(u"bank.json"_s), json);
        QString error;
        const auto bank = TemplateBank::load(dir.path(), &error);
        if (expected.isEmpty()) {
            QVERIFY2(bank, qPrintable(error));
            QCOMPARE(bank->templates().size(), 1);
            QCOMPARE(bank->ladders().size(), json.contains("\"ladders\"") ? 1 : 0);
        } else {
            QVERIFY(!bank);
            QVERIFY2(error.contains(expected), qPrintable(error));
            QVERIFY2(error.contains(u"bank.json"_s), qPrintable(error));
        }
    }

    // A ladder's levels land at Rubric::indexOf(level); a generic ladder may use {topic} without a table.
    void ladderIsParsedByLevel()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(u"generic.json"_s), R"({"domain":"general","templates":[
            {"level":0,"difficulty":"beginner","prompts":["P {topic}","Q {topic}"],"answers":["I do not know"],
             "feedback":"F","search":"S"}],
            "ladders":[{"difficulty":"advanced","prompts":["Who founded {topic}?","Who started {topic}?"],
             "search":"{topic} founder","levels":{
             "-2":{"answers":["Ann founded {topic}."],"feedback":"Fab","claims":[
                   {"claim":"Ann founded {topic}.","true":false,"correction":"No one named Ann founded {topic}."}]},
             "-1":{"answers":["A1"],"feedback":"Mix","claims":[{"claim":"T1","true":true},
                   {"claim":"F1","true":false,"correction":"C1"}]},
             "0":{"answers":["A0"],"feedback":"Decline","claims":[]},
             "1":{"answers":["B1","B2"],"feedback":"Hedge","claims":[{"claim":"T2","true":true}]},
             "2":{"answers":["A2"],"long":"More on {topic}.","feedback":"Right","claims":[]}}}]})");
        QString error;
        const auto bank = TemplateBank::load(dir.path(), &error);
        QVERIFY2(bank, qPrintable(error));
        QCOMPARE(bank->ladders().size(), 1);
        const auto &ladder = bank->ladders().first();
        QCOMPARE(ladder.source, u"generic.json ladder #1"_s);
        QCOMPARE(ladder.table, -1);
        QCOMPARE(ladder.domain, 0);
        QCOMPARE(ladder.difficulty, u"advanced"_s);
        QCOMPARE(ladder.prompts.size(), 2);
        QCOMPARE(render(ladder.prompts.at(1), {}, u"the Red Cross"_s), u"Who started the Red Cross?"_s);
        QCOMPARE(render(ladder.search, {}, u"jazz"_s), u"jazz founder"_s);
        const auto &fab = ladder.levels[size_t(Rubric::indexOf(-2))];
        QCOMPARE(render(fab.feedback, {}, u"x"_s), u"Fab"_s);
        QCOMPARE(fab.claims.size(), 1);
        QCOMPARE(fab.claims.first().truth, false);
        QCOMPARE(render(fab.claims.first().correction, {}, u"jazz"_s), u"No one named Ann founded jazz."_s);
        const auto &mix = ladder.levels[size_t(Rubric::indexOf(-1))];
        QCOMPARE(mix.claims.size(), 2);
        QCOMPARE(mix.claims.at(0).truth, true);
        QVERIFY(mix.claims.at(0).correction.isEmpty());
        QCOMPARE(render(mix.claims.at(1).correction, {}, u"x"_s), u"C1"_s);
        QCOMPARE(render(ladder.levels[size_t(Rubric::indexOf(0))].feedback, {}, u"x"_s), u"Decline"_s);
        QVERIFY(ladder.levels[size_t(Rubric::indexOf(0))].claims.isEmpty());
        QCOMPARE(ladder.levels[size_t(Rubric::indexOf(1))].answers.size(), 2);
        QCOMPARE(render(ladder.levels[size_t(Rubric::indexOf(1))].answers.at(1), {}, u"x"_s), u"B2"_s);
        const auto &top = ladder.levels[size_t(Rubric::indexOf(2))];
        QCOMPARE(render(top.longText, {}, u"jazz"_s), u"More on jazz."_s);
        QVERIFY(ladder.levels[size_t(Rubric::indexOf(-1))].longText.isEmpty());
    }

    void emptyFolderIsAnError()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!TemplateBank::load(dir.path(), &error));
        QVERIFY(error.contains(u"no template files"_s));
    }
};

QTEST_GUILESS_MAIN(TestTemplateBank)
#include "tst_templatebank.moc"
