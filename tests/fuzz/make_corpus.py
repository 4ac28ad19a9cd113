#!/usr/bin/env python3
"""Writes the seed corpus of one fuzz target into a folder, from the
repository's own files (questionnaires, examples, fixtures, templates), so
that the seeds follow the formats as they change. Usage:
make_corpus.py TARGET OUT_DIR"""
import glob
import hashlib
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def files(*patterns):
    found = []
    for pattern in patterns:
        found += sorted(glob.glob(os.path.join(ROOT, pattern), recursive=True))
    return [f for f in found if os.path.isfile(f)]


QUESTIONNAIRES = ["questionnaires/*.yaml", "tests/fixtures/mini.yaml", "tests/fixtures/batch/questionnaire.yaml",
                  "tests/fixtures/invalid/*.yaml"]
RESPONSES = ["examples/*.yaml", "tests/fixtures/responses/*", "tests/fixtures/score/*.yaml",
             "tests/fixtures/score/*.json", "tests/fixtures/batch/mixed/*", "tests/fixtures/hostile/*.yaml"]


def conditions():
    # The `when:` of every questionnaire, one condition per seed.
    seen = []
    for path in files(*QUESTIONNAIRES):
        with open(path, encoding="utf-8", errors="replace") as f:
            for match in re.finditer(r"^\s*when:\s*\"(.*)\"\s*$", f.read(), re.M):
                if match.group(1) not in seen:
                    seen.append(match.group(1))
    return [s.encode() for s in seen]


SEEDS = {
    "yaml": lambda: files(*QUESTIONNAIRES, *RESPONSES),
    "questionnaire": lambda: files(*QUESTIONNAIRES),
    "response": lambda: files(*RESPONSES),
    "condition": conditions,
    "csv": lambda: files("tests/fixtures/**/*.csv", "tests/e2e/**/*.csv"),
    "template": lambda: files("templates/*.mustache", "tests/fixtures/**/*.mustache", "tests/e2e/**/*.mustache"),
}


def main():
    target, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    seeds = SEEDS[target]()
    if not seeds:
        sys.exit(f"no seed for {target}")
    for seed in seeds:
        data = seed if isinstance(seed, bytes) else open(seed, "rb").read()
        with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
