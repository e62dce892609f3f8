// The near-duplicate index: exact and near matches, scopes and ladder groups, bulk == incremental, recall on planted
// paraphrases and precision on the template bank's distinct prompts.
#include "text/nearduplicates.h"

#include "dataset/example.h"
#include "generation/templategenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {

// Distinct normalised prompts of the template bank (every level, framings included), with what each one asks: the
// search query of its filler row and the question without its framing sentences.
struct BankPrompts
{
    QVector<QString> prompts; // normalised
    QVector<QString> search;
    QVector<QString> core;
};

BankPrompts bankPrompts(int perLevel, quint64 seed)
{
    BankPrompts out;
    auto bank = TemplateBank::builtIn();
    if (!bank)
        return out;
    TemplateGenerator::Options options;
    options.seed = seed;
    options.searchHints = true;
    TemplateGenerator generator(bank, options);
    QString error;
    if (!generator.plan(LevelCounts{perLevel, perLevel, perLevel, perLevel, perLevel}, &error))
        return out;
    QStringList prefixes, suffixes;
    for (const QString &p : bank->prefixes())
        if (!p.trimmed().isEmpty())
            prefixes << p.trimmed();
    for (const QString &s : bank->suffixes())
        if (!s.trimmed().isEmpty())
            suffixes << s.trimmed();
    QSet<QString> seen;
    for (const Example &row : generator.examples(0, generator.rowCount())) {
        const QString key = normalisedPrompt(row.prompt);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        QString core = row.prompt.trimmed();
        for (const QString &p : std::as_const(prefixes))
            if (core.startsWith(p))
                core = core.mid(p.size()).trimmed();
        for (const QString &s : std::as_const(suffixes))
            if (core.endsWith(s))
                core = core.chopped(s.size()).trimmed();
        out.prompts << key;
        out.search << row.searchHint.toCaseFolded();
        out.core << normalisedPrompt(core);
    }
    return out;
}

// The filler rows of the bank's tables whose values a prompt names most fully: the fact it asks about. Values of
// three characters or more, as whole words; fake_ and wrong_ columns are for answers.
class FillerRows
{
public:
    FillerRows()
    {
        const QStringList files = QDir(u":/templates"_s).entryList({u"*.json"_s});
        for (const QString &name : files) {
            QFile file(u":/templates/"_s + name);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject tables = QJsonDocument::fromJson(file.readAll()).object().value(u"tables"_s).toObject();
            for (auto t = tables.begin(); t != tables.end(); ++t) {
                const QJsonArray rows = t.value().toArray();
                for (int r = 0; r < rows.size(); ++r) {
                    QStringList values;
                    const QJsonObject row = rows.at(r).toObject();
                    for (auto c = row.begin(); c != row.end(); ++c) {
                        const QString value = normalisedPrompt(c.value().toString());
                        if (!c.key().startsWith(u"fake_"_s) && !c.key().startsWith(u"wrong_"_s) && value.size() >= 3)
                            values << value;
                    }
                    m_rows.append({name + u'/' + t.key() + u'/' + QString::number(r), values});
                }
            }
        }
    }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QSet<QString> rowsOf(const QString &prompt) const
    {
        QSet<QString> best;
        qsizetype bestChars = 0;
        for (const auto &[id, values] : m_rows) {
            qsizetype chars = 0;
            for (const QString &value : values) {
                const qsizetype at = prompt.indexOf(value);
                const qsizetype end = at + value.size();
                if (at >= 0 && (at == 0 || !prompt[at - 1].isLetterOrNumber()) &&
                    (end == prompt.size() || !prompt[end].isLetterOrNumber()))
                    chars += value.size();
            }
            if (chars > bestChars) {
                best = {id};
                bestChars = chars;
            } else if (chars == bestChars && chars > 0) {
                best.insert(id);
            }
        }
        return best;
    }

private:
    QVector<std::pair<QString, QStringList>> m_rows;
};

