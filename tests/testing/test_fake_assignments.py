"""The fake's key and member assignments: assign, unassign, the lists, and what deleting a
guardrail does to them."""

from __future__ import annotations

from typing import Any

import httpx

from openrouter_guardrails.testing import DEFAULT_USER_ID, FakeTransport, GuardrailsFake, KnownKey


def new_guardrail(client: httpx.Client, name: str = "g") -> str:
    response = client.post("/guardrails", json={"name": name})
    assert response.status_code == 201
    guardrail_id: str = response.json()["data"]["id"]
    return guardrail_id


def assign_keys(client: httpx.Client, guardrail_id: str, *hashes: str) -> int:
    body = {"key_hashes": list(hashes)}
    response = client.post(f"/guardrails/{guardrail_id}/assignments/keys", json=body)
    assert response.status_code == 200, response.text
    count: int = response.json()["assigned_count"]
    return count


def unassign_keys(client: httpx.Client, guardrail_id: str, *hashes: str) -> int:
    body = {"key_hashes": list(hashes)}
    response = client.post(f"/guardrails/{guardrail_id}/assignments/keys/remove", json=body)
    assert response.status_code == 200, response.text
    count: int = response.json()["unassigned_count"]
    return count


def assign_members(client: httpx.Client, guardrail_id: str, *users: str) -> int:
    body = {"member_user_ids": list(users)}
    response = client.post(f"/guardrails/{guardrail_id}/assignments/members", json=body)
    assert response.status_code == 200, response.text
    count: int = response.json()["assigned_count"]
    return count


def unassign_members(client: httpx.Client, guardrail_id: str, *users: str) -> int:
    body = {"member_user_ids": list(users)}
    response = client.post(f"/guardrails/{guardrail_id}/assignments/members/remove", json=body)
    assert response.status_code == 200, response.text
    count: int = response.json()["unassigned_count"]
    return count


def listed(client: httpx.Client, path: str) -> dict[str, Any]:
    response = client.get(path)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_assign_keys_counts_what_changed(client: httpx.Client) -> None:
    """assigned_count counts new assignments; a repeat or a duplicate in the body adds none."""
    gid = new_guardrail(client)
    assert assign_keys(client, gid, "h1", "h2", "h1") == 2
    assert assign_keys(client, gid, "h2", "h3") == 1
    body = listed(client, f"/guardrails/{gid}/assignments/keys")
    assert body["total_count"] == 3
    assert [a["key_hash"] for a in body["data"]] == ["h1", "h2", "h3"]


def test_key_assignment_fields(fake: GuardrailsFake, client: httpx.Client) -> None:
    """A key assignment names the guardrail, who assigned it, and the key's name and label."""
    fake.register_key("known", "Production Key", "prod-key")
    gid = new_guardrail(client)
    assign_keys(client, gid, "known", "c56454edb818")
    known, unknown = listed(client, f"/guardrails/{gid}/assignments/keys")["data"]
    assert known["guardrail_id"] == gid
    assert known["assigned_by"] == DEFAULT_USER_ID
    assert (known["key_name"], known["key_label"]) == ("Production Key", "prod-key")
    assert unknown["key_name"] and unknown["key_label"]
    assert known["id"] != unknown["id"]


def test_keys_registry_from_the_constructor() -> None:
    """Keys given to the constructor name their assignments."""
    fake = GuardrailsFake(keys={"h": KnownKey("Name", "label")})
    transport_client = httpx.Client(
        transport=FakeTransport(fake),
        base_url="http://fake/api/v1",
        headers={"Authorization": "Bearer sk-or-v1-mgmt-test"},
    )
    with transport_client as client:
        gid = new_guardrail(client)
        assign_keys(client, gid, "h")
    assert fake.key_assignments[0]["key_name"] == "Name"


def test_a_key_holds_one_guardrail(client: httpx.Client) -> None:
    """Assigning a key to another guardrail moves it there (counted as assigned)."""
    first, second = new_guardrail(client, "a"), new_guardrail(client, "b")
    assign_keys(client, first, "h1", "h2")
    assert assign_keys(client, second, "h1") == 1
    assert [
        a["key_hash"] for a in listed(client, f"/guardrails/{first}/assignments/keys")["data"]
    ] == ["h2"]
    moved = listed(client, f"/guardrails/{second}/assignments/keys")["data"]
    assert [(a["key_hash"], a["guardrail_id"]) for a in moved] == [("h1", second)]
    assert listed(client, "/guardrails/assignments/keys")["total_count"] == 2


def test_unassign_keys_counts_what_changed(client: httpx.Client) -> None:
    """unassigned_count counts keys that were on this guardrail; others are left alone."""
    first, second = new_guardrail(client, "a"), new_guardrail(client, "b")
    assign_keys(client, first, "h1", "h2")
    assign_keys(client, second, "h3")
    assert unassign_keys(client, first, "h1", "h3", "nope", "h1") == 1
    assert unassign_keys(client, first, "h1") == 0
    assert [a["key_hash"] for a in listed(client, "/guardrails/assignments/keys")["data"]] == [
        "h2",
        "h3",
    ]


