"""The deprecated ``enforce_zdr`` field and the per-provider fields that replace it.

The API's rule: when ``enforce_zdr`` is provided, its value is copied into every
per-provider ``enforce_zdr_*`` field that the request does not specify itself. The client
applies the rule before sending and sends only the per-provider fields. The deprecated field
and the fields it fills come from the contract (``x-fills-unset``, through the generated
``FALLBACKS``), so a provider added to the spec is covered after regeneration.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openrouter_guardrails_api import sdk
from openrouter_guardrails_api.models.guardrail import Guardrail
from openrouter_guardrails_api.sdk import FALLBACKS
from openrouter_guardrails_api.types import Unset

__all__ = ["PER_PROVIDER_FIELDS", "PROVIDERS", "apply_enforce_zdr", "effective_zdr"]

#: ``enforce_zdr``, and ``enforce_zdr_anthropic``, ``enforce_zdr_google``, ... (the fields
#: it fills), as the contract has them.
DEPRECATED_FIELD, PER_PROVIDER_FIELDS = next(iter(FALLBACKS.items()))
PREFIX = DEPRECATED_FIELD + "_"
#: The providers named by those fields (``anthropic``, ``google``, ``openai``, ``other``).
PROVIDERS: tuple[str, ...] = tuple(name[len(PREFIX) :] for name in PER_PROVIDER_FIELDS)

# With the separator, so that a sibling folder (``openrouter_guardrails_x/``) is outside;
# the generated methods (``openrouter_guardrails_api``) are this SDK's frames too.
_PACKAGE_DIRS = (
    str(Path(__file__).resolve().parent) + os.sep,
    str(Path(sdk.__file__).resolve().parent) + os.sep,
)


def _caller_stacklevel() -> int:
    """The ``stacklevel`` that points a warning at the first frame outside this package."""
    frame = sys._getframe(1)
    level = 1
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIRS):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def apply_enforce_zdr(fields: dict[str, Any]) -> dict[str, Any]:
    """Apply the rule to a request's fields: return them without ``enforce_zdr`` and with
    its value in every per-provider field they do not specify (``None`` counts as specified).
    Warns with ``DeprecationWarning`` at the caller's line when ``enforce_zdr`` is given."""
    if DEPRECATED_FIELD not in fields:
        return fields
    result = dict(fields)
    value = result.pop(DEPRECATED_FIELD)
    filled = [name for name in PER_PROVIDER_FIELDS if name not in result]
    for name in filled:
        result[name] = value
    warnings.warn(
        f"enforce_zdr is deprecated: use {', '.join(PER_PROVIDER_FIELDS)}. "
        f"enforce_zdr={value!r} was sent as {', '.join(filled) or 'nothing (all were given)'}.",
        DeprecationWarning,
        stacklevel=_caller_stacklevel(),
    )
    return result


def effective_zdr(guardrail: Guardrail | Mapping[str, Any], provider: str) -> bool | None:
    """Whether ``guardrail`` enforces zero data retention for ``provider`` (``"openai"``,
    ``"anthropic"``, ``"google"`` or ``"other"``): the per-provider field when set, else the
    deprecated ``enforce_zdr``; ``None`` when neither says, or when the field that says is
    not a boolean (a response that breaks the contract: see ``contract_violations``)."""
    if provider not in PROVIDERS:
        raise ValueError(f"unknown provider {provider!r}: expected one of {', '.join(PROVIDERS)}")
    if isinstance(guardrail, Mapping):
        source: Mapping[str, Any] = guardrail
    elif isinstance(guardrail, Guardrail):
        source = _as_mapping(guardrail)
    else:
        # A response (``client.guardrails.get(...)``) instead of its ``.data`` would read as
        # "neither says" and answer None.
        raise TypeError(
            "effective_zdr() takes a Guardrail (a response's .data) or a mapping, "
            f"not {type(guardrail).__name__}"
        )
    value = source.get(PREFIX + provider)
    if value is None or isinstance(value, Unset):
        value = source.get(DEPRECATED_FIELD)
    # Only a boolean answers: a "false" string is not False (nor True, as bool() would say).
    return value if isinstance(value, bool) else None


def _as_mapping(guardrail: Guardrail) -> dict[str, Any]:
    values = {
        name: getattr(guardrail, name, None) for name in (*PER_PROVIDER_FIELDS, DEPRECATED_FIELD)
    }
    for key, value in guardrail.additional_properties.items():
        values.setdefault(key, value)
    return values
