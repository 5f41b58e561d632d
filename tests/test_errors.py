"""Errors: which class each status raises, what each error carries and says, and that every
failure reaches the caller as one of the package's errors, never as a raw httpx exception."""

from __future__ import annotations

import asyncio
import json
import pickle
from typing import Any

import httpx
import pytest
import respx
from client_support import API_KEY, BASE_URL, MINIMAL_KWARGS, make_async_client, make_client
from openrouter_guardrails_api.models import ErrorResponse

from openrouter_guardrails import RetryConfig, errors
from openrouter_guardrails import _constants as C
from openrouter_guardrails._exceptions import error_class_for

ENVELOPE = {
    "error": {"code": 404, "message": "Guardrail not found", "metadata": {"id": "g1"}},
    "user_id": "user_1",
}


def _get_error(response: httpx.Response | Exception, *, is_async: bool = False) -> Any:
    """The error ``get(id="g1")`` raises when the server answers ``response``."""
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/guardrails/g1")
        if isinstance(response, Exception):
            route.mock(side_effect=response)
        else:
            route.mock(return_value=response)
        if is_async:
            client = make_async_client(retry_config="none")
            with pytest.raises(errors.OpenRouterError) as info:
                asyncio.run(client.guardrails.get(id="g1"))
        else:
            with pytest.raises(errors.OpenRouterError) as info:
                make_client(retry_config="none").guardrails.get(id="g1")
    return info.value


# ---------------------------------------------------------------- status -> class


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestResponseError),
        (401, errors.UnauthorizedResponseError),
        (403, errors.ForbiddenResponseError),
        (404, errors.NotFoundResponseError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerResponseError),
        (402, errors.OpenRouterDefaultError),
        (409, errors.OpenRouterDefaultError),
        (418, errors.OpenRouterDefaultError),
        (422, errors.OpenRouterDefaultError),
        (499, errors.OpenRouterDefaultError),
        (501, errors.OpenRouterDefaultError),
        (502, errors.OpenRouterDefaultError),
        (503, errors.OpenRouterDefaultError),
        (504, errors.OpenRouterDefaultError),
        (520, errors.OpenRouterDefaultError),
        (529, errors.OpenRouterDefaultError),
        (599, errors.OpenRouterDefaultError),
    ],
)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_status_maps_to_the_documented_class(status: int, cls: type, is_async: bool) -> None:
    """Each documented status raises the seed's class; any other 4XX/5XX the default error."""
    body = {"error": {"code": status, "message": f"failure {status}"}}
    error = _get_error(httpx.Response(status, json=body), is_async=is_async)
    assert type(error) is cls
    assert isinstance(error, errors.APIError)
    assert isinstance(error, errors.OpenRouterError)
    assert error.status_code == error.status == status
    assert error.message == f"failure {status}"
    assert error_class_for(status) is cls


@pytest.mark.parametrize("name", sorted(MINIMAL_KWARGS))
def test_every_operation_raises_typed_errors(name: str) -> None:
    """Every operation turns an error status into the package's error."""
    with respx.mock(base_url=BASE_URL) as router:
        router.route().mock(
            return_value=httpx.Response(403, json={"error": {"code": 403, "message": "no"}})
        )
        with pytest.raises(errors.ForbiddenResponseError, match="403: no"):
            getattr(make_client(retry_config="none").guardrails, name)(**MINIMAL_KWARGS[name])


# ---------------------------------------------------------------- what an error carries


def test_error_carries_the_envelope_and_the_exchange() -> None:
    """The error keeps the parsed envelope, raw body, headers, request method and URL."""
    response = httpx.Response(404, json=ENVELOPE, headers={"x-request-id": "req_123"})
    error = _get_error(response)
    assert isinstance(error.data, ErrorResponse)
    assert error.data.error.code == 404
    assert error.data.error.message == "Guardrail not found"
    assert error.data.user_id == "user_1"
    assert error.body == response.text
    assert error.headers["x-request-id"] == "req_123"
    assert error.method == "GET"
    assert error.url == "https://openrouter.ai/api/v1/guardrails/g1"
    assert error.request_id == "req_123"
    assert error.retries == 0


