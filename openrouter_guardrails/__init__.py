"""Python SDK for OpenRouter's Guardrails management API.

from openrouter_guardrails import OpenRouter

with OpenRouter() as client:            # api_key from OPENROUTER_API_KEY
    for guardrail in client.guardrails.list():
        print(guardrail.name)
"""

__version__ = "0.1.0"

from openrouter_guardrails import errors, utils
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
from openrouter_guardrails._zdr import effective_zdr

OpenRouter = OpenRouterGuardrails
AsyncOpenRouter = AsyncOpenRouterGuardrails

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncOpenRouter",
    "AsyncOpenRouterGuardrails",
    "AsyncPage",
    "BackoffStrategy",
    "BadRequestResponseError",
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
