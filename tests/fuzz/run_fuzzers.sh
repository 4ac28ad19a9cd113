#!/usr/bin/env bash
# Runs every libFuzzer target of BUILD_DIR for SECONDS each, two at a time,
# on a corpus made of its seeds (make_corpus.py) and its kept crash inputs
# (regressions/TARGET/). A crash, leak or sanitizer report fails the run;
# the input that caused it is left in BUILD_DIR/fuzz/TARGET/ (crash-*), to
# be kept under regressions/TARGET/ once fixed.
# Usage: run_fuzzers.sh BUILD_DIR SECONDS
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "$1" && pwd)" seconds="$2"
targets=(yaml questionnaire response condition csv template)

run_one() {
  local target="$1" work="$build/fuzz/$1"
  rm -rf "$work/corpus"
  mkdir -p "$work/corpus"
  python3 "$here/make_corpus.py" "$target" "$work/corpus"
  if [ -d "$here/regressions/$target" ]; then cp "$here/regressions/$target"/* "$work/corpus/" 2>/dev/null || true; fi
  (cd "$work" && "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -dict="$here/dict/$target.dict" -print_final_stats=1 corpus >"$work/log" 2>&1)
}

status=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  pids=()
  for target in "${targets[@]:i:2}"; do
    run_one "$target" &
    pids+=("$!:$target")
  done
  for entry in "${pids[@]}"; do
    if wait "${entry%%:*}"; then
      target="${entry#*:}"
      echo "fuzz/$target: $(grep -E '^stat::(number_of_executed_units|average_exec_per_sec)' "$build/fuzz/$target/log" |
        tr '\n' ' ') corpus $(ls "$build/fuzz/$target/corpus" | wc -l) files"
    else
      target="${entry#*:}"
      echo "fuzz/$target: FAILED, see $build/fuzz/$target/log" >&2
      tail -40 "$build/fuzz/$target/log" >&2
      status=1
    fi
  done
done
exit $status
