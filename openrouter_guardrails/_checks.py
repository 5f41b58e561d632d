"""Checks of success responses against the contract: a tolerant reader and a strict checker.

Every success body is checked against its operation's response schema (compiled once per
operation, from the checks of ``_validation``). What the check finds depends on the mode:

- tolerant (the default): an object that breaks the contract is still returned, as it came
  (never "fixed"): it carries ``contract_violations`` (each a path and a problem) and its raw
  value in ``raw_data``, and a ``ContractViolationWarning`` is issued once per client,
  operation and path. One bad item of a listing never costs the page.
- strict (``strict_responses=True``): the first violation raises ``ResponseValidationError``,
  naming the item's index and the path.

Fatal in both modes (``ResponseValidationError``): a body that is not JSON or not a JSON
object, a listing without a ``data`` list or a non-negative integer ``total_count``, and a
response whose one object (the guardrail of ``get``, ``create``, ``update``) is not an
object at all.
"""

from __future__ import annotations

import functools
import importlib
import math
import operator
import re
import warnings
from collections.abc import Callable, Mapping
from typing import Any

from openrouter_guardrails_api.types import ContractViolation

from openrouter_guardrails._validation import _compile, contract

__all__ = [
    "ContractViolation",
    "ContractViolationWarning",
    "ResponseReader",
    "reader",
    "schema_violations",
]

#: Violations found in a value (``None`` when it conforms: the common case allocates nothing).
Found = list[ContractViolation] | None
Collect = Callable[[Any, str], Found]


class ContractViolationWarning(UserWarning):
    """A response broke the contract and was returned as it came (tolerant reads, the
    default): the object carries ``contract_violations``. Issued once per client, operation
    and path. Turn it into an error with ``strict_responses=True``, or silence it with
    ``warnings.filterwarnings("ignore", category=ContractViolationWarning)``."""


#: The Python types of a JSON type whose check passes on the type alone (a float must also
#: be finite, so it goes through the full check).
_EXACT_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int,),
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list,),
    "object": (dict,),
}
#: Keys of a schema that constrain nothing a response check looks at.
_INERT = frozenset(
    {"description", "example", "examples", "deprecated", "title", "default", "enum", "format"}
)
#: What limits each JSON type beyond the type itself (those types then need the full check).
_LIMITS_OF = {
    "string": ("minLength", "maxLength", "const", "pattern"),
    "integer": ("minimum", "maximum", "const"),
    "number": ("minimum", "maximum", "const"),
    "boolean": ("const",),
    "array": ("items", "minItems", "maxItems"),
    "object": ("properties", "required", "additionalProperties"),
}


def _keywords(schema: Mapping[str, Any]) -> set[str]:
    """The keywords of ``schema`` that may limit a value (not annotations, not ``x-``
    extensions)."""
    return {key for key in schema if key not in _INERT and not key.startswith("x-")}


def _types_of(schema: Mapping[str, Any]) -> list[str]:
    """The JSON types ``schema`` names (its ``type``, one or a list; none when absent)."""
    types = schema.get("type")
    return [types] if isinstance(types, str) else list(types or ())


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


