"""The operations of the contract, as the SDK calls them: written by ``python -m generator``
from ``openapi/guardrails.yaml``; do not edit.

``OPERATIONS`` is the operation table (SDK name, method and path, where each argument goes,
the response model, how a listing pages, whether a failed attempt may be repeated, and a
loader of what the build step wrote for it: its endpoint function, models and checks); the
``*Arguments`` TypedDicts are the keyword arguments of each operation (what IDEs and type
checkers see); the resource classes are the sync and async methods, which only hand their
arguments to the handwritten layer. This package depends on the handwritten runtime; the
runtime knows it only through these records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from openrouter_guardrails._frames import register_package
from openrouter_guardrails._operations import Compiled, Operation, Pagination
from openrouter_guardrails._resources import Resource
from openrouter_guardrails._retry import RetryKind
from openrouter_guardrails._types import CallOptions

if TYPE_CHECKING:
    from openrouter_guardrails._pagination import AsyncPage, Page

    from openrouter_guardrails_api.models import (
        BulkAssignKeysResponse,
        BulkAssignMembersResponse,
        BulkUnassignKeysResponse,
        BulkUnassignMembersResponse,
        ContentFilterBuiltinEntryInput,
        ContentFilterEntry,
        CreateGuardrailResponse,
        DeleteGuardrailResponse,
        GetGuardrailResponse,
        Guardrail,
        GuardrailInterval,
        KeyAssignment,
        MemberAssignment,
        UpdateGuardrailResponse,
    )

__all__ = [
    "CLIENT_HEADERS",
    "ClientHeaders",
    "FALLBACKS",
    "OPERATIONS",
    "TIMESTAMPS",
    "OPEN_POINTS",
    "AsyncGuardrails",
    "Guardrails",
    "ListGuardrailsArguments",
    "CreateGuardrailArguments",
    "ListKeyAssignmentsArguments",
    "ListMemberAssignmentsArguments",
    "GetGuardrailArguments",
    "DeleteGuardrailArguments",
    "UpdateGuardrailArguments",
    "ListGuardrailKeyAssignmentsArguments",
    "BulkAssignKeysToGuardrailArguments",
    "BulkUnassignKeysFromGuardrailArguments",
    "ListGuardrailMemberAssignmentsArguments",
    "BulkAssignMembersToGuardrailArguments",
    "BulkUnassignMembersFromGuardrailArguments",
]

#: The header parameters every operation takes (the client's constructor sets them once):
#: argument name -> header name.
CLIENT_HEADERS: Mapping[str, str] = {
    "http_referer": "HTTP-Referer",
    "x_open_router_title": "X-OpenRouter-Title",
    "x_open_router_categories": "X-OpenRouter-Categories",
}


class ClientHeaders(TypedDict, total=False):
    """The headers the client sends with every call (each call may override them)."""

    http_referer: str | None
    """The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application."""
    x_open_router_title: str | None
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    x_open_router_categories: str | None
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings."""


#: Deprecated request fields whose value the server copies into each of the named fields
#: that a request leaves out (``x-fills-unset``).
FALLBACKS: Mapping[str, tuple[str, ...]] = {
    "enforce_zdr": (
        "enforce_zdr_anthropic",
        "enforce_zdr_google",
        "enforce_zdr_openai",
        "enforce_zdr_other",
        "enforce_zdr_xai",
    ),
}

#: The role of each timestamp, by schema (``x-timestamp``, written at curation from the
#: contract's prose): ``created`` is set once, ``updated`` by every update.
TIMESTAMPS: Mapping[str, Mapping[str, str]] = {
    "Guardrail": {
        "created_at": "created",
        "updated_at": "updated",
    },
    "KeyAssignment": {
        "created_at": "created",
    },
    "MemberAssignment": {
        "created_at": "created",
    },
}

#: Where the contract leaves an answer open, by schema and field: ``absent-or-null`` (an
#: optional field that may be null: left out or null say the same), ``kept-only-when`` (the
#: field applies only to entries that hold these values: on the others it may be kept or
#: dropped), ``any-allowed-value`` (the contract does not fix it: any value its schema allows).
OPEN_POINTS: Mapping[str, Mapping[str, Mapping[str, Any]]] = {
    "ContentFilterBuiltinEntry": {
        "scan_scope": {"kept-only-when": {"slug": "regex-prompt-injection"}}
    },
    "ContentFilterEntry": {"label": {"absent-or-null": True}},
    "ErrorDetail": {"metadata": {"absent-or-null": True}},
    "ErrorResponse": {
        "openrouter_metadata": {"absent-or-null": True},
        "user_id": {"absent-or-null": True},
    },
    "Guardrail": {
        "allowed_models": {"absent-or-null": True},
        "allowed_providers": {"absent-or-null": True},
        "content_filter_builtins": {"absent-or-null": True},
        "content_filters": {"absent-or-null": True},
        "description": {"absent-or-null": True},
        "enable_free_model_publication": {"absent-or-null": True},
        "enable_free_model_training": {"absent-or-null": True},
        "enable_paid_model_training": {"absent-or-null": True},
        "enforce_zdr": {"absent-or-null": True, "any-allowed-value": True},
        "enforce_zdr_anthropic": {"absent-or-null": True},
        "enforce_zdr_google": {"absent-or-null": True},
        "enforce_zdr_openai": {"absent-or-null": True},
        "enforce_zdr_other": {"absent-or-null": True},
        "enforce_zdr_xai": {"absent-or-null": True},
        "ignored_models": {"absent-or-null": True},
        "ignored_providers": {"absent-or-null": True},
        "limit_usd": {"absent-or-null": True},
        "reset_interval": {"absent-or-null": True},
        "updated_at": {"absent-or-null": True},
    },
}

# A warning issued while a generated method runs points at its caller, not here.
register_package(__file__)


def _load_list() -> Compiled:
    from .api.guardrails import list_guardrails as endpoint
    from .checks import OPERATIONS as CHECKS
    from .models import ErrorResponse, ListGuardrailsResponse

    return Compiled(
        build_request=endpoint._get_kwargs,
        response_model=ListGuardrailsResponse,
        body_model=None,
        error_model=ErrorResponse,
        checks=CHECKS["listGuardrails"],
        done=None,
    )


def _load_create() -> Compiled:
    from .api.guardrails import create_guardrail as endpoint
    from .checks import OPERATIONS as CHECKS
    from .models import CreateGuardrailRequest, CreateGuardrailResponse, ErrorResponse

    return Compiled(
        build_request=endpoint._get_kwargs,
        response_model=CreateGuardrailResponse,
        body_model=CreateGuardrailRequest,
        error_model=ErrorResponse,
        checks=CHECKS["createGuardrail"],
        done=None,
    )


def _load_list_key_assignments() -> Compiled:
    from .api.guardrails import list_key_assignments as endpoint
    from .checks import OPERATIONS as CHECKS
    from .models import ErrorResponse, ListKeyAssignmentsResponse

    return Compiled(
        build_request=endpoint._get_kwargs,
        response_model=ListKeyAssignmentsResponse,
        body_model=None,
        error_model=ErrorResponse,
        checks=CHECKS["listKeyAssignments"],
        done=None,
    )


