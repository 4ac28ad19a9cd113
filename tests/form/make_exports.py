#!/usr/bin/env python3
"""Writes what each form platform would export once the personas have filled in
the forms that autodiag generates: the fixtures of the round-trip test.

    make_exports.py AUTODIAG OUTDIR PERSONA.yaml...

The forms are generated first (`autodiag form --to xlsform|limesurvey`) and
read back (openpyxl, the code map), so the exports follow the forms and a
change of questionnaire only needs this script to be run again. The layouts
follow each platform's documented export (docs/batch.md, "Reading exports"):

- limesurvey-codes.csv: code headings, short answers (codes, Y/N), one column
  per subquestion, every field quoted, BOM, CRLF, `,`;
- limesurvey-full.csv: full headings and long answers (texts, Oui/Non), `;`;
- kobo.csv: XML values and headers, groups in headers with `/`, multiple
  choices in one space-separated cell, `_id` and the other metadata, `;`;
- odk-central.csv: groups joined with `-`, multiple choices whole and split
  into 1/0 columns, `KEY` and the other metadata, `,`;
- framaforms.csv: three header rows (title, groups, labels), one column per
  option marked X, French labels and decimal commas, `;`;
- google-forms.csv: English question texts as headers, checkboxes joined with
  ", ", `Timestamp`, `,`.
"""

import csv
import io
import os
import subprocess
import sys
import tempfile

import openpyxl
import yaml


