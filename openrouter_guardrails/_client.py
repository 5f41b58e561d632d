"""The clients: ``OpenRouterGuardrails`` (alias ``OpenRouter``) and its async twin."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from openrouter_guardrails._base_client import BaseClient
from openrouter_guardrails._resources import AsyncGuardrails, Guardrails

__all__ = ["AsyncOpenRouterGuardrails", "OpenRouterGuardrails"]


class OpenRouterGuardrails(BaseClient):
    """The client of OpenRouter's Guardrails management API.

    ``client.guardrails.<operation>(...)`` for the 13 operations (and ``*_async`` variants).
    Use it as a context manager, or call ``close()`` (``aclose()`` after async calls).

    Arguments: ``api_key`` (else ``OPENROUTER_API_KEY``), ``server_url`` or ``base_url``
    (else ``OPENROUTER_BASE_URL``, else ``https://openrouter.ai/api/v1``), the app headers
    ``http_referer``, ``x_open_router_title`` and ``x_open_router_categories``, ``timeout``
    (seconds or ``httpx.Timeout``; default 30 s, 5 s to connect), ``retry_config``
    (a ``RetryConfig``, or ``"none"``), ``client`` / ``async_client`` (your own httpx clients,
    which you close), ``default_headers``, ``allow_insecure_http`` (send the key over plain
    http to a host other than this machine) and ``clock`` (a virtual clock, for tests).
    """

    @property
    def guardrails(self) -> Guardrails:
        """The Guardrails operations."""
        resource = self.__dict__.get("_guardrails")
        if resource is None:
            resource = self.__dict__["_guardrails"] = Guardrails(self)
        return resource

    def close(self) -> None:
        """Close the HTTP connections this client opened (not a client you gave it)."""
        if self._owns_client and self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Close every HTTP connection this client opened, sync and async."""
        self.close()
        await self._aclose_async_http()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class AsyncOpenRouterGuardrails(BaseClient):
    """The async client: ``await client.guardrails.<operation>(...)``.

    Takes the same arguments as ``OpenRouterGuardrails``. Use ``async with``, or call
    ``await client.aclose()``.
    """

    @property
    def guardrails(self) -> AsyncGuardrails:
        """The Guardrails operations, as coroutines."""
        resource = self.__dict__.get("_guardrails")
        if resource is None:
            resource = self.__dict__["_guardrails"] = AsyncGuardrails(self)
        return resource

    async def aclose(self) -> None:
        """Close the HTTP connections this client opened (not a client you gave it)."""
        await self._aclose_async_http()
        if self._owns_client and self._client is not None:
            self._client.close()
            self._client = None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
