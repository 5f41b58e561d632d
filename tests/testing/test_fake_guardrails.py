"""The fake's guardrail operations: create, get, list, update, delete, and the enforce_zdr
rule, driven through a plain httpx client over the in-process transport."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx
import pytest

from openrouter_guardrails.testing import (
    DEFAULT_WORKSPACE_ID,
    Contract,
    FakeTransport,
    GuardrailsFake,
    VirtualClock,
)

ISO_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$")
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def create(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = client.post("/guardrails", json={"name": "g", **fields})
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def test_create_sets_server_fields(client: httpx.Client) -> None:
    """create answers 201 with a uuid4 id, ISO 8601 created_at, no updated_at, default workspace."""
    data = create(client, name="Production", limit_usd=50, reset_interval="monthly")
    assert UUID4.match(data["id"])
    assert ISO_Z.match(data["created_at"])
    assert data["updated_at"] is None
    assert data["workspace_id"] == DEFAULT_WORKSPACE_ID
    assert (data["name"], data["limit_usd"], data["reset_interval"]) == (
        "Production",
        50,
        "monthly",
    )


def test_create_returns_every_nullable_field_as_null(
    client: httpx.Client, contract: Contract
) -> None:
    """Fields the request leaves out come back as null, the server-set ones filled."""
    data = create(client)
    expected = set(contract.schema("Guardrail")["properties"])
    assert set(data) == expected
    assert data["description"] is None and data["allowed_models"] is None


def test_create_keeps_given_workspace(client: httpx.Client) -> None:
    """create puts the guardrail in the workspace the request names."""
    data = create(client, workspace_id="ws-other")
    assert data["workspace_id"] == "ws-other"


def test_timestamps_come_from_the_clock(
    guardrails_clock: VirtualClock, client: httpx.Client
) -> None:
    """created_at and updated_at are the fake's clock time, in UTC with a Z."""
    data = create(client)
    assert data["created_at"] == "2026-01-01T00:00:00.000Z"
    guardrails_clock.advance(61.5)
    updated = client.patch(f"/guardrails/{data['id']}", json={"limit_usd": 1}).json()["data"]
    assert updated["updated_at"] == "2026-01-01T00:01:01.500Z"
    assert updated["created_at"] == data["created_at"]


def test_get_returns_the_created_guardrail(client: httpx.Client) -> None:
    """get answers the stored guardrail by id."""
    data = create(client, description="d", allowed_providers=["openai"])
    response = client.get(f"/guardrails/{data['id']}")
    assert response.status_code == 200
    assert response.json() == {"data": data}


def test_list_returns_default_workspace_in_creation_order(client: httpx.Client) -> None:
    """list without workspace_id answers the default workspace's guardrails, oldest first."""
    first = create(client, name="one")
    create(client, name="elsewhere", workspace_id="ws-2")
    second = create(client, name="two")
    body = client.get("/guardrails").json()
    assert body["total_count"] == 2
    assert [g["id"] for g in body["data"]] == [first["id"], second["id"]]


def test_list_filters_by_workspace(client: httpx.Client) -> None:
    """list with workspace_id answers only that workspace's guardrails."""
    create(client, name="default")
    other = create(client, name="other", workspace_id="ws-2")
    body = client.get("/guardrails", params={"workspace_id": "ws-2"}).json()
    assert body == {"data": [other], "total_count": 1}
    assert client.get("/guardrails", params={"workspace_id": "none"}).json() == {
        "data": [],
        "total_count": 0,
    }


def test_update_changes_only_given_fields(client: httpx.Client) -> None:
    """update leaves fields the body omits as they were."""
    data = create(client, description="keep", limit_usd=10, allowed_providers=["openai"])
    updated = client.patch(f"/guardrails/{data['id']}", json={"limit_usd": 75}).json()["data"]
    assert updated["limit_usd"] == 75
    assert updated["description"] == "keep"
    assert updated["allowed_providers"] == ["openai"]
    assert ISO_Z.match(updated["updated_at"])


def test_update_null_removes_a_field(client: httpx.Client) -> None:
    """update with null clears a nullable field."""
    data = create(client, description="gone", content_filters=[{"pattern": "x", "action": "block"}])
    body = {"description": None, "content_filters": None}
    updated = client.patch(f"/guardrails/{data['id']}", json=body).json()["data"]
    assert updated["description"] is None and updated["content_filters"] is None
    assert client.get(f"/guardrails/{data['id']}").json()["data"] == updated