def _load_list_member_assignments() -> Compiled:
    from .api.guardrails import list_member_assignments as endpoint
    from .checks import OPERATIONS as CHECKS
    from .models import ErrorResponse, ListMemberAssignmentsResponse

    return Compiled(
        build_request=endpoint._get_kwargs,
        response_model=ListMemberAssignmentsResponse,
        body_model=None,
        error_model=ErrorResponse,
        checks=CHECKS["listMemberAssignments"],
        done=None,
    )


def _load_get() -> Compiled:
    from .api.guardrails import get_guardrail as endpoint
    from .checks import OPERATIONS as CHECKS
    from .models import ErrorResponse, GetGuardrailResponse

    return Compiled(
        build_request=endpoint._get_kwargs,
        response_model=GetGuardrailResponse,
        body_model=None,
        error_model=ErrorResponse,
        checks=CHECKS["getGuardrail"],
        done=None,
    )


def _load_delete() -> Compiled:
    from .api.guardrails import delete_guardrail as endpoint
    from .checks import OPERATIONS as CHECKS
    from .models import DeleteGuardrailResponse, ErrorResponse

    return Compiled(
        build_request=endpoint._get_kwargs,
        response_model=DeleteGuardrailResponse,
        body_model=None,
        error_model=ErrorResponse,
        checks=CHECKS["deleteGuardrail"],
        done={"deleted": True},
    )


def _load_update() -> Compiled:
    from .api.guardrails import update_guardrail as endpoint
    from .checks import OPERATIONS as CHECKS
    from .models import ErrorResponse, UpdateGuardrailRequest, UpdateGuardrailResponse

    return Compiled(
        build_request=endpoint._get_kwargs,
        response_model=UpdateGuardrailResponse,
        body_model=UpdateGuardrailRequest,
        error_model=ErrorResponse,
        checks=CHECKS["updateGuardrail"],
        done=None,
    )


def _load_list_guardrail_key_assignments() -> Compiled:
    from .api.guardrails import list_guardrail_key_assignments as endpoint
    from .checks import OPERATIONS as CHECKS
    from .models import ErrorResponse, ListKeyAssignmentsResponse

    return Compiled(
        build_request=endpoint._get_kwargs,
        response_model=ListKeyAssignmentsResponse,
        body_model=None,
        error_model=ErrorResponse,
        checks=CHECKS["listGuardrailKeyAssignments"],
        done=None,
    )


def _load_bulk_assign_keys() -> Compiled:
    from .api.guardrails import bulk_assign_keys_to_guardrail as endpoint
    from .checks import OPERATIONS as CHECKS
    from .models import BulkAssignKeysRequest, BulkAssignKeysResponse, ErrorResponse

    return Compiled(
        build_request=endpoint._get_kwargs,
        response_model=BulkAssignKeysResponse,
        body_model=BulkAssignKeysRequest,
        error_model=ErrorResponse,
        checks=CHECKS["bulkAssignKeysToGuardrail"],
        done=None,
    )


def _load_bulk_unassign_keys() -> Compiled:
    from .api.guardrails import bulk_unassign_keys_from_guardrail as endpoint
    from .checks import OPERATIONS as CHECKS
    from .models import BulkUnassignKeysRequest, BulkUnassignKeysResponse, ErrorResponse

    return Compiled(
        build_request=endpoint._get_kwargs,
        response_model=BulkUnassignKeysResponse,
        body_model=BulkUnassignKeysRequest,
        error_model=ErrorResponse,
        checks=CHECKS["bulkUnassignKeysFromGuardrail"],
        done=None,
    )


def _load_list_guardrail_member_assignments() -> Compiled:
    from .api.guardrails import list_guardrail_member_assignments as endpoint
    from .checks import OPERATIONS as CHECKS
    from .models import ErrorResponse, ListMemberAssignmentsResponse

    return Compiled(
        build_request=endpoint._get_kwargs,
        response_model=ListMemberAssignmentsResponse,
        body_model=None,
        error_model=ErrorResponse,
        checks=CHECKS["listGuardrailMemberAssignments"],
        done=None,
    )


def _load_bulk_assign_members() -> Compiled:
    from .api.guardrails import bulk_assign_members_to_guardrail as endpoint
    from .checks import OPERATIONS as CHECKS
    from .models import BulkAssignMembersRequest, BulkAssignMembersResponse, ErrorResponse

    return Compiled(
        build_request=endpoint._get_kwargs,
        response_model=BulkAssignMembersResponse,
        body_model=BulkAssignMembersRequest,
        error_model=ErrorResponse,
        checks=CHECKS["bulkAssignMembersToGuardrail"],
        done=None,
    )


def _load_bulk_unassign_members() -> Compiled:
    from .api.guardrails import bulk_unassign_members_from_guardrail as endpoint
    from .checks import OPERATIONS as CHECKS
    from .models import BulkUnassignMembersRequest, BulkUnassignMembersResponse, ErrorResponse

    return Compiled(
        build_request=endpoint._get_kwargs,
        response_model=BulkUnassignMembersResponse,
        body_model=BulkUnassignMembersRequest,
        error_model=ErrorResponse,
        checks=CHECKS["bulkUnassignMembersFromGuardrail"],
        done=None,
    )


