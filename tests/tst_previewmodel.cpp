// The spot-check table's data layer: DatasetStore (rows, ids, edits, counts), PreviewModel (columns, roles, chunked
// inserts) and PreviewFilterModel (filters, sorting, incremental updates, worker recomputes). Both models run under
// QAbstractItemModelTester for the whole of every test.
#include "dataset/datasetstore.h"
#include "dataset/rubric.h"
#include "messagebox.h"
#include "previewfiltermodel.h"
#include "previewmodel.h"
#include "reviewpanel.h"
#include "storage/jsonlreader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QThreadPool>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace candor;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(candor::PreviewFilter)

namespace {
const QStringList kTopics = {u"Rome"_s, u"rivers"_s, u"Straße"_s};
const QStringList kTopicTags = {u"history"_s, u"geography"_s, u"german"_s};

// Row i of the fixture: every attribute cycles with its own period, so the filter counts below can be worked out
// by hand. Level i%5, status i%3, source i%4, topic (i/2)%3, duplicate when i%6==0, too long when i%10==0, the
// answer mentions "KELVIN" when i%8==3.
Example sampleRow(int i)
{
    Example e;
    const int topic = (i / 2) % 3;
    e.targetReward = Rubric::rewardAt(i % 5);
    e.status = ReviewStatus(i % 3);
    e.source = ExampleSource(i % 4);
    e.flags = (i % 6 == 0 ? FlagDuplicate : 0u) | (i % 10 == 0 ? FlagTooLong : 0u);
    e.prompt = u"Question %1 about %2"_s.arg(i).arg(kTopics.at(topic));
    e.idealAnswer = u"Answer %1."_s.arg(i) + (i % 8 == 3 ? u" Measured in KELVIN."_s : QString());
    e.expectedFeedback = u"Feedback for row %1"_s.arg(i);
    e.tags = {kTopicTags.at(topic), Rubric::level(e.targetReward).behaviourTag, u"beginner"_s};
    e.id = u"r-%1"_s.arg(i);
    return e;
}

QVector<Example> sampleRows(int count, int first = 0)
{
    QVector<Example> rows;
    for (int i = first; i < first + count; ++i)
        rows.append(sampleRow(i));
    return rows;
}

// An independent, obviously correct version of the filter: the model must agree with it row for row.
bool bruteAccepts(const Example &e, const PreviewFilter &f)
{
    if (f.levels && !(f.levels & (1u << Rubric::indexOf(e.targetReward))))
        return false;
    if (f.statuses && !(f.statuses & (1u << int(e.status))))
        return false;
    if (f.sources && !(f.sources & (1u << int(e.source))))
        return false;
    if (f.flags) {
        const unsigned have = e.flags & f.flags;
        if (f.flagMatch == PreviewFilter::FlagMatch::Any && !have)
            return false;
        if (f.flagMatch == PreviewFilter::FlagMatch::All && have != f.flags)
            return false;
        if (f.flagMatch == PreviewFilter::FlagMatch::None && have)
            return false;
    }
    const QString text = f.text.trimmed();
    if (text.isEmpty())
        return true;
    if (e.prompt.contains(text, Qt::CaseInsensitive) || e.idealAnswer.contains(text, Qt::CaseInsensitive) ||
        e.expectedFeedback.contains(text, Qt::CaseInsensitive) || e.rejectReason.contains(text, Qt::CaseInsensitive))
        return true;
    return std::any_of(e.tags.begin(), e.tags.end(),
                       [&](const QString &tag) { return tag.contains(text, Qt::CaseInsensitive); });
}

// Compares SortRole values as the proxy documents it: numbers by value, text by its case-folded code units.
int compareSortValues(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString)
        return QString::compare(a.toString().toCaseFolded(), b.toString().toCaseFolded(), Qt::CaseSensitive);
    const qlonglong x = a.toLongLong();
    const qlonglong y = b.toLongLong();
    return x < y ? -1 : x > y ? 1 : 0;
}

QVector<int> expectedRows(const PreviewModel &model, const PreviewFilter &filter, int column, Qt::SortOrder order)
{
    QVector<int> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (bruteAccepts(model.example(r), filter))
            rows.append(r);
    }
    if (column == PreviewModel::Number && order == Qt::DescendingOrder) {
        std::reverse(rows.begin(), rows.end());
    } else if (column > PreviewModel::Number) {
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const int c = compareSortValues(model.index(a, column).data(PreviewModel::SortRole),
                                            model.index(b, column).data(PreviewModel::SortRole));
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
    }
    return rows;
}

QVector<int> shownRows(const PreviewFilterModel &proxy)
{
    QVector<int> rows;
    for (int p = 0; p < proxy.rowCount(); ++p) {
        rows.append(proxy.mapToSource(proxy.index(p, 0)).row());
        if (proxy.sourceRow(p) != rows.last() || proxy.proxyRow(rows.last()) != p)
            return {-1}; // the row map and its inverse disagree
    }
    return rows;
}

// Lets every filter and sort worker finish and delivers what they posted, so a test can see that a superseded
// result was dropped rather than merely not back yet.
void settleWorkers()
{
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCoreApplication::processEvents();
}
} // namespace

class TestPreviewModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<DatasetStore> m_store;
    std::unique_ptr<PreviewModel> m_model;
    std::unique_ptr<PreviewFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    // The proxy shows exactly the rows the brute-force filter picks, in the expected order.
    void verifyProxy(int column = -1, Qt::SortOrder order = Qt::AscendingOrder)
    {
        const QVector<int> expected = expectedRows(*m_model, m_proxy->filter(), column, order);
        const QVector<int> shown = shownRows(*m_proxy);
        QCOMPARE(shown, expected);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_store = std::make_unique<DatasetStore>();
        m_model = std::make_unique<PreviewModel>(m_store.get());
        m_proxy = std::make_unique<PreviewFilterModel>();
        m_proxy->setSourceModel(m_model.get());
        // Alive for the whole test: every signal either model sends is checked as it happens.
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_store.reset();
    }

    void columnsAndRoles_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("expected");

        const QString longPrompt = u"Line one\nline two\t"_s + QString(240, u'x');
        const QString elided = u"Line one line two "_s + QString(200 - 18, u'x') + u'…';
        auto row = [](const char *name, int column, int role, const QVariant &expected) {
            QTest::newRow(name) << column << role << expected;
        };
        row("number display", PreviewModel::Number, Qt::DisplayRole, 2);
        row("number sort", PreviewModel::Number, PreviewModel::SortRole, 1);
        row("number alignment", PreviewModel::Number, Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignVCenter));
        row("level display has the number", PreviewModel::Level, Qt::DisplayRole, u"+1 Partially correct, hedged"_s);
        row("level sort is the reward", PreviewModel::Level, PreviewModel::SortRole, 1);
        row("level badge colour", PreviewModel::Level, Qt::DecorationRole, QColor(u"#2980b9"_s));
        row("level accessible text", PreviewModel::Level, Qt::AccessibleTextRole,
            u"Level +1 Partially correct, hedged"_s);
        row("level accessible description", PreviewModel::Level, Qt::AccessibleDescriptionRole,
            u"Level +1, Partially correct, hedged: Answers the knowable part and explicitly flags what is uncertain "
            u"or missing."_s);
        row("no badge elsewhere", PreviewModel::Prompt, Qt::DecorationRole, QVariant());
        row("prompt display is one elided line", PreviewModel::Prompt, Qt::DisplayRole, elided);
        row("prompt sort is the full text", PreviewModel::Prompt, PreviewModel::SortRole, longPrompt);
        row("answer display", PreviewModel::Answer, Qt::DisplayRole, u"Short answer."_s);
        row("feedback display", PreviewModel::Feedback, Qt::DisplayRole, u"Feedback text"_s);
        row("tags display", PreviewModel::Tags, Qt::DisplayRole, u"science, partial-hedged"_s);
        row("tags tooltip has the search hint", PreviewModel::Tags, Qt::ToolTipRole,
            u"science, partial-hedged\n[SEARCH:boiling point]"_s);
        row("source display", PreviewModel::Source, Qt::DisplayRole, u"LLM"_s);
        row("source sort", PreviewModel::Source, PreviewModel::SortRole, int(ExampleSource::Llm));
        row("source tooltip names the model", PreviewModel::Source, Qt::ToolTipRole, u"LLM (openai gpt-test)"_s);
        row("status display", PreviewModel::Status, Qt::DisplayRole, u"Rejected"_s);
        row("status sort", PreviewModel::Status, PreviewModel::SortRole, int(ReviewStatus::Rejected));
        row("flags display", PreviewModel::Flags, Qt::DisplayRole, u"Too long, Duplicate"_s);
        row("flags sort", PreviewModel::Flags, PreviewModel::SortRole, unsigned(FlagTooLong | FlagDuplicate));
        row("id role", PreviewModel::Flags, PreviewModel::IdRole, u"probe"_s);
        row("prompt role", PreviewModel::Answer, PreviewModel::PromptRole, longPrompt);
        row("answer role", PreviewModel::Number, PreviewModel::IdealAnswerRole, u"Short answer."_s);
        row("feedback role", PreviewModel::Number, PreviewModel::ExpectedFeedbackRole, u"Feedback text"_s);
        row("reward role", PreviewModel::Number, PreviewModel::TargetRewardRole, 1);
        row("tags role", PreviewModel::Number, PreviewModel::TagsRole, QStringList{u"science"_s, u"partial-hedged"_s});
        row("search hint role", PreviewModel::Number, PreviewModel::SearchHintRole, u"[SEARCH:boiling point]"_s);
        row("source role", PreviewModel::Number, PreviewModel::SourceRole, int(ExampleSource::Llm));
        row("provider role", PreviewModel::Number, PreviewModel::ProviderRole, u"openai"_s);
        row("model role", PreviewModel::Number, PreviewModel::ModelRole, u"gpt-test"_s);
        row("created role", PreviewModel::Number, PreviewModel::CreatedRole, qint64(1700000000000));
        row("status role", PreviewModel::Number, PreviewModel::StatusRole, int(ReviewStatus::Rejected));
        row("flags role", PreviewModel::Number, PreviewModel::FlagsRole, unsigned(FlagTooLong | FlagDuplicate));
        row("edited role", PreviewModel::Number, PreviewModel::EditedRole, false);
    }

    void columnsAndRoles()
    {
        QFETCH(int, column);
        QFETCH(int, role);
        QFETCH(QVariant, expected);
        Example probe;
        probe.prompt = u"Line one\nline two\t"_s + QString(240, u'x');
        probe.idealAnswer = u"Short answer."_s;
        probe.expectedFeedback = u"Feedback text"_s;
        probe.targetReward = 1;
        probe.tags = {u"science"_s, u"partial-hedged"_s};
        probe.searchHint = u"[SEARCH:boiling point]"_s;
        probe.id = u"probe"_s;
        probe.source = ExampleSource::Llm;
        probe.provider = u"openai"_s;
        probe.model = u"gpt-test"_s;
        probe.createdMs = 1700000000000;
        probe.status = ReviewStatus::Rejected;
        probe.flags = FlagTooLong | FlagDuplicate;
        m_store->append(sampleRow(0));
        m_store->append(probe);
        QCOMPARE(m_model->columnCount(), int(PreviewModel::ColumnCount));
        const QVariant value = m_model->index(1, column).data(role);
        QCOMPARE(value, expected);
        // Through the proxy the values are the same.
        QCOMPARE(m_proxy->index(1, column).data(role), expected);
    }

    void headers()
    {
        for (int c = 0; c < PreviewModel::ColumnCount; ++c) {
            QVERIFY2(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(c)));
            // An empty proxy still has its column titles.
            QCOMPARE(m_proxy->headerData(c, Qt::Horizontal), m_model->headerData(c, Qt::Horizontal));
        }
        QCOMPARE(m_model->headerData(PreviewModel::Level, Qt::Horizontal).toString(), u"Level"_s);
        QVERIFY(m_model->roleNames().value(PreviewModel::PromptRole) == "prompt");
    }

    void toolTipHasFullText()
    {
        Example e = sampleRow(0);
        e.idealAnswer = u"<b>not bold</b> & "_s + QString(500, u'y') + u"\nsecond line"_s;
        m_store->append(e);
        const QString tip = m_model->index(0, PreviewModel::Answer).data(Qt::ToolTipRole).toString();
        QCOMPARE(QTextDocumentFragment::fromHtml(tip).toPlainText(), e.idealAnswer);
        QVERIFY(m_model->index(0, PreviewModel::Answer).data().toString().size() <= PreviewModel::DisplayChars + 1);
        QCOMPARE(m_model->index(0, PreviewModel::Level).data(Qt::ToolTipRole).toString(),
                 u"Level -2, Confident fabrication: Invents facts and states them with full confidence, "
                 u"acknowledging no uncertainty."_s);
    }

    void displayText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short stays") << u"Plain line"_s << u"Plain line"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("breaks become spaces") << u"a\nb\r\nc\td"_s << u"a b  c d"_s;
        QTest::newRow("exactly the limit") << QString(200, u'a') << QString(200, u'a');
        QTest::newRow("one over the limit") << QString(201, u'a') << QString(200, u'a') + u'…';
        QTest::newRow("no half character") << QString(199, u'a') + u"😀tail"_s << QString(199, u'a') + u'…';
    }

    void displayText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(PreviewModel::displayText(text), expected);
    }

    void chunkedAppends()
    {
        QSignalSpy aboutToAppend(m_store.get(), &DatasetStore::rowsAboutToBeAppended);
        QSignalSpy appended(m_store.get(), &DatasetStore::rowsAppended);
        QSignalSpy counts(m_store.get(), &DatasetStore::countsChanged);
        QSignalSpy modelInserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy proxyInserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy proxyReset(m_proxy.get(), &QAbstractItemModel::modelAboutToBeReset);
        const QVector<QPair<int, int>> chunks = {{0, 100}, {100, 1}, {101, 50}};
        for (const auto &[first, size] : chunks)
            m_store->append(sampleRows(size, first));
        QCOMPARE(m_store->size(), 151);
        QCOMPARE(aboutToAppend.size(), 3);
        QCOMPARE(appended.size(), 3);
        QCOMPARE(counts.size(), 3);
        QCOMPARE(modelInserted.size(), 3); // one per chunk, not one per row
        QCOMPARE(proxyInserted.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const int first = chunks.at(i).first;
            const int last = first + chunks.at(i).second - 1;
            QCOMPARE(appended.at(i).at(0).toInt(), first);
            QCOMPARE(appended.at(i).at(1).toInt(), last);
            QCOMPARE(modelInserted.at(i).at(1).toInt(), first);
            QCOMPARE(modelInserted.at(i).at(2).toInt(), last);
            QCOMPARE(proxyInserted.at(i).at(1).toInt(), first);
            QCOMPARE(proxyInserted.at(i).at(2).toInt(), last);
        }
        QCOMPARE(proxyReset.size(), 0);
        QCOMPARE(m_model->rowCount(), 151);
        QCOMPARE(m_proxy->rowCount(), 151);
        QCOMPARE(m_model->index(150, PreviewModel::Number).data().toInt(), 151);
        verifyProxy();
        m_store->append(QVector<Example>());
        QCOMPARE(appended.size(), 3); // nothing to announce
    }

    void countsFollowAppends()
    {
        m_store->append(sampleRows(60));
        for (int reward = Rubric::MinReward; reward <= Rubric::MaxReward; ++reward)
            QCOMPARE(m_store->levelCount(reward), 12);
        QCOMPARE(totalOf(m_store->levelCounts()), 60);
        QCOMPARE(m_store->statusCount(ReviewStatus::Pending), 20);
        QCOMPARE(m_store->statusCount(ReviewStatus::Accepted), 20);
        QCOMPARE(m_store->statusCount(ReviewStatus::Rejected), 20);
        QCOMPARE(m_store->editedCount(), 0);
    }

    void idsAreUnique()
    {
        auto withId = [](int i, const QString &id) {
            Example e = sampleRow(i);
            e.id = id;
            return e;
        };
        m_store->append({withId(0, u"a"_s), withId(1, u"a"_s), withId(2, QString()), withId(3, u"row-1"_s)});
        m_store->append({withId(4, u"a"_s), withId(5, u"a-2"_s), withId(6, QString()), withId(7, u"b"_s)});
        const QStringList ids = [this] {
            QStringList all;
            for (int r = 0; r < m_store->size(); ++r)
                all << m_store->at(r).id;
            return all;
        }();
        QCOMPARE(ids,
                 (QStringList{u"a"_s, u"a-2"_s, u"row-1"_s, u"row-1-2"_s, u"a-3"_s, u"a-2-2"_s, u"row-2"_s, u"b"_s}));
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        for (int r = 0; r < m_store->size(); ++r)
            QCOMPARE(m_store->rowOf(ids.at(r)), r);
        QCOMPARE(m_store->rowOf(u"missing"_s), -1);

        // Many clashes stay unique (and quick).
        QVector<Example> same;
        for (int i = 0; i < 2000; ++i)
            same.append(withId(i, u"dup"_s));
        m_store->append(same);
        QSet<QString> seen;
        for (int r = 0; r < m_store->size(); ++r)
            seen.insert(m_store->at(r).id);
        QCOMPARE(seen.size(), m_store->size());
        // An edit keeps the row's identity.
        Example changed = m_store->at(0);
        changed.id = u"other"_s;
        changed.prompt = u"Edited"_s;
        QVERIFY(m_store->update(0, changed));
        QCOMPARE(m_store->at(0).id, u"a"_s);
        QCOMPARE(m_store->rowOf(u"a"_s), 0);
    }

    void editAndReset()
    {
        m_store->append(sampleRows(60));
        QSignalSpy changed(m_store.get(), &DatasetStore::rowsChanged);
        QSignalSpy counts(m_store.get(), &DatasetStore::countsChanged);
        QSignalSpy modelChanged(m_model.get(), &QAbstractItemModel::dataChanged);
        const Example generated = m_store->at(3); // level +1, pending

        Example edit = generated;
        edit.prompt = u"A better question"_s;
        edit.targetReward = 2;
        QVERIFY(m_store->update(3, edit));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0), (QVariantList{3, 3}));
        QCOMPARE(modelChanged.size(), 1);
        QCOMPARE(modelChanged.at(0).at(0).toModelIndex(), m_model->index(3, 0));
        QCOMPARE(modelChanged.at(0).at(1).toModelIndex(), m_model->index(3, PreviewModel::ColumnCount - 1));
        QCOMPARE(counts.size(), 1);
        QVERIFY(m_store->at(3).flags & FlagEdited);
        QVERIFY(m_store->isEdited(3));
        QCOMPARE(m_store->original(3)->prompt, generated.prompt);
        QCOMPARE(m_store->editedCount(), 1);
        QCOMPARE(m_store->levelCount(1), 11);
        QCOMPARE(m_store->levelCount(2), 13);
        QCOMPARE(m_model->index(3, PreviewModel::Flags).data().toString(), u"Edited"_s);
        QCOMPARE(m_model->index(3, PreviewModel::Number).data(PreviewModel::EditedRole), QVariant(true));

        // A second edit keeps the generated version, not the first edit.
        edit.idealAnswer = u"Changed too"_s;
        QVERIFY(m_store->update(3, edit));
        QCOMPARE(m_store->original(3)->idealAnswer, generated.idealAnswer);

        // Status changes survive a reset; the text, level and flags return to the generated ones.
        m_store->setStatus(3, ReviewStatus::Accepted);
        QVERIFY(m_store->reset(3));
        QCOMPARE(m_store->at(3).prompt, generated.prompt);
        QCOMPARE(m_store->at(3).idealAnswer, generated.idealAnswer);
        QCOMPARE(m_store->at(3).targetReward, generated.targetReward);
        QCOMPARE(m_store->at(3).flags, generated.flags);
        QCOMPARE(m_store->at(3).status, ReviewStatus::Accepted);
        QCOMPARE(m_store->at(3).id, generated.id);
        QVERIFY(!m_store->isEdited(3));
        QCOMPARE(m_store->editedCount(), 0);
        QCOMPARE(m_store->levelCount(1), 12);
        QCOMPARE(m_store->levelCount(2), 12);
        QCOMPARE(m_store->statusCount(ReviewStatus::Accepted), 21);
        QVERIFY(!m_store->reset(3)); // nothing left to restore

        // Editing back to the generated content is not an edit.
        edit = m_store->at(5);
        edit.expectedFeedback = u"Different"_s;
        QVERIFY(m_store->update(5, edit));
        QVERIFY(m_store->isEdited(5));
        edit.expectedFeedback = sampleRow(5).expectedFeedback;
        QVERIFY(m_store->update(5, edit));
        QVERIFY(!m_store->isEdited(5));
        QVERIFY(!(m_store->at(5).flags & FlagEdited));

        // Bad input changes nothing.
        const int before = int(changed.size());
        QVERIFY(!m_store->update(60, edit));
        QVERIFY(!m_store->update(-1, edit));
        edit.targetReward = 3;
        QVERIFY(!m_store->update(5, edit));
        QCOMPARE(changed.size(), before);
        QCOMPARE(totalOf(m_store->levelCounts()), 60);
    }

    // Regenerate: a new row takes an old one's place, keeps its id, and is the generated version from then on.
    void replaceRegenerated()
    {
        m_store->append(sampleRows(10));
        const Example old = m_store->at(4);
        Example edit = old;
        edit.prompt = u"Edited by hand"_s;
        QVERIFY(m_store->update(4, edit));
        m_store->setStatus(4, ReviewStatus::Rejected);
        const int pendingBefore = m_store->statusCount(ReviewStatus::Pending);
        const int rejectedBefore = m_store->statusCount(ReviewStatus::Rejected);
        QSignalSpy changed(m_store.get(), &DatasetStore::rowsChanged);
        Example fresh = old;
        fresh.id = u"some-other-id"_s;
        fresh.prompt = u"A new question?"_s;
        fresh.targetReward = -2;
        fresh.flags = FlagEdited | FlagTooLong;
        fresh.status = ReviewStatus::Accepted;
        QVERIFY(m_store->replace(4, fresh));
        QCOMPARE(changed.size(), 1);
        const Example &now = m_store->at(4);
        QCOMPARE(now.id, old.id);
        QCOMPARE(now.prompt, u"A new question?"_s);
        QCOMPARE(now.status, ReviewStatus::Pending);
        QCOMPARE(now.flags, unsigned(FlagTooLong));
        QVERIFY(!m_store->isEdited(4));
        QVERIFY(!m_store->reset(4));
        QCOMPARE(m_store->editedCount(), 0);
        QCOMPARE(m_store->statusCount(ReviewStatus::Rejected), rejectedBefore - 1);
        QCOMPARE(m_store->statusCount(ReviewStatus::Pending), pendingBefore + 1);
        QCOMPARE(m_store->levelCount(2), 1); // it was a +2 row
        QCOMPARE(m_store->levelCount(-2), 3);
        QCOMPARE(m_store->rowOf(old.id), 4);
        QVERIFY(!m_store->replace(10, fresh));
        fresh.targetReward = 7;
        QVERIFY(!m_store->replace(3, fresh));
    }

    void setStatusRunsAndCounts()
    {
        QVector<Example> rows = sampleRows(12);
        for (Example &e : rows)
            e.status = ReviewStatus::Pending;
        m_store->append(rows);
        QSignalSpy changed(m_store.get(), &DatasetStore::rowsChanged);
        QSignalSpy counts(m_store.get(), &DatasetStore::countsChanged);
        m_store->setStatus({9, 2, 1, 3, 5, 3}, ReviewStatus::Accepted);
        // One range over the changed rows, however scattered: a bulk action is one view update.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0), (QVariantList{1, 9}));
        QCOMPARE(counts.size(), 1);
        QCOMPARE(m_store->statusCount(ReviewStatus::Accepted), 5);
        QCOMPARE(m_store->statusCount(ReviewStatus::Pending), 7);
        // Rows already in that status, and bad row numbers, change nothing.
        m_store->setStatus({1, 2, 99, -4}, ReviewStatus::Accepted);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(counts.size(), 1);
        m_store->setStatus({1, 2}, ReviewStatus::Rejected);
        QCOMPARE(m_store->statusCount(ReviewStatus::Rejected), 2);
        QCOMPARE(m_store->statusCount(ReviewStatus::Accepted), 3);
        QCOMPARE(m_model->index(1, PreviewModel::Status).data().toString(), u"Rejected"_s);
    }

    // Every row shows its review status as a shape in the first column, and reviewed rows are tinted.
    void statusGlyphAndTint()
    {
        QVector<Example> rows = sampleRows(3); // statuses pending, accepted, rejected
        m_store->append(rows);
        const QStringList glyphs = {u"•"_s, u"✓"_s, u"✗"_s};
        for (int row = 0; row < 3; ++row) {
            const QModelIndex number = m_model->index(row, PreviewModel::Number);
            QCOMPARE(number.data(PreviewModel::StatusGlyphRole).toString(), glyphs.at(row));
            const QVariant tint = m_model->index(row, PreviewModel::Prompt).data(Qt::BackgroundRole);
            QCOMPARE(tint.isValid(), row != 0);
            if (row)
                QVERIFY(tint.value<QBrush>().color().alpha() < 100); // a wash: the text stays readable
        }
        QCOMPARE(m_model->index(1, PreviewModel::Number).data(Qt::AccessibleTextRole).toString(), u"Row 2, Accepted"_s);
        QVERIFY(m_model->index(1, PreviewModel::Status).data(Qt::BackgroundRole).value<QBrush>().color() !=
                m_model->index(2, PreviewModel::Status).data(Qt::BackgroundRole).value<QBrush>().color());
    }

    // Shift+R rejects, the reason typed in the detail pane is kept in meta, shown, filtered on, and undone.
    void rejectWithReasonAndUndo()
    {
        QVector<Example> rows = sampleRows(6);
        for (Example &e : rows)
            e.status = ReviewStatus::Pending;
        m_store->append(rows);
        ReviewPanel panel(m_store.get());
        panel.resize(1100, 700);
        panel.show();
        QApplication::setActiveWindow(&panel);
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QTableView *table = panel.table();
        table->setFocus();
        panel.setCurrentRow(1);
        auto *reason = panel.findChild<QLineEdit *>(u"detailRejectReasonLineEdit"_s);
        QTest::keyClick(table, Qt::Key_R, Qt::ShiftModifier);
        QCOMPARE(m_store->at(1).status, ReviewStatus::Rejected);
        QVERIFY(reason->hasFocus());
        QTest::keyClicks(reason, u"wrong date"_s);
        QTest::keyClick(reason, Qt::Key_Return);
        QCOMPARE(m_store->at(1).rejectReason, u"wrong date"_s);
        QVERIFY(table->hasFocus());
        QCOMPARE(panel.currentRow(), 2); // moved on
        QCOMPARE(reason->text(), QString());
        QTest::keyClick(table, Qt::Key_R); // plain R keeps no reason and asks for none
        QCOMPARE(m_store->at(2).status, ReviewStatus::Rejected);
        QCOMPARE(m_store->at(2).rejectReason, QString());
        QCOMPARE(panel.currentRow(), 3);

        // Shown in the pane and the status column, found by the text filter.
        panel.setCurrentRow(1);
        QCOMPARE(reason->text(), u"wrong date"_s);
        QVERIFY(panel.findChild<QLabel *>(u"detailInfoLabel"_s)->text().contains(u"Rejected: wrong date"_s));
        QCOMPARE(m_model->index(1, PreviewModel::Status).data(Qt::ToolTipRole).toString(), u"Rejected: wrong date"_s);
        panel.filterModel()->setText(u"WRONG DATE"_s);
        panel.filterModel()->applyNow();
        QCOMPARE(panel.filterModel()->rowCount(), 1);
        QCOMPARE(panel.filterModel()->sourceRow(0), 1);
        panel.clearFilters();
        // The status filter picks the rejected rows that carry a reason: row 1, not row 2.
        auto *status = panel.findChild<QComboBox *>(u"statusFilterComboBox"_s);
        status->setCurrentIndex(status->findText(u"Rejected"_s));
        panel.filterModel()->applyNow();
        QCOMPARE(panel.filterModel()->rowCount(), 2);
        status->setCurrentIndex(status->findText(u"Rejected with a reason"_s));
        panel.filterModel()->applyNow();
        QCOMPARE(panel.filterModel()->rowCount(), 1);
        QCOMPARE(panel.filterModel()->sourceRow(0), 1);
        panel.clearFilters();
        QCOMPARE(panel.filterModel()->rowCount(), 6);

        // Kept in meta.reject_reason through an export and a read.
        QByteArray line;
        appendJsonLine(line, m_store->at(1), true);
        QVERIFY(line.contains(R"("reject_reason":"wrong date")"));
        Example back;
        QString error;
        QVERIFY(JsonlReader::parseLine(line.trimmed(), &back, &error));
        QCOMPARE(back.rejectReason, u"wrong date"_s);
        QCOMPARE(back.status, ReviewStatus::Rejected);
        appendJsonLine(line, m_store->at(0), true);
        QVERIFY(!line.mid(line.indexOf('\n')).contains("reject_reason"));

        // Accepting drops the reason; every step undoes and redoes with Ctrl+Z and Ctrl+Shift+Z.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_A);
        QCOMPARE(m_store->at(1).status, ReviewStatus::Accepted);
        QCOMPARE(m_store->at(1).rejectReason, QString());
        QCOMPARE(panel.undoStack()->count(), 4); // R, reason, R, A
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_store->at(1).status, ReviewStatus::Rejected);
        QCOMPARE(m_store->at(1).rejectReason, u"wrong date"_s);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_store->at(2).status, ReviewStatus::Pending);
        QCOMPARE(m_store->at(1).rejectReason, QString());
        QCOMPARE(m_store->at(1).status, ReviewStatus::Rejected);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_store->at(1).status, ReviewStatus::Pending);
        QCOMPARE(m_store->statusCount(ReviewStatus::Pending), 6);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_store->at(1).status, ReviewStatus::Rejected);
        QCOMPARE(m_store->at(1).rejectReason, u"wrong date"_s);

        // An edit in the detail pane is one step too, and so is Revert Edits.
        panel.setCurrentRow(4);
        const Example before = m_store->at(4);
        auto *prompt = panel.findChild<QPlainTextEdit *>(u"detailPromptEdit"_s);
        prompt->setFocus();
        prompt->selectAll();
        QTest::keyClicks(prompt, u"A new question?"_s);
        panel.commitEdits();
        QTest::keyClicks(prompt, u" More."_s);
        panel.commitEdits();
        QCOMPARE(m_store->at(4).prompt, u"A new question? More."_s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_store->at(4), before);
        QVERIFY(!m_store->isEdited(4));
        QCOMPARE(prompt->toPlainText(), before.prompt);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_store->at(4).prompt, u"A new question? More."_s);
        QVERIFY(m_store->isEdited(4));
        panel.revertSelected();
        QCOMPARE(m_store->at(4), before);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_store->at(4).prompt, u"A new question? More."_s);
        QCOMPARE(m_store->editedCount(), 1);
    }

    // Accept, reject or unreview every shown row: asked with the count, one store call, one view update, one step.
    void bulkActionsOnShownRows()
    {
        QVector<Example> rows = sampleRows(40);
        for (Example &e : rows)
            e.status = ReviewStatus::Pending;
        m_store->append(rows);
        ReviewPanel panel(m_store.get());
        panel.show();
        QApplication::setActiveWindow(&panel);
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.filterModel()->setLevels({2});
        panel.filterModel()->sort(PreviewModel::Prompt, Qt::DescendingOrder);
        panel.filterModel()->applyNow();
        QCOMPARE(panel.filterModel()->rowCount(), 8);
        QSignalSpy changed(m_store.get(), &DatasetStore::rowsChanged);
        QSignalSpy viewChanged(m_model.get(), &QAbstractItemModel::dataChanged);
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(u"Cancel"_s);
        QTest::keyClick(panel.table(), Qt::Key_A, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QCOMPARE(m_store->statusCount(ReviewStatus::Accepted), 0);
        MessageBox::setNextAnswer(u"Accept Rows"_s);
        QTest::keyClick(panel.table(), Qt::Key_A, Qt::AltModifier | Qt::ShiftModifier);
        QVERIFY2(MessageBox::lastAnsweredText().contains(u"Accept all 8 rows"_s),
                 qPrintable(MessageBox::lastAnsweredText()));
        QCOMPARE(m_store->statusCount(ReviewStatus::Accepted), 8);
        for (int row = 0; row < 40; ++row)
            QCOMPARE(m_store->at(row).status, row % 5 == 4 ? ReviewStatus::Accepted : ReviewStatus::Pending);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0), (QVariantList{4, 39}));
        QCOMPARE(viewChanged.size(), 1);
        QCOMPARE(panel.undoStack()->count(), 1);
        MessageBox::setNextAnswer(u"Reject Rows"_s);
        panel.findChild<QAction *>(u"rejectShownAction"_s)->trigger();
        QCOMPARE(m_store->statusCount(ReviewStatus::Rejected), 8);
        QTest::keyClick(panel.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_store->statusCount(ReviewStatus::Accepted), 8);
        QTest::keyClick(panel.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_store->statusCount(ReviewStatus::Pending), 40);
        // One shown row is not asked about.
        panel.filterModel()->setText(u"Question 9 "_s);
        panel.filterModel()->applyNow();
        QCOMPARE(panel.filterModel()->rowCount(), 1);
        panel.unreviewShown();
        panel.rejectShown();
        QCOMPARE(MessageBox::askedCount(), asked + 3);
        QCOMPARE(m_store->at(9).status, ReviewStatus::Rejected);
    }

    // A million rows take one action as fast as one row: one store call, no per-row signal.
    void bulkActionAtAMillionRows()
    {
        // The model testers check every row on each signal; this test measures the panel, not them.
        m_proxyTester.reset();
        m_modelTester.reset();
        QVector<Example> rows(1'000'000, sampleRow(1));
        for (int i = 0; i < rows.size(); ++i)
            rows[i].id = QString::number(i);
        m_store->append(std::move(rows));
        ReviewPanel panel(m_store.get());
        panel.show();
        QSignalSpy changed(m_store.get(), &DatasetStore::rowsChanged);
        QElapsedTimer timer;
        timer.start();
        MessageBox::setNextAnswer(u"Reject Rows"_s);
        panel.rejectShown();
        const qint64 rejectMs = timer.restart();
        QCOMPARE(m_store->statusCount(ReviewStatus::Rejected), 1'000'000);
        QCOMPARE(changed.size(), 1);
        panel.undoStack()->undo();
        const qint64 undoMs = timer.elapsed();
        QCOMPARE(m_store->statusCount(ReviewStatus::Accepted), 1'000'000);
        qInfo("reject 1,000,000 shown rows: %lld ms, undo: %lld ms", rejectMs, undoMs);
        QVERIFY2(rejectMs < 1500 && undoMs < 1500, qPrintable(u"%1 ms, %2 ms"_s.arg(rejectMs).arg(undoMs)));
    }

    void clearResetsModels()
    {
        m_store->append(sampleRows(60));
        m_store->update(1, [this] {
            Example e = m_store->at(1);
            e.prompt = u"edited"_s;
            return e;
        }());
        m_proxy->setLevels({2});
        QSignalSpy aboutToReset(m_store.get(), &DatasetStore::aboutToReset);
        QSignalSpy resetDone(m_store.get(), &DatasetStore::resetDone);
        QSignalSpy modelReset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy proxyReset(m_proxy.get(), &QAbstractItemModel::modelReset);
        m_store->clear();
        QCOMPARE(aboutToReset.size(), 1);
        QCOMPARE(resetDone.size(), 1);
        QCOMPARE(modelReset.size(), 1);
        QCOMPARE(proxyReset.size(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_proxy->rowCount(), 0);
        QCOMPARE(totalOf(m_store->levelCounts()), 0);
        QCOMPARE(m_store->statusCount(ReviewStatus::Accepted), 0);
        QCOMPARE(m_store->editedCount(), 0);
        QVERIFY(!m_store->contains(u"r-1"_s));
        // The filter still applies to what comes next, and ids start again.
        m_store->append(sampleRows(10));
        QCOMPARE(m_proxy->rowCount(), 2);
        QCOMPARE(m_store->rowOf(u"r-4"_s), 4);
        verifyProxy();
    }

    void filters_data()
    {
        QTest::addColumn<PreviewFilter>("filter");
        QTest::addColumn<int>("expected");
        using FM = PreviewFilter::FlagMatch;
        auto f = [](unsigned levels, unsigned statuses, unsigned sources, unsigned flags, FM match,
                    const QString &text) {
            PreviewFilter filter;
            filter.levels = levels;
            filter.statuses = statuses;
            filter.sources = sources;
            filter.flags = flags;
            filter.flagMatch = match;
            filter.text = text;
            return filter;
        };
        const unsigned pending = PreviewFilter::statusBit(ReviewStatus::Pending);
        const unsigned accepted = PreviewFilter::statusBit(ReviewStatus::Accepted);
        const unsigned llm = PreviewFilter::sourceBit(ExampleSource::Llm);
        const unsigned tpl = PreviewFilter::sourceBit(ExampleSource::Template);
        const unsigned both = FlagDuplicate | FlagTooLong;
        auto lv = [](std::initializer_list<int> rewards) {
            unsigned mask = 0;
            for (int r : rewards)
                mask |= PreviewFilter::levelBit(r);
            return mask;
        };
        QTest::newRow("nothing") << f(0, 0, 0, 0, FM::Any, {}) << 60;
        QTest::newRow("level -2") << f(lv({-2}), 0, 0, 0, FM::Any, {}) << 12;
        QTest::newRow("levels -2,-1") << f(lv({-2, -1}), 0, 0, 0, FM::Any, {}) << 24;
        QTest::newRow("every level") << f(lv({-2, -1, 0, 1, 2}), 0, 0, 0, FM::Any, {}) << 60;
        QTest::newRow("pending") << f(0, pending, 0, 0, FM::Any, {}) << 20;
        QTest::newRow("pending or accepted") << f(0, pending | accepted, 0, 0, FM::Any, {}) << 40;
        QTest::newRow("llm") << f(0, 0, llm, 0, FM::Any, {}) << 15;
        QTest::newRow("duplicates") << f(0, 0, 0, FlagDuplicate, FM::Any, {}) << 10;
        QTest::newRow("too long") << f(0, 0, 0, FlagTooLong, FM::Any, {}) << 6;
        QTest::newRow("any flag") << f(0, 0, 0, both, FM::Any, {}) << 14;
        QTest::newRow("both flags") << f(0, 0, 0, both, FM::All, {}) << 2;
        QTest::newRow("no flags") << f(0, 0, 0, both, FM::None, {}) << 46;
        QTest::newRow("text in prompt") << f(0, 0, 0, 0, FM::Any, u"rome"_s) << 20;
        QTest::newRow("text trimmed") << f(0, 0, 0, 0, FM::Any, u"  ROME "_s) << 20;
        QTest::newRow("text in answer") << f(0, 0, 0, 0, FM::Any, u"kelvin"_s) << 8;
        QTest::newRow("text in feedback") << f(0, 0, 0, 0, FM::Any, u"row 1"_s) << 11;
        QTest::newRow("text in a tag") << f(0, 0, 0, 0, FM::Any, u"GERMAN"_s) << 20;
        QTest::newRow("behaviour tag") << f(0, 0, 0, 0, FM::Any, u"correct-confident"_s) << 12;
        QTest::newRow("non-ASCII text") << f(0, 0, 0, 0, FM::Any, u"STRAßE"_s) << 20;
        QTest::newRow("no full folding") << f(0, 0, 0, 0, FM::Any, u"strasse"_s) << 0;
        QTest::newRow("prompt number") << f(0, 0, 0, 0, FM::Any, u"question 5"_s) << 11;
        QTest::newRow("no match") << f(0, 0, 0, 0, FM::Any, u"no such text"_s) << 0;
        QTest::newRow("blank text") << f(0, 0, 0, 0, FM::Any, u"   "_s) << 60;
        QTest::newRow("+2 and pending") << f(lv({2}), pending, 0, 0, FM::Any, {}) << 4;
        QTest::newRow("-2,-1 from an llm") << f(lv({-2, -1}), 0, llm, 0, FM::Any, {}) << 6;
        QTest::newRow("rome and accepted") << f(0, accepted, 0, 0, FM::Any, u"Rome"_s) << 10;
        QTest::newRow("duplicate at 0") << f(lv({0}), 0, 0, FlagDuplicate, FM::Any, {}) << 2;
        QTest::newRow("clean templates") << f(0, 0, tpl, both, FM::None, {}) << 8;
        QTest::newRow("kelvin at +1") << f(lv({1}), 0, 0, 0, FM::Any, u"Kelvin"_s) << 2;
        QTest::newRow("everything at once")
            << f(lv({-1, 0}), pending | accepted, llm | tpl, both, FM::None, u"q"_s) << 6;
    }

    void filters()
    {
        QFETCH(PreviewFilter, filter);
        QFETCH(int, expected);
        m_store->append(sampleRows(60));
        QSignalSpy proxyReset(m_proxy.get(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy modelReset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy applied(m_proxy.get(), &PreviewFilterModel::filterApplied);
        m_proxy->setFilter(filter);
        QCOMPARE(applied.size(), 1);
        QVERIFY(!m_proxy->isBusy());
        QCOMPARE(m_proxy->rowCount(), expected);
        verifyProxy();
        // Back to everything, and again through the async path: same answers, and never a reset.
        m_proxy->clearFilter();
        QCOMPARE(m_proxy->rowCount(), 60);
        m_proxy->setAsyncThreshold(0);
        m_proxy->setFilter(filter);
        if (filter.isActive()) {
            QVERIFY(m_proxy->isBusy());
            QVERIFY(applied.wait(5000));
        }
        QCOMPARE(m_proxy->rowCount(), expected);
        verifyProxy();
        QCOMPARE(proxyReset.size(), 0);
        QCOMPARE(modelReset.size(), 0);
        QCOMPARE(m_model->rowCount(), 60);
    }

    void settersCombine()
    {
        m_store->append(sampleRows(60));
        m_proxy->setLevels({-2, -1});
        QCOMPARE(m_proxy->rowCount(), 24);
        m_proxy->setSources({ExampleSource::Llm});
        QCOMPARE(m_proxy->rowCount(), 6);
        m_proxy->setSources({});
        m_proxy->setStatuses({ReviewStatus::Pending});
        QCOMPARE(m_proxy->rowCount(), 8); // i%5 in {0,1} and i%3==0
        m_proxy->setFlags(FlagDuplicate, PreviewFilter::FlagMatch::None);
        verifyProxy();
        QCOMPARE(m_proxy->rowCount(), 4); // drops the duplicates 0, 6, 30 and 36
        m_proxy->clearFilter();
        QCOMPARE(m_proxy->rowCount(), 60);
        QVERIFY(!m_proxy->filter().isActive());
    }

    void textIsDebounced()
    {
        m_store->append(sampleRows(60));
        m_proxy->setTextDebounce(50);
        QSignalSpy applied(m_proxy.get(), &PreviewFilterModel::filterApplied);
        QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        m_proxy->setText(u"R"_s);
        m_proxy->setText(u"Ro"_s);
        m_proxy->setText(u"Rome"_s);
        QVERIFY(m_proxy->isBusy());
        QCOMPARE(m_proxy->rowCount(), 60); // nothing happens while typing
        QVERIFY(applied.wait(5000));
        QCOMPARE(applied.size(), 1); // one scan for the burst
        QCOMPARE(layout.size(), 1);
        QCOMPARE(m_proxy->rowCount(), 20);
        QVERIFY(!m_proxy->isBusy());

        // applyNow() skips the wait.
        m_proxy->setText(u"kelvin"_s);
        m_proxy->applyNow();
        QCOMPARE(m_proxy->rowCount(), 8);
        QCOMPARE(applied.size(), 2);
        QVERIFY(!m_proxy->isBusy()); // the debounce was cancelled, not just overtaken: a stopped timer cannot fire
        verifyProxy();
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<bool>("async");
        for (bool async : {false, true}) {
            const char *mode = async ? " (worker)" : "";
            auto row = [&](const char *name, int column, Qt::SortOrder order) {
                QTest::addRow("%s%s", name, mode) << column << order << async;
            };
            row("level ascending", PreviewModel::Level, Qt::AscendingOrder);
            row("level descending", PreviewModel::Level, Qt::DescendingOrder);
            row("status ascending", PreviewModel::Status, Qt::AscendingOrder);
            row("status descending", PreviewModel::Status, Qt::DescendingOrder);
            row("source", PreviewModel::Source, Qt::AscendingOrder);
            row("flags descending", PreviewModel::Flags, Qt::DescendingOrder);
            row("number descending", PreviewModel::Number, Qt::DescendingOrder);
            row("prompt", PreviewModel::Prompt, Qt::AscendingOrder);
            row("tags descending", PreviewModel::Tags, Qt::DescendingOrder);
        }
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(bool, async);
        m_store->append(sampleRows(60));
        if (async)
            m_proxy->setAsyncThreshold(0);
        QSignalSpy applied(m_proxy.get(), &PreviewFilterModel::filterApplied);
        QSignalSpy proxyReset(m_proxy.get(), &QAbstractItemModel::modelAboutToBeReset);
        m_proxy->sort(column, order);
        if (async)
            QVERIFY(applied.wait(5000));
        QCOMPARE(m_proxy->sortColumn(), column);
        QCOMPARE(m_proxy->sortOrder(), order);
        verifyProxy(column, order);
        if (column == PreviewModel::Level) {
            const int first = order == Qt::AscendingOrder ? -2 : 2;
            QCOMPARE(m_proxy->index(0, PreviewModel::Level).data(PreviewModel::SortRole).toInt(), first);
            QCOMPARE(m_proxy->index(11, PreviewModel::Level).data(PreviewModel::SortRole).toInt(), first);
            QCOMPARE(m_proxy->index(12, PreviewModel::Level).data(PreviewModel::SortRole).toInt(),
                     order == Qt::AscendingOrder ? -1 : 1);
        }

        // Sorting keeps the filter, filtering keeps the sort.
        m_proxy->setStatuses({ReviewStatus::Pending});
        m_proxy->applyNow();
        if (m_proxy->isBusy())
            QVERIFY(applied.wait(5000));
        QCOMPARE(m_proxy->rowCount(), 20);
        verifyProxy(column, order);

        // Rows that arrive or change are placed by the sort too.
        m_store->append(sampleRows(20, 60));
        verifyProxy(column, order);
        Example moved = m_store->at(6); // pending, level -1
        moved.targetReward = 2;
        moved.prompt = u"AAA first by prompt"_s;
        moved.tags = {u"zzz"_s};
        QVERIFY(m_store->update(6, moved));
        verifyProxy(column, order);
        QCOMPARE(proxyReset.size(), 0);

        // -1 restores store order.
        m_proxy->sort(-1);
        m_proxy->applyNow();
        verifyProxy();
    }

    void appendsUnderFilterAreIncremental()
    {
        m_store->append(sampleRows(60));
        m_proxy->setLevels({2});
        QCOMPARE(m_proxy->rowCount(), 12);
        QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        m_store->append(sampleRows(20, 60)); // 64, 69, 74, 79 pass
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 12);
        QCOMPARE(inserted.at(0).at(2).toInt(), 15);
        m_store->append(sampleRows(3, 80)); // none pass (levels -2, -1, 0)
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_proxy->rowCount(), 16);
        verifyProxy();

        // Sorted by level, a mixed chunk lands in one range per level: each at the end of its level's run.
        m_proxy->setLevels({});
        m_proxy->sort(PreviewModel::Level, Qt::AscendingOrder);
        inserted.clear();
        m_store->append(sampleRows(10, 83));
        QCOMPARE(inserted.size(), 5);
        verifyProxy(PreviewModel::Level, Qt::AscendingOrder);

        // Newest first: a chunk is one range at the top.
        m_proxy->sort(PreviewModel::Number, Qt::DescendingOrder);
        inserted.clear();
        m_store->append(sampleRows(7, 93));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 6);
        verifyProxy(PreviewModel::Number, Qt::DescendingOrder);
        QCOMPARE(layout.size(), 3); // the filter change and the two sorts: the appends were inserts
    }

    void editsMoveRowsInAndOut()
    {
        m_store->append(sampleRows(60));
        m_proxy->setStatuses({ReviewStatus::Pending});
        QCOMPARE(m_proxy->rowCount(), 20);
        QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_proxy.get(), &QAbstractItemModel::dataChanged);

        // Accepting pending rows takes them out of a "pending" view, one signal per run of shown rows: 3, 6 and 9
        // are neighbours in this view, 30 is not.
        m_store->setStatus({3, 6, 9, 30}, ReviewStatus::Accepted);
        QCOMPARE(m_proxy->rowCount(), 16);
        QCOMPARE(removed.size(), 2);
        verifyProxy();
        // Back to pending, they come back in place.
        m_store->setStatus({3, 6, 9, 30}, ReviewStatus::Pending);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(m_proxy->rowCount(), 20);
        verifyProxy();
        // An edit that keeps the row in view repaints it.
        changed.clear();
        Example e = m_store->at(12);
        e.prompt = u"Changed prompt"_s;
        QVERIFY(m_store->update(12, e));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), m_proxy->proxyRow(12));
        verifyProxy();
        // An edit to a row out of view sends nothing.
        changed.clear();
        e = m_store->at(1);
        e.prompt = u"Hidden change"_s;
        QVERIFY(m_store->update(1, e));
        QCOMPARE(changed.size(), 0);

        // A text filter follows edits to the text.
        m_proxy->setStatuses({});
        m_proxy->setText(u"needle"_s);
        m_proxy->applyNow();
        QCOMPARE(m_proxy->rowCount(), 0);
        e = m_store->at(40);
        e.expectedFeedback = u"Now with a NEEDLE"_s;
        QVERIFY(m_store->update(40, e));
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_proxy->sourceRow(0), 40);
        QVERIFY(m_store->reset(40));
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void workerResultIncludesChangesMadeMeanwhile()
    {
        m_store->append(sampleRows(60));
        m_proxy->setAsyncThreshold(0);
        QSignalSpy applied(m_proxy.get(), &PreviewFilterModel::filterApplied);
        QSignalSpy busy(m_proxy.get(), &PreviewFilterModel::busyChanged);
        m_proxy->setLevels({2});
        QVERIFY(m_proxy->isBusy());
        QCOMPARE(busy.size(), 1);
        // The worker reads a snapshot; rows that arrive or change before its result is in are filtered on arrival.
        m_store->append(sampleRows(20, 60)); // +4 at level 2 (64, 69, 74, 79)
        QCOMPARE(m_proxy->rowCount(), 80);   // still the old (unfiltered) result, kept up to date
        Example up = m_store->at(0);         // level -2 -> 2: enters
        up.targetReward = 2;
        QVERIFY(m_store->update(0, up));
        Example down = m_store->at(4); // level 2 -> 1: leaves
        down.targetReward = 1;
        QVERIFY(m_store->update(4, down));
        QVERIFY(applied.wait(5000));
        QCOMPARE(busy.size(), 2);
        QVERIFY(!m_proxy->isBusy());
        QCOMPARE(m_proxy->rowCount(), 16);
        verifyProxy();

        // A newer request supersedes a running one: only the last result is shown.
        applied.clear();
        m_proxy->setLevels({-2});
        m_proxy->setLevels({-1});
        m_proxy->setLevels({0});
        QVERIFY(applied.wait(5000));
        settleWorkers();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(m_proxy->filter().levels, PreviewFilter::levelBit(0));
        verifyProxy();
        // Same criteria again: nothing to compute.
        m_proxy->setLevels({0});
        QVERIFY(!m_proxy->isBusy());
    }

    void viewKeepsSelectionAndRowCount()
    {
        m_store->append(sampleRows(60));
        QTableView view;
        view.setModel(m_proxy.get());
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentIndex(m_proxy->index(m_proxy->proxyRow(9), PreviewModel::Prompt));
        m_proxy->setLevels({2}); // row 9 is level +2
        QCOMPARE(view.verticalHeader()->count(), 12);
        QCOMPARE(m_proxy->mapToSource(view.currentIndex()).row(), 9);
        QCOMPARE(view.currentIndex().column(), int(PreviewModel::Prompt));
        m_proxy->sort(PreviewModel::Status, Qt::DescendingOrder);
        QCOMPARE(m_proxy->mapToSource(view.currentIndex()).row(), 9);
        m_proxy->setLevels({-2}); // row 9 goes
        QCOMPARE(view.verticalHeader()->count(), 12);
        QVERIFY(!view.currentIndex().isValid());
        m_proxy->setText(u"nothing matches this"_s);
        m_proxy->applyNow();
        QCOMPARE(view.verticalHeader()->count(), 0);
        m_proxy->clearFilter();
        QCOMPARE(view.verticalHeader()->count(), 60);
        m_store->append(sampleRows(5, 60));
        QCOMPARE(view.verticalHeader()->count(), 65);
        view.scrollToBottom();
        QVERIFY(view.rowAt(view.viewport()->height() - 2) >= 0);
    }

    void snapshotIsStable()
    {
        m_store->append(sampleRows(20));
        const DatasetSnapshot snapshot = m_store->snapshot();
        Example e = m_store->at(5);
        e.prompt = u"after the snapshot"_s;
        QVERIFY(m_store->update(5, e));
        m_store->append(sampleRows(5, 20));
        QCOMPARE(snapshot.size(), 20);
        QCOMPARE(snapshot.at(5).prompt, sampleRow(5).prompt);
        QCOMPARE(m_store->at(5).prompt, u"after the snapshot"_s);
        QCOMPARE(m_store->size(), 25);
        QCOMPARE(m_store->toVector().size(), 25);
    }

    void largeStoreCrossesBlocks()
    {
        // More rows than one storage block, appended in uneven chunks, with snapshots held across appends.
        const int total = 40000;
        QVector<Example> chunk;
        DatasetSnapshot held;
        for (int i = 0; i < total; ++i) {
            Example e;
            e.prompt = u"p%1"_s.arg(i);
            e.targetReward = Rubric::rewardAt(i % 5);
            chunk.append(e);
            if (chunk.size() == 7001 || i == total - 1) {
                m_store->append(std::move(chunk));
                chunk = {};
                held = m_store->snapshot();
            }
        }
        QCOMPARE(m_store->size(), total);
        QCOMPARE(held.size(), total);
        for (int i : {0, 16383, 16384, 32767, 32768, total - 1})
            QCOMPARE(m_store->at(i).prompt, u"p%1"_s.arg(i));
        m_proxy->setText(u"p3999"_s);
        m_proxy->applyNow();
        QCOMPARE(m_proxy->rowCount(), 11); // p3999 and p39990..p39999
        m_proxy->setAsyncThreshold(0);
        m_proxy->setText(u"p1234"_s);
        QSignalSpy applied(m_proxy.get(), &PreviewFilterModel::filterApplied);
        QVERIFY(applied.wait(5000));
        QCOMPARE(m_proxy->rowCount(), 11);
        verifyProxy();
        m_store->clear();
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void textSortFoldsCase_data()
    {
        QTest::addColumn<bool>("async");
        QTest::newRow("GUI thread") << false;
        QTest::newRow("worker") << true;
    }

    void textSortFoldsCase()
    {
        QFETCH(bool, async);
        const QString longA = QString(200, u'x') + u'a';
        const QString longB = QString(200, u'x') + u'B';
        const QString exact = QString(128, u'x');
        const QStringList prompts = {u"b"_s, u"B2"_s, u"a"_s, u"Á"_s, u"ä"_s, u"A1"_s,
                                     u"Ω"_s, u"ω0"_s, longB,  longA,  exact,  exact + u'a'};
        QVector<Example> rows;
        for (const QString &prompt : prompts) {
            Example e = sampleRow(int(rows.size()));
            e.prompt = prompt;
            rows.append(e);
        }
        m_store->append(rows);
        if (async)
            m_proxy->setAsyncThreshold(0);
        QSignalSpy applied(m_proxy.get(), &PreviewFilterModel::filterApplied);
        m_proxy->sort(PreviewModel::Prompt);
        if (async)
            QVERIFY(applied.wait(5000));
        // Folded code units: ASCII before accented Latin before Greek; a prefix before its longer forms.
        QStringList shown;
        for (int p = 0; p < m_proxy->rowCount(); ++p)
            shown << m_proxy->index(p, PreviewModel::Prompt).data(PreviewModel::SortRole).toString();
        QCOMPARE(shown, (QStringList{u"a"_s, u"A1"_s, u"b"_s, u"B2"_s, exact, exact + u'a', longA, longB, u"Á"_s,
                                     u"ä"_s, u"Ω"_s, u"ω0"_s}));
        verifyProxy(PreviewModel::Prompt, Qt::AscendingOrder);
        // Rows placed by the GUI thread land where the worker's order puts them.
        Example late = sampleRow(99);
        late.prompt = u"A0"_s;
        m_store->append(late);
        late.prompt = QString(200, u'X') + u'A';
        m_store->append(late);
        QCOMPARE(m_proxy->index(1, PreviewModel::Prompt).data(PreviewModel::SortRole).toString(), u"A0"_s);
        verifyProxy(PreviewModel::Prompt, Qt::AscendingOrder);
        m_proxy->sort(PreviewModel::Prompt, Qt::DescendingOrder);
        m_proxy->applyNow();
        QCOMPARE(m_proxy->index(0, PreviewModel::Prompt).data(PreviewModel::SortRole).toString(), u"ω0"_s);
        verifyProxy(PreviewModel::Prompt, Qt::DescendingOrder);
    }

    void applyNowOvertakesWorker()
    {
        m_store->append(sampleRows(60));
        m_proxy->setAsyncThreshold(0);
        QSignalSpy applied(m_proxy.get(), &PreviewFilterModel::filterApplied);
        m_proxy->setLevels({2});
        QVERIFY(m_proxy->isBusy());
        m_proxy->applyNow();
        QVERIFY(!m_proxy->isBusy());
        QCOMPARE(m_proxy->rowCount(), 12);
        QCOMPARE(applied.size(), 1);
        settleWorkers();
        QCOMPARE(applied.size(), 1); // the worker's late answer is dropped
        QCOMPARE(m_proxy->rowCount(), 12);
        verifyProxy();
    }

    void bigChangesRecomputeOnWorker()
    {
        // Above 20,000 changed rows at once, the proxy recomputes (on a worker) instead of placing rows one by one.
        QVector<Example> rows;
        for (int i = 0; i < 30000; ++i) {
            Example e = sampleRow(i % 60);
            e.id.clear();
            e.status = ReviewStatus::Pending;
            rows.append(e);
        }
        m_store->append(rows);
        m_proxy->setAsyncThreshold(0);
        QSignalSpy applied(m_proxy.get(), &PreviewFilterModel::filterApplied);
        QSignalSpy proxyReset(m_proxy.get(), &QAbstractItemModel::modelAboutToBeReset);
        m_proxy->setStatuses({ReviewStatus::Pending});
        QVERIFY(applied.wait(5000));
        QCOMPARE(m_proxy->rowCount(), 30000);

        QVector<int> all(30000);
        std::iota(all.begin(), all.end(), 0);
        m_store->setStatus(all, ReviewStatus::Accepted); // "accept all"
        QVERIFY(m_proxy->isBusy());
        QVERIFY(applied.wait(5000));
        QCOMPARE(m_proxy->rowCount(), 0);
        QCOMPARE(m_store->statusCount(ReviewStatus::Accepted), 30000);

        // A big chunk under a filter goes the same way.
        m_proxy->setStatuses({});
        m_proxy->setLevels({2});
        QVERIFY(applied.wait(5000));
        QCOMPARE(m_proxy->rowCount(), 6000);
        m_store->append(rows); // 30,000 more, 6,000 of them at +2
        QVERIFY(m_proxy->isBusy());
        QVERIFY(applied.wait(5000));
        QCOMPARE(m_proxy->rowCount(), 12000);
        verifyProxy();
        QCOMPARE(proxyReset.size(), 0);
    }

    void nonPreviewSourceIsRefused()
    {
        QStandardItemModel other(3, 2);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"needs a PreviewModel"_s));
        m_proxy->setSourceModel(&other);
        QCOMPARE(m_proxy->sourceModel(), nullptr);
        QCOMPARE(m_proxy->rowCount(), 0);
        QCOMPARE(m_proxy->columnCount(), 0);
        m_proxy->setSourceModel(m_model.get());
        m_store->append(sampleRows(5));
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void stringPoolSharesCopies()
    {
        StringPool pool(3);
        Example a = sampleRow(0);
        Example b = sampleRow(30);
        for (QString &tag : b.tags)
            tag = QString(tag.constData(), tag.size()); // equal tags in copies of their own, as a file reader makes
        a.provider = u"openai"_s;
        b.provider = QString::fromLatin1("openai");
        QCOMPARE(a.tags, b.tags);
        QVERIFY(a.tags.at(0).constData() != b.tags.at(0).constData());
        pool.share(a);
        pool.share(b);
        QCOMPARE(a.tags, b.tags);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(a.tags.at(i).constData(), b.tags.at(i).constData());
        // Full at three strings: the provider stays a copy of its own, still equal.
        QVERIFY(a.provider.constData() != b.provider.constData());
        QCOMPARE(a.provider, b.provider);
    }

    void textMatcherAgreesWithQt_data()
    {
        QTest::addColumn<QString>("haystack");
        QTest::addColumn<QString>("needle");
        QTest::newRow("plain") << u"The capital of France"_s << u"capital"_s;
        QTest::newRow("case") << u"The CAPITAL of France"_s << u"Capital"_s;
        QTest::newRow("absent") << u"The capital of France"_s << u"capitol"_s;
        QTest::newRow("at the start") << u"Rome is old"_s << u"rome"_s;
        QTest::newRow("at the end, long") << QString(100, u'a') + u"XyZ"_s << u"xyz"_s;
        QTest::newRow("near miss at the end") << QString(100, u'a') + u"XyZ"_s << u"xyzz"_s;
        QTest::newRow("one character") << u"abcdefghijklmnopQ"_s << u"q"_s;
        QTest::newRow("one character absent") << u"abcdefghijklmnop"_s << u"q"_s;
        QTest::newRow("needle longer") << u"abc"_s << u"abcd"_s;
        QTest::newRow("same length") << u"AbCd"_s << u"aBcD"_s;
        QTest::newRow("kelvin sign") << u"300 \u212Aelvin"_s << u"kelvin"_s;
        QTest::newRow("kelvin sign in needle") << u"300 kelvin"_s << u"\u212Aelvin"_s;
        QTest::newRow("long s") << u"Con\u017Fider"_s << u"consider"_s;
        QTest::newRow("sharp s is not ss") << u"Straße"_s << u"STRASSE"_s;
        QTest::newRow("capital sharp s") << u"STRA\u1E9EE"_s << u"straße"_s;
        QTest::newRow("greek") << u"ΣΟΦΊΑ και γνώση"_s << u"σοφία"_s;
        QTest::newRow("final sigma") << u"λόγος"_s << u"ΛΌΓΟΣ"_s;
        QTest::newRow("micro sign") << u"5 \u00B5m"_s << u"\u03BCM"_s;
        QTest::newRow("theta variants") << u"\u03D1\u03F4\u0398"_s << u"\u03B8\u03B8\u03B8"_s;
        QTest::newRow("surrogate needle") << u"x \U00010400 y"_s << u"\U00010428"_s;
        QTest::newRow("emoji haystack") << u"😀 smile 😀"_s << u"SMILE"_s;
        QTest::newRow("spaces trimmed") << u"a needle here"_s << u"  NEEDLE  "_s;
        QTest::newRow("inner spaces kept") << u"two  words"_s << u"two words"_s;
        QTest::newRow("empty needle") << u"anything"_s << QString();
        QTest::newRow("empty haystack") << QString() << u"x"_s;
        QTest::newRow("overlapping prefix") << u"aaaaaaaaaaaaaaaaaaab"_s << u"AAB"_s;
        QTest::newRow("across the vector step") << u"0123456ab9"_s << u"AB"_s;
    }

    void textMatcherAgreesWithQt()
    {
        QFETCH(QString, haystack);
        QFETCH(QString, needle);
        const bool expected = haystack.contains(needle.trimmed(), Qt::CaseInsensitive);
        QCOMPARE(TextMatcher(needle).matches(QStringView(haystack)), expected);
    }

    void textMatcherFuzz()
    {
        // Random text over an alphabet full of case-folding traps, against QString::contains.
        const QString alphabet = u"aAbBkKsS\u212A\u017F\u00DF\u1E9E\u03C3\u03C2\u03A3\u00B5\u03BC 1"_s;
        QRandomGenerator random(20240601);
        auto randomText = [&](int maxLength) {
            QString text;
            const int length = int(random.bounded(maxLength + 1));
            for (int i = 0; i < length; ++i)
                text += alphabet.at(int(random.bounded(int(alphabet.size()))));
            return text;
        };
        int matches = 0;
        for (int i = 0; i < 20000; ++i) {
            const QString haystack = randomText(40);
            const QString needle = randomText(4).trimmed();
            const bool expected = haystack.contains(needle, Qt::CaseInsensitive);
            matches += expected;
            if (TextMatcher(needle).matches(QStringView(haystack)) != expected)
                QFAIL(qPrintable(u"'%1' in '%2': expected %3"_s.arg(needle, haystack).arg(expected)));
        }
        QVERIFY(matches > 1000 && matches < 19000); // the fuzz exercises both answers
    }
};

QTEST_MAIN(TestPreviewModel)
#include "tst_previewmodel.moc"
