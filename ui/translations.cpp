#include "translations.h"

#include "i18n/translationloader.h"
#include "messagebox.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace candor {
namespace {

RestartLauncher &restartLauncher()
{
    static RestartLauncher launcher;
    return launcher;
}

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

bool launchCandor(const QStringList &arguments)
{
    const QString program = QCoreApplication::applicationFilePath();
    if (restartLauncher())
        return restartLauncher()(program, arguments);
    return QProcess::startDetached(program, arguments);
}

void setRestartLauncher(RestartLauncher launcher)
{
    restartLauncher() = std::move(launcher);
}

QMenu *createLanguageMenu(QWidget *parent, std::function<void()> restart)
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

    QObject::connect(group, &QActionGroup::triggered, menu, [menu, restart = std::move(restart)](QAction *action) {
        const QString value = action->data().toString();
        if (value == settingLanguage())
            return;
        QSettings settings;
        if (value.isEmpty())
            settings.remove(QLatin1String(LanguageSettingsKey));
        else
            settings.setValue(QLatin1String(LanguageSettingsKey), value);
        settings.sync();
        QMessageBox box(QMessageBox::Question, QCoreApplication::translate("candor::LanguageMenu", "Language"),
                        QCoreApplication::translate("candor::LanguageMenu",
                                                    "Candor shows the new language after a restart. Restart now?"),
                        QMessageBox::NoButton, menu->parentWidget());
        box.setInformativeText(QCoreApplication::translate(
            "candor::LanguageMenu",
            "The project opens again; you are asked about anything not saved or exported first."));
        QPushButton *now =
            box.addButton(QCoreApplication::translate("candor::LanguageMenu", "&Restart Now"), QMessageBox::AcceptRole);
        box.addButton(QCoreApplication::translate("candor::LanguageMenu", "&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(now);
        if (MessageBox::ask(box) == now && restart)
            restart();
    });
    return menu;
}

} // namespace candor
