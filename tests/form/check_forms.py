#!/usr/bin/env python3
"""Checks the forms `autodiag form` writes against the platforms' rules.

    check_forms.py AUTODIAG QUESTIONNAIRE.yaml

XLSForm (xlsform.org; read back with openpyxl): sheets survey, choices and
settings; the required columns; names unique XML names; groups balanced;
every select list present and complete (the questionnaire's options, N/A
where allowed); every `relevant` well-formed (parsed here) and naming only
fields defined before it.

LimeSurvey (manual "Tab Separated Value survey structure"; rules of
Question.php and lime_answers): question codes `^[a-zA-Z][a-zA-Z0-9]*$` of at
most 20 characters, unique; subquestion codes alphanumeric; answer codes at
most 5 characters; the same rows in every language; relevance equations
well-formed and naming existing codes; the code map covering every code.
"""

import os
import re
import subprocess
import sys
import tempfile

import openpyxl
import yaml

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


XML_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
XPATH_TOKEN = re.compile(r"\s*(\$\{[A-Za-z_][A-Za-z0-9_.\-]*\}|'[^']*'|\"[^\"]*\"|-?\d+(?:\.\d+)?|!=|<=|>=|=|<|>|"
                         r"\(|\)|,|and\b|or\b|not\b|selected\b|false\b)")
LS_TOKEN = re.compile(r"\s*([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)?\.NAOK|\"[^\"]*\"|-?\d+(?:\.\d+)?|==|!=|<=|>=|<|>|"
                      r"\(|\)|!|and\b|or\b|is_empty\b)")


def tokens(text, pattern):
    out, pos = [], 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = pattern.match(text, pos)
        if not m:
            raise ValueError(f"unexpected text at {pos}: {text[pos:pos + 20]!r}")
        out.append(m.group(1))
        pos = m.end()
    return out


class Parser:
    """Recursive descent over the expression grammar both targets share:
    or/and of unary terms; a term is a negation, a call, a parenthesised
    expression or a comparison of two operands."""

    def __init__(self, toks, dialect):
        self.toks, self.pos, self.dialect, self.refs = toks, 0, dialect, []

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self, expected=None):
        tok = self.peek()
        if tok is None or (expected is not None and tok != expected):
            raise ValueError(f"expected {expected!r}, found {tok!r}")
        self.pos += 1
        return tok

    def parse(self):
        self.expr()
        if self.peek() is not None:
            raise ValueError(f"trailing {self.peek()!r}")
        return self.refs

    def expr(self):
        self.conj()
        while self.peek() == "or":
            self.take()
            self.conj()

    def conj(self):
        self.unary()
        while self.peek() == "and":
            self.take()
            self.unary()

    def unary(self):
        tok = self.peek()
        if tok in ("not", "!"):
            self.take()
            if tok == "not":
                self.take("(")
                self.expr()
                self.take(")")
            else:
                self.unary()
        elif tok == "(":
            self.take()
            self.expr()
            self.take(")")
        elif tok == "false":
            self.take()
            self.take("(")
            self.take(")")
        elif tok in ("selected", "is_empty"):
            self.take()
            self.take("(")
            self.operand()
            if tok == "selected":
                self.take(",")
                self.operand()
            self.take(")")
        else:
            self.operand()
            if self.peek() in ("=", "!=", "<", "<=", ">", ">=", "=="):
                self.take()
                self.operand()
            elif self.dialect == "xpath" or not re.match(r"^-?\d", tok or ""):
                raise ValueError(f"comparison expected after {tok!r}")

    def operand(self):
        tok = self.take()
        if tok.startswith("${"):
            self.refs.append(tok[2:-1])
        elif tok.endswith(".NAOK"):
            self.refs.append(tok[:-5])
        elif not (tok[0] in "'\"" or re.match(r"^-?\d", tok)):
            raise ValueError(f"operand expected, found {tok!r}")


def sheet_rows(book, name):
    values = list(book[name].iter_rows(values_only=True))
    header = [h for h in values[0]]
    return header, [{header[i]: ("" if v is None else str(v)) for i, v in enumerate(row)} for row in values[1:]]


