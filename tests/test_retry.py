"""The retry policy: its pure decisions tested directly, then the sync and async request loops
through respx with a virtual clock (every wait is recorded, none is slept)."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import math
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
import respx
from client_support import (
    BASE_URL,
    GUARDRAIL,
    MINIMAL_KWARGS,
    VirtualClock,
    make_async_client,
    make_client,
    realistic_response,
)
from hypothesis import given
from hypothesis import strategies as st
from openrouter_guardrails_api.sdk import OPERATIONS

from openrouter_guardrails import RateLimitError, errors, utils
from openrouter_guardrails import _constants as C
from openrouter_guardrails._retry import (
    DEFAULT_RETRY_CONFIG,
    BackoffStrategy,
    RetryConfig,
    RetryKind,
    backoff_delay,
    decide,
    parse_retry_after,
    resolve,
    retryable_exception,
    retryable_status,
)

IDEMPOTENT = [name for name, op in OPERATIONS.items() if op.retry is RetryKind.IDEMPOTENT]
RETRY_STATUSES = [429, 500, 502, 503, 504]
NOW = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)


def _request() -> httpx.Request:
    return httpx.Request("GET", "https://openrouter.ai/api/v1/guardrails")


# ================================================================ pure decisions


def test_utils_exports_the_seed_names() -> None:
    """``utils.RetryConfig`` and ``utils.BackoffStrategy`` exist, as in the official SDK."""
    assert utils.RetryConfig is RetryConfig
    assert utils.BackoffStrategy is BackoffStrategy
    config = utils.RetryConfig("backoff", utils.BackoffStrategy(1, 50, 1.1, 100), False)
    assert config.backoff == BackoffStrategy(1, 50, 1.1, 100)
    assert config.retry_connection_errors is False


def test_defaults_come_from_the_constants() -> None:
    """A default ``RetryConfig`` uses the numbers of ``_constants`` and nothing else."""
    config = RetryConfig()
    assert config.strategy == "backoff"
    assert config.max_retries == C.DEFAULT_MAX_RETRIES == 3
    assert config.max_retry_after == C.DEFAULT_MAX_RETRY_AFTER_SECONDS
    assert config.backoff == BackoffStrategy(
        C.DEFAULT_INITIAL_INTERVAL_MS,
        C.DEFAULT_MAX_INTERVAL_MS,
        C.DEFAULT_EXPONENT,
        C.DEFAULT_MAX_ELAPSED_TIME_MS,
    )
    assert config.enabled
    assert set(C.RETRY_STATUSES) == set(RETRY_STATUSES)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"initial_interval": -1}, "negative"),
        ({"max_interval": -1}, "negative"),
        ({"max_elapsed_time": -1}, "negative"),
        ({"exponent": 0.5}, "exponent"),
        ({"jitter_ms": -1}, "jitter_ms"),
    ],
)
def test_backoff_strategy_rejects_bad_values(kwargs: dict[str, Any], message: str) -> None:
    """Negative intervals and a shrinking exponent are refused."""
    with pytest.raises(ValueError, match=message):
        BackoffStrategy(**kwargs)


def test_retry_config_rejects_bad_values() -> None:
    """An unknown strategy or a negative retry count is refused."""
    with pytest.raises(ValueError, match="strategy"):
        RetryConfig(strategy="forever")
    with pytest.raises(ValueError, match="max_retries"):
        RetryConfig(max_retries=-1)


def test_retry_config_none_and_enabled() -> None:
    """``RetryConfig.none()``, ``strategy="none"`` and ``max_retries=0`` all disable retries."""
    assert not RetryConfig.none().enabled
    assert not RetryConfig(strategy="none").enabled
    assert not RetryConfig(max_retries=0).enabled
    assert RetryConfig().enabled


def test_resolve() -> None:
    """``None`` and ``"backoff"`` mean the default, ``"none"`` no retries; anything else fails."""
    assert resolve(None) is DEFAULT_RETRY_CONFIG
    assert resolve("backoff") is DEFAULT_RETRY_CONFIG
    assert not resolve("none").enabled
    custom = RetryConfig(max_retries=1)
    assert resolve(custom) is custom
    with pytest.raises(ValueError, match="'sometimes'"):
        resolve("sometimes")
    with pytest.raises(TypeError, match="int"):
        resolve(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"retry-after": "7"}, 7.0),
        ({"retry-after": " 2.5 "}, 2.5),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": "-3"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "soon"}, None),
        ({"retry-after": ""}, None),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "nope", "retry-after": "9"}, 9.0),
        ({"retry-after-ms": "-5", "retry-after": "9"}, 9.0),
        ({"retry-after-ms": "nan"}, None),
        ({"retry-after": "Thu, 01 Jan 2026 12:00:30 GMT"}, 30.0),
        ({"retry-after": "Thu, 01 Jan 2026 13:00:00 +0100"}, 0.0),
        ({"retry-after": "Thu, 01 Jan 2026 11:00:00 GMT"}, 0.0),
        ({"retry-after": "Thu, 01 Jan 2026 12:01:00 -0000"}, 60.0),
        ({"retry-after": "Mon, 99 Foo 2026 12:00:00 GMT"}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    """retry-after-ms wins, then Retry-After as seconds or HTTP date; bad values are ignored."""
    assert parse_retry_after(httpx.Headers(headers), now=NOW) == expected


def test_parse_retry_after_date_uses_the_current_time() -> None:
    """Without ``now``, an HTTP date is measured from the real current time."""
    when = datetime.now(UTC) + timedelta(seconds=100)
    value = parse_retry_after({"retry-after": email.utils.format_datetime(when, usegmt=True)})
    assert value is not None
    assert 95 <= value <= 100


@given(st.text(max_size=40), st.booleans())
def test_parse_retry_after_never_raises(raw: str, ms: bool) -> None:
    """Whatever the server writes in the header, the answer is ``None`` or a wait >= 0."""
    value = parse_retry_after({"retry-after-ms" if ms else "retry-after": raw}, now=NOW)
    assert value is None or value >= 0


def test_backoff_delay_formula() -> None:
    """The wait is ``min(max, initial * exponent ** n)`` times a factor in [JITTER_MIN, 1]."""
    backoff = BackoffStrategy(initial_interval=500, max_interval=8000, exponent=2)
    assert backoff_delay(0, backoff, lambda: 1.0) == 0.5
    assert backoff_delay(0, backoff, lambda: 0.0) == 0.5 * C.JITTER_MIN
    assert backoff_delay(1, backoff, lambda: 1.0) == 1.0
    assert backoff_delay(2, backoff, lambda: 1.0) == 2.0
    assert backoff_delay(4, backoff, lambda: 1.0) == 8.0
    assert backoff_delay(5, backoff, lambda: 1.0) == 8.0
    assert backoff_delay(10_000, backoff, lambda: 1.0) == 8.0
    assert backoff_delay(1, backoff, lambda: 0.5) == 1.0 * (C.JITTER_MIN + (1 - C.JITTER_MIN) / 2)


def test_official_jitter_ms_adds_up_to_its_value() -> None:
    """``BackoffStrategy(..., jitter_ms=)`` (the official SDK's fifth argument) adds a random
    ``[0, jitter_ms]`` milliseconds to the exponential wait instead of scaling it."""
    backoff = BackoffStrategy(500, 8000, 2.0, 60_000, 1000)
    assert backoff_delay(0, backoff, lambda: 0.0) == 0.5
    assert backoff_delay(0, backoff, lambda: 1.0) == 1.5
    assert backoff_delay(2, backoff, lambda: 0.5) == 2.5


def test_backoff_delay_has_jitter() -> None:
    """Two retries with different random draws wait different times (no thundering herd)."""
    backoff = BackoffStrategy()
    assert backoff_delay(1, backoff, lambda: 0.1) != backoff_delay(1, backoff, lambda: 0.9)


@given(
    retry_number=st.integers(min_value=0, max_value=10_000),
    initial=st.integers(min_value=0, max_value=100_000),
    maximum=st.integers(min_value=0, max_value=100_000),
    exponent=st.floats(min_value=1, max_value=10),
    draw=st.floats(min_value=0, max_value=1),
)
def test_backoff_delay_bounds(
    retry_number: int, initial: int, maximum: int, exponent: float, draw: float
) -> None:
    """For any settings and draw, the wait lies within the jitter band under the cap."""
    backoff = BackoffStrategy(initial_interval=initial, max_interval=maximum, exponent=exponent)
    delay = backoff_delay(retry_number, backoff, lambda: draw)
    base = min(float(maximum), initial * exponent ** min(retry_number, 64)) / 1000
    assert math.isfinite(delay)
    assert base * C.JITTER_MIN - 1e-9 <= delay <= base + 1e-9
    assert delay <= maximum / 1000 + 1e-9


@pytest.mark.parametrize(
    ("exc", "idempotent", "create"),
    [
        (httpx.ConnectError("refused"), "connection error", "connection error"),
        (httpx.ConnectTimeout("slow"), "connect timeout", "connect timeout"),
        (httpx.ReadTimeout("slow"), "timeout", None),
        (httpx.WriteTimeout("slow"), "timeout", None),
        (httpx.PoolTimeout("slow"), "no free connection in time", "no free connection in time"),
        (httpx.ReadError("reset"), "connection error (ReadError)", None),
        (httpx.RemoteProtocolError("eof"), "connection error (RemoteProtocolError)", None),
        (ValueError("not transport"), None, None),
    ],
)
def test_retryable_exception(exc: Exception, idempotent: str | None, create: str | None) -> None:
    """Idempotent calls retry any transport failure; create only when nothing was sent."""
    config = RetryConfig()
    assert retryable_exception(exc, RetryKind.IDEMPOTENT, config) == idempotent
    assert retryable_exception(exc, RetryKind.CREATE, config) == create


def test_retryable_exception_switched_off() -> None:
    """``retry_connection_errors=False`` retries no transport failure."""
    config = RetryConfig(retry_connection_errors=False)
    assert retryable_exception(httpx.ConnectError("x"), RetryKind.IDEMPOTENT, config) is None


@pytest.mark.parametrize("status", [*range(400, 420), *range(420, 600, 7), 429, 500, 502, 503, 504])
def test_retryable_status(status: int) -> None:
    """Idempotent calls retry 429, 500, 502, 503, 504; create retries only 429."""
    assert retryable_status(status, RetryKind.IDEMPOTENT) is (status in RETRY_STATUSES)
    assert retryable_status(status, RetryKind.CREATE) is (status == 429)


def test_decide_not_retryable_or_disabled() -> None:
    """No reason, retries disabled, or retries used up: stop."""
    config = RetryConfig()
    assert not decide(config=config, retries_done=0, elapsed=0, reason=None).retry
    assert not decide(config=RetryConfig.none(), retries_done=0, elapsed=0, reason="503").retry
    assert not decide(config=config, retries_done=3, elapsed=0, reason="503").retry
    assert decide(config=config, retries_done=2, elapsed=0, reason="503", rand=lambda: 1).retry


def test_decide_backoff_and_reason() -> None:
    """A retryable failure waits the backoff delay and carries its reason."""
    decision = decide(config=RetryConfig(), retries_done=1, elapsed=0, reason="503", rand=lambda: 1)
    assert decision.retry
    assert decision.delay == 1.0
    assert decision.reason == "503"


def test_decide_honours_retry_after_up_to_the_cap() -> None:
    """The server's wait replaces the backoff; beyond ``max_retry_after`` it stops, keeping it."""
    config = RetryConfig(max_retry_after=10)
    honoured = decide(config=config, retries_done=0, elapsed=0, reason="429", retry_after=10)
    assert honoured.retry and honoured.delay == 10
    refused = decide(config=config, retries_done=0, elapsed=0, reason="429", retry_after=10.5)
    assert not refused.retry
    assert refused.retry_after == 10.5
    assert "Retry-After" in refused.reason


def test_decide_time_budget() -> None:
    """No retry starts when its wait would end past ``max_elapsed_time``."""
    config = RetryConfig(backoff=BackoffStrategy(max_elapsed_time=5000))
    ok = decide(config=config, retries_done=0, elapsed=4.0, reason="503", retry_after=1.0)
    assert ok.retry
    late = decide(config=config, retries_done=0, elapsed=4.5, reason="503", retry_after=1.0)
    assert not late.retry
    assert late.reason == "time budget spent"


def test_decide_without_backoff_uses_the_default_strategy() -> None:
    """A ``RetryConfig`` whose ``backoff`` is ``None`` still backs off with the defaults."""
    config = RetryConfig(backoff=None)
    decision = decide(config=config, retries_done=0, elapsed=0, reason="503", rand=lambda: 1)
    assert decision.retry and decision.delay == 0.5


# ================================================================ the request loops


def _respond(*outcomes: Any) -> list[Any]:
    """respx side effects: ints are statuses, the last success answers realistically."""
    return [httpx.Response(o) if isinstance(o, int) else o for o in outcomes]


def _succeed(request: httpx.Request) -> httpx.Response:
    return realistic_response(request)


def _run(name: str, side_effect: list[Any], *, is_async: bool = False, **client_kwargs: Any):
    """Call operation ``name`` against a route answering ``side_effect`` in turn; return
    (result or raised error, number of calls, recorded sleeps)."""
    clock = client_kwargs.pop("clock", None) or VirtualClock()
    with respx.mock(base_url=BASE_URL) as router:
        route = router.route().mock(side_effect=side_effect)
        outcome: Any
        try:
            if is_async:
                client = make_async_client(clock=clock, **client_kwargs)
                coro = getattr(client.guardrails, name)(**MINIMAL_KWARGS[name])
                outcome = asyncio.run(coro)
            else:
                client = make_client(clock=clock, **client_kwargs)
                outcome = getattr(client.guardrails, name)(**MINIMAL_KWARGS[name])
        except errors.OpenRouterError as exc:
            outcome = exc
    return outcome, route.call_count, clock.sleeps


@pytest.mark.parametrize("status", RETRY_STATUSES)
@pytest.mark.parametrize("name", IDEMPOTENT)
def test_idempotent_operations_retry_on_status(name: str, status: int) -> None:
    """GET, DELETE, PATCH and the bulk (un)assignments retry 429/500/502/503/504."""
    outcome, calls, sleeps = _run(name, [httpx.Response(status), _succeed])
    assert not isinstance(outcome, Exception)
    assert calls == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("connect"),
        httpx.ReadTimeout("read"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("eof"),
    ],
    ids=lambda e: type(e).__name__,
)
@pytest.mark.parametrize("name", IDEMPOTENT)
def test_idempotent_operations_retry_on_connection_errors(name: str, exc: Exception) -> None:
    """Idempotent operations retry connection failures and timeouts."""
    outcome, calls, sleeps = _run(name, [exc, _succeed])
    assert not isinstance(outcome, Exception)
    assert (calls, len(sleeps)) == (2, 1)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501, 520])
