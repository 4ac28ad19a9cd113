#!/usr/bin/env bash
# Condition benchmark: loading time must grow with the total size of the
# conditions, not with the square of each one (docs/limits.md). Two
# questionnaires hold the same number of condition bytes: one in many short
# conditions, one in few conditions at the size limit. Linear loading gives a
# ratio of at most about 1 (fewer questions to read in the long one).
#
#   bench/conditions.sh [TOTAL_KIB=2048]
#
# Environment: BUILD (default build-bench), AUTODIAG (a binary to use instead
# of building one in Release).
set -euo pipefail
total_kib=${1:-2048}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build-bench}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

autodiag=${AUTODIAG:-$build/autodiag}
if [ -z "${AUTODIAG:-}" ]; then
  echo "== build (Release) in $build"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" --target autodiag -j"$(nproc)" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
fi

# Writes tests/fixtures/mini.yaml with COUNT extra questions, each shown when
# a condition of about BYTES bytes holds.
generate() {
  python3 - "$root/tests/fixtures/mini.yaml" "$1" "$2" "$3" <<'EOF'
import sys
source, count, size, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
term = " or employees >= 1"
condition = "employees >= 1" + term * ((size - 14) // len(term))
questions = "".join(
    f"      - id: extra_{i}\n        type: yesno\n        when: \"{condition}\"\n"
    f"        text: {{fr: \"Question {i}\", en: \"Question {i}\"}}\n"
    f"        actions:\n          0: {{fr: \"Action {i}\", en: \"Action {i}\"}}\n"
    for i in range(count))
text = open(source, encoding="utf-8").read()
anchor = "      - id: remarks\n"
open(out, "w", encoding="utf-8").write(text.replace(anchor, questions + anchor))
EOF
}

total=$((total_kib * 1024))
generate $((total / 256)) 256 "$work/short.yaml"
generate $((total / 4000)) 4000 "$work/long.yaml"

# Wall time of one `validate`, which loads the questionnaire once.
seconds() {
  python3 -c 'import subprocess, sys, time
start = time.perf_counter()
subprocess.run([sys.argv[1], "validate", sys.argv[2]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print(f"{time.perf_counter() - start:.3f}")' "$autodiag" "$1"
}

echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$autodiag" validate "$work/short.yaml" >/dev/null 2>&1  # warm the page cache
short=$(seconds "$work/short.yaml")
long=$(seconds "$work/long.yaml")
echo "conditions of 256 bytes:  $((total / 256)) questions, $short s"
echo "conditions of 4000 bytes: $((total / 4000)) questions, $long s"
python3 -c 'import sys; print(f"ratio long/short: {float(sys.argv[1]) / float(sys.argv[2]):.2f} (at most about 1 when loading is linear; the per-leaf position lookup it replaced gave 3.5 to 4.3)")' "$long" "$short"
