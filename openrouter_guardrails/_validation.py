"""Checks of a call's arguments against the contract, before anything is sent.

The rules are read from the contract the generated package ships (``openapi.json``): types,
``minLength``/``maxLength``, ``minItems``, ``minimum``/``maximum``, ``required``, nullability.
Enum values are not checked (the server is the judge of a value this SDK does not know yet),
and a path parameter must be a non-empty string (an empty one would name another endpoint).
Each schema is compiled once into a checking function.
"""

from __future__ import annotations

import functools
import json
import math
import threading
from collections.abc import Callable, Mapping
from typing import Any

from openrouter_guardrails._contract import document
from openrouter_guardrails._exceptions import InvalidRequestError

__all__ = ["check_body", "check_parameters", "contract", "plain"]

#: A check returns ``(where, problem)`` for the first problem it finds, or ``None``.
Problem = tuple[str, str] | None
Check = Callable[[Any, str], Problem]

#: The Python types of each JSON type; ``bool`` is a JSON boolean only (never an integer).
_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
    "null": (type(None),),
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


#: The curated OpenAPI document (the contract's one reading, ``_contract.document``).
contract = document


#: Types that are JSON as they are (checked by exact type: a subclass may have ``to_dict``).
_JSON_VALUE_TYPES = frozenset({str, int, float, bool, type(None), dict})


def _plain(value: Any) -> Any:
    """A generated model given where JSON is expected is checked as its ``to_dict()``."""
    if type(value) in _JSON_VALUE_TYPES or type(value) is list:
        return value
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) and not isinstance(value, Mapping) else value


def plain(value: Any) -> Any:
    """``value`` with every generated model in it (also inside lists) as its ``to_dict()``."""
    if type(value) in _JSON_VALUE_TYPES:
        return value
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return _plain(value)


def _no_problem(value: Any, where: str) -> Problem:
    return None


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _compile(schema: Mapping[str, Any], schemas: Mapping[str, Any]) -> Check:
    checks: list[Check] = []
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return _compile_ref(name, schemas)
    if "anyOf" in schema:
        options = [_compile(option, schemas) for option in schema["anyOf"]]

        def any_of(value: Any, where: str) -> Problem:
            first: Problem = None
            for option in options:
                problem = option(value, where)
                if problem is None:
                    return None
                first = first or problem
            return first

        checks.append(any_of)
    types = schema.get("type")
    if types is not None:
        allowed = [types] if isinstance(types, str) else list(types)
        bool_allowed = "boolean" in allowed
        python_types = tuple(
            python_type
            for name in allowed
            if name != "boolean"
            for python_type in _PYTHON_TYPES.get(name, ())
        )
        words = " or ".join(_TYPE_WORDS.get(t, t) for t in allowed)
        # Types that pass as they are, found by one set lookup; the rest (subclasses, and
        # floats, which must also be finite) go through the checks below.
        exact = {t for t in python_types if t is not Mapping and t is not float}
        exact |= {dict} if Mapping in python_types else set()
        exact |= {bool} if bool_allowed else set()

        def type_check(value: Any, where: str) -> Problem:
            if type(value) in exact:
                return None
            if bool_allowed if isinstance(value, bool) else isinstance(value, python_types):
                if isinstance(value, float) and not math.isfinite(value):
                    return where, f"must be a finite number (JSON has no {value})"
                return None
            return where, f"must be {words}, not {type(value).__name__}"

        checks.append(type_check)
    if "minLength" in schema or "maxLength" in schema:
        low, high = schema.get("minLength", 0), schema.get("maxLength")

        def length(value: Any, where: str) -> Problem:
            if not isinstance(value, str):
                return None
            if len(value) < low:
                return (
                    where,
                    "must not be empty" if low == 1 else f"must be at least {low} characters",
                )
            if high is not None and len(value) > high:
                return where, f"must be at most {high} characters (got {len(value)})"
            return None

        checks.append(length)
    if "minimum" in schema or "maximum" in schema:
        lowest, highest = schema.get("minimum"), schema.get("maximum")

        def bounds(value: Any, where: str) -> Problem:
            if isinstance(value, bool) or not isinstance(value, int | float):
                return None
            if lowest is not None and value < lowest:
                return where, f"must be at least {lowest} (got {value})"
            if highest is not None and value > highest:
                return where, f"must be at most {highest} (got {value})"
            return None

        checks.append(bounds)
    if "minItems" in schema or "items" in schema:
        min_items = schema.get("minItems", 0)
        item_check = _compile(schema["items"], schemas) if "items" in schema else None

        def items(value: Any, where: str) -> Problem:
            if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
                return None
            if len(value) < min_items:
                return (
                    where,
                    "must not be empty"
                    if min_items == 1
                    else f"must have at least {min_items} items",
                )
            if item_check is not None:
                for index, item in enumerate(value):
                    # Checks are pure: the path is spelled out only for an item that fails.
                    plain_item = _plain(item)
                    if item_check(plain_item, where) is not None:
                        return item_check(plain_item, f"{where}[{index}]")
            return None

        checks.append(items)
    properties = schema.get("properties")
    required = tuple(schema.get("required", ()))
    if properties is not None or required:
        compiled = tuple((key, _compile(sub, schemas)) for key, sub in (properties or {}).items())

        def fields(value: Any, where: str) -> Problem:
            if type(value) is not dict and not isinstance(value, Mapping):
                return None
            for key in required:
                if key not in value:
                    return _join(where, key), "is required"
            for key, sub in compiled:
                if key in value:
                    field = _plain(value[key])
                    problem = sub(field, key)
                    if problem is not None:
                        # Checks are pure: a nested path is spelled out only on failure.
                        return sub(field, _join(where, key)) if where else problem
            return None

        checks.append(fields)
    if "const" in schema:
        expected = schema["const"]
        words_of_expected = json.dumps(expected)

        def const(value: Any, where: str) -> Problem:
            if type(value) is type(expected) and value == expected:
                return None
            return where, f"must be {words_of_expected}, not {json.dumps(value, default=repr)}"

        checks.append(const)
    if not checks:
        return _no_problem
    if len(checks) == 1:
        return checks[0]

    def all_of(value: Any, where: str) -> Problem:
        for check in checks:
            problem = check(value, where)
            if problem is not None:
                return problem
        return None

    return all_of


