"""The one reading of the contract: the curated OpenAPI document that the generated package
was made from (``openrouter_guardrails_api/openapi.json``), read once per process, and the few
questions every part of this package asks of it.

The client's argument and response checks, the command line, the fake and the conformance
suite all read the contract here; none of them opens the file or answers these questions on
its own. What the SDK calls (operations, their arguments) is generated from the same
document at build time (``openrouter_guardrails_api.sdk``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

__all__ = ["document", "fallbacks", "nullable"]

_PACKAGE = "openrouter_guardrails_api"
_RESOURCE = "openapi.json"


@functools.cache
def document() -> dict[str, Any]:
    """The curated OpenAPI document (one parse per process; do not change it)."""
    text = (resources.files(_PACKAGE) / _RESOURCE).read_text("utf-8")
    parsed: dict[str, Any] = json.loads(text)
    return parsed


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
