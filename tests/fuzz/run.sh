#!/bin/sh
# Builds the libFuzzer harnesses (clang, ASan + UBSan, in build-fuzz/) and runs them:
#   tests/fuzz/run.sh TARGET SECONDS [libFuzzer options...]   one harness, e.g. for a long run
#   tests/fuzz/run.sh all SECONDS                            every harness, as many at a time as there are CPUs
# TARGET is a name from tests/fuzz/CMakeLists.txt (sse, jsonl, httpstream, ...). The seed corpus in
# tests/fuzz/corpus/TARGET stays as committed: new inputs go to build-fuzz/corpus/TARGET, crashes (with the input
# that caused them) to build-fuzz/crashes/TARGET, libFuzzer's output to build-fuzz/logs/. Each harness prints
# "TARGET: N execs in S s (R exec/s)".
# Exit status 1 when any harness found a crash, a leak or undefined behaviour; 77 when clang is missing.
set -eu
cd "$(dirname "$0")/../.."
if [ $# -lt 2 ]; then
    echo "usage: $0 TARGET|all SECONDS [libFuzzer options...]" >&2
    exit 2
fi
target=$1
seconds=$2
shift 2
build=${CANDOR_FUZZ_BUILD:-build-fuzz}
cxx=${CANDOR_FUZZ_CXX:-clang++}
if ! command -v "$cxx" >/dev/null 2>&1; then
    echo "candor: $cxx not found; the fuzz harnesses need clang (packaging/install-deps.sh installs it)" >&2
    exit 77
fi
if [ "$target" = all ]; then
    # The names between "set(CANDOR_FUZZ_TARGETS" and ")" in tests/fuzz/CMakeLists.txt.
    targets=$(sed -n '/^set(CANDOR_FUZZ_TARGETS/,/)/p' tests/fuzz/CMakeLists.txt | tr -d '()' | tr -s ' \n' '\n' |
        grep -vx -e 'setCANDOR_FUZZ_TARGETS' -e '' | tr '\n' ' ')
else
    targets=$target
fi
if [ -z "${CANDOR_FUZZ_NO_BUILD:-}" ]; then
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
            -DCANDOR_FUZZ=ON -DCANDOR_BUILD_TESTS=OFF >/dev/null
    fi
    for t in $targets; do
        cmake --build "$build" --target "fuzz_$t" >/dev/null
    done
fi

if [ "$target" = all ]; then
    # Every harness at once up to the number of CPUs; each reports for itself.
    jobs=$(nproc 2>/dev/null || echo 2)
    printf '%s\n' $targets | CANDOR_FUZZ_NO_BUILD=1 xargs -P "$jobs" -I TARGET "$0" TARGET "$seconds" "$@"
    exit $?
fi

mkdir -p "$build/corpus/$target" "$build/crashes/$target" "$build/logs"
# One log per run: a smoke run beside a long run of the same harness must not write into the other's log.
log="$build/logs/$target-$(date +%Y%m%d-%H%M%S)-$$.log"
# Leaks count as failures (detect_leaks); every UBSan finding already aborts (-fno-sanitize-recover). An input that
# takes over 30 s fails too: the default 10 s took a starved process on a busy machine for a hang.
if ! ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=30 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/crashes/$target/" "$@" \
    "$build/corpus/$target" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
    echo "$target: FAILED, see $log and $build/crashes/$target/" >&2
    grep -E 'ERROR|runtime error|SUMMARY|Test unit written' "$log" | head -n 10 >&2
    exit 1
fi
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
elapsed=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
echo "$target: ${execs:-?} execs in ${elapsed:-$seconds} s (${rate:-?} exec/s)"
