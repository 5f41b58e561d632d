"""The clocks: a virtual clock that moves only when told, and the system clock."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import UTC, datetime

import pytest

from openrouter_guardrails.testing import Clock, SystemClock, VirtualClock


def test_virtual_clock_sleep_advances_without_waiting() -> None:
    """sleep() returns at once, moves now() and utcnow(), and is recorded."""
    clock = VirtualClock()
    started = time.monotonic()
    clock.sleep(3600)
    clock.sleep(0.5)
    assert time.monotonic() - started < 0.5
    assert clock.now() == 3600.5
    assert clock.sleeps == [3600, 0.5]
    assert clock.slept == 3600.5
    assert clock.utcnow() == datetime(2026, 1, 1, 1, 0, 0, 500000, tzinfo=UTC)


def test_virtual_clock_async_sleep() -> None:
    """asleep() advances and records like sleep(), inside an event loop."""
    clock = VirtualClock()
    asyncio.run(clock.asleep(2.0))
    assert (clock.now(), clock.sleeps) == (2.0, [2.0])


def test_virtual_clock_advance_is_not_a_sleep() -> None:
    """advance() moves the clock without recording a sleep, and never backwards."""
    clock = VirtualClock(start=datetime(2030, 5, 1, tzinfo=UTC))
    clock.advance(10)
    assert clock.now() == 10 and clock.sleeps == []
    assert clock.utcnow() == datetime(2030, 5, 1, 0, 0, 10, tzinfo=UTC)
    with pytest.raises(ValueError, match="back"):
        clock.advance(-1)


def test_virtual_clock_needs_an_aware_start() -> None:
    """A naive start time is refused."""
    with pytest.raises(ValueError, match="timezone"):
        VirtualClock(start=datetime(2026, 1, 1))


def test_virtual_clock_is_thread_safe() -> None:
    """Sleeps from many threads all count."""
    clock = VirtualClock()

    def work() -> None:
        for _ in range(1000):
            clock.sleep(0.001)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(clock.sleeps) == 4000
    assert clock.now() == pytest.approx(4.0)


def test_system_clock_really_waits() -> None:
    """The system clock's sleeps take real time; its utcnow is aware and current."""
    clock = SystemClock()
    started = clock.now()
    clock.sleep(0.05)
    asyncio.run(clock.asleep(0.05))
    assert clock.now() - started >= 0.1
    assert abs((clock.utcnow() - datetime.now(UTC)).total_seconds()) < 5


def test_both_clocks_satisfy_the_protocol() -> None:
    """SystemClock and VirtualClock are Clocks (the protocol a client can be given)."""
    assert isinstance(SystemClock(), Clock)
    assert isinstance(VirtualClock(), Clock)