class _Compiler:
    """Turns a response schema into a function that finds every violation in a value."""

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self.schemas = schemas
        self.refs: dict[str, Collect] = {}

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def trivial(self, schema: Mapping[str, Any]) -> frozenset[type]:
        """The types whose values conform to ``schema`` whatever they hold."""
        schema = self.resolve(schema)
        if "anyOf" in schema:
            if _keywords(schema) - {"anyOf"}:
                return frozenset()
            return frozenset().union(*(self.trivial(option) for option in schema["anyOf"]))
        names = _types_of(schema)
        if not names:
            return frozenset()
        if _keywords(schema) - {"type", *(k for n in names for k in _LIMITS_OF.get(n, ()))}:
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
        names = set(_types_of(schema))
        if "string" not in names or names - {"string", "null"}:
            return None
        if _keywords(schema) - {"type", "minLength", "maxLength"}:
            return None
        return schema.get("minLength", 0), schema.get("maxLength", math.inf)

    def strings_only(self, schema: Mapping[str, Any]) -> bool:
        """Whether ``schema`` is a list (or null) of any strings, with no other limit."""
        schema = self.resolve(schema)
        if "items" not in schema:
            return False
        container = {k: v for k, v in schema.items() if k != "items"}
        return list in self.trivial(container) and self.trivial(schema["items"]) == {str}

    def collect(self, schema: Mapping[str, Any]) -> Collect:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            target = self.schemas[name]
            if "properties" not in target:
                return self.leaf(schema)
            if name not in self.refs:
                refs = self.refs

                def deferred(value: Any, where: str) -> Found:
                    return refs[name](value, where)

                # A placeholder first, so that a schema that refers to itself compiles.
                refs[name] = deferred
                refs[name] = self.collect(target)
            return self.refs[name]
        if "properties" in schema:
            return self.object(schema)
        if "items" in schema:
            return self.array(schema)
        return self.leaf(schema)

    def leaf(self, schema: Mapping[str, Any]) -> Collect:
        check = _compile(schema, self.schemas)

        def leaf(value: Any, where: str) -> Found:
            problem = check(value, where)
            return None if problem is None else [ContractViolation(*problem)]

        return leaf

    def object(self, schema: Mapping[str, Any]) -> Collect:
        required = tuple(schema.get("required", ()))
        nullable = "null" in _types_of(schema)
        properties = schema["properties"]
        trivial = {key: self.trivial(sub) for key, sub in properties.items()}
        subs = {key: self.collect(sub) for key, sub in properties.items()}
        empty: frozenset[type] = frozenset()
        #: Per field: the types that settle it, its check, and for a string whose only limit
        #: is its length, that length's bounds (checked inline: no call for the common case).
        fields = {
            key: (trivial[key], subs[key], self.string_bounds(sub), self.strings_only(sub))
            for key, sub in properties.items()
        }
        settled_of = {key: entry[0] for key, entry in fields.items()}.get
        required_keys = frozenset(required)

        def collect(value: Any, where: str) -> Found:
            if type(value) is not dict and not isinstance(value, Mapping):
                if value is None and nullable:
                    return None
                return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
            return each_field(value, where)

        def each_field(value: Any, where: str) -> Found:
            found: Found = None
            if not required_keys.issubset(value):
                found = [
                    ContractViolation(_join(where, key), "is required")
                    for key in required
                    if key not in value
                ]
            for key, field in value.items():
                if type(field) in settled_of(key, empty):
                    continue  # settled by its type alone
                entry = fields.get(key)
                if entry is None:
                    continue  # not in the contract: an additional property
                _, sub, bounds, strings = entry
                if (
                    bounds is not None
                    and type(field) is str
                    and bounds[0] <= len(field) <= bounds[1]
                ):
                    continue
                if strings and type(field) is list:
                    try:
                        "".join(field)  # one pass in C: fails on an item that is no string
                    except TypeError:
                        pass
                    else:
                        continue
                # Checks are pure: the path is spelled out only for a field that fails.
                if sub(field, "") is not None:
                    found = found or []
                    found.extend(sub(field, _join(where, key)) or ())
            return found

        return collect

    def array(self, schema: Mapping[str, Any]) -> Collect:
        container_schema = {k: v for k, v in schema.items() if k != "items"}
        container = _compile(container_schema, self.schemas)
        settled = self.trivial(container_schema)
        trivial_items = self.trivial(schema["items"])
        strings_only = trivial_items == frozenset({str})
        item = self.collect(schema["items"])

        def collect(value: Any, where: str) -> Found:
            if type(value) not in settled:
                problem = container(value, where)
                if problem is not None:
                    return [ContractViolation(*problem)]
            if type(value) is not list:
                return None
            if strings_only:
                try:
                    "".join(value)  # one pass in C: fails on the first item that is no string
                except TypeError:
                    pass
                else:
                    return None
            elif trivial_items and all(map(trivial_items.__contains__, map(type, value))):
                return None
            found: Found = None
            for index, element in enumerate(value):
                # Checks are pure: the path is spelled out only for an item that fails.
                if item(element, "") is not None:
                    found = found or []
                    found.extend(item(element, f"{where}[{index}]") or ())
            return found

        return collect


