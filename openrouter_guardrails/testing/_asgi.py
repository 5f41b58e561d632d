"""The fake as a plain ASGI application (no framework needed).

Serve it with any ASGI server, or in process with ``httpx.ASGITransport`` (async clients
only; :class:`~openrouter_guardrails.testing.FakeTransport` serves both).

A request body is counted as it arrives: a ``Content-Length`` over the limit is answered 413
before any of the body is read, and a body that grows past it (chunked) is answered 413 as
soon as it does, without reading the rest; either way the connection is then closed.

Network faults: a server that offers the :data:`CLOSE_CONNECTION` scope extension (as
:class:`~openrouter_guardrails.testing.FakeServer` does) has the connection closed with no
response, or in the middle of the body for a truncation. Elsewhere a dropped or refused
connection is raised as the httpx exception a client meets on a real network, and a
truncated body is sent in part before raising.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import quote

import httpx

from ._fake import FakeRequest, FakeResponse, GuardrailsFake, error_body

__all__ = ["CLOSE_CONNECTION", "MAX_BODY", "FakeASGIApp"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: The largest request body read, in bytes (1 MiB).
MAX_BODY = 1 << 20
#: The scope extension (under ``scope["extensions"]``) through which a server lets the app
#: close the connection: a callable taking no argument.
CLOSE_CONNECTION = "openrouter_guardrails.close_connection"


class _BodyRefused(Exception):
    """A body the app will not read; answered with ``status``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class FakeASGIApp:
    """An ASGI 3 application serving ``fake``; bodies over ``max_body`` bytes get 413."""

    def __init__(self, fake: GuardrailsFake | None = None, *, max_body: int = MAX_BODY) -> None:
        if max_body < 0:
            raise ValueError("max_body must be >= 0")
        self.fake = fake if fake is not None else GuardrailsFake()
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection (``http`` or ``lifespan``)."""
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise ValueError(f"FakeASGIApp serves http, not {scope['type']!r}")
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1")
            for name, value in scope.get("headers", [])
        }
        try:
            body = await self._read_body(headers, receive)
        except _BodyRefused as refused:
            await self._refuse(send, refused)
            return
        if body is None:
            return
        raw_path = scope.get("raw_path") or quote(scope["path"]).encode("ascii")
        response = self.fake.handle(
            FakeRequest(
                method=scope["method"],
                path=raw_path.split(b"?", 1)[0].decode("ascii"),
                query=scope.get("query_string", b"").decode("latin-1"),
                headers=headers,
                body=body,
            )
        )
        if response.delay > 0:
            await self.fake.clock.asleep(response.delay)
        await self._answer(scope, send, response)

    async def _read_body(self, headers: dict[str, str], receive: Receive) -> bytes | None:
        """The whole body, counted as it arrives; ``None`` when the client went away."""
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                raise _BodyRefused(400, "Invalid Content-Length header")
            if int(declared) > self.max_body:
                raise _BodyRefused(413, "Request body too large")
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            body += message.get("body", b"")
            if len(body) > self.max_body:
                raise _BodyRefused(413, "Request body too large")
            if not message.get("more_body", False):
                return bytes(body)

    @staticmethod
    async def _refuse(send: Send, refused: _BodyRefused) -> None:
        payload = error_body(refused.status, refused.message)
        await send(
            {
                "type": "http.response.start",
                "status": refused.status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode("ascii")),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})

    async def _answer(self, scope: Scope, send: Send, response: FakeResponse) -> None:
        close: Callable[[], None] | None = (scope.get("extensions") or {}).get(CLOSE_CONNECTION)
        kind = response.fault.kind if response.fault is not None else None
        if kind in ("refuse", "disconnect"):
            if close is not None:
                await _closed(close)
                return
            if kind == "refuse":
                raise httpx.ConnectError("[Errno 111] Connection refused")
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        headers = [
            (name.encode("latin-1"), value.encode("latin-1")) for name, value in response.headers
        ]
        headers.append((b"content-length", str(len(response.body)).encode("ascii")))
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        if kind == "truncate":
            part = response.body[: len(response.body) // 2]
            await send({"type": "http.response.body", "body": part, "more_body": True})
            if close is not None:
                await _closed(close)
                return
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body: "
                f"received {len(part)} bytes, expected {len(response.body)}"
            )
        await send({"type": "http.response.body", "body": response.body})

    @staticmethod
    async def _lifespan(receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    def __repr__(self) -> str:
        return f"FakeASGIApp({self.fake!r})"


async def _closed(close: Callable[[], None]) -> None:
    """Close the connection and let the server see it closed before the app returns (so it
    neither answers 500 nor reports an unfinished response)."""
    close()
    await asyncio.sleep(0)