def test_update_null_name_is_400_naming_the_field(client: httpx.Client) -> None:
    """update with null where the schema forbids it (name) answers 400 naming name."""
    data = create(client)
    response = client.patch(f"/guardrails/{data['id']}", json={"name": None})
    assert response.status_code == 400
    assert "name" in response.json()["error"]["message"]
    assert client.get(f"/guardrails/{data['id']}").json()["data"]["name"] == "g"


def test_update_replaces_collections(client: httpx.Client) -> None:
    """update replaces a collection field whole (replace semantics)."""
    data = create(client, allowed_providers=["openai", "anthropic"])
    body = {"allowed_providers": ["google"]}
    updated = client.patch(f"/guardrails/{data['id']}", json=body).json()["data"]
    assert updated["allowed_providers"] == ["google"]


def test_update_ignores_fields_it_cannot_change(client: httpx.Client) -> None:
    """update accepts but ignores unknown and server-set fields (id, workspace_id)."""
    data = create(client)
    body = {"id": "other", "workspace_id": "ws-9", "future_field": 1, "limit_usd": 3}
    response = client.patch(f"/guardrails/{data['id']}", json=body)
    assert response.status_code == 200
    updated = response.json()["data"]
    assert (updated["id"], updated["workspace_id"]) == (data["id"], data["workspace_id"])
    assert "future_field" not in updated


def test_create_accepts_unknown_fields(client: httpx.Client) -> None:
    """create accepts a field the contract does not know, and does not store it."""
    data = create(client, brand_new_option=True)
    assert "brand_new_option" not in data


def test_delete_then_get_is_404(client: httpx.Client) -> None:
    """delete answers {deleted: true}; the guardrail is gone afterwards."""
    data = create(client)
    response = client.delete(f"/guardrails/{data['id']}")
    assert response.status_code == 200
    assert response.json() == {"deleted": True}
    assert client.get(f"/guardrails/{data['id']}").status_code == 404
    assert client.delete(f"/guardrails/{data['id']}").status_code == 404
    assert client.get("/guardrails").json()["total_count"] == 0


def test_builtin_labels_are_system_assigned(client: httpx.Client) -> None:
    """A builtin filter's label comes from its slug; a label in the request is ignored."""
    builtins = [
        {"slug": "email", "action": "redact", "label": "mine"},
        {"slug": "credit-card", "action": "block"},
        {"slug": "regex-prompt-injection", "action": "flag", "scan_scope": "user_only"},
    ]
    data = create(client, content_filter_builtins=builtins)
    assert data["content_filter_builtins"] == [
        {"slug": "email", "action": "redact", "label": "[EMAIL]"},
        {"slug": "credit-card", "action": "block", "label": "[CREDIT_CARD]"},
        {
            "slug": "regex-prompt-injection",
            "action": "flag",
            "label": "[REGEX_PROMPT_INJECTION]",
            "scan_scope": "user_only",
        },
    ]


def test_every_builtin_slug_takes_every_action(client: httpx.Client, contract: Contract) -> None:
    """Every builtin slug accepts block, redact and flag, on create and update (2026-08-22)."""
    slugs = contract.schema("ContentFilterBuiltinSlug")["enum"]
    actions = contract.schema("ContentFilterBuiltinAction")["enum"]
    assert "flag" in actions
    entries = [{"slug": s, "action": a} for s in slugs for a in actions]
    response = client.post("/guardrails", json={"name": "g", "content_filter_builtins": entries})
    assert response.status_code == 201, response.text
    stored = response.json()["data"]["content_filter_builtins"]
    assert [(e["slug"], e["action"]) for e in stored] == [(e["slug"], e["action"]) for e in entries]
    data = create(client)
    response = client.patch(f"/guardrails/{data['id']}", json={"content_filter_builtins": entries})
    assert response.status_code == 200


def test_ids_are_reproducible_with_a_seed(contract: Contract) -> None:
    """Two fakes with the same seed hand out the same ids."""
    ids = []
    for _ in range(2):
        fake = GuardrailsFake(seed=7, clock=VirtualClock())
        ids.append([fake.add_guardrail(name=f"g{i}")["id"] for i in range(3)])
    assert ids[0] == ids[1]
    assert all(UUID4.match(i) for i in ids[0])


def test_add_guardrail_validates_like_create(fake: GuardrailsFake) -> None:
    """add_guardrail stores a guardrail directly, and refuses what create would refuse."""
    data = fake.add_guardrail(name="direct", limit_usd=5)
    assert fake.guardrails == [data]
    assert fake.requests == []
    with pytest.raises(ValueError, match="name"):
        fake.add_guardrail(name="")


# -- the enforce_zdr rule ---------------------------------------------------------------


