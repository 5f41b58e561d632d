"""The deprecated ``enforce_zdr`` field and the per-provider fields that replace it.

The API's rule: when ``enforce_zdr`` is provided, its value is copied into every
per-provider ``enforce_zdr_*`` field that the request does not specify itself. The client
applies the rule before sending and sends only the per-provider fields. Which field is
deprecated and which fields it fills come from the contract (``x-fills-unset``), compiled
into each operation's record (``Operation.fallbacks``) and into the generated
``FALLBACKS``: a provider added to the spec is covered after regeneration, and nothing here
names a field.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

from openrouter_guardrails._frames import caller_stacklevel
from openrouter_guardrails._values import Unset

__all__ = ["apply_enforce_zdr", "effective_zdr", "providers"]

#: Deprecated field -> the fields it fills (``x-fills-unset``).
Fallbacks = Mapping[str, tuple[str, ...]]


def apply_enforce_zdr(fields: dict[str, Any], fallbacks: Fallbacks) -> dict[str, Any]:
    """Apply the rule to a request's fields: return them without each deprecated field and
    with its value in every field it fills that they do not specify (``None`` counts as
    specified). Warns with ``DeprecationWarning`` at the caller's line when one is given."""
    given = [name for name in fallbacks if name in fields]
    if not given:
        return fields
    result = dict(fields)
    for deprecated in given:
        value = result.pop(deprecated)
        replacements = fallbacks[deprecated]
        filled = [name for name in replacements if name not in result]
        for name in filled:
            result[name] = value
        sent_as = ", ".join(filled) or "nothing (all were given)"
        warnings.warn(
            f"{deprecated} is deprecated: use {', '.join(replacements)}. "
            f"{deprecated}={value!r} was sent as {sent_as}.",
            DeprecationWarning,
            stacklevel=caller_stacklevel(),
        )
    return result


def providers(fallbacks: Fallbacks) -> dict[str, tuple[str, str]]:
    """Each provider a deprecated field's replacements name (``openai`` of
    ``enforce_zdr_openai``) -> (its field, the deprecated field)."""
    return {
        name[len(deprecated) + 1 :]: (name, deprecated)
        for deprecated, filled in fallbacks.items()
        for name in filled
        if name.startswith(deprecated + "_")
    }


def effective_zdr(guardrail: Any, provider: str, fallbacks: Fallbacks) -> bool | None:
    """Whether ``guardrail`` (a model, or a mapping) enforces zero data retention for
    ``provider``: the per-provider field when set, else the deprecated one; ``None`` when
    neither says, or when the field that says is not a boolean (a response that breaks the
    contract: see ``contract_violations``)."""
    known = providers(fallbacks)
    if provider not in known:
        raise ValueError(f"unknown provider {provider!r}: expected one of {', '.join(known)}")
    field, deprecated = known[provider]
    if isinstance(guardrail, Mapping):
        source: Mapping[str, Any] = guardrail
    elif hasattr(guardrail, "additional_properties") and hasattr(guardrail, field):
        source = _as_mapping(guardrail, (field, deprecated))
    else:
        # A response (``client.guardrails.get(...)``) instead of its ``.data`` would read as
        # "neither says" and answer None.
        raise TypeError(
            "effective_zdr() takes a guardrail (a response's .data) or a mapping, "
            f"not {type(guardrail).__name__}"
        )
    value = source.get(field)
    if value is None or isinstance(value, Unset):
        value = source.get(deprecated)
    # Only a boolean answers: a "false" string is not False (nor True, as bool() would say).
    return value if isinstance(value, bool) else None


def _as_mapping(guardrail: Any, names: tuple[str, ...]) -> dict[str, Any]:
    values = {name: getattr(guardrail, name, None) for name in names}
    for key, value in guardrail.additional_properties.items():
        values.setdefault(key, value)
    return values
