"""The client's edges: arguments a header or an operation cannot take, bodies httpx cannot
decode, the constructor's timeout and URL, and httpx clients built from several threads."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
import respx
from client_support import API_KEY, BASE_URL, GUARDRAIL, make_async_client, make_client

from openrouter_guardrails import OpenRouter, effective_zdr, errors

GET_BODY = {"data": GUARDRAIL}
EMPTY_LIST = {"data": [], "total_count": 0}


def _mock_client(handler: Any, **kwargs: Any) -> OpenRouter:
    return make_client(client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs)


def _answer(body: dict[str, Any]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    return handler


# ---------------------------------------------------------------- arguments of an operation


@pytest.mark.parametrize(
    ("operation", "kwargs"),
    [
        ("list_key_assignments", {}),
        ("list_member_assignments", {}),
        ("list_guardrail_key_assignments", {"id": "g1"}),
        ("list_guardrail_member_assignments", {"id": "g1"}),
    ],
)
def test_workspace_id_on_a_list_without_it_is_an_invalid_request(
    operation: str, kwargs: dict[str, Any]
) -> None:
    """``workspace_id`` on a list operation that has no such parameter is refused by name."""
    client = _mock_client(_answer(EMPTY_LIST))
    with pytest.raises(errors.InvalidRequestError) as caught:
        getattr(client.guardrails, operation)(workspace_id="ws", **kwargs)
    assert caught.value.parameter == "workspace_id"


def test_workspace_id_on_an_async_list_without_it_is_an_invalid_request() -> None:
    """The async twin refuses ``workspace_id`` where the operation has none, the same way."""
    client = make_async_client(
        async_client=httpx.AsyncClient(transport=httpx.MockTransport(_answer(EMPTY_LIST)))
    )
    with pytest.raises(errors.InvalidRequestError) as caught:
        asyncio.run(client.guardrails.list_key_assignments(workspace_id="ws"))
    assert caught.value.parameter == "workspace_id"


# ---------------------------------------------------------------- header values


@pytest.mark.parametrize(
    "options",
    [
        {"x_open_router_title": "Café"},
        {"http_referer": "https://example.com/\r\nX-Injected: 1"},
        {"extra_headers": {"X-Team": "équipe"}},
        {"extra_headers": {"X Team": "a"}},
    ],
)
def test_a_per_call_header_a_request_cannot_carry_is_an_invalid_request(
    options: dict[str, Any],
) -> None:
    """A per-call header (name or value) a header cannot carry is refused before sending."""
    client = _mock_client(_answer(GET_BODY))
    with pytest.raises(errors.InvalidRequestError):
        client.guardrails.get(id="g1", **options)


@pytest.mark.parametrize(
    "kwargs",
    [{"x_open_router_title": "Café"}, {"default_headers": {"X-Team": "équipe"}}],
)
def test_a_client_header_value_a_header_cannot_carry_is_refused_by_the_constructor(
    kwargs: dict[str, Any],
) -> None:
    """A constructor header value with non-ASCII characters is refused there, not at a call."""
    with pytest.raises(errors.InvalidRequestError):
        make_client(**kwargs)


def test_extra_headers_that_are_not_a_mapping_are_an_invalid_request() -> None:
    """``extra_headers`` given as something other than a mapping is refused by name."""
    client = _mock_client(_answer(GET_BODY))
    with pytest.raises(errors.InvalidRequestError) as caught:
        client.guardrails.get(id="g1", extra_headers=[("X-Team", "a")])  # type: ignore[typeddict-item]
    assert caught.value.parameter == "extra_headers"


# ---------------------------------------------------------------- responses httpx cannot read


def _bad_gzip(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=b"not gzip")


def test_a_body_httpx_cannot_decode_is_an_sdk_error() -> None:
    """A body whose content encoding is broken raises an ``OpenRouterError``, not httpx's."""
    client = _mock_client(_bad_gzip)
    with pytest.raises(errors.OpenRouterError) as caught:
        client.guardrails.get(id="g1")
    assert isinstance(caught.value.__cause__, httpx.DecodingError)


def test_a_body_httpx_cannot_decode_is_an_sdk_error_async() -> None:
    """The async loop turns a broken content encoding into an ``OpenRouterError`` too."""
    client = make_async_client(
        async_client=httpx.AsyncClient(transport=httpx.MockTransport(_bad_gzip))
    )
    with pytest.raises(errors.OpenRouterError):
        asyncio.run(client.guardrails.get(id="g1"))


def test_a_broken_body_of_a_create_is_not_retried() -> None:
    """``create`` answered with an undecodable body is sent once: it may have been processed."""
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return _bad_gzip(request)

    with pytest.raises(errors.OpenRouterError):
        _mock_client(handler).guardrails.create(name="n")
    assert len(calls) == 1


