"""The clients: ``OpenRouterGuardrails`` (alias ``OpenRouter``) and its async twin."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Self

from openrouter_guardrails._base_client import BaseClient

if TYPE_CHECKING:
    from typing import Unpack

    import httpx
    from openrouter_guardrails_api.sdk import AsyncGuardrails, ClientHeaders, Guardrails

    from openrouter_guardrails._clock import Clock
    from openrouter_guardrails._logging import DebugLogger
    from openrouter_guardrails._retry import RetryConfig

__all__ = ["AsyncOpenRouterGuardrails", "OpenRouterGuardrails"]


class _Client(BaseClient):
    """The runtime's client, given the contract's header parameters (the generated
    ``CLIENT_HEADERS``), and its constructor typed with them."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            api_key: str | None = None,
            server_url: str | None = None,
            base_url: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            retry_config: RetryConfig | str | None = None,
            client: httpx.Client | None = None,
            async_client: httpx.AsyncClient | None = None,
            default_headers: Mapping[str, str] | None = None,
            allow_insecure_http: bool = False,
            clock: Clock | None = None,
            timeout_ms: int | None = None,
            debug_logger: DebugLogger | None = None,
            max_response_bytes: int | None = None,
            strict_responses: bool = False,
            **app_headers: Unpack[ClientHeaders],
        ) -> None: ...

    @classmethod
    def _client_headers(cls) -> Mapping[str, str]:
        from openrouter_guardrails_api.sdk import CLIENT_HEADERS

        return CLIENT_HEADERS


class OpenRouterGuardrails(_Client):
    """The client of OpenRouter's Guardrails management API.

    ``client.guardrails.<operation>(...)`` for the 13 operations (and ``*_async`` variants).
    Use it as a context manager, or call ``close()`` (``aclose()`` after async calls).

    Arguments: ``api_key`` (else ``OPENROUTER_API_KEY``), ``server_url`` or ``base_url``
    (else ``OPENROUTER_BASE_URL``, else ``https://openrouter.ai/api/v1``), the app headers
    ``http_referer``, ``x_open_router_title`` and ``x_open_router_categories``, ``timeout``
    (seconds or ``httpx.Timeout``: a deadline for each attempt as a whole, connect, send and
    every read; default 30 s, 5 s to connect) or ``timeout_ms`` (the same in milliseconds),
    ``retry_config`` (a ``RetryConfig``, or ``"none"``), ``client`` / ``async_client`` (your
    own httpx clients, which you close), ``default_headers``, ``max_response_bytes`` (the
    most a body may hold once decoded; default 32 MiB), ``debug_logger`` (anything with a
    ``debug`` method, given the package logger's lines), ``allow_insecure_http`` (send the
    key over plain http to a host other than this machine), ``strict_responses`` (raise
    ``ResponseValidationError`` for a response that breaks the contract, instead of returning
    it with its ``contract_violations`` and a ``ContractViolationWarning``) and ``clock`` (a
    virtual clock, for tests).
    """

    @functools.cached_property
    def guardrails(self) -> Guardrails:
        """The Guardrails operations."""
        from openrouter_guardrails_api.sdk import Guardrails

        return Guardrails(self)

    def close(self) -> None:
        """Close the HTTP connections this client opened (not a client you gave it)."""
        self._close_http()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncOpenRouterGuardrails(_Client):
    """The async client: ``await client.guardrails.<operation>(...)``.

    Takes the same arguments as ``OpenRouterGuardrails``. Use ``async with``, or call
    ``await client.aclose()``.
    """

    @functools.cached_property
    def guardrails(self) -> AsyncGuardrails:
        """The Guardrails operations, as coroutines."""
        from openrouter_guardrails_api.sdk import AsyncGuardrails

        return AsyncGuardrails(self)
