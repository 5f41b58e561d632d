"""Every generated model reads and writes back exactly the JSON the contract allows.

Payloads come from the contract's own schemas (``strategies.from_schema``), also with keys and
enum values a newer API may send. ``to_dict`` leaves out a field that was absent (``UNSET``) and
keeps one that was ``null``, so a payload must come back unchanged, key for key.
"""

from __future__ import annotations

import copy
import functools
import json
import pickle
from enum import StrEnum
from typing import Any

import attrs
import jsonschema
import pytest
import strategies
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from openrouter_guardrails_api import models
from openrouter_guardrails_api.types import UNSET, json_value

SCHEMAS = strategies.component_schemas()
OBJECT_SCHEMAS = strategies.object_schema_names()
ENUM_SCHEMAS = sorted(name for name, s in SCHEMAS.items() if "enum" in s)

#: (extra_fields, unknown_enums): the payload variants every model must round-trip.
VARIANTS = {
    "valid": (False, False),
    "unknown-fields": (True, False),
    "unknown-enum-values": (False, True),
}


@functools.cache
def payloads(name: str, extra_fields: bool, unknown_enums: bool) -> st.SearchStrategy[Any]:
    return strategies.from_schema(name, extra_fields=extra_fields, unknown_enums=unknown_enums)


def first(strategy: st.SearchStrategy[Any], condition: Any) -> Any:
    """The first drawn value that meets ``condition`` (no shrinking: existence is the point)."""
    quick = settings(phases=[Phase.generate], database=None, max_examples=500)
    return find(strategy, condition, settings=quick)


def model_of(name: str) -> Any:
    return getattr(models, name)


def enum_of(property_schema: dict[str, Any]) -> str | None:
    """The component enum a property refers to (directly or as ``anyOf [$ref, null]``)."""
    for candidate in [property_schema, *property_schema.get("anyOf", [])]:
        ref = candidate.get("$ref", "")
        target = ref.removeprefix(strategies.SCHEMA_REF)
        if ref and target in ENUM_SCHEMAS:
            return target
    return None


def test_the_models_under_test_cover_every_resource_the_api_returns_or_takes():
    """The object schemas round-tripped are exactly the request, response and entry schemas."""
    expected = {
        "Guardrail",
        "KeyAssignment",
        "MemberAssignment",
        "ListGuardrailsResponse",
        "GetGuardrailResponse",
        "CreateGuardrailRequest",
        "CreateGuardrailResponse",
        "UpdateGuardrailRequest",
        "UpdateGuardrailResponse",
        "DeleteGuardrailResponse",
        "ListKeyAssignmentsResponse",
        "ListMemberAssignmentsResponse",
        "BulkAssignKeysRequest",
        "BulkAssignKeysResponse",
        "BulkUnassignKeysRequest",
        "BulkUnassignKeysResponse",
        "BulkAssignMembersRequest",
        "BulkAssignMembersResponse",
        "BulkUnassignMembersRequest",
        "BulkUnassignMembersResponse",
        "ErrorResponse",
        "ErrorDetail",
        "ContentFilterEntry",
        "ContentFilterBuiltinEntry",
        "ContentFilterBuiltinEntryInput",
    }
    assert set(OBJECT_SCHEMAS) == expected


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
def test_every_object_schema_has_a_generated_model(name):
    """Each object schema of the contract is a generated attrs model with from_dict/to_dict."""
    model = model_of(name)
    assert callable(model.from_dict)
    assert callable(model.to_dict)
    assert "additional_properties" in {a.name for a in model.__attrs_attrs__}


