"""The invalid examples of Fixtures/, read from each kind's `invalid-cases.json` (stdlib only).

A case is a valid dossier of the kind with an RFC 6902 JSON Patch applied to it, and the one rule
id the patched dossier must trigger (Fixtures/README.md describes the file). This module reads
the cases, applies their patches (the same semantics as SociosanJSON's `JSONPatch`: an `add` of
a new member puts it last, `replace` keeps its place, `move` is a `remove` then an `add`) and
writes a patched dossier as the fixture file it stands for, with its members in the order of
the kind's schema (unknown members last), the order the tool writes dossiers in.

Used by Tools/expand-invalid-fixtures, Tools/check-schemas and Tools/record-behaviour.
"""

import copy
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Fixtures"
SCHEMAS = ROOT / "Schemas"
CASES_FILE = "invalid-cases.json"
ROW_FIELDS = ("name", "rule", "base", "description", "patch")


class CaseError(ValueError):
    """A malformed cases file, or a patch that does not apply to its base."""


# ---------------------------------------------------------------------------------------------
# RFC 6901 JSON Pointer and RFC 6902 JSON Patch

def parse_pointer(text):
    """The unescaped tokens of a JSON Pointer ("" is the whole document)."""
    if not isinstance(text, str):
        raise CaseError(f"a JSON Pointer is a string, not {text!r}")
    if text == "":
        return []
    if not text.startswith("/"):
        raise CaseError(f"JSON Pointer {text!r} does not start with '/'")
    tokens = []
    for raw in text[1:].split("/"):
        token, index = [], 0
        while index < len(raw):
            char = raw[index]
            if char == "~":
                escape = raw[index + 1:index + 2]
                if escape not in ("0", "1"):
                    raise CaseError(f"JSON Pointer {text!r}: '~' must be followed by 0 or 1")
                token.append("~" if escape == "0" else "/")
                index += 2
            else:
                token.append(char)
                index += 1
        tokens.append("".join(token))
    return tokens


def _array_index(token, array, pointer, allow_end):
    if allow_end and token == "-":
        return len(array)
    if not token.isdigit() or not token.isascii() or (len(token) > 1 and token[0] == "0"):
        raise CaseError(f"{pointer}: {token!r} is not an array index")
    index = int(token)
    limit = len(array) if allow_end else len(array) - 1
    if index > limit:
        raise CaseError(f"{pointer}: index {index} is past the end of an array of {len(array)}")
    return index


def _parent(document, tokens, pointer):
    """The container holding the last token of `tokens`."""
    node = document
    for token in tokens[:-1]:
        if isinstance(node, dict):
            if token not in node:
                raise CaseError(f"{pointer}: no member {token!r}")
            node = node[token]
        elif isinstance(node, list):
            node = node[_array_index(token, node, pointer, allow_end=False)]
        else:
            raise CaseError(f"{pointer}: {token!r} goes into a scalar")
    if not isinstance(node, (dict, list)):
        raise CaseError(f"{pointer}: the parent is a scalar")
    return node


def _get(document, tokens, pointer):
    if not tokens:
        return document
    parent = _parent(document, tokens, pointer)
    if isinstance(parent, dict):
        if tokens[-1] not in parent:
            raise CaseError(f"{pointer}: no member {tokens[-1]!r}")
        return parent[tokens[-1]]
    return parent[_array_index(tokens[-1], parent, pointer, allow_end=False)]


def _add(document, tokens, value, pointer):
    if not tokens:
        return value
    parent = _parent(document, tokens, pointer)
    if isinstance(parent, dict):
        parent[tokens[-1]] = value  # a new member goes last, an existing one keeps its place
    else:
        parent.insert(_array_index(tokens[-1], parent, pointer, allow_end=True), value)
    return document


def _remove(document, tokens, pointer):
    if not tokens:
        raise CaseError("cannot remove the whole document")
    parent = _parent(document, tokens, pointer)
    if isinstance(parent, dict):
        if tokens[-1] not in parent:
            raise CaseError(f"{pointer}: no member {tokens[-1]!r}")
        return parent.pop(tokens[-1])
    return parent.pop(_array_index(tokens[-1], parent, pointer, allow_end=False))


