"""Write the contract's checks as plain Python, at build time: ``checks.py`` of the generated
package.

Three kinds of function are written from the contract's schemas, each a straight translation
of the schema it comes from:

- the *first-problem* checks of a request's arguments and body: ``(where, problem)`` for the
  first way a value breaks its schema, or ``None``;
- the *violation* checks of a response: every way a value breaks its schema (a list of
  ``ContractViolation``), or ``None``;
- the *fast paths*: for a response, one function that checks and builds its models in one
  pass for a body that conforms and holds every field, or gives up (``None``) at the first
  thing it does not settle; for a request body, one that answers ``True`` for a body that
  surely conforms. They are sound, never complete: what they vouch for, the general checks
  find nothing wrong in. A schema with a keyword they do not know gets none.

The handwritten client receives them through the operation table (``sdk.py``) and compiles
nothing at run time. ``python -m generator.checks PACKAGE_DIR`` writes the module for the
package in ``PACKAGE_DIR`` (importing that package's models, for the order of their fields).
"""

from __future__ import annotations

import importlib
import json
import math
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

__all__ = ["Module", "Unsupported", "render"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: The runtime helpers the written module imports.
RUNTIME = "openrouter_guardrails._checking"

#: Keys of a schema that constrain nothing a check looks at.
_INERT = frozenset(
    {"description", "example", "examples", "deprecated", "title", "default", "enum", "format"}
)
#: The Python types (as source) of each JSON type, for the first-problem checks; ``bool`` is
#: a JSON boolean only, never an integer.
_PYTHON_TYPES: dict[str, tuple[str, ...]] = {
    "string": ("str",),
    "integer": ("int",),
    "number": ("int", "float"),
    "boolean": ("bool",),
    "array": ("list", "tuple"),
    "object": ("Mapping",),
    "null": ("NoneType",),
}
_TYPE_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "array": "a list",
    "object": "an object",
    "null": "null (None)",
}
#: The Python types (as source) of a JSON type whose check passes on the type alone (a float
#: must also be finite, so it goes through the full check).
_EXACT_TYPES: dict[str, tuple[str, ...]] = {
    "string": ("str",),
    "integer": ("int",),
    "number": ("int",),
    "boolean": ("bool",),
    "null": ("NoneType",),
    "array": ("list",),
    "object": ("dict",),
}
#: What limits each JSON type beyond the type itself (those types then need the full check).
_LIMITS_OF = {
    "string": ("minLength", "maxLength", "const", "pattern"),
    "integer": ("minimum", "maximum", "const"),
    "number": ("minimum", "maximum", "const"),
    "boolean": ("const",),
    "array": ("items", "minItems", "maxItems"),
    "object": ("properties", "required", "additionalProperties"),
}
#: Keywords the first-problem checks compile (with the annotations of ``_INERT`` and ``x-``);
#: ``enum`` is an annotation there: enums are open (a value newer than the contract passes).
_COMPILED = frozenset(
    {
        "type",
        "anyOf",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "minItems",
        "maxItems",
        "const",
        "$ref",
    }
)
#: Keywords the fast path checks itself (with the annotations of ``_INERT`` and ``x-``).
_FAST_KEYWORDS = frozenset(
    {
        "type",
        "anyOf",
        "properties",
        "required",
        "items",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "minItems",
        "const",
    }
)
#: The order of the fast path's tests of a value's types (the rest come first).
_ORDER = {"null": 1, "object": 2}


class Unsupported(Exception):
    """A schema the fast path does not compile."""


class NotCompiled(Exception):
    """A keyword of the contract that the first-problem checks do not compile: generation
    stops (else the check of it would silently pass)."""


def keywords(schema: Mapping[str, Any]) -> set[str]:
    """The keywords of ``schema`` that may limit a value (not annotations, not ``x-``)."""
    return {key for key in schema if key not in _INERT and not key.startswith("x-")}


def types_of(schema: Mapping[str, Any]) -> list[str]:
    """The JSON types ``schema`` names (its ``type``, one or a list; none when absent)."""
    types = schema.get("type")
    return [types] if isinstance(types, str) else list(types or ())


def literal(value: Any) -> str:
    """Python source for a JSON value of the contract (an infinite bound included)."""
    if isinstance(value, float) and math.isinf(value):
        return "math.inf" if value > 0 else "-math.inf"
    if isinstance(value, list):
        return "[" + ", ".join(literal(item) for item in value) + "]"
    if isinstance(value, tuple):
        return "(" + "".join(literal(item) + ", " for item in value) + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def essence(schema: Any) -> str:
    """What of a schema a check looks at (no annotation, no ``x-``), as text: the key under
    which equal checks are written once."""

    def strip(node: Any) -> Any:
        if not isinstance(node, Mapping):
            return node
        kept: dict[str, Any] = {}
        for key in sorted(keywords(node)):
            value = node[key]
            if key == "properties":
                kept[key] = {name: strip(sub) for name, sub in value.items()}
            elif key in ("items",):
                kept[key] = strip(value)
            elif key == "anyOf":
                kept[key] = [strip(option) for option in value]
            else:
                kept[key] = value
        return kept

    return json.dumps(strip(schema), sort_keys=True)


def _type_set(names: Iterable[str]) -> str:
    ordered = sorted(set(names))
    return f"frozenset({{{', '.join(ordered)}}})" if ordered else "frozenset()"


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in name)


