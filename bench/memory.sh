#!/usr/bin/env bash
# Peak memory of `autodiag batch` on N responses and on FACTOR × N: the
# second set is FACTOR folders of symbolic links to the first one's files, so
# that it costs no generation time and no disk (docs/performance.md).
#
#   bench/memory.sh [N=10000] [FACTOR=10] [JOBS=$(nproc)]
#
# Expects the responses of bench/run.sh N (same BUILD and DATA variables).
set -euo pipefail
count=${1:-10000}
factor=${2:-10}
jobs=${3:-$(nproc)}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build-bench}
data=${DATA:-/tmp/autodiag-bench}/$count
many=${DATA:-/tmp/autodiag-bench}/$count-x$factor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$data/.complete" ] || { echo "bench: run bench/run.sh $count first" >&2; exit 1; }
if [ ! -f "$many/.complete" ]; then
  rm -rf "$many"
  for copy in $(seq 1 "$factor"); do
    mkdir -p "$many/copy-$copy"
    cp -rs "$data/." "$many/copy-$copy/"
  done
  touch "$many/.complete"
fi
for set in "$data" "$many"; do
  /usr/bin/time -f '%e %M' -o "$work/time" "$build/autodiag" batch "$set" -j"$jobs" -o "$work/out" >"$work/stdout"
  read -r seconds kib <"$work/time"
  printf '%8d responses: %6.1f s, peak RSS %.1f MiB\n' "$(($(wc -l <"$work/out/scores.csv") - 1))" "$seconds" \
    "$(echo "$kib / 1024" | bc -l)"
done
