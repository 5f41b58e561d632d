"""Inputs the client refuses before anything is sent, and failures of its own making that it
does not retry."""

from __future__ import annotations

import math

import httpx
import pytest
from client_support import API_KEY, make_client

from openrouter_guardrails import OpenRouter, errors


@pytest.mark.parametrize(
    "key", ["sk-or-v1-abc\ndef", "sk-or-v1-abc def", "sk-or-v1-clé", "sk\x00x"]
)
def test_key_a_header_cannot_carry_is_refused_without_quoting_it(key: str) -> None:
    """A key with whitespace, control or non-ASCII characters is refused, and not echoed."""
    with pytest.raises(errors.OpenRouterError) as info:
        OpenRouter(api_key=key)
    assert key not in str(info.value) and repr(key) not in str(info.value)
    assert "API key" in str(info.value)


def test_empty_server_url_is_refused() -> None:
    """An explicitly empty server_url is an error, not a silent fall back to production."""
    with pytest.raises(ValueError, match="server_url is empty"):
        OpenRouter(api_key=API_KEY, server_url="")


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_are_refused_before_sending(value: float) -> None:
    """JSON has no NaN or infinity: limit_usd=nan fails naming the field, nothing is sent."""
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(500))
    client = make_client(client=httpx.Client(transport=transport))
    with pytest.raises(errors.InvalidRequestError, match="limit_usd must be a finite number"):
        client.guardrails.create(name="x", limit_usd=value)
    assert sent == []


def test_request_this_side_cannot_send_is_not_retried() -> None:
    """A LocalProtocolError (an unsendable request) is raised at once, never retried."""
    attempts: list[int] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        raise httpx.LocalProtocolError("illegal header value")

    client = make_client(client=httpx.Client(transport=httpx.MockTransport(refuse)))
    with pytest.raises(errors.APIConnectionError):
        client.guardrails.get(id="g1")
    assert len(attempts) == 1


@pytest.mark.parametrize("timeout", ["x", 0, -1, math.nan, True])
def test_bad_per_call_timeout_is_refused_before_sending(timeout: object) -> None:
    """A per-call timeout that is not a positive number of seconds fails naming `timeout`."""
    client = make_client(client=httpx.Client(transport=httpx.MockTransport(lambda r: 1 / 0)))
    with pytest.raises(errors.InvalidRequestError, match="timeout"):
        client.guardrails.get(id="g1", timeout=timeout)  # type: ignore[arg-type]


@pytest.mark.parametrize("retries", [3, "sometimes"])
def test_bad_per_call_retries_is_refused_before_sending(retries: object) -> None:
    """A per-call retries that is not a RetryConfig, 'backoff' or 'none' fails naming it."""
    client = make_client(client=httpx.Client(transport=httpx.MockTransport(lambda r: 1 / 0)))
    with pytest.raises(errors.InvalidRequestError, match="retries"):
        client.guardrails.get(id="g1", retries=retries)  # type: ignore[arg-type]


def test_create_is_retried_after_a_pool_timeout() -> None:
    """A pool timeout means the request never left this machine: even create is retried."""
    attempts: list[int] = []
    body = {"data": {"id": "g1", "name": "x", "created_at": "t", "workspace_id": "w"}}

    def flaky(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) == 1:
            raise httpx.PoolTimeout("no connection available")
        return httpx.Response(201, json=body)

    client = make_client(client=httpx.Client(transport=httpx.MockTransport(flaky)))
    assert client.guardrails.create(name="x").data.id == "g1"
    assert len(attempts) == 2