def test_a_redirect_loop_is_an_sdk_error() -> None:
    """Too many redirects (with a client that follows them) raise an ``OpenRouterError``."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": str(request.url)})

    http = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    with pytest.raises(errors.OpenRouterError):
        make_client(client=http).guardrails.get(id="g1")


# ---------------------------------------------------------------- constructor


@pytest.mark.parametrize("timeout", [-1, 0, float("nan"), float("inf"), "5", True])
def test_the_constructor_checks_timeout_as_a_call_does(timeout: Any) -> None:
    """``timeout=`` of the constructor follows the per-call rule: finite seconds above 0."""
    with pytest.raises(errors.InvalidRequestError) as caught:
        make_client(timeout=timeout)
    assert caught.value.parameter == "timeout"


def test_an_unparsable_server_url_is_a_value_error() -> None:
    """A ``server_url`` httpx cannot parse raises ``ValueError``, not httpx's ``InvalidURL``."""
    with pytest.raises(ValueError, match="server_url"):
        make_client(server_url="https://[::1/api/v1")


# ---------------------------------------------------------------- threads


def test_threads_share_one_lazily_built_http_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """Threads making the first calls at once build one httpx client, which ``close()`` closes."""
    built: list[httpx.Client] = []
    original_init = httpx.Client.__init__

    def slow_init(self: httpx.Client, *args: Any, **kwargs: Any) -> None:
        time.sleep(0.05)  # widen the window in which another thread could build its own
        original_init(self, *args, **kwargs)
        built.append(self)

    monkeypatch.setattr(httpx.Client, "__init__", slow_init)
    client = make_client(owned=True)
    barrier = threading.Barrier(4)

    def call() -> None:
        barrier.wait()
        client.guardrails.get(id="g1")

    with respx.mock(base_url=BASE_URL) as router:
        router.get(url__regex=r".*/guardrails/g1$").respond(200, json=GET_BODY)
        threads = [threading.Thread(target=call) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    client.close()
    assert len(built) == 1
    assert all(http.is_closed for http in built)


# ---------------------------------------------------------------- effective_zdr


def test_effective_zdr_of_a_response_instead_of_its_guardrail_is_a_type_error() -> None:
    """``effective_zdr`` given the response (not ``.data``) says so, instead of answering None."""
    response = _mock_client(_answer(GET_BODY)).guardrails.get(id="g1")
    with pytest.raises(TypeError, match="Guardrail"):
        effective_zdr(response, "openai")  # type: ignore[arg-type]
    assert effective_zdr(response.data, "openai") is True


def test_a_refused_header_value_is_not_quoted() -> None:
    """A header value refused for a control character is named, not quoted: it may be a key."""
    client = _mock_client(_answer(GET_BODY))
    with pytest.raises(errors.InvalidRequestError) as caught:
        client.guardrails.get(id="g1", extra_headers={"Authorization": f"Bearer {API_KEY}\n"})
    assert "Authorization" in str(caught.value)
    assert API_KEY not in str(caught.value) and API_KEY not in repr(vars(caught.value))


def test_an_api_key_that_is_not_a_string_is_an_sdk_error() -> None:
    """``api_key=`` of another type raises ``OpenRouterError``, not an ``AttributeError``."""
    with pytest.raises(errors.OpenRouterError, match="api_key must be a string"):
        OpenRouter(api_key=12345)  # type: ignore[arg-type]


# ---------------------------------------------------------------- event loops


def test_async_twins_of_the_sync_client_work_from_one_event_loop_after_another() -> None:
    """``asyncio.run(client.guardrails.get_async(...))`` twice: the second loop gets a pool of
    its own, not the first loop's connections (which would fail: the loop is closed)."""
    from openrouter_guardrails.testing import DEFAULT_MANAGEMENT_KEY, FakeServer

    with (
        FakeServer() as server,
        OpenRouter(api_key=DEFAULT_MANAGEMENT_KEY, server_url=server.base_url) as client,
    ):
        guardrail_id = client.guardrails.create(name="n").data.id
        names = [
            asyncio.run(client.guardrails.get_async(id=guardrail_id)).data.name for _ in range(3)
        ]
        asyncio.run(client.aclose())
    assert names == ["n", "n", "n"]


def test_the_async_client_works_from_one_event_loop_after_another() -> None:
    """An ``AsyncOpenRouter`` awaited in successive ``asyncio.run`` calls answers each time."""
    from openrouter_guardrails import AsyncOpenRouter
    from openrouter_guardrails.testing import DEFAULT_MANAGEMENT_KEY, FakeServer

    with FakeServer() as server:
        client = AsyncOpenRouter(api_key=DEFAULT_MANAGEMENT_KEY, server_url=server.base_url)
        guardrail_id = asyncio.run(client.guardrails.create(name="n")).data.id
        names = [asyncio.run(client.guardrails.get(id=guardrail_id)).data.name for _ in range(2)]
        asyncio.run(client.aclose())
    assert names == ["n", "n"]
    assert client._async_client is None
