#!/usr/bin/env bash
# Cost of the summary's publication rule on large heterogeneous cohorts
# (bench/audit_cost.cpp; docs/performance.md, "Publication rule").
#
#   bench/audit_cost.sh [N...]   (default 1000 10000 100000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
c++ -O2 -std=c++20 -I"$root/src" "$root/bench/audit_cost.cpp" "$root/src/cohort/publication.cpp" \
  "$root/src/cohort/suppression.cpp" "$root/src/cohort/difference.cpp" -o "$work/audit_cost"
"$work/audit_cost" "$@"
