"""The per-call options every operation takes, whatever the contract says of it.

The keyword arguments of each operation (its parameters and body fields) are ``TypedDict``s
written from the contract by the build step (``openrouter_guardrails_api.sdk``), each built on
``CallOptions``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, TypedDict

import httpx

if TYPE_CHECKING:
    from openrouter_guardrails._retry import RetryConfig

__all__ = ["CALL_OPTIONS", "CallOptions"]


class CallOptions(TypedDict, total=False):
    """Per-call options every operation accepts."""

    retries: RetryConfig | str | None
    """The retry policy of this call (``"none"`` switches retries off)."""
    timeout: float | httpx.Timeout | None
    """The timeout of this call, in seconds or as an ``httpx.Timeout``."""
    extra_headers: Mapping[str, str]
    """More headers to send with this call (merged last: they replace any other)."""
    extra_query: Mapping[str, object]
    """Query parameters sent as given, merged last, not checked against the contract."""
    extra_body: Mapping[str, object]
    """Body fields sent as given, merged last, not checked against the contract (for fields
    the API gained after this release)."""
    timeout_ms: int
    """The official SDK's name: the timeout of this call in milliseconds."""
    server_url: str
    """The official SDK's option: the base URL of this call (checked as the client's)."""
    http_headers: Mapping[str, str]
    """The official SDK's name for ``extra_headers`` (``extra_headers`` wins on a clash)."""


CALL_OPTIONS = frozenset(CallOptions.__annotations__)
