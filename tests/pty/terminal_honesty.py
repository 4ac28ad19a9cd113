#!/usr/bin/env python3
"""What autodiag sends to a real terminal (pseudo-terminal) it cannot fully use.

- `--help` of the top level and of `run` and `batch`, French and English, at
  60 and 80 columns: no line wider than the terminal, and no CLI11 English in
  the French help.
- LANG=C (an ASCII terminal): a session, `score` and an error message send
  only ASCII bytes, accents transliterated, and lines still fit at 60 columns.
- A Latin-1 locale: accents are sent as Latin-1 bytes, and a name typed in
  Latin-1 is saved in UTF-8.
- No colour when TERM is unset or NO_COLOR is set.

Usage: terminal_honesty.py PATH/TO/autodiag
"""
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_session import Failure, Session, check, widest, BINARY  # noqa: E402

BASE = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TERM": "xterm", "LANG": "C.UTF-8", "HOME": "/tmp"}
EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples",
                       "persona-a-association-sportive.yaml")


def run_pty(args, env, columns, cwd=None, keys=None):
    s = Session(args, cwd or os.getcwd(), env, columns)
    for wait, typed in keys or []:
        s.wait_prompt(wait)
        os.write(s.fd, typed)
    s.finish()
    return s


def helps():
    for columns in (60, 80):
        for lang in ("fr", "en"):
            for command in ([], ["run"], ["batch"], ["consolidate"]):
                s = run_pty(command + ["--help", "--lang", lang], BASE, columns)
                text = s.text()
                line = widest(text)
                check(len(line) <= columns, f"{command} --help --lang {lang} at {columns}: a line of {len(line)}: {line!r}")
                if lang == "fr":
                    check("Utilisation : autodiag" in text and "Options :" in text, f"French help labels:\n{text[:400]}")
                    for english in ("Usage:", "Print this help", "REQUIRED", "Excludes", "TEXT", "Subcommands"):
                        check(not re.search(rf"\b{english}(?!\w)", text), f"{command} --help: English {english!r} in the French help")
                else:
                    check("Usage: autodiag" in text and "shows this help" in text, f"English help:\n{text[:400]}")


def ascii_terminal():
    env = dict(BASE, LANG="C")
    with tempfile.TemporaryDirectory() as work:
        s = run_pty(["--short"], env, 60, work, [
            ("Nom de votre structure", b"Les Chemins\r"),
            ("Forme juridique", b"q\r"),
        ])
        raw = s.output
        check(all(b < 0x80 for b in raw), "LANG=C: non-ASCII bytes sent: " +
              repr([raw[i - 20:i + 5] for i, b in enumerate(raw) if b >= 0x80][:3]))
        text = s.text()
        check("Duree : entre" in text and 'repondez "non concerne"' in text, "LANG=C: 'Durée' not transliterated:\n" + text[:1500])
        check("Bienvenue" in text or "autodiagnostic" in text, "LANG=C: no welcome")
        line = widest(text)
        check(len(line) <= 60, f"LANG=C session at 60: a line of {len(line)}: {line!r}")
    s = run_pty(["score", EXAMPLE], env, 60)
    check(all(b < 0x80 for b in s.output), "LANG=C score: non-ASCII bytes")
    check("Gouvernance democratique" in s.text() and "#" in s.text(), "LANG=C score: words or ASCII bars:\n" + s.text())
    check(len(widest(s.text())) <= 60, "LANG=C score: a line wider than 60")
    s = run_pty(["validate", "absent.yaml"], env, 80)
    check("impossible de lire absent.yaml : le fichier n'existe pas (verifiez son nom" in s.text(),
          "LANG=C error message:\n" + s.text())


def latin1_terminal():
    env = dict(BASE, LANG="fr_FR.ISO-8859-1")
    with tempfile.TemporaryDirectory() as work:
        s = run_pty(["--short", "--plain"], env, 80, work, [
            ("Nom de votre structure", "Les Amis de l'Été\r".encode("latin-1")),
            ("Forme juridique", b"q\r"),
        ])
        check("Durée : entre".encode("latin-1") in s.output, "Latin-1: 'Durée' not sent in Latin-1")
        check("é".encode("utf-8") not in s.output, "Latin-1: UTF-8 bytes sent")
        saved = open(os.path.join(work, [f for f in os.listdir(work) if f.endswith(".yaml")][0]), encoding="utf-8").read()
        check("Les Amis de l'Été" in saved, "Latin-1 typing not saved as UTF-8:\n" + saved)


def colours():
    no_term = {k: v for k, v in BASE.items() if k != "TERM"}
    for label, env in (("TERM unset", no_term), ("NO_COLOR", dict(BASE, NO_COLOR="1")), ("TERM=dumb", dict(BASE, TERM="dumb"))):
        s = run_pty(["score", EXAMPLE], env, 80)
        check("\x1b[" not in s.text(), f"{label}: score sent colour")
        with tempfile.TemporaryDirectory() as work:
            s = run_pty(["--short"], env, 80, work, [("Nom de votre structure", b"q\r")])
            check("\x1b[" not in s.text(), f"{label}: the session sent colour")
    with tempfile.TemporaryDirectory() as work:
        s = run_pty(["--short"], BASE, 80, work, [("Nom de votre structure", b"q\r")])
        check("\x1b[" in s.text(), "TERM=xterm: the session should have colour")


if __name__ == "__main__":
    try:
        helps()
        ascii_terminal()
        latin1_terminal()
        colours()
    except Failure as e:
        print(f"FAIL: {e}")
        sys.exit(1)
    print("terminal honesty test: ok")
