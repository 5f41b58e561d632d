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
import math
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
        types = schema.get("type")
        if types is None:
            return frozenset()
        names = [types] if isinstance(types, str) else list(types)
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
        types = schema.get("type")
        names = {types} if isinstance(types, str) else set(types or ())
        if "string" not in names or names - {"string", "null"}:
            return None
        if _keywords(schema) - {"type", "minLength", "maxLength"}:
            return None
        return schema.get("minLength", 0), schema.get("maxLength", math.inf)

    def scalar(self, schema: Mapping[str, Any]) -> bool:
        """Whether every value ``schema`` allows is a JSON scalar (no list, no object)."""
        schema = self.resolve(schema)
        if "anyOf" in schema:
            return all(self.scalar(option) for option in schema["anyOf"])
        types = schema.get("type")
        names = {types} if isinstance(types, str) else set(types or ())
        return bool(names) and not names & {"array", "object"}

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
        nullable = "null" in (schema.get("type") or ())
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
        #: An object whose fields are all scalars (a content filter) is remembered once found
        #: to conform, as its items, when they are strings and nulls: the same few recur
        #: across the objects of a response.
        flat = all(self.scalar(sub) for sub in properties.values())
        conforming: set[tuple[tuple[str, Any], ...]] = set()

        def collect(value: Any, where: str) -> Found:
            if type(value) is not dict and not isinstance(value, Mapping):
                if value is None and nullable:
                    return None
                return [ContractViolation(where, f"must be an object, not {_kind(value)}")]
            if flat:
                try:
                    items = tuple(value.items())
                    if items in conforming:
                        return None
                except TypeError:  # a value that is not a scalar: not one to remember
                    items = None
                found = each_field(value, where)
                # Only strings and nulls: no other value equals one of them (1 == True does).
                if (
                    found is None
                    and items is not None
                    and len(conforming) < _MAX_REMEMBERED
                    and _STRINGS_AND_NULLS.issuperset(map(type, value.values()))
                ):
                    conforming.add(items)
                return found
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


#: The most conforming flat objects remembered per schema (a server cannot grow it further).
_MAX_REMEMBERED = 1024
_STRINGS_AND_NULLS = frozenset({str, type(None)})


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

    def read(
        self,
        payload: dict[str, Any],
        *,
        strict: bool,
        warned: set[tuple[str, str]],
        fail: Callable[[str, tuple[ContractViolation, ...]], Exception],
    ) -> Any:
        """The response model of ``payload`` (a JSON object). Raises what ``fail`` makes for
        a violation in strict mode, or for a fatal one in any mode."""
        for key in self.objects:
            value = payload.get(key)
            if type(value) is not dict:
                if key not in payload:
                    violation = ContractViolation(key, "is required")
                else:
                    violation = ContractViolation(key, f"must be an object, not {_kind(value)}")
                raise fail(str(violation), (violation,))
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
