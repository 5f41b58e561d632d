"""Whatever the server sends back, every operation either returns its model or raises one of the
package's errors: never ``KeyError``, ``AttributeError``, ``TypeError`` or ``JSONDecodeError``.

Valid payloads come from the contract's schemas (``strategies.from_schema``, with unknown fields
and enum values); corrupted ones drop required keys, put wrong types anywhere, are not objects,
or are cut short.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import json
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import strategies
from client_support import API_KEY, CASES_BY_NAME, MINIMAL_KWARGS, VirtualClock
from hypothesis import given
from hypothesis import strategies as st
from openrouter_guardrails_api.sdk import OPERATIONS

from openrouter_guardrails import AsyncOpenRouter, ContractViolationWarning, OpenRouter, errors

NAMES = sorted(OPERATIONS)


class Reply:
    """What the fake transport answers next: a status and raw bytes."""

    status = 200
    content = b"{}"

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            self.status, content=self.content, headers={"content-type": "application/json"}
        )


REPLY = Reply()


@functools.cache
def sync_client() -> OpenRouter:
    transport = httpx.MockTransport(REPLY)
    return OpenRouter(
        api_key=API_KEY,
        client=httpx.Client(transport=transport),
        retry_config="none",
        clock=VirtualClock(),
    )


def async_client() -> AsyncOpenRouter:
    transport = httpx.MockTransport(REPLY)
    return AsyncOpenRouter(
        api_key=API_KEY,
        async_client=httpx.AsyncClient(transport=transport),
        retry_config="none",
        clock=VirtualClock(),
    )


def _call(name: str, is_async: bool = False) -> Any:
    if is_async:

        async def main() -> Any:
            return await getattr(async_client().guardrails, name)(**MINIMAL_KWARGS[name])

        return asyncio.run(main())
    return getattr(sync_client().guardrails, name)(**MINIMAL_KWARGS[name])


def _model_of(result: Any) -> Any:
    return result.result if hasattr(result, "result") else result


def _outcome(name: str, status: int, content: bytes, is_async: bool = False) -> Any:
    """The result of the call, or the package error it raised (any other exception fails)."""
    REPLY.status, REPLY.content = status, content
    try:
        result = _call(name, is_async)
    except errors.OpenRouterError as error:
        return error
    model = _model_of(result)
    json.dumps(model.to_dict())
    return result


@functools.cache
def valid_payloads(name: str) -> st.SearchStrategy[Any]:
    """Payloads the contract allows for the success response of ``name``."""
    drawn = strategies.from_schema(
        OPERATIONS[name].response_name, extra_fields=True, unknown_enums=True
    )
    if OPERATIONS[name].paginated:
        # The client refuses a negative total (a listing cannot hold fewer than no items).
        drawn = drawn.map(lambda p: {**p, "total_count": abs(p["total_count"])})
    return drawn


def _corrupt(value: Any, draw: Callable[[st.SearchStrategy[Any]], Any]) -> Any:
    """``value`` with one thing broken somewhere inside it."""
    if isinstance(value, dict) and value and draw(st.integers(0, 3)):
        key = draw(st.sampled_from(sorted(value)))
        broken = dict(value)
        how = draw(st.sampled_from(["drop", "replace", "descend"]))
        if how == "drop":
            del broken[key]
        elif how == "replace":
            broken[key] = draw(strategies.json_values)
        else:
            broken[key] = _corrupt(broken[key], draw)
        return broken
    if isinstance(value, list) and value and draw(st.integers(0, 3)):
        index = draw(st.integers(0, len(value) - 1))
        broken_list = list(value)
        broken_list[index] = _corrupt(broken_list[index], draw)
        return broken_list
    return draw(strategies.json_values)


@pytest.mark.parametrize("name", NAMES)
@given(data=st.data())
def test_valid_payload_parses_and_round_trips(name: str, data: st.DataObject) -> None:
    """A payload the contract allows parses into the model, and ``to_dict()`` gives it back."""
    payload = data.draw(valid_payloads(name), label="payload")
    original = copy.deepcopy(payload)
    result = _outcome(name, 200, json.dumps(payload).encode())
    assert not isinstance(result, Exception), result
    assert _model_of(result).to_dict() == original
    if OPERATIONS[name].paginated:
        assert len(result.data) == len(original["data"])
        assert result.total_count == original["total_count"]


@pytest.mark.parametrize("name", NAMES)
@given(data=st.data())
def test_corrupted_payload_parses_or_raises_our_error(name: str, data: st.DataObject) -> None:
    """A payload broken anywhere parses or raises ResponseValidationError, nothing else."""
    payload = _corrupt(data.draw(valid_payloads(name), label="payload"), data.draw)
    result = _outcome(name, 200, json.dumps(payload).encode())
    if isinstance(result, Exception):
        assert type(result) is errors.ResponseValidationError
        assert "the response breaks the contract" in str(result)


NOT_OBJECTS = st.one_of(
    st.lists(strategies.json_values, max_size=3),
    st.text(max_size=10),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("value", [[], [{"data": []}], "data", 0, 1.5, True, None])
def test_non_object_json_is_a_validation_error(name: str, value: Any) -> None:
    """JSON that is not an object (list, string, number, null): ``ResponseValidationError``."""
    result = _outcome(name, 200, json.dumps(value).encode())
    assert type(result) is errors.ResponseValidationError
    assert "expected a JSON object" in str(result)


@given(name=st.sampled_from(NAMES), value=NOT_OBJECTS)
def test_any_non_object_json_is_a_validation_error(name: str, value: Any) -> None:
    """Any JSON value that is not an object is refused the same way."""
    result = _outcome(name, 200, json.dumps(value).encode())
    assert type(result) is errors.ResponseValidationError


@pytest.mark.parametrize("name", NAMES)
def test_truncated_realistic_body_is_a_validation_error(name: str) -> None:
    """The realistic body cut short is ResponseValidationError, never JSONDecodeError."""
    text = json.dumps(CASES_BY_NAME[name].response).encode()
    for cut in [*range(0, len(text), 5), len(text) - 1]:
        result = _outcome(name, 200, text[:cut])
        assert type(result) is errors.ResponseValidationError
        assert "the body is not JSON" in str(result)


@given(name=st.sampled_from(NAMES), data=st.data())
def test_truncated_json_is_a_validation_error(name: str, data: st.DataObject) -> None:
    """A drawn valid body cut short anywhere is refused as not JSON."""
    text = json.dumps(data.draw(valid_payloads(name), label="payload")).encode()
    cut = data.draw(st.integers(min_value=0, max_value=len(text) - 1), label="cut")
    result = _outcome(name, 200, text[:cut])
    assert type(result) is errors.ResponseValidationError
    assert "the body is not JSON" in str(result)


@given(
    name=st.sampled_from(NAMES),
    status=st.sampled_from([201, 204, 400, 401, 403, 404, 409, 429, 500, 502, 503, 520]),
    content=st.one_of(
        st.binary(max_size=40),
        NOT_OBJECTS.map(lambda v: json.dumps(v).encode()),
        strategies.from_schema("ErrorResponse", extra_fields=True).map(
            lambda v: json.dumps(v).encode()
        ),
    ),
)
def test_any_status_and_bytes_give_a_result_or_our_error(
    name: str, status: int, content: bytes
) -> None:
    """Any status with any bytes (an envelope, junk, or nothing) parses or raises our error."""
    result = _outcome(name, status, content)
    if status >= 400:
        assert isinstance(result, errors.APIError)
        assert result.status_code == status


@given(
    name=st.sampled_from(NAMES),
    data=st.data(),
)
def test_async_operations_parse_or_raise_our_error(name: str, data: st.DataObject) -> None:
    """The async client reads responses with the same rules."""
    payload = data.draw(valid_payloads(name), label="payload")
    if data.draw(st.booleans(), label="corrupt"):
        payload = _corrupt(payload, data.draw)
        result = _outcome(name, 200, json.dumps(payload).encode(), is_async=True)
        assert not isinstance(result, Exception) or isinstance(
            result, errors.ResponseValidationError
        )
    else:
        result = _outcome(name, 200, json.dumps(payload).encode(), is_async=True)
        assert _model_of(result).to_dict() == payload


@pytest.mark.parametrize(
    ("name", "payload", "problem"),
    [
        ("get", {}, "data is required"),
        ("get", {"data": "text"}, "data must be an object, not str"),
        ("get", {"data": 5}, "data must be an object, not int"),
        ("list", {"data": {}, "total_count": 0}, "'data' is not a list"),
        ("list", {"data": [], "total_count": "1"}, "'total_count' is not a non-negative integer"),
        ("list", {"data": [], "total_count": True}, "'total_count' is not a non-negative integer"),
        ("list", {"data": [], "total_count": -1}, "'total_count' is not a non-negative integer"),
        ("list", {"data": []}, "'total_count' is not a non-negative integer"),
    ],
)
def test_fatal_breakages(name: str, payload: Any, problem: str) -> None:
    """A body with no item to return says what is wrong, in both modes."""
    result = _outcome(name, 200, json.dumps(payload).encode())
    assert type(result) is errors.ResponseValidationError
    assert problem in str(result)
    assert result.body == json.dumps(payload)


@pytest.mark.parametrize(
    ("name", "payload", "owner", "violation"),
    [
        ("get", {"data": {"id": "g"}}, "data", ("created_at", "is required")),
        (
            "get",
            {
                "data": {
                    **{"id": "g", "name": "n", "created_at": "t", "workspace_id": "w"},
                    "include_byok_in_budgets": False,
                    "content_filter_builtins": [{"slug": 5, "action": "block"}],
                }
            },
            "data",
            ("content_filter_builtins[0].slug", "must be a string, not int"),
        ),
        ("list", {"data": [1], "total_count": 1}, "data[0]", ("", "must be an object, not int")),
        ("bulk_assign_keys", {"assigned": 1}, "", ("assigned_count", "is required")),
    ],
)
def test_breakages_that_keep_the_result(
    name: str, payload: Any, owner: str, violation: tuple[str, str]
) -> None:
    """A body with an item to return is returned, the violation on the object that has it."""
    with warnings.catch_warnings():  # the warning itself: test_contract_checks.py
        warnings.simplefilter("ignore", ContractViolationWarning)
        result = _outcome(name, 200, json.dumps(payload).encode())
    assert not isinstance(result, Exception), result
    model = _model_of(result)
    if owner == "data":
        model = model.data
    elif owner == "data[0]":
        model = model.data[0]
    assert violation in model.contract_violations


def test_unknown_fields_alone_break_nothing() -> None:
    """Fields the contract does not name are kept, not reported."""
    body = {"deleted": True, "extra": 1, "gone": None}
    result = _outcome("delete", 200, json.dumps(body).encode())
    assert result.contract_violations == ()
    assert result["extra"] == 1


@pytest.mark.parametrize("name", ["get", "list"])
def test_too_deeply_nested_body_is_a_validation_error(name: str) -> None:
    """JSON nested deeper than Python can parse is refused as not JSON, not a RecursionError."""
    result = _outcome(name, 200, b"[" * 100_000 + b"]" * 100_000)
    assert type(result) is errors.ResponseValidationError
    assert "the body is not JSON" in str(result)
