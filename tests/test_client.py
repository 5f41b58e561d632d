"""The client itself: constructor and environment, headers, secrets kept out of every repr
and log line, logging switch, context managers, your own httpx clients, insecure http, timeouts."""

from __future__ import annotations

import asyncio
import logging
import pickle
from datetime import UTC, datetime

import httpx
import pytest
import respx
from client_support import (
    API_KEY,
    BASE_URL,
    GUARDRAIL,
    VirtualClock,
    make_async_client,
    make_client,
)

from openrouter_guardrails import (
    AsyncOpenRouter,
    OpenRouter,
    OpenRouterError,
    RetryConfig,
    errors,
)
from openrouter_guardrails import _constants as C
from openrouter_guardrails._clock import Clock, SystemClock
from openrouter_guardrails._logging import _EnvironmentHandler, logger, redact_headers

GET_BODY = {"data": GUARDRAIL}


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (C.API_KEY_ENV, C.BASE_URL_ENV, C.LOG_ENV, C.DEBUG_ENV):
        monkeypatch.delenv(name, raising=False)


def _get_route(router: respx.MockRouter) -> respx.Route:
    return router.get(url__regex=r".*/guardrails/g1$").mock(
        return_value=httpx.Response(200, json=GET_BODY)
    )


# ---------------------------------------------------------------- constructor and environment


def test_api_key_argument_is_sent_as_bearer() -> None:
    """``api_key=`` becomes the ``Authorization: Bearer`` header."""
    with respx.mock(base_url=BASE_URL) as router:
        route = _get_route(router)
        make_client().guardrails.get(id="g1")
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {API_KEY}"


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without ``api_key``, ``OPENROUTER_API_KEY`` is used (also when ``api_key=""``)."""
    monkeypatch.setenv("OPENROUTER_API_KEY", "sk-from-env")
    with respx.mock(base_url=BASE_URL) as router:
        route = _get_route(router)
        OpenRouter().guardrails.get(id="g1")
        OpenRouter(api_key="").guardrails.get(id="g1")
    assert [c.request.headers["Authorization"] for c in route.calls] == ["Bearer sk-from-env"] * 2


def test_missing_api_key_is_an_error() -> None:
    """No key anywhere: the constructor raises an error naming the environment variable."""
    with pytest.raises(OpenRouterError, match="OPENROUTER_API_KEY"):
        OpenRouter()
    with pytest.raises(OpenRouterError, match="OPENROUTER_API_KEY"):
        AsyncOpenRouter()


def test_default_base_url() -> None:
    """Requests go to https://openrouter.ai/api/v1 by default."""
    assert make_client().base_url == "https://openrouter.ai/api/v1"
    assert C.DEFAULT_BASE_URL == "https://openrouter.ai/api/v1"


def test_server_url_and_base_url_arguments() -> None:
    """``server_url`` and its alias ``base_url`` set where requests go (trailing slash dropped)."""
    assert (
        make_client(server_url="https://proxy.example/v1/").base_url == "https://proxy.example/v1"
    )
    assert make_client(base_url="https://proxy.example/v1").base_url == "https://proxy.example/v1"
    same = make_client(server_url="https://a.example", base_url="https://a.example")
    assert same.base_url == "https://a.example"
    with respx.mock(base_url="https://proxy.example/v1") as router:
        route = router.get("/guardrails/g1").mock(return_value=httpx.Response(200, json=GET_BODY))
        make_client(server_url="https://proxy.example/v1/").guardrails.get(id="g1")
    assert route.call_count == 1


def test_server_url_and_base_url_disagreeing_is_an_error() -> None:
    """Two different URLs for the same setting are refused."""
    with pytest.raises(ValueError, match="different URLs"):
        make_client(server_url="https://a.example", base_url="https://b.example")


def test_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """``OPENROUTER_BASE_URL`` is used when no URL argument is given; an argument wins over it."""
    monkeypatch.setenv("OPENROUTER_BASE_URL", "https://env.example/api")
    assert make_client().base_url == "https://env.example/api"
    assert make_client(server_url="https://arg.example").base_url == "https://arg.example"