class ResponseReader:
    """Reads the success bodies of one operation: checks them and builds the response model.

    ``lists`` are the body's fields that hold a list of items (``data`` of a listing),
    ``objects`` those that hold one item (``data`` of ``get``); violations under an item go
    to that item's model, the rest to the response's model.
    """

    def __init__(self, operation: str, model: Any, schema: Mapping[str, Any]) -> None:
        compiler = _Compiler(contract()["components"]["schemas"])
        self.operation = operation
        self.model = model
        self.check = compiler.collect(schema)
        body = compiler.resolve(schema)
        self.lists: tuple[str, ...] = ()
        self.objects: tuple[str, ...] = ()
        for key, field in body.get("properties", {}).items():
            sub = compiler.resolve(field)
            if "items" in sub and "properties" in compiler.resolve(sub["items"]):
                self.lists += (key,)
            elif "properties" in sub:
                self.objects += (key,)
        #: The fast path (see ``_FastWriter``), or ``None`` for a schema it does not compile.
        self.fast = _fast_path(operation, schema, model, self.lists, self.objects)

    def read(
        self,
        payload: dict[str, Any],
        *,
        strict: bool,
        warned: set[tuple[str, str]],
        fail: Callable[[str, tuple[ContractViolation, ...]], Exception],
    ) -> Any:
        """The response model of ``payload`` (a JSON object, just parsed: the fast path
        takes the objects of a listing's items as the models' storage). Raises what ``fail``
        makes for a violation in strict mode, or for a fatal one in any mode."""
        for key in self.objects:
            value = payload.get(key)
            if type(value) is not dict:
                if key not in payload:
                    violation = ContractViolation(key, "is required")
                else:
                    violation = ContractViolation(key, f"must be an object, not {_kind(value)}")
                raise fail(str(violation), (violation,))
        if self.fast is not None:
            result = self.fast(payload)
            if result is not None:
                return result
        violations = self.check(payload, "")
        if violations:
            if strict:
                first = violations[0]
                more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
                raise fail(f"{first}{more}", tuple(violations))
            self._warn(violations, warned)
        result = self.model.from_dict(payload)
        if violations:
            self._attach(result, payload, violations)
        return result

    def _attach(self, result: Any, payload: dict[str, Any], violations: list[Any]) -> None:
        by_owner: dict[tuple[str, int | None], list[ContractViolation]] = {}
        for violation in violations:
            owner, path = _owner(violation.path, self.lists, self.objects)
            by_owner.setdefault(owner, []).append(ContractViolation(path, violation.problem))
        for (key, index), found in by_owner.items():
            if key == "":
                target, raw = result, payload
            elif index is None:
                target, raw = getattr(result, key), payload[key]
            else:
                target, raw = getattr(result, key)[index], payload[key][index]
            target.contract_violations = tuple(found)
            target.raw_data = raw

    def _warn(self, violations: list[ContractViolation], warned: set[tuple[str, str]]) -> None:
        from openrouter_guardrails._zdr import _caller_stacklevel

        for violation in violations:
            key = (self.operation, _INDEX.sub("[]", violation.path))
            if key in warned:
                continue
            warned.add(key)
            warnings.warn(
                f"{self.operation}(): the response breaks the contract: {violation} "
                "(returned as it came; see .contract_violations)",
                ContractViolationWarning,
                stacklevel=_caller_stacklevel(),
            )


_INDEX = re.compile(r"\[\d+\]")
_ITEM = re.compile(r"^([^.\[]+)(?:\[(\d+)\])?(?:\.(.*))?$")


def _owner(
    path: str, lists: tuple[str, ...], objects: tuple[str, ...]
) -> tuple[tuple[str, int | None], str]:
    """Which model carries the violation at ``path`` (the field and index of an item, or
    ``("", None)`` for the response itself), and the path from that model."""
    match = _ITEM.match(path)
    if match is not None:
        key, index, rest = match.groups()
        if key in lists and index is not None:
            return (key, int(index)), rest or ""
        if key in objects and index is None and rest:
            return (key, None), rest
    return ("", None), path


@functools.cache
def _schema_check(name: str) -> Collect:
    return _Compiler(contract()["components"]["schemas"]).collect(
        {"$ref": f"#/components/schemas/{name}"}
    )


def schema_violations(name: str, value: Any) -> list[ContractViolation]:
    """Every way ``value`` breaks the contract's schema ``name`` (compiled once)."""
    return _schema_check(name)(value, "") or []


