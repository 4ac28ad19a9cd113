#!/usr/bin/env bash
# A plan edited by people is never written over: `plan` and `run --resume`
# keep it and write the new plan beside it; `--force` replaces it.
set -eu
binary=$(realpath "$1")
examples=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
export NO_COLOR=1 LANG=C.UTF-8 LC_ALL=

cp "$examples/persona-a-association-sportive.yaml" asso.yaml
"$binary" plan asso.yaml > out.txt 2>&1 || fail "first plan: $(cat out.txt)"
[ -f asso-plan.md ] || fail "asso-plan.md not written"

# Unedited: replaced in place, nothing written beside it.
"$binary" plan asso.yaml > out.txt 2>&1 || fail "second plan: $(cat out.txt)"
[ ! -e asso-plan-2.md ] || fail "an unedited plan was not replaced in place"

# The board fills in who does what.
sed -i 's/^| 1 | \(.*\) |  |  |$/| 1 | \1 | Marie | juin 2027 |/' asso-plan.md
grep -q '| Marie | juin 2027 |' asso-plan.md || fail "the edit did not apply"
cp asso-plan.md edited.md

"$binary" plan asso.yaml > out.txt 2>&1 || fail "plan after edit: $(cat out.txt)"
cmp -s asso-plan.md edited.md || fail "plan wrote over the edited plan"
[ -f asso-plan-2.md ] && [ -f asso-plan-2.svg ] || fail "no new plan beside the edited one"
grep -q "asso-plan.md a été modifié depuis qu'autodiag l'a écrit : il est gardé tel quel, le nouveau plan est dans asso-plan-2.md" out.txt ||
  fail "plan did not say so: $(cat out.txt)"
grep -q "^Plan d'action : asso-plan-2.md$" out.txt || fail "plan did not print the new path: $(cat out.txt)"
grep -q '](asso-plan-2.svg)' asso-plan-2.md || fail "the new plan does not link its own chart"

# run --resume goes over every answer (Enter keeps each), then writes the plan.
yes '' | head -n 400 | "$binary" run --resume asso.yaml > out.txt 2>&1 || fail "run --resume: $(tail -5 out.txt)"
cmp -s asso-plan.md edited.md || fail "run --resume wrote over the edited plan"
grep -q "asso-plan-2.md" out.txt || fail "run --resume did not name the new plan: $(tail -8 out.txt)"

"$binary" plan asso.yaml --force > out.txt 2>&1 || fail "plan --force: $(cat out.txt)"
! grep -q 'Marie' asso-plan.md || fail "--force did not replace the edited plan"
echo "ok"
