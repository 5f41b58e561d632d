"""The deadline of one attempt: connect, send and every read of a request end by one time.

httpx's timeouts bound each read, not their sum: a server that sends one byte just before
each read timeout holds a call for as long as it likes. The request loops set the attempt's
deadline in a context variable; the network layer of the httpx clients this package builds
(a wrapper around httpcore's backend) gives every connect, write and read only the time left
before it, and the loops check it between the chunks of a body (which also covers an httpx
client you gave, whose network layer is yours).
"""

from __future__ import annotations

import contextvars
import ssl
from collections.abc import Callable, Iterable
from typing import Any

import httpcore
import httpx

#: ``(now, deadline)``: a clock's ``now`` and the time, on that clock, the attempt must end by.
Deadline = tuple[Callable[[], float], float]
_DEADLINE: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar(
    "openrouter_guardrails_deadline", default=None
)


def set_deadline(now: Callable[[], float], seconds: float | None) -> contextvars.Token[Any]:
    """Start an attempt that must end within ``seconds`` (``None``: no deadline)."""
    return _DEADLINE.set(None if seconds is None else (now, now() + seconds))


def reset_deadline(token: contextvars.Token[Any]) -> None:
    """End the attempt ``token`` started."""
    _DEADLINE.reset(token)


def time_left() -> float | None:
    """Seconds before the current attempt's deadline (``None``: no deadline)."""
    current = _DEADLINE.get()
    if current is None:
        return None
    now, deadline = current
    return deadline - now()


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` cut to the time left; raises ``error`` when no time is left."""
    left = time_left()
    if left is None:
        return timeout
    if left <= 0:
        raise error("the deadline of the attempt has passed")
    return left if timeout is None else min(timeout, left)


def seconds_of(timeout: httpx.Timeout) -> float | None:
    """The deadline of an attempt under ``timeout``: its longest phase (``None``: unbounded)."""
    values = [value for value in timeout.as_dict().values() if value is not None]
    return max(values) if values else None


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        stream = await self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, bounded, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _with_deadlines(transport: Any) -> Any:
    """``transport`` with its connection pool's network layer held to the attempt's deadline.

    httpx builds its pool with httpcore's default backend and has no argument to change it,
    so the pool's backend is replaced; a pool of another shape (a proxy's) is left as it is,
    and the loops' checks between the chunks of a body still hold."""
    pool = getattr(transport, "_pool", None)
    if isinstance(pool, httpcore.ConnectionPool) and hasattr(pool, "_network_backend"):
        pool._network_backend = _Backend(pool._network_backend)
    elif isinstance(pool, httpcore.AsyncConnectionPool) and hasattr(pool, "_network_backend"):
        pool._network_backend = _AsyncBackend(pool._network_backend)
    return transport


def build_client(timeout: httpx.Timeout) -> httpx.Client:
    """The httpx client the SDK builds: attempts held to their deadline, and plain ``http://``
    never sent through a proxy from the environment (it would see the key in clear); a proxy
    from the environment still serves ``https://``."""
    client = httpx.Client(
        timeout=timeout, mounts={"http://": _with_deadlines(httpx.HTTPTransport())}
    )
    _with_deadlines(getattr(client, "_transport", None))
    return client


def build_async_client(timeout: httpx.Timeout) -> httpx.AsyncClient:
    """The async twin of ``build_client``."""
    client = httpx.AsyncClient(
        timeout=timeout, mounts={"http://": _with_deadlines(httpx.AsyncHTTPTransport())}
    )
    _with_deadlines(getattr(client, "_transport", None))
    return client
