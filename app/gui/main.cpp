// candor: the desktop application.
#include "mainwindow.h"
#include "theme.h"
#include "translations.h"

#include "config.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Answer --version without a display: QApplication needs a windowing system to start.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("candor %s\n", CANDOR_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Candor"_s);
    QApplication::setApplicationDisplayName(QString::fromUtf8(CANDOR_PRODUCT_NAME));
    QApplication::setOrganizationName(QString::fromUtf8(CANDOR_ORGANIZATION));
    QApplication::setApplicationVersion(QString::fromUtf8(CANDOR_VERSION));
    QApplication::setDesktopFileName(QString::fromUtf8(CANDOR_APP_ID));

    // The UI language (--language for this start, else the "language" setting, else the system's) is installed
    // before the parser exists, so that --help is translated too.
    QString language;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--language") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--language=")))
            language = arguments.at(i).mid(int(sizeof("--language=")) - 1);
    }
    candor::installTranslations(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(CANDOR_SUMMARY));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"project"_s, QCoreApplication::translate("candor::Main", "A .candor project to open."), u"[project]"_s);
    // For the README's screenshots: generate a small template dataset, save a picture of the window, quit.
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("candor::Main", "Generate a template sample, save a PNG of the window, quit."),
        QCoreApplication::translate("candor::Main", "FILE"));
    parser.addOption(screenshot);
    const QCommandLineOption languageOption(
        u"language"_s,
        QCoreApplication::translate(
            "candor::Main",
            "Use this UI language for this start (e.g. de, es, fr, pt_BR, zh_CN, en), whatever the setting says."),
        QCoreApplication::translate("candor::Main", "CODE"));
    parser.addOption(languageOption);
    parser.process(app);

    candor::applySystemColourScheme(app);
    candor::MainWindow window; // restores its size and layout from the last run
    if (parser.isSet(screenshot))
        window.resize(1320, 840); // the same picture on every machine
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        QString error;
        if (!window.openProject(parser.positionalArguments().first(), &error))
            std::fprintf(stderr, "candor: %s\n", qPrintable(error));
    } else if (!parser.isSet(screenshot)) {
        window.useUntitledProject(); // nothing is lost before the first Save Project
    }
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QObject::connect(&window, &candor::MainWindow::generationFinished, &window, [&window, path] {
            QTimer::singleShot(300, &window, [&window, path] {
                window.grab().save(path);
                QApplication::quit();
            });
        });
        QTimer::singleShot(200, &window, &candor::MainWindow::generate);
    }
    return app.exec();
}
