"""Every one of the 13 operations, sync, ``*_async`` on the sync client, and on the async client:
the request it sends (method, path, query, body, headers) and the model it returns."""

from __future__ import annotations

import asyncio
import copy
import json
from typing import Any

import httpx
import pytest
import respx
from client_support import (
    API_KEY,
    BASE_URL,
    CASES,
    GUARDRAIL,
    Case,
    make_async_client,
    make_client,
)
from openrouter_guardrails_api import models
from openrouter_guardrails_api.sdk import OPERATIONS

from openrouter_guardrails import AsyncPage, Page

VARIANTS = ["sync", "sync_async_twin", "async_client"]
APP_HEADERS = {
    "http_referer": ("HTTP-Referer", "https://myapp.example"),
    "x_open_router_title": ("X-OpenRouter-Title", "My App"),
    "x_open_router_categories": ("X-OpenRouter-Categories", "cli-agent,cloud-agent"),
}


def call(variant: str, name: str, kwargs: dict[str, Any], **client_kwargs: Any) -> Any:
    """Run one operation the way ``variant`` says, inside the current respx mock."""
    if variant == "sync":
        with make_client(**client_kwargs) as client:
            return getattr(client.guardrails, name)(**kwargs)
    if variant == "sync_async_twin":

        async def twin() -> Any:
            async with make_client(**client_kwargs) as client:
                return await getattr(client.guardrails, f"{name}_async")(**kwargs)

        return asyncio.run(twin())

    async def on_async_client() -> Any:
        async with make_async_client(**client_kwargs) as client:
            return await getattr(client.guardrails, name)(**kwargs)

    return asyncio.run(on_async_client())


def _route(router: respx.MockRouter, case: Case) -> respx.Route:
    return router.route(method=case.method, path=case.path).mock(
        return_value=httpx.Response(200, json=copy.deepcopy(case.response))
    )


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_request_sent(case: Case, variant: str) -> None:
    """Each operation sends its method, path, query and JSON body, and nothing else."""
    with respx.mock(base_url=BASE_URL) as router:
        route = _route(router, case)
        call(variant, case.name, case.kwargs)
    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == case.method
    assert request.url.raw_path.split(b"?")[0].decode() == "/api/v1" + case.path
    assert dict(request.url.params) == case.query
    if case.body is None:
        assert request.content == b""
    else:
        assert json.loads(request.content) == case.body
        assert request.headers["Content-Type"] == "application/json"


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_headers_sent(case: Case, variant: str) -> None:
    """Each operation sends the bearer key, JSON accept, user agent and the per-call app headers."""
    per_call = {name: value for name, (_, value) in APP_HEADERS.items()}
    with respx.mock(base_url=BASE_URL) as router:
        route = _route(router, case)
        call(variant, case.name, {**case.kwargs, **per_call})
    headers = route.calls.last.request.headers
    assert headers["Authorization"] == f"Bearer {API_KEY}"
    assert headers["Accept"] == "application/json"
    assert headers["User-Agent"].startswith("openrouter-guardrails/")
    for header, value in APP_HEADERS.values():
        assert headers[header] == value


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_parsed_result(case: Case, variant: str) -> None:
    """Each operation returns its generated model (a page for lists) that round-trips the body."""
    with respx.mock(base_url=BASE_URL) as router:
        _route(router, case)
        result = call(variant, case.name, case.kwargs)
    model_class = getattr(models, case.response_model)
    if case.paginated:
        assert isinstance(result, AsyncPage if variant != "sync" else Page)
        assert result.total_count == case.response["total_count"]
        assert [item.to_dict() for item in result.data] == case.response["data"]
        model = result.result
    else:
        model = result
    assert isinstance(model, model_class)
    assert model.to_dict() == case.response
    assert json.loads(model.to_json()) == case.response
    assert model_class.from_json(model.to_json()).to_dict() == case.response