def test_other_statuses_are_not_retried(status: int) -> None:
    """Client errors and 5xx outside the list are raised at once."""
    outcome, calls, sleeps = _run("get", [httpx.Response(status)])
    assert isinstance(outcome, errors.APIError)
    assert outcome.status_code == status
    assert (calls, sleeps) == (1, [])


@pytest.mark.parametrize(
    "first",
    [httpx.Response(429), httpx.ConnectError("refused"), httpx.ConnectTimeout("connect")],
    ids=["429", "ConnectError", "ConnectTimeout"],
)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_create_retries_only_what_never_reached_the_server(first: Any, is_async: bool) -> None:
    """create is retried after a refused connection, a connect timeout or a 429."""
    outcome, calls, sleeps = _run("create", [first, _succeed], is_async=is_async)
    assert not isinstance(outcome, Exception)
    assert (calls, len(sleeps)) == (2, 1)


@pytest.mark.parametrize(
    ("first", "error"),
    [
        (httpx.Response(500), errors.InternalServerResponseError),
        (httpx.Response(502), errors.OpenRouterDefaultError),
        (httpx.Response(503), errors.OpenRouterDefaultError),
        (httpx.Response(504), errors.OpenRouterDefaultError),
        (httpx.ReadTimeout("read"), errors.APITimeoutError),
        (httpx.WriteTimeout("write"), errors.APITimeoutError),
        (httpx.ReadError("reset"), errors.APIConnectionError),
        (httpx.RemoteProtocolError("eof"), errors.APIConnectionError),
    ],
    ids=["500", "502", "503", "504", "ReadTimeout", "WriteTimeout", "ReadError", "Protocol"],
)
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_create_is_not_retried_when_it_may_have_been_processed(
    first: Any, error: type[Exception], is_async: bool
) -> None:
    """create is never repeated after a 5xx or a read timeout: it might create a duplicate."""
    outcome, calls, sleeps = _run("create", [first, _succeed], is_async=is_async)
    assert isinstance(outcome, error)
    assert outcome.retries == 0
    assert (calls, sleeps) == (1, [])


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_gives_up_after_max_retries_with_growing_waits(is_async: bool) -> None:
    """After ``max_retries`` retries the last error is raised; waits grow exponentially."""
    outcome, calls, sleeps = _run("get", _respond(503, 503, 503, 503, 503), is_async=is_async)
    assert isinstance(outcome, errors.OpenRouterDefaultError)
    assert outcome.status_code == 503
    assert outcome.retries == 3
    assert calls == 4
    assert len(sleeps) == 3
    for number, delay in enumerate(sleeps):
        base = 0.5 * 2**number
        assert base * C.JITTER_MIN <= delay <= base


