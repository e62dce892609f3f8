#include "translations.h"

#include "i18n/translationloader.h"
#include "messagebox.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace candor {
namespace {

QString settingLanguage()
{
    const QString value = QSettings().value(QLatin1String(LanguageSettingsKey)).toString().trimmed();
    return value == QLatin1String("system") ? QString() : value;
}

} // namespace

QString uiLanguage()
{
    return loadedTranslationLanguage();
}

QString installTranslations(QCoreApplication &app, const QString &languageOverride)
{
    QString wanted = languageOverride.trimmed();
    if (wanted.isEmpty() || wanted == QLatin1String("system"))
        wanted = settingLanguage();
    // The loading itself (Candor's, Qt's and the English plural forms) is shared with candor-cli.
    return loadTranslations(app, wanted);
}

QStringList availableLanguages()
{
    return translationLanguages();
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
        QMessageBox box(QMessageBox::Information, QCoreApplication::translate("candor::LanguageMenu", "Language"),
                        QCoreApplication::translate("candor::LanguageMenu",
                                                    "Candor will use the new language the next time it starts."),
                        QMessageBox::Ok, menu->parentWidget());
        MessageBox::ask(box);
    });
    return menu;
}

} // namespace candor
