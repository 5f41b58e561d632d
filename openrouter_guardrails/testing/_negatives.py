"""Negative and boundary cases, derived from every constraint of the contract's requests.

For every operation, every query parameter and every place in its request body (nested
objects and list items included), each constraint the contract states there gives two cases:
one request that breaks exactly that constraint (it must answer 400 with the error envelope
and change nothing), and one at its boundary (it must succeed). The constraints read are
``required``, ``type``, ``minLength``/``maxLength``, ``minItems``/``maxItems``,
``minimum``/``maximum``, ``enum`` and ``format`` (where a JSON value can break it: nothing
breaks ``double``). No case is written by hand: a new field or constraint in the contract is
a new case.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from ._contract import Operation
from ._harness import MAX_FAILURES, NOT_JSON, Run, register_check
from ._report import Failure, first_failures

__all__ = ["Case", "cases"]

#: A value of each JSON type, to break a ``type``.
_OF_TYPE: tuple[tuple[str, Any], ...] = (
    ("integer", 123),
    ("string", "text"),
    ("boolean", True),
    ("array", []),
    ("object", {}),
    ("null", None),
)
#: A value that breaks each string ``format`` a JSON value can break.
_BREAKS_FORMAT: Mapping[str, Any] = {
    "date-time": "yesterday",
    "date": "today",
    "uuid": "not-a-uuid",
    "email": "nobody",
    "uri": "not a uri",
    "int32": 2**31,
    "int64": 2**63,
}
_NOT_JSON_BODY = b'{"'

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Case:
    """One request of the check: where it puts what value, the constraint it is about,
    and whether it breaks it (400 expected) or sits at its boundary (success expected)."""

    operation: Operation
    where: str
    constraint: str
    breaks: bool
    query: Mapping[str, Any]
    body: Any

    @property
    def title(self) -> str:
        verb = "breaking" if self.breaks else "at the boundary of"
        route = f"{self.operation.method} {self.operation.path}"
        return f"{route} {verb} {self.constraint} at {self.where}"


def _types(run: Run, schema: Mapping[str, Any]) -> set[str]:
    """The JSON types a schema accepts (an integer is a number too)."""
    schema = run.resolved(schema)
    if "anyOf" in schema:
        return set().union(*(_types(run, option) for option in schema["anyOf"]))
    if "enum" in schema and "type" not in schema:
        return {"string"}
    kinds = schema.get("type")
    if kinds is None:
        return {"object"} if "properties" in schema else {k for k, _ in _OF_TYPE}
    found = set(kinds) if isinstance(kinds, list) else {kinds}
    return found | ({"integer"} if "number" in found else set())


def _main(run: Run, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """The schema's non-null alternative (through ``$ref`` and ``anyOf``)."""
    schema = run.resolved(schema)
    for option in schema.get("anyOf", []):
        resolved = run.resolved(option)
        if resolved.get("type") != "null":
            return _main(run, resolved)
    return schema


def _values(
    run: Run, schema: Mapping[str, Any], *, in_query: bool, pool: Sequence[str] | None
) -> Iterator[tuple[str, Any, bool]]:
    """``(constraint, value, breaks)`` for each constraint of one place."""
    allowed = _types(run, schema)
    main = _main(run, schema)
    if in_query:
        if "integer" in allowed and "string" not in allowed:
            yield "type integer", "x", True
    else:
        wrong = next((value for kind, value in _OF_TYPE if kind not in allowed), NOT_JSON)
        if wrong is not NOT_JSON:
            yield f"type {'/'.join(sorted(allowed))}", wrong, True
    if "enum" in main:
        yield "enum", f"not-{main['enum'][0]}", True
        for value in main["enum"]:
            yield f"enum value {value!r}", value, False
    yield from _bounds(run, main, allowed, pool)


def _bounds(
    run: Run, main: Mapping[str, Any], allowed: set[str], pool: Sequence[str] | None
) -> Iterator[tuple[str, Any, bool]]:
    """The cases of the length, size and range constraints, and of ``format``."""
    text = run.name("bound")
    if "minLength" in main:
        low = int(main["minLength"])
        if low > 0:
            yield f"minLength {low}", text[: low - 1].ljust(low - 1, "x"), True
        yield f"minLength {low}", text[:low].ljust(low, "x"), False
    if "maxLength" in main:
        high = int(main["maxLength"])
        yield f"maxLength {high}", text[:high].ljust(high + 1, "x"), True
        yield f"maxLength {high}", text[:high].ljust(high, "x"), False
    items = main.get("items", {})
    item = pool[0] if pool else run.minimal_value(items, "bound")
    pooled = list(pool or [])
    if "minItems" in main:
        low = int(main["minItems"])
        if low > 0:
            yield f"minItems {low}", (pooled or [item] * low)[: low - 1], True
        yield f"minItems {low}", (pooled * low or [item] * low)[:low], False
    if "maxItems" in main:
        high = int(main["maxItems"])
        yield f"maxItems {high}", [item] * (high + 1), True
        yield f"maxItems {high}", [item] * high, False
    step = 1 if "integer" in allowed and "number" not in allowed else 0.5
    if "minimum" in main:
        yield f"minimum {main['minimum']}", main["minimum"] - step, True
        yield f"minimum {main['minimum']}", main["minimum"], False
    if "maximum" in main:
        yield f"maximum {main['maximum']}", main["maximum"] + step, True
        yield f"maximum {main['maximum']}", main["maximum"], False
    if main.get("format") in _BREAKS_FORMAT:
        yield f"format {main['format']}", _BREAKS_FORMAT[main["format"]], True


