#include "theme.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QProcess>
#include <QStandardPaths>
#include <QStyleFactory>

namespace candor {
using namespace Qt::StringLiterals;

namespace {
// GNOME's answer, or nothing when it cannot be asked.
QString gnomeColourScheme()
{
    const QString gsettings = QStandardPaths::findExecutable(u"gsettings"_s);
    if (gsettings.isEmpty())
        return {};
    QProcess process;
    process.start(gsettings, {u"get"_s, u"org.gnome.desktop.interface"_s, u"color-scheme"_s});
    // Bounded: a broken dconf must not hold the start-up for long.
    if (!process.waitForFinished(1000) || process.exitCode() != 0) {
        process.kill();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed().remove(u'\'');
}
} // namespace

QColor reviewTint(int status)
{
    // Green and red at about a fifth opacity: visible on white and on #2a2a2a, never louder than the text.
    switch (status) {
    case 1:
        return QColor(46, 160, 67, 56);
    case 2:
        return QColor(218, 54, 51, 56);
    default:
        return {};
    }
}

ColourScheme systemColourScheme(const QPalette &current)
{
    const QString wanted = qEnvironmentVariable("CANDOR_COLOR_SCHEME").trimmed().toLower();
    if (wanted == u"dark"_s)
        return ColourScheme::Dark;
    if (wanted == u"light"_s)
        return ColourScheme::Light;
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    if (desktop.contains(u"GNOME"_s, Qt::CaseInsensitive) || desktop.contains(u"Unity"_s, Qt::CaseInsensitive) ||
        desktop.contains(u"Budgie"_s, Qt::CaseInsensitive) || desktop.contains(u"Cinnamon"_s, Qt::CaseInsensitive)) {
        const QString scheme = gnomeColourScheme();
        if (scheme == u"prefer-dark"_s)
            return ColourScheme::Dark;
        if (!scheme.isEmpty())
            return ColourScheme::Light;
    }
    return current.color(QPalette::Window).lightness() < 128 ? ColourScheme::Dark : ColourScheme::Light;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x6f, 0xb5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4c, 0x50));
    // A disabled field must not look like one that takes typing: it sits on the window's colour, not the dark
    // field colour of an editable one (the Endpoint and Model fields in Templates mode).
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    return p;
}

void applySystemColourScheme(QApplication &app)
{
    const QPalette current = QApplication::palette();
    const bool alreadyDark = current.color(QPalette::Window).lightness() < 128;
    if (systemColourScheme(current) != ColourScheme::Dark || alreadyDark)
        return; // light, or a platform theme has already made Qt dark
    // Fusion draws everything from the palette, so every widget follows it.
    app.setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(darkPalette());
}

} // namespace candor
