"""The rules the contract states only in prose, as the fake keeps them (``testing/_rules.py``):
schema defaults, the workspace default guardrail, legacy guardrails without a workspace, the
system-assigned builtin labels and the fields the server assigns."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from openrouter_guardrails.testing import DEFAULT_MANAGEMENT_KEY, FakeTransport, GuardrailsFake
from openrouter_guardrails.testing._contract import Contract
from openrouter_guardrails.testing._rules import (
    SERVER_ASSIGNED,
    default_guardrail_id,
    default_guardrail_name,
    stored_builtin,
)


def test_defaults_stated_in_prose_are_schema_defaults_the_fake_applies(
    client: httpx.Client, contract: Contract
) -> None:
    """A field the create request leaves out gets its schema ``default`` (curated from
    "Defaults to ..."), or null; include_byok_in_budgets is false."""
    create = contract.schema("CreateGuardrailRequest")["properties"]
    defaults = {name: prop["default"] for name, prop in create.items() if "default" in prop}
    assert defaults == {"include_byok_in_budgets": False}
    data = client.post("/guardrails", json={"name": "d"}).json()["data"]
    for name, value in defaults.items():
        assert data[name] == value
    assert data["enforce_zdr_xai"] is None


def test_the_default_comes_from_the_contract_not_from_the_fake(contract: Contract) -> None:
    """Changing the default in the contract changes what the fake stores, with no other edit."""
    document: dict[str, Any] = {**contract.document}
    schemas = dict(document["components"]["schemas"])
    create = dict(schemas["CreateGuardrailRequest"])
    props = dict(create["properties"])
    props["include_byok_in_budgets"] = {**props["include_byok_in_budgets"], "default": True}
    create["properties"] = props
    schemas["CreateGuardrailRequest"] = create
    document["components"] = {**document["components"], "schemas": schemas}
    fake = GuardrailsFake(contract=Contract(document))
    assert fake.add_guardrail(name="d")["include_byok_in_budgets"] is True


def test_default_guardrail_is_404_until_configured(
    client: httpx.Client, fake: GuardrailsFake
) -> None:
    """GET of a workspace's default guardrail answers 404 until a PATCH materializes it, with
    the name derived from its workspace."""
    guardrail_id = fake.default_guardrail_id()
    assert guardrail_id == default_guardrail_id(fake.workspace_id)
    missing = client.get(f"/guardrails/{guardrail_id}")
    assert missing.status_code == 404
    assert "not been configured" in missing.json()["error"]["message"]
    assert client.delete(f"/guardrails/{guardrail_id}").status_code == 404
    patched = client.patch(f"/guardrails/{guardrail_id}", json={"limit_usd": 5})
    assert patched.status_code == 200, patched.text
    data = patched.json()["data"]
    assert data["id"] == guardrail_id
    assert data["name"] == default_guardrail_name(fake.workspace_id)
    assert data["workspace_id"] == fake.workspace_id
    assert data["limit_usd"] == 5
    assert data["updated_at"] is not None
    got = client.get(f"/guardrails/{guardrail_id}")
    assert got.status_code == 200
    assert got.json()["data"] == data


def test_default_guardrail_name_cannot_change(client: httpx.Client, fake: GuardrailsFake) -> None:
    """A PATCH that renames a workspace default guardrail is a 400, before or after it exists,
    and changes nothing; sending its own name is allowed."""
    guardrail_id = fake.default_guardrail_id()
    refused = client.patch(f"/guardrails/{guardrail_id}", json={"name": "mine"})
    assert refused.status_code == 400
    assert client.get(f"/guardrails/{guardrail_id}").status_code == 404
    client.patch(f"/guardrails/{guardrail_id}", json={"description": "d"})
    assert client.patch(f"/guardrails/{guardrail_id}", json={"name": "mine"}).status_code == 400
    own = default_guardrail_name(fake.workspace_id)
    assert client.patch(f"/guardrails/{guardrail_id}", json={"name": own}).status_code == 200
    assert client.get(f"/guardrails/{guardrail_id}").json()["data"]["description"] == "d"


def test_each_known_workspace_has_its_own_default_guardrail(
    client: httpx.Client, fake: GuardrailsFake
) -> None:
    """A workspace a guardrail was created in has a default guardrail of its own; an id that
    is no workspace's default is a plain 404 that PATCH does not create."""
    other = "11111111-2222-4333-8444-555555555555"
    client.post("/guardrails", json={"name": "w", "workspace_id": other})
    theirs = default_guardrail_id(other)
    assert theirs != fake.default_guardrail_id()
    assert client.patch(f"/guardrails/{theirs}", json={}).json()["data"]["workspace_id"] == other
    stranger = default_guardrail_id("no-such-workspace")
    assert client.patch(f"/guardrails/{stranger}", json={}).status_code == 404