@pytest.mark.parametrize("url", ["ftp://example.com", "openrouter.ai/api/v1", "https://"])
def test_server_url_must_be_http(url: str) -> None:
    """A URL that is not http(s) with a host is refused at construction."""
    with pytest.raises(ValueError, match="server_url"):
        make_client(server_url=url)


@pytest.mark.parametrize(
    "name", ["http_referer", "x_open_router_title", "x_open_router_categories"]
)
def test_constructor_app_header_must_be_a_string(name: str) -> None:
    """A non-string app header given to the client fails at construction, naming it."""
    with pytest.raises(errors.InvalidRequestError, match=name) as info:
        make_client(**{name: 42})
    assert info.value.parameter == name


def test_default_headers_must_be_strings() -> None:
    """A non-string ``default_headers`` value fails at construction, naming the header."""
    with pytest.raises(errors.InvalidRequestError, match="X-Team"):
        make_client(default_headers={"X-Team": 1})


def test_clients_accept_a_clock_and_default_to_the_system_clock() -> None:
    """The virtual clock satisfies the ``Clock`` protocol; without one the real clock is used."""
    assert isinstance(VirtualClock(), Clock)
    assert isinstance(OpenRouter(api_key=API_KEY)._clock, SystemClock)


def test_system_clock_reads_and_waits() -> None:
    """The real clock moves forward, tells the UTC time, and its sync and async sleeps wait."""
    clock = SystemClock()
    before = clock.now()
    clock.sleep(0)
    asyncio.run(clock.asleep(0))
    clock.sleep(0.001)
    asyncio.run(clock.asleep(0.001))
    assert clock.now() - before >= 0.002
    assert abs((clock.utcnow() - datetime.now(UTC)).total_seconds()) < 5
    assert clock.utcnow().tzinfo is not None
    assert repr(clock) == "SystemClock()"


# ---------------------------------------------------------------- insecure transport


@pytest.mark.parametrize(
    "url", ["http://api.example.com/v1", "http://10.0.0.5:8080", "http://openrouter.ai/api/v1"]
)
def test_plain_http_to_remote_host_is_refused(url: str) -> None:
    """The key is never sent in clear text to another machine unless explicitly allowed."""
    with pytest.raises(errors.InsecureTransportError, match="allow_insecure_http") as info:
        make_client(server_url=url)
    assert API_KEY not in str(info.value)
    assert isinstance(info.value, ValueError)
    assert make_client(server_url=url, allow_insecure_http=True).base_url == url.rstrip("/")


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:8080/api/v1",
        "http://127.0.0.1:9000",
        "http://[::1]:9000",
        "http://127.0.0.2:9000",
    ],
)
def test_plain_http_to_this_machine_is_allowed(url: str) -> None:
    """http:// to a literal loopback address or exactly ``localhost`` needs no opt-in."""
    assert make_client(server_url=url).base_url == url


@pytest.mark.parametrize(
    "url",
    [
        "http://evil.localhost",
        "http://localhost.evil.com",
        "http://127.0.0.1.nip.io",
        "http://0x7f.example",
        "http://10.0.0.1",
    ],
)
def test_plain_http_to_a_name_that_may_resolve_elsewhere_is_refused(url: str) -> None:
    """A name under ``.localhost`` (or any name but ``localhost``) may resolve anywhere: the
    key is not sent to it over plain http."""
    with pytest.raises(errors.InsecureTransportError):
        make_client(server_url=url)


# ---------------------------------------------------------------- secrets


