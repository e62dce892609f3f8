#!/bin/sh
# Installs what is missing (Debian packages only), builds Candor with warnings as errors and runs every
# test headless: offscreen widgets, a private HOME, and a private D-Bus session with a fresh, unlocked
# gnome-keyring so keychain tests talk to a real Secret Service without touching the user's own.
set -eu
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCANDOR_WERROR=ON >/dev/null
cmake --build build

sandbox=$(mktemp -d /tmp/candor-tests.XXXXXX)
trap 'rm -rf "$sandbox"' EXIT INT TERM
mkdir -p "$sandbox/home" "$sandbox/runtime" "$sandbox/data" "$sandbox/config" "$sandbox/cache"
chmod 700 "$sandbox/runtime"
unset DBUS_SESSION_BUS_ADDRESS
export HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/runtime" XDG_DATA_HOME="$sandbox/data"
export XDG_CONFIG_HOME="$sandbox/config" XDG_CACHE_HOME="$sandbox/cache"
export QT_QPA_PLATFORM=offscreen
# The suites expect English: the caller's language (LANGUAGE=de, LC_ALL=fr_FR.UTF-8) must not leak into them.
export LANG=C.UTF-8 LANGUAGE=
unset LC_ALL LC_MESSAGES CANDOR_LANGUAGE

cd build
# The keyring password only unlocks this throw-away test keyring.
dbus-run-session -- sh -c 'printf %s candor-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh ctest --output-on-failure --timeout 900 "$@"
