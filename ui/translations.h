#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QCoreApplication;
class QMenu;
class QWidget;

namespace candor {

// The QSettings key that holds the UI language: empty or "system" follows the system locale, otherwise a
// locale name such as "de" or "pt_BR". The language of generated rows is a separate, per-project setting.
inline constexpr char LanguageSettingsKey[] = "language";

// Installs Candor's and Qt's translations for the chosen UI language: languageOverride when given (the
// --language option), else the "language" setting, else the system locale. Call once, before any widget exists.
// Returns the locale name that was installed ("en" when Candor's own strings stay in English).
QString installTranslations(QCoreApplication &app, const QString &languageOverride = QString());

// The UI language installTranslations chose ("en" before it ran or when it found no translation).
QString uiLanguage();

// The locale names Candor has translations for ("de", "pt_BR", ...), plus "en", sorted.
QStringList availableLanguages();

// A language in its own words, e.g. "Deutsch" or "Português (Brasil)".
QString nativeLanguageName(const QString &language);

// "&Language": System default and each available language by its native name, checkable and exclusive.
// A choice is stored in the settings and takes effect when Candor starts again: the menu offers to call restart
// now (the window closes, asking about unsaved work as on quit, and starts itself again) or to wait.
QMenu *createLanguageMenu(QWidget *parent, std::function<void()> restart);

// Starts a new candor process with these arguments (QProcess::startDetached). Tests replace the launcher to see
// what a restart would start without starting it.
using RestartLauncher = std::function<bool(const QString &program, const QStringList &arguments)>;
bool launchCandor(const QStringList &arguments);
void setRestartLauncher(RestartLauncher launcher);

} // namespace candor
