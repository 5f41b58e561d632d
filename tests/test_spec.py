"""The curated contract ``openapi/guardrails.yaml`` is the documented Guardrails surface.

``SEED`` below is vendored from the official Python SDK's Guardrails reference page: the 13
methods, the parameters each takes (path, query, the three app headers, request body fields;
``True`` where the page marks one required) and its table of error statuses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "guardrails.yaml"
SPEC_TEXT = SPEC_PATH.read_text(encoding="utf-8")
SPEC: dict[str, Any] = yaml.safe_load(SPEC_TEXT)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
SCHEMA_REF = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

APP_HEADERS = {"HTTP-Referer", "X-OpenRouter-Title", "X-OpenRouter-Categories"}
PAGE = {"offset": False, "limit": False}
GUARDRAIL_FIELDS = {
    "allowed_models": False,
    "allowed_providers": False,
    "content_filter_builtins": False,
    "content_filters": False,
    "description": False,
    "enforce_zdr": False,
    "enforce_zdr_anthropic": False,
    "enforce_zdr_google": False,
    "enforce_zdr_openai": False,
    "enforce_zdr_other": False,
    "ignored_models": False,
    "ignored_providers": False,
    "limit_usd": False,
    "reset_interval": False,
}
#: The seed's OptionalNullable[...] body fields: the contract must allow JSON null for them.
NULLABLE_FIELDS = {
    "description",
    "enforce_zdr",
    "enforce_zdr_anthropic",
    "enforce_zdr_google",
    "enforce_zdr_openai",
    "enforce_zdr_other",
    "limit_usd",
    "reset_interval",
}

SEED: dict[str, dict[str, Any]] = {
    "list": {
        "operation": ("GET", "/guardrails", "listGuardrails", 200),
        "path": {},
        "query": {**PAGE, "workspace_id": False},
        "body": None,
        "errors": {401, 500},
    },
    "create": {
        "operation": ("POST", "/guardrails", "createGuardrail", 201),
        "path": {},
        "query": {},
        "body": {"name": True, **GUARDRAIL_FIELDS, "workspace_id": False},
        "errors": {400, 401, 403, 500},
    },
    "delete": {
        "operation": ("DELETE", "/guardrails/{id}", "deleteGuardrail", 200),
        "path": {"id": True},
        "query": {},
        "body": None,
        "errors": {401, 404, 500},
    },
    "get": {
        "operation": ("GET", "/guardrails/{id}", "getGuardrail", 200),
        "path": {"id": True},
        "query": {},
        "body": None,
        "errors": {401, 404, 500},
    },
    "update": {
        "operation": ("PATCH", "/guardrails/{id}", "updateGuardrail", 200),
        "path": {"id": True},
        "query": {},
        "body": {"name": False, **GUARDRAIL_FIELDS},
        "errors": {400, 401, 404, 500},
    },
    "list_guardrail_key_assignments": {
        "operation": (
            "GET",
            "/guardrails/{id}/assignments/keys",
            "listGuardrailKeyAssignments",
            200,
        ),
        "path": {"id": True},
        "query": PAGE,
        "body": None,
        "errors": {401, 404, 500},
    },
    "bulk_assign_keys": {
        "operation": (
            "POST",
            "/guardrails/{id}/assignments/keys",
            "bulkAssignKeysToGuardrail",
            200,
        ),
        "path": {"id": True},
        "query": {},
        "body": {"key_hashes": True},
        "errors": {400, 401, 404, 500},
    },
    "bulk_unassign_keys": {
        "operation": (
            "POST",
            "/guardrails/{id}/assignments/keys/remove",
            "bulkUnassignKeysFromGuardrail",
            200,
        ),
        "path": {"id": True},
        "query": {},
        "body": {"key_hashes": True},
        "errors": {400, 401, 404, 500},
    },
    "list_guardrail_member_assignments": {
        "operation": (
            "GET",
            "/guardrails/{id}/assignments/members",
            "listGuardrailMemberAssignments",
            200,
        ),
        "path": {"id": True},
        "query": PAGE,
        "body": None,
        "errors": {401, 404, 500},
    },
    "bulk_assign_members": {
        "operation": (
            "POST",
            "/guardrails/{id}/assignments/members",
            "bulkAssignMembersToGuardrail",
            200,
        ),
        "path": {"id": True},
        "query": {},
        "body": {"member_user_ids": True},
        "errors": {400, 401, 404, 500},
    },
    "bulk_unassign_members": {
        "operation": (
            "POST",
            "/guardrails/{id}/assignments/members/remove",
            "bulkUnassignMembersFromGuardrail",
            200,
        ),
        "path": {"id": True},
        "query": {},
        "body": {"member_user_ids": True},
        "errors": {400, 401, 404, 500},
    },
    "list_key_assignments": {
        "operation": ("GET", "/guardrails/assignments/keys", "listKeyAssignments", 200),
        "path": {},
        "query": PAGE,
        "body": None,
        "errors": {401, 500},
    },
    "list_member_assignments": {
        "operation": ("GET", "/guardrails/assignments/members", "listMemberAssignments", 200),
        "path": {},
        "query": PAGE,
        "body": None,
        "errors": {401, 500},
    },
}


def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """Every operation of the contract by its ``x-sdk-name``: (METHOD, path, operation)."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                assert op["x-sdk-name"] not in found, f"duplicate x-sdk-name {op['x-sdk-name']}"
                found[op["x-sdk-name"]] = (method.upper(), path, op)
    return found


