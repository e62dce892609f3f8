// The UI in each shipped language: the embedded .qm files load, widgets and the rubric show translated labels,
// provider errors are translated, and what goes to the model (prompts, rubric data) stays English.
#include "dataset/rubric.h"
#include "distributioneditor.h"
#include "generation/promptbuilder.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "prompteditordialog.h"
#include "providerform.h"
#include "providers/providererrors.h"
#include "secrets/keystore.h"
#include "translations.h"

#include "exportdialog.h"
#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QTranslator>

using namespace candor;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private:
    // installTranslations parents its translators to the application; a test removes them between languages.
    static void removeTranslators()
    {
        const auto translators = qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    static QString hostNotFoundMessage()
    {
        return networkFailure(u"OpenAI"_s, 3 /* QNetworkReply::HostNotFoundError */, u"Host not found"_s,
                              QUrl(u"https://api.example.invalid/v1"_s))
            .message;
    }

    // Widgets whose text does not fit: a label, button or group box given less room than its minimum size hint
    // shows a cut text. Word-wrapped labels reflow and are left out.
    static QStringList cutWidgets(QWidget *root)
    {
        QStringList cut;
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(root))
                continue;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(w)) {
                if (label->wordWrap() || !label->pixmap().isNull())
                    continue;
                text = label->text();
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                text = button->text();
            } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
                text = group->title();
            }
            if (text.isEmpty())
                continue;
            const QSize hint = w->minimumSizeHint();
            if (w->width() < hint.width() || w->height() < hint.height()) {
                cut << u"%1 %2 \"%3\": %4x%5 < %6x%7"_s
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text)
                           .arg(w->width())
                           .arg(w->height())
                           .arg(hint.width())
                           .arg(hint.height());
            }
        }
        // Column titles: a section narrower than its title shows "Expected feed…".
        const auto headers = root->findChildren<QHeaderView *>();
        for (QHeaderView *header : headers) {
            if (!header->isVisibleTo(root) || !header->model())
                continue;
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i))
                    continue;
                const QString title = header->model()->headerData(i, header->orientation()).toString();
                const int needed = header->fontMetrics().horizontalAdvance(title) +
                                   2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
                if (header->orientation() == Qt::Horizontal && header->sectionSize(i) < needed)
                    cut << u"column \"%1\": %2 < %3"_s.arg(title).arg(header->sectionSize(i)).arg(needed);
            }
        }
        return cut;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CandorTest"_s);
        QCoreApplication::setApplicationName(u"tst_translations"_s);
        QSettings().clear();
    }

    void cleanup()
    {
        removeTranslators();
        QSettings().clear();
    }

    void availableLanguages()
    {
        QCOMPARE(candor::availableLanguages(),
                 (QStringList{u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"pt_BR"_s, u"zh_CN"_s}));
        QCOMPARE(nativeLanguageName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(nativeLanguageName(u"pt_BR"_s), u"Português (Brasil)"_s);
        QCOMPARE(nativeLanguageName(u"zh_CN"_s), u"简体中文 (中国)"_s);
        QCOMPARE(nativeLanguageName(u"en"_s), u"English"_s);
    }

    // English is the source language: only its plural forms come from a file.
    void englishPluralForms()
    {
        QCOMPARE(installTranslations(*qApp, u"en"_s), u"en"_s);
        QCOMPARE(uiLanguage(), u"en"_s);
        const char *source = "%Ln row(s) to export.";
        QCOMPARE(QCoreApplication::translate("candor::ExportDialog", source, nullptr, 1), u"1 row to export."_s);
        QCOMPARE(QCoreApplication::translate("candor::ExportDialog", source, nullptr, 3), u"3 rows to export."_s);
        QCOMPARE(QCoreApplication::translate("candor::DistributionEditor", "Total: %Ln rows", nullptr, 1),
                 u"Total: 1 row"_s);
        QCOMPARE(Rubric::displayLabel(-2), u"Confident fabrication"_s);
        DistributionEditor editor;
        QCOMPARE(editor.balancedButton()->text(), u"&Balanced"_s);
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("balanced");      // DistributionEditor's button
        QTest::addColumn<QString>("rubricLabel");   // level -2
        QTest::addColumn<QString>("providerLabel"); // providerform.ui
        QTest::addColumn<QString>("fileMenu");      // mainwindow.ui
        QTest::addColumn<QString>("languageMenu");  // createLanguageMenu()

        QTest::newRow("de") << u"de"_s << u"&Ausgewogen"_s << u"Selbstsichere Erfindung"_s << u"&Anbieter:"_s
                            << u"&Datei"_s << u"&Sprache"_s;
        QTest::newRow("es") << u"es"_s << u"&Equilibrada"_s << u"Invención confiada"_s << u"&Proveedor:"_s
                            << u"&Archivo"_s << u"&Idioma"_s;
        QTest::newRow("fr") << u"fr"_s << u"É&quilibrée"_s << u"Invention assurée"_s << u"&Fournisseur :"_s
                            << u"&Fichier"_s << u"&Langue"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"&Equilibrada"_s << u"Invenção confiante"_s << u"&Provedor:"_s
                               << u"&Arquivo"_s << u"&Idioma"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"均衡(&B)"_s << u"自信的捏造"_s << u"服务商(&P)："_s << u"文件(&F)"_s
                               << u"语言(&L)"_s;
    }

    void languages()
    {
        QFETCH(QString, language);
        QFETCH(QString, balanced);
        QFETCH(QString, rubricLabel);
        QFETCH(QString, providerLabel);
        QFETCH(QString, fileMenu);
        QFETCH(QString, languageMenu);

        const QString englishError = hostNotFoundMessage();
        const QString englishPrompt = PromptBuilder(GenerationConfig()).userPrompt(BatchSpec{-2, 5, {}, 0, 0, {}});

        QCOMPARE(installTranslations(*qApp, language), language);
        QCOMPARE(uiLanguage(), language);

        // The rubric as people see it is translated; as data it stays English, and so do the prompts.
        QCOMPARE(Rubric::displayLabel(-2), rubricLabel);
        QVERIFY(Rubric::displayDescription(2) != Rubric::level(2).description);
        QCOMPARE(Rubric::level(-2).label, u"Confident fabrication"_s);
        QCOMPARE(PromptBuilder(GenerationConfig()).userPrompt(BatchSpec{-2, 5, {}, 0, 0, {}}), englishPrompt);
        QVERIFY(englishPrompt.contains(u"Confident fabrication"_s));

        DistributionEditor editor;
        QCOMPARE(editor.balancedButton()->text(), balanced);
        const auto *levelLabel = editor.findChild<QLabel *>(u"levelLabel0"_s);
        QVERIFY(levelLabel);
        QCOMPARE(levelLabel->text(), rubricLabel);

        KeyStore keys(u"candor-tst-translations"_s, nullptr);
        ProviderForm form(&keys);
        const auto *label = form.findChild<QLabel *>(u"providerLabel"_s);
        QVERIFY(label);
        QCOMPARE(label->text(), providerLabel);

        // A provider error (core, shown by the GUI) comes out translated and still names the host.
        const QString error = hostNotFoundMessage();
        QVERIFY2(error != englishError, qPrintable(error));
        QVERIFY2(error.contains(u"api.example.invalid"_s), qPrintable(error));

        // The template editor can offer the default templates in this language; the built-in one stays English.
        QVERIFY(PromptBuilder::hasTranslatedDefaults(language));
        QVERIFY(PromptBuilder::defaultSystemPrompt(language) != PromptBuilder::defaultSystemPrompt());
        QVERIFY(PromptBuilder::defaultLevelTemplate(language).contains(u"{level_guidance}"_s));
        QVERIFY(PromptBuilder::defaultLevelTemplate(language).contains(u"{language}"_s));

        std::unique_ptr<QMenu> menu(createLanguageMenu(nullptr, {}));
        QCOMPARE(menu->title(), languageMenu);
        QCOMPARE(menu->actions().size(), 2 + int(candor::availableLanguages().size())); // + System, separator

        // Qt's own strings follow when the system has Qt's translations (Debian: qt6-translations-l10n).
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_"_s + language + u".qm"_s)) {
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            QVERIFY2(box.button(QDialogButtonBox::Cancel)->text().remove(u'&') != u"Cancel"_s,
                     qPrintable(box.button(QDialogButtonBox::Cancel)->text()));
        }

        // The whole window starts in this language.
        MainWindow window;
        window.show();
        const auto *file = window.findChild<QMenu *>(u"fileMenu"_s);
        QVERIFY(file);
        QCOMPARE(file->title(), fileMenu);
    }

    void nothingIsCutAtTheMinimumSize_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : candor::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    // Long German and French labels are never cut: the window at its smallest, with rows in the table, and the
    // dialogs at theirs.
    void nothingIsCutAtTheMinimumSize()
    {
        QFETCH(QString, language);
        QCOMPARE(installTranslations(*qApp, language), language);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        window.previewSample();
        QVERIFY(finished.wait(10000));
        window.resize(window.minimumSizeHint());
        QTest::qWait(50);
        QStringList cut = cutWidgets(&window);
        QVERIFY2(cut.isEmpty(), qPrintable(u"%1x%2: "_s.arg(window.width()).arg(window.height()) + cut.join(u"\n"_s)));

        ExportDialog dialog(window.store()->snapshot(), u"dataset.jsonl"_s, &window);
        dialog.show();
        dialog.resize(dialog.minimumSizeHint());
        QTest::qWait(20);
        cut = cutWidgets(&dialog);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"\n"_s)));
    }

    void promptEditorOffersTranslatedDefaults()
    {
        QCOMPARE(installTranslations(*qApp, u"de"_s), u"de"_s);
        PromptEditorDialog dialog(QString(), {});
        // Untouched, the editor shows what a run sends: the English built-in default, stored as "default".
        QCOMPARE(dialog.editor()->toPlainText(), PromptBuilder::defaultSystemPrompt());
        QVERIFY(dialog.systemPrompt().isEmpty());
        auto *reset = dialog.findChild<QPushButton *>(u"resetPromptButton"_s);
        QVERIFY(reset && reset->menu());
        auto *translated = reset->menu()->findChild<QAction *>(u"resetToTranslatedAction"_s);
        QVERIFY(translated);
        QCOMPARE(translated->text(), u"Vorgabe auf Deutsch"_s);
        translated->trigger();
        // The German template is an edit like any other: the project stores it.
        QCOMPARE(dialog.editor()->toPlainText(), PromptBuilder::defaultSystemPrompt(u"de"_s));
        QCOMPARE(dialog.systemPrompt(), PromptBuilder::defaultSystemPrompt(u"de"_s));
        dialog.resetToDefault();
        QVERIFY(dialog.systemPrompt().isEmpty());
    }

    void settingAndOverride()
    {
        // No override: the setting decides; "system" or nothing follows the system locale.
        QSettings().setValue(QLatin1String(LanguageSettingsKey), u"fr"_s);
        QCOMPARE(installTranslations(*qApp), u"fr"_s);
        QCOMPARE(Rubric::displayLabel(0), u"Aveu honnête"_s);
        removeTranslators();
        // --language wins over the setting.
        QCOMPARE(installTranslations(*qApp, u"de"_s), u"de"_s);
        QCOMPARE(Rubric::displayLabel(0), u"Ehrliches Eingeständnis"_s);
        removeTranslators();
        // Numbers and dates follow the interface language, not only the system's locale (C here).
        QCOMPARE(QLocale().toString(1234567), u"1.234.567"_s);
        QCOMPARE(QLocale().toString(QDate(2026, 12, 7), QLocale::ShortFormat), u"07.12.26"_s);
        removeTranslators();
        // A language Candor has no translation for falls back to English, with English number formats.
        QCOMPARE(installTranslations(*qApp, u"sw"_s), u"en"_s);
        QCOMPARE(Rubric::displayLabel(0), u"Honest admission"_s);
        QCOMPARE(QLocale().toString(1234567), u"1,234,567"_s);
        QCOMPARE(installTranslations(*qApp, u"fr"_s), u"fr"_s);
        QCOMPARE(QLocale().toString(1.5, 'f', 1), u"1,5"_s);
    }

    void languageMenuStoresTheChoice()
    {
        int restarts = 0;
        std::unique_ptr<QMenu> menu(createLanguageMenu(nullptr, [&restarts] { ++restarts; }));
        QAction *system = menu->actions().at(0);
        QVERIFY(system->isChecked());
        QAction *german = nullptr;
        QAction *french = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->data().toString() == u"de"_s)
                german = a;
            if (a->data().toString() == u"fr"_s)
                french = a;
        }
        QVERIFY(german && french);
        QCOMPARE(german->text(), u"Deutsch"_s);
        // The menu offers to restart now; "Later" keeps the window, the choice is stored for the next start.
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(u"Later"_s);
        german->trigger();
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QVERIFY2(MessageBox::lastAnsweredText().contains(u"after a restart"_s),
                 qPrintable(MessageBox::lastAnsweredText()));
        QCOMPARE(QSettings().value(QLatin1String(LanguageSettingsKey)).toString(), u"de"_s);
        QVERIFY(german->isChecked());
        QCOMPARE(restarts, 0);
        // "Restart Now" hands over to the window, which closes and starts Candor again.
        MessageBox::setNextAnswer(u"Restart Now"_s);
        french->trigger();
        QCOMPARE(QSettings().value(QLatin1String(LanguageSettingsKey)).toString(), u"fr"_s);
        QCOMPARE(restarts, 1);
        // Choosing the language already set asks nothing.
        french->trigger();
        QCOMPARE(MessageBox::askedCount(), asked + 2);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
