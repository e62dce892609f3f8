#!/bin/sh
# Renders the PNG icon sizes the package installs from candor.svg. Run it after changing the SVG and commit the
# results; building never renders, so it needs no SVG renderer. Needs rsvg-convert (Debian: librsvg2-bin).
set -eu
cd "$(dirname "$0")"
mkdir -p png
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" candor.svg --output "png/candor-$size.png"
done