class Module:
    """The source of the module being written: constants, then functions, then the tables
    that name functions; every name given once."""

    def __init__(self) -> None:
        self.constants: list[str] = []
        self.functions: list[str] = []
        self.tables: list[str] = []
        self._known: dict[str, str] = {}
        self._count = 0

    def name(self, prefix: str) -> str:
        self._count += 1
        return f"_{prefix}{self._count}"

    def constant(self, source: str, prefix: str = "c", *, late: bool = False) -> str:
        """A module-level name for ``source`` (one per distinct source); ``late`` for a
        source that names the module's functions (it is assigned after them)."""
        if source not in self._known:
            name = self._known[source] = self.name(prefix)
            (self.tables if late else self.constants).append(f"{name} = {source}")
        return self._known[source]

    def function(self, source: str) -> None:
        self.functions.append(source.rstrip("\n") + "\n")

    def table(self, source: str) -> None:
        self.tables.append(source)

    def mark(self) -> tuple[int, int, int, dict[str, str]]:
        """Where the module is now (see ``rollback``)."""
        return len(self.constants), len(self.functions), len(self.tables), dict(self._known)

    def rollback(self, mark: tuple[int, int, int, dict[str, str]]) -> None:
        """Forget what was written since ``mark`` (a fast path that gave up half way)."""
        constants, functions, tables, known = mark
        del self.constants[constants:], self.functions[functions:], self.tables[tables:]
        self._known = known

    def source(self) -> str:
        return "\n\n".join(
            [
                "\n".join(self.constants),
                "\n\n".join(self.functions),
                "\n\n".join(self.tables),
            ]
        )


# ---------------------------------------------------------------- first-problem checks


