"""``client.guardrails``: the 13 operations, with the names and parameters of the official
SDK's reference. The sync resource also has the ``*_async`` variants, as the official SDK
does; on the async client the plain names are coroutines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

from openrouter_guardrails._operations import OPERATIONS
from openrouter_guardrails._pagination import AsyncPage, Page
from openrouter_guardrails._types import (
    CALL_OPTIONS,
    CallOptions,
    CreateFields,
    ListGuardrailsOptions,
    ListOptions,
    UpdateFields,
)

if TYPE_CHECKING:
    from openrouter_guardrails_api.models import (
        BulkAssignKeysResponse,
        BulkAssignMembersResponse,
        BulkUnassignKeysResponse,
        BulkUnassignMembersResponse,
        CreateGuardrailResponse,
        DeleteGuardrailResponse,
        GetGuardrailResponse,
        Guardrail,
        KeyAssignment,
        MemberAssignment,
        UpdateGuardrailResponse,
    )

    from openrouter_guardrails._base_client import BaseClient, Call

T = TypeVar("T")
_PAGE_PARAMS = ("offset", "limit", "workspace_id")


def _split(fields: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Separate a call's request fields from its per-call options."""
    if fields.keys().isdisjoint(CALL_OPTIONS):
        return fields, {}
    options = {k: v for k, v in fields.items() if k in CALL_OPTIONS}
    body = {k: v for k, v in fields.items() if k not in CALL_OPTIONS}
    return body, options