@pytest.mark.parametrize("status", [400, 418, 500, 502, 503, 520])
def test_envelope_is_read_on_any_status(status: int) -> None:
    """The API's error envelope gives the message whatever the status."""
    body = {"error": {"code": status, "message": "Upstream said no"}}
    error = _get_error(httpx.Response(status, json=body))
    assert error.message == "Upstream said no"
    assert error.data is not None and error.data.error.code == status


def test_str_is_useful_on_its_own() -> None:
    """``str(error)`` names method, path, status, message and request id."""
    response = httpx.Response(404, json=ENVELOPE, headers={"x-request-id": "req_123"})
    error = _get_error(response)
    assert str(error) == (
        "GET /api/v1/guardrails/g1 -> 404: Guardrail not found (request id req_123)"
    )


@pytest.mark.parametrize("header", C.REQUEST_ID_HEADERS)
def test_request_id_headers(header: str) -> None:
    """Each request-id header the API or its CDN sets is reported."""
    error = _get_error(httpx.Response(500, headers={header: "rid-9"}))
    assert error.request_id == "rid-9"
    assert "request id rid-9" in str(error)


def test_html_502_from_a_proxy() -> None:
    """An HTML 502 page gives the default error, the reason and a short quote of the page."""
    page = "<html><head><title>502</title></head><body><h1>Bad Gateway</h1></body></html>"
    error = _get_error(
        httpx.Response(502, text=page, headers={"content-type": "text/html; charset=utf-8"})
    )
    assert type(error) is errors.OpenRouterDefaultError
    assert error.status_code == 502
    assert error.data is None
    assert error.body == page
    assert error.message.startswith("Bad Gateway (body is not the API's error envelope: ")
    assert "<h1>Bad Gateway</h1>" in error.message
    assert "GET /api/v1/guardrails/g1 -> 502: Bad Gateway" in str(error)


def test_long_body_is_quoted_short() -> None:
    """A long non-JSON body is quoted up to ``MAX_BODY_IN_MESSAGE`` characters in the message."""
    error = _get_error(httpx.Response(500, text="x" * 5000))
    assert "x" * C.MAX_BODY_IN_MESSAGE in error.message
    assert "x" * (C.MAX_BODY_IN_MESSAGE + 1) not in error.message
    assert len(error.body) == 5000


@pytest.mark.parametrize("status", [401, 500, 503])
def test_empty_body(status: int) -> None:
    """An error with no body says so, with the status's reason."""
    error = _get_error(httpx.Response(status))
    reason = httpx.codes.get_reason_phrase(status)
    assert error.message == f"{reason} (empty body)"
    assert error.body == ""


@pytest.mark.parametrize(
    "body",
    [
        b'{"error": {"code": 500, "message": "boo',
        b'{"error": ',
        b"{",
        b"[" * 100_000,
        b"\xff\xfe\x00garbage",
    ],
    ids=["truncated-envelope", "truncated-key", "brace", "deeply-nested", "not-utf8"],
)
def test_unreadable_error_body(body: bytes) -> None:
    """A truncated, undecodable or too deeply nested error body still gives a typed error."""
    error = _get_error(httpx.Response(500, content=body))
    assert type(error) is errors.InternalServerResponseError
    assert error.message.startswith("Internal Server Error (body is not the API's error envelope")
    assert error.data is None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"message": "plain message"}, "plain message"),
        ({"error": "string error"}, "string error"),
    ],
)
def test_other_json_error_shapes(body: dict[str, Any], message: str) -> None:
    """Common non-envelope JSON errors still give the server's message."""
    error = _get_error(httpx.Response(400, json=body))
    assert error.message == message


@pytest.mark.parametrize("body", [{"error": 5}, {"detail": "x"}, {}])
def test_json_that_is_not_an_envelope_is_quoted(body: dict[str, Any]) -> None:
    """A JSON error body without a message is quoted, so the reader still sees it."""
    error = _get_error(httpx.Response(409, json=body))
    assert error.message.startswith("Conflict (body is not the API's error envelope: ")
    assert json.dumps(body, separators=(",", ":")) in error.message
    assert error.data is None


