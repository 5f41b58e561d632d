"""Realistic API traffic for the benchmarks: the contract's examples, served instantly.

The bodies are the contract's own examples (``components.schemas.*.example`` and the
operations' response examples), plus ``include_byok_in_budgets``, a field the live API sends
that the official SDK requires (this SDK keeps it as an unknown field).
"""

from __future__ import annotations

import copy
import json
from typing import Any
from urllib.parse import parse_qs

import httpx

from openrouter_guardrails._validation import contract

API_KEY = "sk-or-v1-benchmark"
BASE_URL = "https://openrouter.ai/api/v1"
GUARDRAIL_ID = "550e8400-e29b-41d4-a716-446655440000"
#: Fields the live API returns beyond this SDK's contract; the official SDK requires them.
LIVE_EXTRA_FIELDS: dict[str, Any] = {"include_byok_in_budgets": False}
_JSON_HEADERS = {"content-type": "application/json"}


def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = contract()["components"]["schemas"]
    return schemas


def _response_example(path: str, method: str, status: str) -> dict[str, Any]:
    operation = contract()["paths"][path][method]
    example: dict[str, Any] = operation["responses"][status]["content"]["application/json"][
        "example"
    ]
    return copy.deepcopy(example)


def guardrail(index: int | None = None) -> dict[str, Any]:
    """The contract's example guardrail (19 fields, a builtin content filter), with a distinct
    id when ``index`` is given."""
    item = {**copy.deepcopy(_schemas()["Guardrail"]["example"]), **LIVE_EXTRA_FIELDS}
    if index is not None:
        item["id"] = f"550e8400-e29b-41d4-a716-{index:012d}"
        item["name"] = f"Guardrail {index}"
    return item


def create_request() -> dict[str, Any]:
    """The contract's example body of ``create`` (its keyword arguments, ``name`` included)."""
    body: dict[str, Any] = copy.deepcopy(_schemas()["CreateGuardrailRequest"]["example"])
    return body


def get_body() -> bytes:
    """The body of ``GET /guardrails/{id}``."""
    return json.dumps({"data": guardrail()}).encode()


def create_body() -> bytes:
    """The body of ``POST /guardrails``: the operation's example response."""
    example = _response_example("/guardrails", "post", "201")
    example["data"].update(LIVE_EXTRA_FIELDS)
    return json.dumps(example).encode()


def page_body(offset: int, limit: int, total: int) -> bytes:
    """A page of ``GET /guardrails``: distinct guardrails ``offset`` .. ``offset+limit``."""
    items = [guardrail(index) for index in range(offset, min(offset + limit, total))]
    return json.dumps({"data": items, "total_count": total}).encode()


class MockAPI:
    """An ``httpx.MockTransport`` handler that answers at once from prepared bodies.

    ``total`` is the number of guardrails the listing holds; pages are generated on the fly
    (``cache_pages=False``, so that nothing accumulates) or once per (offset, limit).
    """

    def __init__(self, *, total: int = 100, cache_pages: bool = True) -> None:
        self.total = total
        self.cache_pages = cache_pages
        self.requests = 0
        self._get = get_body()
        self._create = create_body()
        self._pages: dict[tuple[int, int], bytes] = {}

    def page(self, offset: int, limit: int) -> bytes:
        """The body of the page at ``offset``, generated or from the cache."""
        if not self.cache_pages:
            return page_body(offset, limit, self.total)
        key = (offset, limit)
        body = self._pages.get(key)
        if body is None:
            body = self._pages[key] = page_body(offset, limit, self.total)
        return body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        path = request.url.path
        if path.endswith("/guardrails"):
            if request.method == "POST":
                return httpx.Response(201, content=self._create, headers=_JSON_HEADERS)
            query = parse_qs(request.url.query.decode())
            offset = int(query.get("offset", ["0"])[0])
            limit = int(query.get("limit", ["50"])[0])
            return httpx.Response(200, content=self.page(offset, limit), headers=_JSON_HEADERS)
        return httpx.Response(200, content=self._get, headers=_JSON_HEADERS)

    def transport(self) -> httpx.MockTransport:
        """A transport that answers every request with this handler."""
        return httpx.MockTransport(self)
