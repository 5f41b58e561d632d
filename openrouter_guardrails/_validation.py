"""Checks of a call's arguments against the contract, before anything is sent.

The checks themselves were written from the contract by the build step (``checks.py`` of the
generated package: types, ``minLength``/``maxLength``, ``minItems``, ``minimum``/``maximum``,
``required``, nullability) and reach this module through the operation's record; nothing
here reads the contract. Enum values are not checked (the server is the judge of a value this
SDK does not know yet), and a path parameter must be a non-empty string (an empty one would
name another endpoint).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from openrouter_guardrails._checking import plain as _plain
from openrouter_guardrails._exceptions import InvalidRequestError

if TYPE_CHECKING:
    from openrouter_guardrails._operations import Operation

__all__ = ["check_body", "check_parameters", "plain"]

#: Types that are JSON as they are (checked by exact type: a subclass may have ``to_dict``).
_JSON_VALUE_TYPES = frozenset({str, int, float, bool, type(None), dict})


def plain(value: Any) -> Any:
    """``value`` with every generated model in it (also inside lists) as its ``to_dict()``."""
    if type(value) in _JSON_VALUE_TYPES:
        return value
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return _plain(value)


def check_parameters(operation: Operation, values: Mapping[str, Any]) -> None:
    """Raise ``InvalidRequestError`` for the first query or path argument that breaks the
    contract, or that the operation does not have. ``None`` query values are "not given"
    and are not checked; a path value is always required."""
    checks = operation.compiled.checks
    for name, value in values.items():
        check = checks.parameters.get(name)
        if check is None:
            raise InvalidRequestError(operation.name, name, "is not an argument of this operation")
        path = name in checks.path_parameters
        if value is None and not path:
            continue
        if path and isinstance(value, str) and value in ("", ".", ".."):
            problem_text = "must not be empty" if not value else f"must not be {value!r}"
            raise InvalidRequestError(operation.name, name, problem_text)
        problem = check(value, name)
        if problem is not None:
            raise InvalidRequestError(operation.name, *problem)


def check_body(operation: Operation, body: Mapping[str, Any]) -> None:
    """Raise ``InvalidRequestError`` for the first body field that breaks the contract, or
    that the request does not have (an argument of the call, not an extra JSON key)."""
    checks = operation.compiled.checks
    for name in body:
        if name not in checks.body_fields:
            raise InvalidRequestError(operation.name, name, "is not an argument of this operation")
    if checks.body_fast is not None and checks.body_fast(body):
        return  # settled without a problem: the checks below would find none
    problem = checks.body(body, "") if checks.body is not None else None
    if problem is not None:
        raise InvalidRequestError(operation.name, *problem)
