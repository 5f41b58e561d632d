"""Checks of success responses against the contract: a tolerant reader and a strict checker.

Every success body is checked against its operation's response schema, by the checks the
build step wrote from the contract (``checks.py`` of the generated package: a fast path for
bodies that conform, and the general checks that find every violation). What the check finds
depends on the mode:

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

import re
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from openrouter_guardrails._checking import kind_of
from openrouter_guardrails._frames import caller_stacklevel
from openrouter_guardrails._values import ContractViolation

if TYPE_CHECKING:
    from openrouter_guardrails._operations import Operation

__all__ = [
    "ContractViolation",
    "ContractViolationWarning",
    "ResponseReader",
    "reader",
]


class ContractViolationWarning(UserWarning):
    """A response broke the contract and was returned as it came (tolerant reads, the
    default): the object carries ``contract_violations``. Issued once per client, operation
    and path. Turn it into an error with ``strict_responses=True``, or silence it with
    ``warnings.filterwarnings("ignore", category=ContractViolationWarning)``."""


class ResponseReader:
    """Reads the success bodies of one operation: checks them and builds the response model.

    ``lists`` are the body's fields that hold a list of items (``data`` of a listing),
    ``objects`` those that hold one item (``data`` of ``get``); violations under an item go
    to that item's model, the rest to the response's model.
    """

    def __init__(self, operation: Operation) -> None:
        compiled = operation.compiled
        checks = compiled.checks
        self.operation = operation.name
        self.model = compiled.response_model
        self.check = checks.response or _conforms
        self.lists = checks.lists
        self.objects = checks.objects
        #: The fast path, or ``None`` for a schema the build step did not compile one for.
        self.fast = checks.response_fast

    def read(
        self,
        payload: dict[str, Any],
        *,
        strict: bool,
        warned: set[tuple[str, str]],
        fail: Callable[[str, tuple[ContractViolation, ...]], Exception],
        about: tuple[str, str, Any] | None = None,
    ) -> Any:
        """The response model of ``payload`` (a JSON object, just parsed: the fast path
        takes the objects of a listing's items as the models' storage). Raises what ``fail``
        makes for a violation in strict mode, or for a fatal one in any mode. ``about``: the
        item the answer must be about (its field, identity and the value asked for); an
        answer about another one is a violation (a proxy's answers out of step, a server's
        mix-up)."""
        for key in self.objects:
            value = payload.get(key)
            if type(value) is not dict:
                if key not in payload:
                    violation = ContractViolation(key, "is required")
                else:
                    violation = ContractViolation(key, f"must be an object, not {kind_of(value)}")
                raise fail(str(violation), (violation,))
        other = None
        if about is not None:
            key, identity, asked = about
            got = payload[key].get(identity) if type(payload.get(key)) is dict else None
            if isinstance(got, str) and got != asked:  # a missing id: the checks say so
                other = ContractViolation(
                    f"{key}.{identity}", f"is {got!r}, not the {asked!r} asked for"
                )
        if self.fast is not None and other is None:
            result = self.fast(payload)
            if result is not None:
                return result
        violations = list(self.check(payload, "") or ())
        if other is not None:
            violations.append(other)
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
        for violation in violations:
            key = (self.operation, _INDEX.sub("[]", violation.path))
            if key in warned:
                continue
            warned.add(key)
            warnings.warn(
                f"{self.operation}(): the response breaks the contract: {violation} "
                "(returned as it came; see .contract_violations)",
                ContractViolationWarning,
                stacklevel=caller_stacklevel(),
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


def _conforms(value: Any, where: str) -> None:
    """The check of a response whose schema limits nothing."""
    return None


#: The reader of each operation record, with the record (so that its id stays its own).
_READERS: dict[int, tuple[Operation, ResponseReader]] = {}


def reader(operation: Operation) -> ResponseReader:
    """The reader of ``operation``'s success bodies (made once per operation)."""
    held = _READERS.get(id(operation))
    if held is None or held[0] is not operation:
        held = _READERS[id(operation)] = (operation, ResponseReader(operation))
    return held[1]