class FirstChecks:
    """Writes, for a schema, a function ``(value, where) -> (where, problem) | None`` that
    finds the first way ``value`` breaks it (arguments and bodies of requests)."""

    def __init__(self, module: Module, schemas: Mapping[str, Any]) -> None:
        self.m = module
        self.schemas = schemas
        self.refs: dict[str, str] = {}
        self.written: dict[str, str] = {}

    def check(self, schema: Mapping[str, Any]) -> str:
        """The name of the check of ``schema`` (one function for equal schemas)."""
        if "$ref" in schema:
            return self.ref(schema["$ref"].rsplit("/", 1)[-1])
        key = essence(schema)
        if key not in self.written:
            self.written[key] = self.write(schema)
        return self.written[key]

    def write(self, schema: Mapping[str, Any]) -> str:
        unknown = keywords(schema) - _COMPILED
        if unknown:
            raise NotCompiled(
                f"the contract uses {', '.join(sorted(unknown))}, which the written checks do "
                "not compile (a check would silently pass): teach FirstChecks in "
                "generator/checks.py"
            )
        parts: list[str] = []
        if "anyOf" in schema:
            parts.append(self.any_of([self.check(option) for option in schema["anyOf"]]))
        if schema.get("type") is not None:
            parts.append(self.type_check(types_of(schema)))
        if "minLength" in schema or "maxLength" in schema:
            parts.append(self.length(schema.get("minLength", 0), schema.get("maxLength")))
        if "minimum" in schema or "maximum" in schema:
            parts.append(self.bounds(schema.get("minimum"), schema.get("maximum")))
        if "pattern" in schema:
            parts.append(self.pattern(str(schema["pattern"])))
        if "minItems" in schema or "maxItems" in schema or "items" in schema:
            item = self.check(schema["items"]) if "items" in schema else None
            parts.append(self.items(schema.get("minItems", 0), schema.get("maxItems"), item))
        if schema.get("properties") is not None or schema.get("required"):
            fields = [
                (key, self.check(sub)) for key, sub in (schema.get("properties") or {}).items()
            ]
            parts.append(self.fields(tuple(schema.get("required", ())), fields))
        if "const" in schema:
            parts.append(self.const(schema["const"]))
        if not parts:
            return "_no_problem"
        if len(parts) == 1:
            return parts[0]
        name = self.m.name("all")
        lines = [f"def {name}(value, where):"]
        for part in parts:
            lines += [f"    problem = {part}(value, where)", "    if problem is not None:"]
            lines.append("        return problem")
        lines.append("    return None")
        self.m.function("\n".join(lines))
        return name

    def ref(self, schema_name: str) -> str:
        if schema_name not in self.refs:
            name = self.refs[schema_name] = f"_first_{_safe(schema_name)}"
            target = self.check(self.schemas[schema_name])
            self.m.function(f"def {name}(value, where):\n    return {target}(value, where)")
        return self.refs[schema_name]

    def any_of(self, options: list[str]) -> str:
        name = self.m.name("any")
        choices = self.m.constant(f"({', '.join(options)},)", "options", late=True)
        self.m.function(
            f"def {name}(value, where):\n"
            "    first = None\n"
            f"    for option in {choices}:\n"
            "        problem = option(value, where)\n"
            "        if problem is None:\n"
            "            return None\n"
            "        first = first or problem\n"
            "    return first"
        )
        return name

    def type_check(self, allowed: list[str]) -> str:
        bool_allowed = "boolean" in allowed
        python_types = [
            t for name in allowed if name != "boolean" for t in _PYTHON_TYPES.get(name, ())
        ]
        words = " or ".join(_TYPE_WORDS.get(t, t) for t in allowed)
        # Types that pass as they are, found by one set lookup; the rest (subclasses, and
        # floats, which must also be finite) go through the checks that follow.
        exact = {t for t in python_types if t not in ("Mapping", "float")}
        exact |= {"dict"} if "Mapping" in python_types else set()
        exact |= {"bool"} if bool_allowed else set()
        exact_name = self.m.constant(_type_set(exact), "exact")
        kinds = self.m.constant(f"({', '.join(python_types)},)" if python_types else "()", "types")
        accepted = f"{bool_allowed} if isinstance(value, bool) else isinstance(value, {kinds})"
        name = self.m.name("type")
        self.m.function(
            f"def {name}(value, where):\n"
            f"    if type(value) in {exact_name}:\n"
            "        return None\n"
            f"    if {accepted}:\n"
            "        if isinstance(value, float) and not math.isfinite(value):\n"
            '            return where, f"must be a finite number (JSON has no {value})"\n'
            "        return None\n"
            '    return where, f"must be ' + words + ', not {type(value).__name__}"'
        )
        return name

    def length(self, low: int, high: int | None) -> str:
        name = self.m.name("length")
        too_short = "must not be empty" if low == 1 else f"must be at least {low} characters"
        lines = [
            f"def {name}(value, where):",
            "    if not isinstance(value, str):",
            "        return None",
            f"    if len(value) < {low}:",
            f"        return where, {too_short!r}",
        ]
        if high is not None:
            lines += [
                f"    if len(value) > {high}:",
                f'        return where, f"must be at most {high} characters (got {{len(value)}})"',
            ]
        lines.append("    return None")
        self.m.function("\n".join(lines))
        return name

    def bounds(self, lowest: Any, highest: Any) -> str:
        name = self.m.name("bounds")
        lines = [
            f"def {name}(value, where):",
            "    if isinstance(value, bool) or not isinstance(value, (int, float)):",
            "        return None",
        ]
        if lowest is not None:
            lines += [
                f"    if value < {literal(lowest)}:",
                f'        return where, f"must be at least {lowest} (got {{value}})"',
            ]
        if highest is not None:
            lines += [
                f"    if value > {literal(highest)}:",
                f'        return where, f"must be at most {highest} (got {{value}})"',
            ]
        lines.append("    return None")
        self.m.function("\n".join(lines))
        return name

    def pattern(self, regex: str) -> str:
        name = self.m.name("pattern")
        compiled = self.m.constant(f"re.compile({regex!r})", "pattern")
        self.m.function(
            f"def {name}(value, where):\n"
            f"    if isinstance(value, str) and {compiled}.search(value) is None:\n"
            f"        return where, {f'must match the pattern {regex}'!r}\n"
            "    return None"
        )
        return name

    def items(self, min_items: int, max_items: int | None, item: str | None) -> str:
        name = self.m.name("items")
        too_few = "must not be empty" if min_items == 1 else f"must have at least {min_items} items"
        lines = [
            f"def {name}(value, where):",
            "    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):",
            "        return None",
            f"    if len(value) < {min_items}:",
            f"        return where, {too_few!r}",
        ]
        if max_items is not None:
            lines += [
                f"    if len(value) > {int(max_items)}:",
                f'        return where, f"must have at most {int(max_items)} items '
                '(got {len(value)})"',
            ]
        if item is not None:
            lines += [
                "    for index, element in enumerate(value):",
                "        # Checks are pure: the path is spelled out only for an item that fails.",
                "        element = _plain(element)",
                f"        if {item}(element, where) is not None:",
                f'            return {item}(element, f"{{where}}[{{index}}]")',
            ]
        lines.append("    return None")
        self.m.function("\n".join(lines))
        return name

    def fields(self, required: tuple[str, ...], fields: list[tuple[str, str]]) -> str:
        name = self.m.name("fields")
        lines = [
            f"def {name}(value, where):",
            "    if type(value) is not dict and not isinstance(value, Mapping):",
            "        return None",
        ]
        for key in required:
            lines += [
                f"    if {key!r} not in value:",
                f"        return _join(where, {key!r}), 'is required'",
            ]
        for key, sub in fields:
            lines += [
                f"    if {key!r} in value:",
                f"        field = _plain(value[{key!r}])",
                f"        problem = {sub}(field, {key!r})",
                "        if problem is not None:",
                "            # Checks are pure: a nested path is spelled out only on failure.",
                f"            return {sub}(field, _join(where, {key!r})) if where else problem",
            ]
        lines.append("    return None")
        self.m.function("\n".join(lines))
        return name

    def const(self, expected: Any) -> str:
        name = self.m.name("const")
        kind = type(expected).__name__ if expected is not None else "NoneType"
        words = json.dumps(expected)
        self.m.function(
            f"def {name}(value, where):\n"
            f"    if type(value) is {kind} and value == {literal(expected)}:\n"
            "        return None\n"
            f'    return where, f"must be {words.replace("{", "{{").replace("}", "}}")}, '
            'not {json.dumps(value, default=repr)}"'
        )
        return name


# ------------------------------------------------------------------- violation checks