def test_legacy_guardrail_has_a_null_workspace_and_is_listed_without_one(
    client: httpx.Client, fake: GuardrailsFake
) -> None:
    """A guardrail that predates workspaces answers workspace_id null; the listing without a
    workspace shows it, a listing of a named workspace does not."""
    legacy = fake.add_legacy_guardrail(name="old")
    assert legacy["workspace_id"] is None
    got = client.get(f"/guardrails/{legacy['id']}").json()["data"]
    assert got["workspace_id"] is None
    listed = [g["id"] for g in client.get("/guardrails").json()["data"]]
    assert legacy["id"] in listed
    named = client.get("/guardrails", params={"workspace_id": fake.workspace_id}).json()["data"]
    assert legacy["id"] not in [g["id"] for g in named]


@pytest.mark.parametrize("field", sorted(SERVER_ASSIGNED))
def test_server_assigned_fields_are_not_taken_from_an_update(
    client: httpx.Client, field: str
) -> None:
    """An update cannot set a field the server assigns (the request schema has none of them,
    so the fake refuses or ignores it; the stored value stays)."""
    created = client.post("/guardrails", json={"name": "s"}).json()["data"]
    response = client.patch(f"/guardrails/{created['id']}", json={field: "x"})
    stored = client.get(f"/guardrails/{created['id']}").json()["data"]
    if field != "updated_at":
        assert stored[field] == created[field]
    assert response.status_code in (200, 400)


def test_builtin_entries_get_their_label_and_keep_what_was_sent() -> None:
    """A stored builtin entry keeps slug, action and scan_scope, and gets the slug's label
    (a label sent by the client is replaced)."""
    entry = {"slug": "credit-card", "action": "redact", "scan_scope": "user_only", "label": "x"}
    assert stored_builtin(entry) == {
        "slug": "credit-card",
        "action": "redact",
        "scan_scope": "user_only",
        "label": "[CREDIT_CARD]",
    }


def test_a_listing_parameter_named_after_a_field_filters_by_it(contract: Contract) -> None:
    """A query parameter added to listGuardrails with the name of a guardrail field filters
    the listing by that field, with no change to the fake."""
    document: dict[str, Any] = json.loads(json.dumps(contract.document))
    listing = document["paths"]["/guardrails"]["get"]
    listing["parameters"].append({"in": "query", "name": "name", "schema": {"type": "string"}})
    fake = GuardrailsFake(contract=Contract(document))
    fake.add_guardrail(name="a")
    fake.add_guardrail(name="b")
    transport = FakeTransport(fake)
    with httpx.Client(transport=transport, base_url="https://fake.test/api/v1") as http:
        headers = {"Authorization": f"Bearer {DEFAULT_MANAGEMENT_KEY}"}
        everything = http.get("/guardrails", headers=headers).json()
        only_b = http.get("/guardrails", params={"name": "b"}, headers=headers).json()
    assert everything["total_count"] == 2
    assert [g["name"] for g in only_b["data"]] == ["b"]
