#pragma once

class QApplication;
class QColor;
class QPalette;
class QString;

namespace candor {

enum class ColourScheme
{
    Light,
    Dark
};

// Which scheme the desktop asks for: CANDOR_COLOR_SCHEME=light|dark first, then GNOME's color-scheme setting
// (read with gsettings; Qt 6.4 has no API for it), then the brightness of the palette Qt already has (a KDE or
// other platform theme sets a dark palette itself).
ColourScheme systemColourScheme(const QPalette &current);

// Candor's dark palette on the Fusion style: Qt's own default is light whatever the desktop says.
QPalette darkPalette();

// A light wash over a reviewed row (0 pending, 1 accepted, 2 rejected; int(ReviewStatus)): translucent, so the
// text stays readable on light and dark bases and on alternating row colours. Invalid for pending rows.
QColor reviewTint(int status);

// Follows the desktop's light or dark scheme. Call once, before the first window is shown.
void applySystemColourScheme(QApplication &app);

} // namespace candor
