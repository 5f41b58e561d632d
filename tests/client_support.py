"""What the client's tests share: a virtual clock, realistic API bodies, and a table of the 13
operations (how each is called, what request it must send, what the API answers)."""

from __future__ import annotations

import copy
import functools
import json
import re
import ssl
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from openrouter_guardrails import AsyncOpenRouter, OpenRouter

BASE_URL = "https://openrouter.ai/api/v1"
API_KEY = "sk-or-v1-0123456789abcdef-test-secret-key"
GUARDRAIL_ID = "550e8400-e29b-41d4-a716-446655440000"
KEY_HASH = "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"


class VirtualClock:
    """A clock whose time moves only when the client sleeps; every sleep is recorded."""

    def __init__(self) -> None:
        self.time = 1000.0
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.time

    def utcnow(self) -> datetime:
        return datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=self.time)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.time += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle takes ~40 ms; a client the SDK builds itself does it every time.
    return ssl.create_default_context()


def _defaults(kwargs: dict[str, Any], owned: bool) -> dict[str, Any]:
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("clock", VirtualClock())
    if not owned:
        kwargs.setdefault("client", httpx.Client(verify=_ssl_context()))
        kwargs.setdefault("async_client", httpx.AsyncClient(verify=_ssl_context()))
    return kwargs


def make_client(*, owned: bool = False, **kwargs: Any) -> OpenRouter:
    """A sync client with the test key and a virtual clock (unless the test gives others).

    Unless ``owned``, it is given cheap httpx clients that share one SSL context; ``owned``
    lets the SDK build (and close) its own, as it does for users."""
    return OpenRouter(**_defaults(kwargs, owned))


def make_async_client(*, owned: bool = False, **kwargs: Any) -> AsyncOpenRouter:
    """An async client with the test key and a virtual clock; ``owned`` as for ``make_client``."""
    return AsyncOpenRouter(**_defaults(kwargs, owned))


GUARDRAIL: dict[str, Any] = {
    "allowed_models": None,
    "allowed_providers": ["openai", "anthropic", "google"],
    "content_filter_builtins": [{"action": "redact", "label": "[EMAIL]", "slug": "email"}],
    "content_filters": None,
    "created_at": "2025-08-24T10:30:00Z",
    "description": "Guardrail for production environment",
    "enforce_zdr": None,
    "enforce_zdr_anthropic": True,
    "enforce_zdr_google": False,
    "enforce_zdr_openai": True,
    "enforce_zdr_other": False,
    "id": GUARDRAIL_ID,
    "ignored_models": None,
    "ignored_providers": None,
    "include_byok_in_budgets": False,
    "limit_usd": 100,
    "name": "Production Guardrail",
    "reset_interval": "monthly",
    "updated_at": "2025-08-24T15:45:00Z",
    "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11",
    # A field this SDK does not know yet: it must be kept.
    "future_field": {"nested": [1, 2]},
}
KEY_ASSIGNMENT: dict[str, Any] = {
    "assigned_by": "user_abc123",
    "created_at": "2025-08-24T10:30:00Z",
    "guardrail_id": GUARDRAIL_ID,
    "id": "550e8400-e29b-41d4-a716-446655440001",
    "key_hash": KEY_HASH,
    "key_label": "prod-key",
    "key_name": "Production Key",
}
MEMBER_ASSIGNMENT: dict[str, Any] = {
    "assigned_by": None,
    "created_at": "2025-08-24T10:30:00Z",
    "guardrail_id": GUARDRAIL_ID,
    "id": "550e8400-e29b-41d4-a716-446655440002",
    "organization_id": "org_xyz789",
    "user_id": "user_abc123",
}


@dataclass(frozen=True)
class Case:
    """One operation: how to call it and what must go over the wire."""

    name: str
    method: str
    path: str
    kwargs: dict[str, Any]
    response: dict[str, Any]
    response_model: str
    query: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] | None = None
    paginated: bool = False


