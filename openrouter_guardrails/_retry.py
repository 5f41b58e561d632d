"""The retry policy: which failures are retried, and how long to wait before the next try.

Every decision is a pure function here; the sync and async request loops only call them.

* ``GET``, ``DELETE``, ``PATCH`` and the bulk (un)assignments are idempotent: they are retried
  on 429, 500, 502, 503, 504, on connection errors and on timeouts.
* ``create`` is retried only when the request cannot have been processed: the connection
  was refused or never opened (connect error, connect timeout, no free connection in the
  pool), or the server answered 429.
* The wait is ``min(max_interval, initial_interval * exponent ** retry_number)`` times a
  random factor in ``[JITTER_MIN, 1]``, unless the server says how long to wait
  (``retry-after-ms``, ``Retry-After`` in seconds or as an HTTP date). A server-requested
  wait longer than ``max_retry_after`` is not honoured: the error is raised instead.
* No retry starts once ``max_elapsed_time`` has passed (or would pass during the wait), and
  at most ``max_retries`` retries are made. Each attempt has its own deadline (the call's
  ``timeout``), so a call ends within ``max_elapsed_time`` plus one ``timeout``.
* A failed attempt that may have been processed (its answer lost: anything but a refused
  connection or a 429) is remembered, so that a retry's "already done" is reported as the
  outcome it is (``may_have_been_processed``; the client's ``_outcome``).
"""

from __future__ import annotations

import email.utils
import enum
import math
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

from openrouter_guardrails import _constants as C

__all__ = ["BackoffStrategy", "RetryConfig"]


@dataclass(frozen=True)
class BackoffStrategy:
    """Exponential backoff, in milliseconds (the seed's ``utils.BackoffStrategy``).

    ``jitter_ms`` (the official SDK's argument): when given, each wait gets a random
    ``[0, jitter_ms]`` added instead of being multiplied by a factor in ``[JITTER_MIN, 1]``.
    """

    initial_interval: int = C.DEFAULT_INITIAL_INTERVAL_MS
    max_interval: int = C.DEFAULT_MAX_INTERVAL_MS
    exponent: float = C.DEFAULT_EXPONENT
    max_elapsed_time: int = C.DEFAULT_MAX_ELAPSED_TIME_MS
    jitter_ms: int | None = None

    def __post_init__(self) -> None:
        if self.initial_interval < 0 or self.max_interval < 0 or self.max_elapsed_time < 0:
            raise ValueError("BackoffStrategy intervals must not be negative")
        if self.jitter_ms is not None and self.jitter_ms < 0:
            raise ValueError("BackoffStrategy.jitter_ms must not be negative")
        if self.exponent < 1:
            raise ValueError("BackoffStrategy.exponent must be at least 1")


@dataclass(frozen=True)
class RetryConfig:
    """How a call is retried (the seed's ``utils.RetryConfig``).

    ``strategy`` is ``"backoff"`` or ``"none"`` (no retries). ``max_retries`` bounds the
    number of retries and ``max_retry_after`` (seconds) the server-requested wait honoured.
    """

    strategy: str = "backoff"
    backoff: BackoffStrategy | None = field(default_factory=BackoffStrategy)
    retry_connection_errors: bool = True
    max_retries: int = C.DEFAULT_MAX_RETRIES
    max_retry_after: float = C.DEFAULT_MAX_RETRY_AFTER_SECONDS

    def __post_init__(self) -> None:
        if self.strategy not in ("backoff", "none"):
            raise ValueError(
                f"RetryConfig.strategy must be 'backoff' or 'none', not {self.strategy!r}"
            )
        if self.max_retries < 0:
            raise ValueError("RetryConfig.max_retries must not be negative")

    @classmethod
    def none(cls) -> RetryConfig:
        """A configuration that never retries."""
        return cls(strategy="none", backoff=None, retry_connection_errors=False, max_retries=0)

    @property
    def enabled(self) -> bool:
        return self.strategy == "backoff" and self.max_retries > 0


DEFAULT_RETRY_CONFIG = RetryConfig()


class RetryKind(enum.Enum):
    """What a failed attempt may have done on the server."""

    IDEMPOTENT = "idempotent"  # repeating it changes nothing more than doing it once
    CREATE = "create"  # repeating it may create a second resource