def json_equal(a, b):
    """RFC 6902 section 4.6 equality: numbers by value, objects regardless of member order."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def apply_patch(document, patch):
    """`document` with `patch` (a list of RFC 6902 operations) applied; `document` is not changed."""
    if not isinstance(patch, list):
        raise CaseError("a JSON Patch is an array of operations")
    result = copy.deepcopy(document)
    for number, operation in enumerate(patch):
        where = f"operation {number}"
        try:
            if not isinstance(operation, dict):
                raise CaseError("an operation is an object")
            op = operation.get("op")  # other members are ignored, as RFC 6902 section 4 says
            where = f"operation {number} ({op} {operation.get('path')})"
            if "path" not in operation:
                raise CaseError("needs a path")
            path = operation["path"]
            tokens = parse_pointer(path)
            if op in ("add", "replace", "test") and "value" not in operation:
                raise CaseError("needs a value")
            if op == "add":
                result = _add(result, tokens, copy.deepcopy(operation["value"]), path)
            elif op == "remove":
                _remove(result, tokens, path)
            elif op == "replace":
                if not tokens:
                    result = copy.deepcopy(operation["value"])
                    continue
                parent = _parent(result, tokens, path)
                _get(result, tokens, path)  # the target must exist
                key = tokens[-1] if isinstance(parent, dict) else _array_index(tokens[-1], parent, path, False)
                parent[key] = copy.deepcopy(operation["value"])
            elif op in ("move", "copy"):
                if "from" not in operation:
                    raise CaseError("needs a from")
                source = operation["from"]
                from_tokens = parse_pointer(source)
                if op == "move":
                    if tokens[:len(from_tokens)] == from_tokens and len(tokens) > len(from_tokens):
                        raise CaseError(f"cannot move {source} into its own child {path}")
                    if tokens == from_tokens:  # a move to itself changes nothing (it must exist)
                        _get(result, tokens, path)
                        continue
                    value = _remove(result, from_tokens, source)
                else:
                    value = copy.deepcopy(_get(result, from_tokens, source))
                result = _add(result, tokens, value, path)
            elif op == "test":
                if not json_equal(_get(result, tokens, path), operation["value"]):
                    raise CaseError("the value differs")
            else:
                raise CaseError(f"unknown op {op!r}")
        except CaseError as error:
            raise CaseError(f"{where}: {error}") from None
    return result


# ---------------------------------------------------------------------------------------------
# Reading the cases

def load_json(path):
    """A JSON file read strictly (no duplicate keys), members in their order."""
    def no_duplicates(pairs):
        keys = [key for key, _ in pairs]
        if len(keys) != len(set(keys)):
            raise CaseError(f"{path}: duplicate key among {keys}")
        return dict(pairs)
    return json.loads(Path(path).read_text(encoding="utf-8"), object_pairs_hook=no_duplicates)


def rule_of(name):
    """The rule id a case or fixture name gives: the name up to `--` (or all of it)."""
    return name.split("--", 1)[0]


def load_cases(kind_folder):
    """The rows of `kind_folder/invalid-cases.json` ([] when the kind has none), checked."""
    path = Path(kind_folder) / CASES_FILE
    if not path.exists():
        return []
    rows = load_json(path)
    if not isinstance(rows, list):
        raise CaseError(f"{path}: the cases are a JSON array")
    names = set()
    for row in rows:
        if not isinstance(row, dict) or set(row) - set(ROW_FIELDS) or \
                {"name", "rule", "base", "patch"} - set(row):
            raise CaseError(f"{path}: a case has exactly {', '.join(ROW_FIELDS)} (description optional): {str(row)[:120]}")
        name = row["name"]
        if name in names:
            raise CaseError(f"{path}: case {name} is listed twice")
        names.add(name)
        if rule_of(name) != row["rule"]:
            raise CaseError(f"{path}: case {name} names rule {row['rule']}: a name is the rule id, then --variant")
        if not row["base"].startswith("valid/") or not (Path(kind_folder) / row["base"]).is_file():
            raise CaseError(f"{path}: case {name}: base {row['base']} is no file of valid/")
    return rows


def expand(kind_folder, row, bases=None):
    """The dossier a case stands for: its base with its patch applied."""
    bases = {} if bases is None else bases
    if row["base"] not in bases:
        bases[row["base"]] = load_json(Path(kind_folder) / row["base"])
    try:
        return apply_patch(bases[row["base"]], row["patch"])
    except CaseError as error:
        raise CaseError(f"{Path(kind_folder).name}/{CASES_FILE}: case {row['name']}: {error}") from None


# ---------------------------------------------------------------------------------------------
# Writing a case as a file

def schema_of(kind):
    path = SCHEMAS / f"{kind}.schema.json"
    return load_json(path) if path.exists() else {}


def in_schema_order(value, node, root):
    """`value` with the members of every object in the order of the schema's "properties"
    (unknown members last, in their order)."""
    ref = node.get("$ref", "")
    if ref.startswith("#/$defs/"):
        node = root.get("$defs", {}).get(ref[len("#/$defs/"):], {})
    if isinstance(value, dict):
        properties = node.get("properties", {})
        order = {key: position for position, key in enumerate(properties)}
        keys = sorted(value, key=lambda key: order.get(key, len(order)))
        return {key: in_schema_order(value[key], properties.get(key, {}), root) for key in keys}
    if isinstance(value, list):
        return [in_schema_order(item, node.get("items", {}), root) for item in value]
    return value


def render(value, schema):
    """The text of a fixture file: two-space indentation, UTF-8, one final newline."""
    return json.dumps(in_schema_order(value, schema, schema), indent=2, ensure_ascii=False) + "\n"


def kind_folders(kind=None):
    """The kind folders of Fixtures/ that have invalid examples (rows or files)."""
    folders = sorted(p for p in FIXTURES.iterdir() if p.is_dir()) if FIXTURES.is_dir() else []
    folders = [p for p in folders if (p / CASES_FILE).exists() or (p / "invalid").is_dir()]
    return [p for p in folders if kind is None or p.name == kind]
