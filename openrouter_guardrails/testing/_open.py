"""Answers read as the contract leaves them open.

Where the contract allows more than one answer (the generated ``OPEN_POINTS``: an optional
field that may be null, a value that applies only to some entries, a deprecated field it does
not fix), an answer is compared with the reference model's after what is open is set aside,
so a server that chooses differently from the model still conforms. What the server chose at
each open point is recorded, for the report's notes.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Any

from openrouter_guardrails_api.sdk import OPEN_POINTS

from ._contract import Contract

#: The kinds of open point (keys of ``OPEN_POINTS`` entries).
ABSENT_OR_NULL = "absent-or-null"
KEPT_ONLY_WHEN = "kept-only-when"
ANY_ALLOWED_VALUE = "any-allowed-value"
_MISSING = object()


class OpenPoints:
    """Sets aside, in an answer, what the contract leaves open."""

    def __init__(
        self,
        contract: Contract,
        met: MutableMapping[str, set[str]] | None = None,
        points: Mapping[str, Mapping[str, Mapping[str, Any]]] = OPEN_POINTS,
    ) -> None:
        self.contract = contract
        self.points = points
        #: ``Schema.field`` -> what the answers held there (``absent``, ``null``, ``kept``,
        #: ``dropped`` or a value).
        self.met: MutableMapping[str, set[str]] = met if met is not None else {}

    def settle(self, body: Any, schema_name: str, *, record: bool = False) -> Any:
        """``body`` (an answer of schema ``schema_name``) less what the contract leaves
        open; ``record``: note what it chose at each open point."""
        return self._walk(body, {"$ref": f"#/components/schemas/{schema_name}"}, None, record)

    def _walk(self, value: Any, schema: Mapping[str, Any], name: str | None, record: bool) -> Any:
        schema, name = _follow(self.contract, schema, name)
        if "anyOf" in schema:
            option = _option(self.contract, value, schema["anyOf"])
            return value if option is None else self._walk(value, option, name, record)
        if isinstance(value, dict) and "properties" in schema:
            return self._object(value, schema, name, record)
        if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
            return [self._walk(item, schema["items"], None, record) for item in value]
        return value

    def _object(
        self, value: dict[str, Any], schema: Mapping[str, Any], name: str | None, record: bool
    ) -> dict[str, Any]:
        points = self.points.get(name or "", {})
        properties = schema.get("properties") or {}
        kept: dict[str, Any] = {}
        for field_name, point in points.items():
            seen = value.get(field_name, _MISSING)
            if record and seen is _MISSING and ABSENT_OR_NULL in point:
                self._note(name, field_name, "absent")
            if record and seen is _MISSING and self._not_applying(value, point):
                self._note(name, field_name, "dropped")
        for field_name, field_value in value.items():
            point = points.get(field_name, {})
            if point.get(ANY_ALLOWED_VALUE):
                if record:
                    self._note(name, field_name, repr(field_value))
                continue
            if self._not_applying(value, point):
                if record:
                    self._note(name, field_name, "kept")
                continue
            if field_value is None and point.get(ABSENT_OR_NULL):
                if record:
                    self._note(name, field_name, "null")
                continue
            kept[field_name] = self._walk(field_value, properties.get(field_name, {}), None, record)
        return kept

    @staticmethod
    def _not_applying(value: Mapping[str, Any], point: Mapping[str, Any]) -> bool:
        when = point.get(KEPT_ONLY_WHEN)
        return isinstance(when, Mapping) and any(value.get(k) != v for k, v in when.items())

    def _note(self, name: str | None, field_name: str, chose: str) -> None:
        self.met.setdefault(f"{name}.{field_name}", set()).add(chose)


def _follow(
    contract: Contract, schema: Mapping[str, Any], name: str | None
) -> tuple[Mapping[str, Any], str | None]:
    """``schema`` with its ``$ref`` followed, and the name of the component it is."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        return contract.resolved(schema), name
    return schema, name


