"""Hypothesis strategies derived from the JSON schemas of ``openapi/guardrails.yaml``.

``from_schema("Guardrail")`` draws JSON payloads that the contract allows; with
``extra_fields=True`` every object may also carry keys the contract does not name (a newer API),
and with ``unknown_enums=True`` a string enum may also take a value it does not list.

The converter understands what the curated contract uses: ``$ref`` (any local JSON pointer),
``allOf`` / ``anyOf`` / ``oneOf``, ``type`` and type lists with ``'null'``, ``enum``, ``const``,
``minLength`` / ``maxLength`` / ``pattern``, ``minimum`` / ``maximum`` (and their exclusive
forms), ``minItems`` / ``maxItems`` / ``uniqueItems``, ``properties`` / ``required`` /
``additionalProperties``. A keyword that would constrain values in a way it does not understand
raises ``NotImplementedError`` instead of drawing values the contract rejects.
"""

from __future__ import annotations

import functools
import json
import math
import string
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "guardrails.yaml"
SCHEMA_REF = "#/components/schemas/"

#: Keywords that constrain values and that this converter does not implement.
UNSUPPORTED = frozenset(
    {
        "contains",
        "dependentRequired",
        "dependentSchemas",
        "if",
        "maxProperties",
        "minProperties",
        "multipleOf",
        "not",
        "patternProperties",
        "prefixItems",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
    }
)

#: How many items, characters or extra keys to draw at most when the schema sets no bound.
SMALL = 3
SHORT = 12

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=SHORT)
)

#: Any JSON value (what ``{}`` allows), kept small.
json_values = st.recursive(
    JSON_SCALARS,
    lambda children: (
        st.lists(children, max_size=SMALL)
        | st.dictionaries(st.text(max_size=8), children, max_size=SMALL)
    ),
    max_leaves=4,
)

_KEY_ALPHABET = string.ascii_lowercase + string.digits + "_"


@functools.cache
def spec() -> dict[str, Any]:
    """The curated contract, loaded once."""
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def component_schemas() -> dict[str, Any]:
    """``components.schemas`` of the contract."""
    schemas: dict[str, Any] = spec()["components"]["schemas"]
    return schemas


def resolve(ref: str) -> Any:
    """The node a local ``$ref`` (``#/a/b``) points to in the contract."""
    if not ref.startswith("#/"):
        raise NotImplementedError(f"only local references are followed, not {ref!r}")
    node: Any = spec()
    for raw in ref[2:].split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def deref(schema: Any) -> Any:
    """``schema`` with its top-level references followed."""
    seen: set[str] = set()
    while isinstance(schema, Mapping) and "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen:
            raise ValueError(f"circular $ref {ref!r}")
        seen.add(ref)
        schema = resolve(ref)
    return schema


def object_schema_names() -> list[str]:
    """The component schemas that describe JSON objects (each one has a generated model)."""
    return sorted(
        name
        for name, schema in component_schemas().items()
        if schema.get("type") == "object" or "properties" in schema
    )


def from_schema(
    schema: str | Mapping[str, Any] | bool,
    *,
    extra_fields: bool = False,
    unknown_enums: bool = False,
) -> st.SearchStrategy[Any]:
    """A strategy for the JSON values that ``schema`` (a component name or a schema) allows.

    ``extra_fields``: objects may carry keys the schema does not name (never where
    ``additionalProperties: false``). ``unknown_enums``: a string enum may take a value it does
    not list.
    """
    if isinstance(schema, str):
        schema = {"$ref": schema if schema.startswith("#") else SCHEMA_REF + schema}
    return _Converter(extra_fields=extra_fields, unknown_enums=unknown_enums).convert(schema)