OPERATIONS = operations()


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with its ``$ref`` (to anywhere in the contract) followed."""
    while "$ref" in node:
        target: Any = SPEC
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token]
        node = target
    return node


def parameters(op: dict[str, Any], where: str) -> dict[str, bool]:
    """The operation's parameters in ``where`` (path, query, header): name -> required."""
    params = [resolve(p) for p in op.get("parameters", [])]
    return {p["name"]: bool(p.get("required")) for p in params if p["in"] == where}


def request_schema(op: dict[str, Any]) -> dict[str, Any]:
    """The JSON request body schema of an operation (followed through its reference)."""
    return resolve(op["requestBody"]["content"]["application/json"]["schema"])


def walk(node: Any, path: str = "") -> Any:
    """Every (JSON path, mapping) in the document."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{path}/{index}")


def allows_null(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(allows_null(resolve(s)) for s in schema.get("anyOf", []))


def test_the_contract_is_a_valid_openapi_3_1_document():
    """openapi-spec-validator accepts the contract, and it declares OpenAPI 3.1."""
    validate(SPEC)
    assert SPEC["openapi"].startswith("3.1.")


def test_the_contract_has_exactly_the_seed_operations():
    """The contract's x-sdk-names are exactly the 13 methods of the seed page."""
    assert set(OPERATIONS) == set(SEED)
    assert len(OPERATIONS) == 13


@pytest.mark.parametrize("sdk_name", list(SEED))
def test_operation_keeps_its_method_path_and_upstream_operation_id(sdk_name):
    """Each method maps to the upstream operationId, HTTP method and path."""
    method, path, op = OPERATIONS[sdk_name]
    expected_method, expected_path, operation_id, _ = SEED[sdk_name]["operation"]
    assert (method, path, op["operationId"]) == (expected_method, expected_path, operation_id)
    assert op["tags"] == ["Guardrails"]


@pytest.mark.parametrize("sdk_name", list(SEED))
def test_operation_takes_the_seed_path_and_query_parameters(sdk_name):
    """Path and query parameters (and which are required) are the seed's, no more, no less."""
    _, _, op = OPERATIONS[sdk_name]
    assert parameters(op, "path") == SEED[sdk_name]["path"]
    assert parameters(op, "query") == SEED[sdk_name]["query"]
    assert not parameters(op, "cookie")


