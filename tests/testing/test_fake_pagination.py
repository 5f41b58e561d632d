"""Pagination of the fake's five list operations: offset, limit, total_count, and the 400s
for parameters outside the contract."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from openrouter_guardrails.testing import (
    DEFAULT_MANAGEMENT_KEY,
    FakeTransport,
    GuardrailsFake,
    VirtualClock,
)

BASE_URL = "https://openrouter.test/api/v1"
AUTH = {"Authorization": f"Bearer {DEFAULT_MANAGEMENT_KEY}"}

ID = "GID"  # replaced by the seeded guardrail's id


def seed(fake: GuardrailsFake, count: int) -> str:
    """``count`` guardrails, keys and members on the first guardrail; its id."""
    ids = [fake.add_guardrail(name=f"g{i:03}")["id"] for i in range(count)]
    with httpx.Client(transport=FakeTransport(fake), base_url=BASE_URL, headers=AUTH) as http:
        hashes = [f"h{i:03}" for i in range(count)]
        users = [f"u{i:03}" for i in range(count)]
        http.post(f"/guardrails/{ids[0]}/assignments/keys", json={"key_hashes": hashes})
        http.post(f"/guardrails/{ids[0]}/assignments/members", json={"member_user_ids": users})
    return ids[0]


LIST_PATHS = [
    "/guardrails",
    "/guardrails/assignments/keys",
    "/guardrails/assignments/members",
    f"/guardrails/{ID}/assignments/keys",
    f"/guardrails/{ID}/assignments/members",
]


def page(client: httpx.Client, path: str, gid: str, **params: Any) -> dict[str, Any]:
    response = client.get(path.replace(ID, gid), params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize("path", LIST_PATHS)
def test_default_page_is_first_fifty(fake: GuardrailsFake, client: httpx.Client, path: str) -> None:
    """Without offset and limit a list answers the first 50 items and the total."""
    gid = seed(fake, 120)
    body = page(client, path, gid)
    assert body["total_count"] == 120
    assert len(body["data"]) == 50


@pytest.mark.parametrize("path", LIST_PATHS)
def test_pages_cover_every_item_once(fake: GuardrailsFake, client: httpx.Client, path: str) -> None:
    """Walking offset by limit visits every item once, in a stable order."""
    gid = seed(fake, 23)
    whole = page(client, path, gid, limit=100)["data"]
    walked: list[Any] = []
    for offset in range(0, 30, 7):
        body = page(client, path, gid, offset=offset, limit=7)
        assert body["total_count"] == 23
        walked.extend(body["data"])
    assert walked == whole
    assert len({item["id"] for item in walked}) == 23


@pytest.mark.parametrize("path", LIST_PATHS)
def test_offset_past_the_end_is_empty(
    fake: GuardrailsFake, client: httpx.Client, path: str
) -> None:
    """An offset past the last item answers no data and the total."""
    gid = seed(fake, 3)
    assert page(client, path, gid, offset=3) == {"data": [], "total_count": 3}


@pytest.mark.parametrize("path", LIST_PATHS)
@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 101}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"offset": -1}, "offset"),
        ({"offset": "1.5"}, "offset"),
    ],
)
def test_parameters_outside_the_contract_are_400(
    fake: GuardrailsFake, client: httpx.Client, path: str, params: dict[str, Any], named: str
) -> None:
    """limit outside 1..100, a negative offset or a non-integer answers 400 naming it."""
    gid = seed(fake, 1)
    response = client.get(path.replace(ID, gid), params=params)
    assert response.status_code == 400
    assert named in response.json()["error"]["message"]


@pytest.mark.parametrize("path", LIST_PATHS)
def test_limit_bounds_are_accepted(fake: GuardrailsFake, client: httpx.Client, path: str) -> None:
    """limit 1 and limit 100 are both valid."""
    gid = seed(fake, 101)
    assert len(page(client, path, gid, limit=1)["data"]) == 1
    assert len(page(client, path, gid, limit=100)["data"]) == 100


def test_max_page_size_caps_pages_below_limit() -> None:
    """A fake with max_page_size answers short pages whatever the limit, total unchanged."""
    fake = GuardrailsFake(max_page_size=10, clock=VirtualClock())
    seed(fake, 25)
    with httpx.Client(transport=FakeTransport(fake), base_url=BASE_URL, headers=AUTH) as http:
        body = http.get("/guardrails", params={"limit": 50}).json()
        last = http.get("/guardrails", params={"limit": 50, "offset": 20}).json()
    assert (len(body["data"]), body["total_count"]) == (10, 25)
    assert len(last["data"]) == 5
