"""The official SDK's client and call options, mapped to this client's, and the escape hatches
for what the API gained after a release (``extra_body``, ``extra_query``, ``extra_headers``)."""

from __future__ import annotations

import asyncio
import logging
import textwrap
from typing import Any

import httpx
import pytest
import respx
from client_support import API_KEY, BASE_URL, GUARDRAIL, make_async_client, make_client, sent_json

from openrouter_guardrails import errors

GET_ANSWER = httpx.Response(200, json={"data": GUARDRAIL})
OTHER_URL = "https://eu.openrouter.example/api/v1"


class RecordingLogger:
    """A ``debug_logger`` of the official SDK's protocol: anything with ``debug``."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def debug(self, msg: str, *args: Any, **kwargs: Any) -> None:
        self.lines.append(msg % args)


# ---------------------------------------------------------------- official-style code


def _run(code: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setenv("OPENROUTER_API_KEY", API_KEY)
    namespace: dict[str, Any] = {}
    exec(compile(textwrap.dedent(code), "<official example>", "exec"), namespace)
    return namespace


def test_the_official_retries_example_runs_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """The official SDK's retry examples (client ``retry_config``, call ``retries``) run
    with only the import changed, and the policy given is the one used."""
    code = """
        from openrouter_guardrails import OpenRouter
        from openrouter_guardrails.utils import BackoffStrategy, RetryConfig
        import os

        with OpenRouter(
            retry_config=RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False),
            api_key=os.getenv("OPENROUTER_API_KEY", ""),
        ) as open_router:
            res = open_router.guardrails.get(
                id="g1", retries=RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False)
            )
            client_policy = open_router.retry_config
    """
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/guardrails/g1").mock(side_effect=[httpx.Response(503), GET_ANSWER])
        namespace = _run(code, monkeypatch)
    assert route.call_count == 2
    assert namespace["res"].data.id == GUARDRAIL["id"]
    assert namespace["client_policy"].backoff.initial_interval == 1


def test_the_official_client_options_run_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """``server_url``, ``timeout_ms``, ``debug_logger`` and ``client`` on the client, and
    ``server_url``, ``timeout_ms`` and ``http_headers`` on a call, as the official SDK
    documents them."""
    code = f"""
        from openrouter_guardrails import OpenRouter
        import httpx
        import logging
        import os

        http_client = httpx.Client(headers={{"x-custom-header": "someValue"}})
        with OpenRouter(
            server_url="{BASE_URL}",
            timeout_ms=2500,
            debug_logger=logging.getLogger("openrouter"),
            client=http_client,
            api_key=os.getenv("OPENROUTER_API_KEY", ""),
        ) as open_router:
            first = open_router.guardrails.get(id="g1")
            second = open_router.guardrails.get(
                id="g1",
                server_url="{OTHER_URL}",
                timeout_ms=700,
                http_headers={{"x-trace": "t-1"}},
            )
    """
    with respx.mock() as router:
        here = router.get(f"{BASE_URL}/guardrails/g1").mock(return_value=GET_ANSWER)
        there = router.get(f"{OTHER_URL}/guardrails/g1").mock(return_value=GET_ANSWER)
        _run(code, monkeypatch)
    first, second = here.calls.last.request, there.calls.last.request
    assert first.headers["x-custom-header"] == "someValue"
    assert first.extensions["timeout"]["read"] == 2.5
    assert second.extensions["timeout"]["read"] == 0.7
    assert second.headers["x-trace"] == "t-1"
    assert second.headers["authorization"] == f"Bearer {API_KEY}"


def test_debug_logger_receives_the_request_lines_without_the_key() -> None:
    """A ``debug_logger`` gets each request and retry line; the key is redacted."""
    recording = RecordingLogger()
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/g1").mock(side_effect=[httpx.Response(503), GET_ANSWER])
        make_client(debug_logger=recording).guardrails.get(id="g1")
    assert any(line.startswith("request GET") for line in recording.lines)
    assert any(line.startswith("retrying GET") for line in recording.lines)
    assert all(API_KEY not in line for line in recording.lines)


def test_the_debug_log_shows_every_response_errors_included() -> None:
    """A 503 that is retried, a 404 that is raised and a 200 each give a response line."""
    recording = RecordingLogger()
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/guardrails/g1").mock(side_effect=[httpx.Response(503), GET_ANSWER])
        router.get("/guardrails/gone").mock(return_value=httpx.Response(404))
        client = make_client(debug_logger=recording)
        client.guardrails.get(id="g1")
        with pytest.raises(errors.NotFoundResponseError):
            client.guardrails.get(id="gone")
    responses = [line for line in recording.lines if line.startswith("response ")]
    assert responses == [
        "response GET /api/v1/guardrails/g1 -> 503",
        "response GET /api/v1/guardrails/g1 -> 200",
        "response GET /api/v1/guardrails/gone -> 404",
    ]


def test_a_debug_logger_without_debug_is_refused() -> None:
    """``debug_logger`` must have a ``debug`` method."""
    with pytest.raises(TypeError, match="debug_logger"):
        make_client(debug_logger=object())


@pytest.mark.parametrize(
    ("kwargs", "parameter"),
    [
        ({"timeout_ms": 0}, "timeout_ms"),
        ({"timeout_ms": "fast"}, "timeout_ms"),
        ({"timeout_ms": 100, "timeout": 1}, "timeout_ms"),
        ({"server_url": "ftp://x"}, "server_url"),
        ({"server_url": "not a url"}, "server_url"),
        ({"http_headers": {"x": "a\nb"}}, "http_headers['x']"),
    ],
)
def test_bad_official_call_options_are_refused_before_sending(
    kwargs: dict[str, Any], parameter: str
) -> None:
    """A bad ``timeout_ms``, ``server_url`` or ``http_headers`` on a call is an
    ``InvalidRequestError`` naming it; nothing is sent."""
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        route = router.route().mock(return_value=GET_ANSWER)
        with pytest.raises(errors.InvalidRequestError) as info:
            make_client().guardrails.get(id="g1", **kwargs)
    assert info.value.parameter == parameter
    assert not route.called


def test_timeout_ms_on_the_client_is_the_timeout_in_seconds() -> None:
    """``timeout_ms=1500`` on the client is ``timeout=1.5``."""
    assert make_client(timeout_ms=1500).timeout == httpx.Timeout(1.5)


def test_the_async_client_takes_the_same_call_options() -> None:
    """``server_url``, ``timeout_ms`` and ``http_headers`` on an async call."""

    async def main() -> None:
        await make_async_client().guardrails.get(
            id="g1", server_url=OTHER_URL, timeout_ms=300, http_headers={"x-a": "1"}
        )

    with respx.mock() as router:
        route = router.get(f"{OTHER_URL}/guardrails/g1").mock(return_value=GET_ANSWER)
        asyncio.run(main())
    request = route.calls.last.request
    assert request.extensions["timeout"]["read"] == 0.3 and request.headers["x-a"] == "1"


# ---------------------------------------------------------------- escape hatches


def test_extra_body_sends_a_field_the_contract_does_not_know() -> None:
    """``extra_body`` is sent as given (a field of a newer API), merged last over the
    checked fields, and not checked."""
    with respx.mock(base_url=BASE_URL) as router:
        route = router.post("/guardrails").mock(
            return_value=httpx.Response(201, json={"data": GUARDRAIL})
        )
        make_client().guardrails.create(
            name="n",
            limit_usd=5,
            extra_body={"allowed_data_regions": ["europe"], "limit_usd": "raw"},
        )
    body = sent_json(route.calls.last.request)
    assert body["allowed_data_regions"] == ["europe"]
    assert body["limit_usd"] == "raw"
    assert body["name"] == "n"


def test_extra_query_is_merged_last() -> None:
    """``extra_query`` adds query parameters, and replaces one the call set."""
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/guardrails").mock(
            return_value=httpx.Response(200, json={"data": [], "total_count": 0})
        )
        make_client().guardrails.list(limit=5, extra_query={"limit": 7, "region": "eu"})
    params = route.calls.last.request.url.params
    assert params["limit"] == "7" and params["region"] == "eu"


def test_extra_headers_replace_every_other_header() -> None:
    """``extra_headers`` are merged last: they replace the client's and ``http_headers``."""
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/guardrails/g1").mock(return_value=GET_ANSWER)
        make_client(default_headers={"x-team": "a"}).guardrails.get(
            id="g1", http_headers={"x-team": "b"}, extra_headers={"x-team": "c"}
        )
    assert route.calls.last.request.headers["x-team"] == "c"


