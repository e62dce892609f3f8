#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace candor {

// Loads Candor's translations without any widget, so the GUI (ui/translations.h) and candor-cli share one loader.
// The compiled .qm files are embedded in the candori18n library under :/i18n: candor_<lang>.qm for each
// translation and candor_en.qm, which holds only the English plural forms ("%n row" / "%n rows").

// Installs Candor's and Qt's translations for language, a locale name such as "de" or "pt_BR"; empty or
// "system" follows the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Replaces whatever an earlier call
// installed. Returns the locale name installed ("en" when Candor's own strings stay in English).
QString loadTranslations(QCoreApplication &app, const QString &language = QString());

// The language loadTranslations installed last ("en" before it ran or when it found no translation).
QString loadedTranslationLanguage();

// The locale names Candor has translations for ("de", "pt_BR", ...), plus "en", sorted.
QStringList translationLanguages();

} // namespace candor
