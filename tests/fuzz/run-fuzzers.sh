#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, GOVTECH_FUZZ=ON) and runs each for a bounded time,
# seeded from samples/ and the kept regression inputs. Fails if any target finds a crash, a
# sanitizer report, a leak, a timeout or runs out of memory, and prints the reproducer.
#
#   tests/fuzz/run-fuzzers.sh [--build DIR] [--seconds N] [--only TARGET]...
#
# Defaults: build folder build-fuzz beside the sources, 42 seconds per target (ten targets:
# about seven minutes). Reproduce a finding with
#   LD_PRELOAD=$(clang++-14 -print-file-name=libclang_rt.asan-x86_64.so) DIR/fuzz/<target> FILE
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$root/build-fuzz"
seconds=42
only=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --only) only+=("$2"); shift 2 ;;
    *) echo "usage: $0 [--build DIR] [--seconds N] [--only TARGET]..." >&2; exit 2 ;;
  esac
done

compiler=$(command -v clang++-14 || command -v clang++ || true)
if [[ -z $compiler ]]; then
  echo "run-fuzzers: clang++ is needed (Debian: clang-14 libclang-rt-14-dev)" >&2
  exit 1
fi
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$compiler" \
  -DGOVTECH_FUZZ=ON >/dev/null
cmake --build "$build" --target govtech_fuzzers -j2 >/dev/null

targets=()
if [[ ${#only[@]} -gt 0 ]]; then
  targets=("${only[@]}")
else
  for path in "$build"/fuzz/fuzz-*; do
    [[ -x $path && -f $path ]] && targets+=("$(basename "$path")")
  done
fi
if [[ ${#targets[@]} -eq 0 ]]; then
  echo "run-fuzzers: no fuzz targets were built in $build/fuzz" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts="$build/fuzz-findings"
mkdir -p "$artifacts"

# Sanitizer reports abort the target; leaks are checked after each input. The sanitizer
# runtime is a shared library (plugins share it); libFuzzer pulls in libstdc++ ahead of it,
# so it is preloaded to come first, as ASan requires.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
runtime=$("$compiler" -print-file-name=libclang_rt.asan-x86_64.so)

failed=0
summary=""
for target in "${targets[@]}"; do
  reader=${target#fuzz-}
  reader=${reader%%-to-*}
  case $reader in
    markdown) patterns=("$root"/samples/*.md) ;;
    text) patterns=("$root"/samples/*.txt) ;;
    html) patterns=("$root"/tests/html-reader/inputs/*.html) ;;
    *) patterns=() ;;
  esac
  corpus="$work/$target-corpus"
  mkdir -p "$corpus" "$artifacts/$target"
  # Seeds: the samples of the reader's format, the seeds of tables and images, then every kept
  # regression input.
  for seed in "${patterns[@]}" "$root"/tests/fuzz/seeds/*.md "$root"/tests/fuzz/regressions/*; do
    [[ -f $seed && $seed != *.why && $seed != */README.md ]] && cp "$seed" "$corpus/"
  done
  dict=()
  [[ -f $root/tests/fuzz/$reader.dict ]] && dict=(-dict="$root/tests/fuzz/$reader.dict")
  log="$work/$target.log"
  status=0
  LD_PRELOAD=$runtime "$build/fuzz/$target" "$corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$target/" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if [[ $status -ne 0 ]]; then
    failed=1
    reproducer=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    echo "=== $target FAILED (exit $status)" >&2
    grep -E 'ERROR|fuzz target|SUMMARY|==[0-9]+==' "$log" | head -20 >&2 || true
    echo "reproducer: ${reproducer:-none written; see the log below}" >&2
    echo "replay: LD_PRELOAD=$runtime $build/fuzz/$target ${reproducer:-FILE}" >&2
    [[ -z $reproducer ]] && tail -30 "$log" >&2
    summary+=$(printf '%-28s FAILED  %10s runs  %s' "$target" "${runs:-?}" "${reproducer:-}")$'\n'
  else
    summary+=$(printf '%-28s ok      %10s runs' "$target" "${runs:-?}")$'\n'
  fi
done
printf '\n%s' "$summary"
exit $failed
