"""A client library for accessing OpenRouter Guardrails API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    # The clients load attrs and httpx on first use: importing a submodule of this package
    # (the SDK layer, the types, one model) costs no more than that submodule.
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
