"""The deadline of one attempt: connect, send and every read of a request end by one time.

httpx's timeouts bound each read, not their sum: a server that sends one byte just before
each read timeout holds a call for as long as it likes. The request loops set the attempt's
deadline in a context variable; the network layer of the httpx clients this package builds
(a wrapper around httpcore's backend) gives every connect, write and read only the time left
before it, and the loops check it between the chunks of a body (which also covers an httpx
client you gave, whose network layer is yours). That network layer lives in
``_deadline_network`` and is imported with the first httpx client the SDK builds (httpcore
is not loaded by ``import openrouter_guardrails``).
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


def time_capped(timeout: float | None, error: type[Exception]) -> float | None:
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


def build_client(timeout: httpx.Timeout) -> httpx.Client:
    """The httpx client the SDK builds: attempts held to their deadline, and plain ``http://``
    never sent through a proxy from the environment (it would see the key in clear); a proxy
    from the environment still serves ``https://``."""
    from openrouter_guardrails._deadline_network import build_client as build

    return build(timeout)


def build_async_client(timeout: httpx.Timeout) -> httpx.AsyncClient:
    """The async twin of ``build_client``."""
    from openrouter_guardrails._deadline_network import build_async_client as build

    return build(timeout)
