"""A client library for accessing OpenRouter Guardrails API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
