"""Fault injection: scripted and random faults, latency on the virtual clock, dropped and
refused connections, truncated and non-JSON bodies; in process (sync and async)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from openrouter_guardrails.testing import (
    DEFAULT_MANAGEMENT_KEY,
    FakeTransport,
    Fault,
    GuardrailsFake,
    VirtualClock,
)

AUTH = {"Authorization": f"Bearer {DEFAULT_MANAGEMENT_KEY}"}
BASE_URL = "https://openrouter.test/api/v1"


def test_scripted_status_for_next_n_calls(fake: GuardrailsFake, raw_client: httpx.Client) -> None:
    """A 429 with Retry-After answers the next N calls of its route, then the route works."""
    gid = fake.add_guardrail(name="g")["id"]
    fake.faults.add("GET /guardrails/{id}", status=429, retry_after="2", times=2)
    statuses = []
    for _ in range(3):
        response = raw_client.get(f"/guardrails/{gid}", headers=AUTH)
        statuses.append(response.status_code)
        if response.status_code == 429:
            assert response.headers["retry-after"] == "2"
            assert response.json() == {"error": {"code": 429, "message": "Rate limit exceeded"}}
    assert statuses == [429, 429, 200]
    assert fake.faults.pending == 0


def test_scripted_fault_matches_only_its_route(
    fake: GuardrailsFake, raw_client: httpx.Client
) -> None:
    """A fault on one operation leaves other operations and methods alone."""
    fake.faults.add("POST /guardrails", status=503)
    assert raw_client.get("/guardrails", headers=AUTH).status_code == 200
    assert raw_client.post("/guardrails", json={"name": "x"}, headers=AUTH).status_code == 503
    assert raw_client.post("/guardrails", json={"name": "x"}, headers=AUTH).status_code == 201


@pytest.mark.parametrize(
    "route", ["getGuardrail", "/guardrails/{id}", "GET /api/v1/guardrails/{id}", None]
)
def test_route_forms(fake: GuardrailsFake, raw_client: httpx.Client, route: str | None) -> None:
    """A route can be an operationId, a path (any method), a path with the base path, or None."""
    gid = fake.add_guardrail(name="g")["id"]
    fake.faults.add(route, status=500)
    assert raw_client.get(f"/guardrails/{gid}", headers=AUTH).status_code == 500


def test_unknown_route_is_refused(fake: GuardrailsFake) -> None:
    """Adding a fault for a route the contract lacks raises ValueError naming the routes."""
    with pytest.raises(ValueError, match=r"/guardrails/\{id\}"):
        fake.faults.add("GET /nope", status=500)


def test_status_fault_does_not_reach_the_state(
    fake: GuardrailsFake, raw_client: httpx.Client
) -> None:
    """A request answered by a status fault changes nothing."""
    fake.faults.add("POST /guardrails", status=500)
    raw_client.post("/guardrails", json={"name": "x"}, headers=AUTH)
    assert fake.guardrails == []
    assert fake.requests[-1].status == 500 and fake.requests[-1].fault is not None


def test_unlimited_fault_until_cleared(fake: GuardrailsFake, raw_client: httpx.Client) -> None:
    """times=None injects on every call until clear()."""
    fake.faults.add(status=502, times=None)
    codes = [raw_client.get("/guardrails", headers=AUTH).status_code for _ in range(5)]
    assert codes == [502] * 5 and fake.faults.pending == -1
    fake.faults.clear()
    assert raw_client.get("/guardrails", headers=AUTH).status_code == 200


def test_retry_after_http_date(fake: GuardrailsFake, raw_client: httpx.Client) -> None:
    """Retry-After is sent as given, an HTTP date included."""
    date = "Wed, 21 Oct 2026 07:28:00 GMT"
    fake.faults.add(status=503, retry_after=date)
    assert raw_client.get("/guardrails", headers=AUTH).headers["retry-after"] == date


def test_random_faults_are_seeded() -> None:
    """The same seed and rate inject the same faults into the same calls."""
    runs = []
    for _ in range(2):
        fake = GuardrailsFake(clock=VirtualClock())
        fake.faults.random(0.3, seed=42)
        with httpx.Client(transport=FakeTransport(fake), base_url=BASE_URL, headers=AUTH) as http:
            runs.append([http.get("/guardrails").status_code for _ in range(60)])
    assert runs[0] == runs[1]
    failed = [code for code in runs[0] if code != 200]
    assert 5 <= len(failed) <= 35
    assert set(failed) <= {429, 500, 502, 503}


def test_random_faults_with_choices_and_rate_one(
    fake: GuardrailsFake, raw_client: httpx.Client
) -> None:
    """rate=1 always injects, drawn from the given choices."""
    fake.faults.random(1.0, choices=[Fault("status", status=504)], route="GET /guardrails")
    assert raw_client.get("/guardrails", headers=AUTH).status_code == 504
    assert raw_client.post("/guardrails", json={"name": "x"}, headers=AUTH).status_code == 201


def test_scripted_faults_come_before_random(fake: GuardrailsFake, raw_client: httpx.Client) -> None:
    """A scripted fault wins over a random one."""
    fake.faults.random(1.0, choices=[Fault("status", status=500)])
    fake.faults.add(status=429)
    codes = [raw_client.get("/guardrails", headers=AUTH).status_code for _ in range(2)]
    assert codes == [429, 500]


def test_latency_advances_the_virtual_clock(
    fake: GuardrailsFake, guardrails_clock: VirtualClock, raw_client: httpx.Client
) -> None:
    """Injected latency waits on the fake's clock: no real sleep, and the wait is recorded."""
    fake.faults.add("GET /guardrails", delay=4.0)  # below httpx's default 5 s timeout
    started = time.monotonic()
    response = raw_client.get("/guardrails", headers=AUTH)
    assert response.status_code == 200
    assert time.monotonic() - started < 1.0
    assert guardrails_clock.sleeps == [4.0]
    assert guardrails_clock.now() == 4.0