def test_custom_max_retries_and_backoff() -> None:
    """A client ``RetryConfig`` sets how many retries and how long each wait is."""
    config = RetryConfig(backoff=BackoffStrategy(100, 150, 3, 60_000), max_retries=5)
    outcome, calls, sleeps = _run("get", _respond(*[502] * 10), retry_config=config)
    assert isinstance(outcome, errors.APIError)
    assert calls == 6
    assert all(delay <= 0.15 for delay in sleeps)
    assert sleeps[0] <= 0.1


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_retry_after_seconds_is_honoured(is_async: bool) -> None:
    """``Retry-After: 2`` makes the client wait exactly two seconds."""
    first = httpx.Response(429, headers={"Retry-After": "2"})
    outcome, calls, sleeps = _run("get", [first, _succeed], is_async=is_async)
    assert not isinstance(outcome, Exception)
    assert (calls, sleeps) == (2, [2.0])


def test_retry_after_ms_is_honoured() -> None:
    """``retry-after-ms: 1250`` makes the client wait 1.25 seconds."""
    first = httpx.Response(503, headers={"retry-after-ms": "1250"})
    _, calls, sleeps = _run("delete", [first, _succeed])
    assert (calls, sleeps) == (2, [1.25])


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_retry_after_http_date_is_honoured(is_async: bool) -> None:
    """``Retry-After`` as an HTTP date waits until that time on the client's clock."""
    clock = VirtualClock()
    when = clock.utcnow() + timedelta(seconds=20)
    first = httpx.Response(
        429, headers={"Retry-After": email.utils.format_datetime(when, usegmt=True)}
    )
    _, calls, sleeps = _run("get", [first, _succeed], is_async=is_async, clock=clock)
    assert (calls, sleeps) == (2, [20.0])


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_retry_after_beyond_the_cap_raises_with_the_wait(is_async: bool) -> None:
    """A ``Retry-After`` longer than the cap is not waited for: the 429 is raised with it."""
    first = httpx.Response(429, headers={"Retry-After": "3600"})
    outcome, calls, sleeps = _run("get", [first, _succeed], is_async=is_async)
    assert isinstance(outcome, RateLimitError)
    assert outcome.retry_after == 3600
    assert (calls, sleeps) == (1, [])


