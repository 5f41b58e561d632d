"""The fake's error answers: 400, 401, 403, 404, 405, each with the API's envelope, for every
operation of the contract; and the base path."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from openrouter_guardrails.testing import (
    DEFAULT_API_KEY,
    Contract,
    FakeTransport,
    GuardrailsFake,
    Operation,
    VirtualClock,
)

OPERATIONS = sorted(Contract.load().operations.values(), key=lambda op: op.operation_id)


def example_body(contract: Contract, operation: Operation) -> Any:
    """The contract's example request body of ``operation`` (``None`` without a body)."""
    spec = contract.document["paths"][operation.path][operation.method.lower()]
    content = spec.get("requestBody", {}).get("content", {}).get("application/json")
    return None if content is None else content["example"]


def send(
    client: httpx.Client,
    contract: Contract,
    operation: Operation,
    guardrail_id: str,
    **kwargs: Any,
) -> httpx.Response:
    path = operation.path.replace("{id}", guardrail_id)
    body = example_body(contract, operation)
    if body is not None:
        kwargs.setdefault("json", body)
    return client.request(operation.method, path, **kwargs)


def assert_error(response: httpx.Response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    error = response.json()["error"]
    assert error["code"] == status
    assert isinstance(error["message"], str) and error["message"]
    for word in words:
        assert word in error["message"]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_every_operation_succeeds_within_the_contract(
    fake: GuardrailsFake, client: httpx.Client, contract: Contract, operation: Operation
) -> None:
    """Each operation called with the contract's example answers a documented success."""
    guardrail_id = fake.add_guardrail(name="existing")["id"]
    response = send(client, contract, operation, guardrail_id)
    documented = [s for s in operation.responses if s.startswith("2")]
    assert str(response.status_code) in documented


def test_fake_implements_every_operation(fake: GuardrailsFake, contract: Contract) -> None:
    """The fake has an implementation for each of the contract's 13 operations."""
    assert fake.implemented_operations == set(contract.operations)
    assert len(contract.operations) == 13


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_missing_key_is_401(
    fake: GuardrailsFake, client: httpx.Client, contract: Contract, operation: Operation
) -> None:
    """Without an Authorization header every operation answers 401 with the envelope."""
    guardrail_id = fake.add_guardrail(name="existing")["id"]
    client.headers.pop("Authorization")
    assert_error(send(client, contract, operation, guardrail_id), 401, "Authentication")


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_unknown_key_is_401(
    fake: GuardrailsFake, client: httpx.Client, contract: Contract, operation: Operation
) -> None:
    """A bearer key the fake does not accept answers 401."""
    guardrail_id = fake.add_guardrail(name="existing")["id"]
    headers = {"Authorization": "Bearer sk-or-v1-unknown"}
    assert_error(send(client, contract, operation, guardrail_id, headers=headers), 401)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
def test_non_management_key_is_403(
    fake: GuardrailsFake, client: httpx.Client, contract: Contract, operation: Operation
) -> None:
    """A key that authenticates but is not a management key answers 403, changing nothing."""
    guardrail_id = fake.add_guardrail(name="existing")["id"]
    before = (fake.guardrails, fake.key_assignments, fake.member_assignments)
    headers = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
    response = send(client, contract, operation, guardrail_id, headers=headers)
    assert_error(response, 403, "management")
    assert (fake.guardrails, fake.key_assignments, fake.member_assignments) == before


@pytest.mark.parametrize(
    "value", ["Basic c2stb3I=", "Bearer", "Bearer   ", "sk-or-v1-mgmt-test", "Token abc"]
)
def test_malformed_authorization_is_401(client: httpx.Client, value: str) -> None:
    """An Authorization header that is not 'Bearer <key>' answers 401."""
    assert_error(client.get("/guardrails", headers={"Authorization": value}), 401)


def test_bearer_scheme_is_case_insensitive(client: httpx.Client) -> None:
    """'bearer <key>' is accepted like 'Bearer <key>'."""
    response = client.get("/guardrails", headers={"Authorization": "bearer sk-or-v1-mgmt-test"})
    assert response.status_code == 200


def test_keys_are_configurable(client_factory: Callable[..., httpx.Client]) -> None:
    """management_keys and api_keys decide who may call and who gets 403."""
    fake = GuardrailsFake(management_keys={"mgmt-a"}, api_keys={"plain-b"}, clock=VirtualClock())
    http = client_factory(FakeTransport(fake))
    assert_error(http.get("/guardrails"), 401)  # the default key is not accepted any more
    ok = http.get("/guardrails", headers={"Authorization": "Bearer mgmt-a"})
    assert ok.status_code == 200
    assert_error(http.get("/guardrails", headers={"Authorization": "Bearer plain-b"}), 403)
    fake.management_keys.add("mgmt-c")
    assert http.get("/guardrails", headers={"Authorization": "Bearer mgmt-c"}).status_code == 200


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
def test_unknown_guardrail_id_is_404(client: httpx.Client, method: str) -> None:
    """get, update and delete answer 404 for an id that does not exist."""
    body = {"name": "x"} if method == "PATCH" else None
    assert_error(client.request(method, "/guardrails/does-not-exist", json=body), 404)


def test_encoded_id_is_decoded_and_404(fake: GuardrailsFake, client: httpx.Client) -> None:
    """A percent-encoded id is one path segment, decoded before lookup."""
    response = client.get("/guardrails/a%2F..%2Fkeys")
    assert_error(response, 404, "a/../keys")


@pytest.mark.parametrize(
    "path", ["/nope", "/guardrails/x/y", "/guardrails/x/assignments", "/guardrails/", ""]
)
def test_unknown_route_is_404(client: httpx.Client, path: str) -> None:
    """A path the contract does not have answers 404 with the envelope."""
    assert_error(client.get(path), 404)


def test_path_outside_base_path_is_404(client: httpx.Client) -> None:
    """A contract path without the base path answers 404."""
    assert_error(client.get("https://openrouter.test/guardrails"), 404)
    assert_error(client.get("https://openrouter.test/api/v1guardrails"), 404)


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/guardrails/some-id", "GET, DELETE, PATCH"),
        ("DELETE", "/guardrails", "GET, POST"),
        ("PATCH", "/guardrails/assignments/keys", "GET"),
        ("GET", "/guardrails/some-id/assignments/keys/remove", "POST"),
    ],
)
def test_wrong_method_is_405_with_allow(
    client: httpx.Client, method: str, path: str, allowed: str
) -> None:
    """A method the path does not have answers 405 and lists the allowed ones."""
    response = client.request(method, path)
    assert_error(response, 405, method)
    assert response.headers["allow"] == allowed