@pytest.mark.parametrize("sdk_name", list(SEED))
def test_operation_takes_the_three_optional_app_headers(sdk_name):
    """Every operation accepts HTTP-Referer, X-OpenRouter-Title and X-OpenRouter-Categories."""
    _, _, op = OPERATIONS[sdk_name]
    assert parameters(op, "header") == dict.fromkeys(APP_HEADERS, False)
    for param in map(resolve, op["parameters"]):
        if param["in"] == "header":
            assert param["schema"] == {"type": "string"}


@pytest.mark.parametrize("sdk_name", list(SEED))
def test_operation_request_body_has_the_seed_fields(sdk_name):
    """The JSON body has every seed field, required as the seed marks it; fields the API
    gained after the seed page are optional."""
    _, _, op = OPERATIONS[sdk_name]
    body = SEED[sdk_name]["body"]
    if body is None:
        assert "requestBody" not in op
        return
    assert op["requestBody"]["required"] is True
    schema = request_schema(op)
    required = set(schema.get("required", []))
    fields = {name: name in required for name in schema["properties"]}
    assert {name: fields.get(name) for name in body} == body
    assert not any(fields[name] for name in fields.keys() - body.keys())


@pytest.mark.parametrize("sdk_name", ["create", "update"])
def test_optional_nullable_body_fields_accept_null(sdk_name):
    """The fields the seed types OptionalNullable accept JSON null; name does not."""
    schema = request_schema(OPERATIONS[sdk_name][2])
    nullable = {name for name, sub in schema["properties"].items() if allows_null(sub)}
    assert nullable >= NULLABLE_FIELDS
    assert "name" not in nullable


@pytest.mark.parametrize("sdk_name", list(SEED))
def test_operation_responses_are_the_seed_error_table_plus_catch_alls(sdk_name):
    """Responses: one success status, the seed's error statuses (the contract may document
    more), and 4XX and 5XX."""
    _, _, op = OPERATIONS[sdk_name]
    success = SEED[sdk_name]["operation"][3]
    expected = {str(success), *map(str, SEED[sdk_name]["errors"]), "4XX", "5XX"}
    assert set(op["responses"]) >= expected
    assert [s for s in op["responses"] if s.startswith("2")] == [str(success)]


@pytest.mark.parametrize("sdk_name", [n for n, s in SEED.items() if "limit" in s["query"]])
def test_page_parameters_are_bounded(sdk_name):
    """limit is an integer in 1..100 and offset an integer >= 0, neither nullable."""
    params = {p["name"]: p for p in map(resolve, OPERATIONS[sdk_name][2]["parameters"])}
    limit, offset = params["limit"]["schema"], params["offset"]["schema"]
    assert (limit["type"], limit["minimum"], limit["maximum"]) == ("integer", 1, 100)
    assert (offset["type"], offset["minimum"]) == ("integer", 0)
    assert "maximum" not in offset
    assert OPERATIONS[sdk_name][2]["x-pagination"] == {
        "type": "offsetLimit",
        "offset": "offset",
        "limit": "limit",
        "results": "data",
        "total": "total_count",
    }


def test_only_the_list_operations_are_paginated():
    """x-pagination marks exactly the five operations that take offset and limit."""
    paginated = {name for name, (_, _, op) in OPERATIONS.items() if "x-pagination" in op}
    assert paginated == {n for n, s in SEED.items() if "limit" in s["query"]}
    assert len(paginated) == 5


@pytest.mark.parametrize(
    ("schema", "field"),
    [
        ("BulkAssignKeysRequest", "key_hashes"),
        ("BulkUnassignKeysRequest", "key_hashes"),
        ("BulkAssignMembersRequest", "member_user_ids"),
        ("BulkUnassignMembersRequest", "member_user_ids"),
    ],
)
def test_bulk_requests_need_at_least_one_item(schema, field):
    """key_hashes and member_user_ids are required arrays with minItems 1 of non-empty strings."""
    prop = SCHEMAS[schema]["properties"][field]
    assert field in SCHEMAS[schema]["required"]
    assert (prop["type"], prop["minItems"]) == ("array", 1)
    assert prop["items"] == {"type": "string", "minLength": 1}


