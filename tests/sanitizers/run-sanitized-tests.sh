#!/usr/bin/env bash
# Builds the project with -fsanitize=address,undefined and runs its unit tests. Any sanitizer
# report fails the run: errors abort (-fno-sanitize-recover), leaks fail at exit.
set -euo pipefail
source_dir=$1 build_dir=$2 cmake=$3 ctest=$4

"$cmake" -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug \
  -DGOVTECH_SANITIZE=address,undefined -DGOVTECH_WERROR=ON >/dev/null
"$cmake" --build "$build_dir" -j2 >/dev/null

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$build_dir"
"$ctest" -L unit --output-on-failure -j2