OPERATIONS: Mapping[str, Operation] = {
    "list": Operation(
        name="list",
        operation_id="listGuardrails",
        method="get",
        path="/guardrails",
        response_name="ListGuardrailsResponse",
        body_name=None,
        path_params=(),
        query_params=(
            "limit",
            "offset",
            "workspace_id",
        ),
        header_params={
            "http_referer": "HTTP-Referer",
            "x_open_router_title": "X-OpenRouter-Title",
            "x_open_router_categories": "X-OpenRouter-Categories",
        },
        body_fields=(),
        retry=RetryKind.IDEMPOTENT,
        pagination=Pagination(
            offset="offset",
            limit="limit",
            results="data",
            total="total_count",
            identity="id",
        ),
        fallbacks={},
        load=_load_list,
    ),
    "create": Operation(
        name="create",
        operation_id="createGuardrail",
        method="post",
        path="/guardrails",
        response_name="CreateGuardrailResponse",
        body_name="CreateGuardrailRequest",
        path_params=(),
        query_params=(),
        header_params={
            "http_referer": "HTTP-Referer",
            "x_open_router_title": "X-OpenRouter-Title",
            "x_open_router_categories": "X-OpenRouter-Categories",
        },
        body_fields=(
            "allowed_models",
            "allowed_providers",
            "content_filter_builtins",
            "content_filters",
            "description",
            "enable_free_model_publication",
            "enable_free_model_training",
            "enable_paid_model_training",
            "enforce_zdr",
            "enforce_zdr_anthropic",
            "enforce_zdr_google",
            "enforce_zdr_openai",
            "enforce_zdr_other",
            "enforce_zdr_xai",
            "ignored_models",
            "ignored_providers",
            "include_byok_in_budgets",
            "limit_usd",
            "name",
            "reset_interval",
            "workspace_id",
        ),
        retry=RetryKind.CREATE,
        fallbacks={
            "enforce_zdr": (
                "enforce_zdr_anthropic",
                "enforce_zdr_google",
                "enforce_zdr_openai",
                "enforce_zdr_other",
                "enforce_zdr_xai",
            ),
        },
        load=_load_create,
    ),
    "list_key_assignments": Operation(
        name="list_key_assignments",
        operation_id="listKeyAssignments",
        method="get",
        path="/guardrails/assignments/keys",
        response_name="ListKeyAssignmentsResponse",
        body_name=None,
        path_params=(),
        query_params=(
            "limit",
            "offset",
        ),
        header_params={
            "http_referer": "HTTP-Referer",
            "x_open_router_title": "X-OpenRouter-Title",
            "x_open_router_categories": "X-OpenRouter-Categories",
        },
        body_fields=(),
        retry=RetryKind.IDEMPOTENT,
        pagination=Pagination(
            offset="offset",
            limit="limit",
            results="data",
            total="total_count",
            identity="id",
        ),
        fallbacks={},
        load=_load_list_key_assignments,
    ),
    "list_member_assignments": Operation(
        name="list_member_assignments",
        operation_id="listMemberAssignments",
        method="get",
        path="/guardrails/assignments/members",
        response_name="ListMemberAssignmentsResponse",
        body_name=None,
        path_params=(),
        query_params=(
            "limit",
            "offset",
        ),
        header_params={
            "http_referer": "HTTP-Referer",
            "x_open_router_title": "X-OpenRouter-Title",
            "x_open_router_categories": "X-OpenRouter-Categories",
        },
        body_fields=(),
        retry=RetryKind.IDEMPOTENT,
        pagination=Pagination(
            offset="offset",
            limit="limit",
            results="data",
            total="total_count",
            identity="id",
        ),
        fallbacks={},
        load=_load_list_member_assignments,
    ),
    "get": Operation(
        name="get",
        operation_id="getGuardrail",
        method="get",
        path="/guardrails/{id}",
        response_name="GetGuardrailResponse",
        body_name=None,
        path_params=("id",),
        query_params=(),
        header_params={
            "http_referer": "HTTP-Referer",
            "x_open_router_title": "X-OpenRouter-Title",
            "x_open_router_categories": "X-OpenRouter-Categories",
        },
        body_fields=(),
        retry=RetryKind.IDEMPOTENT,
        fallbacks={},
        answers_for=("data", "id"),
        load=_load_get,
    ),
    "delete": Operation(
        name="delete",
        operation_id="deleteGuardrail",
        method="delete",
        path="/guardrails/{id}",
        response_name="DeleteGuardrailResponse",
        body_name=None,
        path_params=("id",),
        query_params=(),
        header_params={
            "http_referer": "HTTP-Referer",
            "x_open_router_title": "X-OpenRouter-Title",
            "x_open_router_categories": "X-OpenRouter-Categories",
        },
        body_fields=(),
        retry=RetryKind.IDEMPOTENT,
        fallbacks={},
        load=_load_delete,
    ),
    "update": Operation(
        name="update",
        operation_id="updateGuardrail",
        method="patch",
        path="/guardrails/{id}",
        response_name="UpdateGuardrailResponse",
        body_name="UpdateGuardrailRequest",
        path_params=("id",),
        query_params=(),
        header_params={
            "http_referer": "HTTP-Referer",
            "x_open_router_title": "X-OpenRouter-Title",
            "x_open_router_categories": "X-OpenRouter-Categories",
        },
        body_fields=(
            "allowed_models",
            "allowed_providers",
            "content_filter_builtins",
            "content_filters",
            "description",
            "enable_free_model_publication",
            "enable_free_model_training",
            "enable_paid_model_training",
            "enforce_zdr",
            "enforce_zdr_anthropic",
            "enforce_zdr_google",
            "enforce_zdr_openai",
            "enforce_zdr_other",
            "enforce_zdr_xai",
            "ignored_models",
            "ignored_providers",
            "include_byok_in_budgets",
            "limit_usd",
            "name",
            "reset_interval",
        ),
        retry=RetryKind.IDEMPOTENT,
        fallbacks={
            "enforce_zdr": (
                "enforce_zdr_anthropic",
                "enforce_zdr_google",
                "enforce_zdr_openai",
                "enforce_zdr_other",
                "enforce_zdr_xai",
            ),
        },
        answers_for=("data", "id"),
        load=_load_update,
    ),
    "list_guardrail_key_assignments": Operation(
        name="list_guardrail_key_assignments",
        operation_id="listGuardrailKeyAssignments",
        method="get",
        path="/guardrails/{id}/assignments/keys",
        response_name="ListKeyAssignmentsResponse",
        body_name=None,
        path_params=("id",),
        query_params=(
            "limit",
            "offset",
        ),
        header_params={
            "http_referer": "HTTP-Referer",
            "x_open_router_title": "X-OpenRouter-Title",
            "x_open_router_categories": "X-OpenRouter-Categories",
        },
        body_fields=(),
        retry=RetryKind.IDEMPOTENT,
        pagination=Pagination(
            offset="offset",
            limit="limit",
            results="data",
            total="total_count",
            identity="id",
        ),
        fallbacks={},
        load=_load_list_guardrail_key_assignments,
    ),
    "bulk_assign_keys": Operation(
        name="bulk_assign_keys",
        operation_id="bulkAssignKeysToGuardrail",
        method="post",
        path="/guardrails/{id}/assignments/keys",
        response_name="BulkAssignKeysResponse",
        body_name="BulkAssignKeysRequest",
        path_params=("id",),
        query_params=(),
        header_params={
            "http_referer": "HTTP-Referer",
            "x_open_router_title": "X-OpenRouter-Title",
            "x_open_router_categories": "X-OpenRouter-Categories",
        },
        body_fields=("key_hashes",),
        retry=RetryKind.IDEMPOTENT,
        fallbacks={},
        load=_load_bulk_assign_keys,
    ),
    "bulk_unassign_keys": Operation(
        name="bulk_unassign_keys",
        operation_id="bulkUnassignKeysFromGuardrail",
        method="post",
        path="/guardrails/{id}/assignments/keys/remove",
        response_name="BulkUnassignKeysResponse",
        body_name="BulkUnassignKeysRequest",
        path_params=("id",),
        query_params=(),
        header_params={
            "http_referer": "HTTP-Referer",
            "x_open_router_title": "X-OpenRouter-Title",
            "x_open_router_categories": "X-OpenRouter-Categories",
        },
        body_fields=("key_hashes",),
        retry=RetryKind.IDEMPOTENT,
        fallbacks={},
        load=_load_bulk_unassign_keys,
    ),
    "list_guardrail_member_assignments": Operation(
        name="list_guardrail_member_assignments",
        operation_id="listGuardrailMemberAssignments",
        method="get",
        path="/guardrails/{id}/assignments/members",
        response_name="ListMemberAssignmentsResponse",
        body_name=None,
        path_params=("id",),
        query_params=(
            "limit",
            "offset",
        ),
        header_params={
            "http_referer": "HTTP-Referer",
            "x_open_router_title": "X-OpenRouter-Title",
            "x_open_router_categories": "X-OpenRouter-Categories",
        },
        body_fields=(),
        retry=RetryKind.IDEMPOTENT,
        pagination=Pagination(
            offset="offset",
            limit="limit",
            results="data",
            total="total_count",
            identity="id",
        ),
        fallbacks={},
        load=_load_list_guardrail_member_assignments,
    ),
    "bulk_assign_members": Operation(
        name="bulk_assign_members",
        operation_id="bulkAssignMembersToGuardrail",
        method="post",
        path="/guardrails/{id}/assignments/members",
        response_name="BulkAssignMembersResponse",
        body_name="BulkAssignMembersRequest",
        path_params=("id",),
        query_params=(),
        header_params={
            "http_referer": "HTTP-Referer",
            "x_open_router_title": "X-OpenRouter-Title",
            "x_open_router_categories": "X-OpenRouter-Categories",
        },
        body_fields=("member_user_ids",),
        retry=RetryKind.IDEMPOTENT,
        fallbacks={},
        load=_load_bulk_assign_members,
    ),
    "bulk_unassign_members": Operation(
        name="bulk_unassign_members",
        operation_id="bulkUnassignMembersFromGuardrail",
        method="post",
        path="/guardrails/{id}/assignments/members/remove",
        response_name="BulkUnassignMembersResponse",
        body_name="BulkUnassignMembersRequest",
        path_params=("id",),
        query_params=(),
        header_params={
            "http_referer": "HTTP-Referer",
            "x_open_router_title": "X-OpenRouter-Title",
            "x_open_router_categories": "X-OpenRouter-Categories",
        },
        body_fields=("member_user_ids",),
        retry=RetryKind.IDEMPOTENT,
        fallbacks={},
        load=_load_bulk_unassign_members,
    ),
}