@pytest.mark.parametrize("schema", ["CreateGuardrailRequest", "UpdateGuardrailRequest"])
def test_guardrail_name_is_1_to_200_characters(schema):
    """A guardrail name in a request is a string of 1 to 200 characters."""
    name = SCHEMAS[schema]["properties"]["name"]
    assert (name["type"], name["minLength"], name["maxLength"]) == ("string", 1, 200)


def test_no_id_is_typed_as_a_uuid():
    """No schema anywhere has format: uuid (ids are opaque strings to a client)."""
    assert [path for path, node in walk(SPEC) if node.get("format") == "uuid"] == []


def test_no_openapi_3_0_nullable_keyword_remains():
    """Nullability is spelled the 3.1 way only: no 'nullable' keyword anywhere."""
    assert [path for path, node in walk(SPEC) if "nullable" in node] == []


def test_every_reference_resolves():
    """Every $ref in the contract points at something that exists."""
    for path, node in walk(SPEC):
        if "$ref" in node:
            assert isinstance(resolve(node), dict), path


@pytest.mark.parametrize("sdk_name", ["create", "get", "update"])
def test_single_guardrail_responses_wrap_the_one_guardrail_schema(sdk_name):
    """create/get/update answer {data: Guardrail}, a plain reference to the one schema."""
    _, _, op = OPERATIONS[sdk_name]
    success = str(SEED[sdk_name]["operation"][3])
    schema = resolve(op["responses"][success]["content"]["application/json"]["schema"])
    assert schema["properties"]["data"] == {"$ref": SCHEMA_REF + "Guardrail"}
    assert schema["required"] == ["data"]


def test_the_list_response_holds_the_same_guardrail_schema():
    """The guardrail list's items are the same Guardrail schema, not a copy."""
    data = SCHEMAS["ListGuardrailsResponse"]["properties"]["data"]
    assert data["items"] == {"$ref": SCHEMA_REF + "Guardrail"}


def test_guardrail_is_defined_once():
    """No other schema repeats Guardrail's fields (one model, not a copy per response)."""
    fields = set(SCHEMAS["Guardrail"]["properties"])
    copies = [
        name
        for name, schema in SCHEMAS.items()
        if name != "Guardrail"
        and {"id", "created_at", "workspace_id"} <= set(schema.get("properties", {}))
    ]
    assert copies == []
    assert {"id", "name", "created_at", "workspace_id", "reset_interval"} <= fields


def test_every_error_response_uses_the_one_error_envelope():
    """Every 4xx/5xx response of every operation is an ErrorResponse, the only envelope."""
    for name, (_, _, op) in OPERATIONS.items():
        for status, response in op["responses"].items():
            if status[0] in "45":
                schema = response["content"]["application/json"]["schema"]
                assert schema == {"$ref": SCHEMA_REF + "ErrorResponse"}, (name, status)
    envelopes = [n for n, s in SCHEMAS.items() if "error" in s.get("properties", {})]
    assert envelopes == ["ErrorResponse"]
    assert SCHEMAS["ErrorResponse"]["properties"]["error"] == {"$ref": SCHEMA_REF + "ErrorDetail"}
    assert set(SCHEMAS["ErrorDetail"]["required"]) == {"code", "message"}


def test_create_links_to_every_operation_on_the_created_guardrail():
    """createGuardrail's 201 links its data.id to every operation with an {id} path parameter."""
    links = OPERATIONS["create"][2]["responses"]["201"]["links"]
    with_id = {op["operationId"] for _, path, op in OPERATIONS.values() if "{id}" in path}
    assert len(with_id) == 9
    assert {link["operationId"] for link in links.values()} == with_id
    for link in links.values():
        assert link["parameters"] == {"id": "$response.body#/data/id"}


def test_keys_are_sorted_so_a_dump_reproduces_the_file():
    """Dumping the parsed contract with sorted keys gives back the file byte for byte."""
    dumped = yaml.safe_dump(SPEC, sort_keys=True, allow_unicode=True, width=10_000)
    assert dumped == SPEC_TEXT
