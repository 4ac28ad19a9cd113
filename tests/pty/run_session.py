#!/usr/bin/env python3
"""End-to-end test of `autodiag run` in a real pseudo-terminal.

Answers a few profile questions, presses Ctrl-C, checks that the answers were
saved and that the exit code is 130; resumes, answers one more question, is
stopped by SIGTERM; resumes, answers, is stopped by SIGHUP; resumes again and
quits with q. Then a whole short session
is run from a pipe (not a terminal) to its end: scores, plan and chart.

Usage: run_session.py PATH/TO/autodiag
"""
import os
import pty
import re
import select
import signal
import fcntl
import struct
import termios
import subprocess
import sys
import tempfile
import time

BINARY = os.path.abspath(sys.argv[1])
TIMEOUT = 30  # generous: CI runs the tests in parallel on two cores


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Session:
    """One autodiag process on a pseudo-terminal, driven like a person would."""

    def __init__(self, args, cwd, env, columns=None):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            if columns:
                fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", 30, columns, 0, 0))
            os.chdir(cwd)
            os.execve(BINARY, [BINARY] + args, env)
        self.output = b""

    def read_until(self, pattern):
        if not self.read_more(0, pattern):
            raise Failure(f"process ended while waiting for {pattern!r}:\n{self.text()[-2000:]}")

    def read_more(self, since, pattern):
        """Reads until the output after offset `since` matches `pattern`; False if the process ended."""
        deadline = time.time() + TIMEOUT
        while re.search(pattern, self.output[since:].decode("utf-8", "replace")) is None:
            if time.time() > deadline:
                raise Failure(f"timed out waiting for {pattern!r}; output so far:\n{self.text()[-2000:]}")
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:
                    chunk = b""
                if not chunk:
                    return False
                self.output += chunk
        return True

    def wait_prompt(self, after):
        """Waits for a new "> " after the text `after`."""
        self.read_until(re.escape(after) + r"[\s\S]*> $")

    def finish(self):
        deadline = time.time() + TIMEOUT
        while True:
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:
                    chunk = b""
                self.output += chunk
                if not chunk:
                    break
            if time.time() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                raise Failure("process did not end:\n" + self.text()[-2000:])
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)

    def text(self):
        return self.output.decode("utf-8", "replace").replace("\r\n", "\n")


