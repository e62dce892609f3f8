#!/bin/sh
# Installs what is missing (Debian packages only), builds Candor and starts the desktop app.
# Extra arguments are passed to candor.
set -eu
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target candor candor-cli
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "candor: no display found; starting on a virtual X server (xvfb-run)" >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" ./build/bin/candor "$@"
fi
exec ./build/bin/candor "$@"