// One paraphrase of a prompt of the given kind, as a person or a model rewording it slightly would write it.
QString paraphrase(const QString &prompt, int kind, QRandomGenerator &random)
{
    QStringList words = prompt.split(u' ', Qt::SkipEmptyParts);
    static const QStringList fillers{u"really"_s, u"actually"_s, u"exactly"_s, u"please"_s, u"just"_s, u"currently"_s};
    switch (kind) {
    case 0: { // two neighbouring words swapped
        if (words.size() < 3)
            break;
        const int i = 1 + int(random.bounded(words.size() - 2));
        words.swapItemsAt(i - 1, i);
        break;
    }
    case 1: { // one letter of a word of five letters or more typed wrong
        QVector<int> longWords;
        for (int i = 0; i < words.size(); ++i)
            if (words[i].size() >= 5 && words[i].front().isLetter() && words[i].back().isLetter())
                longWords << i;
        if (longWords.isEmpty())
            break;
        QString &word = words[longWords.at(int(random.bounded(longWords.size())))];
        const int i = int(random.bounded(word.size()));
        word[i] = word[i] == u'x' ? u'y' : u'x';
        break;
    }
    case 2: // a filler word added
        words.insert(int(random.bounded(words.size() + 1)), fillers.at(int(random.bounded(fillers.size()))));
        break;
    case 3: { // a filler word left out
        static const QStringList removable{u"the"_s,    u"a"_s,      u"an"_s,   u"of"_s,       u"is"_s,  u"in"_s,
                                           u"really"_s, u"please"_s, u"just"_s, u"actually"_s, u"did"_s, u"was"_s};
        QVector<int> candidates;
        for (int i = 0; i < words.size(); ++i)
            if (removable.contains(words[i]))
                candidates << i;
        if (!candidates.isEmpty())
            words.removeAt(candidates.at(int(random.bounded(candidates.size()))));
        else
            words.removeAt(int(random.bounded(words.size())));
        break;
    }
    case 4: { // case, spacing and punctuation: capitals, a comma, another end
        QString text = words.join(u"  "_s);
        text[0] = text[0].toUpper();
        const int space = text.indexOf(u' ');
        if (space > 0)
            text.insert(space, u',');
        return text + u"?!"_s;
    }
    }
    return words.join(u' ');
}

const char *kindName(int kind)
{
    static const char *names[] = {"two words swapped", "a letter typed wrong", "a filler added", "a filler left out",
                                  "case and punctuation"};
    return names[kind];
}

} // namespace