@pytest.mark.parametrize("variant", VARIANTS)
def test_unknown_fields_kept(variant: str) -> None:
    """A field the SDK does not know is kept on the model and written back by ``to_dict()``."""
    case = next(c for c in CASES if c.name == "get")
    with respx.mock(base_url=BASE_URL) as router:
        _route(router, case)
        result = call(variant, "get", case.kwargs)
    assert result.data.additional_properties["future_field"] == GUARDRAIL["future_field"]
    assert result.data["future_field"] == {"nested": [1, 2]}


@pytest.mark.parametrize("variant", VARIANTS)
def test_unknown_enum_value_in_response_kept(variant: str) -> None:
    """An enum value the SDK does not know (``reset_interval: yearly``) parses and round-trips."""
    body = {"data": {**GUARDRAIL, "reset_interval": "yearly"}}
    with respx.mock(base_url=BASE_URL) as router:
        router.get(f"/guardrails/{GUARDRAIL['id']}").mock(
            return_value=httpx.Response(200, json=body)
        )
        result = call(variant, "get", {"id": GUARDRAIL["id"]})
    assert result.data.reset_interval == "yearly"
    assert result.data.reset_interval.is_known is False
    assert result.to_dict() == body


@pytest.mark.parametrize("variant", VARIANTS)
def test_list_without_arguments_sends_no_query(variant: str) -> None:
    """``list()`` sends no query string: the server's defaults apply."""
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/guardrails").mock(
            return_value=httpx.Response(200, json={"data": [], "total_count": 0})
        )
        page = call(variant, "list", {})
    assert route.calls.last.request.url.query == b""
    assert page.data == []
    assert page.total_count == 0


@pytest.mark.parametrize("variant", VARIANTS)
def test_client_app_headers_and_per_call_override(variant: str) -> None:
    """App headers given to the client are sent on every call; a per-call value replaces one."""
    with respx.mock(base_url=BASE_URL) as router:
        route = router.delete("/guardrails/g1").mock(
            return_value=httpx.Response(200, json={"deleted": True})
        )
        call(
            variant,
            "delete",
            {"id": "g1", "x_open_router_title": "Per call"},
            http_referer="https://client.example",
            x_open_router_title="Client title",
            x_open_router_categories="cli-agent",
        )
    headers = route.calls.last.request.headers
    assert headers["HTTP-Referer"] == "https://client.example"
    assert headers["X-OpenRouter-Title"] == "Per call"
    assert headers["X-OpenRouter-Categories"] == "cli-agent"


@pytest.mark.parametrize("variant", VARIANTS)
def test_extra_headers_and_default_headers(variant: str) -> None:
    """``default_headers`` go with every call and per-call ``extra_headers`` are added to them."""
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/guardrails/g1").mock(
            return_value=httpx.Response(200, json={"data": GUARDRAIL})
        )
        call(
            variant,
            "get",
            {"id": "g1", "extra_headers": {"X-Trace": "t-1"}},
            default_headers={"X-Team": "core"},
        )
    headers = route.calls.last.request.headers
    assert headers["X-Team"] == "core"
    assert headers["X-Trace"] == "t-1"


def test_async_client_has_no_sync_methods_returning_values() -> None:
    """On the async client every operation is a coroutine function (the plain names included)."""
    client = make_async_client()
    for case in CASES:
        assert asyncio.iscoroutinefunction(getattr(client.guardrails, case.name))
        assert asyncio.iscoroutinefunction(getattr(client.guardrails, f"{case.name}_async"))


def test_guardrails_resource_is_cached() -> None:
    """``client.guardrails`` is one object per client, not rebuilt on every access."""
    client = make_client()
    assert client.guardrails is client.guardrails
    async_client = make_async_client()
    assert async_client.guardrails is async_client.guardrails


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_operation_table(case: Case) -> None:
    """Each operation knows its generated request model (if it has a body) and response model."""
    operation = OPERATIONS[case.name]
    assert operation.response_model is getattr(models, case.response_model)
    if case.body is None:
        assert operation.body_model is None
    else:
        assert operation.body_model.__name__.endswith("Request")
    assert operation.paginated is case.paginated
