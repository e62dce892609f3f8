#include "i18n/translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace candor {
namespace {

// Where qt_add_translations puts the compiled .qm files (RESOURCE_PREFIX in core/CMakeLists.txt).
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

// The translators the last loadTranslations installed. QPointer, because a caller (tst_translations) may delete
// the application's translators itself.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void install(QTranslator *translator)
{
    QCoreApplication::installTranslator(translator);
    installedTranslators() << translator;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installedTranslators().clear();
}

} // namespace

QString loadedTranslationLanguage()
{
    return installedLanguage();
}

QString loadTranslations(QCoreApplication &app, const QString &language)
{
    removeInstalled();
    installedLanguage() = u"en"_s;
    QString wanted = language.trimmed();
    if (wanted == QLatin1String("system"))
        wanted.clear();
    const QLocale locale = wanted.isEmpty() ? QLocale::system() : QLocale(wanted);
    // English is the source language: only its plural forms ("%n row" / "%n rows") come from a file, and Qt's own
    // texts stay English with it.
    // Numbers and dates follow the interface language: a German window shows "10.000" even on an English system,
    // while a system whose language already matches keeps its own territory's formats (en_GB dates, de_AT).
    auto useLocale = [](const QString &name) {
        const QLocale system = QLocale::system();
        const QLocale chosen(name);
        QLocale::setDefault(system.language() == chosen.language() ? system : chosen);
    };
    auto english = [&app, &useLocale] {
        useLocale(u"en_US"_s);
        auto *plurals = new QTranslator(&app);
        if (plurals->load(u"candor_en"_s, resourceDir()))
            install(plurals);
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
    install(candor);
    // The locale name of the file that matched (":/i18n/candor_pt_BR.qm" -> "pt_BR").
    const QString file = QFileInfo(candor->filePath()).completeBaseName();
    const QString loaded = file.mid(file.indexOf(u'_') + 1);
    installedLanguage() = loaded;
    useLocale(loaded);

    // Qt's own strings (standard buttons, file dialogs, QCommandLineParser's help) in the same language, when the
    // system has them (Debian: qt6-translations-l10n).
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(loaded), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;
    return loaded;
}

QStringList translationLanguages()
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

} // namespace candor