class Violations:
    """Writes, for a schema, a function ``(value, where) -> list[ContractViolation] | None``
    that finds every way ``value`` breaks it (bodies of responses); ``None`` when it
    conforms, so that the common case allocates nothing."""

    def __init__(self, module: Module, schemas: Mapping[str, Any], first: FirstChecks) -> None:
        self.m = module
        self.schemas = schemas
        self.first = first
        self.refs: dict[str, str] = {}
        self.written: dict[str, str] = {}

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def trivial(self, schema: Mapping[str, Any]) -> frozenset[str]:
        """The types (as source) whose values conform to ``schema`` whatever they hold."""
        schema = self.resolve(schema)
        if "anyOf" in schema:
            if keywords(schema) - {"anyOf"}:
                return frozenset()
            return frozenset().union(*(self.trivial(option) for option in schema["anyOf"]))
        names = types_of(schema)
        if not names:
            return frozenset()
        if keywords(schema) - {"type", *(k for n in names for k in _LIMITS_OF.get(n, ()))}:
            return frozenset()  # a keyword this table does not know: always the full check
        return frozenset(
            python_type
            for name in names
            if not any(limit in schema for limit in _LIMITS_OF.get(name, ()))
            for python_type in _EXACT_TYPES.get(name, ())
        )

    def string_bounds(self, schema: Mapping[str, Any]) -> tuple[int, float] | None:
        """``(minLength, maxLength)`` of a string (or null) whose only limit is its length."""
        schema = self.resolve(schema)
        names = set(types_of(schema))
        if "string" not in names or names - {"string", "null"}:
            return None
        if keywords(schema) - {"type", "minLength", "maxLength"}:
            return None
        return schema.get("minLength", 0), schema.get("maxLength", math.inf)

    def strings_only(self, schema: Mapping[str, Any]) -> bool:
        """Whether ``schema`` is a list (or null) of any strings, with no other limit."""
        schema = self.resolve(schema)
        if "items" not in schema:
            return False
        container = {k: v for k, v in schema.items() if k != "items"}
        return "list" in self.trivial(container) and self.trivial(schema["items"]) == {"str"}

    def collect(self, schema: Mapping[str, Any]) -> str:
        """The name of the violation check of ``schema`` (one function for equal schemas)."""
        key = essence(schema)
        if key not in self.written:
            self.written[key] = self.write(schema)
        return self.written[key]

    def write(self, schema: Mapping[str, Any]) -> str:
        if "$ref" in schema:
            schema_name = schema["$ref"].rsplit("/", 1)[-1]
            target = self.schemas[schema_name]
            if "properties" not in target:
                return self.leaf(schema)
            if schema_name not in self.refs:
                name = self.refs[schema_name] = f"_violations_{_safe(schema_name)}"
                body = self.collect(target)
                self.m.function(f"def {name}(value, where):\n    return {body}(value, where)")
            return self.refs[schema_name]
        if "properties" in schema:
            return self.object(schema)
        if "items" in schema:
            return self.array(schema)
        return self.leaf(schema)

    def leaf(self, schema: Mapping[str, Any]) -> str:
        check = self.first.check(schema)
        name = self.m.name("leaf")
        self.m.function(
            f"def {name}(value, where):\n"
            f"    problem = {check}(value, where)\n"
            "    return None if problem is None else [ContractViolation(*problem)]"
        )
        return name

    def object(self, schema: Mapping[str, Any]) -> str:
        required = tuple(schema.get("required", ()))
        nullable = "null" in types_of(schema)
        properties = schema["properties"]
        settled = {key: self.trivial(sub) for key, sub in properties.items()}
        # Per field: its check, and for a string whose only limit is its length, that
        # length's bounds (checked inline: no call for the common case), and whether it is
        # a list of strings.
        entries = {
            key: (self.collect(sub), self.string_bounds(sub), self.strings_only(sub))
            for key, sub in properties.items()
        }
        settled_of = self.m.constant(
            "{" + ", ".join(f"{k!r}: {_type_set(v)}" for k, v in settled.items()) + "}.get",
            "settled",
        )
        fields = self.m.constant(
            "{"
            + ", ".join(
                f"{key!r}: ({sub}, {literal(bounds) if bounds else None}, {strings})"
                for key, (sub, bounds, strings) in entries.items()
            )
            + "}",
            "fields",
            late=True,
        )
        required_keys = self.m.constant(
            f"frozenset({{{', '.join(repr(k) for k in required)}}})" if required else "frozenset()",
            "required",
        )
        name = self.m.name("object")
        null_case = "        if value is None:\n            return None\n" if nullable else ""
        self.m.function(
            f"def {name}(value, where):\n"
            "    if type(value) is not dict and not isinstance(value, Mapping):\n"
            f"{null_case}"
            '        return [ContractViolation(where, f"must be an object, not {_kind(value)}")]\n'
            "    found = None\n"
            f"    if not {required_keys}.issubset(value):\n"
            "        found = [\n"
            "            ContractViolation(_join(where, key), 'is required')\n"
            f"            for key in {required!r}\n"
            "            if key not in value\n"
            "        ]\n"
            "    for key, field in value.items():\n"
            f"        if type(field) in {settled_of}(key, _NOTHING):\n"
            "            continue  # settled by its type alone\n"
            f"        entry = {fields}.get(key)\n"
            "        if entry is None:\n"
            "            continue  # not in the contract: an additional property\n"
            "        sub, bounds, strings = entry\n"
            "        if bounds is not None and type(field) is str:\n"
            "            if bounds[0] <= len(field) <= bounds[1]:\n"
            "                continue\n"
            "        if strings and type(field) is list and _strings(field):\n"
            "            continue\n"
            "        # Checks are pure: the path is spelled out only for a field that fails.\n"
            "        if sub(field, '') is not None:\n"
            "            found = found or []\n"
            "            found.extend(sub(field, _join(where, key)) or ())\n"
            "    return found"
        )
        return name

    def array(self, schema: Mapping[str, Any]) -> str:
        container_schema = {k: v for k, v in schema.items() if k != "items"}
        container = self.first.check(container_schema)
        settled = self.m.constant(_type_set(self.trivial(container_schema)), "settled")
        trivial_items = self.trivial(schema["items"])
        strings_only = trivial_items == frozenset({"str"})
        item = self.collect(schema["items"])
        name = self.m.name("array")
        lines = [
            f"def {name}(value, where):",
            f"    if type(value) not in {settled}:",
            f"        problem = {container}(value, where)",
            "        if problem is not None:",
            "            return [ContractViolation(*problem)]",
            "    if type(value) is not list:",
            "        return None",
        ]
        if strings_only:
            lines += ["    if _strings(value):", "        return None"]
        elif trivial_items:
            items = self.m.constant(_type_set(trivial_items), "settled")
            lines += [
                f"    if all(map({items}.__contains__, map(type, value))):",
                "        return None",
            ]
        lines += [
            "    found = None",
            "    for index, element in enumerate(value):",
            "        # Checks are pure: the path is spelled out only for an item that fails.",
            f"        if {item}(element, '') is not None:",
            "            found = found or []",
            f'            found.extend({item}(element, f"{{where}}[{{index}}]") or ())',
            "    return found",
        ]
        self.m.function("\n".join(lines))
        return name


