"""pytest fixtures for the fake Guardrails API.

Enabled by the ``pytest11`` entry point of the package (or ``pytest_plugins =
["openrouter_guardrails.testing.pytest_plugin"]``). This module imports nothing of the
testing kit until a fixture is used, so merely having the package installed never breaks
pytest for a project without the ``testing`` extra.

Fixtures (each fresh per test):

- ``guardrails_clock``: a :class:`~openrouter_guardrails.testing.VirtualClock`.
- ``guardrails_fake``: a :class:`~openrouter_guardrails.testing.GuardrailsFake` on that clock.
- ``guardrails_transport``: a :class:`~openrouter_guardrails.testing.FakeTransport` serving it.
- ``guardrails_asgi_app``: a :class:`~openrouter_guardrails.testing.FakeASGIApp` serving it.
- ``guardrails_server``: a :class:`~openrouter_guardrails.testing.FakeServer` serving it on
  127.0.0.1 (a free port), stopped after the test.
- ``guardrails_client``: the public client (:class:`~openrouter_guardrails.OpenRouter`)
  wired to the fake in process, as its management key, on ``guardrails_clock`` (retries do
  not sleep); its ``*_async`` methods reach the same fake.
- ``guardrails_async_client``: the same for :class:`~openrouter_guardrails.AsyncOpenRouter`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from openrouter_guardrails import AsyncOpenRouter, OpenRouter
    from openrouter_guardrails.testing import (
        FakeASGIApp,
        FakeServer,
        FakeTransport,
        GuardrailsFake,
        VirtualClock,
    )

__all__ = [
    "guardrails_asgi_app",
    "guardrails_async_client",
    "guardrails_client",
    "guardrails_clock",
    "guardrails_fake",
    "guardrails_server",
    "guardrails_transport",
]


@pytest.fixture
def guardrails_clock() -> VirtualClock:
    """A virtual clock: the fake's latency and timestamps move only when told."""
    from openrouter_guardrails.testing import VirtualClock

    return VirtualClock()


@pytest.fixture
def guardrails_fake(guardrails_clock: VirtualClock) -> Iterator[GuardrailsFake]:
    """A fresh fake Guardrails API with the default keys, on ``guardrails_clock``."""
    from openrouter_guardrails.testing import GuardrailsFake

    with GuardrailsFake(clock=guardrails_clock) as fake:
        yield fake


@pytest.fixture
def guardrails_transport(guardrails_fake: GuardrailsFake) -> FakeTransport:
    """An httpx transport serving ``guardrails_fake`` to sync and async clients."""
    from openrouter_guardrails.testing import FakeTransport

    return FakeTransport(guardrails_fake)


@pytest.fixture
def guardrails_asgi_app(guardrails_fake: GuardrailsFake) -> FakeASGIApp:
    """An ASGI application serving ``guardrails_fake``."""
    from openrouter_guardrails.testing import FakeASGIApp

    return FakeASGIApp(guardrails_fake)


@pytest.fixture
def guardrails_server(guardrails_fake: GuardrailsFake) -> Iterator[FakeServer]:
    """``guardrails_fake`` over real HTTP on 127.0.0.1 (a free port), stopped afterwards."""
    from openrouter_guardrails.testing import FakeServer

    with FakeServer(guardrails_fake, host="127.0.0.1", port=0) as server:
        yield server


#: Where the clients of the fixtures send their requests: never a real host, since the
#: transport answers everything in process.
_FAKE_ORIGIN = "https://openrouter.test"


@pytest.fixture
def guardrails_client(
    guardrails_transport: FakeTransport, guardrails_clock: VirtualClock
) -> Iterator[OpenRouter]:
    """``OpenRouter`` on ``guardrails_fake`` in process, as its default management key, on
    ``guardrails_clock`` (retries wait without sleeping), with strict response checks (a
    response that breaks the contract raises ``ResponseValidationError``); closed
    afterwards."""
    import httpx

    from openrouter_guardrails import OpenRouter
    from openrouter_guardrails.testing import DEFAULT_MANAGEMENT_KEY

    http = httpx.Client(transport=guardrails_transport)
    ahttp = httpx.AsyncClient(transport=guardrails_transport)
    with OpenRouter(
        api_key=DEFAULT_MANAGEMENT_KEY,
        server_url=_FAKE_ORIGIN + guardrails_transport.fake.base_path,
        client=http,
        async_client=ahttp,
        clock=guardrails_clock,
        strict_responses=True,
    ) as client:
        yield client
    http.close()
    asyncio.run(ahttp.aclose())


@pytest.fixture
def guardrails_async_client(
    guardrails_transport: FakeTransport, guardrails_clock: VirtualClock
) -> Iterator[AsyncOpenRouter]:
    """``AsyncOpenRouter`` on ``guardrails_fake`` in process, as its default management key,
    on ``guardrails_clock``, with strict response checks; its connections are closed after
    the test."""
    import httpx

    from openrouter_guardrails import AsyncOpenRouter
    from openrouter_guardrails.testing import DEFAULT_MANAGEMENT_KEY

    ahttp = httpx.AsyncClient(transport=guardrails_transport)
    client = AsyncOpenRouter(
        api_key=DEFAULT_MANAGEMENT_KEY,
        server_url=_FAKE_ORIGIN + guardrails_transport.fake.base_path,
        async_client=ahttp,
        clock=guardrails_clock,
        strict_responses=True,
    )
    yield client
    asyncio.run(ahttp.aclose())
