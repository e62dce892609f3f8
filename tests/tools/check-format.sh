#!/bin/sh
# Fails when a tracked C++ file differs from what clang-format makes of it (.clang-format at the root), and
# names the file and line; `clang-format -i FILE` fixes it.
set -eu
cd "$(dirname "$0")/../.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
if ! command -v "$CLANG_FORMAT" >/dev/null 2>&1; then
    echo "check-format: $CLANG_FORMAT not found (packaging/install-deps.sh installs it)" >&2
    exit 1
fi
git ls-files -z -- '*.cpp' '*.h' | xargs -0 "$CLANG_FORMAT" --dry-run --Werror
echo "check-format: $(git ls-files -- '*.cpp' '*.h' | wc -l) files formatted"