def test_zdr_fields_come_from_the_contract(contract: Contract) -> None:
    """The per-provider fields are the contract's enforce_zdr_* request properties."""
    properties = contract.schema("CreateGuardrailRequest")["properties"]
    expected = sorted(p for p in properties if p.startswith("enforce_zdr_"))
    assert list(contract.zdr_fields) == expected
    assert len(expected) >= 4


def test_create_enforce_zdr_fills_unspecified_providers(
    client: httpx.Client, contract: Contract
) -> None:
    """create with enforce_zdr copies it into every per-provider field not in the request."""
    data = create(client, enforce_zdr=True, enforce_zdr_openai=False)
    for name in contract.zdr_fields:
        assert data[name] is (name != "enforce_zdr_openai"), name
    assert data["enforce_zdr"] is True


def test_create_enforce_zdr_keeps_explicit_null(client: httpx.Client) -> None:
    """A per-provider field given as null is specified: enforce_zdr does not fill it."""
    data = create(client, enforce_zdr=True, enforce_zdr_google=None)
    assert data["enforce_zdr_google"] is None
    assert data["enforce_zdr_anthropic"] is True


def test_create_without_enforce_zdr_leaves_providers(
    client: httpx.Client, contract: Contract
) -> None:
    """Without enforce_zdr, per-provider fields are what the request says (else null)."""
    data = create(client, enforce_zdr_anthropic=True)
    assert data["enforce_zdr_anthropic"] is True
    assert all(data[n] is None for n in contract.zdr_fields if n != "enforce_zdr_anthropic")


def test_update_enforce_zdr_fills_unspecified_providers(
    client: httpx.Client, contract: Contract
) -> None:
    """update with enforce_zdr overwrites every per-provider field the request leaves out."""
    fields = dict.fromkeys(contract.zdr_fields, True)
    data = create(client, **fields)
    body = {"enforce_zdr": False, "enforce_zdr_other": True}
    updated = client.patch(f"/guardrails/{data['id']}", json=body).json()["data"]
    for name in contract.zdr_fields:
        assert updated[name] is (name == "enforce_zdr_other"), name


def test_update_enforce_zdr_null_is_copied_too(client: httpx.Client, contract: Contract) -> None:
    """enforce_zdr given as null is provided: null goes into every unspecified field."""
    data = create(client, enforce_zdr=True)
    body = {"enforce_zdr": None, "enforce_zdr_google": True}
    updated = client.patch(f"/guardrails/{data['id']}", json=body).json()["data"]
    for name in contract.zdr_fields:
        assert updated[name] is (True if name == "enforce_zdr_google" else None), name
    assert updated["enforce_zdr"] is None


def test_update_without_enforce_zdr_keeps_providers(client: httpx.Client) -> None:
    """update without enforce_zdr changes only the per-provider fields it names."""
    data = create(client, enforce_zdr=True)
    body = {"enforce_zdr_openai": False}
    updated = client.patch(f"/guardrails/{data['id']}", json=body).json()["data"]
    assert updated["enforce_zdr_openai"] is False
    assert updated["enforce_zdr_anthropic"] is True


def test_enforce_zdr_rule_follows_a_new_provider_in_the_contract(contract: Contract) -> None:
    """A per-provider field added to the contract is filled with no change to the fake."""
    document: dict[str, Any] = {**contract.document}
    schemas = dict(document["components"]["schemas"])
    for name in ("CreateGuardrailRequest", "Guardrail"):
        schema = dict(schemas[name])
        schema["properties"] = {
            **schema["properties"],
            "enforce_zdr_mistral": {"type": ["boolean", "null"]},
        }
        schemas[name] = schema
    # As curate writes it: the deprecated field lists the fields it fills.
    create_schema = dict(schemas["CreateGuardrailRequest"])
    deprecated = dict(create_schema["properties"]["enforce_zdr"])
    deprecated["x-fills-unset"] = [*deprecated["x-fills-unset"], "enforce_zdr_mistral"]
    create_schema["properties"] = {**create_schema["properties"], "enforce_zdr": deprecated}
    schemas["CreateGuardrailRequest"] = create_schema
    document["components"] = {**document["components"], "schemas": schemas}
    fake = GuardrailsFake(contract=Contract(document), clock=VirtualClock())
    data = fake.add_guardrail(name="g", enforce_zdr=True)
    assert data["enforce_zdr_mistral"] is True


def test_same_fake_serves_sync_and_async_clients(
    guardrails_transport: FakeTransport, client: httpx.Client, async_client_factory: Any
) -> None:
    """A guardrail created by a sync client is seen by an async client on the same transport."""
    data = create(client, name="shared")

    async def read() -> Any:
        async with async_client_factory(guardrails_transport) as http:
            return (await http.get(f"/guardrails/{data['id']}")).json()["data"]

    assert asyncio.run(read()) == data
