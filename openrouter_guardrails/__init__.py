"""Python SDK for OpenRouter's Guardrails management API.

from openrouter_guardrails import OpenRouter

with OpenRouter() as client:            # api_key from OPENROUTER_API_KEY
    for guardrail in client.guardrails.list():
        print(guardrail.name)
"""

import typing as _typing

__version__ = "0.1.0"

from openrouter_guardrails import errors, utils
from openrouter_guardrails._checks import ContractViolation, ContractViolationWarning
from openrouter_guardrails._client import (
    AsyncOpenRouterGuardrails,
    OpenRouterGuardrails,
)
from openrouter_guardrails._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    InvalidRequestError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    OpenRouterError,
    RateLimitError,
    ResponseValidationError,
    UnauthorizedResponseError,
)
from openrouter_guardrails._pagination import AsyncPage, Page
from openrouter_guardrails._retry import BackoffStrategy, RetryConfig

if _typing.TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from openrouter_guardrails_api.models.guardrail import Guardrail

OpenRouter = OpenRouterGuardrails
AsyncOpenRouter = AsyncOpenRouterGuardrails


def effective_zdr(guardrail: "Guardrail | Mapping[str, Any]", provider: str) -> bool | None:
    """Whether ``guardrail`` enforces zero data retention for ``provider`` (``"openai"``,
    ``"anthropic"``, ``"google"``, ...): the per-provider field when set, else the deprecated
    ``enforce_zdr``; ``None`` when neither says."""
    # Imported here: `import openrouter_guardrails` loads no generated module (it stays about
    # as cheap as `import httpx`).
    from openrouter_guardrails_api.sdk import FALLBACKS

    from openrouter_guardrails._zdr import effective_zdr as rule

    return rule(guardrail, provider, FALLBACKS)


__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncOpenRouter",
    "AsyncOpenRouterGuardrails",
    "AsyncPage",
    "BackoffStrategy",
    "BadRequestResponseError",
    "ContractViolation",
    "ContractViolationWarning",
    "ForbiddenResponseError",
    "InternalServerResponseError",
    "InvalidRequestError",
    "NotFoundResponseError",
    "OpenRouter",
    "OpenRouterDefaultError",
    "OpenRouterError",
    "OpenRouterGuardrails",
    "Page",
    "RateLimitError",
    "ResponseValidationError",
    "RetryConfig",
    "UnauthorizedResponseError",
    "__version__",
    "effective_zdr",
    "errors",
    "utils",
]
