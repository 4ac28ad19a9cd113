#!/usr/bin/env bash
# Builds the Debian package from a configured build folder and checks it
# without installing anything on this machine (container-less):
#   - the package's metadata (section, dependencies computed by shlibdeps:
#     every shared library the binary needs comes from a package it depends on);
#   - its files, unpacked with dpkg-deb into a throwaway root: the binary
#     runs, finds its installed data beside it, a short session from a pipe
#     writes a valid response, the man pages and completions are in place.
# Usage: deb_test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/autodiag_*.deb)
[ -f "$deb" ] || fail "no package"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = autodiag ] || fail "Package: $(field Package)"
[ "$(field Section)" = utils ] || fail "Section: $(field Section)"
depends=$(field Depends)
recommends=$(field Recommends)
[[ "$recommends" == *pandoc* ]] || fail "Recommends lacks pandoc: $recommends"

root="$work/root"
dpkg-deb -x "$deb" "$root"
bin="$root/usr/bin/autodiag"
[ -x "$bin" ] || fail "no usr/bin/autodiag"
if file "$bin" | grep -q "not stripped"; then fail "binary not stripped"; fi

# Every library the binary links to directly (its NEEDED entries; the rest
# come with those packages' own dependencies) is in a package named in Depends.
for needed in $(objdump -p "$bin" | awk '$1 == "NEEDED" { print $2 }'); do
  lib=$(ldd "$bin" | awk -v n="$needed" '$1 == n { print $3 }')
  [ -n "$lib" ] || fail "$needed not found by ldd"
  real=$(readlink -f "$lib")
  owner=$(dpkg -S "$lib" 2>/dev/null || dpkg -S "$real" 2>/dev/null || true)
  owner=${owner%%:*}
  [ -n "$owner" ] || fail "$lib belongs to no package"
  names=$(tr ',' '\n' <<<"$depends" | sed -e 's/^ *//' -e 's/ .*//')
  grep -qxF "$owner" <<<"$names" || fail "$lib is in $owner, missing from Depends: $depends"
done

"$bin" --version | grep -qx "autodiag [0-9.]*" || fail "--version"

# The installed data is found beside the binary: a questionnaire dropped
# into the installed folder is listed.
sed -e 's/^id: .*/id: installed-check/' "$root/usr/share/autodiag/questionnaires/guide-bonnes-pratiques-ess.yaml" \
  >"$root/usr/share/autodiag/questionnaires/installed-check.yaml"
"$bin" questionnaires | grep -q "^installed-check " || fail "installed questionnaires not found"
rm "$root/usr/share/autodiag/questionnaires/installed-check.yaml"

# A short session from a pipe, in a folder of its own: the organisation's
# name (given a few times: a prompt that does not take it refuses it and asks
# again), then Enter everywhere, then the end of the input; what matters is a
# saved response that validates.
session="$work/session"
mkdir "$session"
(cd "$session" && { printf 'Club test\n%.0s' 1 2 3; yes "" | head -n 400; } |
  LANG=C.UTF-8 "$bin" --short --plain -o reponse.yaml >"$work/session.log" 2>&1) || true
[ -f "$session/reponse.yaml" ] || { tail -20 "$work/session.log"; fail "the session wrote no response"; }
"$bin" validate "$session/reponse.yaml" >/dev/null || fail "the session's response does not validate"

for f in usr/share/man/man1/autodiag.1.gz usr/share/man/fr/man1/autodiag.1.gz \
         usr/share/bash-completion/completions/autodiag usr/share/zsh/vendor-completions/_autodiag \
         usr/share/fish/vendor_completions.d/autodiag.fish \
         usr/share/autodiag/schemas/questionnaire.schema.json usr/share/autodiag/schemas/response.schema.json \
         usr/share/autodiag/templates/plan.md.mustache usr/share/doc/autodiag/README.md \
         usr/share/doc/autodiag/examples/persona-a-association-sportive.yaml; do
  [ -f "$root/$f" ] || fail "missing $f"
done
LANG=C.UTF-8 man -l "$root/usr/share/man/fr/man1/autodiag.1.gz" | grep -q "CODES DE SORTIE" || fail "French man page"
echo "ok: $(basename "$deb"), Depends: $depends"
