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

__all__ = ["document", "nullable", "resolve", "schema", "schemas"]

_PACKAGE = "openrouter_guardrails_api"
_RESOURCE = "openapi.json"


@functools.cache
def document() -> dict[str, Any]:
    """The curated OpenAPI document (one parse per process; do not change it)."""
    text = (resources.files(_PACKAGE) / _RESOURCE).read_text("utf-8")
    parsed: dict[str, Any] = json.loads(text)
    return parsed


def schemas() -> dict[str, Any]:
    """The component schemas, by name."""
    found: dict[str, Any] = document()["components"]["schemas"]
    return found


def schema(name: str) -> dict[str, Any]:
    """One component schema by name (``KeyError`` for a name the contract does not have)."""
    found: dict[str, Any] = schemas()[name]
    return found


def resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    """``node``, or the component schema its ``$ref`` names."""
    ref = node.get("$ref")
    if isinstance(ref, str):
        return schema(ref.rsplit("/", 1)[-1])
    return node


def nullable(node: Mapping[str, Any]) -> bool:
    """Whether a schema admits JSON null (``type`` lists ``"null"``, or an ``anyOf`` /
    ``oneOf`` option does)."""
    kind = node.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(nullable(option) for option in node.get("anyOf", node.get("oneOf", ())))