def _option(
    contract: Contract, value: Any, options: list[Mapping[str, Any]]
) -> Mapping[str, Any] | None:
    """The option of an ``anyOf`` that ``value`` (an object or a list) is one of."""
    for option in options:
        target = contract.resolved(option)
        if isinstance(value, dict) and "properties" in target:
            return option
        if isinstance(value, list) and "items" in target:
            return option
    return None


def describe(met: Mapping[str, set[str]]) -> str:
    """The open points met and what the server chose at each, for a report's note."""
    return "; ".join(f"{where}: {', '.join(sorted(met[where]))}" for where in sorted(met))


# -- the reference fake's choices ------------------------------------------------------------

#: The answers the reference fake can give at each kind of open point (its default first).
CHOICES: Mapping[str, tuple[str, ...]] = {
    ABSENT_OR_NULL: ("as-stored", "absent", "null"),
    KEPT_ONLY_WHEN: ("kept", "dropped"),
    ANY_ALLOWED_VALUE: ("echo", "derived"),
}


def open_points(
    points: Mapping[str, Mapping[str, Mapping[str, Any]]] = OPEN_POINTS,
) -> dict[str, tuple[str, ...]]:
    """Every open point of the contract (``Schema.field``, and ``absent-or-null`` for all
    the optional nullable fields at once) with the answers the fake can give there."""
    found: dict[str, tuple[str, ...]] = {ABSENT_OR_NULL: CHOICES[ABSENT_OR_NULL]}
    for schema_name, fields in sorted(points.items()):
        for field_name, point in sorted(fields.items()):
            for kind in (KEPT_ONLY_WHEN, ANY_ALLOWED_VALUE):
                if point.get(kind):
                    found[f"{schema_name}.{field_name}"] = CHOICES[kind]
    return found


class Chooser:
    """Gives an answer the fake built the choices made at each open point (see
    :func:`open_points`); the defaults leave it as it is."""

    def __init__(
        self,
        contract: Contract,
        choices: Mapping[str, str],
        fills: Mapping[str, tuple[str, ...]],
        points: Mapping[str, Mapping[str, Mapping[str, Any]]] = OPEN_POINTS,
    ) -> None:
        known = open_points(points)
        for where, choice in choices.items():
            if where not in known:
                raise ValueError(f"{where!r} is not an open point of the contract: {sorted(known)}")
            if choice not in known[where]:
                raise ValueError(f"{where}: {choice!r} is not one of {known[where]}")
        self.contract = contract
        self.choices = dict(choices)
        self.fills = fills
        self.points = points

    def apply(self, body: Any, schema_name: str) -> Any:
        return self._walk(body, {"$ref": f"#/components/schemas/{schema_name}"}, None)

    def _walk(self, value: Any, schema: Mapping[str, Any], name: str | None) -> Any:
        schema, name = _follow(self.contract, schema, name)
        if "anyOf" in schema:
            option = _option(self.contract, value, schema["anyOf"])
            return value if option is None else self._walk(value, option, name)
        if isinstance(value, dict) and "properties" in schema:
            properties = schema["properties"]
            out = {
                key: self._walk(item, properties.get(key, {}), None) for key, item in value.items()
            }
            for field_name, point in self.points.get(name or "", {}).items():
                self._choose(out, f"{name}.{field_name}", field_name, point)
            return out
        if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
            return [self._walk(item, schema["items"], None) for item in value]
        return value

    def _choose(
        self, value: dict[str, Any], where: str, field_name: str, point: Mapping[str, Any]
    ) -> None:
        if point.get(ANY_ALLOWED_VALUE) and self.choices.get(where) == "derived":
            filled = {value.get(other) for other in self.fills.get(field_name, ())}
            value[field_name] = filled.pop() if len(filled) == 1 else None
        if OpenPoints._not_applying(value, point) and self.choices.get(where) == "dropped":
            value.pop(field_name, None)
        if point.get(ABSENT_OR_NULL):
            choice = self.choices.get(ABSENT_OR_NULL, "as-stored")
            if choice == "null":
                value.setdefault(field_name, None)
            elif choice == "absent" and value.get(field_name, _MISSING) is None:
                del value[field_name]
