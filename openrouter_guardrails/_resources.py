"""What every generated resource method calls: it hands over the operation's record and the
arguments it was given, and this module sorts them (path, query, headers, body, per-call
options), prepares the call, sends it and wraps a listing in a page.

The methods themselves (``client.guardrails.list``, ``create``, ...) and their typed keyword
arguments are written from the contract by the build step (``openrouter_guardrails_api.sdk``);
nothing here names an operation, a parameter or a field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from openrouter_guardrails._pagination import AsyncPage, Page
from openrouter_guardrails._types import CALL_OPTIONS

if TYPE_CHECKING:
    from openrouter_guardrails._base_client import BaseClient, Call
    from openrouter_guardrails._operations import Operation

__all__ = ["Resource"]


class Resource:
    """The base of the generated resource classes: preparation shared by sync and async."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def _prepare(
        self, operation: Operation, required: Mapping[str, Any], arguments: Mapping[str, Any]
    ) -> tuple[Call, int]:
        """The prepared call, and the offset its page starts at (0 for other operations)."""
        params: dict[str, Any] = {}
        body: dict[str, Any] | None = {} if operation.body_name is not None else None
        options: dict[str, Any] = {}
        for source in (required, arguments):
            for name, value in source.items():
                if name in CALL_OPTIONS or name in operation.header_params:
                    options[name] = value
                elif (
                    body is None or name in operation.path_params or name in operation.query_params
                ):
                    # Unknown names land here too, where the parameter check names them.
                    params[name] = value
                else:
                    body[name] = value
        call = self._client._prepare(operation, params=params, body=body, options=options)
        offset = params.get(operation.pagination.offset) if operation.pagination else None
        return call, offset or 0

    def _call(
        self, operation: Operation, required: Mapping[str, Any], arguments: Mapping[str, Any]
    ) -> Any:
        call, _ = self._prepare(operation, required, arguments)
        return self._client._send(call)

    async def _acall(
        self, operation: Operation, required: Mapping[str, Any], arguments: Mapping[str, Any]
    ) -> Any:
        call, _ = self._prepare(operation, required, arguments)
        return await self._client._asend(call)

    def _list(
        self, operation: Operation, required: Mapping[str, Any], arguments: Mapping[str, Any]
    ) -> Page[Any]:
        call, offset = self._prepare(operation, required, arguments)
        return self._page(call, offset, self._client._send(call))

    async def _alist(
        self, operation: Operation, required: Mapping[str, Any], arguments: Mapping[str, Any]
    ) -> AsyncPage[Any]:
        call, offset = self._prepare(operation, required, arguments)
        return self._apage(call, offset, await self._client._asend(call))

    # ---------------------------------------------------------------- pages

    def _page(self, call: Call, offset: int, result: Any) -> Page[Any]:
        def fetch(next_offset: int) -> Page[Any]:
            following = _advance(call, next_offset)
            return self._page(following, next_offset, self._client._send(following))

        data, total, identity = _contents(call, result)
        return Page(
            data=data,
            total_count=total,
            offset=offset,
            result=result,
            fetch=fetch,
            identity=identity,
        )

    def _apage(self, call: Call, offset: int, result: Any) -> AsyncPage[Any]:
        async def fetch(next_offset: int) -> AsyncPage[Any]:
            following = _advance(call, next_offset)
            return self._apage(following, next_offset, await self._client._asend(following))

        data, total, identity = _contents(call, result)
        return AsyncPage(
            data=data,
            total_count=total,
            offset=offset,
            result=result,
            fetch=fetch,
            identity=identity,
        )


def _contents(call: Call, result: Any) -> tuple[Any, Any, str | None]:
    """A page's items and total, from the fields the operation's pagination names, and the
    field that identifies an item."""
    pagination = call.operation.pagination
    assert pagination is not None  # only listings are paged
    items, total = getattr(result, pagination.results), getattr(result, pagination.total)
    return items, total, pagination.identity


def _advance(call: Call, offset: int) -> Call:
    """The same listing call, for the page that starts at ``offset``."""
    pagination = call.operation.pagination
    assert pagination is not None  # only listings are paged
    kwargs = dict(call.request_kwargs)
    kwargs["params"] = {**kwargs.get("params", {}), pagination.offset: offset}
    return replace(call, request_kwargs=kwargs)
