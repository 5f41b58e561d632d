"""The deprecated ``enforce_zdr``: the client applies the API's rule before sending (its value
fills every per-provider field the call does not give), warns at the caller's line, and
``effective_zdr`` reads a guardrail's setting for a provider the same way."""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
import warnings
from typing import Any

import attrs
import httpx
import pytest
import respx
from client_support import BASE_URL, GUARDRAIL, make_async_client, make_client
from hypothesis import given
from hypothesis import strategies as st
from openrouter_guardrails_api.models import (
    CreateGuardrailRequest,
    Guardrail,
    UpdateGuardrailRequest,
)
from openrouter_guardrails_api.sdk import FALLBACKS

from openrouter_guardrails import _zdr, effective_zdr

#: The deprecated field's replacements, as the build step compiled them from the contract.
((DEPRECATED, PER_PROVIDER_FIELDS),) = FALLBACKS.items()
PROVIDERS = tuple(_zdr.providers(FALLBACKS))


def apply_enforce_zdr(fields: dict[str, Any]) -> dict[str, Any]:
    """The rule, with the contract's fallbacks."""
    return _zdr.apply_enforce_zdr(fields, FALLBACKS)


ABSENT = "absent"
STATES = [ABSENT, True, False, None]
FIELDS = (DEPRECATED, *PER_PROVIDER_FIELDS)


def test_per_provider_fields_come_from_the_generated_models() -> None:
    """The per-provider fields are every ``enforce_zdr_*`` of the request models."""
    for model in (CreateGuardrailRequest, UpdateGuardrailRequest):
        names = {a.name for a in attrs.fields(model) if a.name.startswith("enforce_zdr_")}
        assert set(PER_PROVIDER_FIELDS) == names
    assert PER_PROVIDER_FIELDS == (
        "enforce_zdr_anthropic",
        "enforce_zdr_google",
        "enforce_zdr_openai",
        "enforce_zdr_other",
        "enforce_zdr_xai",
    )
    assert PROVIDERS == ("anthropic", "google", "openai", "other", "xai")


def _given(states: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in states.items() if value != ABSENT}


def _expected(given_fields: dict[str, Any]) -> dict[str, Any]:
    """The per-provider fields the API's rule says the request carries."""
    if "enforce_zdr" not in given_fields:
        return {f: v for f, v in given_fields.items() if f in PER_PROVIDER_FIELDS}
    fallback = given_fields["enforce_zdr"]
    return {f: given_fields.get(f, fallback) for f in PER_PROVIDER_FIELDS}


def test_rule_for_every_combination() -> None:
    """All 4^5 combinations of given / True / False / None: ``apply_enforce_zdr`` obeys the rule."""
    for combination in itertools.product(STATES, repeat=len(FIELDS)):
        fields = _given(dict(zip(FIELDS, combination, strict=True)))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = apply_enforce_zdr({"name": "n", **fields})
        assert "enforce_zdr" not in result
        assert result["name"] == "n"
        assert {k: v for k, v in result.items() if k != "name"} == _expected(fields)
        assert len(caught) == ("enforce_zdr" in fields)


def test_rule_returns_the_fields_unchanged_without_enforce_zdr() -> None:
    """Without ``enforce_zdr`` the fields are passed through as they are, with no warning."""
    fields = {"name": "n", "enforce_zdr_openai": None}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert apply_enforce_zdr(fields) is fields


STATE = st.sampled_from(STATES)
COMBINATIONS = st.fixed_dictionaries({name: STATE for name in FIELDS})


@given(states=COMBINATIONS, operation=st.sampled_from(["create", "update"]))
def test_body_sent_obeys_the_rule(states: dict[str, Any], operation: str) -> None:
    """On create and update, the body sent carries exactly what the enforce_zdr rule gives."""
    fields = _given(states)
    client = make_client(retry_config="none")
    with respx.mock(base_url=BASE_URL) as router:
        route = router.route().mock(return_value=httpx.Response(200, json={"data": GUARDRAIL}))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            if operation == "create":
                client.guardrails.create(name="n", **fields)
            else:
                client.guardrails.update(id="g1", **fields)
    body = json.loads(route.calls.last.request.content)
    assert "enforce_zdr" not in body
    assert {k: v for k, v in body.items() if k.startswith("enforce_zdr")} == _expected(fields)
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(deprecations) == ("enforce_zdr" in fields)