def test_retry_after_cap_is_configurable() -> None:
    """``max_retry_after`` sets the longest server wait honoured."""
    first = httpx.Response(429, headers={"Retry-After": "10"})
    config = RetryConfig(max_retry_after=5)
    outcome, calls, _ = _run("get", [first, _succeed], retry_config=config)
    assert isinstance(outcome, RateLimitError)
    assert outcome.retry_after == 10
    assert calls == 1


def test_rate_limit_error_after_retries_keeps_the_last_wait() -> None:
    """When 429s use up the retries, the error carries the last ``Retry-After``."""
    answers = [httpx.Response(429, headers={"Retry-After": str(n)}) for n in (1, 2, 3, 4)]
    outcome, calls, sleeps = _run("get", answers)
    assert isinstance(outcome, RateLimitError)
    assert outcome.retry_after == 4
    assert outcome.retries == 3
    assert (calls, sleeps) == (4, [1.0, 2.0, 3.0])


def test_total_time_is_bounded() -> None:
    """Slow failing attempts stop once the next retry would end past ``max_elapsed_time``."""
    clock = VirtualClock()
    start = clock.time
    attempt_starts: list[float] = []

    def slow_failure(request: httpx.Request) -> httpx.Response:
        attempt_starts.append(clock.time - start)
        clock.time += 20
        return httpx.Response(503)

    config = RetryConfig(backoff=BackoffStrategy(max_elapsed_time=60_000), max_retries=100)
    client = make_client(clock=clock, retry_config=config)
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/g1").mock(side_effect=slow_failure)
        with pytest.raises(errors.OpenRouterDefaultError) as info:
            client.guardrails.get(id="g1")
    assert all(t <= 60 for t in attempt_starts)
    assert len(attempt_starts) == 3
    assert info.value.retries == 2


