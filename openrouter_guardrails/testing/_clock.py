"""Clocks: the system's, and a virtual one that tests advance by hand.

The fake reads the time (for ``created_at``/``updated_at``) and waits (for injected latency)
only through a clock, so a test that gives it a :class:`VirtualClock` never sleeps. A client
given the same clock for its retry back-off runs a whole retry scenario in no real time.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from openrouter_guardrails._clock import Clock, SystemClock

__all__ = ["Clock", "SystemClock", "VirtualClock"]

#: Where a virtual clock's calendar starts unless told otherwise.
VIRTUAL_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


class VirtualClock:
    """A clock that moves only when told: ``sleep`` and ``asleep`` return at once and
    advance it, and every wait is recorded in :attr:`sleeps` for tests to check.

    ``now()`` starts at ``0.0``; ``utcnow()`` is ``start`` plus ``now()`` seconds.
    Safe to share between threads (the HTTP server's handlers and the test).
    """

    def __init__(self, start: datetime = VIRTUAL_EPOCH) -> None:
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        self._start = start
        self._elapsed = 0.0
        self._lock = threading.Lock()
        #: Every wait asked of this clock, in seconds, in order.
        self.sleeps: list[float] = []

    def now(self) -> float:
        """Seconds advanced since the clock was made."""
        with self._lock:
            return self._elapsed

    def utcnow(self) -> datetime:
        """``start`` plus the seconds advanced so far."""
        with self._lock:
            return self._start + timedelta(seconds=self._elapsed)

    def advance(self, seconds: float) -> None:
        """Move the clock forward by ``seconds`` (not recorded as a sleep)."""
        if seconds < 0:
            raise ValueError("a clock cannot go back")
        with self._lock:
            self._elapsed += seconds

    def sleep(self, seconds: float) -> None:
        """Record the wait and advance the clock by it, without blocking."""
        with self._lock:
            self.sleeps.append(seconds)
            self._elapsed += max(seconds, 0.0)

    async def asleep(self, seconds: float) -> None:
        """Record the wait and advance the clock by it, without waiting."""
        self.sleep(seconds)

    @property
    def slept(self) -> float:
        """The sum of all recorded waits."""
        with self._lock:
            return sum(s for s in self.sleeps if s > 0)

    def __repr__(self) -> str:
        return f"VirtualClock(now={self.now()!r})"
