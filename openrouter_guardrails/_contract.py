"""The contract as the command line and the testing kit read it: the curated OpenAPI
document, as the build step wrote it into the generated package (``document.py``: Python
data, no file to open), and the few questions they ask of it.

The client does not use this module: it gets what the build step compiled from the contract
(the operation table of ``openrouter_guardrails_api.sdk`` and the checks of its ``checks``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["document", "fallbacks", "nullable"]


def document() -> dict[str, Any]:
    """The curated OpenAPI document, as the build step wrote it (do not change it)."""
    from openrouter_guardrails_api.document import DOCUMENT

    return DOCUMENT


def fallbacks(contract: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """Deprecated request fields of ``contract`` and the fields the server copies their value
    into when a request leaves them out (``x-fills-unset``, as curation writes it)."""
    found: dict[str, tuple[str, ...]] = {}
    for schema in contract["components"]["schemas"].values():
        for name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, Mapping) and prop.get("x-fills-unset"):
                found.setdefault(name, tuple(prop["x-fills-unset"]))
    return found


def nullable(node: Mapping[str, Any]) -> bool:
    """Whether a schema admits JSON null (``type`` lists ``"null"``, or an ``anyOf`` /
    ``oneOf`` option does)."""
    kind = node.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(nullable(option) for option in node.get("anyOf", node.get("oneOf", ())))
