#!/usr/bin/env bash
# CSV benchmark: the same N responses scored from N YAML files and from one
# CSV export, in the same run (time and peak memory, and their ratio), then
# the CSV repeated FACTOR times (N × FACTOR rows) to show that memory stays
# flat however long the export (docs/performance.md).
#
#   bench/csv.sh [N=20000] [FACTOR=50] [JOBS=$(nproc)]
#
# Environment: BUILD (default build-bench), DATA (default /tmp/autodiag-bench;
# the YAML responses are shared with bench/run.sh), AUTODIAG (a binary to use
# instead of building one in Release).
set -euo pipefail
count=${1:-20000}
factor=${2:-50}
jobs=${3:-$(nproc)}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build-bench}
data=${DATA:-/tmp/autodiag-bench}/$count
csv=${DATA:-/tmp/autodiag-bench}/$count.csv
many=${DATA:-/tmp/autodiag-bench}/$count-x$factor.csv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

autodiag=${AUTODIAG:-$build/autodiag}
if [ -z "${AUTODIAG:-}" ]; then
  echo "== build (Release) in $build"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" --target autodiag -j"$jobs" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
fi

if [ ! -f "$data/.complete" ]; then
  echo "== generating $count responses in $data"
  rm -rf "$data"
  python3 "$root/bench/generate.py" "$count" "$data"
  touch "$data/.complete"
fi
if [ ! -f "$csv" ] || [ "$data/.complete" -nt "$csv" ] || [ "$root/bench/to_csv.py" -nt "$csv" ]; then
  echo "== writing them as one CSV export"
  python3 "$root/bench/to_csv.py" "$data" "$csv"
fi
if [ ! -f "$many" ] || [ "$csv" -nt "$many" ]; then
  { head -n 1 "$csv"; for _ in $(seq 1 "$factor"); do tail -n +2 "$csv"; done; } >"$many"
fi
cat "$csv" >/dev/null
find "$data" -type f -exec cat {} + >/dev/null

# run NAME INPUT: wall seconds, CPU seconds and peak RSS (KiB) in $work/NAME.
run() {
  /usr/bin/time -f '%e %U %S %M' -o "$work/$1.time" "$autodiag" batch "$2" -j"$jobs" -o "$work/$1" \
    >"$work/$1.stdout" || true
  read -r wall user sys kib <"$work/$1.time"
  echo "$wall $(echo "$user + $sys" | bc -l) $kib" >"$work/$1.figures"
}
run yaml "$data"
run csv "$csv"

# The two paths must agree: the same rows but for the source, and the status,
# which a YAML file declares and a CSV row gets from its required answers.
scores_of() { awk -F, '{ $1 = ""; $5 = ""; print }' OFS=, "$1"; }
scores_of "$work/yaml/scores.csv" >"$work/yaml.scores"
scores_of "$work/csv/scores.csv" >"$work/csv.scores"
compared=$(($(wc -l <"$work/csv.scores") - 1))
if [ "$compared" -ne "$count" ] || ! cmp -s "$work/yaml.scores" "$work/csv.scores"; then
  echo "bench: the CSV and YAML paths give different scores" >&2
  diff "$work/yaml.scores" "$work/csv.scores" | head -5 >&2
  exit 1
fi
run many "$many"

read -r yw yc yk <"$work/yaml.figures"
read -r cw cc ck <"$work/csv.figures"
read -r mw mc mk <"$work/many.figures"
rows=$(($(wc -l <"$work/many/scores.csv") - 1))
printf '%-34s %9s %9s %10s\n' "" "wall (s)" "CPU (s)" "RSS (MiB)"
printf '%-34s %9.2f %9.2f %10.1f\n' "$count YAML files" "$yw" "$yc" "$(echo "$yk / 1024" | bc -l)"
printf '%-34s %9.2f %9.2f %10.1f\n' "one CSV, $count rows" "$cw" "$cc" "$(echo "$ck / 1024" | bc -l)"
printf '%-34s %9.2f %9.2f %10.1f\n' "one CSV, $rows rows" "$mw" "$mc" "$(echo "$mk / 1024" | bc -l)"
printf 'CSV / YAML: wall %.2f, CPU %.2f, RSS %.2f (same %d responses, -j%d; scores identical on all %d)\n' \
  "$(echo "$cw / $yw" | bc -l)" "$(echo "$cc / $yc" | bc -l)" "$(echo "$ck / $yk" | bc -l)" "$count" "$jobs" "$compared"
printf 'CSV %d rows / %d rows: RSS %.2f, CPU %.2f\n' "$rows" "$count" "$(echo "$mk / $ck" | bc -l)" \
  "$(echo "$mc / $cc" | bc -l)"