def resolve(config: RetryConfig | str | None) -> RetryConfig:
    """A ``RetryConfig`` from what a caller gave (``"none"`` switches retries off)."""
    if config is None:
        return DEFAULT_RETRY_CONFIG
    if isinstance(config, str):
        if config == "none":
            return RetryConfig.none()
        if config == "backoff":
            return DEFAULT_RETRY_CONFIG
        raise ValueError(f"retries must be a RetryConfig, 'backoff' or 'none', not {config!r}")
    if not isinstance(config, RetryConfig):
        raise TypeError(f"retries must be a RetryConfig, not {type(config).__name__}")
    return config


def parse_retry_after(headers: Mapping[str, str], now: datetime | None = None) -> float | None:
    """Seconds the server asks to wait: ``retry-after-ms``, else ``Retry-After`` (seconds or
    an HTTP date). ``None`` when absent or unreadable; never negative."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            value = float(ms) / 1000
        except ValueError:
            value = float("nan")
        if not math.isnan(value) and value >= 0:
            return value
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        pass
    else:
        return seconds if not math.isnan(seconds) and seconds >= 0 else None
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def backoff_delay(
    retry_number: int, backoff: BackoffStrategy, rand: Callable[[], float] = random.random
) -> float:
    """Seconds to wait before retry ``retry_number`` (0 for the first retry), with jitter."""
    base_ms = min(
        float(backoff.max_interval),
        backoff.initial_interval * backoff.exponent ** min(retry_number, 64),
    )
    if backoff.jitter_ms is not None:
        return (base_ms + backoff.jitter_ms * rand()) / 1000
    factor = C.JITTER_MIN + (1 - C.JITTER_MIN) * rand()
    return base_ms * factor / 1000


def retryable_exception(exc: Exception, kind: RetryKind, config: RetryConfig) -> str | None:
    """Why ``exc`` may be retried, or ``None`` when it may not."""
    if not config.retry_connection_errors:
        return None
    if isinstance(exc, httpx.LocalProtocolError | httpx.UnsupportedProtocol):
        return None  # this side built a request it cannot send: a retry would do the same
    if isinstance(exc, httpx.ConnectTimeout):
        return "connect timeout"
    if isinstance(exc, httpx.PoolTimeout):
        return "no free connection in time"  # the request never left this machine
    if isinstance(exc, httpx.ConnectError):
        return "connection error"
    if kind is RetryKind.CREATE:
        return None  # the request may have reached the server
    if isinstance(exc, httpx.TimeoutException):
        return "timeout"
    if isinstance(exc, httpx.TransportError):
        return f"connection error ({type(exc).__name__})"
    return None


def may_have_been_processed(failure: Exception | int) -> str | None:
    """Why a failed attempt (an exception, or the status it was answered with) may have been
    processed by the server although its answer was lost, or ``None`` when it cannot have
    been: the connection never opened, or the server refused the request (429)."""
    if isinstance(failure, int):
        return None if failure == 429 else f"an earlier attempt was answered {failure}"
    never_sent = (
        httpx.ConnectError,
        httpx.ConnectTimeout,
        httpx.PoolTimeout,
        httpx.LocalProtocolError,
        httpx.UnsupportedProtocol,
    )
    if isinstance(failure, never_sent):
        return None
    return f"an earlier attempt failed with {type(failure).__name__}"


def retryable_status(status: int, kind: RetryKind) -> bool:
    """Whether an answer with ``status`` may be retried."""
    if kind is RetryKind.CREATE:
        return status == 429
    return status in C.RETRY_STATUSES


@dataclass(frozen=True)
class Decision:
    """Retry after ``delay`` seconds (``retry``), or stop; ``reason`` says why."""

    retry: bool
    delay: float = 0.0
    reason: str = ""
    retry_after: float | None = None


STOP = Decision(retry=False)


def decide(
    *,
    config: RetryConfig,
    retries_done: int,
    elapsed: float,
    reason: str | None,
    retry_after: float | None = None,
    rand: Callable[[], float] = random.random,
) -> Decision:
    """Whether to retry a failure that is retryable for ``reason`` (``None``: not retryable).

    ``elapsed`` is the seconds since the first attempt; ``retry_after`` the server's wait.
    """
    if reason is None or not config.enabled or retries_done >= config.max_retries:
        return Decision(retry=False, retry_after=retry_after)
    backoff = config.backoff or BackoffStrategy()
    if retry_after is not None:
        if retry_after > config.max_retry_after:
            return Decision(retry=False, retry_after=retry_after, reason="Retry-After too long")
        delay = retry_after
    else:
        delay = backoff_delay(retries_done, backoff, rand)
    if (elapsed + delay) * 1000 > backoff.max_elapsed_time:
        return Decision(retry=False, retry_after=retry_after, reason="time budget spent")
    return Decision(retry=True, delay=delay, reason=reason, retry_after=retry_after)