def load_forms(autodiag, tmp):
    xlsx = os.path.join(tmp, "form.xlsx")
    txt = os.path.join(tmp, "form.txt")
    subprocess.run([autodiag, "form", "--to", "xlsform", "-o", xlsx], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([autodiag, "form", "--to", "limesurvey", "-o", txt], check=True, stdout=subprocess.DEVNULL)
    book = openpyxl.load_workbook(xlsx)

    def rows(sheet):
        values = list(book[sheet].iter_rows(values_only=True))
        header = values[0]
        return [{header[i]: (v if v is not None else "") for i, v in enumerate(row)} for row in values[1:]]

    choices = {}
    for c in rows("choices"):
        choices.setdefault(c["list_name"], []).append(c)
    fields = []
    groups = []
    for row in rows("survey"):
        kind = row["type"]
        if kind == "begin group":
            groups.append(row["name"])
        elif kind == "end group":
            groups.pop()
        else:
            row["group"] = groups[-1]
            parts = kind.split()
            row["list"] = choices.get(parts[1], []) if len(parts) > 1 else []
            fields.append(row)
    with open(os.path.join(tmp, "form.codes.yaml"), encoding="utf-8") as f:
        codes = {entry["code"]: entry for entry in yaml.safe_load(f)["fields"]}
    by_name = {}
    for code, entry in codes.items():
        if "id" in entry:
            by_name[entry["id"]] = (code, entry)
        elif "na" in entry:
            by_name[entry["na"] + "_na"] = (code, entry)
        elif "comment" in entry:
            by_name[entry["comment"] + "_comment"] = (code, entry)
        else:
            by_name[entry["addressed"] + "_addressed"] = (code, entry)
    for field in fields:
        field["code"], field["codes"] = by_name[field["name"]]
    return fields


FR = "label::Français (fr)"
EN = "label::English (en)"


class Filled:
    """One persona's answers as the form's fields hold them: choice names
    (the form's XML values), None where the form shows nothing."""

    def __init__(self, persona, fields):
        self.values = {}
        answers = dict(persona.get("profile", {}))
        answers.update(persona.get("answers", {}))
        comments = persona.get("comments", {})
        skipped = set(persona.get("not_addressed", []))
        for field in fields:
            name, kind = field["name"], field["type"]
            if name.endswith("_addressed") and field["group"] + "_addressed" == name:
                self.values[name] = "no" if field["group"] in skipped else "yes"
                continue
            if field["group"] in skipped:
                continue
            if name.endswith("_comment") and name[: -len("_comment")] in comments:
                self.values[name] = comments[name[: -len("_comment")]]
            elif kind == "select_multiple na_only":
                if answers.get(name[: -len("_na")]) == "na":
                    self.values[name] = ["na"]
            elif name in answers:
                value = answers[name]
                if value == "na" and not kind.startswith("select"):
                    continue  # in the `_na` box
                if isinstance(value, bool):
                    value = "yes" if value else "no"
                self.values[name] = value

    def get(self, name):
        return self.values.get(name)


def label(field, choice_name, lang):
    for c in field["list"]:
        if str(c["name"]) == str(choice_name):
            return c[lang]
    raise KeyError(choice_name)


def number_text(value, comma=False):
    text = repr(float(value)).rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    return text.replace(".", ",") if comma else text


def write(path, rows, delimiter, quote_all=False, bom=False, final_crlf=False):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n",
                        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    text = ("\ufeff" if bom else "") + out.getvalue() + ("\r\n" if final_crlf else "")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def limesurvey(fields, filled, full):
    meta = ["Response ID", "Date submitted", "Last page", "Start language", "Seed"] if full else \
        ["id", "submitdate", "lastpage", "startlanguage", "seed"]
    header = list(meta)
    for field in fields:
        if field["type"].startswith("select_multiple") and "answers" in field["codes"]:
            for code, option in field["codes"]["answers"].items():
                header.append(f"{field[FR]} [{label(field, option, FR)}]" if full else f"{field['code']}[{code}]")
        else:
            header.append(field[FR] if full else field["code"])
    rows = [header]
    for n, f in enumerate(filled, start=1):
        row = [str(1000 + n), f"2026-11-0{n} 10:00:00", "9", "fr", str(4242 + n)]
        for field in fields:
            value = f.get(field["name"])
            codes = field["codes"].get("answers", {})
            by_option = {str(v): k for k, v in codes.items()}
            kind = field["type"]
            if kind.startswith("select_multiple") and codes:
                chosen = [str(v) for v in (value or [])]
                for code, option in codes.items():
                    ticked = str(option) in chosen
                    row.append(("Oui" if full else "Y") if ticked else "")
            elif value is None:
                row.append("")
            elif kind in ("select_multiple na_only", "select_one yes_no") and not codes:
                # The N/A box and "addressed?" are LimeSurvey yes/no questions.
                yes = value == ["na"] or value == "yes"
                row.append(("Oui" if yes else "Non") if full else ("Y" if yes else "N"))
            elif kind.startswith("select_one"):
                row.append(label(field, value, FR) if full else by_option[str(value)])
            elif kind in ("integer", "decimal"):
                row.append(f"{float(value):.10f}")
            else:
                row.append(str(value))
        rows.append(row)
    return rows


def kobo(fields, filled):
    header = ["start", "end"] + [f"{field['group']}/{field['name']}" for field in fields] + \
        ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by",
         "__version__", "_tags", "_index"]
    rows = [header]
    for n, f in enumerate(filled, start=1):
        row = ["2026-11-02T09:00:00.000+01:00", "2026-11-02T09:40:00.000+01:00"]
        for field in fields:
            value = f.get(field["name"])
            if isinstance(value, list):
                row.append(" ".join(str(v) for v in value))
            else:
                row.append("" if value is None else number_text(value) if isinstance(value, (int, float)) else str(value))
        row += [str(300 + n), f"8e0c5a4e-0000-4000-8000-00000000000{n}", "2026-11-02T08:40:00", "", "[]",
                "submitted_via_web", "", "vAbCdE", "[]", str(n)]
        rows.append(row)
    return rows


