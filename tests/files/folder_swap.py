#!/usr/bin/env python3
"""`batch --plans` while someone swaps the output's `plans` folder for a link.

The response is a FIFO: the batch blocks reading it, after it has opened its
output folders and before it writes a plan. The test swaps `plans` for a link
to another folder at that moment, then lets the batch go on. No sleep, no
timing: the FIFO orders the two. The plan must land in the folder that was
opened (now renamed), and nothing outside.

Usage: folder_swap.py AUTODIAG EXAMPLES_DIR
"""
import os
import subprocess
import sys
import tempfile
import threading

binary, examples = sys.argv[1], sys.argv[2]
response = open(os.path.join(examples, "persona-a-association-sportive.yaml"), "rb").read()


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


with tempfile.TemporaryDirectory() as work:
    out, elsewhere, fifo = (os.path.join(work, name) for name in ("out", "elsewhere", "response.yaml"))
    os.mkdir(elsewhere)
    os.mkfifo(fifo)
    batch = subprocess.Popen([binary, "batch", "-j", "1", "--plans", fifo, "-o", out],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ, LANG="fr_FR.UTF-8"))

    # Should the batch end without reading the FIFO, this opens its other
    # side so that the test's own open below returns instead of waiting.
    def unblock_if_gone():
        batch.wait()
        try:
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
        except OSError:
            pass

    threading.Thread(target=unblock_if_gone, daemon=True).start()
    writer = os.open(fifo, os.O_WRONLY)  # returns once the batch opens the response
    if batch.poll() is not None:
        fail(f"the batch ended before reading its response (exit {batch.returncode})")
    os.rename(os.path.join(out, "plans"), os.path.join(out, "moved"))
    os.symlink(elsewhere, os.path.join(out, "plans"))
    os.write(writer, response)
    os.close(writer)
    stdout, stderr = batch.communicate(timeout=120)
    if batch.returncode != 0:
        errors = os.path.join(out, "errors.txt")
        listed = open(errors, encoding="utf-8").read() if os.path.exists(errors) else ""
        fail(f"exit {batch.returncode}, expected 0\n{stderr.decode()}{listed}")
    if os.listdir(elsewhere):
        fail(f"written through the link, outside the output folder: {sorted(os.listdir(elsewhere))}")
    moved = sorted(os.listdir(os.path.join(out, "moved")))
    expected = ["etoile-sportive-de-la-vallee-du-loir-actions.csv", "etoile-sportive-de-la-vallee-du-loir.md", "etoile-sportive-de-la-vallee-du-loir.svg"]
    if moved != expected:
        fail(f"the folder that was opened holds {moved}, expected {expected}")
    with open(os.path.join(out, "moved", "etoile-sportive-de-la-vallee-du-loir.md"), encoding="utf-8") as plan:
        first = plan.readline()
    if not first.startswith("# "):
        fail(f"the plan does not start with a title: {first!r}")
    if not os.path.islink(os.path.join(out, "plans")):
        fail("the planted link was replaced")
    if sorted(os.listdir(out)) != ["errors.txt", "improvement.html", "improvement.md", "moved", "plans", "scores.csv",
                                  "scores.json", "summary-levels.svg", "summary-themes.svg", "summary.html", "summary.md"]:
        fail(f"unexpected output folder: {sorted(os.listdir(out))}")
print("plans swapped for a link mid-batch: written in the folder opened, nothing outside")
