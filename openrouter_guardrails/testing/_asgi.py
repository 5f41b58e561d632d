"""The fake as a plain ASGI application (no framework needed).

Serve it with any ASGI server, or in process with ``httpx.ASGITransport`` (async clients
only; :class:`~openrouter_guardrails.testing.FakeTransport` serves both). A dropped or refused
connection is raised as the httpx exception a client meets on a real network; a truncated
body is sent in part before raising, so a server closes the connection mid-body.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import quote

import httpx

from ._fake import FakeRequest, GuardrailsFake

__all__ = ["FakeASGIApp"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class FakeASGIApp:
    """An ASGI 3 application serving ``fake``."""

    def __init__(self, fake: GuardrailsFake | None = None) -> None:
        self.fake = fake if fake is not None else GuardrailsFake()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection (``http`` or ``lifespan``)."""
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise ValueError(f"FakeASGIApp serves http, not {scope['type']!r}")
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        raw_path = scope.get("raw_path") or quote(scope["path"]).encode("ascii")
        response = self.fake.handle(
            FakeRequest(
                method=scope["method"],
                path=raw_path.split(b"?", 1)[0].decode("ascii"),
                query=scope.get("query_string", b"").decode("latin-1"),
                headers={
                    name.decode("latin-1").lower(): value.decode("latin-1")
                    for name, value in scope.get("headers", [])
                },
                body=bytes(body),
            )
        )
        if response.delay > 0:
            await self.fake.clock.asleep(response.delay)
        kind = response.fault.kind if response.fault is not None else None
        if kind == "refuse":
            raise httpx.ConnectError("[Errno 111] Connection refused")
        if kind == "disconnect":
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        headers = [
            (name.encode("latin-1"), value.encode("latin-1")) for name, value in response.headers
        ]
        headers.append((b"content-length", str(len(response.body)).encode("ascii")))
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        if kind == "truncate":
            part = response.body[: len(response.body) // 2]
            await send({"type": "http.response.body", "body": part, "more_body": True})
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