@functools.cache
def closed_validator(name: str) -> jsonschema.Draft202012Validator:
    """A validator for one component schema (the contract is its root document) in which an
    object may carry only the keys its schema names, unless it declares additionalProperties."""

    def close(node: Any) -> Any:
        if isinstance(node, dict):
            node = {k: close(v) for k, v in node.items()}
            if "properties" in node and "additionalProperties" not in node:
                node["additionalProperties"] = False
            return node
        if isinstance(node, list):
            return [close(v) for v in node]
        return node

    closed = close(strategies.spec())
    return jsonschema.Draft202012Validator({**closed, "$ref": strategies.SCHEMA_REF + name})


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
@given(data=st.data())
def test_strategy_draws_only_payloads_the_contract_accepts(name, data):
    """from_schema(name) draws payloads valid against the schema, with no key it does not name."""
    payload = data.draw(payloads(name, False, False), label="payload")
    closed_validator(name).validate(payload)


def test_extra_fields_reach_nested_objects():
    """With extra_fields, a guardrail inside a list response can carry an unknown key."""
    known = set(SCHEMAS["Guardrail"]["properties"])
    found = first(
        strategies.from_schema("ListGuardrailsResponse", extra_fields=True),
        lambda p: any(set(item) - known for item in p["data"]),
    )
    assert any(set(item) - known for item in found["data"])


def test_declared_additional_properties_are_drawn_without_extra_fields():
    """An object schema with additionalProperties draws extra keys even without extra_fields."""
    found = first(
        strategies.from_schema("ErrorResponse"),
        lambda p: bool(p.get("openrouter_metadata")),
    )
    assert isinstance(found["openrouter_metadata"], dict)
    assert found["openrouter_metadata"]


@pytest.mark.parametrize("name", ENUM_SCHEMAS)
def test_unknown_enums_draws_values_the_enum_does_not_list(name):
    """With unknown_enums, a string enum also yields values outside its list."""
    listed = SCHEMAS[name]["enum"]
    found = first(strategies.from_schema(name, unknown_enums=True), lambda v: v not in listed)
    assert isinstance(found, str)
    assert found not in listed


def test_from_schema_accepts_an_inline_schema_and_honours_its_bounds():
    """An inline schema's type list, bounds and lengths are what the strategy draws."""
    schema = {
        "type": "object",
        "required": ["n", "tags"],
        "properties": {
            "n": {"type": ["integer", "null"], "minimum": 1, "maximum": 3},
            "tags": {"type": "array", "minItems": 2, "maxItems": 2, "items": {"const": "x"}},
            "s": {"type": "string", "minLength": 2, "maxLength": 4},
        },
        "additionalProperties": False,
    }

    @given(strategies.from_schema(schema, extra_fields=True))
    def check(value):
        assert set(value) <= {"n", "tags", "s"}
        assert value["n"] is None or 1 <= value["n"] <= 3
        assert value["tags"] == ["x", "x"]
        assert "s" not in value or 2 <= len(value["s"]) <= 4

    check()


def test_from_schema_refuses_keywords_it_cannot_honour():
    """A constraining keyword the converter does not implement raises instead of drawing junk."""
    with pytest.raises(NotImplementedError, match="multipleOf"):
        strategies.from_schema({"type": "integer", "multipleOf": 7})


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
@given(data=st.data())
def test_payload_round_trips_through_its_model(name, variant, data):
    """Model.from_dict(payload).to_dict() == payload; unknown keys and enum values are kept."""
    payload = data.draw(payloads(name, *VARIANTS[variant]), label="payload")
    original = copy.deepcopy(payload)
    model = model_of(name).from_dict(payload)
    assert model.to_dict() == original
    properties = SCHEMAS[name].get("properties", {})
    assert set(model.additional_properties) == set(original) - set(properties)
    for prop, sub in properties.items():
        enum_name = enum_of(sub)
        if enum_name is None or original.get(prop) is None:
            continue
        value = getattr(model, prop)
        assert isinstance(value, StrEnum)
        assert isinstance(value, getattr(models, enum_name))
        assert value.is_known == (original[prop] in SCHEMAS[enum_name]["enum"])


