"""One fake, three ways in: the same scenario of all 13 operations through the transport
(sync and async), the ASGI app and the real HTTP server, every answer checked against the
contract; and how each way acts out network faults."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable, Generator
from typing import Any

import httpx
import pytest

from openrouter_guardrails.testing import (
    DEFAULT_MANAGEMENT_KEY,
    Contract,
    FakeASGIApp,
    FakeServer,
    FakeTransport,
    GuardrailsFake,
    VirtualClock,
)

AUTH = {"Authorization": f"Bearer {DEFAULT_MANAGEMENT_KEY}"}
Step = tuple[str, str, Any]
Scenario = Generator[Step, httpx.Response, None]
MAX_STEPS = 50


def scenario() -> Scenario:
    """Every operation once or more, asserting the answers; yields (method, path, json)."""
    created = yield ("POST", "/guardrails", {"name": "s", "enforce_zdr": True, "limit_usd": 5})
    assert created.status_code == 201
    gid = created.json()["data"]["id"]
    assert created.json()["data"]["enforce_zdr_openai"] is True
    got = yield ("GET", f"/guardrails/{gid}", None)
    assert got.json() == created.json()
    listed = yield ("GET", "/guardrails?limit=10&offset=0", None)
    assert listed.json()["total_count"] == 1
    updated = yield ("PATCH", f"/guardrails/{gid}", {"description": "d", "limit_usd": None})
    assert (updated.json()["data"]["description"], updated.json()["data"]["limit_usd"]) == (
        "d",
        None,
    )
    assigned = yield ("POST", f"/guardrails/{gid}/assignments/keys", {"key_hashes": ["k1", "k2"]})
    assert assigned.json() == {"assigned_count": 2}
    keys = yield ("GET", f"/guardrails/{gid}/assignments/keys", None)
    assert keys.json()["total_count"] == 2
    removed = yield ("POST", f"/guardrails/{gid}/assignments/keys/remove", {"key_hashes": ["k1"]})
    assert removed.json() == {"unassigned_count": 1}
    members = yield ("POST", f"/guardrails/{gid}/assignments/members", {"member_user_ids": ["u1"]})
    assert members.json() == {"assigned_count": 1}
    listed_members = yield ("GET", f"/guardrails/{gid}/assignments/members", None)
    assert listed_members.json()["total_count"] == 1
    all_keys = yield ("GET", "/guardrails/assignments/keys", None)
    assert [a["key_hash"] for a in all_keys.json()["data"]] == ["k2"]
    all_members = yield ("GET", "/guardrails/assignments/members", None)
    assert all_members.json()["total_count"] == 1
    gone = yield (
        "POST",
        f"/guardrails/{gid}/assignments/members/remove",
        {"member_user_ids": ["u1"]},
    )
    assert gone.json() == {"unassigned_count": 1}
    deleted = yield ("DELETE", f"/guardrails/{gid}", None)
    assert deleted.json() == {"deleted": True}
    missing = yield ("GET", f"/guardrails/{gid}", None)
    assert missing.status_code == 404
    bad = yield ("POST", "/guardrails", {"name": ""})
    assert bad.status_code == 400
    wrong = yield ("PUT", "/guardrails", None)
    assert wrong.status_code == 405


def run_sync(http: httpx.Client) -> None:
    steps = scenario()
    response: Any = None
    for _ in range(MAX_STEPS):
        try:
            method, path, body = steps.send(response)
        except StopIteration:
            return
        response = http.request(method, path, json=body)
    raise AssertionError("scenario did not finish")


async def run_async(http: httpx.AsyncClient) -> None:
    steps = scenario()
    response: Any = None
    for _ in range(MAX_STEPS):
        try:
            method, path, body = steps.send(response)
        except StopIteration:
            return
        response = await http.request(method, path, json=body)
    raise AssertionError("scenario did not finish")


def assert_all_operations_called(fake: GuardrailsFake, contract: Contract) -> None:
    called = {r.operation_id for r in fake.requests if r.operation_id is not None}
    assert called == set(contract.operations)


def test_scenario_over_sync_transport(
    fake: GuardrailsFake,
    guardrails_transport: FakeTransport,
    client_factory: Callable[..., httpx.Client],
    contract: Contract,
) -> None:
    """All 13 operations through a sync httpx.Client over the transport keep the contract."""
    run_sync(client_factory(guardrails_transport))
    assert_all_operations_called(fake, contract)


def test_scenario_over_async_transport(
    fake: GuardrailsFake,
    guardrails_transport: FakeTransport,
    async_client_factory: Callable[..., httpx.AsyncClient],
    contract: Contract,
) -> None:
    """All 13 operations through an httpx.AsyncClient over the transport keep the contract."""

    async def run() -> None:
        async with async_client_factory(guardrails_transport) as http:
            await run_async(http)

    asyncio.run(run())
    assert_all_operations_called(fake, contract)


def test_scenario_over_asgi(
    fake: GuardrailsFake,
    guardrails_asgi_app: FakeASGIApp,
    async_client_factory: Callable[..., httpx.AsyncClient],
    contract: Contract,
) -> None:
    """All 13 operations through the ASGI app (httpx.ASGITransport) keep the contract."""

    async def run() -> None:
        transport = httpx.ASGITransport(app=guardrails_asgi_app)
        async with async_client_factory(transport, base_url="http://asgi/api/v1") as http:
            await run_async(http)

    asyncio.run(run())
    assert_all_operations_called(fake, contract)


def test_scenario_over_http_server(
    fake: GuardrailsFake,
    guardrails_server: FakeServer,
    client_factory: Callable[..., httpx.Client],
    contract: Contract,
) -> None:
    """All 13 operations over real HTTP on 127.0.0.1 keep the contract."""
    assert guardrails_server.base_url.startswith("http://127.0.0.1:")
    assert guardrails_server.base_url.endswith("/api/v1")
    run_sync(client_factory(base_url=guardrails_server.base_url))
    assert_all_operations_called(fake, contract)


def test_scenario_over_http_server_async(
    guardrails_server: FakeServer,
    async_client_factory: Callable[..., httpx.AsyncClient],
) -> None:
    """An async client over real HTTP runs the same scenario."""

    async def run() -> None:
        async with async_client_factory(None, base_url=guardrails_server.base_url) as http:
            await run_async(http)

    asyncio.run(run())


def test_asgi_lifespan() -> None:
    """The ASGI app completes the lifespan startup and shutdown handshake."""
    app = FakeASGIApp(GuardrailsFake(clock=VirtualClock()))
    incoming = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send(message: Any) -> None:
        sent.append(dict(message))

    asyncio.run(app({"type": "lifespan"}, receive, send))
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


def test_asgi_faults(fake: GuardrailsFake, guardrails_clock: VirtualClock) -> None:
    """Over ASGI a status fault answers, latency waits on the clock, a drop raises httpx errors."""
    app = FakeASGIApp(fake)
    fake.faults.add("GET /guardrails", status=503, retry_after="4")
    fake.faults.add("GET /guardrails", delay=9.0)
    fake.faults.add("GET /guardrails", kind="disconnect")
    fake.faults.add("GET /guardrails", kind="refuse")
    fake.faults.add("GET /guardrails", kind="truncate")

    async def run() -> list[Any]:
        outcomes: list[Any] = []
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://asgi/api/v1") as http:
            for _ in range(5):
                try:
                    response = await http.get("/guardrails", headers=AUTH)
                    outcomes.append((response.status_code, response.headers.get("retry-after")))
                except httpx.TransportError as exc:
                    outcomes.append(type(exc))
        return outcomes

    assert asyncio.run(run()) == [
        (503, "4"),
        (200, None),
        httpx.RemoteProtocolError,
        httpx.ConnectError,
        httpx.RemoteProtocolError,
    ]
    assert guardrails_clock.sleeps == [9.0]


def test_http_server_faults(fake: GuardrailsFake, guardrails_server: FakeServer) -> None:
    """Over real HTTP a drop or a cut body closes the socket; the next request still works."""
    fake.faults.add("POST /guardrails", kind="disconnect")
    fake.faults.add("POST /guardrails", kind="refuse")
    fake.faults.add("GET /guardrails", kind="truncate")
    fake.faults.add("GET /guardrails", kind="non_json")
    fake.faults.add("GET /guardrails", status=429, retry_after="3")
    with httpx.Client(base_url=guardrails_server.base_url, headers=AUTH, timeout=5.0) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/guardrails", json={"name": "dropped"})
        with pytest.raises(httpx.TransportError):
            http.post("/guardrails", json={"name": "refused"})
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("/guardrails")
        html = http.get("/guardrails")
        limited = http.get("/guardrails")
        ok = http.get("/guardrails")
    assert (html.status_code, html.headers["content-type"]) == (502, "text/html")
    assert (limited.status_code, limited.headers["retry-after"]) == (429, "3")
    assert limited.json()["error"]["code"] == 429
    assert ok.status_code == 200
    assert [g["name"] for g in fake.guardrails] == ["dropped"]


def test_http_server_latency_uses_the_fake_clock(
    fake: GuardrailsFake, guardrails_clock: VirtualClock, guardrails_server: FakeServer
) -> None:
    """With a virtual clock the server's injected latency costs no real time."""
    fake.faults.add(delay=120.0)
    started = time.monotonic()
    with httpx.Client(base_url=guardrails_server.base_url, headers=AUTH, timeout=5.0) as http:
        assert http.get("/guardrails").status_code == 200
    assert time.monotonic() - started < 2.0
    assert guardrails_clock.sleeps == [120.0]


