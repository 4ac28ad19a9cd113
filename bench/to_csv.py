#!/usr/bin/env python3
"""Writes the responses of a folder (bench/generate.py's output) as one CSV
export, one row per response, in the order `autodiag batch` walks the folder,
so that the two paths can be timed and compared on the same answers.

    bench/to_csv.py DATA_DIR OUT.csv [--questionnaire FILE]

Columns: every profile field and question id, then `<theme>_addressed` and
`<id>_comment` (the names of the generated forms). Targets are not written:
no form collects them.
A multi question answered with no option (`[]`, scored 0) is written `none`
(an empty cell would read as unanswered).
"""
import argparse
import csv
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_Q = os.path.join(HERE, "..", "questionnaires", "guide-bonnes-pratiques-ess.yaml")
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def walk(folder):
    """Depth-first, entries sorted byte-wise, as batch's InputWalker."""
    for name in sorted(os.listdir(folder), key=lambda n: n.encode()):
        if name.startswith("."):
            continue
        path = os.path.join(folder, name)
        if os.path.isdir(path):
            yield from walk(path)
        elif name.endswith((".yaml", ".yml")):
            yield path


def cell(value):
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "|".join(str(v) for v in value) if value else "none"
    return str(value)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("out")
    parser.add_argument("--questionnaire", default=DEFAULT_Q)
    args = parser.parse_args()
    with open(args.questionnaire, encoding="utf-8") as f:
        q = yaml.load(f, Loader=Loader)
    ids = [p["id"] for p in q["profile"]] + [x["id"] for t in q["themes"] for x in t["questions"]]
    themes = [t["id"] for t in q["themes"]]
    header = ids + [t + "_addressed" for t in themes] + [i + "_comment" for i in ids]
    with open(args.out, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        for path in walk(args.data):
            with open(path, encoding="utf-8") as f:
                r = yaml.load(f, Loader=Loader)
            answers = dict(r.get("profile") or {})
            answers.update(r.get("answers") or {})
            comments = r.get("comments") or {}
            skipped = set(r.get("not_addressed") or [])
            row = [cell(answers[i]) if i in answers else "" for i in ids]
            row += ["no" if t in skipped else "" for t in themes]
            row += [cell(comments[i]) if i in comments else "" for i in ids]
            writer.writerow(row)


if __name__ == "__main__":
    main()