class ListGuardrailsArguments(CallOptions, total=False):
    """The optional keyword arguments of ``list`` (listGuardrails)."""

    limit: int | None
    """Maximum number of records to return (max 100)"""
    offset: int | None
    """Number of records to skip for pagination"""
    workspace_id: str | None
    """Filter guardrails by workspace ID. By default, guardrails in the default workspace are returned."""
    http_referer: str
    """The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application."""
    x_open_router_title: str
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    x_open_router_categories: str
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings."""


class CreateGuardrailArguments(CallOptions, total=False):
    """The optional keyword arguments of ``create`` (createGuardrail)."""

    allowed_models: Sequence[str] | None
    """Array of model identifiers (slug or canonical_slug accepted)"""
    allowed_providers: Sequence[str] | None
    """List of allowed provider IDs"""
    content_filter_builtins: Sequence[ContentFilterBuiltinEntryInput | Mapping[str, object]] | None
    """Builtin content filters to apply. Every builtin slug supports "block", "redact", and the detect-only "flag" action."""
    content_filters: Sequence[ContentFilterEntry | Mapping[str, object]] | None
    """Custom regex content filters to apply to request messages"""
    description: str | None
    """Description of the guardrail"""
    enable_free_model_publication: bool | None
    """Whether this guardrail allows free endpoints that publish prompts."""
    enable_free_model_training: bool | None
    """Whether this guardrail allows free endpoints that train on request data."""
    enable_paid_model_training: bool | None
    """Whether this guardrail allows paid endpoints that train on request data."""
    enforce_zdr: bool | None
    """Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai, enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any of those per-provider fields that are not explicitly specified on the request."""
    enforce_zdr_anthropic: bool | None
    """Whether to enforce zero data retention for Anthropic models. Falls back to enforce_zdr when not provided."""
    enforce_zdr_google: bool | None
    """Whether to enforce zero data retention for Google models. Falls back to enforce_zdr when not provided."""
    enforce_zdr_openai: bool | None
    """Whether to enforce zero data retention for OpenAI models. Falls back to enforce_zdr when not provided."""
    enforce_zdr_other: bool | None
    """Whether to enforce zero data retention for models that are not from Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided."""
    enforce_zdr_xai: bool | None
    """Whether to enforce zero data retention for xAI models. Falls back to enforce_zdr when not provided."""
    ignored_models: Sequence[str] | None
    """Array of model identifiers to exclude from routing (slug or canonical_slug accepted)"""
    ignored_providers: Sequence[str] | None
    """List of provider IDs to exclude from routing"""
    include_byok_in_budgets: bool
    """Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's limit_usd, in addition to OpenRouter credit spend. Defaults to false."""
    limit_usd: float | None
    """Spending limit in USD"""
    reset_interval: GuardrailInterval | str | None
    workspace_id: str
    """The workspace to create the guardrail in. When omitted, the guardrail is created in the default workspace; if that default has been deleted, the request returns a 400 and you must pass `workspace_id` explicitly. This only places the guardrail in the workspace; the created guardrail enforces nothing for that workspace's traffic until it is assigned to API keys or members. To restrict all traffic in a workspace, update the workspace's default guardrail instead."""
    http_referer: str
    """The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application."""
    x_open_router_title: str
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    x_open_router_categories: str
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings."""


class ListKeyAssignmentsArguments(CallOptions, total=False):
    """The optional keyword arguments of ``list_key_assignments`` (listKeyAssignments)."""

    limit: int | None
    """Maximum number of records to return (max 100)"""
    offset: int | None
    """Number of records to skip for pagination"""
    http_referer: str
    """The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application."""
    x_open_router_title: str
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    x_open_router_categories: str
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings."""


class ListMemberAssignmentsArguments(CallOptions, total=False):
    """The optional keyword arguments of ``list_member_assignments`` (listMemberAssignments)."""

    limit: int | None
    """Maximum number of records to return (max 100)"""
    offset: int | None
    """Number of records to skip for pagination"""
    http_referer: str
    """The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application."""
    x_open_router_title: str
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    x_open_router_categories: str
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings."""


class GetGuardrailArguments(CallOptions, total=False):
    """The optional keyword arguments of ``get`` (getGuardrail)."""

    http_referer: str
    """The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application."""
    x_open_router_title: str
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    x_open_router_categories: str
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings."""