def test_the_escape_hatches_work_on_the_async_client() -> None:
    """The async client sends ``extra_body`` and ``extra_query`` the same way."""

    async def main() -> None:
        await make_async_client().guardrails.update(
            id="g1", extra_body={"new_field": 1}, extra_query={"dry_run": "true"}
        )

    with respx.mock(base_url=BASE_URL) as router:
        route = router.patch("/guardrails/g1").mock(return_value=GET_ANSWER)
        asyncio.run(main())
    request = route.calls.last.request
    assert sent_json(request) == {"new_field": 1}
    assert request.url.params["dry_run"] == "true"


@pytest.mark.parametrize(
    ("name", "kwargs", "problem"),
    [
        ("get", {"id": "g1", "extra_body": {"x": 1}}, "send a body"),
        ("create", {"name": "n", "extra_body": {"x": float("nan")}}, "JSON"),
        ("create", {"name": "n", "extra_body": {"x": object()}}, "JSON"),
        ("create", {"name": "n", "extra_body": ["x"]}, "mapping"),
        ("get", {"id": "g1", "extra_query": {1: "x"}}, "mapping"),
        ("get", {"id": "g1", "extra_query": {"x": {"nested": 1}}}, "query"),
    ],
)
def test_an_escape_hatch_that_cannot_be_sent_is_refused(
    name: str, kwargs: dict[str, Any], problem: str
) -> None:
    """``extra_body`` / ``extra_query`` are checked only for what could not be sent at all."""
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        route = router.route().mock(return_value=GET_ANSWER)
        with pytest.raises(errors.InvalidRequestError, match=problem):
            getattr(make_client().guardrails, name)(**kwargs)
    assert not route.called


def test_the_package_logger_and_debug_logger_both_get_lines(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """With a ``debug_logger`` the package logger still gets its lines."""
    recording = RecordingLogger()
    with (
        caplog.at_level(logging.DEBUG, logger="openrouter_guardrails"),
        respx.mock(base_url=BASE_URL) as router,
    ):
        router.get("/guardrails/g1").mock(return_value=GET_ANSWER)
        make_client(debug_logger=recording).guardrails.get(id="g1")
    assert recording.lines and any("request GET" in r.message for r in caplog.records)