class _Converter:
    def __init__(self, *, extra_fields: bool, unknown_enums: bool) -> None:
        self.extra_fields = extra_fields
        self.unknown_enums = unknown_enums
        self._refs: dict[str, st.SearchStrategy[Any]] = {}

    def convert(self, schema: Mapping[str, Any] | bool) -> st.SearchStrategy[Any]:
        if schema is True:
            return json_values
        if schema is False:
            return st.nothing()
        unsupported = UNSUPPORTED & set(schema)
        if unsupported:
            raise NotImplementedError(f"schema keyword(s) not supported: {sorted(unsupported)}")
        if "$ref" in schema:
            return self._ref(schema["$ref"])
        if "allOf" in schema:
            return self.convert(self._merge_all_of(schema))
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                rest = {k: v for k, v in schema.items() if k != keyword}
                return st.one_of(
                    [self.convert({**rest, **deref(s)} if rest else s) for s in schema[keyword]]
                )
        if "const" in schema:
            return st.just(schema["const"])
        if "enum" in schema:
            return self._enum(schema["enum"])
        kind = schema.get("type")
        if isinstance(kind, list):
            return st.one_of([self.convert({**schema, "type": k}) for k in kind])
        if kind is None:
            if "properties" in schema or "additionalProperties" in schema:
                kind = "object"
            elif "items" in schema:
                kind = "array"
            else:
                return json_values
        return getattr(self, f"_{kind}")(schema)

    def _ref(self, ref: str) -> st.SearchStrategy[Any]:
        # Deferred, so that a schema that refers to itself terminates; resolved now, so that a
        # reference to nothing fails here and not at the first draw.
        resolve(ref)
        if ref not in self._refs:
            self._refs[ref] = st.deferred(lambda: self.convert(resolve(ref)))
        return self._refs[ref]

    @staticmethod
    def _merge_all_of(schema: Mapping[str, Any]) -> dict[str, Any]:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            for key, value in deref(part).items():
                if key == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **value}
                elif key == "required":
                    merged["required"] = sorted({*merged.get("required", []), *value})
                elif key in merged and merged[key] != value:
                    raise NotImplementedError(f"allOf parts disagree on {key!r}")
                else:
                    merged[key] = value
        return merged

    def _enum(self, values: list[Any]) -> st.SearchStrategy[Any]:
        known = st.sampled_from(values)
        if not (self.unknown_enums and all(isinstance(v, str) for v in values)):
            return known
        unknown = st.text(min_size=1, max_size=SHORT).filter(lambda s: s not in values)
        return known | unknown

    @staticmethod
    def _null(schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
        return st.none()

    @staticmethod
    def _boolean(schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
        return st.booleans()

    @staticmethod
    def _bounds(schema: Mapping[str, Any]) -> tuple[Any, Any, bool, bool]:
        low, high = schema.get("minimum"), schema.get("maximum")
        exclusive_low = exclusive_high = False
        if "exclusiveMinimum" in schema:
            low, exclusive_low = schema["exclusiveMinimum"], True
        if "exclusiveMaximum" in schema:
            high, exclusive_high = schema["exclusiveMaximum"], True
        return low, high, exclusive_low, exclusive_high

    def _integer(self, schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
        low, high, exclusive_low, exclusive_high = self._bounds(schema)
        if low is not None:
            low = math.floor(low) + 1 if exclusive_low else math.ceil(low)
        if high is not None:
            high = math.ceil(high) - 1 if exclusive_high else math.floor(high)
        return st.integers(
            min_value=-(2**53) if low is None else low,
            max_value=2**53 if high is None else high,
        )

    def _number(self, schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
        low, high, exclusive_low, exclusive_high = self._bounds(schema)
        floats = st.floats(
            min_value=low,
            max_value=high,
            exclude_min=exclusive_low and low is not None,
            exclude_max=exclusive_high and high is not None,
            allow_nan=False,
            allow_infinity=False,
        )
        return self._integer(schema) | floats

    @staticmethod
    def _string(schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
        low = schema.get("minLength", 0)
        high = schema.get("maxLength", low + SHORT)
        if "pattern" in schema:
            return st.from_regex(schema["pattern"]).filter(lambda s: low <= len(s) <= high)
        return st.text(min_size=low, max_size=high)

    def _array(self, schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
        items = self.convert(schema.get("items", True))
        low = schema.get("minItems", 0)
        high = schema.get("maxItems", low + SMALL)
        if schema.get("uniqueItems"):
            return st.lists(
                items,
                min_size=low,
                max_size=high,
                unique_by=lambda v: json.dumps(v, sort_keys=True),
            )
        return st.lists(items, min_size=low, max_size=high)

    def _object(self, schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        named = st.fixed_dictionaries(
            {name: self.convert(properties.get(name, True)) for name in sorted(required)},
            optional={
                name: self.convert(sub)
                for name, sub in sorted(properties.items())
                if name not in required
            },
        )
        additional = schema.get("additionalProperties")
        if additional is False:
            return named
        if additional is not None:
            values = self.convert(additional)
        elif self.extra_fields:
            values = json_values
        else:
            return named
        keys = st.text(alphabet=_KEY_ALPHABET, min_size=1, max_size=12).filter(
            lambda k: k not in properties
        )
        extras = st.dictionaries(keys, values, max_size=SMALL)
        return st.tuples(named, extras).map(lambda pair: {**pair[1], **pair[0]})