def test_api_key_never_in_reprs() -> None:
    """The key appears in no repr: client, async client, retry config, page, error."""
    client = make_client(retry_config="none")
    async_client = make_async_client()
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails").mock(
            return_value=httpx.Response(200, json={"data": [], "total_count": 0})
        )
        router.get("/guardrails/g1").mock(
            return_value=httpx.Response(401, json={"error": {"code": 401, "message": "bad key"}})
        )
        page = client.guardrails.list()
        with pytest.raises(errors.UnauthorizedResponseError) as info:
            client.guardrails.get(id="g1")
    texts = [
        repr(client),
        str(client),
        repr(async_client),
        repr(client.retry_config),
        repr(RetryConfig()),
        repr(page),
        repr(info.value),
        str(info.value),
        repr(info.value.__dict__),
        repr(client.guardrails.__dict__),
    ]
    for text in texts:
        assert API_KEY not in text


def test_api_key_never_in_connection_error() -> None:
    """A connection failure's message and repr do not carry the key."""
    client = make_client(retry_config="none")
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/g1").mock(side_effect=httpx.ConnectError("refused"))
        with pytest.raises(errors.APIConnectionError) as info:
            client.guardrails.get(id="g1")
    assert API_KEY not in str(info.value)
    assert API_KEY not in repr(info.value)
    assert API_KEY not in repr(pickle.loads(pickle.dumps(info.value)).__dict__)


def test_api_key_never_in_log_records(caplog: pytest.LogCaptureFixture) -> None:
    """At DEBUG, requests, retries, responses and errors are logged, with the key redacted."""
    client = make_client()
    with (
        caplog.at_level(logging.DEBUG, logger="openrouter_guardrails"),
        respx.mock(base_url=BASE_URL) as router,
    ):
        router.get("/guardrails/g1").mock(
            side_effect=[
                httpx.Response(503),
                httpx.ConnectError("refused"),
                httpx.Response(200, json=GET_BODY),
            ]
        )
        router.get("/guardrails/g2").mock(
            return_value=httpx.Response(404, json={"error": {"code": 404, "message": "no"}})
        )
        client.guardrails.get(id="g1")
        with pytest.raises(errors.NotFoundResponseError):
            client.guardrails.get(id="g2")
    messages = [record.getMessage() for record in caplog.records]
    assert any("authorization': '<redacted>" in m.lower() for m in messages)
    assert any("retrying" in m for m in messages)
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
        assert API_KEY not in repr(record.args)
        assert API_KEY not in repr(record.__dict__)


def test_redact_headers_hides_credentials() -> None:
    """Every credential header is replaced; others are kept."""
    redacted = redact_headers(
        {"Authorization": "Bearer x", "Cookie": "c", "X-Api-Key": "k", "Accept": "a"}
    )
    assert redacted == {
        "Authorization": "<redacted>",
        "Cookie": "<redacted>",
        "X-Api-Key": "<redacted>",
        "Accept": "a",
    }


# ---------------------------------------------------------------- logging switch


@pytest.fixture
def _restore_logger() -> object:
    level, handlers = logger.level, list(logger.handlers)
    yield None
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.mark.usefixtures("_restore_logger")
@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_openrouter_log_switches_logging_on(
    monkeypatch: pytest.MonkeyPatch, value: str, level: int
) -> None:
    """``OPENROUTER_LOG=debug`` (or ``info``) sets the package logger's level and one handler."""
    monkeypatch.setenv("OPENROUTER_LOG", value)
    make_client()
    make_client()
    ours = [h for h in logger.handlers if isinstance(h, _EnvironmentHandler)]
    assert logger.level == level
    assert len(ours) == 1


