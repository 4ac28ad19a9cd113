#!/usr/bin/env python3
"""Writes N synthetic, valid autodiag responses (YAML) to OUTDIR, with varied
profiles and answers, for the batch benchmark. Deterministic for a given seed.

    bench/generate.py N OUTDIR [--seed S] [--questionnaire FILE]
"""
import argparse
import os
import random

import qmodel

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_Q = os.path.join(HERE, "..", "questionnaires", "guide-bonnes-pratiques-ess.yaml")

WORDS = ["Association", "Scic", "Coopérative", "Les Amis", "Jardins", "Solidaire", "du Bocage", "Étoile", "Entraide",
         "Vallée", "Tiers-lieu", "Maison", "Cyclo", "Ressourcerie", "Épicerie", "Loire", "Sèvre", "Mutuelle"]


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def number_answer(rng, q):
    bands = q.get("bands")
    low = q.get("min", bands[0]["from"] if bands else 0)
    high = q.get("max", bands[-1]["to"] if bands else 100)
    if q.get("integer"):
        return rng.randint(int(low), int(high))
    return round(rng.uniform(low, high), 1)


def answer_for(rng, q):
    t = q["type"]
    if q.get("na") and rng.random() < 0.08:
        return "na"
    if t == "choice":
        return rng.choice(q["options"])["id"]
    if t == "multi":
        ids = [o["id"] for o in q["options"]]
        return rng.sample(ids, rng.randint(0, len(ids)))
    if t == "yesno":
        return rng.choice(["yes", "no"])
    if t == "number":
        return number_answer(rng, q)
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12)))


def profile_value(rng, field, index):
    if field.get("role") == "organisation":
        return f"{rng.choice(WORDS)} {rng.choice(WORDS)} {index}"
    if field.get("role") == "employees":
        return rng.choice([0, 0, 0, rng.randint(1, 10), rng.randint(1, 10), rng.randint(11, 60), rng.randint(50, 400)])
    return answer_for(rng, field)


def render_scalar(q, value):
    if isinstance(value, list):
        return "[" + ", ".join(value) + "]"
    if isinstance(value, (int, float)):
        return str(value)
    if q["type"] == "text":
        return quote(value)
    return quote(value) if value[:1].isdigit() else value


def response(rng, q, index):
    themes = [t["id"] for t in q["themes"]]
    not_addressed = rng.sample(themes, rng.choice([0, 0, 0, 1, 2]))
    values = {}
    for field in q["_questions"]:
        if field["_theme"] is None:
            values[field["id"]] = profile_value(rng, field, index)
    # Only shown questions are answered: an answer to a hidden one is a warning.
    shown = qmodel.presence(q, values, not_addressed)
    for field in q["profile"]:
        if shown[field["id"]] != "shown":
            del values[field["id"]]
    shown = qmodel.presence(q, values, not_addressed)
    skip = rng.choice([0.0, 0.0, 0.1, 0.4])
    in_progress = skip > 0
    for question in q["_questions"]:
        if question["_theme"] is None or shown[question["id"]] != "shown" or rng.random() < skip:
            continue
        values[question["id"]] = answer_for(rng, question)
        shown = qmodel.presence(q, values, not_addressed) if question["id"] in ("has_union_delegate",) else shown
    lines = ["format: autodiag-response/1", "questionnaire:", f"  id: {q['id']}", f"  version: {q['version']}",
             f"status: {'in_progress' if in_progress else 'complete'}", "language: fr",
             "created: 2026-05-12T18:30:00Z", "updated: 2026-05-19T21:05:00Z", "profile:"]
    by_id = {x["id"]: x for x in q["_questions"]}
    for field in q["profile"]:
        if field["id"] in values:
            lines.append(f"  {field['id']}: {render_scalar(field, values[field['id']])}")
    lines.append("answers:")
    for question in q["_questions"]:
        if question["_theme"] is not None and question["id"] in values:
            lines.append(f"  {question['id']}: {render_scalar(question, values[question['id']])}")
    if not_addressed:
        lines.append("not_addressed: [" + ", ".join(not_addressed) + "]")
    commented = [i for i in values if by_id[i]["_theme"] is not None][:rng.randint(0, 3)]
    if commented:
        lines.append("comments:")
        for ident in commented:
            lines.append(f"  {ident}: {quote('Note ' + rng.choice(WORDS) + ' ' + str(index))}")
    targets = [t for t in themes if t not in not_addressed and rng.random() < 0.3]
    if targets:
        lines.append("targets:")
        for t in targets:
            one = rng.randint(20, 80)
            lines.append(f"  {t}: {{one_year: {one}, three_years: {min(100, one + rng.randint(0, 20))}}}")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--questionnaire", default=DEFAULT_Q)
    args = parser.parse_args()
    q = qmodel.load_questionnaire(args.questionnaire)
    rng = random.Random(args.seed)
    # 100 responses per folder, as a facilitator's collection might be sorted.
    for i in range(args.count):
        folder = os.path.join(args.outdir, f"{i // 100:04d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"response-{i:06d}.yaml"), "w", encoding="utf-8") as f:
            f.write(response(rng, q, i))


if __name__ == "__main__":
    main()
