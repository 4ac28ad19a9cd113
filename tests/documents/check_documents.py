#!/usr/bin/env python3
"""The plan as documents, checked as a person would open them.

check_documents.py BINARY html|office|no-tool|actions

html     every persona's plan as HTML, parsed by a strict XML parser: lang,
         title, headings, tables with header cells, the chart inline, annexes
office   persona B as DOCX and ODT (pandoc): tables and the chart in the archives
no-tool  without pandoc or weasyprint on PATH: the message, exit 69, no file
actions  the tracking sheet written, edited as a spreadsheet would, read back
"""
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.path.abspath(sys.argv[1])
PERSONAS = ["persona-a-association-sportive", "persona-b-medico-social", "persona-c-scic-tiers-lieu",
            "persona-d-banque-cooperative", "persona-e-sas-ess-nantes"]
X = "{http://www.w3.org/1999/xhtml}"
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def run(args, cwd, env=None):
    full_env = dict(os.environ, LANG="C.UTF-8", LC_ALL="", NO_COLOR="1")
    full_env.update(env or {})
    return subprocess.run([BINARY] + args, cwd=cwd, env=full_env, capture_output=True, text=True)


def example(name):
    return os.path.join(ROOT, "examples", name + ".yaml")


def markdown_tables(markdown):
    """Header cell count of each pipe table, in order."""
    lines = markdown.split("\n")
    return [lines[i - 1].count("|") - 1 for i, line in enumerate(lines) if re.match(r"^\|[-:|]+\|$", line)]


def strip_ns(root):
    for element in root.iter():
        element.tag = element.tag.split("}")[-1]
    return root


def text_of(element):
    return "".join(element.itertext())


def check_html():
    with tempfile.TemporaryDirectory() as tmp:
        cases = [(p, "fr") for p in PERSONAS] + [(PERSONAS[4], "en")]
        for persona, lang in cases:
            out = f"{persona}-{lang}.html"
            result = run(["plan", example(persona), "--lang", lang, "--format", "html,md", "-o", out], tmp)
            check(result.returncode == 0, f"{persona} {lang}: exit {result.returncode} {result.stderr}")
            with open(os.path.join(tmp, out), encoding="utf-8") as f:
                page = f.read()
            with open(os.path.join(tmp, f"{persona}-{lang}.md"), encoding="utf-8") as f:
                markdown = f.read()
            check(page.startswith("<!DOCTYPE html>\n"), f"{persona}: doctype")
            root = strip_ns(ET.fromstring(page))  # strict: any unclosed tag fails here
            check(root.get("lang") == lang, f"{persona}: lang {root.get('lang')}")
            h1 = root.findall(".//h1")
            check(len(h1) == 1, f"{persona}: {len(h1)} h1")
            first_line = markdown.split("\n")[0][2:].replace("\\", "")
            check(text_of(h1[0]).replace("\u00a0", " ") == first_line, f"{persona}: h1 {text_of(h1[0])!r}")
            check(root.find(".//title").text == text_of(h1[0]), f"{persona}: title")
            check(root.find("body/main") is not None, f"{persona}: main landmark")
            check(root.findall(".//img") == [] and root.findall(".//script") == [], f"{persona}: img or script")
            svgs = root.findall(".//svg")
            check(len(svgs) == 1 and svgs[0].get("role") == "img", f"{persona}: inline chart")
            chart_title = "Score par thème (sur 100)" if lang == "fr" else "Score per theme (out of 100)"
            check(svgs[0].find("title").text == chart_title, f"{persona}: chart title")
            expected = markdown_tables(markdown)
            tables = root.findall(".//table")
            check([len(t.findall("thead/tr/th")) for t in tables] == expected,
                  f"{persona}: table headers {[len(t.findall('thead/tr/th')) for t in tables]} != {expected}")
            rows_md = sum(1 for line in markdown.split("\n") if line.startswith("| "))
            rows_html = sum(len(t.findall(".//tr")) for t in tables)
            check(rows_md == rows_html, f"{persona}: {rows_html} rows in HTML, {rows_md} in Markdown")
            annexes = [text_of(h) for h in root.findall(".//h2[@class='annex']")]
            word = "Annexe" if lang == "fr" else "Appendix"
            check(len(annexes) == markdown.count(f"\n## {word} ") and annexes, f"{persona}: annexes {annexes}")