def test_json_envelope_that_breaks_the_contract_keeps_the_message() -> None:
    """An envelope the model cannot read (no ``code``) keeps the message, without ``data``."""
    body = {"error": {"message": "odd"}}
    error = _get_error(httpx.Response(400, json=body))
    assert error.message == "odd"
    assert error.data is None


def test_status_520_outside_the_http_standard() -> None:
    """Cloudflare's 520 gives the default error with status 520, not a ValueError."""
    error = _get_error(httpx.Response(520, text="error code: 520"))
    assert type(error) is errors.OpenRouterDefaultError
    assert error.status_code == 520
    assert error.message.startswith("HTTP 520 (body is not the API's error envelope")
    assert "-> 520:" in str(error)


def test_error_with_unknown_charset() -> None:
    """A body declared in an unknown charset is still decoded for the error."""
    response = httpx.Response(
        404,
        content=b'{"error": {"code": 404, "message": "gone"}}',
        headers={"content-type": "application/json; charset=no-such-charset"},
    )
    error = _get_error(response)
    assert error.message == "gone"
    assert "gone" in error.body


def test_rate_limit_error_carries_the_wait() -> None:
    """A 429 not retried carries the server's ``Retry-After`` in seconds."""
    error = _get_error(httpx.Response(429, headers={"Retry-After": "12"}))
    assert isinstance(error, errors.RateLimitError)
    assert error.retry_after == 12
    assert _get_error(httpx.Response(429)).retry_after is None


# ---------------------------------------------------------------- retries count


def test_retries_count_is_reported() -> None:
    """After retries, the error says how many were made, in its attribute and its text."""
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/g1").mock(
            side_effect=[httpx.Response(503), httpx.Response(503, json=ENVELOPE)]
        )
        with pytest.raises(errors.OpenRouterDefaultError) as one:
            make_client(retry_config=RetryConfig(max_retries=1)).guardrails.get(id="g1")
        router.get("/guardrails/g2").mock(return_value=httpx.Response(500))
        with pytest.raises(errors.InternalServerResponseError) as three:
            make_client().guardrails.get(id="g2")
    assert one.value.retries == 1
    assert str(one.value).endswith("(after 1 retry)")
    assert three.value.retries == 3
    assert str(three.value).endswith("(after 3 retries)")


# ---------------------------------------------------------------- no raw httpx exceptions


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), errors.APIConnectionError),
        (httpx.ReadError("connection reset"), errors.APIConnectionError),
        (httpx.WriteError("broken pipe"), errors.APIConnectionError),
        (httpx.RemoteProtocolError("peer closed"), errors.APIConnectionError),
        (httpx.ProxyError("proxy failed"), errors.APIConnectionError),
        (httpx.UnsupportedProtocol("bad scheme"), errors.APIConnectionError),
        (httpx.ConnectTimeout("connect"), errors.APITimeoutError),
        (httpx.ReadTimeout("read"), errors.APITimeoutError),
        (httpx.WriteTimeout("write"), errors.APITimeoutError),
        (httpx.PoolTimeout("pool"), errors.APITimeoutError),
        (httpx.ReadTimeout(""), errors.APITimeoutError),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, Exception) else v.__name__,
)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_transport_failures_are_our_errors(exc: Exception, cls: type, is_async: bool) -> None:
    """Connection failures and timeouts raise the package's errors; httpx's is only the cause."""
    error = _get_error(exc, is_async=is_async)
    assert type(error) is cls
    assert not isinstance(error, httpx.HTTPError)
    assert error.__cause__ is exc
    assert error.method == "GET"
    assert error.url == "https://openrouter.ai/api/v1/guardrails/g1"
    assert str(error).startswith(f"GET /api/v1/guardrails/g1: {type(exc).__name__}")
    assert API_KEY not in str(error)


