"""What the contract's compiled checks (``checks.py`` of the generated package, written by
the build step) are made of: the record of an operation's checks, and the few helpers the
written code calls. Nothing here reads the contract or compiles anything.

A *first-problem* check is ``(value, where) -> (where, problem) | None``; a *violation* check
is ``(value, where) -> list[ContractViolation] | None``; a *fast path* is ``(payload) ->
model | None`` (``None``: the general checks decide), and a body's fast test ``(body) ->
True | None``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from openrouter_guardrails._values import ContractViolation

__all__ = [
    "MISSING",
    "NOTHING",
    "ContractViolation",
    "NoneType",
    "OperationChecks",
    "Problem",
    "Slow",
    "join",
    "kind_of",
    "no_problem",
    "plain",
    "strings",
]

#: What a first-problem check finds: ``(where, problem)``, or ``None``.
Problem = tuple[str, str] | None
FirstCheck = Callable[[Any, str], Problem]
ViolationCheck = Callable[[Any, str], "list[ContractViolation] | None"]
NoneType = type(None)
#: No type settles the field (the default of a lookup of settled types).
NOTHING: frozenset[type] = frozenset()
#: A field absent from an object (``dict.get``'s default in the fast path).
MISSING = object()


@dataclass(frozen=True)
class OperationChecks:
    """The compiled checks of one operation: its query and path arguments' checks by name,
    the names of its path arguments, its body's check, field names and fast test, its
    success response's check and fast path (and the fields of the body that hold a list of
    items, or one item), and the check of its error envelope."""

    parameters: Mapping[str, FirstCheck]
    path_parameters: frozenset[str]
    body: FirstCheck | None
    body_fields: frozenset[str]
    body_fast: Callable[[Any], Any] | None
    response: ViolationCheck | None
    response_fast: Callable[[Any], Any] | None
    lists: tuple[str, ...]
    objects: tuple[str, ...]
    error: ViolationCheck | None


class Slow(Exception):
    """Raised inside the fast path: this value needs the general path."""


#: Types that are JSON as they are (checked by exact type: a subclass may have ``to_dict``).
_JSON_VALUE_TYPES = frozenset({str, int, float, bool, type(None), dict})


def plain(value: Any) -> Any:
    """A generated model given where JSON is expected is checked as its ``to_dict()``, and a
    date or time as its ISO 8601 text (what the contract's ``date-time`` strings hold)."""
    if type(value) in _JSON_VALUE_TYPES or type(value) is list:
        return value
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) and not isinstance(value, Mapping) else value


def no_problem(value: Any, where: str) -> Problem:
    """The check of a schema that limits nothing."""
    return None


def join(where: str, key: str) -> str:
    """The path of ``key`` inside the value at ``where``."""
    return f"{where}.{key}" if where else key


def kind_of(value: Any) -> str:
    """A value's kind, as a violation names it."""
    return "null" if value is None else type(value).__name__


def strings(value: list[Any]) -> bool:
    """Whether every item of ``value`` is a string (one pass in C)."""
    try:
        "".join(value)
    except TypeError:
        return False
    return True
