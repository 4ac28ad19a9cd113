#!/usr/bin/env bash
# Runs a fuzz target once on each of its seeds and kept crash inputs.
# Usage: run_inputs.sh BINARY TARGET
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
binary="$1" target="$2"
seeds="$(mktemp -d)"
trap 'rm -rf "$seeds"' EXIT
python3 "$here/make_corpus.py" "$target" "$seeds"
inputs=("$seeds"/*)
if [ -d "$here/regressions/$target" ]; then
  for f in "$here/regressions/$target"/*; do [ -f "$f" ] && inputs+=("$f"); done
fi
"$binary" "${inputs[@]}"
