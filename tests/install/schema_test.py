#!/usr/bin/env python3
"""The JSON Schemas that `autodiag schema` prints agree with `autodiag validate`:
  - every questionnaire and response of the repository that autodiag accepts
    (bundled questionnaires, examples, test fixtures) is valid for its schema;
  - each file of tests/fixtures/schema-invalid/ is refused by both.
The schemas are checked as draft-07 first. Usage: schema_test.py AUTODIAG"""
import glob
import json
import os
import subprocess
import sys

import jsonschema
import yaml

autodiag = sys.argv[1]
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.chdir(root)
env = dict(os.environ, LANG="C.UTF-8", NO_COLOR="1")


class Loader(yaml.SafeLoader):
    """YAML as an editor's schema checker sees it: timestamps stay strings."""


Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def as_json(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f) if path.endswith(".json") else yaml.load(f, Loader=Loader)
    # JSON has string keys only: YAML's `0:` under actions is "0" there.
    return json.loads(json.dumps(data, default=str, ensure_ascii=False))


validators = {}
for kind in ("questionnaire", "response"):
    schema = json.loads(subprocess.run([autodiag, "schema", kind], capture_output=True, text=True, check=True, env=env).stdout)
    with open(f"schemas/{kind}.schema.json", encoding="utf-8") as f:
        assert json.load(f) == schema, f"autodiag schema {kind} differs from schemas/{kind}.schema.json"
    jsonschema.Draft7Validator.check_schema(schema)
    validators[f"autodiag-{kind}/1"] = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)

files = sorted(set(glob.glob("questionnaires/*.yaml") + glob.glob("examples/**/*.yaml", recursive=True)
                   + glob.glob("tests/**/*.yaml", recursive=True) + glob.glob("tests/**/*.json", recursive=True)))
documents = {}
for path in files:
    try:
        data = as_json(path)
    except (yaml.YAMLError, json.JSONDecodeError, UnicodeDecodeError):
        continue  # a fixture that is not even YAML: validate's business only
    if isinstance(data, dict) and data.get("format") in validators:
        documents[path] = data

# Responses to a questionnaire of the repository that is not bundled need -q.
questionnaires = {d["id"]: p for p, d in documents.items()
                  if d["format"] == "autodiag-questionnaire/1" and isinstance(d.get("id"), str)}


def autodiag_accepts(path, data):
    args = [autodiag, "validate", path]
    target = data.get("questionnaire")
    if isinstance(target, dict) and target.get("id") in questionnaires and not questionnaires[target["id"]].startswith("questionnaires/"):
        args[2:2] = ["-q", questionnaires[target["id"]]]
    return subprocess.run(args, capture_output=True, env=env).returncode == 0


failures, accepted = [], 0
invalid_dir = "tests/fixtures/schema-invalid/"
for path, data in documents.items():
    errors = list(validators[data["format"]].iter_errors(data))
    if path.startswith(invalid_dir):
        if not errors:
            failures.append(f"{path}: the schema accepts it")
        if autodiag_accepts(path, data):
            failures.append(f"{path}: autodiag validate accepts it")
    elif autodiag_accepts(path, data):
        accepted += 1
        failures += [f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in errors]

invalid_count = sum(p.startswith(invalid_dir) for p in documents)
if invalid_count < 6:
    failures.append(f"only {invalid_count} files in {invalid_dir}")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"{accepted} valid files pass the schemas; {invalid_count} invalid files fail both the schemas and validate")
