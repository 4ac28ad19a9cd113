#!/usr/bin/env bash
# `autodiag init` and the data lookup order (AUTODIAG_DATA_DIR, then the
# installed folder, then the compiled-in copies). Usage: init_test.sh AUTODIAG
set -uo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export LANG=C.UTF-8 NO_COLOR=1
unset AUTODIAG_DATA_DIR
cd "$work"

# A new questionnaire: a new id from the file name, version 1.0.0, the schema
# line first (a schema written beside it, since nothing is installed here).
out=$("$bin" init "Fédération Sport 44.yaml") || fail "init: $out"
file="Fédération Sport 44.yaml"
[ "$(head -1 "$file")" = '# yaml-language-server: $schema=questionnaire.schema.json' ] || fail "schema line: $(head -1 "$file")"
grep -qx "id: federation-sport-44" "$file" || fail "id not replaced"
grep -qx "version: 1.0.0" "$file" || fail "version not set"
[ "$(grep -c '^# yaml-language-server' "$file")" = 1 ] || fail "two schema lines"
cmp -s questionnaire.schema.json <("$bin" schema questionnaire) || fail "schema beside the file"
"$bin" validate "$file" >/dev/null || fail "the new questionnaire does not validate"
shown=$("$bin" show "$file") || fail "show"
[[ "$(head -1 <<<"$shown")" == *"— federation-sport-44 1.0.0" ]] || fail "show: $(head -1 <<<"$shown")"

# Never overwrites; a bad id or an unknown source is a usage error.
before=$(md5sum "$file")
"$bin" init "$file" >/dev/null 2>&1; [ $? = 73 ] || fail "overwrite: not 73"
[ "$(md5sum "$file")" = "$before" ] || fail "the file changed"
"$bin" init other.yaml --id "Bad Id" >/dev/null 2>&1; [ $? = 64 ] || fail "bad id: not 64"
"$bin" init other.yaml --from nope >/dev/null 2>&1; [ $? = 64 ] || fail "unknown source: not 64"
[ ! -e other.yaml ] || fail "other.yaml written"

# AUTODIAG_DATA_DIR comes first: its questionnaire is listed, its plan
# template replaces the compiled-in one.
mkdir -p data/questionnaires data/templates
sed 's/^id: .*/id: from-data-dir/' "$file" | grep -v '^# yaml-language-server' > data/questionnaires/extra.yaml
printf 'PLAN FROM DATA DIR {{organisation}}\n' > data/templates/plan.md.mustache
AUTODIAG_DATA_DIR="$work/data" "$bin" questionnaires | grep -q "^from-data-dir 1.0.0 " || fail "data dir questionnaire not listed"
"$bin" questionnaires | grep -q "^from-data-dir" && fail "listed without the data dir"
response="$(dirname "$bin")/../examples/persona-a-association-sportive.yaml"
[ -f "$response" ] || response="$(cd "$(dirname "$0")/../.." && pwd)/examples/persona-a-association-sportive.yaml"
plan=$(AUTODIAG_DATA_DIR="$work/data" "$bin" plan "$response" -o - 2>&1)
[[ "$plan" == "PLAN FROM DATA DIR "* ]] || fail "data dir template not used: ${plan:0:80}"
echo "ok"
