"""The fast path: responses (and request bodies) that conform are checked and built in one
pass of straight-line code compiled from the contract; anything it does not settle goes to
the general checks.

It must be sound (it returns a model only for a body the general checks, and the independent
``jsonschema`` oracle, find nothing wrong in, and that model is the one ``from_dict`` builds),
and it must actually be taken for bodies that conform and hold every field, as real accounts
send them, or the SDK is silently slow.
"""

from __future__ import annotations

import copy
import functools
import json
import math
import os
from typing import Any

import pytest
import strategies
from compiled_checks import conforms
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openrouter_guardrails_api import models
from openrouter_guardrails_api.sdk import OPERATIONS
from openrouter_guardrails_api.types import UNSET
from test_contract_checks import _corrupt as corrupt
from test_contract_checks import _only_enum, _Validator

from benchmarks import _api
from openrouter_guardrails._checks import ResponseReader, reader
from openrouter_guardrails._contract import document as contract

NAMES = sorted(OPERATIONS)
BODY_NAMES = sorted(name for name in NAMES if OPERATIONS[name].body_name is not None)
SCHEMAS = contract()["components"]["schemas"]

#: Bodies drawn per test and operation: bounded for CI; a fuzz run sets more
#: (``HOSTILE_EXAMPLES=2000 pytest tests/test_fast_path.py``).
HYPOTHESIS = settings(
    max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "20")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def read(name: str) -> ResponseReader:
    operation = OPERATIONS[name]
    return reader(operation)


def properties(schema_name: str) -> dict[str, Any]:
    props: dict[str, Any] = SCHEMAS[schema_name].get("properties", {})
    return props