def _lazy_fields(name: str) -> list[str]:
    """The fields of ``name`` read on first access (lists of objects)."""
    cls = model_of(name)
    return [
        field
        for field in SCHEMAS[name].get("properties", {})
        if type(cls.__dict__.get(field)).__name__ == "_LazyField"
    ]


def test_lists_of_objects_are_read_lazily():
    """The fields holding lists of objects are the ones read on first access."""
    assert _lazy_fields("Guardrail") == ["content_filter_builtins", "content_filters"]
    assert _lazy_fields("ListGuardrailsResponse") == ["data"]
    assert _lazy_fields("ContentFilterEntry") == []


@pytest.mark.parametrize("name", [n for n in OBJECT_SCHEMAS if _lazy_fields(n)])
@given(data=st.data())
def test_lazy_fields_read_once_and_agree_with_eager_reading(name, data):
    """A lazy field gives the same models whenever it is first read (before or after
    to_dict, equality or repr), and the same objects on every later access."""
    payload = data.draw(payloads(name, True, True), label="payload")
    first, second = model_of(name).from_dict(payload), model_of(name).from_dict(payload)
    assert first.to_dict() == payload  # reads every lazy field
    assert first == second and repr(first) == repr(second)
    for field in _lazy_fields(name):
        value = getattr(first, field)
        assert getattr(first, field) is value
        if isinstance(value, list):
            assert all(hasattr(item, "to_dict") for item in value)


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
@given(data=st.data())
def test_any_json_object_is_read_and_written_back_as_it_came(name, data):
    """from_dict never fails on a JSON object, whatever its values (wrong types, missing
    required fields, non-objects inside lists), and to_dict gives it back."""
    keys = st.sampled_from(sorted(SCHEMAS[name].get("properties", {})) or ["x"])
    payload = data.draw(
        st.dictionaries(keys | st.text(max_size=5), strategies.json_values, max_size=6),
        label="payload",
    )
    original = copy.deepcopy(payload)
    model = model_of(name).from_dict(payload)
    assert model.to_dict() == original
    assert json.loads(json.dumps(model.to_dict())) == original


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
@given(value=strategies.json_values.filter(lambda v: not isinstance(v, dict)))
def test_a_value_that_is_not_an_object_gives_a_blank_model_holding_it(name, value):
    """from_dict of a non-object: every field UNSET, the value in raw_data, and json_value
    gives the value back."""
    model = model_of(name).from_dict(value)
    assert model.raw_data == value
    assert model.to_dict() == {}
    assert json_value(model) == value
    assert all(
        getattr(model, field) is UNSET
        for field in attrs.fields_dict(model_of(name))
        if field not in ("additional_properties", "contract_violations", "raw_data")
        and not field.startswith("_")
    )


def test_a_list_item_that_is_not_an_object_round_trips_in_place():
    """A list of objects holding a string, a null and a number keeps them in place."""
    payload = {"data": ["x", None, 3, {"id": "g"}], "total_count": 4}
    model = models.ListGuardrailsResponse.from_dict(payload)
    assert [item.raw_data for item in model.data[:3]] == ["x", None, 3]
    assert model.data[3].id == "g"
    assert model.to_dict() == payload


def test_unknown_fields_are_found_by_key():
    """An unknown field is reachable as model["field"], and only unknown fields are."""
    model = models.ContentFilterEntry.from_dict({"pattern": "p", "action": "block", "new": 1})
    assert model["new"] == 1
    assert model.additional_properties == {"new": 1}
    with pytest.raises(KeyError):
        model["pattern"]


def test_a_model_pickles_and_copies_with_its_unset_fields():
    """A pickled or deep-copied model keeps UNSET as the one UNSET: to_dict() is unchanged."""
    model = models.Guardrail.from_dict({"id": "g", "name": "n", "new": 1})
    for twin in (pickle.loads(pickle.dumps(model)), copy.deepcopy(model)):
        assert twin.created_at is UNSET
        assert twin.to_dict() == {"id": "g", "name": "n", "new": 1}
