"""Responses are checked against the contract: tolerant reads by default, strict on request.

The oracle is an independent JSON Schema validator (``jsonschema``) run on the contract's own
response schemas: every value it rejects must be reported as a violation (tolerant) or raise
(strict), and nothing it accepts may be. Enum values are open (a value the contract does not
list yet is not a violation) and a JSON integer is an ``int`` (``1.0`` is a float), as the
SDK's checks have it.
"""

from __future__ import annotations

import copy
import functools
import json
import os
import re
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import jsonschema
import pytest
import strategies
from client_support import API_KEY, VirtualClock
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openrouter_guardrails_api.sdk import OPERATIONS
from openrouter_guardrails_api.types import UNSET

import openrouter_guardrails
from openrouter_guardrails import (
    ContractViolation,
    ContractViolationWarning,
    OpenRouter,
    ResponseValidationError,
    effective_zdr,
    errors,
)
from openrouter_guardrails._contract import document as contract

NAMES = sorted(OPERATIONS)
#: Hostile bodies drawn per operation and mode (13 operations): bounded for CI; a fuzz run
#: sets more (``HOSTILE_EXAMPLES=2000 pytest tests/test_contract_checks.py -k hostile``).
EXAMPLES = int(os.environ.get("HOSTILE_EXAMPLES", "40"))


# --------------------------------------------------------------------------- helpers


def client_answering(payload: Any, **kwargs: Any) -> OpenRouter:
    """A client whose every request is answered 200 with ``payload`` as JSON (or with
    ``payload(request)``, when it is a function)."""

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=payload(request) if callable(payload) else payload)

    return OpenRouter(
        api_key=API_KEY,
        client=httpx.Client(transport=httpx.MockTransport(reply)),
        retry_config="none",
        clock=VirtualClock(),
        **kwargs,
    )


def minimal_kwargs(name: str) -> dict[str, Any]:
    from client_support import MINIMAL_KWARGS

    return dict(MINIMAL_KWARGS[name])


