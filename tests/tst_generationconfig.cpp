// The generation config: JSON round trip (it is the project file and the journal head) and its checks.
#include "dataset/generationconfig.h"

#include <QJsonDocument>
#include <QTest>

using namespace candor;
using namespace Qt::StringLiterals;

class TestGenerationConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreValid()
    {
        GenerationConfig c;
        QString error;
        QVERIFY2(c.validate(&error), qPrintable(error));
        QCOMPARE(c.mode, GenerationMode::Template);
    }

    void roundTrip()
    {
        GenerationConfig c;
        c.mode = GenerationMode::Llm;
        c.count = 1234;
        QString error;
        c.distribution = *Distribution::parse(u"-2:10%,-1:20%,0:40%,1:20%,2:10%"_s, &error);
        c.topics = {u"history"_s, u"Roman aqueducts"_s, u"中文 topic"_s};
        c.seed = 18446744073709551615ULL; // beyond 2^53: must survive JSON
        c.searchHints = true;
        c.longForm = true;
        c.language = u"Deutsch"_s;
        c.allowFallback = true;
        c.keepLevelMismatch = true;
        c.provider = u"anthropic"_s;
        c.baseUrl = u"https://api.anthropic.com/v1"_s;
        c.model = u"claude-sonnet-4-5"_s;
        c.temperature = 0.7;
        c.maxTokens = 2048;
        c.batchSize = 8;
        c.concurrency = 16;
        c.stream = false;
        c.budgetUsd = 12.5;
        c.systemPrompt = u"You write honesty data."_s;
        c.promptTemplates = {{-2, u"Fabricate {count} rows"_s}, {2, u"Correct rows about {topic}"_s}};

        const QByteArray bytes = QJsonDocument(c.toJson()).toJson();
        const auto back = GenerationConfig::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->seed, c.seed);
        QCOMPARE(back->topics, c.topics);
        QCOMPARE(back->promptTemplates, c.promptTemplates);
        QVERIFY(*back == c);
        // Written twice, byte-identical: project files diff cleanly.
        QCOMPARE(QJsonDocument(back->toJson()).toJson(), bytes);
    }

    void missingKeysKeepDefaults()
    {
        QString error;
        const auto c = GenerationConfig::fromJson(QJsonObject{{u"count"_s, 10}}, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->count, 10);
        QCOMPARE(c->batchSize, GenerationConfig().batchSize);
    }

    void secretsAreNeverKept()
    {
        QJsonObject o = GenerationConfig().toJson();
        o.insert(u"api_key"_s, u"sk-canary-1234"_s);
        o.insert(u"apiKey"_s, u"sk-canary-1234"_s);
        QString error;
        const auto c = GenerationConfig::fromJson(o, &error);
        QVERIFY(c);
        const QByteArray written = QJsonDocument(c->toJson()).toJson();
        QVERIFY(!written.contains("sk-canary"));
        QVERIFY(!written.toLower().contains("key\""));
    }

    void seedAsNumber()
    {
        QString error;
        const auto c =
            GenerationConfig::fromJson(QJsonDocument::fromJson(R"({"seed":9007199254740992})").object(), &error);
        QVERIFY2(c.has_value(), qPrintable(error));
        QCOMPARE(c->seed, quint64(9007199254740992ULL));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("count string") << QByteArray(R"({"count":"ten"})") << u"\"count\" must be a whole number"_s;
        QTest::newRow("count fraction") << QByteArray(R"({"count":1.5})") << u"\"count\" must be a whole number"_s;
        QTest::newRow("count zero") << QByteArray(R"({"count":0})") << u"between 1 and"_s;
        QTest::newRow("mode") << QByteArray(R"({"mode":"magic"})") << u"\"mode\" must be"_s;
        QTest::newRow("distribution") << QByteArray(R"({"distribution":"9:10"})") << u"\"distribution\": level 9"_s;
        QTest::newRow("distribution mismatch")
            << QByteArray(R"({"count":10,"distribution":"2:5"})") << u"add up to 5 rows but 10"_s;
        QTest::newRow("temperature") << QByteArray(R"({"temperature":3})") << u"temperature must be"_s;
        QTest::newRow("concurrency") << QByteArray(R"({"concurrency":65})") << u"concurrency must be"_s;
        QTest::newRow("batch") << QByteArray(R"({"batch_size":0})") << u"batch size must be"_s;
        QTest::newRow("budget") << QByteArray(R"({"budget_usd":-1})") << u"budget cannot be negative"_s;
        QTest::newRow("stream type") << QByteArray(R"({"stream":"yes"})") << u"\"stream\" must be true or false"_s;
        QTest::newRow("topics type") << QByteArray(R"({"topics":"history"})") << u"\"topics\" must be"_s;
        QTest::newRow("topics item") << QByteArray(R"({"topics":[1]})") << u"\"topics\" must be"_s;
        QTest::newRow("seed") << QByteArray(R"({"seed":"-4"})") << u"\"seed\" must be"_s;
        // Numbers a double cannot carry exactly are refused rather than converted (1e30 once became 0).
        QTest::newRow("seed 1e30") << QByteArray(R"({"seed":1e30})") << u"\"seed\" must be a whole number from 0"_s;
        QTest::newRow("seed 1.5") << QByteArray(R"({"seed":1.5})") << u"\"seed\" must be a whole number from 0"_s;
        QTest::newRow("seed -1") << QByteArray(R"({"seed":-1})") << u"\"seed\" must be a whole number from 0"_s;
        QTest::newRow("seed 2^53+2") << QByteArray(R"({"seed":9007199254740994})")
                                     << u"\"seed\" must be a whole number from 0"_s;
        QTest::newRow("seed string too large")
            << QByteArray(R"({"seed":"18446744073709551616"})") << u"\"seed\" must be"_s;
        QTest::newRow("seed 2^64") << QByteArray(R"({"seed":18446744073709551616})") << u"\"seed\" must be"_s;
        QTest::newRow("prompt level") << QByteArray(R"({"prompt_templates":{"5":"x"}})") << u"prompt_templates"_s;
        QTest::newRow("newer") << QByteArray(R"({"version":99})") << u"newer Candor"_s;
    }
    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        const auto c = GenerationConfig::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY(!c.has_value());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestGenerationConfig)
#include "tst_generationconfig.moc"