def test_latency_beyond_timeout_is_read_timeout(
    fake: GuardrailsFake, guardrails_clock: VirtualClock
) -> None:
    """A delay longer than the read timeout raises httpx.ReadTimeout after the timeout."""
    fake.faults.add("POST /guardrails", delay=60.0)
    with (
        httpx.Client(transport=FakeTransport(fake), base_url=BASE_URL, timeout=5.0) as http,
        pytest.raises(httpx.ReadTimeout),
    ):
        http.post("/guardrails", json={"name": "slow"}, headers=AUTH)
    assert guardrails_clock.sleeps == [5.0]
    assert len(fake.guardrails) == 1  # the server did the work; the client gave up


def test_delay_with_status(
    fake: GuardrailsFake, guardrails_clock: VirtualClock, raw_client: httpx.Client
) -> None:
    """A status fault can be slow too."""
    fake.faults.add(status=503, delay=2.5)
    assert raw_client.get("/guardrails", headers=AUTH).status_code == 503
    assert guardrails_clock.sleeps == [2.5]


def test_disconnect_raises_remote_protocol_error_after_processing(
    fake: GuardrailsFake, raw_client: httpx.Client
) -> None:
    """A dropped connection raises httpx.RemoteProtocolError; the create still happened."""
    fake.faults.add("POST /guardrails", kind="disconnect")
    with pytest.raises(httpx.RemoteProtocolError):
        raw_client.post("/guardrails", json={"name": "maybe"}, headers=AUTH)
    assert [g["name"] for g in fake.guardrails] == ["maybe"]
    assert fake.requests[-1].status is None


def test_refuse_raises_connect_error_without_processing(
    fake: GuardrailsFake, raw_client: httpx.Client
) -> None:
    """A refused connection raises httpx.ConnectError; the request never reached the API."""
    fake.faults.add("POST /guardrails", kind="refuse")
    with pytest.raises(httpx.ConnectError):
        raw_client.post("/guardrails", json={"name": "never"}, headers=AUTH)
    assert fake.guardrails == []


