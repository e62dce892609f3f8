// Accessibility of Candor's windows: every control has an accessible name and description, the keyboard
// reaches every control in a sensible order, and the level badges carry their number, not just a colour.
#include "exportdialog.h"
#include "mainwindow.h"
#include "previewmodel.h"
#include "prompteditordialog.h"
#include "reviewpanel.h"
#include "theme.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <cmath>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {
// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Controls a keyboard user lands on, and what assistive technology says about each.
QStringList unnamedControls(QWidget *root)
{
    QStringList problems;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || w->objectName().startsWith(u"qt_"_s) || w->window() != root)
            continue; // popups (a combo box's list) are windows of their own
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue; // a spin box's inner editor: the spin box carries the name
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // an editable combo box's editor, likewise
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name) : QString();
        const QString description = a ? a->text(QAccessible::Description) : QString();
        const QString id =
            w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        if (name.trimmed().isEmpty())
            problems << id + u" has no accessible name"_s;
        if (description.trimmed().isEmpty())
            problems << id + u" has no accessible description"_s;
    }
    return problems;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mainWindowControlsAreNamed()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Both modes: the LLM settings are hidden in template mode.
        window.findChild<QComboBox *>(u"modeComboBox"_s)->setCurrentIndex(1);
        const QStringList problems = unnamedControls(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    void dialogsAreNamed()
    {
        ExportDialog exportDialog(QVector<Example>{}, u"/tmp/x.jsonl"_s);
        QStringList problems = unnamedControls(&exportDialog);
        PromptEditorDialog prompts(QString(), {});
        problems << unnamedControls(&prompts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    // Tab walks the set-up column top to bottom, then the review side.
    void focusOrder()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QComboBox *>(u"modeComboBox"_s)->setCurrentIndex(1);
        const QStringList wanted = {u"modeComboBox"_s,         u"profileComboBox"_s,     u"providerComboBox"_s,
                                    u"endpointLineEdit"_s,     u"modelComboBox"_s,       u"apiKeyLineEdit"_s,
                                    u"testConnectionButton"_s, u"countSpinBox"_s,        u"topicLineEdit"_s,
                                    u"seedSpinBox"_s,          u"searchHintsCheckBox"_s, u"languageLineEdit"_s,
                                    u"batchSizeSpinBox"_s,     u"previewButton"_s,       u"generateButton"_s,
                                    u"filterLineEdit"_s,       u"exampleTableView"_s,    u"logButton"_s};
        QWidget *first = window.findChild<QWidget *>(u"modeComboBox"_s);
        first->setFocus();
        QStringList seen;
        QWidget *w = first;
        for (int steps = 0; steps < 200; ++steps) {
            seen << w->objectName();
            w = w->nextInFocusChain();
            while (w && !(w->isVisibleTo(&window) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)))
                w = w->nextInFocusChain();
            if (!w || w == first)
                break;
        }
        int at = -1;
        for (const QString &name : wanted) {
            const int found = int(seen.indexOf(name));
            QVERIFY2(found >= 0, qPrintable(name + u" is not reached by Tab: "_s + seen.join(u", "_s)));
            QVERIFY2(found > at, qPrintable(name + u" comes too early: "_s + seen.join(u", "_s)));
            at = found;
        }
    }

    // The level is readable without colour: the badge text has the number, and so do its accessible texts.
    void levelsNotByColourAlone()
    {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        window.previewSample();
        QVERIFY(finished.wait(10000));
        const PreviewModel *model = window.reviewPanel()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, PreviewModel::Level);
            const QString number = Rubric::formatReward(model->example(row).targetReward);
            QVERIFY(index.data(Qt::DisplayRole).toString().startsWith(number));
            QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(number));
        }
    }

    // The desktop's dark scheme is followed, with readable text in both schemes.
    void colourSchemes()
    {
        const QPalette light = QApplication::palette();
        qputenv("CANDOR_COLOR_SCHEME", "light");
        QCOMPARE(systemColourScheme(light), ColourScheme::Light);
        qputenv("CANDOR_COLOR_SCHEME", "dark");
        QCOMPARE(systemColourScheme(light), ColourScheme::Dark);
        applySystemColourScheme(*qApp);
        const QPalette dark = QApplication::palette();
        QVERIFY(dark.color(QPalette::Window).lightness() < 80);
        QCOMPARE(qApp->style()->name().toLower(), u"fusion"_s);
        for (const QPalette &p : {light, dark}) {
            QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7.0);
            QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7.0);
        }
        // The light palette is the platform's own; the dark one is Candor's and keeps selections readable.
        QVERIFY(contrast(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight)) >= 4.5);
        // Disabled fields do not look editable: they lose the field colour and their text dims.
        QCOMPARE(dark.color(QPalette::Disabled, QPalette::Base), dark.color(QPalette::Active, QPalette::Window));
        QVERIFY(dark.color(QPalette::Disabled, QPalette::Base) != dark.color(QPalette::Active, QPalette::Base));
        QVERIFY(
            contrast(dark.color(QPalette::Disabled, QPalette::Text), dark.color(QPalette::Disabled, QPalette::Base)) <
            contrast(dark.color(QPalette::Active, QPalette::Text), dark.color(QPalette::Active, QPalette::Base)));
        MainWindow window; // builds and shows in the dark palette
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.palette().color(QPalette::Window), dark.color(QPalette::Window));
        QApplication::setPalette(light);
        qunsetenv("CANDOR_COLOR_SCHEME");
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