def test_assign_members_counts_what_changed(fake: GuardrailsFake, client: httpx.Client) -> None:
    """Members are assigned once per guardrail; organization_id comes from the registry."""
    fake.register_member("user_a", "org_a")
    gid = new_guardrail(client)
    assert assign_members(client, gid, "user_a", "user_b", "user_a") == 2
    assert assign_members(client, gid, "user_a") == 0
    data = listed(client, f"/guardrails/{gid}/assignments/members")["data"]
    assert [(m["user_id"], m["organization_id"]) for m in data] == [
        ("user_a", "org_a"),
        ("user_b", fake.organization_id),
    ]
    assert all(m["guardrail_id"] == gid and m["assigned_by"] == DEFAULT_USER_ID for m in data)


def test_a_member_can_hold_several_guardrails(client: httpx.Client) -> None:
    """Assigning a member to a second guardrail keeps the first assignment."""
    first, second = new_guardrail(client, "a"), new_guardrail(client, "b")
    assign_members(client, first, "user_a")
    assert assign_members(client, second, "user_a") == 1
    assert listed(client, "/guardrails/assignments/members")["total_count"] == 2


def test_unassign_members_counts_what_changed(client: httpx.Client) -> None:
    """unassigned_count counts members that were on this guardrail."""
    gid = new_guardrail(client)
    assign_members(client, gid, "user_a", "user_b")
    assert unassign_members(client, gid, "user_a", "user_c") == 1
    data = listed(client, f"/guardrails/{gid}/assignments/members")["data"]
    assert [m["user_id"] for m in data] == ["user_b"]


def test_global_lists_cover_every_guardrail(client: httpx.Client) -> None:
    """The global key and member lists hold the assignments of all guardrails."""
    first, second = new_guardrail(client, "a"), new_guardrail(client, "b")
    assign_keys(client, first, "h1")
    assign_keys(client, second, "h2")
    assign_members(client, first, "u1")
    assign_members(client, second, "u2")
    keys = listed(client, "/guardrails/assignments/keys")
    members = listed(client, "/guardrails/assignments/members")
    assert [(a["key_hash"], a["guardrail_id"]) for a in keys["data"]] == [
        ("h1", first),
        ("h2", second),
    ]
    assert [(m["user_id"], m["guardrail_id"]) for m in members["data"]] == [
        ("u1", first),
        ("u2", second),
    ]


def test_delete_removes_the_guardrails_assignments(client: httpx.Client) -> None:
    """Deleting a guardrail removes its key and member assignments, and no others."""
    doomed, kept = new_guardrail(client, "a"), new_guardrail(client, "b")
    assign_keys(client, doomed, "h1", "h2")
    assign_keys(client, kept, "h3")
    assign_members(client, doomed, "u1")
    assign_members(client, kept, "u2")
    assert client.delete(f"/guardrails/{doomed}").status_code == 200
    keys = listed(client, "/guardrails/assignments/keys")["data"]
    members = listed(client, "/guardrails/assignments/members")["data"]
    assert [a["key_hash"] for a in keys] == ["h3"]
    assert [m["user_id"] for m in members] == ["u2"]
    assert client.get(f"/guardrails/{doomed}/assignments/keys").status_code == 404
    # A key freed by the delete can be assigned again.
    assert assign_keys(client, kept, "h1") == 1


def test_assignment_operations_on_unknown_guardrail_are_404(client: httpx.Client) -> None:
    """Every per-guardrail assignment operation answers 404 for an unknown id."""
    calls = [
        client.get("/guardrails/nope/assignments/keys"),
        client.get("/guardrails/nope/assignments/members"),
        client.post("/guardrails/nope/assignments/keys", json={"key_hashes": ["h"]}),
        client.post("/guardrails/nope/assignments/keys/remove", json={"key_hashes": ["h"]}),
        client.post("/guardrails/nope/assignments/members", json={"member_user_ids": ["u"]}),
        client.post("/guardrails/nope/assignments/members/remove", json={"member_user_ids": ["u"]}),
    ]
    assert [r.status_code for r in calls] == [404] * 6


def test_assignment_bodies_are_validated(client: httpx.Client) -> None:
    """An empty list or an empty hash is a 400 naming the field."""
    gid = new_guardrail(client)
    empty = client.post(f"/guardrails/{gid}/assignments/keys", json={"key_hashes": []})
    blank = client.post(f"/guardrails/{gid}/assignments/members", json={"member_user_ids": [""]})
    missing = client.post(f"/guardrails/{gid}/assignments/keys/remove", json={})
    assert [r.status_code for r in (empty, blank, missing)] == [400, 400, 400]
    assert "key_hashes" in empty.json()["error"]["message"]
    assert "member_user_ids[0]" in blank.json()["error"]["message"]
    assert "key_hashes" in missing.json()["error"]["message"]