def _places(
    run: Run, schema: Mapping[str, Any], path: Path = ()
) -> Iterator[tuple[Path, Mapping[str, Any], bool]]:
    """``(path, schema, required)`` for every place of a body, the body itself first."""
    main = _main(run, schema)
    if path:
        yield path, schema, False
    if "properties" in main:
        required = set(main.get("required", []))
        for name, prop in main["properties"].items():
            if name in required:
                yield (*path, name), prop, True
            yield from _places(run, prop, (*path, name))
    elif "items" in main:
        yield from _places(run, main["items"], (*path, 0))


def _with(run: Run, schema: Mapping[str, Any], base: Any, path: Path, value: Any) -> Any:
    """``base`` with ``value`` at ``path`` (``NOT_JSON``: the field left out), the places on
    the way filled with their least valid values."""
    body = copy.deepcopy(base)
    node, node_schema = body, _main(run, schema)
    for index, step in enumerate(path):
        last = index == len(path) - 1
        if isinstance(step, int):
            node_schema = _main(run, node_schema.get("items", {}))
            if not node:
                node.append(run.minimal_value(node_schema, "bound"))
        else:
            node_schema = _main(run, node_schema.get("properties", {}).get(step, {}))
            if step not in node and not last:
                filler = run.minimal_value(node_schema, "bound")
                if isinstance(filler, list) and not filler:
                    filler = [run.minimal_value(node_schema.get("items", {}), "bound")]
                node[step] = filler
        if last:
            if value is NOT_JSON:
                node.pop(step)
            else:
                node[step] = value
        else:
            node = node[step]
    return body


def _where(path: Path) -> str:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


def cases(run: Run) -> Iterator[Case]:
    """Every case of every operation of the contract."""
    for operation in run.contract.operations.values():
        for name, schema in operation.query_params.items():
            for constraint, value, breaks in _values(run, schema, in_query=True, pool=None):
                yield Case(operation, f"query {name}", constraint, breaks, {name: value}, NOT_JSON)
        if operation.body_schema is None:
            continue
        schema = operation.body_schema
        base = run.minimal_value(schema, "bound")
        yield Case(operation, "the body", "JSON", True, {}, _NOT_JSON_BODY)
        for path, place, required in _places(run, schema):
            where = f"body {_where(path)}"
            if required:
                yield Case(
                    operation, where, "required", True, {}, _with(run, schema, base, path, NOT_JSON)
                )
                continue
            pool = run.assignable.get(str(path[-1])) if len(path) == 1 else None
            for constraint, value, breaks in _values(run, place, in_query=False, pool=pool):
                body = _with(run, schema, base, path, value)
                yield Case(operation, where, constraint, breaks, {}, body)


@register_check(
    "request_constraints",
    "breaking any constraint of a request answers 400 and changes nothing; its boundary succeeds",
)
def _request_constraints(run: Run) -> None:
    created, data = run.create_raw("constraints")
    run.expect(
        isinstance(data.get("id"), str),
        "a create with the least valid body answers the guardrail",
        f"status {created.status}",
    )
    target = quote(str(data["id"]), safe="")
    failures: list[Failure] = []
    count = 0
    # The state last read, while nothing since can have changed it (a refused write that
    # changed nothing leaves it as it was: the next one starts from the same state).
    known: dict[str, str] | None = None
    for case in cases(run):
        count += 1
        path = case.operation.path.replace("{id}", target)
        writes = case.operation.method != "GET"
        before = None
        if case.breaks and writes:
            before = known if known is not None else _state(run, target)
        if writes:
            known = None
        if isinstance(case.body, bytes):
            answer = run.raw(case.operation.method, path, content=case.body, params=case.query)
        else:
            answer = run.raw(case.operation.method, path, body=case.body, params=case.query)
        if case.breaks:
            problem = run.envelope_problem(answer, 400)
            if problem is not None:
                failures.append(Failure(f"{case.title} answers 400", problem, answer.exchange))
            elif before is not None:
                after = _state(run, target)
                changed = [route for route in before if before[route] != after.get(route)]
                if changed:
                    failures.append(
                        Failure(
                            f"{case.title} changes nothing",
                            f"after it, {', '.join(changed)} answered otherwise",
                            answer.exchange,
                        )
                    )
                known = after
        elif not 200 <= answer.status < 300:
            failures.append(
                Failure(f"{case.title} succeeds", f"status {answer.status}", answer.exchange)
            )
    run.failures.extend(first_failures(failures, MAX_FAILURES))
    run.note = f"{count} cases from the contract's constraints"


def _state(run: Run, guardrail: str) -> dict[str, str]:
    """What a refused request must leave as it was: the answer of every read of the
    contract (the guardrail the cases use, its assignments, every listing), by route."""
    return {
        operation.route: json.dumps(
            run.raw("GET", operation.path.replace("{id}", guardrail)).body, default=str
        )
        for operation in run.contract.operations.values()
        if operation.method == "GET"
    }
