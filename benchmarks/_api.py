"""API traffic for the benchmarks, served instantly, in two kinds of bodies.

- ``example``: the contract's own examples (``components.schemas.*.example`` and the
  operations' response examples): a guardrail with one builtin content filter and several
  fields null.
- ``realistic``: what real accounts hold: every field of a guardrail set, two builtin content
  filters and one custom filter per guardrail (as the contract's own field examples show).

Both carry ``include_byok_in_budgets``, a field the live API sends that the official SDK
requires (this SDK keeps it as an unknown field).
"""

from __future__ import annotations

import copy
import json
from typing import Any
from urllib.parse import parse_qs

import httpx

from openrouter_guardrails._contract import document as contract

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


#: The two kinds of bodies, in the order the reports show them.
BODIES = ("realistic", "example")
#: Builtin content filters of a realistic guardrail: a PII detector and the prompt
#: injection detector (the one that takes a ``scan_scope``).
_REALISTIC_BUILTINS: list[dict[str, Any]] = [
    {"action": "redact", "label": "[EMAIL]", "slug": "email"},
    {
        "action": "block",
        "label": "[PROMPT_INJECTION]",
        "scan_scope": "user_only",
        "slug": "regex-prompt-injection",
    },
]


def _field_example(schema: str, field: str) -> Any:
    return copy.deepcopy(_schemas()[schema]["properties"][field]["example"])


def realistic_fields() -> dict[str, Any]:
    """Every field a guardrail's owner sets, each from the contract's own field example, and
    two builtin content filters and one custom filter."""
    fields = {
        name: _field_example("Guardrail", name)
        for name in (
            "allowed_models",
            "allowed_providers",
            "content_filters",
            "description",
            "ignored_models",
            "ignored_providers",
            "limit_usd",
        )
    }
    fields["ignored_models"] = fields["ignored_models"] or ["openai/gpt-4o-mini"]
    fields["ignored_providers"] = fields["ignored_providers"] or ["deepinfra"]
    fields.update(
        content_filter_builtins=copy.deepcopy(_REALISTIC_BUILTINS),
        enforce_zdr=False,
        enforce_zdr_anthropic=True,
        enforce_zdr_google=False,
        enforce_zdr_openai=True,
        enforce_zdr_other=False,
        reset_interval="monthly",
    )
    return fields


def guardrail(index: int | None = None, body: str = "example") -> dict[str, Any]:
    """A guardrail of the ``body`` kind, with a distinct id when ``index`` is given."""
    item = {**copy.deepcopy(_schemas()["Guardrail"]["example"]), **LIVE_EXTRA_FIELDS}
    if body == "realistic":
        item.update(realistic_fields())
    if index is not None:
        item["id"] = f"550e8400-e29b-41d4-a716-{index:012d}"
        item["name"] = f"Guardrail {index}"
    return item


def create_request(body: str = "example") -> dict[str, Any]:
    """The keyword arguments of ``create`` (``name`` included): the contract's example body,
    or, for a realistic body, every field set (the builtins without their read-only label)."""
    request: dict[str, Any] = copy.deepcopy(_schemas()["CreateGuardrailRequest"]["example"])
    if body == "realistic":
        fields = realistic_fields()
        del fields["enforce_zdr"]  # deprecated: sending it warns
        for builtin in fields["content_filter_builtins"]:
            del builtin["label"]
        request.update(fields)
    return request


def get_body(body: str = "example") -> bytes:
    """The body of ``GET /guardrails/{id}``."""
    return json.dumps({"data": guardrail(body=body)}).encode()


def create_body(body: str = "example") -> bytes:
    """The body of ``POST /guardrails``: the operation's example response (or, realistic,
    the guardrail that ``create_request`` describes, every field set)."""
    if body == "realistic":
        return json.dumps({"data": guardrail(body=body)}).encode()
    example = _response_example("/guardrails", "post", "201")
    example["data"].update(LIVE_EXTRA_FIELDS)
    return json.dumps(example).encode()


def page_body(offset: int, limit: int, total: int, body: str = "example") -> bytes:
    """A page of ``GET /guardrails``: distinct guardrails ``offset`` .. ``offset+limit``."""
    items = [guardrail(index, body) for index in range(offset, min(offset + limit, total))]
    return json.dumps({"data": items, "total_count": total}).encode()


class MockAPI:
    """An ``httpx.MockTransport`` handler that answers at once from prepared bodies.

    ``total`` is the number of guardrails the listing holds; pages are generated on the fly
    (``cache_pages=False``, so that nothing accumulates) or once per (offset, limit);
    ``body`` is the kind of body (``BODIES``).
    """

    def __init__(
        self, *, total: int = 100, cache_pages: bool = True, body: str = "example"
    ) -> None:
        if body not in BODIES:
            raise ValueError(f"body must be one of {BODIES}, not {body!r}")
        self.total = total
        self.cache_pages = cache_pages
        self.body = body
        self.requests = 0
        self._get = get_body(body)
        self._create = create_body(body)
        self._pages: dict[tuple[int, int], bytes] = {}

    def page(self, offset: int, limit: int) -> bytes:
        """The body of the page at ``offset``, generated or from the cache."""
        if not self.cache_pages:
            return page_body(offset, limit, self.total, self.body)
        key = (offset, limit)
        body = self._pages.get(key)
        if body is None:
            body = self._pages[key] = page_body(offset, limit, self.total, self.body)
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