def check_office():
    with tempfile.TemporaryDirectory() as tmp:
        persona = PERSONAS[1]
        result = run(["plan", example(persona), "--format", "docx,odt,md", "-o", "b.docx"], tmp)
        check(result.returncode == 0, f"docx/odt: exit {result.returncode} {result.stderr}")
        with open(os.path.join(tmp, "b.md"), encoding="utf-8") as f:
            tables = len(markdown_tables(f.read()))
        with zipfile.ZipFile(os.path.join(tmp, "b.docx")) as docx:
            body = docx.read("word/document.xml").decode()
            media = [n for n in docx.namelist() if n.startswith("word/media/")]
            check(body.count("<w:tbl>") == tables, f"docx: {body.count('<w:tbl>')} tables, expected {tables}")
            check(len(media) == 1 and media[0].endswith(".png"), f"docx media {media}")
            png = docx.read(media[0])
            check(png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") == 1440, "docx: chart PNG 1440 px")
            check('descr="Graphique en barres' in body, "docx: chart alternative text")
            check("Plan d&#39;amélioration des pratiques" in body, "docx: title text")
        with zipfile.ZipFile(os.path.join(tmp, "b.odt")) as odt:
            content = odt.read("content.xml").decode()
            pictures = [n for n in odt.namelist() if n.startswith("Pictures/")]
            count = content.count("<table:table ")
            check(count == tables, f"odt: {count} tables, expected {tables}")
            check(len(pictures) == 1 and pictures[0].endswith(".png"), f"odt pictures {pictures}")
            check("<draw:image " in content, "odt: chart placed")


def check_no_tool():
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "bin")
        os.mkdir(empty)
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        for fmt, tool, package in [("docx", "pandoc", "pandoc"), ("pdf", "weasyprint", "weasyprint")]:
            result = run(["plan", example(PERSONAS[1]), "--format", f"md,{fmt}"], out, {"PATH": empty})
            check(result.returncode == 69, f"{fmt} without {tool}: exit {result.returncode}")
            expected = (f"autodiag: {tool} est introuvable : installez le paquet Debian « {package} » "
                        f"(sudo apt install {package}), puis relancez la commande. Aucun fichier n'a été écrit.\n")
            check(result.stderr == expected and result.stdout == "", f"{fmt} message: {result.stderr!r}")
            check(os.listdir(out) == [], f"{fmt}: files written {os.listdir(out)}")


def read_sheet(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


def check_actions():
    previous = os.path.join(ROOT, "tests", "golden", "plans", "persona-a-2025.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        result = run(["plan", previous, "-o", "2025-plan.md"], tmp)
        check(result.returncode == 0, f"plan 2025: {result.stderr}")
        check("Tableau de suivi des actions : 2025-actions.csv\n" in result.stdout, f"sheet line: {result.stdout}")
        sheet = os.path.join(tmp, "2025-actions.csv")
        with open(sheet, "rb") as f:
            raw = f.read()
        header = "Thème;Action;Priorité;Objectif à 1 an;Objectif à 3 ans;Responsable;Échéance;Statut;Commentaire;Référence\r\n"
        check(raw.startswith(b"\xef\xbb\xbf" + header.encode()), "sheet: BOM and header")
        model = run(["plan", previous, "--format", "json"], tmp).stdout
        actions = json.loads(model)["actions"]
        rows = read_sheet(sheet)
        check(len(rows) == len(actions) + 1, f"sheet rows {len(rows)} for {len(actions)} actions")
        check(rows[1][1] == actions[0]["action"] and rows[1][7] == "à faire" and rows[1][9] == actions[0]["question_id"],
              f"first row {rows[1]}")
        # The board's year, as a spreadsheet saves it.
        rows[1][7], rows[1][5], rows[1][6] = "fait", "Claire Martin", "15/03/2026"
        rows[2][7], rows[2][8] = "Fait !", 'Voté au CA; "charte" adoptée'
        rows[3][7] = "en cours"
        rows[4][7] = "abandonné"
        del rows[5]
        with open(sheet, "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)
        total = len(rows) - 1
        result = run(["plan", example(PERSONAS[0]), "--previous", previous, "--actions", sheet, "-o", "-"], tmp)
        check(result.returncode == 0, f"plan --actions: {result.stderr}")
        plan = result.stdout
        check(f"Sur les {total} actions du tableau de suivi de l'an dernier : 2 faites, 1 en cours, 1 abandonnée "
              f"et {total - 4} encore à faire." in plan, "follow-up counts")
        check(f"Sur les {total} actions prévues l'an dernier, 2 ont été menées à bien, 1 est en cours et 1 a été "
              "abandonnée. Cette année" in plan, "read aloud")
        check(f" | {rows[1][0]} | fait | Claire Martin | 15/03/2026 |  |\n" in plan, "done row with owner and date")
        check('| fait |  |  | Voté au CA; "charte" adoptée |' in plan, "comment with ; and quotes")
        check(plan.count("| en cours |") == 1 and plan.count("| abandonné |") == 1, "in progress and dropped rows")
        # Writing the plan again keeps the board's sheet.
        result = run(["plan", previous, "-o", "2025-plan.md"], tmp)
        check("Tableau de suivi déjà rempli, laissé tel quel : 2025-actions.csv\n" in result.stdout, result.stdout)
        check(read_sheet(sheet) == rows, "sheet kept as the board left it")
        # Excel on a French Windows saves Windows-1252.
        with open(os.path.join(tmp, "excel.csv"), "wb") as f:
            f.write("Thème;Action;Statut\r\nGouvernance;Écrire la charte;Abandonnée\r\n".encode("cp1252"))
        result = run(["plan", example(PERSONAS[0]), "--actions", "excel.csv", "-o", "-"], tmp)
        check("| Écrire la charte | Gouvernance | abandonné |" in result.stdout, "Windows-1252 sheet")
        # A status nobody can read is pointed at.
        with open(os.path.join(tmp, "typo.csv"), "w", encoding="utf-8") as f:
            f.write("Thème;Action;Statut\nGouvernance;Écrire la charte;à faire\nÉthique;Déclarer;presque\n")
        result = run(["plan", example(PERSONAS[0]), "--actions", "typo.csv", "-o", "-"], tmp)
        check(result.returncode == 65, f"typo exit {result.returncode}")
        check(result.stderr == "autodiag: typo.csv:3:18: erreur: statut inconnu « presque » : écrivez à faire, en "
              "cours, fait ou abandonné\n", f"typo message {result.stderr!r}")


{"html": check_html, "office": check_office, "no-tool": check_no_tool, "actions": check_actions}[sys.argv[2]]()
if failures:
    sys.exit(1)
print("ok")
