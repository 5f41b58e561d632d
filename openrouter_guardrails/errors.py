"""The errors the client raises (see ``openrouter_guardrails._exceptions`` for the tree)."""

from openrouter_guardrails._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadRequestResponseError,
    ForbiddenResponseError,
    InsecureTransportError,
    InternalServerResponseError,
    InvalidRequestError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    OpenRouterError,
    RateLimitError,
    ResponseValidationError,
    UnauthorizedResponseError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "BadRequestResponseError",
    "ForbiddenResponseError",
    "InsecureTransportError",
    "InternalServerResponseError",
    "InvalidRequestError",
    "NotFoundResponseError",
    "OpenRouterDefaultError",
    "OpenRouterError",
    "RateLimitError",
    "ResponseValidationError",
    "UnauthorizedResponseError",
]