class TestNearDuplicates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void similarity_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("equal") << u"what is the capital of france"_s << u"what is the capital of france"_s << 1.0
                               << 1.0;
        QTest::newRow("one letter") << u"in which year did the berlin wall fall, and who led east germany"_s
                                    << u"in which year did the berlin wall fall, and who led east germanx"_s << 0.85
                                    << 0.99;
        QTest::newRow("reordered, fillers")
            << u"who led east germany when the berlin wall fell"_s
            << u"when the berlin wall fell, who really led east germany"_s << 1.0 << 1.0;
        QTest::newRow("other question") << u"what is the capital of france"_s << u"who painted the mona lisa"_s << 0.0
                                        << 0.05;
        QTest::newRow("short") << u"abc"_s << u"abc"_s << 1.0 << 1.0;
        QTest::newRow("short vs long") << u"abc"_s << u"abcdef"_s << 0.0 << 0.0;
        QTest::newRow("empty") << QString() << QString() << 1.0 << 1.0;
    }
    void similarity()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(double, low);
        QFETCH(double, high);
        const double s = NearDuplicateIndex::similarity(a, b);
        QVERIFY2(s >= low && s <= high, qPrintable(QString::number(s)));
        QCOMPARE(NearDuplicateIndex::similarity(b, a), s);
    }

    void exactNearScopesAndGroups()
    {
        NearDuplicateIndex index;
        const QString wall = u"in which year did the berlin wall fall, and who led east germany at that time"_s;
        QVERIFY(!index.add(wall).found());
        QVERIFY(!index.add(u"who painted the mona lisa"_s).found());
        // The same text: exact, 1.0, the first entry.
        NearDuplicateMatch m = index.add(wall);
        QVERIFY(m.found() && m.exact);
        QCOMPARE(m.other, qint64(0));
        QCOMPARE(m.similarity, 1.0);
        // A near-duplicate: the first of the two equal texts, not exact.
        m = index.add(u"in which year did the berlin wall really fall, and who led east germany at that time"_s);
        QVERIFY(m.found() && !m.exact);
        QCOMPARE(m.other, qint64(0));
        QCOMPARE(m.similarity, 1.0); // fillers are not part of the canonical form
        m = index.find(u"in which year did the berlin wall fall, and who led east germnay at that time"_s);
        QVERIFY(m.found() && !m.exact);
        QVERIFY(m.similarity >= 0.8 && m.similarity < 1.0);
        // A typing slip is the same question; a word in place of another, or another number, is not.
        QVERIFY(index.find(u"in which year did the berlin wall fall, and who led east germnay at that time"_s).found());
        QVERIFY(
            !index.find(u"in which year did the berlin wall fall, and who led west germany at that time"_s).found());
        QVERIFY(NearDuplicateIndex::similarity(wall, u"in which year did the berlin wall fall, and who led west "
                                                     "germany at that time"_s) >= 0.8);
        QVERIFY(!NearDuplicateIndex::sameQuestion(u"always the same answer at -2"_s, u"always the same answer at 2"_s));
        QVERIFY(!NearDuplicateIndex::sameQuestion(u"prices from 1990 to 2000 in europe"_s,
                                                  u"prices from 2000 to 1990 in europe"_s));
        QVERIFY(NearDuplicateIndex::sameQuestion(u"prices in europe from 1990 to 2000"_s,
                                                 u"from 1990 to 2000, prices in europe"_s));
        QVERIFY(!NearDuplicateIndex::sameQuestion(u"how many nations competed at the 1980 summer games"_s,
                                                  u"how many nations competed at the 1900 summer games"_s));
        QVERIFY(NearDuplicateIndex::sameQuestion(u"quick question. how tall is mount everest"_s,
                                                 u"how tall is mount everest. thank you"_s) == false);
        QVERIFY(NearDuplicateIndex::sameQuestion(u"quick question. how tall is mount everest"_s,
                                                 u"how tall is teh mount everest"_s) == false);
        QVERIFY(
            NearDuplicateIndex::sameQuestion(u"how tall is mount everest"_s, u"how tall is mount everest really"_s));
        QVERIFY(NearDuplicateIndex::sameQuestion(u"what is the height of mount everest"_s,
                                                 u"what is the hieght of mount everest"_s));
        // Slips in words under five letters are past telling from other words: "http" / "https".
        QVERIFY(!NearDuplicateIndex::sameQuestion(u"what is the height of mount everest"_s,
                                                  u"what is the height of mount evrest"_s) == false);
        QVERIFY(
            !NearDuplicateIndex::sameQuestion(u"is my firewall allowing http"_s, u"is my firewall allowing https"_s));
        QVERIFY(NearDuplicateIndex::sameQuestion(u"东京塔有多高"_s, u"东京塔有多高呢"_s));
        QVERIFY(!NearDuplicateIndex::sameQuestion(u"东京塔有多高"_s, u"大阪塔有多高"_s));
        // Another question is no duplicate.
        QVERIFY(!index.find(u"what is the boiling point of water at sea level"_s).found());
        // Another scope (level) is not compared.
        QVERIFY(!index.find(wall, 3).found());
        // A ladder's rows share their prompt: never a duplicate within the group, but of another group's prompt.
        QVERIFY(!index.add(u"how tall is mount everest"_s, 0, 7).found());
        QVERIFY(!index.add(u"how tall is mount everest"_s, 0, 7).found());
        m = index.add(u"how tall is mount everest"_s, 0, 8);
        QVERIFY(m.found() && m.exact);
        QCOMPARE(m.other, qint64(4));
        QCOMPARE(index.size(), qint64(7));
        index.clear();
        QCOMPARE(index.size(), qint64(0));
        QVERIFY(!index.find(u"how tall is mount everest"_s).found());
    }

    // findAll answers exactly what add() answers in order, on one thread and on two, with scopes and groups.
    void bulkEqualsIncremental()
    {
        const BankPrompts bank = bankPrompts(600, 11);
        QVERIFY(bank.prompts.size() > 2500);
        QRandomGenerator random(5);
        QVector<QString> texts;
        QVector<int> scopes;
        QVector<quint64> groups;
        for (int i = 0; i < bank.prompts.size(); ++i) {
            texts << bank.prompts[i];
            scopes << int(random.bounded(2));
            groups << (i % 7 == 0 ? quint64(i / 14 + 1) : 0);
            if (i % 5 == 0) { // a repeat or a paraphrase of an earlier prompt, sometimes in its group
                const int j = int(random.bounded(i + 1));
                texts << (i % 10 == 0 ? texts[j] : paraphrase(texts[j], i % 4, random));
                scopes << scopes[j];
                groups << (i % 3 == 0 ? groups[j] : 0);
            }
        }
        NearDuplicateIndex index;
        QVector<NearDuplicateMatch> expected;
        int exact = 0, near = 0;
        for (int i = 0; i < texts.size(); ++i) {
            expected << index.add(texts[i], scopes[i], groups[i]);
            exact += expected.back().exact;
            near += expected.back().found() && !expected.back().exact;
        }
        QVERIFY(exact > 100);
        QVERIFY(near > 100);
        for (int threads : {1, 2}) {
            const QVector<NearDuplicateMatch> all = NearDuplicateIndex::findAll(texts, scopes, groups, 0.8, threads);
            QCOMPARE(all.size(), expected.size());
            for (int i = 0; i < texts.size(); ++i) {
                QCOMPARE(all[i].other, expected[i].other);
                QCOMPARE(all[i].exact, expected[i].exact);
                QCOMPARE(all[i].similarity, expected[i].similarity);
            }
        }
        std::atomic_bool cancel{true};
        QVERIFY(NearDuplicateIndex::findAll(texts, scopes, groups, 0.8, 2, &cancel).isEmpty());
    }

    // Recall: 2,000 distinct bank prompts, each with one planted paraphrase (400 of each kind) among 20,000 others;
    // the paraphrase must be found as a near-duplicate (or, for case and punctuation, an exact one) of its original.
    void recallOnPlantedParaphrases()
    {
        const BankPrompts bank = bankPrompts(5000, 3);
        QVERIFY(bank.prompts.size() >= 22000);
        QRandomGenerator random(2026);
        QVector<QString> texts = bank.prompts.mid(0, 22000);
        QVector<std::pair<int, int>> planted; // (paraphrase, original)
        for (int p = 0; p < 2000; ++p) {
            const int original = p * 11;
            planted.append({int(texts.size()), original});
            texts << normalisedPrompt(paraphrase(texts[original], p % 5, random));
        }
        const QVector<NearDuplicateMatch> all = NearDuplicateIndex::findAll(texts);
        int found = 0;
        int foundPerKind[5] = {0, 0, 0, 0, 0};
        for (int p = 0; p < planted.size(); ++p) {
            const NearDuplicateMatch &m = all[planted[p].first];
            // Found means matched to its original, or to a near-duplicate of it asking the same question.
            const qint64 other = m.other;
            if (m.found() && (other == planted[p].second ||
                              (other < 22000 && bank.search[other] == bank.search[planted[p].second]))) {
                ++found;
                ++foundPerKind[p % 5];
            }
        }
        const double recall = double(found) / double(planted.size());
        for (int kind = 0; kind < 5; ++kind)
            qInfo("recall, %s: %.3f", kindName(kind), foundPerKind[kind] / 400.0);
        qInfo("recall over %d planted paraphrases: %.4f", int(planted.size()), recall);
        QVERIFY2(recall >= 0.9, qPrintable(QString::number(recall)));
    }

    // Precision: 40,000 bank rows over every level, their distinct prompts compared in one scope. A flagged pair is
    // right when both ask the same question: the same search query (the same fact of the same filler row), or the
    // same question under other framing sentences ("Quick question. X" and "X Thank you." are the same X).
    // Different filler rows are different questions however alike the wording ("... of France" / "... of Spain").
    void precisionOnBankPrompts()
    {
        const BankPrompts bank = bankPrompts(8000, 7);
        QVERIFY(bank.prompts.size() >= 20000);
        const QVector<NearDuplicateMatch> all = NearDuplicateIndex::findAll(bank.prompts);
        const FillerRows fillers;
        QVERIFY(!fillers.isEmpty());
        int flagged = 0, right = 0, exact = 0, strict = 0;
        for (int i = 0; i < all.size(); ++i) {
            if (!all[i].found())
                continue;
            exact += all[i].exact;
            ++flagged;
            const qint64 j = all[i].other;
            // Counted for the record: without the filler rows, the bank's rephrasings across templates ("Who was X?" /
            // "Can you tell me who X was?") would count as different questions.
            strict += bank.search[i] == bank.search[j] || bank.core[i] == bank.core[j];
            if (bank.search[i] == bank.search[j] || bank.core[i] == bank.core[j] ||
                fillers.rowsOf(bank.prompts[i]).intersects(fillers.rowsOf(bank.prompts[j])))
                ++right;
            else if (flagged - right <= 12)
                qInfo("different questions at %.3f: \"%s\" / \"%s\"", all[i].similarity, qPrintable(bank.prompts[i]),
                      qPrintable(bank.prompts[j]));
        }
        QCOMPARE(exact, 0);     // the prompts are distinct
        QVERIFY(flagged >= 50); // the bank's own rewordings are found: the precision is not of an empty set
        const double precision = flagged ? double(right) / double(flagged) : 1.0;
        qInfo("%d distinct bank prompts: %d flagged as near-duplicates, %d of them the same question: precision %.4f",
              int(bank.prompts.size()), flagged, right, precision);
        qInfo("same search query or same question without its framing alone: %d of %d", strict, flagged);
        QVERIFY2(precision >= 0.95, qPrintable(QString::number(precision)));
    }
};

QTEST_GUILESS_MAIN(TestNearDuplicates)
#include "tst_nearduplicates.moc"
