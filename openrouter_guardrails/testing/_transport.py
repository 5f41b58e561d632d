"""An httpx transport that serves the fake in process, to sync and async clients alike.

``httpx.ASGITransport`` serves only async clients; this one implements both
``handle_request`` and ``handle_async_request`` over the same :class:`GuardrailsFake`.
Injected network faults raise the exceptions httpx raises for the real thing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx

from ._fake import FakeRequest, FakeResponse, GuardrailsFake

__all__ = ["FakeTransport"]


class _TruncatedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that ends early, as when the peer closes the connection mid-body."""

    def __init__(self, part: bytes, expected: int, request: httpx.Request) -> None:
        self._part = part
        self._expected = expected
        self._request = request

    def _error(self) -> httpx.RemoteProtocolError:
        return httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body: "
            f"received {len(self._part)} bytes, expected {self._expected}",
            request=self._request,
        )

    def __iter__(self) -> Iterator[bytes]:
        if self._part:
            yield self._part
        raise self._error()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._part:
            yield self._part
        raise self._error()


def _timeout(request: httpx.Request, which: str) -> float | None:
    timeouts = request.extensions.get("timeout") or {}
    value = timeouts.get(which)
    return float(value) if value is not None else None


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Serve ``fake`` to ``httpx.Client(transport=...)`` and ``httpx.AsyncClient(transport=...)``.

    Injected latency waits on the fake's clock; a delay longer than the request's timeout
    raises ``httpx.ReadTimeout`` (``httpx.ConnectTimeout`` for a refused connection) after
    waiting the timeout, as a real client would.
    """

    def __init__(self, fake: GuardrailsFake | None = None) -> None:
        self.fake = fake if fake is not None else GuardrailsFake()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer a request from a sync client."""
        response = self.fake.handle(self._fake_request(request, request.read()))
        wait, timeout = self._wait(request, response)
        if wait > 0:
            self.fake.clock.sleep(wait)
        if timeout is not None:
            raise timeout
        return self._response(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer a request from an async client."""
        response = self.fake.handle(self._fake_request(request, await request.aread()))
        wait, timeout = self._wait(request, response)
        if wait > 0:
            await self.fake.clock.asleep(wait)
        if timeout is not None:
            raise timeout
        return self._response(request, response)

    def __repr__(self) -> str:
        return f"FakeTransport({self.fake!r})"

    @staticmethod
    def _fake_request(request: httpx.Request, body: bytes) -> FakeRequest:
        raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        return FakeRequest(
            method=request.method,
            path=raw_path,
            query=request.url.query.decode("ascii"),
            headers={name.lower(): value for name, value in request.headers.items()},
            body=body,
        )

    @staticmethod
    def _wait(
        request: httpx.Request, response: FakeResponse
    ) -> tuple[float, httpx.TimeoutException | None]:
        delay = response.delay
        refused = response.fault is not None and response.fault.kind == "refuse"
        limit = _timeout(request, "connect" if refused else "read")
        if delay and limit is not None and delay > limit:
            if refused:
                return limit, httpx.ConnectTimeout("timed out", request=request)
            return limit, httpx.ReadTimeout("timed out", request=request)
        return delay, None

    @staticmethod
    def _response(request: httpx.Request, response: FakeResponse) -> httpx.Response:
        kind = response.fault.kind if response.fault is not None else None
        if kind == "refuse":
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        if kind == "disconnect":
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            )
        if kind == "truncate":
            body = response.body
            headers = [*response.headers, ("content-length", str(len(body)))]
            return httpx.Response(
                response.status,
                headers=headers,
                stream=_TruncatedStream(body[: len(body) // 2], len(body), request),
                request=request,
            )
        return httpx.Response(
            response.status, headers=list(response.headers), content=response.body
        )
