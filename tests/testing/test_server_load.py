"""The fake's HTTP server under load and in trouble: bursts of connections, many writers at
once, latency that holds up no one else, body limits enforced while reading, a bounded
request log. Counts and orderings only (no timings: rates are in benchmarks/server_load.py);
every server listens on 127.0.0.1 and is stopped by its test."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from openrouter_guardrails.testing import (
    DEFAULT_MANAGEMENT_KEY,
    FakeServer,
    GuardrailsFake,
)
from openrouter_guardrails.testing._asgi import MAX_BODY
from openrouter_guardrails.testing._state import DEFAULT_REQUEST_LOG_SIZE, RequestLog

AUTH = {"Authorization": f"Bearer {DEFAULT_MANAGEMENT_KEY}"}
JOIN_TIMEOUT = 60.0
SOCKET_TIMEOUT = 20.0


def run_threads(count: int, work: Callable[[int], None]) -> list[BaseException]:
    """Run ``work(n)`` in ``count`` threads released together; the exceptions they raised."""
    barrier = threading.Barrier(count)
    errors: list[BaseException] = []
    lock = threading.Lock()

    def body(n: int) -> None:
        try:
            barrier.wait(JOIN_TIMEOUT)
            work(n)
        except BaseException as exc:  # reported by the test, from its own thread
            with lock:
                errors.append(exc)

    threads = [threading.Thread(target=body, args=(n,), daemon=True) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(JOIN_TIMEOUT)
    assert not any(thread.is_alive() for thread in threads), "a client thread hung"
    return errors


def test_fifty_concurrent_creates_all_succeed() -> None:
    """50 clients opening a connection each and creating at once: 50 answers 201, 50 ids."""
    fake = GuardrailsFake()
    ids: list[str] = []

    def create(n: int) -> None:
        with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=30.0) as http:
            response = http.post("/guardrails", json={"name": f"burst-{n}"})
            assert response.status_code == 201, response.text
            ids.append(response.json()["data"]["id"])

    with FakeServer(fake) as server:
        errors = run_threads(50, create)
    assert errors == []
    assert len(set(ids)) == 50
    assert sorted(g["id"] for g in fake.guardrails) == sorted(ids)


def test_twenty_writers_at_once_lose_no_write(tmp_path: Any) -> None:
    """20 clients mixing creates, updates, assignments and deletes: no error, and the state
    (in memory and, after a restart, in the file) is exactly what was acknowledged."""
    state = tmp_path / "state.sqlite"
    rounds = 15
    kept: dict[str, float] = {}
    lock = threading.Lock()

    def writer(n: int) -> None:
        with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=30.0) as http:
            for r in range(rounds):
                made = http.post("/guardrails", json={"name": f"w{n}-{r}", "limit_usd": 1})
                assert made.status_code == 201, made.text
                gid = made.json()["data"]["id"]
                limit = float(n * 100 + r)
                updated = http.patch(f"/guardrails/{gid}", json={"limit_usd": limit})
                assert updated.status_code == 200, updated.text
                assigned = http.post(
                    f"/guardrails/{gid}/assignments/keys", json={"key_hashes": [f"k{n}-{r}"]}
                )
                assert assigned.json() == {"assigned_count": 1}
                temporary = http.post("/guardrails", json={"name": f"t{n}-{r}"})
                gone = http.delete(f"/guardrails/{temporary.json()['data']['id']}")
                assert gone.status_code == 200, gone.text
                with lock:
                    kept[gid] = limit

    with GuardrailsFake(state_file=state) as fake, FakeServer(fake) as server:
        errors = run_threads(20, writer)
        in_memory = {g["id"]: g["limit_usd"] for g in fake.guardrails}
        keys = {a["guardrail_id"] for a in fake.key_assignments}
    assert errors == []
    assert in_memory == kept
    assert keys == set(kept)
    with GuardrailsFake(state_file=state) as reopened:
        assert {g["id"]: g["limit_usd"] for g in reopened.guardrails} == kept
        assert len(reopened.key_assignments) == 20 * rounds


def test_latency_holds_up_no_other_request() -> None:
    """A request given a long injected delay is answered after a request sent later
    (one event loop serves both: waiting holds up no one)."""
    fake = GuardrailsFake()
    fake.faults.add("GET /guardrails", delay=3.0)
    finished: list[str] = []
    started = threading.Event()

    def slow() -> None:
        with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=30.0) as http:
            started.set()
            assert http.get("/guardrails").status_code == 200
            finished.append("slow")

    with FakeServer(fake) as server:
        thread = threading.Thread(target=slow, daemon=True)
        thread.start()
        assert started.wait(JOIN_TIMEOUT)
        with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=30.0) as http:
            for _ in range(2_000):  # until the slow request has reached the fake (20 s)
                if fake.faults.pending == 0:
                    break
                threading.Event().wait(0.01)
            assert fake.faults.pending == 0
            assert http.post("/guardrails", json={"name": "fast"}).status_code == 201
            finished.append("fast")
        thread.join(JOIN_TIMEOUT)
    assert finished == ["fast", "slow"]


def read_response(sock: socket.socket) -> tuple[bytes, bytes]:
    """Read until the server closes; the head and the body of its answer."""
    received = b""
    for _ in range(10_000):
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            break
        received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    return head, body


@pytest.mark.parametrize(
    "chunk_size", [64 << 10, 200 << 20], ids=["chunks-of-64KiB", "one-chunk-of-200MiB"]
)
def test_chunked_body_past_the_limit_is_refused_while_reading(chunk_size: int) -> None:
    """A chunked body (in small chunks, or one chunk announced as 200 MiB) gets 413 once it
    passes 1 MiB, while the client is still sending: the server answers without waiting for
    the end of the body, which never comes (the client stops at 2 MiB)."""
    with FakeServer(GuardrailsFake()) as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=SOCKET_TIMEOUT) as sock:
            sock.sendall(
                b"POST /api/v1/guardrails HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                b"Authorization: Bearer " + DEFAULT_MANAGEMENT_KEY.encode() + b"\r\n"
                b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            )
            piece = b"x" * (64 << 10)
            sent = 0
            try:
                while sent <= 2 * MAX_BODY:
                    if sent % chunk_size == 0:
                        sock.sendall(b"%x\r\n" % chunk_size)
                    sock.sendall(piece)
                    sent += len(piece)
                    if sent % chunk_size == 0:
                        sock.sendall(b"\r\n")
            except OSError:
                pass  # the server closed the connection after answering
            head, body = read_response(sock)
        assert server.fake.requests == []
    assert head.startswith(b"HTTP/1.1 413")
    assert json.loads(body) == {"error": {"code": 413, "message": "Request body too large"}}


def test_declared_length_past_the_limit_is_refused_before_reading() -> None:
    """A Content-Length of 200 MiB gets 413 before any of the body is sent."""
    with (
        FakeServer(GuardrailsFake()) as server,
        socket.create_connection(("127.0.0.1", server.port), timeout=SOCKET_TIMEOUT) as sock,
    ):
        sock.sendall(
            b"POST /api/v1/guardrails HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Length: " + str(200 << 20).encode() + b"\r\n\r\n"
        )
        head, body = read_response(sock)
    assert head.startswith(b"HTTP/1.1 413")
    assert b"connection: close" in head.lower()
    assert json.loads(body)["error"]["code"] == 413


def test_a_body_at_the_limit_is_read() -> None:
    """A body of exactly max_body bytes is read whole (and judged by the fake: 400 here)."""
    fake = GuardrailsFake()
    with FakeServer(fake, max_body=100) as server:
        body = b'{"name": "' + b"n" * 88 + b'"}'
        assert len(body) == 100
        with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=10.0) as http:
            at = http.post("/guardrails", content=body)
            over = http.post("/guardrails", content=body + b" ")
    assert at.status_code == 201
    assert over.status_code == 413
    assert [r.body for r in fake.requests] == [body]


@pytest.mark.parametrize("size", [0, 3])
def test_request_log_keeps_the_newest(size: int) -> None:
    """With request_log_size=N the fake keeps only the N newest requests (served over HTTP)."""
    fake = GuardrailsFake(request_log_size=size)
    with (
        FakeServer(fake) as server,
        httpx.Client(base_url=server.base_url, headers=AUTH, timeout=10.0) as http,
    ):
        for n in range(10):
            http.get("/guardrails", params={"limit": n + 1})
    assert [r.query["limit"] for r in fake.requests] == [[str(n)] for n in range(11 - size, 11)]


def test_request_log_is_bounded_by_default() -> None:
    """A fake keeps DEFAULT_REQUEST_LOG_SIZE requests unless told otherwise; None keeps all;
    the log drops its oldest entries first and stays a list."""
    assert isinstance(GuardrailsFake().requests, RequestLog)
    assert GuardrailsFake().requests.maxlen == DEFAULT_REQUEST_LOG_SIZE  # type: ignore[attr-defined]
    assert GuardrailsFake(request_log_size=None).requests.maxlen is None  # type: ignore[attr-defined]
    log: RequestLog[int] = RequestLog(3)
    log.extend(range(10))
    assert log == [7, 8, 9]
    unbounded: RequestLog[int] = RequestLog(None)
    unbounded.extend(range(DEFAULT_REQUEST_LOG_SIZE + 5))
    assert len(unbounded) == DEFAULT_REQUEST_LOG_SIZE + 5
    with pytest.raises(ValueError, match=">= 0"):
        GuardrailsFake(request_log_size=-1)


def test_readme_states_the_servers_limits() -> None:
    """The README's mock-server section gives the request log's default size and the body
    limit the code uses."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### The mock server", 1)[1].split("\n### ", 1)[0]
    assert f"the newest {DEFAULT_REQUEST_LOG_SIZE:,} requests" in section
    assert f"past {MAX_BODY >> 20} MiB" in section
