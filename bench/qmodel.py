"""Questionnaire model for the benchmark tools: loads an autodiag
questionnaire with PyYAML's C loader and evaluates `when` conditions the way
autodiag does (docs/questionnaire-format.md, "Conditions")."""
import re
import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

TOKEN = re.compile(r"\s*(?:(?P<num>-?\d+(?:\.\d+)?)|(?P<op>==|!=|<=|>=|<|>|\(|\)|\[|\]|,)|'(?P<str>[^']*)'|(?P<id>[a-z0-9][a-z0-9_-]*))")


def load_questionnaire(path):
    with open(path, "rb") as f:
        q = yaml.load(f, Loader=LOADER)
    scales = {s["id"]: s["options"] for s in q.get("scales", [])}
    questions = []
    for field in q.get("profile", []):
        field["_theme"] = None
        questions.append(field)
    for theme in q["themes"]:
        for question in theme["questions"]:
            if "scale" in question:
                question["options"] = scales[question["scale"]]
            question["_theme"] = theme["id"]
            questions.append(question)
    for question in questions:
        question["_when"] = parse(question["when"]) if "when" in question else None
        question["_max"] = max_points(question)
    q["_questions"] = questions
    return q


def max_points(q):
    if q["_theme"] is None:
        return 0
    t = q["type"]
    if t == "choice":
        return max([o.get("score", 0) for o in q["options"]] + [0])
    if t == "multi":
        return q["cap"] if "cap" in q else sum(max(0, o.get("score", 0)) for o in q["options"])
    if t == "yesno":
        s = q.get("scores", {})
        return max(s.get("yes", 1), s.get("no", 0))
    if t == "number":
        return max([b["score"] for b in q.get("bands", [])] + [0])
    return 0


def tokens(text):
    out, pos = [], 0
    text = text.strip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ValueError("bad condition: " + text)
        kind = m.lastgroup
        value = m.group(kind)
        out.append((kind, float(value) if kind == "num" else value))
        pos = m.end()
    return out


def parse(text):
    toks = tokens(text)
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else (None, None)

    def take():
        pos[0] += 1
        return toks[pos[0] - 1]

    def value():
        kind, v = take()
        return v

    def primary():
        kind, v = take()
        if v == "(":
            node = orexpr()
            take()
            return node
        if v == "answered":
            take()
            _, ident = take()
            take()
            return ("answered", ident)
        ident = v
        _, op = take()
        if op == "in":
            take()
            values = [value()]
            while peek()[1] == ",":
                take()
                values.append(value())
            take()
            return ("in", ident, values)
        if op == "contains":
            return ("contains", ident, value())
        return ("cmp", ident, op, value())

    def unary():
        if peek()[1] == "not":
            take()
            return ("not", unary())
        return primary()

    def andexpr():
        node = unary()
        while peek()[1] == "and":
            take()
            node = ("and", node, unary())
        return node

    def orexpr():
        node = andexpr()
        while peek()[1] == "or":
            take()
            node = ("or", node, andexpr())
        return node

    return orexpr()


def same(answer, v):
    if isinstance(answer, (int, float)) and not isinstance(answer, bool) and isinstance(v, float):
        return float(answer) == v
    return str(answer) == (str(int(v)) if isinstance(v, float) and v == int(v) else str(v))


def evaluate(node, lookup):
    kind = node[0]
    if kind == "not":
        return not evaluate(node[1], lookup)
    if kind == "and":
        return evaluate(node[1], lookup) and evaluate(node[2], lookup)
    if kind == "or":
        return evaluate(node[1], lookup) or evaluate(node[2], lookup)
    answer = lookup(node[1])
    if kind == "answered":
        return answer is not None
    if answer is None:
        return False
    if kind == "in":
        return any(same(answer, v) for v in node[2])
    if kind == "contains":
        return isinstance(answer, list) and node[2] in answer
    op, v = node[2], node[3]
    if op == "==":
        return same(answer, v)
    if op == "!=":
        return not same(answer, v)
    a = float(answer)
    return {"<": a < v, "<=": a <= v, ">": a > v, ">=": a >= v}[op]


def presence(q, values, not_addressed):
    """Question id -> 'shown', 'hidden' or 'not_addressed', in order."""
    result = {}

    def lookup(ident):
        if result.get(ident) != "shown":
            return None
        v = values.get(ident)
        return None if v is None or v == "na" else v

    for question in q["_questions"]:
        if question["_theme"] is not None and question["_theme"] in not_addressed:
            result[question["id"]] = "not_addressed"
        elif question["_when"] is not None and not evaluate(question["_when"], lookup):
            result[question["id"]] = "hidden"
        else:
            result[question["id"]] = "shown"
    return result
