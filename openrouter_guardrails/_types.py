"""The keyword arguments the operations take, as ``TypedDict``s (for type checkers and IDEs).

``CreateFields`` and ``UpdateFields`` list the request fields of the contract; a test fails,
naming the field, when the contract has one that they do not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypedDict

import httpx

if TYPE_CHECKING:
    from openrouter_guardrails_api.models.content_filter_builtin_entry_input import (
        ContentFilterBuiltinEntryInput,
    )
    from openrouter_guardrails_api.models.content_filter_entry import ContentFilterEntry
    from openrouter_guardrails_api.models.guardrail_interval import GuardrailInterval

    from openrouter_guardrails._retry import RetryConfig

__all__ = [
    "CallOptions",
    "CreateFields",
    "ListGuardrailsOptions",
    "ListOptions",
    "UpdateFields",
]


class CallOptions(TypedDict, total=False):
    """Per-call options every operation accepts."""

    http_referer: str
    """Your app's URL (the ``HTTP-Referer`` header), overriding the client's."""
    x_open_router_title: str
    """Your app's display name (``X-OpenRouter-Title``), overriding the client's."""
    x_open_router_categories: str
    """Comma-separated app categories (``X-OpenRouter-Categories``), overriding the client's."""
    retries: RetryConfig | str | None
    """The retry policy of this call (``"none"`` switches retries off)."""
    timeout: float | httpx.Timeout | None
    """The timeout of this call, in seconds or as an ``httpx.Timeout``."""
    extra_headers: Mapping[str, str]
    """More headers to send with this call."""


class ListOptions(CallOptions, total=False):
    """Options of a list operation."""

    offset: int | None
    """Number of records to skip (0 or more); ``None``: not sent."""
    limit: int | None
    """Maximum number of records a page holds (1 to 100); ``None``: the server's default."""


class ListGuardrailsOptions(ListOptions, total=False):
    """Options of ``guardrails.list``."""

    workspace_id: str | None
    """Only guardrails of this workspace (default: the default workspace)."""


class _GuardrailFields(CallOptions, total=False):
    allowed_models: Sequence[str] | None
    allowed_providers: Sequence[str] | None
    content_filter_builtins: Sequence[ContentFilterBuiltinEntryInput | Mapping[str, object]] | None
    content_filters: Sequence[ContentFilterEntry | Mapping[str, object]] | None
    description: str | None
    enforce_zdr: bool | None
    """Deprecated: use the per-provider ``enforce_zdr_*`` fields (see the README)."""
    enforce_zdr_anthropic: bool | None
    enforce_zdr_google: bool | None
    enforce_zdr_openai: bool | None
    enforce_zdr_other: bool | None
    ignored_models: Sequence[str] | None
    ignored_providers: Sequence[str] | None
    limit_usd: float | None
    reset_interval: GuardrailInterval | str | None


class CreateFields(_GuardrailFields, total=False):
    """The optional fields of ``create`` (``name`` is required) and the call options."""

    workspace_id: str


class UpdateFields(_GuardrailFields, total=False):
    """The fields of ``update``: only those given are sent; ``None`` sends ``null``."""

    name: str


CALL_OPTIONS = frozenset(CallOptions.__annotations__)
