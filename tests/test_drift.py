"""The SDK keeps up with the contract (``openapi/guardrails.yaml``): every request field, query
and path parameter it lists can be passed, and every operation it names exists, sync and async.
The methods and their arguments are generated; these checks read the contract on their own and
fail, naming what is missing, when the generated layer is stale or wrong."""

from __future__ import annotations

import copy
import inspect
import json
import re
from importlib import resources
from typing import Any

import pytest
import strategies
from openapi_python_client.strings import snake_case
from openrouter_guardrails_api import sdk
from openrouter_guardrails_api.sdk import OPERATIONS, AsyncGuardrails, Guardrails

from openrouter_guardrails._types import CALL_OPTIONS

HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


def _keys(typed_dict: Any) -> set[str]:
    return set(typed_dict.__required_keys__ | typed_dict.__optional_keys__)


#: What each request schema's fields are passed through: the TypedDict, plus explicit keywords.
EXPOSED = {
    "CreateGuardrailRequest": _keys(sdk.CreateGuardrailArguments)
    - CALL_OPTIONS
    - set(sdk.CLIENT_HEADERS)
    | {"name"},
    "UpdateGuardrailRequest": _keys(sdk.UpdateGuardrailArguments)
    - CALL_OPTIONS
    - set(sdk.CLIENT_HEADERS),
}


def drift(spec: dict[str, Any]) -> list[str]:
    """One line per request field of ``spec`` that the handwritten layer does not accept."""
    problems = []
    schemas = spec["components"]["schemas"]
    for schema, exposed in EXPOSED.items():
        for field in sorted(set(schemas[schema].get("properties", {})) - exposed):
            problems.append(f"{schema}.{field} is in the contract but not accepted by the SDK")
    return problems


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        operation
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def missing_methods(spec: dict[str, Any]) -> list[str]:
    """One line per ``x-sdk-name`` of ``spec`` without its sync, async and ``*_async`` methods."""
    problems = []
    for operation in _operations(spec):
        name = operation["x-sdk-name"]
        for owner in (Guardrails, AsyncGuardrails):
            for method in (name, f"{name}_async"):
                if not callable(getattr(owner, method, None)):
                    problems.append(f"{owner.__name__}.{method} is missing")
    return problems


def test_contract_request_fields_are_all_accepted() -> None:
    """Every CreateGuardrailRequest / UpdateGuardrailRequest property can be passed."""
    problems = drift(strategies.spec())
    assert not problems, "\n".join(problems)


def test_drift_check_names_a_new_field() -> None:
    """A property added to the contract (a new provider) makes the check fail, naming it."""
    spec = copy.deepcopy(strategies.spec())
    for schema in EXPOSED:
        spec["components"]["schemas"][schema]["properties"]["enforce_zdr_mistral"] = {
            "type": ["boolean", "null"]
        }
    assert drift(spec) == [
        "CreateGuardrailRequest.enforce_zdr_mistral is in the contract but not accepted by the SDK",
        "UpdateGuardrailRequest.enforce_zdr_mistral is in the contract but not accepted by the SDK",
    ]


def test_no_exposed_field_is_missing_from_the_contract() -> None:
    """The TypedDicts name no field the contract has dropped."""
    schemas = strategies.spec()["components"]["schemas"]
    for schema, exposed in EXPOSED.items():
        stale = exposed - set(schemas[schema]["properties"])
        assert not stale, f"{schema}: the SDK exposes {sorted(stale)} the contract does not have"


def test_shipped_contract_matches_the_curated_one() -> None:
    """The contract the package validates with (``openapi.json``) has the same request fields."""
    shipped = json.loads(
        (resources.files("openrouter_guardrails_api") / "openapi.json").read_text("utf-8")
    )
    curated = strategies.spec()["components"]["schemas"]
    for schema in EXPOSED:
        assert set(shipped["components"]["schemas"][schema]["properties"]) == set(
            curated[schema]["properties"]
        )