def check_xlsform(path, questionnaire):
    book = openpyxl.load_workbook(path)
    check(book.sheetnames == ["survey", "choices", "settings"], f"sheets {book.sheetnames}")
    survey_header, survey = sheet_rows(book, "survey")
    choices_header, choices = sheet_rows(book, "choices")
    settings_header, settings = sheet_rows(book, "settings")
    for column in ["type", "name", "label::Français (fr)", "label::English (en)", "hint::Français (fr)",
                   "required", "relevant", "constraint"]:
        check(column in survey_header, f"survey column {column} missing")
    check(choices_header[:2] == ["list_name", "name"], f"choices columns {choices_header}")
    check(settings[0]["form_id"] == questionnaire["id"], "settings form_id")
    check(settings[0]["version"] == str(questionnaire["version"]), "settings version")
    check(settings[0]["default_language"] == "Français (fr)", "settings default_language")
    lists = {}
    for c in choices:
        lists.setdefault(c["list_name"], []).append(c["name"])
        check(" " not in c["name"], f"choice name with a space: {c['name']!r}")
        check(c["label::Français (fr)"] and c["label::English (en)"], f"choice {c['name']} without a label")
    defined, depth = set(), 0
    kinds = {}
    for row in survey:
        kind, name = row["type"], row["name"]
        if kind == "end group":
            depth -= 1
            check(depth >= 0, "end group without begin group")
            continue
        check(XML_NAME.match(name) is not None, f"name {name!r} is not an XML name")
        check(name not in defined, f"name {name!r} given twice")
        check(row["label::Français (fr)"] != "" and row["label::English (en)"] != "", f"{name} without a label")
        if kind == "begin group":
            depth += 1
        parts = kind.split()
        if parts[0] in ("select_one", "select_multiple"):
            check(len(parts) == 2 and parts[1] in lists, f"{name}: list {parts[1:]} missing from choices")
        else:
            check(kind in ("begin group", "text", "integer", "decimal"), f"{name}: unexpected type {kind!r}")
        if row["relevant"]:
            try:
                refs = Parser(tokens(row["relevant"], XPATH_TOKEN), "xpath").parse()
                for ref in refs:
                    check(ref in defined, f"{name}: relevant names {ref!r}, not defined before it")
            except ValueError as e:
                failures.append(f"{name}: relevant {row['relevant']!r} is not well-formed: {e}")
        defined.add(name)
        kinds[name] = kind
    check(depth == 0, "groups not balanced")
    # Every question of the questionnaire, with its complete list of options.
    for field in questionnaire["profile"] + [q for t in questionnaire["themes"] for q in t["questions"]]:
        check(field["id"] in kinds, f"question {field['id']} missing")
        if field["type"] in ("choice", "multi"):
            options = [str(o["id"]) for o in field.get("options", [])] or \
                [str(o["id"]) for s in questionnaire.get("scales", []) if s["id"] == field.get("scale")
                 for o in s["options"]]
            # A multi question offers "none of these" (a form cannot tell no
            # option ticked from no answer).
            expected = options + (["none"] if field["type"] == "multi" else []) + (["na"] if field.get("na") else [])
            check(lists.get(field["id"]) == expected, f"choices of {field['id']}: {lists.get(field['id'])} != {expected}")
    for theme in questionnaire["themes"]:
        check(theme["id"] in defined, f"group {theme['id']} missing")


def check_limesurvey(path, codes_path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    check(text.startswith("\ufeff"), "no byte order mark")
    lines = text.lstrip("\ufeff").rstrip("\n").split("\n")
    header = lines[0].split("\t")
    for column in ["class", "type/scale", "name", "relevance", "text", "help", "language", "mandatory"]:
        check(column in header, f"column {column} missing")
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
    check(all(len(line.split("\t")) == len(header) for line in lines), "rows of different widths")
    by_language = {}
    for row in rows:
        if row["class"] in ("G", "Q", "SQ", "A"):
            # A group's name is its title, in each language.
            by_language.setdefault(row["language"], []).append((row["class"], "" if row["class"] == "G" else row["name"]))
    check(sorted(by_language) == ["en", "fr"], f"languages {sorted(by_language)}")
    check(by_language.get("fr") == by_language.get("en"), "languages do not have the same rows")
    questions, subquestions = set(), set()
    current = None
    for row in rows:
        if row["language"] != "fr":
            continue
        if row["class"] == "Q":
            code = row["name"]
            check(re.match(r"^[a-zA-Z][a-zA-Z0-9]*$", code) is not None and len(code) <= 20, f"question code {code!r}")
            check(code not in questions, f"question code {code} twice")
            questions.add(code)
            current = code
            check(row["type/scale"] in ("L", "M", "Y", "N", "T", "S", "!"), f"{code}: type {row['type/scale']}")
        elif row["class"] == "SQ":
            check(re.match(r"^[a-zA-Z0-9]+$", row["name"]) is not None, f"subquestion code {row['name']!r}")
            subquestions.add(f"{current}_{row['name']}")
        elif row["class"] == "A":
            check(len(row["name"]) <= 5 and re.match(r"^[a-zA-Z0-9]+$", row["name"]) is not None,
                  f"answer code {row['name']!r}")
    for row in rows:
        if row["class"] != "Q" or row["relevance"] == "1":
            continue
        try:
            refs = Parser(tokens(row["relevance"], LS_TOKEN), "expression").parse()
            for ref in refs:
                check(ref in questions or ref in subquestions, f"{row['name']}: relevance names unknown {ref!r}")
        except ValueError as e:
            failures.append(f"{row['name']}: relevance {row['relevance']!r} is not well-formed: {e}")
    with open(codes_path, encoding="utf-8") as f:
        code_map = yaml.safe_load(f)
    check(code_map["format"] == "autodiag-codes/1", "code map format")
    check({entry["code"] for entry in code_map["fields"]} == questions, "code map and survey codes differ")


def main():
    autodiag, questionnaire_path = sys.argv[1], sys.argv[2]
    with open(questionnaire_path, encoding="utf-8") as f:
        questionnaire = yaml.safe_load(f)
    with tempfile.TemporaryDirectory() as tmp:
        xlsx, txt = os.path.join(tmp, "q.xlsx"), os.path.join(tmp, "q.txt")
        for to, out in (("xlsform", xlsx), ("limesurvey", txt)):
            subprocess.run([autodiag, "form", "--to", to, "-q", questionnaire_path, "-o", out], check=True,
                           stdout=subprocess.DEVNULL)
        check_xlsform(xlsx, questionnaire)
        check_limesurvey(txt, os.path.join(tmp, "q.codes.yaml"))
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(failures)} failure(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