def saved(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TERM": "xterm", "LANG": "C.UTF-8", "HOME": "/tmp"}
    with tempfile.TemporaryDirectory() as work:
        year = time.gmtime().tm_year
        response = os.path.join(work, f"autodiag-{year}.yaml")

        # 1. Three answers, then Ctrl-C at the fourth question.
        s = Session([], work, env)
        # The welcome offers both paths, with their durations; 2 is the full one.
        s.wait_prompt("Tapez 1 ou 2")
        check(re.search(r"1\. Parcours court, les questions essentielles : entre \d+ et \d+\s+minutes", s.text()),
              "welcome: no short path offered with its duration\n" + s.text()[-1500:])
        os.write(s.fd, b"2\r")
        s.wait_prompt("Nom de votre structure")
        os.write(s.fd, "Les Amis du Bocage\r".encode())
        s.wait_prompt("Forme juridique")
        os.write(s.fd, b"1\r")
        s.wait_prompt("agrément ESUS")
        os.write(s.fd, b"2\r")
        s.wait_prompt("secteur d'activité")
        os.write(s.fd, b"5\r")
        s.wait_prompt("Nombre de salariés")
        os.write(s.fd, b"3\r")
        s.wait_prompt("bénévoles réguliers")
        os.write(s.fd, b"\x03")
        status = s.finish()
        check(status == 130, f"Ctrl-C: exit code {status}, expected 130\n{s.text()[-1500:]}")
        check("Interrompu." in s.text(), "Ctrl-C: no 'Interrompu.' message")
        # The command is on a line of its own, whole, ready to copy.
        check(f"Pour reprendre là où vous en étiez :\n  autodiag run --resume autodiag-{year}.yaml\n" in s.text(),
              "Ctrl-C: no resume command on its own line\n" + s.text()[-600:])
        text = saved(response)
        check(re.search(r'  name: "Les Amis du Bocage"\n  legal_form: association\n  esus: "?no"?\n'
                        r'  sector: environment\n  employees: 3\n', text),
              "Ctrl-C: answers not saved:\n" + text)
        check("status: in_progress" in text, "Ctrl-C: status is not in_progress")
        check("\x1b[" in s.text(), "a colour terminal should get colour (TERM=xterm, NO_COLOR unset)")

        # 2. Resume (the in-progress file is found at the default path): the
        # first question put is the first unanswered one. SIGTERM stops it.
        s = Session(["--lang", "en"], work, env)
        s.wait_prompt("Number of regular volunteers")
        before = s.text()[: s.text().find("Number of regular volunteers")]
        check("Name of your organisation" not in before and "Legal form" not in before,
              "resume: answered questions were asked again")
        check('Resuming the self-assessment of "Les Amis du Bocage".' in s.text(), "resume: the welcome does not name the organisation")
        os.write(s.fd, b"40\r")
        # With employees, the profile asks whether the work is done on rounds
        # (questionnaire 2.1.0).
        s.wait_prompt("on rounds")
        os.write(s.fd, b"n\r")
        s.wait_prompt("Department")
        os.kill(s.pid, signal.SIGTERM)
        status = s.finish()
        check(status == 130, f"SIGTERM: exit code {status}, expected 130")
        check("  volunteers: 40\n" in saved(response), "SIGTERM: answer not saved")

        # 3. The terminal goes away (SIGHUP) after one more answer: the
        # department, typed by its name.
        s = Session([], work, env)
        s.wait_prompt("Département")
        check("Haute-Corse" not in s.text(), "the 101 departments must not be listed")
        os.write(s.fd, "Sarthe\r".encode())
        s.wait_prompt("convention collective")
        os.kill(s.pid, signal.SIGHUP)
        status = s.finish()
        check(status == 130, f"SIGHUP: exit code {status}, expected 130")
        check(re.search(r'  department: "?72"?\n', saved(response)), "SIGHUP: answer not saved")

        # 4. --resume explicitly, then q: saved, exit 0.
        s = Session(["run", "--resume", response, "--plain"], work, env)
        s.wait_prompt("convention collective")
        check("\x1b[" not in s.text(), "--plain must not write escape sequences")
        os.write(s.fd, b"q\r")
        status = s.finish()
        check(status == 0, f"q: exit code {status}, expected 0")
        check("Pour reprendre" in s.text(), "q: no resume hint")

        # 5. The rest from a pipe, on the short path of two themes: the end
        # writes the scores, the plan and its chart.
        # no collective agreement, the project to finance skipped (Enter),
        # then the three core questions of governance and the two of strategy.
        lines = "\n".join(["n", "", "2", "40", "2", "3", "3"]) + "\n"
        done = subprocess.run([BINARY, "run", "--short", "--themes", "governance,strategy"], cwd=work, env=env,
                              input=lines.encode(), capture_output=True, timeout=TIMEOUT)
        out = done.stdout.decode()
        check(done.returncode == 0, f"pipe: exit code {done.returncode}\n{out[-2000:]}\n{done.stderr.decode()}")
        text = saved(response)
        check("status: complete" in text, "pipe: response not complete:\n" + text)
        check("  collective_agreement: no\n" in text, "pipe: yes/no answer 'n' not saved as no:\n" + text)
        check("answers:\n  statutes_shared: informal\n  ag_participation_rate: 40\n  elected_welcome_training: informal\n"
              "  written_project: formalised\n  stakeholder_feedback: formalised\n" in text, "pipe: answers:\n" + text)
        check("not_addressed: [territory, employment, users, diversity, environment, ethics]" in text,
              "pipe: --themes not recorded:\n" + text)
        check("Merci ! L'autodiagnostic est terminé." in out, "pipe: no end message")
        plan = os.path.join(work, f"autodiag-{year}-plan.md")
        check(os.path.exists(plan) and os.path.exists(plan[:-3] + ".svg"), "pipe: plan or chart missing")
        check(f"autodiag-{year}-plan.md" in out, "pipe: plan path not printed")
        check(f"(odt au lieu de docx) :\n  autodiag plan autodiag-{year}.yaml --format docx\n" in out,
              "pipe: the docx command is not whole on its line\n" + out[-800:])

        # 6. A finished file at the default path is not silently restarted.
        again = subprocess.run([BINARY, "run"], cwd=work, env=env, input=b"", capture_output=True, timeout=TIMEOUT)
        check(again.returncode == 64, f"finished file: exit code {again.returncode}, expected 64")
        # It was made on the short path: going over it again keeps to that path.
        check(f"revoyez-le avec « autodiag run --resume autodiag-{year}.yaml --short »" in again.stderr.decode(),
              "finished short path: the review command lacks --short\n" + again.stderr.decode())
        review = subprocess.run([BINARY, "run", "--resume", f"autodiag-{year}.yaml"], cwd=work, env=env,
                                input=b"q\n", capture_output=True, timeout=TIMEOUT)
        # Only the question passed on purpose (the project to finance) is left
        # on the short path: nothing of the full path is asked.
        check("Durée : environ 1 minute (1 question)." in review.stdout.decode()
              and "\nAvez-vous cette année un projet à financer" in review.stdout.decode(),
              "review of a finished short path turned into new questions\n" + review.stdout.decode()[:3000])
    first_use(env)
    widths(env)
    print("pty session test: ok")


def first_use(env):
    """What review 2026-11-first-use found: the resume command, the lock, New Year."""
    with tempfile.TemporaryDirectory() as work:
        # The resume command keeps --plain and --short; the path with a space is quoted.
        s = Session(["--plain", "--short", "-o", "mes réponses.yaml"], work, env)
        s.wait_prompt("Nom de votre structure")
        check("Tapez 1 ou 2" not in s.text(), "--short given: the choice of path must not be offered")
        os.write(s.fd, "Les Amis\r".encode())
        s.wait_prompt("Forme juridique")

        # A second session on the same file is refused while the first runs.
        second = subprocess.run([BINARY, "--short", "-o", "mes réponses.yaml"], cwd=work, env=env, input=b"",
                                capture_output=True, timeout=TIMEOUT)
        err = second.stderr.decode()
        check(second.returncode == 75, f"lock: exit code {second.returncode}, expected 75\n{err}")
        check("mes réponses.yaml est déjà ouvert dans une autre session d'autodiag" in err, "lock: message:\n" + err)

        os.write(s.fd, b"q\r")
        check(s.finish() == 0, "q: exit code")
        check("autodiag run --resume 'mes réponses.yaml' --short --plain" in s.text(),
              "the resume command drops an option:\n" + s.text()[-600:])
        check("\x1b[" not in s.text(), "--plain wrote escape sequences")

        # Ctrl-D on a terminal is a person stopping, not "the end of the input".
        s = Session(["--plain", "--short", "-o", "mes réponses.yaml"], work, env)
        s.wait_prompt("Forme juridique")
        os.write(s.fd, b"\x04")
        check(s.finish() == 130, "Ctrl-D: exit code")
        check("Arrêté (Ctrl-D).\nVos réponses sont enregistrées dans mes réponses.yaml\n" in s.text(),
              "Ctrl-D: message\n" + s.text()[-600:])

        # A session killed outright leaves its lock file, which blocks nothing.
        s = Session(["--plain", "--short", "-o", "mes réponses.yaml"], work, env)
        s.wait_prompt("Forme juridique")
        os.kill(s.pid, signal.SIGKILL)
        s.finish()
        check(os.path.exists(os.path.join(work, ".mes réponses.yaml.lock")), "the lock file should stay after a crash")
        again = subprocess.run([BINARY, "--short", "-o", "mes réponses.yaml"], cwd=work, env=env, input=b"q\n",
                               capture_output=True, timeout=TIMEOUT)
        check(again.returncode == 0, f"stale lock: exit code {again.returncode}\n{again.stderr.decode()}")
        check(not os.path.exists(os.path.join(work, ".mes réponses.yaml.lock")), "the lock file is left after q")

    with tempfile.TemporaryDirectory() as work:
        # New Year: last year's unfinished file is offered, not silently replaced by a blank one.
        year = time.gmtime().tm_year
        with open(os.path.join(work, f"autodiag-{year - 1}.yaml"), "w", encoding="utf-8") as f:
            f.write("format: autodiag-response/1\nquestionnaire:\n  id: guide-bonnes-pratiques-ess\n  version: 1.0.0\n"
                    "status: in_progress\nlanguage: fr\nprofile:\n  name: \"Les Amis de l'an dernier\"\n")
        done = subprocess.run([BINARY, "--short"], cwd=work, env=env, input=b"o\nq\n", capture_output=True,
                              timeout=TIMEOUT)
        out = done.stdout.decode()
        check(f"Un autodiagnostic commencé l'an dernier n'est pas terminé : autodiag-{year - 1}.yaml. Le reprendre ?"
              in out, "New Year: no offer\n" + out[:1500])
        check("Reprise de l'autodiagnostic de « Les Amis de l'an dernier »." in out, "New Year: not resumed\n" + out[:2500])
        check(not os.path.exists(os.path.join(work, f"autodiag-{year}.yaml")), "New Year: a new file was made")
        done = subprocess.run([BINARY, "--short"], cwd=work, env=env, input=b"n\nLes Nouveaux\nq\n",
                              capture_output=True, timeout=TIMEOUT)
        check(os.path.exists(os.path.join(work, f"autodiag-{year}.yaml")), "New Year: 'n' did not start a new file")


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def widest(text):
    lines = ANSI.sub("", text).replace("\r\n", "\n").split("\n")
    return max(lines, key=len)


def cut_commands(text):
    """The session commands ("g aller à") that a line break splits, in every commands hint of `text`."""
    text = ANSI.sub("", text).replace("\r\n", "\n").replace("\u00a0", " ")
    cut = []
    # A hint runs from "Commandes :" to the prompt on its own line.
    for block in re.findall(r"(?:Commandes :|Commands:) [^\n]*(?:\n(?!> )[^\n]+)*(?=\n> )", text):
        lines = [line.strip() for line in block.split("\n")]
        body = " ".join(lines).split(":", 1)[1]
        for command in re.split(r" [;·|] |; ", body):
            command = command.strip(" ;·|")
            if not any(command in line for line in lines):
                cut.append(command)
    return cut


def widths(env):
    """A whole short session, then `score`, at 60 and 80 columns, in colour and plain: no line wider than the terminal."""
    example = os.path.join(os.path.dirname(BINARY), "..", "examples", "persona-a-association-sportive.yaml")
    for columns in (60, 80):
        for plain in ([], ["--plain"]):
            with tempfile.TemporaryDirectory() as work:
                s = Session(["--short"] + plain, work, env, columns)
                s.wait_prompt("Nom de votre structure")
                # Each prompt gets a fitting answer; a few wrong ones show the refusals too.
                os.write(s.fd, "Association des Amis du Bocage et des Chemins Creux\r".encode())
                for typed in ["non concerné", "44", "3/7"]:
                    s.wait_prompt("Forme juridique" if typed == "non concerné" else "!")
                    os.write(s.fd, typed.encode() + b"\r")
                since = len(s.output)
                # Each screen: the echo of the last answer, then the next prompt.
                while s.read_more(since, r"\n[\s\S]*> $"):
                    screen = s.output[since:].decode("utf-8", "replace")
                    answer = b"\r" if "Les thèmes de cette année" in screen or "sur une ligne" in screen else b"1\r"
                    since = len(s.output)
                    os.write(s.fd, answer)
                check("Merci" in s.text(), f"{columns} columns {plain}: the session did not end\n{s.text()[-1500:]}")
                s.finish()
                line = widest(s.text())
                check(len(line) <= columns, f"{columns} columns {plain}: a line of {len(line)}: {line!r}")
                check("Commandes :" in s.text(), f"{columns} columns {plain}: no commands hint")
                cut = cut_commands(s.text())
                check(not cut, f"{columns} columns {plain}: commands cut from their key: {cut}")
        for plain_env in ({}, {"TERM": "dumb"}):
            s = Session(["score", example], os.getcwd(), dict(env, **plain_env), columns)
            s.finish()
            line = widest(s.text())
            check(len(line) <= columns, f"score at {columns} columns: a line of {len(line)}: {line!r}")
            check(("███" in s.text()) == (not plain_env), "score: bars in colour mode only")


if __name__ == "__main__":
    try:
        main()
    except Failure as e:
        print(f"FAIL: {e}")
        sys.exit(1)
