// candor: the desktop application.
#include "mainwindow.h"

#include "config.h"

#include <QApplication>
#include <QCommandLineParser>

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
    parser.process(app);

    candor::MainWindow window;
    window.show();
    return app.exec();
}