def odk_central(fields, filled):
    header = ["SubmissionDate"]
    for field in fields:
        path = f"{field['group']}-{field['name']}"
        header.append(path)
        if field["type"].startswith("select_multiple"):
            header += [f"{path}/{c['name']}" for c in field["list"]]
    header += ["meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected",
               "Status", "ReviewState", "DeviceID", "Edits", "FormVersion"]
    rows = [header]
    for n, f in enumerate(filled, start=1):
        row = ["2026-11-02T08:40:00.000Z"]
        for field in fields:
            value = f.get(field["name"])
            if field["type"].startswith("select_multiple"):
                chosen = [str(v) for v in (value or [])]
                row.append(" ".join(chosen))
                row += [("1" if str(c["name"]) in chosen else "0") if value else "" for c in field["list"]]
            else:
                row.append("" if value is None else number_text(value) if isinstance(value, (int, float)) else str(value))
        uuid = f"uuid:5d3e1c2a-0000-4000-8000-00000000000{n}"
        row += [uuid, uuid, "12", "enqueteur", "0", "0", "", "approved", "", "0", "2026-11"]
        rows.append(row)
    return rows


def framaforms(fields, filled):
    info = ["Serial", "SID", "Submitted Time", "Completed Time", "Modified Time", "Draft", "IP Address", "UID",
            "Username"]
    groups = ["Submission Details"] + [""] * (len(info) - 1)
    labels = list(info)
    for field in fields:
        if field["type"].startswith("select_multiple") and field["type"] != "select_multiple na_only":
            for i, c in enumerate(field["list"]):
                groups.append(field[FR] if i == 0 else "")
                labels.append(c[FR])
        else:
            groups.append("")
            labels.append(field[FR])
    rows = [["Autodiagnostic ESS 2026"] + [""] * (len(labels) - 1), groups, labels]
    for n, f in enumerate(filled, start=1):
        row = [str(n), str(70 + n), "02/11/2026 - 10:00", "02/11/2026 - 10:30", "02/11/2026 - 10:30", "0",
               "192.0.2.1", "0", "Anonyme"]
        for field in fields:
            value = f.get(field["name"])
            kind = field["type"]
            if kind.startswith("select_multiple") and kind != "select_multiple na_only":
                chosen = [str(v) for v in (value or [])]
                row += ["X" if str(c["name"]) in chosen else "" for c in field["list"]]
            elif value is None:
                row.append("")
            elif kind.startswith("select"):
                row.append(label(field, value[0] if isinstance(value, list) else value, FR))
            elif isinstance(value, (int, float)):
                row.append(number_text(value, comma=True))
            else:
                row.append(str(value))
        rows.append(row)
    return rows


def google_forms(fields, filled):
    rows = [["Timestamp"] + [field[EN] for field in fields]]
    for n, f in enumerate(filled, start=1):
        row = [f"11/{n}/2026 10:00:00"]
        for field in fields:
            value = f.get(field["name"])
            if value is None:
                row.append("")
            elif isinstance(value, list):
                row.append(", ".join(label(field, v, EN) for v in value))
            elif field["type"].startswith("select"):
                row.append(label(field, value, EN))
            elif isinstance(value, (int, float)):
                row.append(number_text(value))
            else:
                row.append(str(value))
        rows.append(row)
    return rows


def main():
    autodiag, out_dir, personas = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fields = load_forms(autodiag, tmp)
    filled = []
    for path in personas:
        with open(path, encoding="utf-8") as f:
            filled.append(Filled(yaml.safe_load(f), fields))
    exports = {
        "limesurvey-codes.csv": (limesurvey(fields, filled, full=False), ",", True),
        "limesurvey-full.csv": (limesurvey(fields, filled, full=True), ";", True),
        "kobo.csv": (kobo(fields, filled), ";", False),
        "odk-central.csv": (odk_central(fields, filled), ",", False),
        "framaforms.csv": (framaforms(fields, filled), ";", False),
        "google-forms.csv": (google_forms(fields, filled), ",", False),
    }
    for name, (rows, delimiter, limesurvey_style) in exports.items():
        write(os.path.join(out_dir, name), rows, delimiter, quote_all=limesurvey_style, bom=limesurvey_style,
              final_crlf=limesurvey_style)


if __name__ == "__main__":
    main()