def test_route_errors_come_before_auth(client: httpx.Client) -> None:
    """Unknown routes answer 404 (and wrong methods 405) even without a key."""
    client.headers.pop("Authorization")
    assert_error(client.get("/nope"), 404)
    assert_error(client.put("/guardrails"), 405)


def test_auth_comes_before_validation(client: httpx.Client) -> None:
    """A request without a key and with a bad body answers 401, not 400."""
    client.headers.pop("Authorization")
    assert_error(client.post("/guardrails", json={"name": 5}), 401)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"{not json", ("JSON",)),
        (b"", ("required",)),
        (b"[]", ("object",)),
        (b'{"name": ""}', ("name",)),
        (b'{"name": "x", "limit_usd": "ten"}', ("limit_usd",)),
        (b'{"name": "x", "allowed_models": []}', ("allowed_models",)),
        (b'{"name": "x", "description": "' + b"d" * 1001 + b'"}', ("description",)),
        (
            b'{"name": "x", "content_filters": [{"pattern": "p", "action": "alert"}]}',
            ("content_filters[0].action",),
        ),
        (b'{"name": "x", "reset_interval": "yearly"}', ("reset_interval",)),
        (b'{"name": "x", "enforce_zdr": "yes"}', ("enforce_zdr",)),
    ],
)
def test_invalid_create_body_is_400_naming_the_field(
    client: httpx.Client, fake: GuardrailsFake, body: bytes, words: tuple[str, ...]
) -> None:
    """A create body that breaks the contract answers 400 whose message names the problem."""
    response = client.post(
        "/guardrails", content=body, headers={"content-type": "application/json"}
    )
    assert_error(response, 400, *words)
    assert fake.guardrails == []


def test_invalid_update_body_is_400(fake: GuardrailsFake, client: httpx.Client) -> None:
    """An update body that breaks the contract answers 400 and changes nothing."""
    guardrail = fake.add_guardrail(name="kept")
    response = client.patch(f"/guardrails/{guardrail['id']}", json={"limit_usd": [1]})
    assert_error(response, 400, "limit_usd")
    assert fake.guardrails == [guardrail]


def test_custom_base_path(client_factory: Callable[..., httpx.Client]) -> None:
    """The base path is a parameter: routes live under it and nowhere else."""
    fake = GuardrailsFake(base_path="/v2/", clock=VirtualClock())
    http = client_factory(FakeTransport(fake), base_url="http://fake/v2", base_path="/v2")
    assert http.post("/guardrails", json={"name": "x"}).status_code == 201
    assert http.get("/guardrails").json()["total_count"] == 1
    assert_error(http.get("http://fake/api/v1/guardrails"), 404)


def test_empty_base_path(client_factory: Callable[..., httpx.Client]) -> None:
    """With an empty base path the contract's paths are served at the root."""
    fake = GuardrailsFake(base_path="", clock=VirtualClock())
    http = client_factory(FakeTransport(fake), base_url="http://fake", base_path="")
    assert http.get("/guardrails").status_code == 200


def test_requests_are_recorded(fake: GuardrailsFake, client: httpx.Client) -> None:
    """The fake records each request with its route, operation and status."""
    client.post("/guardrails", json={"name": "x"}, headers={"X-OpenRouter-Title": "app"})
    client.get("/guardrails", params={"limit": 5})
    client.get("/nope")
    first, second, third = fake.requests
    assert (first.method, first.route, first.operation_id, first.status) == (
        "POST",
        "POST /guardrails",
        "createGuardrail",
        201,
    )
    assert first.json() == {"name": "x"}
    assert first.headers["x-openrouter-title"] == "app"
    assert second.query == {"limit": ["5"]}
    assert (third.route, third.operation_id, third.status) == (None, None, 404)