def test_http_server_real_latency() -> None:
    """With the system clock the server really waits (a short delay)."""
    with FakeServer(GuardrailsFake()) as server:
        server.fake.faults.add(delay=0.2)
        started = time.monotonic()
        with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=5.0) as http:
            assert http.get("/guardrails").status_code == 200
        assert time.monotonic() - started >= 0.2


def test_http_server_concurrent_creates(
    fake: GuardrailsFake, guardrails_server: FakeServer
) -> None:
    """Concurrent clients over HTTP each get their guardrail, with distinct ids."""
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            with httpx.Client(
                base_url=guardrails_server.base_url, headers=AUTH, timeout=5.0
            ) as http:
                for i in range(10):
                    response = http.post("/guardrails", json={"name": f"w{worker}-{i}"})
                    assert response.status_code == 201
        except BaseException as exc:  # reported below, from the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert not errors
    assert not any(t.is_alive() for t in threads)
    assert len({g["id"] for g in fake.guardrails}) == 40


def test_http_server_stops(fake: GuardrailsFake) -> None:
    """After the with block the port is closed, even with an idle keep-alive connection open."""
    with httpx.Client(headers=AUTH, timeout=2.0) as http:
        with FakeServer(fake) as server:
            url = server.base_url + "/guardrails"
            assert http.get(url).status_code == 200
            assert server.running
            started = time.monotonic()
        assert time.monotonic() - started < 3.0
        assert not server.running
        with pytest.raises(httpx.TransportError):
            http.get(url)
    assert "stopped" in repr(server)


