#!/usr/bin/env bash
# Runs one golden end-to-end case: tests/e2e/<case>/{args,stdin,expected,status}.
# `args` holds one argument per line; stdout and stderr are compared together
# with `expected`, and the exit code with `status`.
set -u
binary=$1
case_dir=$2
mapfile -t args < "$case_dir/args"
stdin=/dev/null
[ -f "$case_dir/stdin" ] && stdin="$case_dir/stdin"
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
NO_COLOR=1 LANG=C.UTF-8 LC_ALL= "$binary" "${args[@]}" < "$stdin" > "$actual" 2>&1
status=$?
expected_status=$(cat "$case_dir/status" 2>/dev/null || echo 0)
ok=1
if [ "$status" != "$expected_status" ]; then
  echo "exit code: expected $expected_status, got $status"
  ok=0
fi
if ! diff -u "$case_dir/expected" "$actual"; then
  ok=0
fi
[ $ok = 1 ]