class DeleteGuardrailArguments(CallOptions, total=False):
    """The optional keyword arguments of ``delete`` (deleteGuardrail)."""

    http_referer: str
    """The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application."""
    x_open_router_title: str
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    x_open_router_categories: str
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings."""


class UpdateGuardrailArguments(CallOptions, total=False):
    """The optional keyword arguments of ``update`` (updateGuardrail)."""

    allowed_models: Sequence[str] | None
    """Array of model identifiers (slug or canonical_slug accepted)"""
    allowed_providers: Sequence[str] | None
    """New list of allowed provider IDs"""
    content_filter_builtins: Sequence[ContentFilterBuiltinEntryInput | Mapping[str, object]] | None
    """Builtin content filters to apply. Set to null to remove. Every builtin slug supports "block", "redact", and the detect-only "flag" action."""
    content_filters: Sequence[ContentFilterEntry | Mapping[str, object]] | None
    """Custom regex content filters to apply. Set to null to remove."""
    description: str | None
    """New description for the guardrail"""
    enable_free_model_publication: bool | None
    """Whether this guardrail allows free endpoints that publish prompts."""
    enable_free_model_training: bool | None
    """Whether this guardrail allows free endpoints that train on request data."""
    enable_paid_model_training: bool | None
    """Whether this guardrail allows paid endpoints that train on request data."""
    enforce_zdr: bool | None
    """Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai, enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any of those per-provider fields that are not explicitly specified on the request."""
    enforce_zdr_anthropic: bool | None
    """Whether to enforce zero data retention for Anthropic models. Falls back to enforce_zdr when not provided."""
    enforce_zdr_google: bool | None
    """Whether to enforce zero data retention for Google models. Falls back to enforce_zdr when not provided."""
    enforce_zdr_openai: bool | None
    """Whether to enforce zero data retention for OpenAI models. Falls back to enforce_zdr when not provided."""
    enforce_zdr_other: bool | None
    """Whether to enforce zero data retention for models that are not from Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided."""
    enforce_zdr_xai: bool | None
    """Whether to enforce zero data retention for xAI models. Falls back to enforce_zdr when not provided."""
    ignored_models: Sequence[str] | None
    """Array of model identifiers to exclude from routing (slug or canonical_slug accepted)"""
    ignored_providers: Sequence[str] | None
    """List of provider IDs to exclude from routing"""
    include_byok_in_budgets: bool
    """Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's limit_usd, in addition to OpenRouter credit spend. Omit to leave unchanged."""
    limit_usd: float | None
    """New spending limit in USD"""
    name: str
    """New name for the guardrail"""
    reset_interval: GuardrailInterval | str | None
    http_referer: str
    """The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application."""
    x_open_router_title: str
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    x_open_router_categories: str
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings."""


class ListGuardrailKeyAssignmentsArguments(CallOptions, total=False):
    """The optional keyword arguments of ``list_guardrail_key_assignments`` (listGuardrailKeyAssignments)."""

    limit: int | None
    """Maximum number of records to return (max 100)"""
    offset: int | None
    """Number of records to skip for pagination"""
    http_referer: str
    """The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application."""
    x_open_router_title: str
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    x_open_router_categories: str
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings."""


class BulkAssignKeysToGuardrailArguments(CallOptions, total=False):
    """The optional keyword arguments of ``bulk_assign_keys`` (bulkAssignKeysToGuardrail)."""

    http_referer: str
    """The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application."""
    x_open_router_title: str
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    x_open_router_categories: str
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings."""


class BulkUnassignKeysFromGuardrailArguments(CallOptions, total=False):
    """The optional keyword arguments of ``bulk_unassign_keys`` (bulkUnassignKeysFromGuardrail)."""

    http_referer: str
    """The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application."""
    x_open_router_title: str
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    x_open_router_categories: str
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings."""


class ListGuardrailMemberAssignmentsArguments(CallOptions, total=False):
    """The optional keyword arguments of ``list_guardrail_member_assignments`` (listGuardrailMemberAssignments)."""

    limit: int | None
    """Maximum number of records to return (max 100)"""
    offset: int | None
    """Number of records to skip for pagination"""
    http_referer: str
    """The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application."""
    x_open_router_title: str
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    x_open_router_categories: str
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings."""


class BulkAssignMembersToGuardrailArguments(CallOptions, total=False):
    """The optional keyword arguments of ``bulk_assign_members`` (bulkAssignMembersToGuardrail)."""

    http_referer: str
    """The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application."""
    x_open_router_title: str
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    x_open_router_categories: str
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings."""


class BulkUnassignMembersFromGuardrailArguments(CallOptions, total=False):
    """The optional keyword arguments of ``bulk_unassign_members`` (bulkUnassignMembersFromGuardrail)."""

    http_referer: str
    """The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application."""
    x_open_router_title: str
    """The app display name allows you to customize how your app appears in OpenRouter's dashboard."""
    x_open_router_categories: str
    """Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings."""