class _Operations:
    """Preparation of every call, shared by the sync and async resources."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def _simple(self, name: str, params: dict[str, Any], options: dict[str, Any]) -> Call:
        return self._client._prepare(OPERATIONS[name], params=params, options=options)

    def _listing(
        self, name: str, params: dict[str, Any], options: dict[str, Any]
    ) -> tuple[Call, int]:
        page_options = {k: v for k, v in options.items() if k in _PAGE_PARAMS}
        call_options = {k: v for k, v in options.items() if k not in _PAGE_PARAMS}
        merged = {**params, **page_options}
        call = self._client._prepare(OPERATIONS[name], params=merged, options=call_options)
        offset = merged.get("offset") or 0
        return call, offset

    def _with_body(
        self, name: str, params: dict[str, Any], fields: dict[str, Any], required: dict[str, Any]
    ) -> Call:
        body, options = _split(fields)
        return self._client._prepare(
            OPERATIONS[name], params=params, body={**required, **body}, options=options
        )

    # ---------------------------------------------------------------- pages

    def _page(self, call: Call, offset: int, result: Any) -> Page[Any]:
        def fetch(next_offset: int) -> Page[Any]:
            following = self._advance(call, next_offset)
            return self._page(following, next_offset, self._client._send(following))

        return Page(
            data=result.data,
            total_count=result.total_count,
            offset=offset,
            result=result,
            fetch=fetch,
        )

    def _apage(self, call: Call, offset: int, result: Any) -> AsyncPage[Any]:
        async def fetch(next_offset: int) -> AsyncPage[Any]:
            following = self._advance(call, next_offset)
            return self._apage(following, next_offset, await self._client._asend(following))

        return AsyncPage(
            data=result.data,
            total_count=result.total_count,
            offset=offset,
            result=result,
            fetch=fetch,
        )

    @staticmethod
    def _advance(call: Call, offset: int) -> Call:
        """The same listing call, for the page that starts at ``offset``."""
        kwargs = dict(call.request_kwargs)
        kwargs["params"] = {**kwargs.get("params", {}), "offset": offset}
        return replace(call, request_kwargs=kwargs)


class _AsyncOperations(_Operations):
    """The 13 operations as coroutines (``*_async`` on the sync client)."""

    async def list_async(self, **options: Unpack[ListGuardrailsOptions]) -> AsyncPage[Guardrail]:
        """List guardrails: a page, with ``await page.next()`` and ``async for`` over all."""
        call, offset = self._listing("list", {}, dict(options))
        return self._apage(call, offset, await self._client._asend(call))

    async def create_async(
        self, *, name: str, **fields: Unpack[CreateFields]
    ) -> CreateGuardrailResponse:
        """Create a guardrail."""
        call = self._with_body("create", {}, dict(fields), {"name": name})
        result: CreateGuardrailResponse = await self._client._asend(call)
        return result

    async def delete_async(
        self, *, id: str, **options: Unpack[CallOptions]
    ) -> DeleteGuardrailResponse:
        """Delete a guardrail (and its assignments)."""
        result: DeleteGuardrailResponse = await self._client._asend(
            self._simple("delete", {"id": id}, dict(options))
        )
        return result

    async def get_async(self, *, id: str, **options: Unpack[CallOptions]) -> GetGuardrailResponse:
        """Get one guardrail by id."""
        result: GetGuardrailResponse = await self._client._asend(
            self._simple("get", {"id": id}, dict(options))
        )
        return result

    async def update_async(
        self, *, id: str, **fields: Unpack[UpdateFields]
    ) -> UpdateGuardrailResponse:
        """Update a guardrail: only the fields given are sent; ``None`` sends ``null``."""
        call = self._with_body("update", {"id": id}, dict(fields), {})
        result: UpdateGuardrailResponse = await self._client._asend(call)
        return result

    async def list_guardrail_key_assignments_async(
        self, *, id: str, **options: Unpack[ListOptions]
    ) -> AsyncPage[KeyAssignment]:
        """List the API keys assigned to a guardrail."""
        call, offset = self._listing("list_guardrail_key_assignments", {"id": id}, dict(options))
        return self._apage(call, offset, await self._client._asend(call))

    async def bulk_assign_keys_async(
        self, *, id: str, key_hashes: Sequence[str], **options: Unpack[CallOptions]
    ) -> BulkAssignKeysResponse:
        """Assign API keys (by hash) to a guardrail."""
        call = self._with_body(
            "bulk_assign_keys", {"id": id}, dict(options), {"key_hashes": key_hashes}
        )
        result: BulkAssignKeysResponse = await self._client._asend(call)
        return result

    async def bulk_unassign_keys_async(
        self, *, id: str, key_hashes: Sequence[str], **options: Unpack[CallOptions]
    ) -> BulkUnassignKeysResponse:
        """Unassign API keys (by hash) from a guardrail."""
        call = self._with_body(
            "bulk_unassign_keys", {"id": id}, dict(options), {"key_hashes": key_hashes}
        )
        result: BulkUnassignKeysResponse = await self._client._asend(call)
        return result

    async def list_guardrail_member_assignments_async(
        self, *, id: str, **options: Unpack[ListOptions]
    ) -> AsyncPage[MemberAssignment]:
        """List the organization members assigned to a guardrail."""
        call, offset = self._listing("list_guardrail_member_assignments", {"id": id}, dict(options))
        return self._apage(call, offset, await self._client._asend(call))

    async def bulk_assign_members_async(
        self, *, id: str, member_user_ids: Sequence[str], **options: Unpack[CallOptions]
    ) -> BulkAssignMembersResponse:
        """Assign organization members (by user id) to a guardrail."""
        call = self._with_body(
            "bulk_assign_members", {"id": id}, dict(options), {"member_user_ids": member_user_ids}
        )
        result: BulkAssignMembersResponse = await self._client._asend(call)
        return result

    async def bulk_unassign_members_async(
        self, *, id: str, member_user_ids: Sequence[str], **options: Unpack[CallOptions]
    ) -> BulkUnassignMembersResponse:
        """Unassign organization members (by user id) from a guardrail."""
        call = self._with_body(
            "bulk_unassign_members", {"id": id}, dict(options), {"member_user_ids": member_user_ids}
        )
        result: BulkUnassignMembersResponse = await self._client._asend(call)
        return result

    async def list_key_assignments_async(
        self, **options: Unpack[ListOptions]
    ) -> AsyncPage[KeyAssignment]:
        """List every key assignment of every guardrail."""
        call, offset = self._listing("list_key_assignments", {}, dict(options))
        return self._apage(call, offset, await self._client._asend(call))

    async def list_member_assignments_async(
        self, **options: Unpack[ListOptions]
    ) -> AsyncPage[MemberAssignment]:
        """List every member assignment of every guardrail."""
        call, offset = self._listing("list_member_assignments", {}, dict(options))
        return self._apage(call, offset, await self._client._asend(call))


class Guardrails(_AsyncOperations):
    """The Guardrails operations of the sync client (``*_async`` variants included)."""

    def list(self, **options: Unpack[ListGuardrailsOptions]) -> Page[Guardrail]:
        """List guardrails: a page, with ``.next()`` and iteration over every item."""
        call, offset = self._listing("list", {}, dict(options))
        return self._page(call, offset, self._client._send(call))

    def create(self, *, name: str, **fields: Unpack[CreateFields]) -> CreateGuardrailResponse:
        """Create a guardrail."""
        result: CreateGuardrailResponse = self._client._send(
            self._with_body("create", {}, dict(fields), {"name": name})
        )
        return result

    def delete(self, *, id: str, **options: Unpack[CallOptions]) -> DeleteGuardrailResponse:
        """Delete a guardrail (and its assignments)."""
        result: DeleteGuardrailResponse = self._client._send(
            self._simple("delete", {"id": id}, dict(options))
        )
        return result

    def get(self, *, id: str, **options: Unpack[CallOptions]) -> GetGuardrailResponse:
        """Get one guardrail by id."""
        result: GetGuardrailResponse = self._client._send(
            self._simple("get", {"id": id}, dict(options))
        )
        return result

    def update(self, *, id: str, **fields: Unpack[UpdateFields]) -> UpdateGuardrailResponse:
        """Update a guardrail: only the fields given are sent; ``None`` sends ``null``."""
        result: UpdateGuardrailResponse = self._client._send(
            self._with_body("update", {"id": id}, dict(fields), {})
        )
        return result

    def list_guardrail_key_assignments(
        self, *, id: str, **options: Unpack[ListOptions]
    ) -> Page[KeyAssignment]:
        """List the API keys assigned to a guardrail."""
        call, offset = self._listing("list_guardrail_key_assignments", {"id": id}, dict(options))
        return self._page(call, offset, self._client._send(call))

    def bulk_assign_keys(
        self, *, id: str, key_hashes: Sequence[str], **options: Unpack[CallOptions]
    ) -> BulkAssignKeysResponse:
        """Assign API keys (by hash) to a guardrail."""
        result: BulkAssignKeysResponse = self._client._send(
            self._with_body(
                "bulk_assign_keys", {"id": id}, dict(options), {"key_hashes": key_hashes}
            )
        )
        return result

    def bulk_unassign_keys(
        self, *, id: str, key_hashes: Sequence[str], **options: Unpack[CallOptions]
    ) -> BulkUnassignKeysResponse:
        """Unassign API keys (by hash) from a guardrail."""
        result: BulkUnassignKeysResponse = self._client._send(
            self._with_body(
                "bulk_unassign_keys", {"id": id}, dict(options), {"key_hashes": key_hashes}
            )
        )
        return result

    def list_guardrail_member_assignments(
        self, *, id: str, **options: Unpack[ListOptions]
    ) -> Page[MemberAssignment]:
        """List the organization members assigned to a guardrail."""
        call, offset = self._listing("list_guardrail_member_assignments", {"id": id}, dict(options))
        return self._page(call, offset, self._client._send(call))

    def bulk_assign_members(
        self, *, id: str, member_user_ids: Sequence[str], **options: Unpack[CallOptions]
    ) -> BulkAssignMembersResponse:
        """Assign organization members (by user id) to a guardrail."""
        result: BulkAssignMembersResponse = self._client._send(
            self._with_body(
                "bulk_assign_members",
                {"id": id},
                dict(options),
                {"member_user_ids": member_user_ids},
            )
        )
        return result

    def bulk_unassign_members(
        self, *, id: str, member_user_ids: Sequence[str], **options: Unpack[CallOptions]
    ) -> BulkUnassignMembersResponse:
        """Unassign organization members (by user id) from a guardrail."""
        result: BulkUnassignMembersResponse = self._client._send(
            self._with_body(
                "bulk_unassign_members",
                {"id": id},
                dict(options),
                {"member_user_ids": member_user_ids},
            )
        )
        return result

    def list_key_assignments(self, **options: Unpack[ListOptions]) -> Page[KeyAssignment]:
        """List every key assignment of every guardrail."""
        call, offset = self._listing("list_key_assignments", {}, dict(options))
        return self._page(call, offset, self._client._send(call))

    def list_member_assignments(self, **options: Unpack[ListOptions]) -> Page[MemberAssignment]:
        """List every member assignment of every guardrail."""
        call, offset = self._listing("list_member_assignments", {}, dict(options))
        return self._page(call, offset, self._client._send(call))


class AsyncGuardrails(_AsyncOperations):
    """The Guardrails operations of the async client: every method is a coroutine."""

    list = _AsyncOperations.list_async
    create = _AsyncOperations.create_async
    delete = _AsyncOperations.delete_async
    get = _AsyncOperations.get_async
    update = _AsyncOperations.update_async
    list_guardrail_key_assignments = _AsyncOperations.list_guardrail_key_assignments_async
    bulk_assign_keys = _AsyncOperations.bulk_assign_keys_async
    bulk_unassign_keys = _AsyncOperations.bulk_unassign_keys_async
    list_guardrail_member_assignments = _AsyncOperations.list_guardrail_member_assignments_async
    bulk_assign_members = _AsyncOperations.bulk_assign_members_async
    bulk_unassign_members = _AsyncOperations.bulk_unassign_members_async
    list_key_assignments = _AsyncOperations.list_key_assignments_async
    list_member_assignments = _AsyncOperations.list_member_assignments_async