# ------------------------------------------------------------------------ the fast path
#
# Most responses conform. For them, checking every value through the general checks and
# then building the models costs more than parsing the JSON. So each response schema is
# also written as straight-line Python (as attrs and dataclasses write their ``__init__``):
# a function that checks and builds in one pass an object that holds every field its schema
# declares, and gives up (raises ``_Slow``: the general path then runs) at the first thing
# it does not settle by itself.


def _object_only(schema: Mapping[str, Any]) -> None:
    """``Unsupported`` unless ``schema`` limits an object by its fields alone (the fast path
    checks an object's fields, nothing else of it)."""
    extra = keywords(schema) - {"type", "properties", "required"}
    if extra or set(types_of(schema)) - {"object", "null"}:
        raise Unsupported(f"an object schema with {sorted(extra) or schema.get('type')}")


class FastPath:
    """Writes the fast path of response schemas and the fast test of request bodies."""

    def __init__(self, module: Module, schemas: Mapping[str, Any], models: Any) -> None:
        self.m = module
        self.schemas = schemas
        self.models = models
        self.checkers: dict[str, str] = {}
        self.readers: dict[tuple[str, tuple[str, ...]], str] = {}
        self.partials: dict[str, str] = {}

    def resolve(self, schema: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any]]:
        """The schema's name (when it is a reference) and the schema."""
        name = None
        while "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            schema = self.schemas[name]
        if keywords(schema) - _FAST_KEYWORDS:
            raise Unsupported(sorted(keywords(schema) - _FAST_KEYWORDS))
        return name, schema

    def test(self, schema: Mapping[str, Any], var: str) -> str:
        """A Python expression, true only when ``var`` conforms to ``schema``; the objects
        and lists it holds are checked by a call that raises ``_Slow``."""
        _, schema = self.resolve(schema)
        parts: list[str] = []
        # The cheap tests first, then null, then an object's (its check raises for what is
        # not an object, so null must have been tried before it).
        if "anyOf" in schema:
            options = sorted(schema["anyOf"], key=self.order)
            parts.append(" or ".join(f"({self.test(o, var)})" for o in options))
        if "type" in schema:
            names = sorted(types_of(schema), key=lambda n: _ORDER.get(n, 0))
            parts.append(" or ".join(f"({self.type_test(schema, n, var)})" for n in names))
        elif "properties" in schema:
            parts.append(self.type_test(schema, "object", var))
        if "const" in schema:
            expected = schema["const"]
            kind = type(expected).__name__ if expected is not None else "NoneType"
            parts.append(f"type({var}) is {kind} and {var} == {literal(expected)}")
        if not parts:
            raise Unsupported("a schema with no type")
        return " and ".join(f"({part})" for part in parts)

    def order(self, schema: Mapping[str, Any]) -> int:
        """Where an option of ``anyOf`` is tested (see ``test``)."""
        _, resolved = self.resolve(schema)
        if "properties" in resolved:
            return _ORDER["object"]
        return max((_ORDER.get(name, 0) for name in types_of(resolved)), default=0)

    def type_test(self, schema: Mapping[str, Any], kind: str, var: str) -> str:
        low, high = schema.get("minimum"), schema.get("maximum")
        bounds = (f" and {literal(low)} <= {var}" if low is not None else "") + (
            f" and {var} <= {literal(high)}" if high is not None else ""
        )
        if kind == "null":
            return f"{var} is None"
        if kind == "boolean":
            return f"type({var}) is bool"
        if kind == "integer":
            return f"type({var}) is int{bounds}"
        if kind == "number":
            # A float must be finite: inf - inf and nan - nan are not 0.
            return f"(type({var}) is int or (type({var}) is float and {var} - {var} == 0)){bounds}"
        if kind == "string":
            length = ""
            if "minLength" in schema:
                length += f" and {int(schema['minLength'])} <= len({var})"
            if "maxLength" in schema:
                length += f" and len({var}) <= {int(schema['maxLength'])}"
            return f"type({var}) is str{length}"
        if kind == "array":
            size = f" and len({var}) >= {int(schema['minItems'])}" if "minItems" in schema else ""
            items = schema.get("items")
            if items is None:
                return f"type({var}) is list{size}"
            _, item = self.resolve(items)
            if item.get("type") == "string" and not keywords(item) - {"type"}:
                return f"type({var}) is list{size} and _strings({var})"
            each = self.item_function(items)
            return f"type({var}) is list{size} and all(map({each}, {var}))"
        if kind == "object":
            if "properties" not in schema:
                raise Unsupported("an object with no properties")
            return f"{self.checker(schema)}({var})"
        raise Unsupported(kind)

    def item_function(self, schema: Mapping[str, Any]) -> str:
        """A function that returns True for an item that conforms to ``schema`` and raises
        ``_Slow`` for any other."""
        name, resolved = self.resolve(schema)
        plain_object = "properties" in resolved and not resolved.get("anyOf")
        if name is not None and plain_object and resolved.get("type") in (None, "object"):
            return self.checker(resolved, name)
        function = self.m.name("item")
        self.m.function(
            f"def {function}(v):\n"
            f"    if {self.test(schema, 'v')}:\n"
            "        return True\n"
            "    raise _Slow"
        )
        return function

    def checker(self, schema: Mapping[str, Any], name: str | None = None) -> str:
        """A function that returns True for an object that conforms to ``schema`` (any of
        its fields may be absent, but not a required one) and raises ``_Slow`` else."""
        key = name or essence(schema)
        if key in self.checkers:
            return self.checkers[key]
        function = self.checkers[key] = self.m.name("check")
        body = self.object_lines(schema, "v", "    ")
        self.m.function("\n".join([f"def {function}(v):", *body, "    return True"]))
        return function

    def object_lines(self, schema: Mapping[str, Any], var: str, indent: str) -> list[str]:
        """Statements that raise ``_Slow`` unless the object ``var`` conforms to ``schema``."""
        _object_only(schema)
        nullable = "null" in types_of(schema)
        required = set(schema.get("required", ()))
        if required - set(schema["properties"]):
            raise Unsupported("a required field the object does not declare")
        lines = [f"{indent}if type({var}) is not dict:"]
        if nullable:
            lines.append(f"{indent}    if {var} is not None:\n{indent}        raise _Slow")
            lines.append(f"{indent}else:")
        else:
            lines.append(f"{indent}    raise _Slow")
        inner = indent + "    " if nullable else indent
        get = self.m.name("get")
        lines.append(f"{inner}{get} = {var}.get")
        for key_name, sub in schema["properties"].items():
            field = self.m.name("y")
            lines.append(f"{inner}{field} = {get}({key_name!r}, _MISSING)")
            if key_name in required:
                test, after = self.split(sub, field, inner)
                lines.append(f"{inner}if not ({test}):\n{inner}    raise _Slow")
            else:
                test, after = self.split(sub, field, inner + "    ")
                lines.append(f"{inner}if {field} is not _MISSING:")
                lines.append(f"{inner}    if not ({test}):\n{inner}        raise _Slow")
            lines.extend(after)
        return lines

    def split(self, schema: Mapping[str, Any], var: str, indent: str) -> tuple[str, list[str]]:
        """``test``, with the items of a list checked by statements that follow it (at
        ``indent``), in place of a call per item."""
        _, resolved = self.resolve(schema)
        if "items" not in resolved or "anyOf" in resolved or "array" not in types_of(resolved):
            return self.test(schema, var), []
        container = {key: value for key, value in resolved.items() if key != "items"}
        test = self.test(container, var)
        _, item = self.resolve(resolved["items"])
        lines = [f"{indent}if type({var}) is list:"]
        if item.get("type") == "string" and not keywords(item) - {"type"}:
            lines.append(
                f"{indent}    _join_all({var})  # a TypeError on an item that is no string"
            )
            return test, lines
        element = self.m.name("e")
        lines.append(f"{indent}    for {element} in {var}:")
        item_types = item.get("type")
        if "properties" in item and "anyOf" not in item and item_types in (None, "object"):
            lines.extend(self.object_lines(item, element, indent + "        "))
        else:
            item_test = self.test(resolved["items"], element)
            lines.append(f"{indent}        if not ({item_test}):")
            lines.append(f"{indent}            raise _Slow")
        return test, lines

    def getter(self, names: tuple[str, ...]) -> str:
        """A function that gives the values of ``names`` in a dict, as a tuple (``KeyError``
        when one is absent)."""
        if len(names) >= 2:
            source = f"operator.itemgetter({', '.join(repr(n) for n in names)})"
        elif names:
            source = f"lambda value: (value[{names[0]!r}],)"
        else:
            source = "lambda value: ()"
        return self.m.constant(source, "get")

    def reader(self, schema: Mapping[str, Any], model: Any, eager: Mapping[str, Any]) -> str:
        """A function that checks and builds the ``model`` of an object of ``schema`` (the
        common case: one that holds every field, and maybe more), or raises ``_Slow``.
        ``eager`` names the fields whose items are built here too rather than on first
        access: field name -> (item schema, item model, whether it holds a list)."""
        import attrs

        _, schema = self.resolve(schema)
        key = (model.__name__, tuple(eager))
        if key in self.readers:
            return self.readers[key]
        names = self.names_of(schema, model)
        function = self.readers[key] = self.m.name("read")
        get = self.getter(names)
        cls = f"_models.{model.__name__}"
        known = self.m.constant(
            f"frozenset({{{', '.join(repr(n) for n in names)}}})" if names else "frozenset()",
            "known",
        )
        fields = [field.name for field in attrs.fields(model)]
        python_names = fields[: len(names)]
        extra = "additional_properties" in fields
        # An object that lacks a field: checked field by field, built by ``from_dict``
        # (a response whose items this reader builds too gives up instead).
        partial = f"return {self.partial(schema, model)}(v)" if not eager else "raise _Slow"
        lines = [
            f"def {function}(v):",
            "    if type(v) is not dict:",
            "        raise _Slow",
            "    n = len(v)",
            f"    if n < {len(names)}:",
            f"        {partial}",
            "    try:",
            f"        values = {get}(v)",
            "    except KeyError:",
            f"        {partial}",
        ]
        variables = [f"x{index}" for index in range(len(names))]
        if names:
            lines.append(f"    ({', '.join(variables)},) = values")
        lines.extend(self.field_checks(schema, names, variables, eager, "    "))
        built: list[tuple[str, str]] = []
        for index, json_name in enumerate(names):
            if json_name not in eager:
                continue
            item_schema, item_model, is_list = eager[json_name]
            var = variables[index]
            if is_list:
                lines.append(f"    if type({var}) is not list:\n        raise _Slow")
                lines.extend(self.items(item_schema, item_model, var))
            else:
                lines.append(f"    {var} = {self.reader(item_schema, item_model, {})}({var})")
            built.append((python_names[index], var))
        if built:
            slots = ", ".join(
                "None" if json_name in eager else var
                for json_name, var in zip(names, variables, strict=True)
            )
            lines.append(f"    model = {cls}._from_fields(({slots},))")
            lines.extend(f"    model.{python} = {var}" for python, var in built)
        else:
            lines.append(f"    if n == {len(names)}:")
            lines.append(f"        return {cls}._from_complete(v)")
            lines.append(f"    model = {cls}._from_fields(values)")
        if extra:
            lines.append(f"    if n > {len(names)}:")
            lines.append(
                "        model.additional_properties = "
                f"{{k: x for k, x in v.items() if k not in {known}}}"
            )
        lines.append("    return model")
        self.m.function("\n".join(lines))
        return function

    def names_of(self, schema: Mapping[str, Any], model: Any) -> tuple[str, ...]:
        """The JSON names of ``model``'s fields, in the order it takes them: the properties
        of ``schema``, or ``Unsupported``."""
        _object_only(schema)
        properties = schema.get("properties", {})
        names = tuple(model._json_names)
        if set(names) != set(properties) or not set(schema.get("required", ())) <= set(names):
            raise Unsupported("the model's fields are not the schema's")
        return names

    def field_checks(
        self,
        schema: Mapping[str, Any],
        names: tuple[str, ...],
        variables: list[str],
        skip: Mapping[str, Any],
        indent: str,
    ) -> list[str]:
        """Statements that raise ``_Slow`` unless the values in ``variables`` (of the fields
        ``names``, but those in ``skip``) conform: one expression of every type test, then
        the checks of the lists' items."""
        properties = schema.get("properties", {})
        tests: list[str] = []
        after: list[str] = []
        for json_name, var in zip(names, variables, strict=True):
            if json_name not in skip:
                test, statements = self.split(properties[json_name], var, indent)
                tests.append(test)
                after.extend(statements)
        lines = []
        if tests:
            joined = f"\n{indent}    and ".join(f"({t})" for t in tests)
            lines.append(f"{indent}if not ({joined}):\n{indent}    raise _Slow")
        return lines + after

    def items(self, schema: Mapping[str, Any], model: Any, var: str) -> list[str]:
        """Statements that check the list ``var`` of objects of ``schema`` and put their
        models in ``var``: when every item holds exactly the fields it declares (the common
        case), checked in one loop and then built in one call, which takes the objects as
        the models' storage (nothing can give up after it, so the general path never sees
        them changed); else item by item."""
        _, schema = self.resolve(schema)
        names = self.names_of(schema, model)
        get = self.getter(names)
        item = self.m.name("item")
        variables = [f"{item}_{index}" for index in range(len(names))]
        unpack = f"({', '.join(variables)},) = {get}({item})" if names else "pass"
        one_by_one = self.reader(schema, model, {})
        pending = self.m.name("pending")
        return [
            f"    {pending} = True",
            f"    for {item} in {var}:",
            f"        if type({item}) is not dict or len({item}) != {len(names)}:",
            "            break",
            "        try:",
            f"            {unpack}",
            "        except KeyError:",
            "            break",
            *self.field_checks(schema, names, variables, {}, "        "),
            "    else:",
            f"        {var} = _models.{model.__name__}._from_complete_many({var})",
            f"        {pending} = False",
            f"    if {pending}:",
            f"        {var} = list(map({one_by_one}, {var}))",
        ]

    def partial(self, schema: Mapping[str, Any], model: Any) -> str:
        """A function that checks an object of ``schema`` field by field (any may be absent
        but a required one) and builds its ``model`` by ``from_dict``, or raises ``_Slow``."""
        if model.__name__ in self.partials:
            return self.partials[model.__name__]
        function = self.partials[model.__name__] = self.m.name("partial")
        body = self.object_lines(schema, "v", "    ")
        self.m.function(
            "\n".join(
                [f"def {function}(v):", *body, f"    return _models.{model.__name__}.from_dict(v)"]
            )
        )
        return function

    def entry(self, name: str, inner: str) -> str:
        """The fast path itself: what ``inner`` answers, or ``None`` when the general path
        must run (on the value as it was given: nothing is changed before the fast path is
        sure to succeed)."""
        self.m.function(
            f"def {name}(payload):\n"
            "    try:\n"
            f"        return {inner}(payload)\n"
            "    except Exception:  # _Slow, or anything odd: the general path decides\n"
            "        return None"
        )
        return name

    def response(
        self,
        label: str,
        schema: Mapping[str, Any],
        model: Any,
        lists: tuple[str, ...],
        objects: tuple[str, ...],
    ) -> str | None:
        """The fast path of a response (its items, ``lists`` and ``objects``, read by their
        own model's reader), or ``None`` for a schema it does not compile."""
        mark, memo = self.m.mark(), (dict(self.checkers), dict(self.readers), dict(self.partials))
        try:
            _, body = self.resolve(schema)
            eager: dict[str, tuple[Mapping[str, Any], Any, bool]] = {}
            for key in lists + objects:
                field = body["properties"][key]
                if key in lists:
                    field = self.resolve(field)[1]["items"]
                name, item = self.resolve(field)
                item_model = getattr(self.models, name or "", None)
                if item_model is None:
                    return None
                eager[key] = (item, item_model, key in lists)
            inner = self.reader(body, model, eager)
        except Unsupported:
            self.m.rollback(mark)
            self.checkers, self.readers, self.partials = memo
            return None
        return self.entry(f"_fast_{_safe(label)}", inner)

    def body(self, label: str, schema: Mapping[str, Any]) -> str | None:
        """A function that answers ``True`` for a request body that surely conforms to
        ``schema`` and ``None`` when the general checks must decide; ``None`` for a schema
        the fast path does not compile."""
        mark, memo = self.m.mark(), (dict(self.checkers), dict(self.readers), dict(self.partials))
        try:
            name, body = self.resolve(schema)
            if "properties" not in body:
                return None
            inner = self.checker(body, name)
        except Unsupported:
            self.m.rollback(mark)
            self.checkers, self.readers, self.partials = memo
            return None
        return self.entry(f"_conforms_{_safe(label)}", inner)


