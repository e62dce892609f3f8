#include "translations.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace candor {
namespace {

// Where qt_add_translations puts the compiled .qm files (RESOURCE_PREFIX in ui/CMakeLists.txt).
const QString &resourceDir()
{
    static const QString dir = u":/i18n"_s;
    return dir;
}

// lupdate files tr() calls made in free functions of namespace candor (the small tr() helpers in core) under
// the context "candor", while the helpers ask for a finer one such as "candor::ProviderErrors"; a miss in
// such a context therefore looks in "candor" too.
class CandorTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isNull() && context && qstrncmp(context, "candor::", 8) == 0)
            text = QTranslator::translate("candor", sourceText, disambiguation, n);
        return text;
    }
};

QString &installedLanguage()
{
    static QString language = u"en"_s;
    return language;
}

QString settingLanguage()
{
    const QString value = QSettings().value(QLatin1String(LanguageSettingsKey)).toString().trimmed();
    return value == QLatin1String("system") ? QString() : value;
}

} // namespace

QString uiLanguage()
{
    return installedLanguage();
}

QString installTranslations(QCoreApplication &app, const QString &languageOverride)
{
    installedLanguage() = u"en"_s;
    QString wanted = languageOverride.trimmed();
    if (wanted.isEmpty() || wanted == QLatin1String("system"))
        wanted = settingLanguage();
    const QLocale locale = wanted.isEmpty() ? QLocale::system() : QLocale(wanted);
    // English is the source language: only its plural forms ("%n row" / "%n rows") come from a file, and Qt's own
    // dialogs stay English with it.
    auto english = [&app] {
        auto *plurals = new QTranslator(&app);
        if (plurals->load(u"candor_en"_s, resourceDir()))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return u"en"_s;
    };
    if (!wanted.isEmpty() && locale.language() == QLocale::English)
        return english();

    auto *candor = new CandorTranslator(&app);
    if (!candor->load(locale, u"candor"_s, u"_"_s, resourceDir()) ||
        QFileInfo(candor->filePath()).completeBaseName() == u"candor_en"_s) {
        delete candor;
        return english();
    }
    QCoreApplication::installTranslator(candor);
    // The locale name of the file that matched (":/i18n/candor_pt_BR.qm" -> "pt_BR").
    const QString file = QFileInfo(candor->filePath()).completeBaseName();
    const QString language = file.mid(file.indexOf(u'_') + 1);
    installedLanguage() = language;

    // Qt's own strings (standard buttons, file dialogs) in the same language, when the system has them
    // (Debian: qt6-translations-l10n).
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

QStringList availableLanguages()
{
    QStringList languages{u"en"_s};
    // candor_de.qm, candor_pt_BR.qm, ...
    const QStringList files = QDir(resourceDir()).entryList({u"candor_*.qm"_s}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(7, file.size() - 7 - 3);
    languages.removeDuplicates(); // candor_en.qm holds English plural forms, not another language
    languages.sort();
    return languages;
}

QString nativeLanguageName(const QString &language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::English)
        return u"English"_s;
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    // Where a language has a territory in its name (pt_BR, zh_CN), show it: "Português (Brasil)".
    if (language.contains(u'_'))
        name = u"%1 (%2)"_s.arg(name, locale.nativeTerritoryName());
    return name;
}

QMenu *createLanguageMenu(QWidget *parent)
{
    auto *menu = new QMenu(QCoreApplication::translate("candor::LanguageMenu", "&Language"), parent);
    menu->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString current = settingLanguage();

    auto add = [&](const QString &text, const QString &value) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setData(value);
        action->setChecked(value == current);
        group->addAction(action);
    };
    add(QCoreApplication::translate("candor::LanguageMenu", "&System Default"), QString());
    menu->addSeparator();
    for (const QString &language : availableLanguages())
        add(nativeLanguageName(language), language);

    QObject::connect(group, &QActionGroup::triggered, menu, [menu](QAction *action) {
        const QString value = action->data().toString();
        if (value == settingLanguage())
            return;
        QSettings settings;
        if (value.isEmpty())
            settings.remove(QLatin1String(LanguageSettingsKey));
        else
            settings.setValue(QLatin1String(LanguageSettingsKey), value);
        QMessageBox::information(
            menu->parentWidget(), QCoreApplication::translate("candor::LanguageMenu", "Language"),
            QCoreApplication::translate("candor::LanguageMenu",
                                        "Candor will use the new language the next time it starts."));
    });
    return menu;
}

} // namespace candor
