#!/usr/bin/env python3
"""Reference scorer for the benchmark: the same theme and overall scores as
`autodiag batch` (docs/scoring.md), in plain Python with PyYAML's C loader,
without autodiag's checks. Writes one CSV line per response.

    bench/reference_score.py INPUT_DIR OUT_CSV [--questionnaire FILE]
"""
import argparse
import math
import os

import yaml

import qmodel

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_Q = os.path.join(HERE, "..", "questionnaires", "guide-bonnes-pratiques-ess.yaml")


def normalise(value):
    # YAML 1.1 reads yes/no as booleans; autodiag keeps them as text.
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return value


def points(q, answer):
    t = q["type"]
    if t == "choice":
        return next((o.get("score", 0) for o in q["options"] if o["id"] == answer), 0)
    if t == "multi":
        return min(sum(o.get("score", 0) for o in q["options"] if o["id"] in answer), q["_max"])
    if t == "yesno":
        s = q.get("scores", {})
        return s.get("yes", 1) if answer == "yes" else s.get("no", 0)
    if t == "number":
        bands = q["bands"]
        for i, b in enumerate(bands):
            if answer >= b["from"] and (answer < b["to"] or (i == len(bands) - 1 and answer == b["to"])):
                return b["score"]
    return 0


def score(q, response):
    values = {k: normalise(v) for k, v in (response.get("profile") or {}).items()}
    values.update({k: normalise(v) for k, v in (response.get("answers") or {}).items()})
    not_addressed = response.get("not_addressed") or []
    shown = qmodel.presence(q, values, not_addressed)
    themes = []
    weighted, counted_weight = 0.0, 0.0
    for theme in q["themes"]:
        total, weight = 0.0, 0.0
        for question in theme["questions"]:
            answer = values.get(question["id"])
            if shown[question["id"]] != "shown" or answer is None or answer == "na" or question["_max"] <= 0:
                continue
            w = question.get("weight", 1)
            total += w * points(question, answer) / question["_max"]
            weight += w
        if weight > 0:
            s = total / weight * 100
            themes.append(s)
            weighted += theme.get("weight", 1) * s
            counted_weight += theme.get("weight", 1)
        else:
            themes.append(None)
    return (weighted / counted_weight if counted_weight > 0 else None), themes


def shown_score(value):
    return "" if value is None else str(int(math.floor(value + 0.5)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input_dir")
    parser.add_argument("out_csv")
    parser.add_argument("--questionnaire", default=DEFAULT_Q)
    args = parser.parse_args()
    q = qmodel.load_questionnaire(args.questionnaire)
    paths = []
    for root, dirs, files in os.walk(args.input_dir):
        paths += [os.path.join(root, f) for f in files if f.endswith((".yaml", ".yml", ".json"))]
    paths.sort()
    with open(args.out_csv, "w", encoding="utf-8") as out:
        out.write("source,overall," + ",".join(t["id"] for t in q["themes"]) + "\n")
        for path in paths:
            with open(path, "rb") as f:
                response = yaml.load(f, Loader=qmodel.LOADER)
            overall, themes = score(q, response)
            out.write(",".join([path, shown_score(overall)] + [shown_score(t) for t in themes]) + "\n")


if __name__ == "__main__":
    main()
