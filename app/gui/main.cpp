// candor: the desktop application.
#include "mainwindow.h"

#include "config.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstring>

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
    QApplication::setApplicationName(QStringLiteral("Candor"));
    QApplication::setApplicationDisplayName(QStringLiteral(CANDOR_PRODUCT_NAME));
    QApplication::setOrganizationName(QStringLiteral(CANDOR_ORGANIZATION));
    QApplication::setApplicationVersion(QStringLiteral(CANDOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CANDOR_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(CANDOR_SUMMARY));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A .candor project to open."),
                                 QStringLiteral("[project]"));
    // For the README's screenshots: generate a small template dataset, save a picture of the window, quit.
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Generate a template sample, save a PNG of the window, quit."),
                                        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    candor::MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        QString error;
        if (!window.openProject(parser.positionalArguments().first(), &error))
            std::fprintf(stderr, "candor: %s\n", qPrintable(error));
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