def test_warning_names_the_replacements_and_what_was_sent() -> None:
    """The warning says which fields replace ``enforce_zdr`` and which it filled."""
    with pytest.warns(DeprecationWarning) as record:
        apply_enforce_zdr({"enforce_zdr": True, "enforce_zdr_openai": False})
    message = str(record[0].message)
    assert "enforce_zdr is deprecated" in message
    assert all(name in message for name in PER_PROVIDER_FIELDS)
    assert "enforce_zdr=True was sent as enforce_zdr_anthropic, enforce_zdr_google, " in message
    with pytest.warns(DeprecationWarning, match="nothing \\(all were given\\)"):
        apply_enforce_zdr({"enforce_zdr": True, **dict.fromkeys(PER_PROVIDER_FIELDS, False)})


def _route_ok(router: respx.MockRouter) -> None:
    router.route().mock(return_value=httpx.Response(200, json={"data": GUARDRAIL}))


def _only_deprecation(record: list[warnings.WarningMessage]) -> warnings.WarningMessage:
    found = [w for w in record if issubclass(w.category, DeprecationWarning)]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("operation", ["create", "update"])
def test_warning_points_at_the_callers_line(operation: str) -> None:
    """The ``DeprecationWarning`` names this test file and the line of the call."""
    client = make_client()
    kwargs = {"name": "n"} if operation == "create" else {"id": "g1"}
    method = getattr(client.guardrails, operation)
    with respx.mock(base_url=BASE_URL) as router, warnings.catch_warnings(record=True) as record:
        _route_ok(router)
        warnings.simplefilter("always")
        line = inspect.currentframe().f_lineno + 1  # type: ignore[union-attr]
        method(enforce_zdr=True, **kwargs)
    warning = _only_deprecation(record)
    assert warning.filename == __file__
    assert warning.lineno == line


@pytest.mark.parametrize("on", ["async_client", "sync_async_twin"])
def test_warning_points_at_the_callers_line_async(on: str) -> None:
    """From a coroutine too, the warning names the line that awaited the call."""
    lines: list[int] = []

    async def main() -> None:
        client = make_async_client() if on == "async_client" else make_client()
        create = (
            client.guardrails.create if on == "async_client" else client.guardrails.create_async
        )
        lines.append(inspect.currentframe().f_lineno + 1)  # type: ignore[union-attr]
        await create(name="n", enforce_zdr=False)

    with respx.mock(base_url=BASE_URL) as router, warnings.catch_warnings(record=True) as record:
        _route_ok(router)
        warnings.simplefilter("always")
        asyncio.run(main())
    warning = _only_deprecation(record)
    assert warning.filename == __file__
    assert warning.lineno == lines[0]


# ---------------------------------------------------------------- effective_zdr


def _guardrail(**fields: Any) -> Guardrail:
    base = {"id": "g", "name": "n", "created_at": "t", "workspace_id": "w"}
    return Guardrail.from_dict({**base, **fields})


@pytest.mark.parametrize(
    ("fields", "provider", "expected"),
    [
        ({"enforce_zdr_openai": True}, "openai", True),
        ({"enforce_zdr_openai": False, "enforce_zdr": True}, "openai", False),
        ({"enforce_zdr_openai": None, "enforce_zdr": True}, "openai", True),
        ({"enforce_zdr": False}, "google", False),
        ({"enforce_zdr": None}, "anthropic", None),
        ({}, "other", None),
        ({"enforce_zdr_other": True}, "anthropic", None),
    ],
)
def test_effective_zdr(fields: dict[str, Any], provider: str, expected: bool | None) -> None:
    """Per-provider field when set, else enforce_zdr, else None; for a model and a mapping."""
    assert effective_zdr(_guardrail(**fields), provider) is expected
    assert effective_zdr(fields, provider) is expected


@given(states=COMBINATIONS, provider=st.sampled_from(PROVIDERS))
def test_effective_zdr_follows_the_rule(states: dict[str, Any], provider: str) -> None:
    """For any stored combination, the answer is the provider's value or the fallback."""
    fields = _given(states)
    own = fields.get(f"enforce_zdr_{provider}")
    expected = own if own is not None else fields.get("enforce_zdr")
    assert effective_zdr(_guardrail(**fields), provider) is expected


def test_effective_zdr_reads_a_response_model() -> None:
    """A guardrail returned by the client can be asked directly."""
    client = make_client()
    with respx.mock(base_url=BASE_URL) as router:
        _route_ok(router)
        guardrail = client.guardrails.get(id="g1").data
    assert effective_zdr(guardrail, "anthropic") is True
    assert effective_zdr(guardrail, "google") is False


def test_effective_zdr_unknown_provider() -> None:
    """An unknown provider is an error that lists the known ones."""
    with pytest.raises(ValueError, match="anthropic, google, openai, other"):
        effective_zdr(_guardrail(), "mistral")
