#!/usr/bin/env python3
"""The proof of the form platforms: exports of the generated forms, filled in
with the persona answers, score exactly as the persona files do.

    round_trip.py AUTODIAG SOURCE_DIR

1. Writes the exports again (make_exports.py) and checks that the fixtures in
   tests/fixtures/exports are the same bytes (run make_exports.py after a
   change of questionnaire or personas).
2. Scores the persona files, then each export, with `autodiag batch`: every
   export must give the same scores.csv rows (all but the source column), the
   same scores.json entries (all but the source and the targets, which no
   form collects), no error or warning, exit status 0.
"""

import csv
import glob
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))


def batch(autodiag, inputs, out):
    result = subprocess.run([autodiag, "batch", *inputs, "-o", out, "-j", "1", "--lang", "en"],
                            capture_output=True, text=True)
    with open(os.path.join(out, "scores.csv"), encoding="utf-8", newline="") as f:
        rows = [row[1:] for row in csv.reader(f)]
    with open(os.path.join(out, "scores.json"), encoding="utf-8") as f:
        entries = json.load(f)
    for entry in entries:
        del entry["source"]
        for theme in entry["themes"]:
            del theme["target_one_year"], theme["target_three_years"]
    with open(os.path.join(out, "errors.txt"), encoding="utf-8") as f:
        errors = f.read()
    return result.returncode, rows, entries, errors


def main():
    autodiag, source = sys.argv[1], sys.argv[2]
    personas = sorted(glob.glob(os.path.join(source, "examples", "persona-*.yaml")))
    fixtures = os.path.join(source, "tests", "fixtures", "exports")
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "exports")
        subprocess.run([sys.executable, os.path.join(here, "make_exports.py"), autodiag, fresh, *personas], check=True)
        for name in sorted(os.listdir(fresh)):
            with open(os.path.join(fresh, name), "rb") as a, open(os.path.join(fixtures, name), "rb") as b:
                if a.read() != b.read():
                    failures.append(f"{name}: fixture out of date (run tests/form/make_exports.py)")
        status, rows, entries, errors = batch(autodiag, personas, os.path.join(tmp, "personas"))
        if status != 0 or errors or len(entries) != len(personas):
            failures.append(f"personas: status {status}, errors {errors!r}")
        for name in sorted(os.listdir(fixtures)):
            out = os.path.join(tmp, name)
            got = batch(autodiag, [os.path.join(fixtures, name)], out)
            if got[0] != 0:
                failures.append(f"{name}: exit status {got[0]}")
            if got[3]:
                failures.append(f"{name}: errors.txt not empty:\n{got[3]}")
            if got[1] != rows:
                failures.append(f"{name}: scores.csv differs:\n{got[1]}\n!=\n{rows}")
            if got[2] != entries:
                for i, (a, b) in enumerate(zip(got[2], entries)):
                    if a != b:
                        failures.append(f"{name}: scores.json entry {i + 1} differs:\n{a}\n!=\n{b}")
                if len(got[2]) != len(entries):
                    failures.append(f"{name}: {len(got[2])} entries instead of {len(entries)}")
            print(f"{name}: {len(got[2])} responses scored")
    for failure in failures:
        print("FAIL:", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