_compiled_refs: dict[str, Check] = {}
#: Held while an operation's checks are compiled: a thread must not run a schema's
#: placeholder (in ``_compiled_refs``) while another thread is still compiling that schema.
_compiling = threading.RLock()


def _compile_ref(name: str, schemas: Mapping[str, Any]) -> Check:
    if name not in _compiled_refs:

        def deferred(value: Any, where: str) -> Problem:
            return _compiled_refs[name](value, where)

        # A placeholder first, so that a schema that refers to itself compiles.
        _compiled_refs[name] = deferred
        _compiled_refs[name] = _compile(schemas[name], schemas)
    return _compiled_refs[name]


#: An operation's compiled checks: query and path arguments by name, the path arguments'
#: names, the body's check, the body's field names, and the body's fast test (``True``
#: only for a body that conforms: see the fast path of ``_checks``; ``None`` for a body
#: schema it does not compile).
Compiled = tuple[
    dict[str, Check], frozenset[str], Check | None, frozenset[str], Callable[[Any], Any] | None
]


@functools.cache
def _operation(operation_id: str) -> Compiled:
    with _compiling:
        return _compile_operation(operation_id)


def _compile_operation(operation_id: str) -> Compiled:
    document = contract()
    schemas = document["components"]["schemas"]
    params = document["components"].get("parameters", {})
    for item in document["paths"].values():
        for op in item.values():
            if op.get("operationId") != operation_id:
                continue
            checks: dict[str, Check] = {}
            path_params: set[str] = set()
            for entry in op.get("parameters", []):
                param = params[entry["$ref"].rsplit("/", 1)[-1]] if "$ref" in entry else entry
                if param["in"] in ("query", "path"):
                    checks[param["name"]] = _compile(param.get("schema", {}), schemas)
                if param["in"] == "path":
                    path_params.add(param["name"])
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            body_schema = body.get("schema", {})
            if "$ref" in body_schema:
                body_schema = schemas[body_schema["$ref"].rsplit("/", 1)[-1]]
            body_check = _compile(body["schema"], schemas) if "schema" in body else None
            fields = frozenset(body_schema.get("properties", {}))
            fast = None
            if "schema" in body:
                from openrouter_guardrails._checks import conforms

                fast = conforms(body["schema"])
            return checks, frozenset(path_params), body_check, fields, fast
    raise KeyError(operation_id)


def check_parameters(operation: str, operation_id: str, values: Mapping[str, Any]) -> None:
    """Raise ``InvalidRequestError`` for the first query or path argument that breaks the
    contract, or that the operation does not have. ``None`` query values are "not given"
    and are not checked; a path value is always required."""
    checks, path_params, *_ = _operation(operation_id)
    for name, value in values.items():
        if name not in checks:
            raise InvalidRequestError(operation, name, "is not an argument of this operation")
        if value is None and name not in path_params:
            continue
        if name in path_params and isinstance(value, str) and value in ("", ".", ".."):
            problem_text = "must not be empty" if not value else f"must not be {value!r}"
            raise InvalidRequestError(operation, name, problem_text)
        problem = checks[name](value, name)
        if problem is not None:
            raise InvalidRequestError(operation, *problem)


def check_body(operation: str, operation_id: str, body: Mapping[str, Any]) -> None:
    """Raise ``InvalidRequestError`` for the first body field that breaks the contract, or
    that the request does not have (an argument of the call, not an extra JSON key)."""
    _, _, check, fields, fast = _operation(operation_id)
    for name in body:
        if name not in fields:
            raise InvalidRequestError(operation, name, "is not an argument of this operation")
    if fast is not None and fast(body):
        return  # settled without a problem: the checks below would find none
    problem = check(body, "") if check is not None else None
    if problem is not None:
        raise InvalidRequestError(operation, *problem)
