#!/usr/bin/env bash
# Peak memory of `autodiag batch --plans --benchmark`, which must not grow
# with the responses' text (docs/performance.md). N generated responses whose
# free-text answer (the debate topics) is 32 KiB long: with `--plans` alone
# (each plan written as its response is scored, the reference) and with
# `--plans --benchmark` (plans written by a second walk once the cohort is
# known); then FACTOR × N of them (folders of symbolic links to the same
# files) with `--plans --benchmark`. Prints each run's peak RSS and the
# ratios, all measured in this run.
#
#   bench/benchmark_memory.sh [N=600] [FACTOR=4] [JOBS=2]
#
# Environment: BUILD (build folder holding autodiag, default build-bench;
# built in Release when missing), DATA (default /tmp/autodiag-bench).
set -euo pipefail
count=${1:-600}
factor=${2:-4}
jobs=${3:-2}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build-bench}
data=${DATA:-/tmp/autodiag-bench}/benchmark-$count
many=$data-x$factor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
if [ ! -x "$build/autodiag" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" --target autodiag -j2 >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
fi
if [ ! -f "$data/.complete" ]; then
  rm -rf "$data"
  python3 "$root/bench/generate.py" "$count" "$data/short" >/dev/null
  # Each free-text answer 32 KiB long: what a response may hold (minutes of
  # a meeting pasted in), kept in memory while the response is parsed.
  python3 - "$data/short" "$data/long" <<'PY'
import os, re, sys
short, long_dir = sys.argv[1], sys.argv[2]
text = ("Ordre du jour de l'assemblée, débat sur le projet associatif. " * 600)[:32768]
grown = 0
for folder, _, files in os.walk(short):
    for name in files:
        source = os.path.join(folder, name)
        target = os.path.join(long_dir, os.path.relpath(source, short))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(source, encoding="utf-8") as f:
            content = f.read()
        content, n = re.subn(r'^  ag_debate_topics: ".*"$', f'  ag_debate_topics: "{text}"', content, flags=re.M)
        grown += n
        with open(target, "w", encoding="utf-8") as f:
            f.write(content)
print(f"{grown} of the responses hold 32 KiB of text")
PY
  touch "$data/.complete"
fi
if [ ! -f "$many/.complete" ]; then
  rm -rf "$many"
  for copy in $(seq 1 "$factor"); do
    mkdir -p "$many/copy-$copy"
    cp -rs "$data/long/." "$many/copy-$copy/"
  done
  touch "$many/.complete"
fi

# Peak RSS in KiB of one batch run (its exit code only says whether some
# input was invalid; the summary says whether it ran).
peak() {
  local set=$1
  shift
  rm -rf "$work/out"
  /usr/bin/time -f '%M' -o "$work/time" "$build/autodiag" batch "$set" -j"$jobs" -o "$work/out" --plans "$@" \
    >/dev/null 2>&1 || true
  [ -f "$work/out/summary.md" ] || { echo "bench: batch failed on $set" >&2; exit 1; }
  cat "$work/time"
}
plans=$(peak "$data/long")
bench=$(peak "$data/long" --benchmark)
bench_many=$(peak "$many" --benchmark)
mib() { echo "scale=1; $1 / 1024" | bc; }
ratio() { echo "scale=2; $1 / $2" | bc; }
printf 'peak RSS, -j%d: %d responses: --plans %s MiB, --plans --benchmark %s MiB; %d responses: --plans --benchmark %s MiB\n' \
  "$jobs" "$count" "$(mib "$plans")" "$(mib "$bench")" "$((count * factor))" "$(mib "$bench_many")"
printf 'ratios: --benchmark / --plans alone %s; --benchmark on %d x the responses (and their text) / on N %s\n' \
  "$(ratio "$bench" "$plans")" "$factor" "$(ratio "$bench_many" "$bench")"
