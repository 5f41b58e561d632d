"""Fixtures for the testing kit's own tests: clients over the fake that check every answer
against the contract."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from importlib.metadata import entry_points
from typing import Any

import httpx
import pytest

from openrouter_guardrails.testing import (
    DEFAULT_MANAGEMENT_KEY,
    Contract,
    FakeTransport,
    GuardrailsFake,
)

_PLUGIN = "openrouter_guardrails.testing.pytest_plugin"
# Once the package's pytest11 entry point loads the plugin, loading it again by module name
# would register it twice.
_autoloaded = os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD") is None and any(
    ep.value == _PLUGIN for ep in entry_points(group="pytest11")
)
pytest_plugins = [] if _autoloaded else [_PLUGIN]

BASE_URL = "https://openrouter.test/api/v1"
AUTH = {"Authorization": f"Bearer {DEFAULT_MANAGEMENT_KEY}"}


def contract_problems(contract: Contract, base_path: str, response: httpx.Response) -> list[str]:
    """Why ``response`` breaks the contract (empty when it keeps it)."""
    request = response.request
    path = request.url.path
    relative = path[len(base_path) :] if path.startswith(base_path) else None
    match = contract.match(request.method, relative) if relative is not None else None
    try:
        body = response.json()
    except ValueError:
        return [f"{request.method} {path}: body is not JSON: {response.text[:80]!r}"]
    if match is None or match.operation is None:
        # Unknown routes and methods still answer with the API's error envelope.
        problems = contract.errors(contract.ref("ErrorResponse"), body)
    else:
        problems = contract.response_errors(
            match.operation.operation_id, response.status_code, body
        )
    if (
        response.status_code >= 400
        and not problems
        and body["error"]["code"] != response.status_code
    ):
        problems.append(f"error.code {body['error']['code']} != status {response.status_code}")
    return [f"{request.method} {path} -> {response.status_code}: {p}" for p in problems]


@pytest.fixture
def contract() -> Contract:
    """The contract shipped in the generated package."""
    return Contract.load()


@pytest.fixture
def check_response(contract: Contract) -> Callable[[httpx.Response, str], None]:
    """Assert that a (read) response keeps the contract, for a fake on ``base_path``."""

    def check(response: httpx.Response, base_path: str = "/api/v1") -> None:
        problems = contract_problems(contract, base_path, response)
        assert not problems, problems

    return check


@pytest.fixture
def client_factory(contract: Contract) -> Iterator[Callable[..., httpx.Client]]:
    """Make a sync client as a management key that checks every answer against the contract;
    closed after the test."""
    made: list[httpx.Client] = []

    def make(
        transport: httpx.BaseTransport | None = None,
        base_url: str = BASE_URL,
        base_path: str = "/api/v1",
    ) -> httpx.Client:
        def check(response: httpx.Response) -> None:
            response.read()
            problems = contract_problems(contract, base_path, response)
            assert not problems, problems

        http = httpx.Client(
            transport=transport,
            base_url=base_url,
            headers=AUTH,
            event_hooks={"response": [check]},
        )
        made.append(http)
        return http

    yield make
    for http in made:
        http.close()


@pytest.fixture
def client(
    guardrails_transport: FakeTransport, client_factory: Callable[..., httpx.Client]
) -> httpx.Client:
    """A sync client over the transport, as a management key, checking every answer."""
    return client_factory(guardrails_transport, base_path=guardrails_transport.fake.base_path)


@pytest.fixture
def raw_client(guardrails_transport: FakeTransport) -> Iterator[httpx.Client]:
    """A sync client over the transport with no key and no checks (for faults)."""
    with httpx.Client(transport=guardrails_transport, base_url=BASE_URL) as http:
        yield http


@pytest.fixture
def async_client_factory(
    contract: Contract,
) -> Callable[..., httpx.AsyncClient]:
    """Make an async client as a management key that checks every answer."""

    def make(
        transport: Any, base_url: str = BASE_URL, base_path: str = "/api/v1"
    ) -> httpx.AsyncClient:
        async def check(response: httpx.Response) -> None:
            await response.aread()
            problems = contract_problems(contract, base_path, response)
            assert not problems, problems

        return httpx.AsyncClient(
            transport=transport,
            base_url=base_url,
            headers=AUTH,
            event_hooks={"response": [check]},
        )

    return make


@pytest.fixture
def fake(guardrails_fake: GuardrailsFake) -> GuardrailsFake:
    """Shorter name for the plugin's fresh fake."""
    return guardrails_fake
