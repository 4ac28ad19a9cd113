#!/usr/bin/env python3
"""The man pages (French and English) render without a warning from man, and
each command's section names every option that `autodiag COMMAND --help`
shows, with the same value name (FICHIER, DOSSIER…), so a new option without
its documentation fails here.
Usage: man_test.py AUTODIAG BUILD_DIR"""
import os
import re
import subprocess
import sys

autodiag, build = sys.argv[1], sys.argv[2]
failures = []
headings = {"fr": ("COMMANDES", "OPTIONS GÉNÉRALES"), "en": ("COMMANDS", "GENERAL OPTIONS")}


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


# The value names of paths and identifiers, which --help and the manual must
# share; CLI11's own "TEXT" means one was forgotten.
VALUE_NAMES = {"FICHIER", "FILE", "DOSSIER", "FOLDER", "RÉPONSE", "RESPONSE", "ID", "TEXTE", "TEXT"}


def help_options(args, lang):
    """[(option name, value name or None)] of `autodiag ARGS --help`."""
    out = run([autodiag, *args, "--help", "--lang", lang], env=dict(os.environ, LANG="C.UTF-8")).stdout
    names, inside = [], False
    for line in out.splitlines():
        if line.endswith(":") and not line.startswith(" "):
            inside = line in ("Options:", "Options :")
        elif inside and (m := re.match(r"^  (-\S+)(?: (\S+))?", line)):
            value = m.group(2) if m.group(2) in VALUE_NAMES else None
            names += [(n, value) for n in m.group(1).split(",") if n.startswith("-")]
    return names


for lang, (commands_heading, general_heading) in headings.items():
    page = os.path.join(build, "man", lang, "autodiag.1")
    env = dict(os.environ, LANG="C.UTF-8", MANWIDTH="200", MAN_KEEP_FORMATTING="")
    rendered = run(["man", "--warnings", "-l", page], env=env)
    if rendered.returncode != 0 or rendered.stderr.strip():
        failures.append(f"{lang}: man warns: {rendered.stderr.strip()[:500]}")
    text = re.sub(r".\x08", "", rendered.stdout)
    sections, top, command = {}, None, None
    for line in text.splitlines():
        if re.match(r"^\S", line):
            top, command = line.strip(), None
            sections[top] = []
        elif top == commands_heading and (m := re.match(r"^   (\w[\w-]*)", line)):
            command = m.group(1)
            sections[command] = []
        elif top is not None:
            sections[command or top].append(line)
    top = run([autodiag, "--help"], env=dict(os.environ, LANG="C.UTF-8")).stdout
    commands = []
    for l in re.split(r"^(?:Commandes :|Commands:)$", top, flags=re.M)[1].splitlines()[1:]:
        if not l.strip():
            break  # the footer follows a blank line
        if re.match(r"^  [a-z]", l):
            commands.append(l.split()[0])
    for command in commands:
        body = "\n".join(sections.get(command, []))
        if not body:
            failures.append(f"{lang}: no section for the command {command}")
            continue
        for name, value in help_options([command], lang):
            if name in ("-h", "--help"):
                continue
            if not re.search(rf"(^|[\s,]){re.escape(name)}\b", body):
                failures.append(f"{lang}: {command} {name} is not in its section")
            elif value and name.startswith("--") and not re.search(rf"(^|[\s,]){re.escape(name)} {re.escape(value)}\b", body):
                failures.append(f"{lang}: {command} {name} {value} in --help, not in its section")
    general = "\n".join(sections.get(general_heading, []))
    for name, _ in help_options([], lang):
        if not re.search(rf"(^|[\s,]){re.escape(name)}\b", general):
            failures.append(f"{lang}: {name} is not in {general_heading}")
    for code in re.findall(r"\b(6[4-9]|7[0-9]|130)\b", open(os.path.join(os.path.dirname(__file__), "..", "..", "src", "util", "exit_codes.h")).read()):
        if not re.search(rf"^\s+{code}\s", text, re.M):
            failures.append(f"{lang}: exit code {code} not described")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("man pages: no warning; every option and exit code documented, in French and English")