@pytest.mark.usefixtures("_restore_logger")
@pytest.mark.parametrize("value", ["1", "true"])
def test_the_official_openrouter_debug_switches_debug_logging_on(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """``OPENROUTER_DEBUG`` (the official SDK's switch) is ``OPENROUTER_LOG=debug``."""
    monkeypatch.setenv(C.DEBUG_ENV, value)
    make_client()
    assert logger.level == logging.DEBUG


@pytest.mark.usefixtures("_restore_logger")
@pytest.mark.parametrize("value", ["", "0", "false"])
def test_openrouter_debug_off_values_leave_logging_off(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """``OPENROUTER_DEBUG`` empty, ``0`` or ``false`` switches nothing on."""
    logger.setLevel(logging.NOTSET)
    monkeypatch.setenv(C.DEBUG_ENV, value)
    make_client()
    assert logger.level == logging.NOTSET


@pytest.mark.usefixtures("_restore_logger")
def test_logging_off_by_default() -> None:
    """Without ``OPENROUTER_LOG`` the client adds no handler and leaves the level alone."""
    logger.setLevel(logging.NOTSET)
    before = list(logger.handlers)
    make_client()
    assert logger.handlers == before
    assert logger.level == logging.NOTSET


@pytest.mark.usefixtures("_restore_logger")
def test_openrouter_log_debug_writes_requests_to_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With ``OPENROUTER_LOG=debug`` each request is written to stderr, the key redacted."""
    monkeypatch.setenv("OPENROUTER_LOG", "debug")
    for handler in logger.handlers:
        if isinstance(handler, _EnvironmentHandler):
            logger.removeHandler(handler)
    client = make_client()
    with respx.mock(base_url=BASE_URL) as router:
        _get_route(router)
        client.guardrails.get(id="g1")
    err = capsys.readouterr().err
    assert "request GET https://openrouter.ai/api/v1/guardrails/g1" in err
    assert "<redacted>" in err
    assert API_KEY not in err


# ---------------------------------------------------------------- context managers and clients


def test_no_http_client_built_until_used() -> None:
    """Constructing and closing a client opens no connection pool, sync or async."""
    with make_client(owned=True) as client:
        assert client._client is None
        assert client._async_client is None
    assert client._client is None
    assert client._async_client is None


def test_sync_use_builds_only_the_sync_client() -> None:
    """A sync call builds the sync httpx client only; leaving the ``with`` closes and drops it."""
    with respx.mock(base_url=BASE_URL) as router:
        _get_route(router)
        with make_client(owned=True) as client:
            client.guardrails.get(id="g1")
            http = client._client
            assert isinstance(http, httpx.Client)
            assert client._async_client is None
    assert http.is_closed
    assert client._client is None


def test_async_twin_builds_only_the_async_client() -> None:
    """``*_async`` on the sync client builds only an async httpx client; ``async with`` closes."""

    async def main() -> tuple[OpenRouter, httpx.AsyncClient]:
        async with make_client(owned=True) as client:
            await client.guardrails.get_async(id="g1")
            http = client._async_client
            assert isinstance(http, httpx.AsyncClient)
            assert client._client is None
        return client, http

    with respx.mock(base_url=BASE_URL) as router:
        _get_route(router)
        client, http = asyncio.run(main())
    assert http.is_closed
    assert client._async_client is None


def test_async_client_builds_only_the_async_client() -> None:
    """The async client builds only an async httpx client, and ``async with`` closes it."""

    async def main() -> tuple[AsyncOpenRouter, httpx.AsyncClient]:
        async with make_async_client(owned=True) as client:
            await client.guardrails.get(id="g1")
            http = client._async_client
            assert isinstance(http, httpx.AsyncClient)
            assert client._client is None
        return client, http

    with respx.mock(base_url=BASE_URL) as router:
        _get_route(router)
        client, http = asyncio.run(main())
    assert http.is_closed
    assert client._async_client is None


def test_sync_client_aclose_closes_both_pools() -> None:
    """``aclose()`` on the sync client closes its sync and async httpx clients."""

    async def main(client: OpenRouter) -> None:
        client.guardrails.get(id="g1")
        await client.guardrails.get_async(id="g1")
        sync_http, async_http = client._client, client._async_client
        await client.aclose()
        assert sync_http is not None and sync_http.is_closed
        assert async_http is not None and async_http.is_closed

    with respx.mock(base_url=BASE_URL) as router:
        _get_route(router)
        client = make_client(owned=True)
        asyncio.run(main(client))
    assert client._client is None and client._async_client is None


def test_async_client_aclose_also_closes_a_sync_pool() -> None:
    """The async client's ``aclose()`` closes a sync httpx client it built too."""
    client = make_async_client(owned=True)
    sync_http = client._http()
    asyncio.run(client.aclose())
    assert sync_http.is_closed
    assert client._client is None


def test_close_is_idempotent() -> None:
    """``close()`` may be called twice, before or after use."""
    client = make_client(owned=True)
    client.close()
    client.close()
    asyncio.run(client.aclose())


def test_own_sync_client_is_used_and_not_closed() -> None:
    """A given ``client=`` carries every request and stays open after ``close()``."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=GET_BODY)

    own = httpx.Client(transport=httpx.MockTransport(handler))
    with make_client(client=own) as client:
        result = client.guardrails.get(id="g1")
    assert result.data.id == GUARDRAIL["id"]
    assert len(seen) == 1
    assert seen[0].headers["Authorization"] == f"Bearer {API_KEY}"
    assert not own.is_closed
    assert client._client is own
    own.close()


def test_own_async_client_is_used_and_not_closed() -> None:
    """A given ``async_client=`` carries every async request and stays open after ``aclose()``."""
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=GET_BODY)

    async def main() -> httpx.AsyncClient:
        own = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with make_async_client(async_client=own) as client:
            await client.guardrails.get(id="g1")
        assert not own.is_closed
        await own.aclose()
        return own

    asyncio.run(main())
    assert len(seen) == 1


# ---------------------------------------------------------------- timeouts


def _timeout_of(request: httpx.Request) -> dict[str, float | None]:
    timeout: dict[str, float | None] = request.extensions["timeout"]
    return timeout


def test_default_timeout_is_30_seconds_and_5_to_connect() -> None:
    """Without ``timeout``, a request may take 30 s, and 5 s to connect."""
    with respx.mock(base_url=BASE_URL) as router:
        route = _get_route(router)
        make_client(owned=True).guardrails.get(id="g1")
    assert _timeout_of(route.calls.last.request) == {
        "connect": 5.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }
    assert httpx.Timeout(30.0, connect=5.0) == C.DEFAULT_TIMEOUT


def test_client_timeout_in_seconds_and_as_httpx_timeout() -> None:
    """``timeout=`` on the client (seconds, or an ``httpx.Timeout``) applies to every request."""
    with respx.mock(base_url=BASE_URL) as router:
        route = _get_route(router)
        make_client(owned=True, timeout=7).guardrails.get(id="g1")
        make_client(owned=True, timeout=httpx.Timeout(9, connect=1)).guardrails.get(id="g1")
    first, second = (_timeout_of(c.request) for c in route.calls)
    assert first == {"connect": 7, "read": 7, "write": 7, "pool": 7}
    assert second == {"connect": 1, "read": 9, "write": 9, "pool": 9}


def test_per_call_timeout_overrides_the_client() -> None:
    """``timeout=`` on a call replaces the client's for that call only (sync and async)."""
    with respx.mock(base_url=BASE_URL) as router:
        route = _get_route(router)
        client = make_client(owned=True, timeout=7)
        client.guardrails.get(id="g1", timeout=2)
        client.guardrails.get(id="g1")
        asyncio.run(make_async_client(owned=True).guardrails.get(id="g1", timeout=3.5))
    timeouts = [_timeout_of(c.request)["read"] for c in route.calls]
    assert timeouts == [2, 7, 3.5]


def test_own_client_keeps_its_timeout_unless_one_is_given() -> None:
    """With ``client=`` and no ``timeout=``, the given client's own timeout applies."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=GET_BODY)

    own = httpx.Client(transport=httpx.MockTransport(handler), timeout=11)
    make_client(client=own).guardrails.get(id="g1")
    make_client(client=own, timeout=4).guardrails.get(id="g1")
    assert [_timeout_of(r)["read"] for r in seen] == [11, 4]
    own.close()
