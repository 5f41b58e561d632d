"""Time, as the request loops and the testing kit's fake see it.

Everything that waits or reads the time goes through a ``Clock``, so a test can pass a
virtual one (``openrouter_guardrails.testing.VirtualClock``) to a client and to the fake and
run a whole retry scenario without sleeping.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable

__all__ = ["Clock", "SystemClock"]


@runtime_checkable
class Clock(Protocol):
    """What the client and the fake need from a clock."""

    def now(self) -> float:
        """Seconds on a monotonic scale (only differences mean something)."""
        ...

    def utcnow(self) -> datetime:
        """The current time of day, timezone-aware in UTC."""
        ...

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` (blocking)."""
        ...

    async def asleep(self, seconds: float) -> None:
        """Wait ``seconds`` (in an event loop)."""
        ...


class SystemClock:
    """The real clock: ``time.monotonic``, ``time.sleep`` and ``anyio.sleep``."""

    def now(self) -> float:
        """Seconds from ``time.monotonic()``."""
        return time.monotonic()

    def utcnow(self) -> datetime:
        """The current time of day in UTC."""
        return datetime.now(UTC)

    def sleep(self, seconds: float) -> None:
        """Block for ``seconds``."""
        if seconds > 0:
            time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        """Wait ``seconds`` in the running event loop (asyncio or trio)."""
        if seconds > 0:
            import anyio

            await anyio.sleep(seconds)

    def __repr__(self) -> str:
        return "SystemClock()"