def test_refuse_with_long_delay_is_connect_timeout(fake: GuardrailsFake) -> None:
    """A refused connection slower than the connect timeout raises httpx.ConnectTimeout."""
    fake.faults.add(kind="refuse", delay=10.0)
    with (
        httpx.Client(transport=FakeTransport(fake), base_url=BASE_URL, timeout=1.0) as http,
        pytest.raises(httpx.ConnectTimeout),
    ):
        http.get("/guardrails", headers=AUTH)


def test_truncate_raises_while_reading(fake: GuardrailsFake, raw_client: httpx.Client) -> None:
    """A body cut short raises httpx.RemoteProtocolError when read; streaming gets a part."""
    fake.add_guardrail(name="g")
    fake.faults.add("GET /guardrails", kind="truncate", times=2)
    with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
        raw_client.get("/guardrails", headers=AUTH)
    with raw_client.stream("GET", "/guardrails", headers=AUTH) as response:
        assert response.status_code == 200
        expected = int(response.headers["content-length"])
        received = b""
        with pytest.raises(httpx.RemoteProtocolError):
            for chunk in response.iter_bytes():
                received += chunk
        assert 0 < len(received) < expected


def test_non_json_502_page(fake: GuardrailsFake, raw_client: httpx.Client) -> None:
    """A non_json fault answers an HTML 502 page by default."""
    fake.faults.add(kind="non_json")
    response = raw_client.get("/guardrails", headers=AUTH)
    assert response.status_code == 502
    assert response.headers["content-type"] == "text/html"
    assert "<html>" in response.text
    with pytest.raises(ValueError):
        response.json()


def test_non_json_custom_body(fake: GuardrailsFake, raw_client: httpx.Client) -> None:
    """A non_json fault can answer any status and body (here truncated JSON with a 200)."""
    fake.faults.add(kind="non_json", status=200, body='{"data": [', content_type="application/json")
    response = raw_client.get("/guardrails", headers=AUTH)
    assert (response.status_code, response.text) == (200, '{"data": [')


def test_injected_faults_are_recorded(fake: GuardrailsFake, raw_client: httpx.Client) -> None:
    """fake.faults.injected lists each fault with the route it hit."""
    fake.faults.add("GET /guardrails", status=429)
    raw_client.get("/guardrails", headers=AUTH)
    raw_client.get("/guardrails", headers=AUTH)
    assert [(i.route, i.fault.status) for i in fake.faults.injected] == [("GET /guardrails", 429)]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": "status"}, "needs a status"),
        ({"status": 700}, "not an HTTP status"),
        ({"kind": "explode"}, "unknown fault kind"),
        ({"delay": -1.0}, "delay"),
        ({"status": 500, "times": 0}, "times"),
    ],
)
def test_invalid_faults_are_refused(
    fake: GuardrailsFake, kwargs: dict[str, Any], message: str
) -> None:
    """A fault that cannot be acted out raises ValueError when added."""
    with pytest.raises(ValueError, match=message):
        fake.faults.add(**kwargs)


def test_random_rate_is_checked(fake: GuardrailsFake) -> None:
    """A rate outside 0..1 raises ValueError."""
    with pytest.raises(ValueError, match="rate"):
        fake.faults.random(1.5)


def test_async_client_meets_the_same_faults(
    fake: GuardrailsFake, guardrails_clock: VirtualClock
) -> None:
    """An async client over the same transport sees the same statuses and exceptions."""
    fake.faults.add("GET /guardrails", status=429, retry_after="1")
    fake.faults.add("GET /guardrails", delay=3.0)
    fake.faults.add("GET /guardrails", kind="disconnect")
    fake.faults.add("GET /guardrails", kind="refuse")
    fake.faults.add("GET /guardrails", kind="truncate")

    async def run() -> list[Any]:
        outcomes: list[Any] = []
        transport = FakeTransport(fake)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL, headers=AUTH) as http:
            for _ in range(6):
                try:
                    outcomes.append((await http.get("/guardrails")).status_code)
                except httpx.TransportError as exc:
                    outcomes.append(type(exc))
        return outcomes

    assert asyncio.run(run()) == [
        429,
        200,
        httpx.RemoteProtocolError,
        httpx.ConnectError,
        httpx.RemoteProtocolError,
        200,
    ]
    assert guardrails_clock.sleeps == [3.0]