def ref_name(schema: dict[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[-1]


@st.composite
def complete(draw: st.DrawFn, schema_name: str, extra: bool) -> dict[str, Any]:
    """A conforming object of ``schema_name`` that holds every field it declares (and, with
    ``extra``, maybe fields the contract does not name yet)."""
    value = draw(strategies.from_schema(schema_name, extra_fields=extra, unknown_enums=True))
    for key, sub in properties(schema_name).items():
        if key not in value:
            value[key] = draw(strategies.from_schema(sub, extra_fields=extra, unknown_enums=True))
    return dict(value)


@st.composite
def complete_response(draw: st.DrawFn, name: str, extra: bool = False) -> dict[str, Any]:
    """A conforming response of operation ``name`` in which the response and each of its
    items hold every field (what the fast path is for)."""
    response_name = OPERATIONS[name].response_name
    body = draw(complete(response_name, extra))
    reading = read(name)
    for key in reading.lists:
        item = ref_name(properties(response_name)[key]["items"])
        body[key] = draw(st.lists(complete(item, extra), max_size=4))
    for key in reading.objects:
        body[key] = draw(complete(ref_name(properties(response_name)[key]), extra))
    return body


@functools.cache
def oracle(schema: str) -> Any:
    """The independent validator (a JSON integer is an ``int``, as in the contract checks'
    own tests)."""
    document = contract()
    return _Validator({**document, "$ref": f"#/components/schemas/{schema}"})


def oracle_accepts(schema: str, value: Any) -> bool:
    """The independent validator finds nothing but enum values it does not list (enums are
    open: a value a newer API sends is no violation)."""
    return all(_only_enum(error) for error in oracle(schema).iter_errors(copy.deepcopy(value)))


def everything(model: Any) -> Any:
    """A model as JSON, its lazily read fields included."""
    return json.loads(json.dumps(model.to_dict()))


# ------------------------------------------------------------------------- what compiles


@pytest.mark.parametrize("name", NAMES)
def test_every_response_of_the_contract_has_a_fast_path(name: str) -> None:
    """No response schema of the contract falls back to the general path for every body."""
    assert read(name).fast is not None


@pytest.mark.parametrize("name", BODY_NAMES)
def test_every_request_body_of_the_contract_has_a_fast_test(name: str) -> None:
    """The build step wrote a fast test for every request body of the contract."""
    assert OPERATIONS[name].compiled.checks.body_fast is not None


def test_a_keyword_the_fast_path_does_not_know_gives_no_fast_path() -> None:
    """A schema with a keyword it cannot settle (``pattern``) is left to the general checks,
    whole."""
    schema = {
        "type": "object",
        "properties": {"code": {"type": "string", "pattern": "^[a-z]+$"}},
    }
    assert conforms(schema) is None


@pytest.mark.parametrize(
    "schema",
    [
        # a required field the object does not declare
        {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a", "b"]},
        # a limit on the object beyond its fields
        {
            "type": "object",
            "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
            "anyOf": [{"required": ["a"]}, {"required": ["b"]}],
        },
        {"type": "object", "properties": {"a": {"type": "string"}}, "minProperties": 1},
    ],
    ids=["undeclared-required", "object-anyOf", "minProperties"],
)
def test_an_object_limited_beyond_its_fields_gives_no_fast_path(schema: dict[str, Any]) -> None:
    """The fast path checks an object's fields and nothing else of it: an object schema
    with any other limit is left to the general checks."""
    assert conforms(schema) is None


def test_bounds_of_any_number_are_checked() -> None:
    """Bounds are compared as values (an unbounded float bound included)."""
    fast = conforms(
        {
            "type": "object",
            "properties": {"x": {"type": "number", "minimum": 0.5, "maximum": math.inf}},
        }
    )
    assert fast is not None
    assert fast({"x": 0.75}) is True
    assert fast({"x": 7}) is True
    assert fast({"x": 0.25}) is None
    assert fast({"x": True}) is None


# ------------------------------------------------------------------------- taken, and right


@pytest.mark.parametrize("name", NAMES)
@HYPOTHESIS
@given(data=st.data())
def test_a_complete_conforming_body_is_read_by_the_fast_path(
    name: str, data: st.DataObject
) -> None:
    """A conforming body in which every object holds every field is checked and built by the
    fast path, into the model ``from_dict`` builds, unknown fields and enum values kept."""
    body = data.draw(complete_response(name, extra=data.draw(st.booleans())), label="body")
    assert oracle_accepts(OPERATIONS[name].response_name, body)
    original = copy.deepcopy(body)
    result = read(name).fast(copy.deepcopy(body))
    assert result is not None
    assert result == OPERATIONS[name].response_model.from_dict(copy.deepcopy(body))
    assert everything(result) == original
    assert result.contract_violations == ()


@pytest.mark.parametrize("name", NAMES)
@HYPOTHESIS
@given(data=st.data())
def test_the_fast_path_vouches_only_for_what_conforms(name: str, data: st.DataObject) -> None:
    """Whatever the body, a model from the fast path means the general checks and the
    oracle find nothing wrong, and it is the model ``from_dict`` builds; for anything else it
    gives up (``None``), never raises."""
    body = data.draw(complete_response(name, extra=True), label="valid")
    body = corrupt(body, data.draw)
    given = copy.deepcopy(body)
    result = read(name).fast(given)
    if result is None:
        assert given == body  # the general path reads the body as it came
        return
    assert read(name).check(body, "") is None
    assert oracle_accepts(OPERATIONS[name].response_name, body)
    assert result == OPERATIONS[name].response_model.from_dict(copy.deepcopy(body))
    assert everything(result) == body


@pytest.mark.parametrize("name", BODY_NAMES)
@HYPOTHESIS
@given(data=st.data())
def test_the_fast_test_of_a_request_body_vouches_only_for_what_conforms(
    name: str, data: st.DataObject
) -> None:
    """True from the fast test of a body means the general check finds no problem; a body
    that conforms and holds every field passes it."""
    body_name = OPERATIONS[name].body_name
    assert body_name is not None
    fast = OPERATIONS[name].compiled.checks.body_fast
    assert fast is not None
    body = data.draw(complete(body_name, False), label="body")
    assert fast(body) is True
    broken = corrupt(body, data.draw)
    check = OPERATIONS[name].compiled.checks.body
    assert check is not None
    if fast(broken):
        assert check(broken, "") is None
        assert oracle_accepts(body_name, broken)


@pytest.mark.parametrize("name", strategies.object_schema_names())
@HYPOTHESIS
@given(data=st.data())
def test_a_complete_object_is_the_same_model_whichever_way_it_is_built(
    name: str, data: st.DataObject
) -> None:
    """``_from_complete`` (one dict update), ``_from_fields`` (the class called with every
    field) and ``from_dict`` build equal models, and each gives the JSON back."""
    cls = getattr(models, name)
    body = data.draw(complete(name, False), label="body")
    body = {key: body[key] for key in cls._json_names}  # exactly the declared fields
    original = copy.deepcopy(body)
    built = [
        cls._from_complete(copy.deepcopy(body)),
        cls._from_complete_many([copy.deepcopy(body)])[0],
        cls._from_fields(tuple(copy.deepcopy(body)[key] for key in cls._json_names)),
        cls.from_dict(copy.deepcopy(body)),
    ]
    assert built[0] == built[1] == built[2] == built[3]
    for model in built:
        assert model.additional_properties == {}
        assert model.contract_violations == () and model.raw_data is None
        assert everything(model) == original


# ------------------------------------------------------------------------- named cases


def realistic_guardrail(**changes: Any) -> dict[str, Any]:
    guardrail = _api.guardrail(1, "realistic")
    guardrail.update(changes)
    return guardrail


@pytest.mark.parametrize(
    "change",
    [
        {"limit_usd": math.inf},
        {"limit_usd": math.nan},
        {"limit_usd": True},
        {"include_byok_in_budgets": 1},
        {"allowed_models": ["openai/gpt-4o", 5]},
        {"content_filters": [{"pattern": "", "action": "block"}]},
        {"content_filters": [{"pattern": "x", "action": "block", "label": "l" * 101}]},
        {"content_filter_builtins": [{"slug": "email"}]},
        {"content_filter_builtins": ["email"]},
        {"workspace_id": 7},
    ],
    ids=repr,
)
def test_a_broken_guardrail_goes_to_the_general_path(change: dict[str, Any]) -> None:
    body = {"data": realistic_guardrail(**change)}
    assert read("get").fast(body) is None
    assert read("get").check(body, "") is not None


def test_an_absent_optional_field_is_read_field_by_field() -> None:
    """A guardrail without an optional field is still checked and built on the fast path
    (field by field), the field left UNSET as ``from_dict`` leaves it."""
    guardrail = realistic_guardrail()
    del guardrail["description"]
    result = read("get").fast({"data": guardrail})
    assert result is not None
    assert result == read("get").model.from_dict({"data": guardrail})
    assert result.data.description is UNSET


def test_an_absent_required_field_goes_to_the_general_path() -> None:
    guardrail = realistic_guardrail()
    del guardrail["name"]
    assert read("get").fast({"data": guardrail}) is None
    assert read("get").check({"data": guardrail}, "") is not None


def test_unknown_fields_are_kept_on_the_fast_path() -> None:
    """A field the contract does not name yet, on the guardrail and inside a filter, is
    kept where it came."""
    guardrail = realistic_guardrail(allowed_data_regions=["eu"])
    guardrail["content_filters"][0]["severity"] = 3
    result = read("get").fast({"data": guardrail})
    assert result is not None
    assert result.data["allowed_data_regions"] == ["eu"]
    assert result.data.content_filters[0].additional_properties == {"severity": 3}


@pytest.mark.parametrize("body", _api.BODIES)
@pytest.mark.parametrize("name", ["get", "create", "list"])
def test_the_benchmarks_bodies_take_the_fast_path(name: str, body: str) -> None:
    """What the benchmarks measure is the fast path (else their figures would mislead)."""
    texts = {
        "get": _api.get_body(body),
        "create": _api.create_body(body),
        "list": _api.page_body(0, 100, 100, body),
    }
    assert read(name).fast(json.loads(texts[name])) is not None


def test_an_option_of_any_of_may_name_several_types() -> None:
    """``anyOf`` options whose ``type`` is a list compile, and are tested in order."""
    fast = conforms(
        {
            "type": "object",
            "properties": {
                "x": {"anyOf": [{"type": ["string", "null"]}, {"type": "integer"}]},
            },
        }
    )
    assert fast is not None
    assert fast({"x": None}) is True
    assert fast({"x": "a"}) is True
    assert fast({"x": 3}) is True
    assert fast({"x": 2.5}) is None