def test_http_server_head_and_unknown_path(guardrails_server: FakeServer) -> None:
    """HEAD is a 405 with no body; a path outside the API is a 404 envelope."""
    with httpx.Client(base_url=guardrails_server.url, headers=AUTH, timeout=5.0) as http:
        head = http.head("/api/v1/guardrails")
        root = http.get("/")
    assert head.status_code == 405 and head.content == b""
    assert root.status_code == 404 and root.json()["error"]["code"] == 404


def test_http_server_reads_chunked_bodies(guardrails_server: FakeServer) -> None:
    """A request body sent with chunked transfer encoding is read whole."""

    def chunks() -> Generator[bytes, None, None]:
        yield b'{"name": '
        yield b'"chunked"}'

    with httpx.Client(base_url=guardrails_server.base_url, headers=AUTH, timeout=5.0) as http:
        response = http.post(
            "/guardrails", content=chunks(), headers={"content-type": "application/json"}
        )
    assert response.status_code == 201
    assert response.json()["data"]["name"] == "chunked"


def test_http_server_rejects_a_bad_content_length(guardrails_server: FakeServer) -> None:
    """A Content-Length that is not a number answers 400 with the envelope and closes."""
    request = (
        b"POST /api/v1/guardrails HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Authorization: Bearer sk-or-v1-mgmt-test\r\nContent-Length: abc\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", guardrails_server.port), timeout=5.0) as sock:
        sock.sendall(request)
        received = b""
        for _ in range(100):
            chunk = sock.recv(65536)
            if not chunk:
                break
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    error = json.loads(body)["error"]
    assert error["code"] == 400
    assert error["message"].startswith("Malformed HTTP request")
