#!/bin/sh
# Runs clang-tidy (.clang-tidy at the root) over Candor's own sources with the compile commands of a build tree
# and fails on any finding.
#
#     tests/tools/check-tidy.sh [--all] [BUILD_DIR]     (default: build; CANDOR_TIDY_JOBS=2 files at a time)
#
# The whole tree takes about 14 minutes on two cores, too long for every test run, so by default it checks the
# .cpp files changed since the merge base with main (CANDOR_TIDY_BASE overrides main), plus the .cpp beside every
# changed header. --all, or a checkout without that base, checks every file.
set -eu
cd "$(dirname "$0")/../.."
root=$(pwd)
all=false
if [ "${1:-}" = "--all" ]; then
    all=true
    shift
fi
build=${1:-build}
base_ref=${CANDOR_TIDY_BASE:-main}
jobs=${CANDOR_TIDY_JOBS:-2}
CLANG_TIDY=${CLANG_TIDY:-clang-tidy}
if ! command -v "$CLANG_TIDY" >/dev/null 2>&1; then
    echo "check-tidy: $CLANG_TIDY not found (packaging/install-deps.sh installs it)" >&2
    exit 1
fi
if [ ! -f "$build/compile_commands.json" ]; then
    echo "check-tidy: $build/compile_commands.json is missing; configure with CMake first" >&2
    exit 1
fi
# The tree must be built: sources include moc and uic output.
# The sources to check that the build compiles (a file not in compile_commands.json has no flags to check with).
files=$(mktemp)
log=$(mktemp)
trap 'rm -f "$files" "$log"' EXIT INT TERM
if ! $all; then
    if base=$(git merge-base HEAD "$base_ref" 2>/dev/null); then
        # On the base itself (CI's clone of main), the files the last commit changed: what just landed.
        if [ "$base" = "$(git rev-parse HEAD)" ] && git rev-parse -q --verify HEAD~1 >/dev/null; then
            base=$(git rev-parse HEAD~1)
        fi
        changed=$(git diff --name-only --diff-filter=d "$base" -- '*.cpp' '*.h'; git ls-files --others --exclude-standard -- '*.cpp' '*.h')
        wanted=$(printf '%s\n' "$changed" | sed -n 's/\.h$/.cpp/p; /\.cpp$/p' | sort -u)
        echo "check-tidy: files changed since $(git rev-parse --short "$base") ($base_ref)"
    else
        echo "check-tidy: no merge base with $base_ref; checking every file"
        all=true
    fi
fi
git ls-files --cached --others --exclude-standard -- '*.cpp' | while read -r f; do
    if ! $all && ! printf '%s\n' "$wanted" | grep -qxF "$f"; then
        continue
    fi
    if grep -q "\"file\": \"$root/$f\"" "$build/compile_commands.json"; then
        printf '%s\n' "$root/$f"
    fi
done >"$files"
count=$(wc -l <"$files")
if [ "$count" -eq 0 ]; then
    echo "check-tidy: no C++ source to check"
    exit 0
fi
start=$(date +%s)
status=0
# GCC 12 builds C++17 without a -std flag in the compile commands, so clang would fall back to its C++14; and
# clang's -Wpedantic objects to Qt's own qCDebug(category) << ... macros, which GCC accepts.
xargs -P "$jobs" -n 1 "$CLANG_TIDY" -p "$build" --quiet --extra-arg=-std=c++17 \
    --extra-arg=-Wno-gnu-zero-variadic-macro-arguments <"$files" 2>"$log" || status=$?
# clang-tidy counts the warnings it filtered out of Qt's headers on stderr; only real errors are worth showing.
grep -v ' generated\.$' "$log" >&2 || true
if [ "$status" -eq 0 ]; then
    echo "check-tidy: $count files clean in $(($(date +%s) - start)) s"
else
    echo "check-tidy: findings above (each is an error; fix it or narrow .clang-tidy with a reason)" >&2
    exit 1
fi
