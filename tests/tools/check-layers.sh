#!/bin/sh
# Fails when an include in core climbs a layer: each folder of core may include only the folders below it
# (CONTRIBUTING.md, "The layers"), and core never includes ui/ or app/ code.
set -eu
root=${1:-$(dirname "$0")/../..}
cd "$root/core"
allowed() {
    case $1 in
    i18n | text | util) echo "" ;;
    dataset | secrets) echo "i18n" ;;
    providers) echo "text util i18n" ;;
    storage) echo "dataset text i18n" ;;
    generation) echo "dataset secrets providers storage text util i18n" ;;
    session) echo "dataset secrets providers storage generation text util i18n" ;;
    *) echo "UNKNOWN" ;;
    esac
}
status=0
for dir in */; do
    dir=${dir%/}
    ok=$(allowed "$dir")
    if [ "$ok" = UNKNOWN ]; then
        echo "core/$dir: a new folder; give it its place in tests/tools/check-layers.sh and CONTRIBUTING.md"
        status=1
        continue
    fi
    for file in "$dir"/*.h "$dir"/*.cpp; do
        [ -e "$file" ] || continue
        for inc in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$file"); do
            case $inc in
            config.h | ui_*.h) continue ;;
            */*) room=${inc%%/*} ;;
            *)
                echo "$file: #include \"$inc\" does not name its folder"
                status=1
                continue
                ;;
            esac
            [ "$room" = "$dir" ] && continue
            case " $ok " in
            *" $room "*) ;;
            *)
                echo "$file: #include \"$inc\" climbs from $dir/ to $room/"
                status=1
                ;;
            esac
        done
    done
done
exit $status
