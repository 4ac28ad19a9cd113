#!/usr/bin/env bash
# `batch` stopped by Ctrl-C, SIGTERM or SIGHUP while it writes: exit 130 as
# the other commands, and no temporary file left in the output folder.
# Usage: batch_interrupt.sh AUTODIAG SOURCE_DIR
set -euo pipefail
set -m  # the batch runs as a job would in a terminal, not with SIGINT ignored
binary="$1" source_dir="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
for i in $(seq 1 2000); do
  cp "$source_dir/examples/persona-a-association-sportive.yaml" "$work/in/$i.yaml"
done
for sig in INT TERM HUP; do
  out="$work/out-$sig"
  "$binary" batch -j1 --plans "$work/in" -o "$out" >/dev/null 2>&1 &
  pid=$!
  # Stopped once the outputs are being written.
  for _ in $(seq 1 400); do
    compgen -G "$out/.scores.csv.tmp-*" >/dev/null && break
    sleep 0.05
  done
  sleep 0.2
  kill -s "$sig" "$pid"
  status=0
  wait "$pid" || status=$?
  if [ "$status" -ne 130 ]; then
    echo "SIG$sig: exit code $status, expected 130" >&2
    exit 1
  fi
  left="$(find "$out" -name '.*.tmp-*')"
  if [ -n "$left" ]; then
    echo "SIG$sig: temporary files left behind:" >&2
    echo "$left" >&2
    exit 1
  fi
  # Nothing half-done is shown as a result either.
  if [ -e "$out/scores.csv" ]; then
    echo "SIG$sig: scores.csv written by an interrupted batch" >&2
    exit 1
  fi
done
echo "batch stopped by SIGINT, SIGTERM, SIGHUP: 130, no temporary file"
