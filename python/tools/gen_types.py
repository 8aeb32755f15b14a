"""Write python/form6k/types.py, the TypedDicts of form6k's output, from the JSON Schema.

    python3 python/tools/gen_types.py           rewrite the file
    python3 python/tools/gen_types.py --check   exit 1 when the file is not what the schema gives

Every object of schema/form6k.schema.json becomes a TypedDict with its keys; keys the
schema does not require are in a total=False subclass; properties marked "JS API only" are
left out (so the file runs on Python 3.9,
before NotRequired). A {value, span} object is a Field<type>: FieldString, FieldInt,
FieldBool, FieldPeriod, ... The tests run --check, so the types cannot drift from the
schema, and check real parse output against the types.
"""

import json
import keyword
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "schema" / "form6k.schema.json"
OUT = ROOT / "python" / "form6k" / "types.py"

HEAD = '''"""The shapes of form6k's output as TypedDicts: what parse, covers and table_facts return.

Generated from schema/form6k.schema.json by python/tools/gen_types.py; do not edit by hand
(the tests check that this file is what the schema gives). Keys are the JSON names
(camelCase). A value read from the filing is a Field: {"value": ..., "span": Span}.
"""

from __future__ import annotations

import os
from typing import List, Literal, NamedTuple, Optional, TypedDict, Union

'''

TAIL = '''

class CoverError(TypedDict):
    """A covers() row for a file that could not be read: its path and why."""

    path: str
    error: str


CoverRow = CliCoverRow
"""A covers() row: one filing's cover as flat values (the columns of `form6k covers`)."""


class Fact(TypedDict):
    """One figure of a table, as table_facts() returns it."""

    document: Optional[str]
    table: int
    row: str
    column: str
    raw: str
    value: Optional[float]
    scale: Optional[int]
    currency: Optional[str]
    percent: bool
    span: Span


class AttachedFile(NamedTuple):
    """A uuencoded file of the filing, decoded: what attachments() returns, one per file."""

    name: str
    content_type: str
    data: bytes


Data = Union[bytes, bytearray, str, "os.PathLike[str]", "os.PathLike[bytes]"]
"""What parse() and the other functions read: bytes, the text, or a file's path."""

StrPath = Union[str, "os.PathLike[str]"]
"""A path, as covers() takes them."""
'''

SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
# Names for the objects the schema writes inline (not under $defs, not {value, span}).
INLINE_NAMES = {("CliHeaderSummary", "parties"): "CliPartySummary"}
FIELD_NAMES = {"string": "FieldString", "integer": "FieldInt", "boolean": "FieldBool"}


class Gen:
    def __init__(self, schema):
        self.schema = schema
        self.defs = schema["$defs"]
        self.classes = {}  # name -> (doc, required [(key, type)], optional [(key, type)])
        self.order = []
        self.aliases = []  # (name, expr, doc)

    def resolve(self, ref):
        node = self.schema
        for part in ref.lstrip("#/").split("/"):
            node = node[part]
        return node

    def type_of(self, node, hint):
        """The Python type expression of a schema node; `hint` names an inline object."""
        if "$ref" in node:
            ref = node["$ref"]
            name = ref.split("/")[-1]
            if ref.count("/") == 2:
                return self.def_name(name)
            return self.type_of(self.resolve(ref), hint)
        if "anyOf" in node or "oneOf" in node:
            parts = [self.type_of(n, hint) for n in node.get("anyOf", node.get("oneOf"))]
            return union(parts)
        if "const" in node:
            return f"Literal[{node['const']!r}]"
        if "enum" in node:
            return "Literal[" + ", ".join(repr(v) for v in node["enum"]) + "]"
        t = node.get("type")
        if isinstance(t, list):
            return union([SCALARS[x] for x in t])
        if t == "array":
            return f"List[{self.type_of(node['items'], hint)}]"
        if t == "object":
            return self.inline_object(node, hint)
        return SCALARS[t]

    def inline_object(self, node, hint):
        props = node["properties"]
        if set(props) == {"value", "span"}:
            value = props["value"]
            if "$ref" in value:
                name = "Field" + value["$ref"].split("/")[-1]
            else:
                name = FIELD_NAMES[value["type"]]
            if name not in self.classes:
                doc = "A value read from the filing, with the span it was read from."
                self.add_class(name, node, doc)
            return name
        if hint not in self.classes:
            self.add_class(hint, node, node.get("description"))
        return hint

    def def_name(self, name):
        d = self.defs[name]
        if name not in self.classes and name not in [a[0] for a in self.aliases]:
            if d.get("type") == "object":
                self.add_class(name, d, d.get("description"))
            elif "oneOf" in d:
                parts = []
                for member in d["oneOf"]:
                    kind = member["properties"]["kind"]["const"]
                    cname = name + kind.capitalize()
                    self.add_class(cname, member, f"A {name.lower()} of kind {kind!r}.")
                    parts.append(cname)
                self.aliases.append((name, union(parts), d.get("description")))
            else:
                self.aliases.append((name, self.type_of(d, name), d.get("description")))
        return name

    def add_class(self, name, node, doc):
        self.classes[name] = None  # placeholder against recursion
        required = set(node.get("required", []))
        req, opt = [], []
        for key, prop in node["properties"].items():
            if prop.get("description", "").startswith("JS API only"):
                continue
            assert key.isidentifier() and not keyword.iskeyword(key), key
            hint = INLINE_NAMES.get((name, key), name + key[0].upper() + key[1:])
            t = self.type_of(prop, hint)
            (req if key in required else opt).append((key, t, prop.get("description")))
        self.classes[name] = (doc, req, opt)
        self.order.append(name)

    def render(self):
        out = [HEAD]
        for name in self.order:
            doc, req, opt = self.classes[name]
            base = name
            if opt:
                base = f"_{name}Required"
                out.append(self.render_class(base, "TypedDict", None, req))
                out.append(self.render_class(name, base + ", total=False", doc, opt))
            else:
                out.append(self.render_class(name, "TypedDict", doc, req))
        out.append("\n")
        for name, expr, doc in self.aliases:
            out.append(f"\n{name} = {expr}\n")
            if doc:
                out.append(f'"""{clean(doc)}"""\n')
        out.append(TAIL)
        text = "".join(out)
        return text.replace("\n\n\n\n", "\n\n\n")

    def render_class(self, name, base, doc, keys):
        lines = [f"\n\nclass {name}({base}):\n"]
        if doc:
            lines.append(f'    """{clean(doc)}"""\n\n')
        for key, t, kdoc in keys:
            lines.append(f"    {key}: {t}\n")
            if kdoc:
                lines.append(f'    """{clean(kdoc)}"""\n')
        if not keys:
            lines.append("    pass\n")
        return "".join(lines)


def clean(doc):
    return doc.replace('"""', "'''").replace("\\", "\\\\")


def union(parts):
    seen = []
    for p in parts:
        if p not in seen:
            seen.append(p)
    if "None" in seen and len(seen) == 2:
        other = seen[0] if seen[1] == "None" else seen[1]
        return f"Optional[{other}]"
    return f"Union[{', '.join(seen)}]"


def generate():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    gen = Gen(schema)
    root = dict(schema)
    root.pop("$defs")
    gen.add_class("Filing", root, schema.get("description"))
    for name in schema["$defs"]:
        gen.def_name(name)
    return gen.render()


def main():
    text = generate()
    if sys.argv[1:] == ["--check"]:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is not what {SCHEMA} gives: run python3 python/tools/gen_types.py")
            sys.exit(1)
        print(f"{OUT.name} matches the schema")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