CASES: list[Case] = [
    Case(
        "list",
        "GET",
        "/guardrails",
        {"offset": 10, "limit": 20, "workspace_id": "ws_1"},
        {"data": [GUARDRAIL], "total_count": 11},
        "ListGuardrailsResponse",
        query={"offset": "10", "limit": "20", "workspace_id": "ws_1"},
        paginated=True,
    ),
    Case(
        "create",
        "POST",
        "/guardrails",
        {
            "name": "My New Guardrail",
            "allowed_providers": ["openai", "anthropic"],
            "description": "A guardrail for limiting API usage",
            "enforce_zdr_openai": True,
            "limit_usd": 50,
            "reset_interval": "monthly",
            "workspace_id": "ws_1",
        },
        {"data": GUARDRAIL},
        "CreateGuardrailResponse",
        body={
            "name": "My New Guardrail",
            "allowed_providers": ["openai", "anthropic"],
            "description": "A guardrail for limiting API usage",
            "enforce_zdr_openai": True,
            "limit_usd": 50,
            "reset_interval": "monthly",
            "workspace_id": "ws_1",
        },
    ),
    Case(
        "delete",
        "DELETE",
        f"/guardrails/{GUARDRAIL_ID}",
        {"id": GUARDRAIL_ID},
        {"deleted": True},
        "DeleteGuardrailResponse",
    ),
    Case(
        "get",
        "GET",
        f"/guardrails/{GUARDRAIL_ID}",
        {"id": GUARDRAIL_ID},
        {"data": GUARDRAIL},
        "GetGuardrailResponse",
    ),
    Case(
        "update",
        "PATCH",
        f"/guardrails/{GUARDRAIL_ID}",
        {"id": GUARDRAIL_ID, "description": None, "limit_usd": 75, "name": "Renamed"},
        {"data": GUARDRAIL},
        "UpdateGuardrailResponse",
        body={"description": None, "limit_usd": 75, "name": "Renamed"},
    ),
    Case(
        "list_guardrail_key_assignments",
        "GET",
        f"/guardrails/{GUARDRAIL_ID}/assignments/keys",
        {"id": GUARDRAIL_ID, "offset": 0, "limit": 5},
        {"data": [KEY_ASSIGNMENT], "total_count": 1},
        "ListKeyAssignmentsResponse",
        query={"offset": "0", "limit": "5"},
        paginated=True,
    ),
    Case(
        "bulk_assign_keys",
        "POST",
        f"/guardrails/{GUARDRAIL_ID}/assignments/keys",
        {"id": GUARDRAIL_ID, "key_hashes": [KEY_HASH]},
        {"assigned_count": 1},
        "BulkAssignKeysResponse",
        body={"key_hashes": [KEY_HASH]},
    ),
    Case(
        "bulk_unassign_keys",
        "POST",
        f"/guardrails/{GUARDRAIL_ID}/assignments/keys/remove",
        {"id": GUARDRAIL_ID, "key_hashes": [KEY_HASH]},
        {"unassigned_count": 1},
        "BulkUnassignKeysResponse",
        body={"key_hashes": [KEY_HASH]},
    ),
    Case(
        "list_guardrail_member_assignments",
        "GET",
        f"/guardrails/{GUARDRAIL_ID}/assignments/members",
        {"id": GUARDRAIL_ID, "limit": 100},
        {"data": [MEMBER_ASSIGNMENT], "total_count": 1},
        "ListMemberAssignmentsResponse",
        query={"limit": "100"},
        paginated=True,
    ),
    Case(
        "bulk_assign_members",
        "POST",
        f"/guardrails/{GUARDRAIL_ID}/assignments/members",
        {"id": GUARDRAIL_ID, "member_user_ids": ["user_abc123", "user_def456"]},
        {"assigned_count": 2},
        "BulkAssignMembersResponse",
        body={"member_user_ids": ["user_abc123", "user_def456"]},
    ),
    Case(
        "bulk_unassign_members",
        "POST",
        f"/guardrails/{GUARDRAIL_ID}/assignments/members/remove",
        {"id": GUARDRAIL_ID, "member_user_ids": ["user_abc123"]},
        {"unassigned_count": 1},
        "BulkUnassignMembersResponse",
        body={"member_user_ids": ["user_abc123"]},
    ),
    Case(
        "list_key_assignments",
        "GET",
        "/guardrails/assignments/keys",
        {"offset": 3},
        {"data": [KEY_ASSIGNMENT], "total_count": 4},
        "ListKeyAssignmentsResponse",
        query={"offset": "3"},
        paginated=True,
    ),
    Case(
        "list_member_assignments",
        "GET",
        "/guardrails/assignments/members",
        {},
        {"data": [MEMBER_ASSIGNMENT], "total_count": 1},
        "ListMemberAssignmentsResponse",
        paginated=True,
    ),
]
CASES_BY_NAME = {case.name: case for case in CASES}
OPERATION_NAMES = [case.name for case in CASES]