@pytest.mark.parametrize("how", ["client", "call", "call_config"])
def test_retries_switched_off(how: str) -> None:
    """``"none"`` on the client, or per call, makes exactly one attempt."""
    client_kwargs = {"retry_config": "none"} if how == "client" else {}
    clock = VirtualClock()
    client = make_client(clock=clock, **client_kwargs)
    per_call: dict[str, Any] = {}
    if how == "call":
        per_call["retries"] = "none"
    elif how == "call_config":
        per_call["retries"] = RetryConfig(strategy="none")
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/guardrails/g1").mock(side_effect=_respond(503, 200))
        with pytest.raises(errors.OpenRouterDefaultError):
            client.guardrails.get(id="g1", **per_call)
    assert route.call_count == 1
    assert clock.sleeps == []


def test_per_call_retries_override_the_client() -> None:
    """A per-call ``RetryConfig`` turns retries on for a client that has them off."""
    clock = VirtualClock()
    client = make_client(clock=clock, retry_config="none")
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/guardrails/g1").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json={"data": GUARDRAIL})]
        )
        client.guardrails.get(id="g1", retries=RetryConfig(max_retries=1))
    assert route.call_count == 2
    assert len(clock.sleeps) == 1


def test_connection_errors_not_retried_when_switched_off() -> None:
    """``retry_connection_errors=False`` raises a connection failure at once but retries a 503."""
    config = RetryConfig(retry_connection_errors=False)
    outcome, calls, _ = _run("get", [httpx.ConnectError("refused"), _succeed], retry_config=config)
    assert isinstance(outcome, errors.APIConnectionError)
    assert calls == 1
    outcome, calls, _ = _run("get", [httpx.Response(503), _succeed], retry_config=config)
    assert not isinstance(outcome, Exception)
    assert calls == 2