def test_every_sdk_name_is_a_method_sync_and_async() -> None:
    """Each x-sdk-name is a method of Guardrails and AsyncGuardrails, with an *_async twin."""
    problems = missing_methods(strategies.spec())
    assert not problems, "\n".join(problems)
    names = {op["x-sdk-name"] for op in _operations(strategies.spec())}
    assert len(names) == 13


def test_method_check_names_a_new_operation() -> None:
    """An operation added to the contract makes the check fail, naming its methods."""
    spec = copy.deepcopy(strategies.spec())
    spec["paths"]["/guardrails/{id}/clone"] = {
        "post": {"operationId": "cloneGuardrail", "x-sdk-name": "clone"}
    }
    assert missing_methods(spec) == [
        "Guardrails.clone is missing",
        "Guardrails.clone_async is missing",
        "AsyncGuardrails.clone is missing",
        "AsyncGuardrails.clone_async is missing",
    ]


def test_every_operation_is_known_with_its_operation_id() -> None:
    """The client's operation table matches the contract: same SDK names and operationIds."""
    contract = {op["x-sdk-name"]: op["operationId"] for op in _operations(strategies.spec())}
    table = {name: op.operation_id for name, op in OPERATIONS.items()}
    assert table == contract


def test_no_public_method_outside_the_contract() -> None:
    """``Guardrails`` has no public operation that the contract does not name."""
    names = {op["x-sdk-name"] for op in _operations(strategies.spec())}
    allowed = names | {f"{n}_async" for n in names}
    for owner in (Guardrails, AsyncGuardrails):
        public = {n for n, v in inspect.getmembers(owner) if callable(v) and not n.startswith("_")}
        assert public == allowed, owner.__name__


def _accepted(owner: type, name: str) -> set[str]:
    """The keyword arguments a method takes: its own, and those of its ``**Unpack[...]``."""
    accepted: set[str] = set()
    for parameter in inspect.signature(getattr(owner, name)).parameters.values():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            match = re.fullmatch(r"Unpack\[(\w+)\]", str(parameter.annotation))
            assert match, parameter.annotation
            accepted |= _keys(getattr(sdk, match.group(1)))
        elif parameter.name != "self":
            accepted.add(parameter.name)
    return accepted


@pytest.mark.parametrize("owner", [Guardrails, AsyncGuardrails], ids=lambda o: o.__name__)
def test_every_contract_parameter_can_be_passed(owner: type) -> None:
    """Each operation takes its path/query parameters, body fields, app headers and retries."""
    spec = strategies.spec()
    components = spec["components"]
    for operation in _operations(spec):
        name = operation["x-sdk-name"]
        expected = {"retries"}
        for entry in operation.get("parameters", []):
            parameter = (
                components["parameters"][entry["$ref"].rsplit("/", 1)[-1]]
                if "$ref" in entry
                else entry
            )
            expected.add(snake_case(parameter["name"]))
        body = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if body:
            schema = components["schemas"][body["schema"]["$ref"].rsplit("/", 1)[-1]]
            expected |= set(schema["properties"])
        for method in (name, f"{name}_async"):
            missing = expected - _accepted(owner, method)
            assert not missing, f"{owner.__name__}.{method} does not take {sorted(missing)}"


@pytest.mark.parametrize("owner", [Guardrails, AsyncGuardrails], ids=lambda o: o.__name__)
def test_help_lists_every_argument_of_every_operation(owner: type) -> None:
    """``help()`` on an operation shows each of its arguments, with where it goes."""
    import pydoc

    for operation in OPERATIONS.values():
        text = pydoc.render_doc(getattr(owner, operation.name), renderer=pydoc.plaintext)
        names = [
            *operation.path_params,
            *operation.query_params,
            *operation.body_fields,
            *operation.header_params,
        ]
        for name in names:
            assert f"{name} (" in text, f"{owner.__name__}.{operation.name}: {name} not in help()"
