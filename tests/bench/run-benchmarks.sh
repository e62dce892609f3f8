#!/bin/sh
# Candor's benchmarks. Prints one line per figure; README.md records the figures measured on the
# reference machine (2 cores). Usage: tests/bench/run-benchmarks.sh [BUILD_DIR]
set -eu
cd "$(dirname "$0")/../.."
build=${1:-build}
if [ ! -x "$build/bin/candor-cli" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" --target candor-cli
fi
cli="$build/bin/candor-cli"
work=$(mktemp -d /tmp/candor-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT INT TERM

now() { date +%s.%N; }
# Arithmetic with awk: bc is not on every fresh machine.
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }

# 1. Template generation: 1,000,000 rows to a JSONL file through candor-cli, end to end (process start,
#    bank load, generation, encoding, atomic write). Best and median of 5 runs.
rows=1000000
runs=""
for i in 1 2 3 4 5; do
    rm -f "$work/bench.jsonl"
    start=$(now)
    "$cli" generate --mode template --count $rows --seed $i --out "$work/bench.jsonl" --quiet
    end=$(now)
    runs="$runs $(calc "$end - $start")"
done
size=$(stat -c %s "$work/bench.jsonl")
lines=$(wc -l < "$work/bench.jsonl")
[ "$lines" -eq $rows ] || { echo "expected $rows lines, got $lines" >&2; exit 1; }
sorted=$(echo $runs | tr ' ' '\n' | sort -n)
best=$(echo "$sorted" | head -1)
median=$(echo "$sorted" | sed -n 3p)
printf 'template generation: %d rows (%d MB) in %.3f s best / %.3f s median -> %.0f rows/s best, %.0f rows/s median\n' \
    $rows $((size / 1000000)) "$best" "$median" "$(calc "$rows / $best")" "$(calc "$rows / $median")"

# Same with meta and search hints (bigger rows).
start=$(now)
"$cli" generate --mode template --count $rows --with-meta --search-hints --out "$work/meta.jsonl" --quiet
end=$(now)
t=$(calc "$end - $start")
printf 'template generation with meta + search hints: %d rows in %.3f s -> %.0f rows/s\n' $rows "$t" \
    "$(calc "$rows / $t")"

# Validation of the same file.
start=$(now)
# A million template rows repeat some prompts (each template's space is finite), so validate reports duplicates
# and exits 1; the figure here is its speed.
"$cli" validate "$work/bench.jsonl" >/dev/null || true
end=$(now)
t=$(calc "$end - $start")
printf 'validate: %d rows in %.3f s -> %.0f rows/s\n' $rows "$t" "$(calc "$rows / $t")"

# 2. The generation engine in real time against a local OpenAI-style server (bench-provider, run as its own
#    process so only the client's CPU is counted): throughput at concurrency 16 against concurrency 1, a limit of
#    600 requests/min answered with 429 + Retry-After, client CPU while streaming, and the engine's overhead: the
#    same streamed workload through Candor and through a minimal reference client, side by side, with a timeline
#    of each (README, "Reading the timeline"). One line per figure with its target and PASS or FAIL; the script
#    exits 1 when a target is missed.
cmake --build "$build" --target bench_engine
"$build/bin/bench_engine"

# 3. The spot-check table at 1,000,000 rows (bench_preview, offscreen widgets): the template file from step 1 loaded
#    on a worker thread into the store, model, filter proxy and a shown table; text filters from keystroke to painted
#    result, sorting by level and by prompt, incremental updates, scrolling with a repaint per frame. One line per
#    figure, each with the longest time the GUI thread could not respond.
cmake --build "$build" --target bench_preview
QT_QPA_PLATFORM=offscreen "$build/bin/bench_preview" "$work/bench.jsonl"
# (bench_preview FILE duplicates stops after the load and the Duplicate flag's scan.)
# The same table over 200,000 contrast ladders (1,000,000 rows with meta): also one ladder shown with L.
"$cli" generate --mode template --count 1000000 --ladders all --with-meta --out "$work/ladders.jsonl" --quiet
QT_QPA_PLATFORM=offscreen "$build/bin/bench_preview" "$work/ladders.jsonl"

# 4. The project database at 1,000,000 rows (bench_workspace): a template run with and without a project open (three
#    of each, alternating), opening the project (first rows, whole load, resident memory, in a process of its own),
#    one committed review action, and a bulk accept of every row.
cmake --build "$build" --target bench_workspace
"$build/bin/bench_workspace" 1000000

# 5. Near-duplicate detection (bench_neardup): the prompts of 1,000,000 template rows normalised, indexed (MinHash,
#    16 bands x 8 rows) and checked against the earlier prompts of their level, three times; target <= 10 s each.
cmake --build "$build" --target bench_neardup
"$build/bin/bench_neardup" 1000000 3