def test_connection_error_after_retries() -> None:
    """A connection error raised after retries says how many."""
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/g1").mock(side_effect=httpx.ConnectError("refused"))
        with pytest.raises(errors.APIConnectionError) as info:
            make_client().guardrails.get(id="g1")
    assert info.value.retries == 3
    assert str(info.value).endswith("(after 3 retries)")


def test_success_status_with_a_bad_body_is_a_validation_error() -> None:
    """A 200 whose body is not the contract's raises ``ResponseValidationError``, an APIError."""
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/g1").mock(
            return_value=httpx.Response(200, json={"unexpected": 1}, headers={"cf-ray": "abc"})
        )
        with pytest.raises(errors.ResponseValidationError) as info:
            make_client().guardrails.get(id="g1")
    assert isinstance(info.value, errors.APIError)
    assert info.value.status_code == 200
    assert "data is required" in str(info.value)
    assert info.value.request_id == "abc"


# ---------------------------------------------------------------- pickling


def _examples() -> list[errors.OpenRouterError]:
    api = {
        "status_code": 404,
        "body": '{"error": {}}',
        "headers": httpx.Headers({"x-request-id": "r1"}),
        "method": "GET",
        "url": "https://openrouter.ai/api/v1/guardrails/g1",
        "request_id": "r1",
        "retries": 2,
        "data": ErrorResponse.from_dict({"error": {"code": 404, "message": "m"}}),
    }
    rate = errors.RateLimitError("slow down", **{**api, "status_code": 429})
    rate.retry_after = 30.0
    classes = [
        errors.BadRequestResponseError,
        errors.UnauthorizedResponseError,
        errors.ForbiddenResponseError,
        errors.NotFoundResponseError,
        errors.InternalServerResponseError,
        errors.OpenRouterDefaultError,
        errors.ResponseValidationError,
        errors.APIError,
    ]
    return [
        *(cls("message", **api) for cls in classes),
        rate,
        errors.APIConnectionError("refused", method="GET", url="https://x.example/a", retries=1),
        errors.APITimeoutError("timed out", method="POST", url="https://x.example/b"),
        errors.InvalidRequestError("get", "id", "must not be empty"),
        errors.InsecureTransportError("refusing"),
        errors.OpenRouterError("plain"),
    ]


@pytest.mark.parametrize("error", _examples(), ids=lambda e: type(e).__name__)
def test_every_error_pickles(error: errors.OpenRouterError) -> None:
    """Every error survives pickling (multiprocessing, task queues) with its attributes."""
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.args == error.args
    for name, value in vars(error).items():
        restored = getattr(copy, name)
        if hasattr(value, "to_dict"):
            assert restored.to_dict() == value.to_dict()
        else:
            assert restored == value


def test_invalid_request_error_attributes() -> None:
    """``InvalidRequestError`` names the operation and parameter, and is a ``ValueError``."""
    error = errors.InvalidRequestError("list", "limit", "must be at most 100 (got 101)")
    assert (error.operation, error.parameter) == ("list", "limit")
    assert str(error) == "list(): limit must be at most 100 (got 101)"
    assert isinstance(error, ValueError)


def test_errors_module_lists_the_tree() -> None:
    """Every error class of ``openrouter_guardrails.errors`` is an ``OpenRouterError``; the one
    warning it lists (``RetriedWriteWarning``) is a ``UserWarning``."""
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, errors.OpenRouterError) or issubclass(cls, UserWarning), name
    assert issubclass(errors.RetriedWriteWarning, UserWarning)


def test_error_body_with_an_unusable_default_encoding() -> None:
    """A client whose default encoding Python does not know still reads the error body."""
    transport = httpx.MockTransport(lambda request: httpx.Response(500, content=b"upstream down"))
    own = httpx.Client(transport=transport, default_encoding="x-no-such-codec")
    with pytest.raises(errors.InternalServerResponseError) as info:
        make_client(client=own, retry_config="none").guardrails.get(id="g1")
    assert info.value.body == "upstream down"
    assert "upstream down" in info.value.message
    own.close()