class _GuardrailsCoroutines(Resource):
    """The Guardrails operations as coroutines (``*_async`` on the sync client)."""

    async def list_async(
        self, **arguments: Unpack[ListGuardrailsArguments]
    ) -> AsyncPage[Guardrail]:
        """List guardrails.

        List all guardrails for the authenticated user. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            limit (query, optional): Maximum number of records to return (max 100)
            offset (query, optional): Number of records to skip for pagination
            workspace_id (query, optional): Filter guardrails by workspace ID. By default,
                guardrails in the default workspace are returned.
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: AsyncPage[Guardrail] = await self._alist(OPERATIONS["list"], {}, arguments)
        return result

    async def create_async(
        self, *, name: str, **arguments: Unpack[CreateGuardrailArguments]
    ) -> CreateGuardrailResponse:
        """Create a guardrail.

        Create a new guardrail for the authenticated user. A newly created guardrail enforces
        nothing until it is assigned to API keys or organization members; `workspace_id` places the
        guardrail in a workspace but does not apply it to that workspace's traffic. To restrict all
        traffic in a workspace, update the workspace's default guardrail instead. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            allowed_models (body, optional): Array of model identifiers (slug or canonical_slug
                accepted)
            allowed_providers (body, optional): List of allowed provider IDs
            content_filter_builtins (body, optional): Builtin content filters to apply. Every
                builtin slug supports "block", "redact", and the detect-only "flag" action.
            content_filters (body, optional): Custom regex content filters to apply to request
                messages
            description (body, optional): Description of the guardrail
            enable_free_model_publication (body, optional): Whether this guardrail allows free
                endpoints that publish prompts.
            enable_free_model_training (body, optional): Whether this guardrail allows free
                endpoints that train on request data.
            enable_paid_model_training (body, optional): Whether this guardrail allows paid
                endpoints that train on request data.
            enforce_zdr (body, optional): Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai,
                enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided,
                its value is copied into any of those per-provider fields that are not explicitly
                specified on the request.
            enforce_zdr_anthropic (body, optional): Whether to enforce zero data retention for
                Anthropic models. Falls back to enforce_zdr when not provided.
            enforce_zdr_google (body, optional): Whether to enforce zero data retention for Google
                models. Falls back to enforce_zdr when not provided.
            enforce_zdr_openai (body, optional): Whether to enforce zero data retention for OpenAI
                models. Falls back to enforce_zdr when not provided.
            enforce_zdr_other (body, optional): Whether to enforce zero data retention for models
                that are not from Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when
                not provided.
            enforce_zdr_xai (body, optional): Whether to enforce zero data retention for xAI models.
                Falls back to enforce_zdr when not provided.
            ignored_models (body, optional): Array of model identifiers to exclude from routing
                (slug or canonical_slug accepted)
            ignored_providers (body, optional): List of provider IDs to exclude from routing
            include_byok_in_budgets (body, optional): Whether BYOK (bring-your-own-key) inference
                spend counts toward this guardrail's limit_usd, in addition to OpenRouter credit
                spend. Defaults to false.
            limit_usd (body, optional): Spending limit in USD
            name (body, required): Name for the new guardrail
            reset_interval (body, optional)
            workspace_id (body, optional): The workspace to create the guardrail in. When omitted,
                the guardrail is created in the default workspace; if that default has been deleted,
                the request returns a 400 and you must pass `workspace_id` explicitly. This only
                places the guardrail in the workspace; the created guardrail enforces nothing for
                that workspace's traffic until it is assigned to API keys or members. To restrict
                all traffic in a workspace, update the workspace's default guardrail instead.
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: CreateGuardrailResponse = await self._acall(
            OPERATIONS["create"],
            {
                "name": name,
            },
            arguments,
        )
        return result

    async def list_key_assignments_async(
        self, **arguments: Unpack[ListKeyAssignmentsArguments]
    ) -> AsyncPage[KeyAssignment]:
        """List all key assignments.

        List all API key guardrail assignments for the authenticated user. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            limit (query, optional): Maximum number of records to return (max 100)
            offset (query, optional): Number of records to skip for pagination
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: AsyncPage[KeyAssignment] = await self._alist(
            OPERATIONS["list_key_assignments"], {}, arguments
        )
        return result

    async def list_member_assignments_async(
        self, **arguments: Unpack[ListMemberAssignmentsArguments]
    ) -> AsyncPage[MemberAssignment]:
        """List all member assignments.

        List all organization member guardrail assignments for the authenticated user. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            limit (query, optional): Maximum number of records to return (max 100)
            offset (query, optional): Number of records to skip for pagination
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: AsyncPage[MemberAssignment] = await self._alist(
            OPERATIONS["list_member_assignments"], {}, arguments
        )
        return result

    async def get_async(
        self, *, id: str, **arguments: Unpack[GetGuardrailArguments]
    ) -> GetGuardrailResponse:
        """Get a guardrail.

        Get a single guardrail by ID. [Management key](/docs/guides/overview/auth/management-api-
        keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail to retrieve
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: GetGuardrailResponse = await self._acall(
            OPERATIONS["get"],
            {
                "id": id,
            },
            arguments,
        )
        return result

    async def delete_async(
        self, *, id: str, **arguments: Unpack[DeleteGuardrailArguments]
    ) -> DeleteGuardrailResponse:
        """Delete a guardrail.

        Delete an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-
        keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail to delete
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: DeleteGuardrailResponse = await self._acall(
            OPERATIONS["delete"],
            {
                "id": id,
            },
            arguments,
        )
        return result

    async def update_async(
        self, *, id: str, **arguments: Unpack[UpdateGuardrailArguments]
    ) -> UpdateGuardrailResponse:
        """Update a guardrail.

        Update an existing guardrail, or materialize an unconfigured workspace default guardrail.
        Collection fields use replace semantics: send the full desired set on every update.
        [Management key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail to update
            allowed_models (body, optional): Array of model identifiers (slug or canonical_slug
                accepted)
            allowed_providers (body, optional): New list of allowed provider IDs
            content_filter_builtins (body, optional): Builtin content filters to apply. Set to null
                to remove. Every builtin slug supports "block", "redact", and the detect-only "flag"
                action.
            content_filters (body, optional): Custom regex content filters to apply. Set to null to
                remove.
            description (body, optional): New description for the guardrail
            enable_free_model_publication (body, optional): Whether this guardrail allows free
                endpoints that publish prompts.
            enable_free_model_training (body, optional): Whether this guardrail allows free
                endpoints that train on request data.
            enable_paid_model_training (body, optional): Whether this guardrail allows paid
                endpoints that train on request data.
            enforce_zdr (body, optional): Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai,
                enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided,
                its value is copied into any of those per-provider fields that are not explicitly
                specified on the request.
            enforce_zdr_anthropic (body, optional): Whether to enforce zero data retention for
                Anthropic models. Falls back to enforce_zdr when not provided.
            enforce_zdr_google (body, optional): Whether to enforce zero data retention for Google
                models. Falls back to enforce_zdr when not provided.
            enforce_zdr_openai (body, optional): Whether to enforce zero data retention for OpenAI
                models. Falls back to enforce_zdr when not provided.
            enforce_zdr_other (body, optional): Whether to enforce zero data retention for models
                that are not from Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when
                not provided.
            enforce_zdr_xai (body, optional): Whether to enforce zero data retention for xAI models.
                Falls back to enforce_zdr when not provided.
            ignored_models (body, optional): Array of model identifiers to exclude from routing
                (slug or canonical_slug accepted)
            ignored_providers (body, optional): List of provider IDs to exclude from routing
            include_byok_in_budgets (body, optional): Whether BYOK (bring-your-own-key) inference
                spend counts toward this guardrail's limit_usd, in addition to OpenRouter credit
                spend. Omit to leave unchanged.
            limit_usd (body, optional): New spending limit in USD
            name (body, optional): New name for the guardrail
            reset_interval (body, optional)
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: UpdateGuardrailResponse = await self._acall(
            OPERATIONS["update"],
            {
                "id": id,
            },
            arguments,
        )
        return result

    async def list_guardrail_key_assignments_async(
        self, *, id: str, **arguments: Unpack[ListGuardrailKeyAssignmentsArguments]
    ) -> AsyncPage[KeyAssignment]:
        """List key assignments for a guardrail.

        List all API key assignments for a specific guardrail. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail
            limit (query, optional): Maximum number of records to return (max 100)
            offset (query, optional): Number of records to skip for pagination
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: AsyncPage[KeyAssignment] = await self._alist(
            OPERATIONS["list_guardrail_key_assignments"],
            {
                "id": id,
            },
            arguments,
        )
        return result

    async def bulk_assign_keys_async(
        self,
        *,
        id: str,
        key_hashes: Sequence[str],
        **arguments: Unpack[BulkAssignKeysToGuardrailArguments],
    ) -> BulkAssignKeysResponse:
        """Bulk assign keys to a guardrail.

        Assign multiple API keys to a specific guardrail. A key may hold at most one guardrail;
        assigning replaces any existing assignment. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail
            key_hashes (body, required): Array of API key hashes to assign to the guardrail
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: BulkAssignKeysResponse = await self._acall(
            OPERATIONS["bulk_assign_keys"],
            {
                "id": id,
                "key_hashes": key_hashes,
            },
            arguments,
        )
        return result

    async def bulk_unassign_keys_async(
        self,
        *,
        id: str,
        key_hashes: Sequence[str],
        **arguments: Unpack[BulkUnassignKeysFromGuardrailArguments],
    ) -> BulkUnassignKeysResponse:
        """Bulk unassign keys from a guardrail.

        Unassign multiple API keys from a specific guardrail. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail
            key_hashes (body, required): Array of API key hashes to unassign from the guardrail
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: BulkUnassignKeysResponse = await self._acall(
            OPERATIONS["bulk_unassign_keys"],
            {
                "id": id,
                "key_hashes": key_hashes,
            },
            arguments,
        )
        return result

    async def list_guardrail_member_assignments_async(
        self, *, id: str, **arguments: Unpack[ListGuardrailMemberAssignmentsArguments]
    ) -> AsyncPage[MemberAssignment]:
        """List member assignments for a guardrail.

        List all organization member assignments for a specific guardrail. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail
            limit (query, optional): Maximum number of records to return (max 100)
            offset (query, optional): Number of records to skip for pagination
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: AsyncPage[MemberAssignment] = await self._alist(
            OPERATIONS["list_guardrail_member_assignments"],
            {
                "id": id,
            },
            arguments,
        )
        return result

    async def bulk_assign_members_async(
        self,
        *,
        id: str,
        member_user_ids: Sequence[str],
        **arguments: Unpack[BulkAssignMembersToGuardrailArguments],
    ) -> BulkAssignMembersResponse:
        """Bulk assign members to a guardrail.

        Assign multiple organization members to a specific guardrail. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail
            member_user_ids (body, required): Array of member user IDs to assign to the guardrail
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: BulkAssignMembersResponse = await self._acall(
            OPERATIONS["bulk_assign_members"],
            {
                "id": id,
                "member_user_ids": member_user_ids,
            },
            arguments,
        )
        return result

    async def bulk_unassign_members_async(
        self,
        *,
        id: str,
        member_user_ids: Sequence[str],
        **arguments: Unpack[BulkUnassignMembersFromGuardrailArguments],
    ) -> BulkUnassignMembersResponse:
        """Bulk unassign members from a guardrail.

        Unassign multiple organization members from a specific guardrail. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail
            member_user_ids (body, required): Array of member user IDs to unassign from the
                guardrail
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: BulkUnassignMembersResponse = await self._acall(
            OPERATIONS["bulk_unassign_members"],
            {
                "id": id,
                "member_user_ids": member_user_ids,
            },
            arguments,
        )
        return result


class Guardrails(_GuardrailsCoroutines):
    """The Guardrails operations of the sync client (``*_async`` variants included)."""

    def list(self, **arguments: Unpack[ListGuardrailsArguments]) -> Page[Guardrail]:
        """List guardrails.

        List all guardrails for the authenticated user. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            limit (query, optional): Maximum number of records to return (max 100)
            offset (query, optional): Number of records to skip for pagination
            workspace_id (query, optional): Filter guardrails by workspace ID. By default,
                guardrails in the default workspace are returned.
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: Page[Guardrail] = self._list(OPERATIONS["list"], {}, arguments)
        return result

    def create(
        self, *, name: str, **arguments: Unpack[CreateGuardrailArguments]
    ) -> CreateGuardrailResponse:
        """Create a guardrail.

        Create a new guardrail for the authenticated user. A newly created guardrail enforces
        nothing until it is assigned to API keys or organization members; `workspace_id` places the
        guardrail in a workspace but does not apply it to that workspace's traffic. To restrict all
        traffic in a workspace, update the workspace's default guardrail instead. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            allowed_models (body, optional): Array of model identifiers (slug or canonical_slug
                accepted)
            allowed_providers (body, optional): List of allowed provider IDs
            content_filter_builtins (body, optional): Builtin content filters to apply. Every
                builtin slug supports "block", "redact", and the detect-only "flag" action.
            content_filters (body, optional): Custom regex content filters to apply to request
                messages
            description (body, optional): Description of the guardrail
            enable_free_model_publication (body, optional): Whether this guardrail allows free
                endpoints that publish prompts.
            enable_free_model_training (body, optional): Whether this guardrail allows free
                endpoints that train on request data.
            enable_paid_model_training (body, optional): Whether this guardrail allows paid
                endpoints that train on request data.
            enforce_zdr (body, optional): Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai,
                enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided,
                its value is copied into any of those per-provider fields that are not explicitly
                specified on the request.
            enforce_zdr_anthropic (body, optional): Whether to enforce zero data retention for
                Anthropic models. Falls back to enforce_zdr when not provided.
            enforce_zdr_google (body, optional): Whether to enforce zero data retention for Google
                models. Falls back to enforce_zdr when not provided.
            enforce_zdr_openai (body, optional): Whether to enforce zero data retention for OpenAI
                models. Falls back to enforce_zdr when not provided.
            enforce_zdr_other (body, optional): Whether to enforce zero data retention for models
                that are not from Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when
                not provided.
            enforce_zdr_xai (body, optional): Whether to enforce zero data retention for xAI models.
                Falls back to enforce_zdr when not provided.
            ignored_models (body, optional): Array of model identifiers to exclude from routing
                (slug or canonical_slug accepted)
            ignored_providers (body, optional): List of provider IDs to exclude from routing
            include_byok_in_budgets (body, optional): Whether BYOK (bring-your-own-key) inference
                spend counts toward this guardrail's limit_usd, in addition to OpenRouter credit
                spend. Defaults to false.
            limit_usd (body, optional): Spending limit in USD
            name (body, required): Name for the new guardrail
            reset_interval (body, optional)
            workspace_id (body, optional): The workspace to create the guardrail in. When omitted,
                the guardrail is created in the default workspace; if that default has been deleted,
                the request returns a 400 and you must pass `workspace_id` explicitly. This only
                places the guardrail in the workspace; the created guardrail enforces nothing for
                that workspace's traffic until it is assigned to API keys or members. To restrict
                all traffic in a workspace, update the workspace's default guardrail instead.
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: CreateGuardrailResponse = self._call(
            OPERATIONS["create"],
            {
                "name": name,
            },
            arguments,
        )
        return result

    def list_key_assignments(
        self, **arguments: Unpack[ListKeyAssignmentsArguments]
    ) -> Page[KeyAssignment]:
        """List all key assignments.

        List all API key guardrail assignments for the authenticated user. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            limit (query, optional): Maximum number of records to return (max 100)
            offset (query, optional): Number of records to skip for pagination
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: Page[KeyAssignment] = self._list(OPERATIONS["list_key_assignments"], {}, arguments)
        return result

    def list_member_assignments(
        self, **arguments: Unpack[ListMemberAssignmentsArguments]
    ) -> Page[MemberAssignment]:
        """List all member assignments.

        List all organization member guardrail assignments for the authenticated user. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            limit (query, optional): Maximum number of records to return (max 100)
            offset (query, optional): Number of records to skip for pagination
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: Page[MemberAssignment] = self._list(
            OPERATIONS["list_member_assignments"], {}, arguments
        )
        return result

    def get(self, *, id: str, **arguments: Unpack[GetGuardrailArguments]) -> GetGuardrailResponse:
        """Get a guardrail.

        Get a single guardrail by ID. [Management key](/docs/guides/overview/auth/management-api-
        keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail to retrieve
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: GetGuardrailResponse = self._call(
            OPERATIONS["get"],
            {
                "id": id,
            },
            arguments,
        )
        return result

    def delete(
        self, *, id: str, **arguments: Unpack[DeleteGuardrailArguments]
    ) -> DeleteGuardrailResponse:
        """Delete a guardrail.

        Delete an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-
        keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail to delete
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: DeleteGuardrailResponse = self._call(
            OPERATIONS["delete"],
            {
                "id": id,
            },
            arguments,
        )
        return result

    def update(
        self, *, id: str, **arguments: Unpack[UpdateGuardrailArguments]
    ) -> UpdateGuardrailResponse:
        """Update a guardrail.

        Update an existing guardrail, or materialize an unconfigured workspace default guardrail.
        Collection fields use replace semantics: send the full desired set on every update.
        [Management key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail to update
            allowed_models (body, optional): Array of model identifiers (slug or canonical_slug
                accepted)
            allowed_providers (body, optional): New list of allowed provider IDs
            content_filter_builtins (body, optional): Builtin content filters to apply. Set to null
                to remove. Every builtin slug supports "block", "redact", and the detect-only "flag"
                action.
            content_filters (body, optional): Custom regex content filters to apply. Set to null to
                remove.
            description (body, optional): New description for the guardrail
            enable_free_model_publication (body, optional): Whether this guardrail allows free
                endpoints that publish prompts.
            enable_free_model_training (body, optional): Whether this guardrail allows free
                endpoints that train on request data.
            enable_paid_model_training (body, optional): Whether this guardrail allows paid
                endpoints that train on request data.
            enforce_zdr (body, optional): Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai,
                enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided,
                its value is copied into any of those per-provider fields that are not explicitly
                specified on the request.
            enforce_zdr_anthropic (body, optional): Whether to enforce zero data retention for
                Anthropic models. Falls back to enforce_zdr when not provided.
            enforce_zdr_google (body, optional): Whether to enforce zero data retention for Google
                models. Falls back to enforce_zdr when not provided.
            enforce_zdr_openai (body, optional): Whether to enforce zero data retention for OpenAI
                models. Falls back to enforce_zdr when not provided.
            enforce_zdr_other (body, optional): Whether to enforce zero data retention for models
                that are not from Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when
                not provided.
            enforce_zdr_xai (body, optional): Whether to enforce zero data retention for xAI models.
                Falls back to enforce_zdr when not provided.
            ignored_models (body, optional): Array of model identifiers to exclude from routing
                (slug or canonical_slug accepted)
            ignored_providers (body, optional): List of provider IDs to exclude from routing
            include_byok_in_budgets (body, optional): Whether BYOK (bring-your-own-key) inference
                spend counts toward this guardrail's limit_usd, in addition to OpenRouter credit
                spend. Omit to leave unchanged.
            limit_usd (body, optional): New spending limit in USD
            name (body, optional): New name for the guardrail
            reset_interval (body, optional)
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: UpdateGuardrailResponse = self._call(
            OPERATIONS["update"],
            {
                "id": id,
            },
            arguments,
        )
        return result

    def list_guardrail_key_assignments(
        self, *, id: str, **arguments: Unpack[ListGuardrailKeyAssignmentsArguments]
    ) -> Page[KeyAssignment]:
        """List key assignments for a guardrail.

        List all API key assignments for a specific guardrail. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail
            limit (query, optional): Maximum number of records to return (max 100)
            offset (query, optional): Number of records to skip for pagination
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: Page[KeyAssignment] = self._list(
            OPERATIONS["list_guardrail_key_assignments"],
            {
                "id": id,
            },
            arguments,
        )
        return result

    def bulk_assign_keys(
        self,
        *,
        id: str,
        key_hashes: Sequence[str],
        **arguments: Unpack[BulkAssignKeysToGuardrailArguments],
    ) -> BulkAssignKeysResponse:
        """Bulk assign keys to a guardrail.

        Assign multiple API keys to a specific guardrail. A key may hold at most one guardrail;
        assigning replaces any existing assignment. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail
            key_hashes (body, required): Array of API key hashes to assign to the guardrail
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: BulkAssignKeysResponse = self._call(
            OPERATIONS["bulk_assign_keys"],
            {
                "id": id,
                "key_hashes": key_hashes,
            },
            arguments,
        )
        return result

    def bulk_unassign_keys(
        self,
        *,
        id: str,
        key_hashes: Sequence[str],
        **arguments: Unpack[BulkUnassignKeysFromGuardrailArguments],
    ) -> BulkUnassignKeysResponse:
        """Bulk unassign keys from a guardrail.

        Unassign multiple API keys from a specific guardrail. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail
            key_hashes (body, required): Array of API key hashes to unassign from the guardrail
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: BulkUnassignKeysResponse = self._call(
            OPERATIONS["bulk_unassign_keys"],
            {
                "id": id,
                "key_hashes": key_hashes,
            },
            arguments,
        )
        return result

    def list_guardrail_member_assignments(
        self, *, id: str, **arguments: Unpack[ListGuardrailMemberAssignmentsArguments]
    ) -> Page[MemberAssignment]:
        """List member assignments for a guardrail.

        List all organization member assignments for a specific guardrail. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail
            limit (query, optional): Maximum number of records to return (max 100)
            offset (query, optional): Number of records to skip for pagination
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: Page[MemberAssignment] = self._list(
            OPERATIONS["list_guardrail_member_assignments"],
            {
                "id": id,
            },
            arguments,
        )
        return result

    def bulk_assign_members(
        self,
        *,
        id: str,
        member_user_ids: Sequence[str],
        **arguments: Unpack[BulkAssignMembersToGuardrailArguments],
    ) -> BulkAssignMembersResponse:
        """Bulk assign members to a guardrail.

        Assign multiple organization members to a specific guardrail. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail
            member_user_ids (body, required): Array of member user IDs to assign to the guardrail
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: BulkAssignMembersResponse = self._call(
            OPERATIONS["bulk_assign_members"],
            {
                "id": id,
                "member_user_ids": member_user_ids,
            },
            arguments,
        )
        return result

    def bulk_unassign_members(
        self,
        *,
        id: str,
        member_user_ids: Sequence[str],
        **arguments: Unpack[BulkUnassignMembersFromGuardrailArguments],
    ) -> BulkUnassignMembersResponse:
        """Bulk unassign members from a guardrail.

        Unassign multiple organization members from a specific guardrail. [Management
        key](/docs/guides/overview/auth/management-api-keys) required.

        Arguments:
            id (path, required): The unique identifier of the guardrail
            member_user_ids (body, required): Array of member user IDs to unassign from the
                guardrail
            http_referer (header, optional): The app identifier should be your app's URL and is used
                as the primary identifier for rankings. This is used to track API usage per
                application.
            x_open_router_title (header, optional): The app display name allows you to customize how
                your app appears in OpenRouter's dashboard.
            x_open_router_categories (header, optional): Comma-separated list of app categories
                (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.

        Also takes the per-call options of ``CallOptions`` (retries, timeout, ...).
        """
        result: BulkUnassignMembersResponse = self._call(
            OPERATIONS["bulk_unassign_members"],
            {
                "id": id,
                "member_user_ids": member_user_ids,
            },
            arguments,
        )
        return result


class AsyncGuardrails(_GuardrailsCoroutines):
    """The Guardrails operations of the async client: every method is a coroutine."""

    list = _GuardrailsCoroutines.list_async
    create = _GuardrailsCoroutines.create_async
    list_key_assignments = _GuardrailsCoroutines.list_key_assignments_async
    list_member_assignments = _GuardrailsCoroutines.list_member_assignments_async
    get = _GuardrailsCoroutines.get_async
    delete = _GuardrailsCoroutines.delete_async
    update = _GuardrailsCoroutines.update_async
    list_guardrail_key_assignments = _GuardrailsCoroutines.list_guardrail_key_assignments_async
    bulk_assign_keys = _GuardrailsCoroutines.bulk_assign_keys_async
    bulk_unassign_keys = _GuardrailsCoroutines.bulk_unassign_keys_async
    list_guardrail_member_assignments = (
        _GuardrailsCoroutines.list_guardrail_member_assignments_async
    )
    bulk_assign_members = _GuardrailsCoroutines.bulk_assign_members_async
    bulk_unassign_members = _GuardrailsCoroutines.bulk_unassign_members_async