def test_next_page_requests_are_retried() -> None:
    """Fetching the next page goes through the same retry loop."""
    clock = VirtualClock()
    client = make_client(clock=clock)
    item = {"id": "a", "name": "n", "created_at": "t", "workspace_id": "w"}
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/guardrails").mock(
            side_effect=[
                httpx.Response(200, json={"data": [item], "total_count": 2}),
                httpx.Response(502),
                httpx.Response(200, json={"data": [{**item, "id": "b"}], "total_count": 2}),
            ]
        )
        ids = [g.id for g in client.guardrails.list(limit=1)]
    assert ids == ["a", "b"]
    assert route.call_count == 3
    assert len(clock.sleeps) == 1


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_each_retry_is_logged_with_its_reason(
    caplog: pytest.LogCaptureFixture, is_async: bool
) -> None:
    """Every retry writes one DEBUG line naming the request, the wait and the reason."""
    answers = [
        httpx.Response(503),
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("read"),
        _succeed,
    ]
    with caplog.at_level(logging.DEBUG, logger="openrouter_guardrails"):
        outcome, _, sleeps = _run("get", answers, is_async=is_async)
    assert not isinstance(outcome, Exception)
    retries = [r for r in caplog.records if r.getMessage().startswith("retrying")]
    assert [r.levelno for r in retries] == [logging.DEBUG] * 3
    messages = [r.getMessage() for r in retries]
    assert "(503 Service Unavailable)" in messages[0]
    assert "(connection error)" in messages[1]
    assert "(timeout)" in messages[2]
    for number, (message, delay) in enumerate(zip(messages, sleeps, strict=True), start=1):
        assert message.startswith("retrying GET /api/v1/guardrails/g1 in ")
        assert f"in {delay:.2f}s" in message
        assert f"retry {number} of 3" in message