# ------------------------------------------------------------------------- the module

#: What the written functions use, besides each other.
IMPORTS = """import json
import math
import operator
import re
from collections.abc import Mapping

from openrouter_guardrails._checking import MISSING as _MISSING
from openrouter_guardrails._checking import NOTHING as _NOTHING
from openrouter_guardrails._checking import ContractViolation, NoneType, OperationChecks
from openrouter_guardrails._checking import Slow as _Slow
from openrouter_guardrails._checking import join as _join
from openrouter_guardrails._checking import kind_of as _kind
from openrouter_guardrails._checking import no_problem as _no_problem
from openrouter_guardrails._checking import plain as _plain
from openrouter_guardrails._checking import strings as _strings
"""
#: The module's own helpers (after every import).
HELPERS = """
_join_all = "".join
"""

_HEADER = (
    '''"""The contract's checks, as plain Python: written by ``python -m generator`` from
``openapi/guardrails.yaml``; do not edit.

For each operation (``OPERATIONS``, by operationId): the first-problem checks of its query
and path arguments and of its body, the fast test of its body, and the checks and the fast
path of its success response (see ``generator/checks.py`` for what each kind does).
"""

from __future__ import annotations

'''
    + IMPORTS
    + "\nfrom . import models as _models\n"
    + HELPERS
)


