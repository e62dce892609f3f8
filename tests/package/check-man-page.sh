#!/bin/sh
# Keeps candor-cli(1) in step with the program: every option that "candor-cli COMMAND --help" lists must be in
# the manual page, and every option the manual page names must exist.
#
# Usage: check-man-page.sh CANDOR_CLI MAN_PAGE_SOURCE
set -eu

cli=$1
page=$2
commands="generate validate ask models test key profile project export import report judge"

work=$(mktemp -d /tmp/candor-manpage.XXXXXX)
trap 'rm -rf "$work"' EXIT

# Options from the program: lines of --help that start with an option ("  -h, --help", "  --count <N>").
"$cli" --help >"$work/help" || true
for command in $commands; do
    "$cli" "$command" --help >>"$work/help" || { echo "FAIL: candor-cli $command --help exited $?" >&2; exit 1; }
done
# --help-all is Qt's own (QCommandLineParser::addHelpOption); candor-cli does not act on it, so it is not documented.
grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z0-9-]*' "$work/help" | grep -oE -- '--[a-z][a-z0-9-]*' |
    grep -vx -- '--help-all' | sort -u >"$work/program"

# Options from the manual page: roff writes each dash as \-.
sed 's/\\-/-/g' "$page" | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u >"$work/manual"

status=0
for option in $(comm -23 "$work/program" "$work/manual"); do
    echo "FAIL: candor-cli has $option but the manual page does not describe it" >&2
    status=1
done
for option in $(comm -13 "$work/program" "$work/manual"); do
    echo "FAIL: the manual page describes $option, which candor-cli does not have" >&2
    status=1
done
# Every command has its own entry (a .TP tag) under COMMANDS.
awk '/^\.SH /{inside = ($2 == "COMMANDS")} inside && tag {gsub(/"/, ""); print $2} {tag = inside && /^\.TP/}' \
    "$page" >"$work/entries"
for command in $commands; do
    grep -qx "$command" "$work/entries" || {
        echo "FAIL: the manual page has no entry for the $command command under COMMANDS" >&2
        status=1
    }
done
[ "$status" -ne 0 ] || echo "PASS: the manual page covers all $(wc -l <"$work/program") options of candor-cli"
exit "$status"
