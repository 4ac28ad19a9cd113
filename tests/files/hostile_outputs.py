#!/usr/bin/env python3
"""Respondent text is inert in every output added with the cohort and
consolidation work: plans (with --benchmark), summary.md/.html and their SVG
charts, --previous, scores.csv/.json, the consolidation worksheet (Markdown
and HTML), the consolidated response, and the terminal.

Hostile organisation names, respondent names, comments, debate topics and a
file name carry HTML and SVG markup, Markdown links and images, javascript:
URLs, terminal escapes, bidi and zero-width characters and spreadsheet
formula prefixes. Each is checked in its exact escaped form where it is
written, then every output file is scanned for anything active.

Usage: hostile_outputs.py AUTODIAG SOURCE_DIR
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

import yaml

binary, source = sys.argv[1], sys.argv[2]
ENV = dict(os.environ, LANG="fr_FR.UTF-8", LC_ALL="fr_FR.UTF-8")
failures = []

P = ("<script>alert(1)</script><img src=x onerror=alert(1)> [clic](javascript:alert(1)) "
     "![i](http://evil.example/x.png) \x1b]0;pwned\x07 \u202eevil zw\u200b &amp; *em* `code` | pipe")
# The same, as each output must show it (written out by hand, not computed).
MD_P = (r"\<script\>alert(1)\</script\>\<img src=x onerror=alert(1)\> \[clic\](javascript:alert(1)) "
        r"!\[i\](http://evil.example/x.png) \\x1b\]0;pwned\\x07 \\u202eevil zw\\u200b \&amp; \*em\* \`code\` \| pipe")
# (the HTML page puts French typography's no-break space before "!")
HTML_P = (r"&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; [clic](javascript:alert(1))" "\u00a0"
          r"![i](http://evil.example/x.png) \x1b]0;pwned\x07 \u202eevil zw\u200b &amp;amp; *em* `code` | pipe")
CSV_P = (r"<script>alert(1)</script><img src=x onerror=alert(1)> [clic](javascript:alert(1)) "
         r"![i](http://evil.example/x.png) \x1b]0;pwned\x07 \u202eevil zw\u200b &amp; *em* `code` | pipe")
ODD_FILE = "`<b>x<i>`|[a](javascript:1) \x1b]0;t\x07\u202e.yaml"

# Characters no output may hold raw: C0 controls but tab and line breaks,
# C1 controls, bidi, zero-width, noncharacters (a BOM opens some CSV files).
HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e"
                    "\u2060-\u2069\ufeff\ufdd0-\ufdef\ufffe\uffff]")


def check(condition, message):
    if not condition:
        failures.append(message)


def run(*args, status=0):
    result = subprocess.run([binary, *args], capture_output=True, env=ENV)
    check(result.returncode == status,
          f"autodiag {' '.join(args)}: exit {result.returncode}, expected {status}\n{result.stderr.decode()}")
    return result


def text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def has_line(path, line):
    check(line in text(path).split("\n"), f"{path}: line not found:\n  {line!r}")


def ystr(value):
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


class Active(HTMLParser):
    """Anything in HTML or SVG that would run, load or link respondent text."""

    def __init__(self, path):
        super().__init__(convert_charrefs=True)
        self.path = path

    def handle_starttag(self, tag, attrs):
        check(tag not in ("script", "iframe", "object", "embed", "foreignobject", "form", "base", "link"),
              f"{self.path}: <{tag}> element")
        for name, value in attrs:
            check(not name.startswith("on"), f"{self.path}: {name}= on <{tag}>")
            if name in ("href", "src", "xlink:href") and value:
                check(not re.match(r"\s*(javascript|vbscript|data):", value, re.I) and "evil.example" not in value,
                      f"{self.path}: {name}={value[:60]!r} on <{tag}>")

    handle_startendtag = handle_starttag


def scan(folder):
    for path in sorted(glob.glob(os.path.join(folder, "**", "*"), recursive=True)):
        if os.path.isdir(path):
            continue
        content = text(path)
        found = HIDDEN.search(content.removeprefix("\ufeff"))
        check(found is None, f"{path}: raw U+{ord(found.group()) if found else 0:04X}")
        if path.endswith((".html", ".svg")):
            Active(path).feed(content)
        if path.endswith(".svg"):
            lint = subprocess.run(["xmllint", "--noout", path], capture_output=True)
            check(lint.returncode == 0, f"{path}: not well-formed XML: {lint.stderr.decode()[:200]}")
        if path.endswith(".md"):
            rendered = subprocess.run(["cmark", path], capture_output=True, text=True, check=True).stdout
            Active(path + " (cmark)").feed(rendered)


def hostile_batch(work):
    inputs = os.path.join(work, "in")
    os.mkdir(inputs)
    persona = text(os.path.join(source, "examples", "persona-a-association-sportive.yaml"))
    for i in range(6):
        name = ystr('=HYPERLINK("http://evil.example","%d") ' % i + P)
        response = re.sub(r"(?m)^  name: .*$", lambda m: "  name: " + name, persona, count=1)
        response = re.sub(r"(?m)^  ag_debate_topics: .*$", lambda m: f"  ag_debate_topics: {ystr('+cmd ' + P)}", response)
        response = re.sub(r"(?m)^  partner_ethics: \".*$", lambda m: f"  partner_ethics: {ystr('-cmd ' + P)}", response)
        with open(os.path.join(inputs, f"r{i}.yaml"), "w", encoding="utf-8") as f:
            f.write(response)
    with open(os.path.join(inputs, ODD_FILE), "w", encoding="utf-8") as f:
        f.write(persona.replace("status: complete", "status: in_progress", 1))

    last_year = os.path.join(work, "last-year")
    run("batch", "-o", last_year, inputs)
    out = os.path.join(work, "out")
    run("batch", "--plans", "--benchmark", "--format", "md,html", "--min-group", "3", "--previous", last_year,
        "-o", out, inputs)

    plan = glob.glob(os.path.join(out, "plans", "hyperlink-http-evil-example-0-*.md"))
    check(len(plan) == 1, f"one plan for the first organisation, found {plan}")
    if plan:
        md, html = plan[0], plan[0][:-3] + ".html"
        has_line(md, "# Plan d'amélioration des pratiques — =HYPERLINK(\"http://evil.example\",\"0\") " + MD_P)
        has_line(md, "- +cmd " + MD_P)
        has_line(html, "<h1>Plan d'amélioration des pratiques — "
                       "=HYPERLINK(&quot;http://evil.example&quot;,&quot;0&quot;) " + HTML_P + "</h1>")
        has_line(html, "<li>+cmd " + HTML_P + "</li>")
        check("### Parmi des structures comparables" in text(md).split("\n"), f"{md}: no benchmark section")

    shown = inputs + "/'<b>x<i>'|[a](javascript:1) \\x1b]0;t\\x07\\u202e.yaml"
    answered = " : 100\u202f% des questions répondues"
    has_line(os.path.join(out, "summary.md"), f"- `{shown}`{answered}")
    shown_html = shown.replace("<", "&lt;").replace(">", "&gt;")
    has_line(os.path.join(out, "summary.html"), f"<li><code>{shown_html}</code>\u00a0{answered[1:]}</li>")
    # Followed by name: the six hostile names all match last year's.
    summary = text(os.path.join(out, "summary.md"))
    evolution = summary[summary.find("## Évolution depuis l'an dernier"):]
    row = next((line for line in evolution.split("\n") if line.startswith("| **Ensemble** |")), "")
    cells = row.split(" | ")
    check(len(cells) == 5 and cells[1] == cells[2] and cells[3] == "6", f"summary.md: evolution row {row!r}")

    csv = text(os.path.join(out, "scores.csv"))
    cell = "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"0\"\") " + CSV_P + "\""
    check(inputs + "/r0.yaml," + cell + ",association,72,complete," in csv, "scores.csv: the name's cell is not as expected")
    scores = text(os.path.join(out, "scores.json"))
    check("\\u202eevil zw\\u200b" in scores, "scores.json: bidi and zero-width characters not written as \\u escapes")
    organisations = sorted(entry["organisation"] for entry in json.loads(scores))
    check(organisations[0] == '=HYPERLINK("http://evil.example","0") ' + P, "scores.json: the name did not read back as it was")
    scan(out)
    return last_year, inputs


def hostile_previous(work, last_year, inputs):
    """A scores.json that autodiag did not write is refused, whole."""
    entries = json.loads(text(os.path.join(last_year, "scores.json")))
    complete = next(i for i, entry in enumerate(entries) if entry["status"] == "complete")
    bad = {
        "huge": lambda: entries[complete]["overall"].__setitem__("score", 1e308),
        "negative": lambda: entries[complete]["themes"][0].__setitem__("score", -3),
        "deep": lambda: entries[complete].__setitem__("counts", {"a": {"b": {"c": {"d": 1}}}}),
        "not-objects": lambda: entries.__setitem__(slice(None), [1, 2]),
    }
    for name, spoil in bad.items():
        kept = json.dumps(entries)
        spoil()
        folder = os.path.join(work, "previous-" + name)
        os.mkdir(folder)
        with open(os.path.join(folder, "scores.json"), "w") as f:
            json.dump(entries, f)
        entries[:] = json.loads(kept)
        result = run("batch", "--previous", folder, "-o", os.path.join(work, "out-" + name), inputs, status=65)
        check(result.stderr.decode() == f"autodiag: --previous : {folder}/scores.json n'est pas un scores.json écrit "
                                        "par autodiag batch\n", f"--previous {name}: {result.stderr.decode()!r}")
        check(not os.path.exists(os.path.join(work, "out-" + name)), f"--previous {name}: something was written")


def hostile_consolidation(work):
    inputs = os.path.join(work, "several")
    os.mkdir(inputs)
    for i, path in enumerate(sorted(glob.glob(os.path.join(source, "examples", "consensus-persona-b", "*.yaml")))):
        response = re.sub(r"(?m)^  name: \".*\"$", lambda m: f"  name: {ystr(f'@R{i} ' + P)}", text(path), count=1)
        response = re.sub(r"(?m)^  ag_debate_topics: .*$", lambda m: f"  ag_debate_topics: {ystr(f'+T{i} ' + P)}", response)
        with open(os.path.join(inputs, os.path.basename(path)), "w", encoding="utf-8") as f:
            f.write(response)
    out = os.path.join(work, "consolidated")
    os.mkdir(out)
    files = sorted(glob.glob(os.path.join(inputs, "*.yaml")))
    run("consolidate", "--names", *files, "-o", os.path.join(out, "response.yaml"), "--worksheet", os.path.join(out, "sheet.md"))
    run("consolidate", "--names", *files, "-o", os.path.join(out, "response-2.yaml"), "--worksheet", os.path.join(out, "sheet.html"))
    sheet_md, sheet_html = os.path.join(out, "sheet.md"), os.path.join(out, "sheet.html")
    has_line(sheet_md, "- « +T2 " + MD_P + " »")
    has_line(sheet_md, "- *@R0 " + MD_P + "* : « +T0 " + MD_P + " »")
    has_line(sheet_html, "<li>«\u00a0+T2 " + HTML_P + "\u00a0»</li>")
    has_line(sheet_html, "<li><em>@R0 " + HTML_P + "</em>\u00a0: «\u00a0+T0 " + HTML_P + "\u00a0»</li>")
    # The consolidated response keeps every character, written as escapes.
    consolidated = os.path.join(out, "response.yaml")
    check("\\u202eevil zw\\u200b" in text(consolidated), "response.yaml: bidi and zero-width characters not escaped")
    data = yaml.safe_load(text(consolidated))
    check(data["consensus_of"]["sources"][0]["name"] == "@R0 " + P, "response.yaml: a name did not read back as it was")
    run("validate", consolidated)
    scan(out)

    # Two organisations: the refusal names both, escaped, on the terminal.
    other = os.path.join(work, "other")
    os.mkdir(other)
    shutil.copy(files[0], other)
    stranger = re.sub(r"(?m)^  name: Association Anjou.*$", lambda m: f"  name: {ystr('Autre ' + P)}", text(files[1]))
    with open(os.path.join(other, "z.yaml"), "w", encoding="utf-8") as f:
        f.write(stranger)
    result = run("consolidate", os.path.join(other, os.path.basename(files[0])), os.path.join(other, "z.yaml"),
                 "-o", os.path.join(work, "refused.yaml"), status=65)
    check(f"  « Autre {CSV_P} » : {other}/z.yaml" in result.stderr.decode().split("\n"),
          f"consolidate: refusal not shown escaped:\n{result.stderr.decode()}")


def hostile_catalogue(work):
    """A custom questionnaire's support addresses become links only when they are web addresses."""
    bundled = text(os.path.join(source, "questionnaires", "guide-bonnes-pratiques-ess.yaml"))
    addresses = iter(["javascript:alert(document.cookie)", "https://x.example/> <img src=x onerror=alert(1)"] * 100)
    custom = re.sub(r"(?m)^(\s+url: ).*$", lambda m: m.group(1) + ystr(next(addresses)), bundled)
    questionnaire = os.path.join(work, "custom.yaml")
    with open(questionnaire, "w", encoding="utf-8") as f:
        f.write(custom)
    out = os.path.join(work, "catalogue")
    os.mkdir(out)
    run("plan", "--questionnaire", questionnaire, "--format", "md,html", "-o", os.path.join(out, "plan.md"),
        os.path.join(source, "examples", "persona-a-association-sportive.yaml"))
    for name in ("plan.md", "plan.html"):
        shown = text(os.path.join(out, name))
        check("javascript:" not in shown and "x.example" not in shown, f"{name}: a custom address was shown")
    scan(out)


with tempfile.TemporaryDirectory() as work:
    hostile_catalogue(work)
    last_year, inputs = hostile_batch(work)
    hostile_previous(work, last_year, inputs)
    hostile_consolidation(work)

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
print("hostile names, comments, topics and file names: inert in plans, summary, charts, worksheet, "
      "consolidated response, CSV, JSON and terminal; a forged --previous is refused")
