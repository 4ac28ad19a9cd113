#!/usr/bin/env python3
"""Every command and option that `--help` shows is completed by the bash,
fish and zsh scripts that `autodiag completion SHELL` writes.

The lists come from the help texts (what a user reads), not from the
generator's own walk of the command tree, so a command the generator missed
fails here. Usage: completion_test.py AUTODIAG"""
import os
import re
import subprocess
import sys
import tempfile

autodiag = sys.argv[1]
env = dict(os.environ, LANG="C.UTF-8", NO_COLOR="1")


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, env=env, check=True, **kwargs).stdout


def section(help_text, title):
    """The lines of one section of the help ("Options :" in French, "Options:" in English)."""
    lines, inside = [], False
    for line in help_text.splitlines():
        if line.endswith(":") and not line.startswith(" "):
            inside = line in (title + ":", title + " :")
        elif inside:
            lines.append(line)
    return lines


top_help = run([autodiag, "--help"])
commands = []
for line in re.split(r"^(?:Commandes :|Commands:)$", top_help, flags=re.M)[1].splitlines()[1:]:
    if not line.strip():
        break  # the footer follows a blank line
    if re.match(r"^  [a-z]", line):
        commands.append(line.split()[0])
assert len(commands) >= 9, commands


def options_of(help_text):
    names = []
    for line in section(help_text, "Options"):
        m = re.match(r"^  (\S+)", line)
        if m:
            for name in re.split(r",", m.group(1)):
                if name.startswith("-"):
                    names.append(name)
    return names


expected = {"": options_of(top_help)}
for command in commands:
    expected[command] = options_of(run([autodiag, command, "--help"]))
    assert "--help" in expected[command], command

failures = []
scripts = {shell: run([autodiag, "completion", shell]) for shell in ("bash", "zsh", "fish")}

with tempfile.TemporaryDirectory() as tmp:
    paths = {}
    for shell, text in scripts.items():
        paths[shell] = os.path.join(tmp, "autodiag." + shell)
        with open(paths[shell], "w", encoding="utf-8") as f:
            f.write(text)

    def bash_complete(words):
        line = " ".join(words)
        script = (f"source {paths['bash']}\nCOMP_WORDS=({line})\nCOMP_CWORD={len(words) - 1}\n"
                  "_autodiag\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
        return set(run(["bash", "--norc", "-c", script]).split())

    def fish_complete(line):
        out = run(["fish", "--no-config", "-c", f"source {paths['fish']}; complete -C '{line}'"])
        return {entry.split("\t")[0] for entry in out.splitlines()}

    got = bash_complete(["autodiag", "''"])
    failures += [f"bash: command {c}" for c in commands if c not in got]
    got = fish_complete("autodiag ")
    failures += [f"fish: command {c}" for c in commands if c not in got]
    for command, names in expected.items():
        words = ["autodiag", command, "-"] if command else ["autodiag", "-"]
        got = bash_complete(words)
        failures += [f"bash: {command or '(top)'} {n}" for n in names if n not in got]
        got = fish_complete(" ".join(words))
        failures += [f"fish: {command or '(top)'} {n}" for n in names if n not in got]
    # `autodiag` alone runs the session, so its options complete there too.
    got = bash_complete(["autodiag", "-"])
    failures += [f"bash: (top) {n} of run" for n in expected["run"] if n not in got]
    got = fish_complete("autodiag -")
    failures += [f"fish: (top) {n} of run" for n in expected["run"] if n not in got]
    # --lang offers its two values after any command.
    if bash_complete(["autodiag", "score", "--lang", "''"]) != {"fr", "en"}:
        failures.append("bash: values of --lang")
    if not {"fr", "en"} <= fish_complete("autodiag score --lang "):
        failures.append("fish: values of --lang")

    # zsh: the script parses, and each command's block names each option.
    subprocess.run(["zsh", "-n", paths["zsh"]], check=True)
    for command, names in expected.items():
        if not command:
            continue
        block = re.search(rf"\n    {re.escape(command)}\)\n(.*?)\n      ;;", scripts["zsh"], re.S)
        if block is None:
            failures.append(f"zsh: command {command}")
            continue
        failures += [f"zsh: {command} {n}" for n in names if f"'{n}[" not in block.group(1)]

if failures:
    print("not completed:\n  " + "\n  ".join(failures))
    sys.exit(1)
print(f"{len(commands)} commands and {sum(len(v) for v in expected.values())} options completed in bash, fish and zsh")