def _success_schema(op: Mapping[str, Any]) -> Mapping[str, Any] | None:
    for status, response in sorted(op.get("responses", {}).items()):
        if str(status).startswith("2"):
            schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
            return schema if schema is not None else {}
    return None


def _error_schema(op: Mapping[str, Any]) -> Mapping[str, Any] | None:
    for status, response in sorted(op.get("responses", {}).items()):
        if str(status)[0] in "45" or status == "default":
            schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
            if schema is not None:
                return schema
    return None


def render(contract: Mapping[str, Any], models: Any) -> str:
    """The text of ``checks.py`` for ``contract``, whose models are ``models`` (the generated
    ``models`` package, imported: the fast path builds them in the order they take their
    fields)."""
    schemas = contract["components"]["schemas"]
    parameters = contract["components"].get("parameters", {})
    module = Module()
    first = FirstChecks(module, schemas)
    violations = Violations(module, schemas, first)
    fast = FastPath(module, schemas, models)
    entries: list[str] = []
    for item in contract["paths"].values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            operation_id = op["operationId"]
            checks: dict[str, str] = {}
            path_names: list[str] = []
            for entry in op.get("parameters", []):
                param = parameters[entry["$ref"].rsplit("/", 1)[-1]] if "$ref" in entry else entry
                if param["in"] in ("query", "path"):
                    checks[param["name"]] = first.check(param.get("schema", {}))
                if param["in"] == "path":
                    path_names.append(param["name"])
            body = ((op.get("requestBody") or {}).get("content") or {}).get("application/json", {})
            body_check = body_fast = "None"
            body_fields: list[str] = []
            if "schema" in body:
                resolved = violations.resolve(body["schema"])
                body_check = first.check(body["schema"])
                body_fields = list(resolved.get("properties", {}))
                body_fast = fast.body(operation_id, body["schema"]) or "None"
            success = _success_schema(op)
            response = response_fast = "None"
            lists: tuple[str, ...] = ()
            objects: tuple[str, ...] = ()
            if success:
                response = violations.collect(success)
                resolved = violations.resolve(success)
                for key, field in resolved.get("properties", {}).items():
                    sub = violations.resolve(field)
                    if "items" in sub and "properties" in violations.resolve(sub["items"]):
                        lists += (key,)
                    elif "properties" in sub:
                        objects += (key,)
                model = getattr(models, success.get("$ref", "").rsplit("/", 1)[-1], None)
                if model is not None:
                    response_fast = fast.response(operation_id, success, model, lists, objects)
                    response_fast = response_fast or "None"
            error = _error_schema(op)
            error_check = violations.collect(error) if error is not None else "None"
            entries.append(
                f"    {operation_id!r}: OperationChecks(\n"
                f"        parameters={{{', '.join(f'{k!r}: {v}' for k, v in checks.items())}}},\n"
                f"        path_parameters=frozenset({{{', '.join(map(repr, path_names))}}}),\n"
                f"        body={body_check},\n"
                f"        body_fields=frozenset({{{', '.join(map(repr, body_fields))}}}),\n"
                f"        body_fast={body_fast},\n"
                f"        response={response},\n"
                f"        response_fast={response_fast},\n"
                f"        lists={lists!r},\n"
                f"        objects={objects!r},\n"
                f"        error={error_check},\n"
                "    ),"
            )
    module.table("OPERATIONS: dict[str, OperationChecks] = {\n" + "\n".join(entries) + "\n}")
    return _HEADER + "\n\n" + module.source() + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m generator.checks PACKAGE_DIR``: write ``PACKAGE_DIR/checks.py`` from the
    contract beside it (``openapi.json``), with that package's models."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]).resolve()
    sys.path.insert(0, str(folder.parent))
    models = importlib.import_module(f"{folder.name}.models")
    contract = json.loads((folder / "openapi.json").read_text(encoding="utf-8"))
    try:
        source = render(contract, models)
    except NotCompiled as exc:
        print(exc, file=sys.stderr)
        return 1
    (folder / "checks.py").write_text(source, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
