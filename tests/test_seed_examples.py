"""The 13 "Example Usage" blocks of the official SDK's reference page run unchanged against this
package (only the import line differs), each sending the request its operation names."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx
from client_support import BASE_URL, KEY_ASSIGNMENT, operation_of, realistic_response
from seed_examples import EXAMPLES, IMPORT, ORIGINAL_IMPORT

SEED_KEY = "sk-or-v1-seed-example-key"


def _run(name: str, source: str) -> None:
    code = compile(source, f"<seed example: {name}>", "exec")
    exec(code, {"__name__": "__main__"})


def test_thirteen_examples_only_the_import_changed() -> None:
    """There is one example per operation, and each differs from the page only by its import."""
    assert len(EXAMPLES) == 13
    for name, source in EXAMPLES.items():
        first, rest = source.split("\n", 1)
        assert first == IMPORT
        assert "openrouter_guardrails" not in rest
        assert f"open_router.guardrails.{name}(" in rest
        original = source.replace(IMPORT, ORIGINAL_IMPORT, 1)
        assert original.splitlines()[0] == "from openrouter import OpenRouter"


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_example_runs_unchanged(
    name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The example runs to its end, sending only its operation with its key and app headers."""
    monkeypatch.setenv("OPENROUTER_API_KEY", SEED_KEY)
    monkeypatch.delenv("OPENROUTER_BASE_URL", raising=False)
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        route = router.route().mock(side_effect=realistic_response)
        _run(name, EXAMPLES[name])
    assert route.call_count >= 1
    for call in route.calls:
        request = call.request
        assert operation_of(request) == name
        assert request.headers["Authorization"] == f"Bearer {SEED_KEY}"
        assert request.headers["HTTP-Referer"] == "<value>"
        assert request.headers["X-OpenRouter-Title"] == "<value>"
        assert request.headers["X-OpenRouter-Categories"] == "<value>"
    printed = capsys.readouterr().out
    if "print(res)" in EXAMPLES[name]:
        assert "additional_properties" in printed
    else:
        assert printed == ""


def test_create_example_sends_the_documented_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """The create example's arguments go out as the page shows them (``None`` as null)."""
    monkeypatch.setenv("OPENROUTER_API_KEY", SEED_KEY)
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        route = router.route().mock(side_effect=realistic_response)
        _run("create", EXAMPLES["create"])
    assert json.loads(route.calls.last.request.content) == {
        "name": "My New Guardrail",
        "allowed_models": None,
        "allowed_providers": ["openai", "anthropic", "deepseek"],
        "description": "A guardrail for limiting API usage",
        "enforce_zdr_anthropic": True,
        "enforce_zdr_google": False,
        "enforce_zdr_openai": True,
        "enforce_zdr_other": False,
        "ignored_models": None,
        "ignored_providers": None,
        "limit_usd": 50,
        "reset_interval": "monthly",
    }


def test_update_example_sends_the_documented_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """The update example sends exactly its four fields to the guardrail's path."""
    monkeypatch.setenv("OPENROUTER_API_KEY", SEED_KEY)
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        route = router.route().mock(side_effect=realistic_response)
        _run("update", EXAMPLES["update"])
    request = route.calls.last.request
    assert request.url.path == "/api/v1/guardrails/550e8400-e29b-41d4-a716-446655440000"
    assert json.loads(request.content) == {
        "description": "Updated description",
        "limit_usd": 75,
        "name": "Updated Guardrail Name",
        "reset_interval": "weekly",
    }


def test_list_example_loop_walks_every_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """The examples' ``while res is not None: res = res.next()`` loop visits each page once."""
    monkeypatch.setenv("OPENROUTER_API_KEY", SEED_KEY)
    items = [{**KEY_ASSIGNMENT, "id": f"k{n}"} for n in range(120)]

    def serve(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        body: dict[str, Any] = {"data": items[offset : offset + 50], "total_count": len(items)}
        return httpx.Response(200, json=body)

    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/guardrails/assignments/keys").mock(side_effect=serve)
        _run("list_key_assignments", EXAMPLES["list_key_assignments"])
    offsets = [c.request.url.params.get("offset", "0") for c in route.calls]
    assert offsets == ["0", "50", "100"]