@functools.cache
def reader(operation: str, operation_id: str, model: Any) -> ResponseReader:
    """The reader of ``operation``'s success bodies (compiled once): the schema of its first
    2XX JSON response in the contract."""
    for item in contract()["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or op.get("operationId") != operation_id:
                continue
            for status, response in sorted(op.get("responses", {}).items()):
                if str(status).startswith("2"):
                    schema = response.get("content", {}).get("application/json", {})
                    return ResponseReader(operation, model, schema.get("schema", {}))
    raise KeyError(operation_id)


# ---------------------------------------------------------------------------- the fast path
#
# Most responses conform. For them, checking every value through the general checks above
# and then building the models costs more than parsing the JSON. So each response schema is
# also compiled, once, into straight-line Python (as attrs and dataclasses write their
# ``__init__``): a function that checks and builds in one pass an object that holds every
# field its schema declares, and gives up (``None``: the general path then runs) at the
# first thing it does not settle by itself. It is sound, never complete: it returns a model
# only where the general checks find no violation, and that model is the one ``from_dict``
# builds. A schema with a keyword it does not know gets no fast path at all.


class _Slow(Exception):
    """Raised inside the fast path: this value needs the general path."""


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


#: The order of the tests of a value's types (the rest come first).
_ORDER = {"null": 1, "object": 2}


class _Unsupported(Exception):
    """A schema the fast path does not compile."""


def _object_only(schema: Mapping[str, Any]) -> None:
    """``_Unsupported`` unless ``schema`` limits an object by its fields alone (the fast
    path checks an object's fields, nothing else of it)."""
    extra = _keywords(schema) - {"type", "properties", "required"}
    if extra or set(_types_of(schema)) - {"object", "null"}:
        raise _Unsupported(f"an object schema with {sorted(extra) or schema.get('type')}")


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A function that gives the values of ``names`` in a dict, as a tuple (``KeyError``
    when one is absent)."""
    if len(names) >= 2:
        return operator.itemgetter(*names)
    if names:
        only = names[0]
        return lambda value: (value[only],)
    return lambda value: ()


def _strings(value: list[Any]) -> bool:
    """Whether every item of ``value`` is a string (one pass in C)."""
    try:
        "".join(value)
    except TypeError:
        return False
    return True


class _FastWriter:
    """Writes the source of the fast path of one response schema (see above)."""

    def __init__(self, schemas: Mapping[str, Any], models: Any) -> None:
        self.schemas = schemas
        self.models = models
        self.functions: list[str] = []
        self.checkers: dict[str, str] = {}
        self.env: dict[str, Any] = {"_Slow": _Slow, "_strings": _strings, "_join": "".join}
        self.count = 0

    def name(self, prefix: str) -> str:
        self.count += 1
        return f"_{prefix}{self.count}"

    def constant(self, value: Any, prefix: str = "c") -> str:
        name = self.name(prefix)
        self.env[name] = value
        return name

    def resolve(self, schema: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any]]:
        """The schema's name (when it is a reference) and the schema."""
        name = None
        while "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            schema = self.schemas[name]
        if _keywords(schema) - _FAST_KEYWORDS:
            raise _Unsupported(sorted(_keywords(schema) - _FAST_KEYWORDS))
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
            names = sorted(_types_of(schema), key=lambda n: _ORDER.get(n, 0))
            parts.append(" or ".join(f"({self.type_test(schema, n, var)})" for n in names))
        elif "properties" in schema:
            parts.append(self.type_test(schema, "object", var))
        if "const" in schema:
            expected = schema["const"]
            kind = self.constant(type(expected), "type")
            parts.append(f"type({var}) is {kind} and {var} == {self.constant(expected)}")
        if not parts:
            raise _Unsupported("a schema with no type")
        return " and ".join(f"({part})" for part in parts)

    def order(self, schema: Mapping[str, Any]) -> int:
        """Where an option of ``anyOf`` is tested (see ``test``)."""
        _, resolved = self.resolve(schema)
        if "properties" in resolved:
            return _ORDER["object"]
        return max((_ORDER.get(name, 0) for name in _types_of(resolved)), default=0)

    def type_test(self, schema: Mapping[str, Any], kind: str, var: str) -> str:
        low, high = schema.get("minimum"), schema.get("maximum")
        bounds = (f" and {self.constant(low)} <= {var}" if low is not None else "") + (
            f" and {var} <= {self.constant(high)}" if high is not None else ""
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
            if item.get("type") == "string" and not _keywords(item) - {"type"}:
                return f"type({var}) is list{size} and _strings({var})"
            each = self.item_function(items)
            return f"type({var}) is list{size} and all(map({each}, {var}))"
        if kind == "object":
            if "properties" not in schema:
                raise _Unsupported("an object with no properties")
            return f"{self.checker(schema)}({var})"
        raise _Unsupported(kind)

    def item_function(self, schema: Mapping[str, Any]) -> str:
        """A function that returns True for an item that conforms to ``schema`` and raises
        ``_Slow`` for any other."""
        name, resolved = self.resolve(schema)
        if name is not None and "properties" in resolved and not resolved.get("anyOf"):
            types = resolved.get("type")
            if types in (None, "object"):
                return self.checker(resolved, name)
        function = self.name("item")
        self.functions.append(
            f"def {function}(v):\n"
            f"    if {self.test(schema, 'v')}:\n"
            "        return True\n"
            "    raise _Slow\n"
        )
        return function

    def checker(self, schema: Mapping[str, Any], name: str | None = None) -> str:
        """A function that returns True for an object that conforms to ``schema`` (any of
        its fields may be absent, but not a required one) and raises ``_Slow`` else."""
        key = name or str(id(schema))
        if key in self.checkers:
            return self.checkers[key]
        function = self.checkers[key] = self.name("check")
        body = self.object_lines(schema, "v", "    ")
        self.functions.append("\n".join([f"def {function}(v):", *body, "    return True\n"]))
        return function

    def object_lines(self, schema: Mapping[str, Any], var: str, indent: str) -> list[str]:
        """Statements that raise ``_Slow`` unless the object ``var`` conforms to ``schema``."""
        _object_only(schema)
        nullable = "null" in _types_of(schema)
        required = set(schema.get("required", ()))
        if required - set(schema["properties"]):
            raise _Unsupported("a required field the object does not declare")
        missing = self.constant(object(), "missing")
        lines = [f"{indent}if type({var}) is not dict:"]
        if nullable:
            lines.append(f"{indent}    if {var} is not None:\n{indent}        raise _Slow")
            lines.append(f"{indent}else:")
        else:
            lines.append(f"{indent}    raise _Slow")
        inner = indent + "    " if nullable else indent
        get = self.name("get")
        lines.append(f"{inner}{get} = {var}.get")
        for key_name, sub in schema["properties"].items():
            field = self.name("y")
            lines.append(f"{inner}{field} = {get}({key_name!r}, {missing})")
            if key_name in required:
                test, after = self.split(sub, field, inner)
                lines.append(f"{inner}if not ({test}):\n{inner}    raise _Slow")
            else:
                test, after = self.split(sub, field, inner + "    ")
                lines.append(f"{inner}if {field} is not {missing}:")
                lines.append(f"{inner}    if not ({test}):\n{inner}        raise _Slow")
            lines.extend(after)
        return lines

    def split(self, schema: Mapping[str, Any], var: str, indent: str) -> tuple[str, list[str]]:
        """``test``, with the items of a list checked by statements that follow it (at
        ``indent``), in place of a call per item."""
        _, resolved = self.resolve(schema)
        if "items" not in resolved or "anyOf" in resolved or "array" not in _types_of(resolved):
            return self.test(schema, var), []
        container = {key: value for key, value in resolved.items() if key != "items"}
        test = self.test(container, var)
        _, item = self.resolve(resolved["items"])
        lines = [f"{indent}if type({var}) is list:"]
        if item.get("type") == "string" and not _keywords(item) - {"type"}:
            lines.append(f"{indent}    _join({var})  # a TypeError on an item that is no string")
            return test, lines
        element = self.name("e")
        lines.append(f"{indent}    for {element} in {var}:")
        item_types = item.get("type")
        if "properties" in item and "anyOf" not in item and item_types in (None, "object"):
            lines.extend(self.object_lines(item, element, indent + "        "))
        else:
            item_test = self.test(resolved["items"], element)
            lines.append(f"{indent}        if not ({item_test}):")
            lines.append(f"{indent}            raise _Slow")
        return test, lines

    def reader(self, schema: Mapping[str, Any], model: Any, eager: Mapping[str, Any]) -> str:
        """A function that checks and builds the ``model`` of an object of ``schema`` (the
        common case: one that holds every field, and maybe more), or raises ``_Slow``.
        ``eager`` names the fields whose items are built here too rather than on first
        access: field name -> (item schema, item model, whether it holds a list)."""
        _, schema = self.resolve(schema)
        names = self.names_of(schema, model)
        function = self.name("read")
        get = self.constant(_getter(names), "get")
        build = self.constant(model._from_fields, "build")
        known = self.constant(frozenset(names), "known")
        import attrs  # with the models, on first use

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
            lines.append(f"    model = {build}(({slots},))")
            lines.extend(f"    model.{python} = {var}" for python, var in built)
        else:
            complete = self.constant(model._from_complete, "complete")
            lines.append(f"    if n == {len(names)}:")
            lines.append(f"        return {complete}(v)")
            lines.append(f"    model = {build}(values)")
        if extra:
            lines.append(f"    if n > {len(names)}:")
            lines.append(
                "        model.additional_properties = "
                f"{{k: x for k, x in v.items() if k not in {known}}}"
            )
        lines.append("    return model\n")
        self.functions.append("\n".join(lines))
        return function

    def names_of(self, schema: Mapping[str, Any], model: Any) -> tuple[str, ...]:
        """The JSON names of ``model``'s fields, in the order it takes them: the properties
        of ``schema``, or ``_Unsupported``."""
        _object_only(schema)
        properties = schema.get("properties", {})
        names = tuple(model._json_names)
        if set(names) != set(properties) or not set(schema.get("required", ())) <= set(names):
            raise _Unsupported("the model's fields are not the schema's")
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
        get = self.constant(_getter(names), "get")
        many = self.constant(model._from_complete_many, "many")
        item = self.name("item")
        variables = [f"{item}_{index}" for index in range(len(names))]
        unpack = f"({', '.join(variables)},) = {get}({item})" if names else "pass"
        one_by_one = self.reader(schema, model, {})
        pending = self.name("pending")
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
            f"        {var} = {many}({var})",
            f"        {pending} = False",
            f"    if {pending}:",
            f"        {var} = list(map({one_by_one}, {var}))",
        ]

    def partial(self, schema: Mapping[str, Any], model: Any) -> str:
        """A function that checks an object of ``schema`` field by field (any may be absent
        but a required one) and builds its ``model`` by ``from_dict``, or raises ``_Slow``."""
        function = self.name("partial")
        body = self.object_lines(schema, "v", "    ")
        from_dict = self.constant(model.from_dict, "from_dict")
        self.functions.append(
            "\n".join([f"def {function}(v):", *body, f"    return {from_dict}(v)\n"])
        )
        return function

    def compile(self, entry: str, label: str) -> Callable[[Any], Any]:
        """The fast path: the model, or ``None`` when the general path must run (on the
        value as it was given: nothing is changed before the fast path is sure to succeed;
        the items of a listing it reads are then the models' storage)."""
        source = "\n\n".join(self.functions)
        namespace = dict(self.env)
        exec(compile(source, f"<fast path of {label}>", "exec"), namespace)  # noqa: S102
        read = namespace[entry]

        def fast(payload: Any) -> Any:
            try:
                return read(payload)
            except Exception:  # _Slow, or anything odd: the general path decides
                return None

        return fast


def _fast_path(
    operation: str,
    schema: Mapping[str, Any],
    model: Any,
    lists: tuple[str, ...],
    objects: tuple[str, ...],
) -> Callable[[Any], Any] | None:
    """The fast path of a response: its items (``lists``, ``objects``) are read by their own
    model's reader, the response by ``model``'s. ``None`` when a schema is not one it
    compiles."""
    writer = _FastWriter(
        contract()["components"]["schemas"],
        importlib.import_module(model.__module__.rsplit(".", 1)[0]),
    )
    try:
        _, body = writer.resolve(schema)
        eager: dict[str, tuple[Mapping[str, Any], Any, bool]] = {}
        for key in lists + objects:
            field = body["properties"][key]
            if key in lists:
                field = writer.resolve(field)[1]["items"]
            name, item = writer.resolve(field)
            item_model = getattr(writer.models, name or "", None)
            if item_model is None:
                return None
            eager[key] = (item, item_model, key in lists)
        entry = writer.reader(body, model, eager)
    except _Unsupported:
        return None
    return writer.compile(entry, operation)


def conforms(schema: Mapping[str, Any]) -> Callable[[Any], Any] | None:
    """A function that answers ``True`` for a JSON value that surely conforms to ``schema``
    (an object: a request's body) and ``None`` when the general checks must decide, or
    ``None`` for a schema the fast path does not compile."""
    writer = _FastWriter(contract()["components"]["schemas"], None)
    try:
        name, body = writer.resolve(schema)
        if "properties" not in body:
            return None
        entry = writer.checker(body, name)
    except _Unsupported:
        return None
    return writer.compile(entry, name or "a body")
