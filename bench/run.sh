#!/usr/bin/env bash
# Batch benchmark: times `autodiag batch -j1` and `-jN`, the yaml-cpp parse
# floor and the Python reference scorer on the same N synthetic responses, and
# prints the ratios and peak memory (docs/performance.md).
#
#   bench/run.sh [N=10000] [JOBS=$(nproc)]
#
# Environment: BUILD (build folder, default build-bench), DATA (where the
# responses are generated, default /tmp/autodiag-bench), KEEP_OUTPUT=1.
set -euo pipefail
count=${1:-10000}
jobs=${2:-$(nproc)}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build-bench}
data=${DATA:-/tmp/autodiag-bench}/$count
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing (apt-get install time)" >&2
  exit 1
fi

echo "== build (Release) in $build"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target autodiag -j"$(nproc)" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
c++ -O2 -std=c++20 "$root/bench/parse_floor.cpp" -o "$build/parse_floor" -lyaml-cpp
# For comparison only, when libyaml's headers are installed (libyaml-dev).
libyaml=""
if [ -f /usr/include/yaml.h ]; then
  c++ -O2 -std=c++20 "$root/bench/libyaml_floor.cpp" -o "$build/libyaml_floor" -lyaml && libyaml="$build/libyaml_floor"
fi

if [ ! -f "$data/.complete" ]; then
  echo "== generating $count responses in $data"
  rm -rf "$data"
  python3 "$root/bench/generate.py" "$count" "$data"
  touch "$data/.complete"
fi
# Read every file once so that each timed run starts from a warm page cache.
find "$data" -type f -name '*.yaml' -print0 | xargs -0 cat >/dev/null

# Runs a command under /usr/bin/time; prints "wall_seconds cpu_seconds peak_kib".
measure() {
  local log=$work/time.log
  /usr/bin/time -f '%e %U %S %M' -o "$log" "$@" >"$work/stdout" 2>"$work/stderr" || {
    local status=$?
    # autodiag batch exits 65 when some input is invalid: none should be here.
    echo "bench: '$*' failed ($status)" >&2
    cat "$work/stderr" >&2
    exit 1
  }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$log"
}

echo "== timing (each command once, same files); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r floor_s floor_cpu floor_kb < <(measure "$build/parse_floor" "$data")
read -r j1_s j1_cpu j1_kb < <(measure "$build/autodiag" batch "$data" -j1 -o "$work/out-j1")
read -r jn_s jn_cpu jn_kb < <(measure "$build/autodiag" batch "$data" -j"$jobs" -o "$work/out-jn")
read -r py_s py_cpu py_kb < <(measure python3 "$root/bench/reference_score.py" "$data" "$work/reference.csv")
ly_s=0 ly_cpu=0 ly_kb=0
if [ -n "$libyaml" ]; then read -r ly_s ly_cpu ly_kb < <(measure "$libyaml" "$data"); fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

cmp -s "$work/out-j1/scores.csv" "$work/out-jn/scores.csv" && cmp -s "$work/out-j1/scores.json" "$work/out-jn/scores.json" &&
  cmp -s "$work/out-j1/summary.md" "$work/out-jn/summary.md" || { echo "bench: -j1 and -j$jobs outputs differ" >&2; exit 1; }
# Same scores as the reference: source, overall and theme columns.
python3 - "$work/out-j1/scores.csv" "$work/reference.csv" <<'PY'
import csv, sys
ours = {r["source"]: r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
ref = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
diff = [(r["source"], k) for r in ref for k in r if k != "source" and ours[r["source"]][k] != r[k]]
if len(ours) != len(ref) or diff:
    sys.exit(f"bench: scores differ from the reference ({len(ours)} vs {len(ref)} rows, {len(diff)} cells): {diff[:5]}")
print(f"scores identical to the Python reference on {len(ref)} responses")
PY

python3 - "$count" "$jobs" "$floor_s" "$floor_cpu" "$floor_kb" "$j1_s" "$j1_cpu" "$j1_kb" "$jn_s" "$jn_cpu" "$jn_kb" \
  "$py_s" "$py_cpu" "$py_kb" "$ly_s" "$ly_cpu" "$ly_kb" <<'PY'
import sys
count, jobs = int(sys.argv[1]), int(sys.argv[2])
fs, fc, fk, s1, c1, k1, sn, cn, kn, ps, pc, pk, ls, lc, lk = map(float, sys.argv[3:])
mib = lambda kb: kb / 1024
print(f"\n{count} responses, {jobs} jobs (wall = elapsed time; CPU = user + system)\n")
print(f"| run | wall (s) | CPU (s) | responses/s (wall) | peak RSS (MiB) |\n|---|--:|--:|--:|--:|")
runs = [("parse floor (yaml-cpp LoadFile)", fs, fc, fk), ("autodiag batch -j1", s1, c1, k1),
        (f"autodiag batch -j{jobs}", sn, cn, kn), ("Python reference (CSafeLoader)", ps, pc, pk)]
if ls > 0:
    runs.append(("libyaml events only (for comparison)", ls, lc, lk))
for name, s, c, k in runs:
    print(f"| {name} | {s:.2f} | {c:.2f} | {count / s:.0f} | {mib(k):.1f} |")
print(f"\nCPU-time ratios (less sensitive to other load on the machine): batch -j1 / parse floor = {c1 / fc:.2f}, "
      f"Python / batch -j1 = {pc / c1:.2f}, batch -j{jobs} CPU / batch -j1 CPU = {cn / c1:.2f}")
checks = [
    (f"batch -j1 / parse floor = {s1 / fs:.2f}", "at most 1.3", s1 / fs <= 1.3),
    (f"batch -j1 / batch -j{jobs} = {s1 / sn:.2f}", "at least 1.8", s1 / sn >= 1.8),
    (f"Python reference / batch -j1 = {ps / s1:.2f}", "at least 3", ps / s1 >= 3),
    (f"Python reference / batch -j{jobs} = {ps / sn:.2f}", "", True),
    (f"peak RSS batch = {mib(max(k1, kn)):.1f} MiB", "under 64", mib(max(k1, kn)) < 64),
]
print()
for text, target, ok in checks:
    print(f"{text:45} {('target ' + target) if target else '':22} {'' if not target else ('ok' if ok else 'MISSED')}")
PY
if [ "${KEEP_OUTPUT:-0}" = 1 ]; then cp -r "$work/out-j1" "$build/bench-output"; fi
