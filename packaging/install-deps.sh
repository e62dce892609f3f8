#!/bin/sh
# Installs the Debian 12 packages Candor needs to build, test and run.
# Only packages that are not installed yet are fetched, so a prepared machine is left alone.
set -eu

# The fourth line is for the package test: the .deb's run-time Qt plugins, appstreamcli and desktop-file-validate.
# qt6-translations-l10n: Qt's own strings (standard buttons, file dialogs) in the UI language.
# git, clang-tidy, clang-format: the lint tests (tests/tools/check-tidy.sh, check-format.sh).
# xdotool, openbox: the scripted walk of the real window under Xvfb (tests/walk/window-walk.sh).
# clang, libclang-rt-14-dev (libFuzzer and the sanitizer runtimes): the fuzz harnesses (tests/fuzz/run.sh).
# chromium: tst_qualityreport opens the dataset report in a real browser (headless) and reads back its DOM.
PACKAGES="cmake ninja-build g++ dpkg-dev file pkg-config qt6-base-dev libqt6opengl6-dev qt6-tools-dev
qt6-l10n-tools qt6-websockets-dev qt6-charts-dev qtkeychain-qt6-dev
libsecret-1-0 gnome-keyring dbus-daemon dbus-x11 xvfb xauth imagemagick fonts-dejavu-core
qt6-qpa-plugins appstream desktop-file-utils qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev
git clang-tidy clang-format
xdotool openbox clang libclang-rt-14-dev chromium"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "candor: all build dependencies are installed"
    exit 0
fi

echo "candor: installing$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
