#!/usr/bin/env bash
# The whole flow through the real window, driven the way a person drives it: keys and typing sent with xdotool to
# candor on a virtual 1280x800 X screen (Xvfb) with a window manager (openbox).
#
#   start -> Rows: 50000 typed into the field -> Ctrl+Return (a template run of four 16,384-row chunks)
#   -> Alt+1 to the table, A A R A Up U -> Ctrl+E, "JSONL with meta", a path typed, Return
#   -> Ctrl+Shift+O, the export's path typed, Return -> Ctrl+E again to a second file -> Ctrl+Q, Discard
#
# Both exports are read back and checked with exact counts: 50,000 rows, 10,000 per level, two accepted, one
# rejected, the rest pending, the reviewed rows where the keys put them, and the reopened dataset exported
# unchanged. Usage: window-walk.sh CANDOR_BINARY. Exits 77 (skipped) when Xvfb, xdotool or openbox is missing.
set -euo pipefail

candor=$(readlink -f "$1")
for tool in Xvfb xdotool openbox python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "window-walk: $tool is not installed (packaging/install-deps.sh installs it); skipped"
        exit 77
    fi
done

work=$(mktemp -d /tmp/candor-walk.XXXXXX)
pids=()
cleanup() {
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ "${keep:-0}" = 0 ]; then rm -rf "$work"; else echo "window-walk: kept $work"; fi
}
trap cleanup EXIT

display=120
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=":$display"
for _ in $(seq 1 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

# A private home: the walk starts as a first start does, with no settings, recent files or saved layout.
mkdir -p "$work/home/Documents" "$work/runtime"
chmod 700 "$work/runtime"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8 LANGUAGE=
unset QT_QPA_PLATFORM LC_ALL LC_MESSAGES CANDOR_LANGUAGE
openbox >"$work/openbox.log" 2>&1 &
pids+=($!)
sleep 0.5

"$candor" >"$work/candor.log" 2>&1 &
candor_pid=$!
pids+=($candor_pid)

fail() {
    echo "window-walk: FAILED: $*" >&2
    import -window root "$work/failure.png" 2>/dev/null && echo "window-walk: screen at $work/failure.png" >&2
    echo "--- candor's output" >&2
    cat "$work/candor.log" >&2
    keep=1
    exit 1
}

window=""
for _ in $(seq 1 300); do
    window=$(xdotool search --name 'Candor$' 2>/dev/null | tail -n 1) && [ -n "$window" ] && break
    sleep 0.1
done
[ -n "$window" ] || fail "no Candor window after 30 s"
xdotool windowactivate --sync "$window" >/dev/null 2>&1 || true
sleep 1

key() {
    for k in "$@"; do
        xdotool key --clearmodifiers "$k"
        sleep 0.2
    done
}
type_text() { xdotool type --delay 30 "$1"; }
# Waits until FILE exists and has stopped growing: an export is renamed into place when it is complete.
wait_for_file() {
    local file=$1 last=-1 size
    for _ in $(seq 1 300); do
        if [ -f "$file" ]; then
            size=$(stat -c %s "$file")
            [ "$size" = "$last" ] && return 0
            last=$size
        fi
        sleep 0.2
    done
    fail "$file was not written within 60 s"
}

# Rows: Alt+R is the field's mnemonic; typing replaces the count and Tab commits it (the levels stay balanced).
key alt+r ctrl+a
type_text 50000
key Tab
key ctrl+Return
sleep 8 # 50,000 template rows take well under a second to make; the table takes them in chunks

# Review on the table: accept rows 1 and 2, reject 3, accept 4, go back up to it and mark it unreviewed.
key alt+1 a a r a Up u

export_to() {
    key ctrl+e
    sleep 1
    key alt+f Home Down # "JSONL with meta": the review status travels with the rows
    key alt+s ctrl+a
    type_text "$1"
    key Return
    wait_for_file "$1"
    sleep 0.5
    key Escape
}
export_to "$work/first.jsonl"

# Reopen what was exported, as a reviewer continuing tomorrow would, and export it again.
key ctrl+shift+o
sleep 1
type_text "$work/first.jsonl"
key Return
sleep 6
export_to "$work/second.jsonl"

# The settings changed (Rows) and were never saved as a project: quitting asks, and Discard answers.
key ctrl+q
sleep 0.5
key Tab Return # from Save (the default) to Discard
for _ in $(seq 1 50); do kill -0 "$candor_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$candor_pid" 2>/dev/null && fail "candor did not quit on Ctrl+Q"

python3 - "$work/first.jsonl" "$work/second.jsonl" <<'EOF' || fail "the exported files do not hold what the walk did"
import collections, json, sys

def read(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    levels = collections.Counter(r["target_reward"] for r in rows)
    statuses = collections.Counter(r["meta"].get("status", "pending") for r in rows)
    return rows, levels, statuses

ok = True
def check(what, got, want):
    global ok
    if got != want:
        print(f"window-walk: {what}: {got!r}, expected {want!r}", file=sys.stderr)
        ok = False

first, levels, statuses = read(sys.argv[1])
check("rows", len(first), 50000)
check("rows per level", dict(levels), {-2: 10000, -1: 10000, 0: 10000, 1: 10000, 2: 10000})
check("statuses", dict(statuses), {"accepted": 2, "rejected": 1, "pending": 49997})
check("first four statuses", [r["meta"]["status"] for r in first[:4]], ["accepted", "accepted", "rejected", "pending"])
check("distinct ids", len({r["meta"]["id"] for r in first}), 50000)

second, levels2, statuses2 = read(sys.argv[2])
check("rows after reopening", len(second), 50000)
check("rows per level after reopening", dict(levels2), dict(levels))
check("statuses after reopening", dict(statuses2), dict(statuses))
check("ids after reopening", [r["meta"]["id"] for r in second], [r["meta"]["id"] for r in first])
sys.exit(0 if ok else 1)
EOF
echo "window-walk: 50,000 rows made, reviewed (2 accepted, 1 rejected), exported, reopened and exported again"