def call(client: OpenRouter, name: str) -> Any:
    """``name`` called with its minimal arguments, warnings silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ContractViolationWarning)
        return getattr(client.guardrails, name)(**minimal_kwargs(name))


def model_of(result: Any) -> Any:
    return result.result if hasattr(result, "result") else result


def guardrail(**fields: Any) -> dict[str, Any]:
    """A guardrail the contract accepts (every required field), with ``fields`` over it."""
    example = copy.deepcopy(contract()["components"]["schemas"]["Guardrail"]["example"])
    return {**example, **fields}


def response_schema(name: str) -> dict[str, Any]:
    operation_id = OPERATIONS[name].operation_id
    for item in contract()["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                for status, response in sorted(op["responses"].items()):
                    if status.startswith("2"):
                        schema: dict[str, Any] = response["content"]["application/json"]["schema"]
                        return schema
    raise KeyError(name)


_INTEGER_IS_INT = jsonschema.Draft202012Validator.TYPE_CHECKER.redefine(
    "integer", lambda checker, value: isinstance(value, int) and not isinstance(value, bool)
)
_Validator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator, type_checker=_INTEGER_IS_INT
)


@functools.cache
def oracle(name: str) -> Any:
    schema = {**response_schema(name), "components": contract()["components"]}
    return _Validator(schema)


def _only_enum(error: jsonschema.ValidationError) -> bool:
    """Whether ``error`` is only about a value an open enum does not list."""
    if error.validator == "enum":
        return True
    if error.validator == "anyOf":
        by_option: dict[Any, list[jsonschema.ValidationError]] = {}
        for sub in error.context or ():
            by_option.setdefault(sub.schema_path[0], []).append(sub)
        return any(all(_only_enum(sub) for sub in subs) for subs in by_option.values())
    return False


def _path(parts: Any) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def expected_paths(name: str, payload: Any) -> set[str]:
    """Where the oracle finds ``payload`` breaking the contract (a missing field: its path)."""
    found = set()
    for error in oracle(name).iter_errors(payload):
        if _only_enum(error):
            continue
        path = _path(error.absolute_path)
        if error.validator == "required":
            missing = re.search(r"'([^']*)' is a required property", error.message)
            assert missing is not None
            path = f"{path}.{missing.group(1)}" if path else missing.group(1)
        found.add(path)
    # The answer about another item than the one asked for (the id of minimal_kwargs).
    about = OPERATIONS[name].answers_for
    if about is not None and isinstance(payload, dict) and isinstance(payload.get(about[0]), dict):
        held = payload[about[0]].get(about[1])
        if isinstance(held, str) and held != minimal_kwargs(name)[about[1]]:
            found.add(f"{about[0]}.{about[1]}")
    return found


def reported(result: Any) -> Iterator[str]:
    """Every violation the models of ``result`` carry, as a path from the body."""
    model = model_of(result)
    yield from (v.path for v in model.contract_violations)
    for key in ("data",):
        value = getattr(model, key, None)
        items = value if isinstance(value, list) else [value] if value is not None else []
        for index, item in enumerate(items):
            prefix = f"{key}[{index}]" if isinstance(value, list) else key
            for violation in getattr(item, "contract_violations", ()):
                yield f"{prefix}.{violation.path}" if violation.path else prefix


def related(a: str, b: str) -> bool:
    """``a`` and ``b`` name the same value, or one lies inside the other."""
    return a == b or a.startswith((b + ".", b + "[")) or b.startswith((a + ".", a + "["))


def fatal(name: str, payload: Any) -> bool:
    """Whether the body is one no mode can return: no item to return at all."""
    if not isinstance(payload, dict):
        return True
    pagination = OPERATIONS[name].pagination
    if pagination is not None:
        total = payload.get(pagination.total)
        return (
            not isinstance(payload.get(pagination.results), list)
            or not isinstance(total, int)
            or isinstance(total, bool)
            or total < 0
        )
    properties = response_schema_properties(name)
    return (
        "data" in properties
        and "$ref" in properties["data"]
        and (not isinstance(payload.get("data"), dict))
    )


def response_schema_properties(name: str) -> dict[str, Any]:
    schema = response_schema(name)
    ref = schema.get("$ref", "")
    target = contract()["components"]["schemas"][ref.rsplit("/", 1)[-1]] if ref else schema
    properties: dict[str, Any] = target.get("properties", {})
    return properties


def _corrupt(value: Any, draw: Callable[[st.SearchStrategy[Any]], Any]) -> Any:
    """``value`` with one to a few things broken inside it."""
    if isinstance(value, dict) and value and draw(st.integers(0, 4)):
        broken = dict(value)
        for key in draw(st.lists(st.sampled_from(sorted(value)), min_size=1, max_size=3)):
            how = draw(st.sampled_from(["drop", "replace", "descend"]))
            if how == "drop":
                broken.pop(key, None)
            elif how == "replace":
                broken[key] = draw(strategies.json_values)
            elif key in broken:
                broken[key] = _corrupt(broken[key], draw)
        return broken
    if isinstance(value, list) and value and draw(st.integers(0, 4)):
        index = draw(st.integers(0, len(value) - 1))
        broken_list = list(value)
        broken_list[index] = _corrupt(broken_list[index], draw)
        return broken_list
    return draw(strategies.json_values)


HOSTILE = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# --------------------------------------------------------------------------- hostile bodies


@pytest.mark.parametrize("name", NAMES)
@HOSTILE
@given(data=st.data())
def test_tolerant_read_reports_every_broken_value_and_nothing_else(
    name: str, data: st.DataObject
) -> None:
    """Tolerant: a broken body is returned with a violation at every value the oracle
    rejects and at no other; only a body with no item to return raises, and only our error."""
    valid = data.draw(
        strategies.from_schema(
            OPERATIONS[name].response_name, extra_fields=True, unknown_enums=True
        ),
        label="valid",
    )
    payload = _corrupt(valid, data.draw) if data.draw(st.booleans(), label="corrupt") else valid
    try:
        result = call(client_answering(payload), name)
    except errors.OpenRouterError as error:
        assert type(error) is ResponseValidationError
        assert fatal(name, payload), error
        return
    assert not fatal(name, payload)
    expected = expected_paths(name, payload)
    found = list(reported(result))
    for path in expected:
        assert any(related(path, f) for f in found), (path, found)
    for path in found:
        assert any(related(path, e) for e in expected), (path, expected)
    assert json.loads(json.dumps(model_of(result).to_dict())) == payload


@pytest.mark.parametrize("name", NAMES)
@HOSTILE
@given(data=st.data())
def test_strict_read_raises_exactly_when_the_body_breaks_the_contract(
    name: str, data: st.DataObject
) -> None:
    """Strict: ResponseValidationError (listing every violation) exactly when the oracle
    rejects the body; never another exception."""
    valid = data.draw(
        strategies.from_schema(
            OPERATIONS[name].response_name, extra_fields=True, unknown_enums=True
        ),
        label="valid",
    )
    payload = _corrupt(valid, data.draw) if data.draw(st.booleans(), label="corrupt") else valid
    expected = expected_paths(name, payload) if isinstance(payload, dict) else {""}
    try:
        result = call(client_answering(payload, strict_responses=True), name)
    except errors.OpenRouterError as error:
        assert type(error) is ResponseValidationError
        assert expected or fatal(name, payload)
        assert "the response breaks the contract" in str(error)
        for violation in error.violations:
            assert any(related(violation.path, e) for e in expected), (violation, expected)
        return
    assert not expected, expected
    assert list(reported(result)) == []


# --------------------------------------------------------------------------- named cases


def test_wrong_typed_zdr_flag_is_a_violation_and_never_reads_as_true() -> None:
    """``enforce_zdr_openai: "false"`` is reported, kept as it came, and effective_zdr
    does not answer True (nor False) from it."""
    body = {"data": guardrail(enforce_zdr_openai="false", enforce_zdr=True)}
    with pytest.warns(ContractViolationWarning, match=r"data\.enforce_zdr_openai"):
        item = client_answering(body).guardrails.get(id=body["data"]["id"]).data
    assert item.enforce_zdr_openai == "false"
    assert item.contract_violations == (
        ContractViolation("enforce_zdr_openai", "must be a boolean or null (None), not str"),
    )
    assert item.raw_data == body["data"]
    assert effective_zdr(item, "openai") is None
    assert effective_zdr(body["data"], "openai") is None


def test_one_bad_item_never_costs_the_page() -> None:
    """A listing with items missing a field, of a wrong type, or not objects: every item is
    returned in place, the bad ones carrying their violations and raw value."""
    items = [
        guardrail(id="a"),
        {k: v for k, v in guardrail(id="b").items() if k != "name"},
        guardrail(id="c", limit_usd="100"),
        "not a guardrail",
        guardrail(id="e"),
    ]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        page = client_answering({"data": items, "total_count": 5}).guardrails.list()
    assert len(page) == 5 == len(page.data)
    assert [g.id for g in page.data] == ["a", "b", "c", UNSET, "e"]
    assert [g.contract_violations for g in page.data] == [
        (),
        (ContractViolation("name", "is required"),),
        (ContractViolation("limit_usd", "must be a number or null (None), not str"),),
        (ContractViolation("", "must be an object, not str"),),
        (),
    ]
    assert page.data[1].name is UNSET
    assert page.data[2].limit_usd == "100"
    assert page.data[3].raw_data == "not a guardrail"
    assert page.data[0].raw_data is None
    messages = [str(w.message) for w in caught if w.category is ContractViolationWarning]
    assert len(messages) == 3
    assert any("data[1].name is required" in m for m in messages)
    assert any("data[3] must be an object" in m for m in messages)


def test_strict_error_names_the_item_index_and_the_path() -> None:
    """strict_responses=True: ResponseValidationError names the item and the path."""
    items = [guardrail(id="a"), guardrail(id="b", content_filters=[{"pattern": 5}])]
    client = client_answering({"data": items, "total_count": 2}, strict_responses=True)
    with pytest.raises(ResponseValidationError) as raised:
        client.guardrails.list()
    assert "data[1].content_filters[0]" in str(raised.value)
    assert [v.path for v in raised.value.violations] == [
        "data[1].content_filters[0].action",
        "data[1].content_filters[0].pattern",
    ]


def test_warning_is_issued_once_per_operation_and_path() -> None:
    """The same violation warns once per client, operation and path (the index aside); a
    new path warns again."""
    page = {"data": [guardrail(limit_usd="1"), guardrail(limit_usd="2")], "total_count": 2}
    one = {"data": guardrail(limit_usd="1")}
    client = client_answering(lambda r: page if r.url.path.endswith("/guardrails") else one)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.guardrails.list()
        client.guardrails.list()
    assert len([w for w in caught if w.category is ContractViolationWarning]) == 1
    assert caught[0].filename == __file__
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.guardrails.get(id=one["data"]["id"])  # another operation: its own warning
    assert len([w for w in caught if w.category is ContractViolationWarning]) == 1


def test_warning_category_is_public() -> None:
    """ContractViolationWarning is exported, in __all__, and a UserWarning."""
    assert "ContractViolationWarning" in openrouter_guardrails.__all__
    assert "ContractViolation" in openrouter_guardrails.__all__
    assert issubclass(ContractViolationWarning, UserWarning)


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize(
    ("name", "payload", "problem"),
    [
        ("list", {"data": {}, "total_count": 0}, "'data' is not a list"),
        ("list", {"total_count": 0}, "'data' is not a list"),
        ("list", {"data": [], "total_count": "1"}, "not a non-negative integer"),
        ("get", {}, "data is required"),
        ("get", {"data": "text"}, "data must be an object, not str"),
        ("update", {"data": [guardrail()]}, "data must be an object, not list"),
    ],
)
def test_what_stays_fatal_in_both_modes(
    name: str, payload: Any, problem: str, strict: bool
) -> None:
    """No item to return (no data list, no object): ResponseValidationError in both modes."""
    with pytest.raises(ResponseValidationError, match=re.escape(problem)):
        call(client_answering(payload, strict_responses=strict), name)


def test_deleted_false_is_a_violation() -> None:
    """``{"deleted": false}`` breaks the contract (it promises true): reported, or raised."""
    with pytest.warns(ContractViolationWarning, match="deleted must be true"):
        result = client_answering({"deleted": False}).guardrails.delete(id="g")
    assert result.deleted is False
    assert result.contract_violations == (ContractViolation("deleted", "must be true, not false"),)
    with pytest.raises(ResponseValidationError, match="deleted must be true"):
        client_answering({"deleted": False}, strict_responses=True).guardrails.delete(id="g")


def test_strict_responses_must_be_a_boolean() -> None:
    """strict_responses="yes" is refused when the client is made."""
    with pytest.raises(TypeError, match="strict_responses must be True or False"):
        OpenRouter(api_key=API_KEY, strict_responses="yes")  # type: ignore[arg-type]


def test_unknown_fields_are_reachable_by_key_and_round_trip() -> None:
    """A field the contract does not know: ``item["field"]``, ``additional_properties``, and
    ``json.dumps(to_dict())`` gives the body back."""
    item = guardrail(allowed_data_regions=["europe"], reset_interval="fortnightly")
    page = client_answering({"data": [item], "total_count": 1}).guardrails.list()
    got = page.data[0]
    assert got["allowed_data_regions"] == ["europe"]
    assert got.additional_properties == {"allowed_data_regions": ["europe"]}
    assert "allowed_data_regions" in got
    assert got.contract_violations == ()
    assert json.loads(json.dumps(page.result.to_dict())) == {"data": [item], "total_count": 1}


def test_a_broken_body_round_trips_as_it_came() -> None:
    """to_dict() of a model read from a broken body gives that body back, value for value."""
    body = {
        "data": guardrail(
            content_filter_builtins=[{"slug": 5, "action": ["x"]}, "odd", {"slug": "email"}],
            content_filters="none",
            reset_interval=7,
            name=None,
        )
    }
    del body["data"]["id"]
    result = call(client_answering(body), "get")
    assert json.loads(json.dumps(result.to_dict())) == body


def test_a_remembered_conforming_object_does_not_vouch_for_an_equal_looking_one() -> None:
    """``{"deleted": true}`` conforms; ``{"deleted": 1}`` (equal in Python) still breaks."""
    client = client_answering(lambda r: {"deleted": True})
    assert client.guardrails.delete(id="g").contract_violations == ()
    strict = client_answering({"deleted": 1}, strict_responses=True)
    with pytest.raises(ResponseValidationError, match="deleted must be a boolean"):
        strict.guardrails.delete(id="g")


def test_a_remembered_content_filter_still_checks_a_broken_twin() -> None:
    """The same content filter read twice conforms twice; a twin with a wrong type breaks."""
    good = {"action": "redact", "label": "[API_KEY]", "pattern": "sk-"}
    body = {"data": [guardrail(content_filters=[good]), guardrail(content_filters=[good])]}
    page = client_answering({**body, "total_count": 2}).guardrails.list()
    assert [g.contract_violations for g in page.data] == [(), ()]
    twin = {**good, "label": ["[API_KEY]"]}
    with pytest.raises(ResponseValidationError, match=r"content_filters\[0\]\.label"):
        client_answering(
            {"data": [guardrail(content_filters=[twin])], "total_count": 1},
            strict_responses=True,
        ).guardrails.list()


def test_the_async_client_reads_with_the_same_rules() -> None:
    """Async: the same violations on the same item, and strict mode raises the same way."""
    import asyncio

    from openrouter_guardrails import AsyncOpenRouter

    body = {"data": [guardrail(), guardrail(limit_usd="9")], "total_count": 2}

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    async def main(strict: bool) -> Any:
        client = AsyncOpenRouter(
            api_key=API_KEY,
            async_client=httpx.AsyncClient(transport=httpx.MockTransport(reply)),
            strict_responses=strict,
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ContractViolationWarning)
            return await client.guardrails.list()

    page = asyncio.run(main(strict=False))
    assert [g.contract_violations for g in page.data] == [
        (),
        (ContractViolation("limit_usd", "must be a number or null (None), not str"),),
    ]
    with pytest.raises(ResponseValidationError, match=r"data\[1\]\.limit_usd"):
        asyncio.run(main(strict=True))
