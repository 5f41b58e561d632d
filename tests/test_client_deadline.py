"""``timeout`` is a deadline for each attempt as a whole (connect, send and every read), proven
against a server on 127.0.0.1 that sends its answer one byte at a time.

No test measures time: each checks that the call failed with ``APITimeoutError`` while the
server still had most of its answer to send (without the deadline, the call would wait for
every byte, each arriving well within the per-read timeout)."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterator

import httpx
import pytest
from client_support import API_KEY, GUARDRAIL

from openrouter_guardrails import AsyncOpenRouter, OpenRouter, errors
from openrouter_guardrails._deadline import reset_deadline, seconds_of, set_deadline, time_left

#: Seconds between two bytes: far below every read timeout of these tests.
BYTE_GAP = 0.02
TIMEOUT = 0.4


def _answer() -> bytes:
    body = json.dumps({"data": GUARDRAIL}).encode()
    head = (
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    ).encode()
    return head + body


class TricklingServer:
    """Answers every request with a valid response, one byte every ``BYTE_GAP`` seconds,
    after sending ``head_start`` bytes at once. Counts the bytes it sent."""

    def __init__(self, head_start: int = 0) -> None:
        self.answer = _answer()
        self.head_start = head_start
        self.sent = 0
        self.stop = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            with conn:
                self._trickle(conn)

    def _trickle(self, conn: socket.socket) -> None:
        conn.settimeout(2)
        received = b""
        while b"\r\n\r\n" not in received:
            chunk = conn.recv(4096)
            if not chunk:
                return
            received += chunk
        try:
            conn.sendall(self.answer[: self.head_start])
            self.sent += self.head_start
            for index in range(self.head_start, len(self.answer)):
                if self.stop.wait(BYTE_GAP):
                    return
                conn.sendall(self.answer[index : index + 1])
                self.sent += 1
        except OSError:
            return  # the client hung up: what a deadline does

    def __enter__(self) -> TricklingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=5)
        self.listener.close()


@pytest.fixture(params=["headers", "body"])
def server(request: pytest.FixtureRequest) -> Iterator[TricklingServer]:
    """A trickling server, slow from the status line on, or only in the body."""
    head_start = 0 if request.param == "headers" else _answer().index(b"\r\n\r\n") + 4
    with TricklingServer(head_start) as trickling:
        yield trickling


def test_a_trickling_server_cannot_hold_a_call_past_its_timeout(server: TricklingServer) -> None:
    """A server that sends a byte every 20 ms (each read well within its timeout) makes
    the call fail with ``APITimeoutError`` long before its answer is complete."""
    with (
        OpenRouter(api_key=API_KEY, server_url=server.url, timeout=TIMEOUT) as client,
        pytest.raises(errors.APITimeoutError),
    ):
        client.guardrails.get(id="g1", retries="none")
    assert server.sent < len(server.answer) // 2


def test_the_async_client_has_the_same_deadline(server: TricklingServer) -> None:
    """The async client's attempts end at the same deadline."""

    async def main() -> None:
        async with AsyncOpenRouter(api_key=API_KEY, server_url=server.url) as client:
            with pytest.raises(errors.APITimeoutError):
                await client.guardrails.get(id="g1", retries="none", timeout=TIMEOUT)

    asyncio.run(main())
    assert server.sent < len(server.answer) // 2


def test_timeout_ms_sets_the_same_deadline(server: TricklingServer) -> None:
    """``timeout_ms`` (the official SDK's name) is the same deadline, in milliseconds."""
    with (
        OpenRouter(api_key=API_KEY, server_url=server.url, timeout_ms=400) as client,
        pytest.raises(errors.APITimeoutError),
    ):
        client.guardrails.get(id="g1", retries="none")
    assert server.sent < len(server.answer) // 2


def test_a_body_trickle_is_cut_for_an_httpx_client_you_gave() -> None:
    """With your own httpx client, the deadline is checked between the chunks of the body."""
    head_start = _answer().index(b"\r\n\r\n") + 4
    with (
        TricklingServer(head_start) as server,
        httpx.Client(timeout=TIMEOUT) as own,
        OpenRouter(api_key=API_KEY, server_url=server.url, client=own) as client,
        pytest.raises(errors.APITimeoutError),
    ):
        client.guardrails.get(id="g1", retries="none")
    assert server.sent < len(server.answer) // 2


def test_a_prompt_server_is_read_whole() -> None:
    """A server that answers at once is read as usual under the same deadline."""
    with (
        TricklingServer(head_start=len(_answer())) as server,
        OpenRouter(api_key=API_KEY, server_url=server.url, timeout=5) as client,
    ):
        assert client.guardrails.get(id="g1").data.id == GUARDRAIL["id"]


def test_an_attempts_deadline_is_its_longest_phase() -> None:
    """The deadline of an attempt is the longest phase of its ``httpx.Timeout`` (the whole
    ``timeout`` when it is a number); no phase given means no deadline."""
    assert seconds_of(httpx.Timeout(30, connect=5)) == 30
    assert seconds_of(httpx.Timeout(2)) == 2
    assert seconds_of(httpx.Timeout(None)) is None


def test_the_deadline_is_per_attempt_and_restored() -> None:
    """Setting a deadline gives the time left; resetting it restores the one before."""
    now = [100.0]
    assert time_left() is None
    token = set_deadline(lambda: now[0], 2.0)
    now[0] += 0.5
    assert time_left() == pytest.approx(1.5)
    reset_deadline(token)
    assert time_left() is None