#: The smallest valid arguments of each operation.
MINIMAL_KWARGS: dict[str, dict[str, Any]] = {
    "list": {},
    "create": {"name": "n"},
    "delete": {"id": "g1"},
    "get": {"id": "g1"},
    "update": {"id": "g1", "name": "n"},
    "list_guardrail_key_assignments": {"id": "g1"},
    "bulk_assign_keys": {"id": "g1", "key_hashes": ["h"]},
    "bulk_unassign_keys": {"id": "g1", "key_hashes": ["h"]},
    "list_guardrail_member_assignments": {"id": "g1"},
    "bulk_assign_members": {"id": "g1", "member_user_ids": ["u"]},
    "bulk_unassign_members": {"id": "g1", "member_user_ids": ["u"]},
    "list_key_assignments": {},
    "list_member_assignments": {},
}

_ROUTES: list[tuple[str, re.Pattern[str], str]] = [
    ("GET", re.compile(r"/guardrails"), "list"),
    ("POST", re.compile(r"/guardrails"), "create"),
    ("GET", re.compile(r"/guardrails/assignments/keys"), "list_key_assignments"),
    ("GET", re.compile(r"/guardrails/assignments/members"), "list_member_assignments"),
    ("DELETE", re.compile(r"/guardrails/[^/]+"), "delete"),
    ("GET", re.compile(r"/guardrails/[^/]+"), "get"),
    ("PATCH", re.compile(r"/guardrails/[^/]+"), "update"),
    ("GET", re.compile(r"/guardrails/[^/]+/assignments/keys"), "list_guardrail_key_assignments"),
    ("POST", re.compile(r"/guardrails/[^/]+/assignments/keys"), "bulk_assign_keys"),
    ("POST", re.compile(r"/guardrails/[^/]+/assignments/keys/remove"), "bulk_unassign_keys"),
    (
        "GET",
        re.compile(r"/guardrails/[^/]+/assignments/members"),
        "list_guardrail_member_assignments",
    ),
    ("POST", re.compile(r"/guardrails/[^/]+/assignments/members"), "bulk_assign_members"),
    (
        "POST",
        re.compile(r"/guardrails/[^/]+/assignments/members/remove"),
        "bulk_unassign_members",
    ),
]


def operation_of(request: httpx.Request) -> str | None:
    """The SDK name of the operation a request is for (``None``: no such endpoint)."""
    path = request.url.raw_path.split(b"?")[0].decode("ascii").removeprefix("/api/v1")
    for method, pattern, name in _ROUTES:
        if request.method == method and pattern.fullmatch(path):
            return name
    return None


def realistic_response(request: httpx.Request) -> httpx.Response:
    """What the API answers: the operation's realistic body, or its 404 envelope."""
    name = operation_of(request)
    if name is None:
        return httpx.Response(404, json={"error": {"code": 404, "message": "Not Found"}})
    payload = copy.deepcopy(CASES_BY_NAME[name].response)
    if CASES_BY_NAME[name].paginated:
        payload["total_count"] = len(payload["data"])
    return httpx.Response(200, json=payload)


def sent_json(request: httpx.Request) -> Any:
    """The JSON body of a sent request."""
    return json.loads(request.content)
