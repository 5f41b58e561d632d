"""The conformance suite: the contract's scenarios, run against any implementation of the
Guardrails API (the real one, a gateway, a mock, the fake) through the public client.

:func:`run_conformance` runs the checks of :data:`CONFORMANCE_CHECKS` in order. Each creates
what it needs, checks the answers, and removes what it created when it ends, passed or not:
an httpx response hook on the client given to the SDK sees every raw response, records it
(``responses_match_schema`` validates them all against the contract's JSON Schemas) and
tracks every guardrail created and every assignment made, whoever made it, for the cleanup.

Requests the SDK refuses before sending (``limit=0``, a body that breaks the schema) or
rewrites (the deprecated ``enforce_zdr``) go out with raw httpx on the same client.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NoReturn, TypeVar
from urllib.parse import unquote

import httpx

from openrouter_guardrails._client import OpenRouterGuardrails
from openrouter_guardrails._exceptions import (
    APIConnectionError,
    APIError,
    ForbiddenResponseError,
    NotFoundResponseError,
    OpenRouterError,
    UnauthorizedResponseError,
)
from openrouter_guardrails._pagination import Page

from ._contract import Contract
from ._fuzz import (
    DEFAULT_FUZZ_MAX_EXAMPLES,
    DEFAULT_SEED,
    FUZZ_EXTRA_HINT,
    run_schemathesis,
    schemathesis_available,
)
from ._report import Check, Exchange, Failure, Report, first_failures

__all__ = ["CONFORMANCE_CHECKS", "run_conformance"]

T = TypeVar("T")
CheckFunction = Callable[["_Run"], "str | None"]
F = TypeVar("F", bound=CheckFunction)

#: Guardrails the pagination check creates.
PAGINATION_GUARDRAILS = 7
#: Key hashes the suite makes up when it is given none.
MADE_UP_KEYS = 7
#: Pages a check reads of one listing at most.
MAX_PAGES = 100
#: Failures one check reports at most (the last says how many more).
MAX_FAILURES = 20
_NOT_JSON: Any = object()
_MANAGEMENT_KEY: Any = object()


class _Failed(Exception):
    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.expected)
        self.failure = failure


@dataclass
class _Observed:
    """A response the hook saw: its exchange for the report, the parsed body to validate."""

    exchange: Exchange
    status: int
    body: Any
    operation_id: str | None


@dataclass(frozen=True)
class _Spec:
    """A check: its name, what it proves, and the function that runs it (which returns
    the reason when it skips)."""

    name: str
    description: str
    run: CheckFunction


_REGISTRY: dict[str, _Spec] = {}


def _check(name: str, description: str) -> Callable[[F], F]:
    def register(function: F) -> F:
        _REGISTRY[name] = _Spec(name, description, function)
        return function

    return register


def _describe(error: BaseException | None) -> str:
    if error is None:
        return "no error: the call succeeded"
    if isinstance(error, APIError):
        return f"{type(error).__name__} (status {error.status_code}): {error.message}"
    return f"{type(error).__name__}: {error}"


def _disagreements(answer: Mapping[str, Any], reference: Mapping[str, Any]) -> list[str]:
    """The fields both records hold with different values (the contract lets an answer leave
    out optional fields, so a field only one of them holds is no disagreement)."""
    return [
        f"{name}: {answer[name]!r} (expected {reference[name]!r})"
        for name in answer
        if name in reference and not _same(answer[name], reference[name])
    ]


def _same(a: Any, b: Any) -> bool:
    """Equal as JSON values (``10`` and ``10.0`` are the same number)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(a, b)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return bool(a == b)


class _Run:
    """One conformance run: the clients, what was observed, and what to clean up."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        contract: Contract,
        non_management_key: str | None,
        transport: httpx.BaseTransport | None,
        timeout: float,
        allow_insecure_http: bool,
        key_hashes: Sequence[str] | None,
        member_user_ids: Sequence[str] | None,
        fuzz: bool,
        seed: int,
        fuzz_max_examples: int,
        fuzz_max_time: float | None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.base_path = httpx.URL(self.base_url).raw_path.decode("ascii").rstrip("/")
        self.api_key = api_key
        self.non_management_key = non_management_key
        self.contract = contract
        self.transport = transport
        self.timeout = timeout
        self.allow_insecure_http = allow_insecure_http
        self.fuzz = fuzz
        self.seed = seed
        self.fuzz_max_examples = fuzz_max_examples
        self.fuzz_max_time = fuzz_max_time
        self.token = uuid.uuid4().hex[:8]
        self.key_hashes = list(key_hashes or []) or [
            hashlib.sha256(f"conformance-{self.token}-{i}".encode()).hexdigest()
            for i in range(MADE_UP_KEYS)
        ]
        self.member_user_ids = list(member_user_ids or []) or [
            f"user_conformance_{self.token}_{i}" for i in range(3)
        ]
        self.observed: list[_Observed] = []
        self.last: _Observed | None = None
        self.recording = True
        self.created: dict[str, None] = {}
        self.keys_assigned: dict[str, set[str]] = {}
        self.members_assigned: dict[str, set[str]] = {}
        self.failures: list[Failure] = []
        self.note: str | None = None
        self.cleanup_problems: list[str] = []
        self.http = httpx.Client(
            transport=transport, timeout=timeout, event_hooks={"response": [self._observe]}
        )
        try:
            self.sdk = self.client(api_key)
        except BaseException:
            self.http.close()
            raise

    # -- clients and the response hook ---------------------------------------------------

    def client(self, api_key: str) -> OpenRouterGuardrails:
        """The public client, on the run's httpx client, with no retries and strict response
        checks (a response that breaks the contract raises ``ResponseValidationError``)."""
        return OpenRouterGuardrails(
            api_key=api_key,
            server_url=self.base_url,
            client=self.http,
            timeout=self.timeout,
            retry_config="none",
            allow_insecure_http=self.allow_insecure_http,
            strict_responses=True,
        )

    def close(self) -> None:
        self.http.close()

    def _observe(self, response: httpx.Response) -> None:
        response.read()
        request = response.request
        try:
            sent = request.content
        except httpx.RequestNotRead:
            sent = b""
        raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii", "replace")
        match = None
        if raw_path.startswith(self.base_path):
            match = self.contract.match(request.method, raw_path[len(self.base_path) :])
        operation = match.operation if match is not None else None
        operation_id = operation.operation_id if operation is not None else None
        try:
            body = json.loads(response.content)
        except ValueError:
            body = _NOT_JSON
        observed = _Observed(
            exchange=Exchange.of(
                request.method,
                str(request.url),
                sent,
                response.status_code,
                response.content,
                authorized=request.headers.get("authorization") == f"Bearer {self.api_key}",
                operation_id=operation_id,
            ),
            status=response.status_code,
            body=body,
            operation_id=operation_id,
        )
        self.last = observed
        if self.recording:
            self.observed.append(observed)
        if response.is_success and match is not None and operation_id is not None:
            self._track(operation_id, unquote(match.params.get("id", "")), sent, body)

    def _track(self, operation_id: str, guardrail_id: str, sent: bytes, body: Any) -> None:
        """Remember what a successful request created, so that the cleanup removes it."""
        try:
            request = json.loads(sent) if sent else {}
        except ValueError:
            request = {}
        if not isinstance(request, dict):
            request = {}
        if operation_id == "createGuardrail":
            data = body.get("data") if isinstance(body, dict) else None
            if isinstance(data, dict) and isinstance(data.get("id"), str):
                self.created[data["id"]] = None
        elif operation_id == "deleteGuardrail":
            self.created.pop(guardrail_id, None)
            self.keys_assigned.pop(guardrail_id, None)
            self.members_assigned.pop(guardrail_id, None)
        else:
            for suffix, field_name, book in (
                ("KeysToGuardrail", "key_hashes", self.keys_assigned),
                ("MembersToGuardrail", "member_user_ids", self.members_assigned),
                ("KeysFromGuardrail", "key_hashes", self.keys_assigned),
                ("MembersFromGuardrail", "member_user_ids", self.members_assigned),
            ):
                values = request.get(field_name)
                if not operation_id.endswith(suffix) or not isinstance(values, list):
                    continue
                names = {v for v in values if isinstance(v, str)}
                if operation_id.startswith("bulkAssign"):
                    book.setdefault(guardrail_id, set()).update(names)
                else:
                    book.get(guardrail_id, set()).difference_update(names)

    @property
    def last_exchange(self) -> Exchange | None:
        """The exchange of the latest response."""
        return self.last.exchange if self.last is not None else None

    # -- requests ------------------------------------------------------------------------

    def raw(
        self,
        method: str,
        path: str,
        *,
        body: Any = _NOT_JSON,
        content: bytes | None = None,
        params: Mapping[str, Any] | None = None,
        key: Any = _MANAGEMENT_KEY,
    ) -> _Observed:
        """Send a request with raw httpx (``key=None``: no ``Authorization`` header)."""
        headers = {"Accept": "application/json"}
        api_key = self.api_key if key is _MANAGEMENT_KEY else key
        if api_key is not None:
            headers["Authorization"] = f"Bearer {api_key}"
        if content is not None:
            headers["Content-Type"] = "application/json"
        self.http.request(
            method,
            self.base_url + path,
            params=dict(params) if params else None,
            json=None if body is _NOT_JSON else body,
            content=content,
            headers=headers,
        )
        assert self.last is not None
        return self.last

    def name(self, purpose: str) -> str:
        """A guardrail name that says which run made it."""
        return f"conformance-{self.token}-{purpose}"

    def create(self, purpose: str, **fields: Any) -> dict[str, Any]:
        """Create a guardrail through the SDK; its data as JSON."""
        created: dict[str, Any] = self.sdk.guardrails.create(
            name=self.name(purpose), **fields
        ).data.to_dict()
        return created

    def every(self, first: Page[T], what: str) -> list[T]:
        """Every item of a listing, page after page (at most ``MAX_PAGES`` pages)."""
        items: list[T] = []
        for number, page in enumerate(first.iter_pages()):
            if number >= MAX_PAGES:
                self.fail(f"{what} ends within {MAX_PAGES} pages", "it goes on")
            items.extend(page.data)
        return items

    @staticmethod
    def error_of(call: Callable[[], object]) -> OpenRouterError | None:
        """The error a call raises (``None`` when it succeeds)."""
        try:
            call()
        except OpenRouterError as exc:
            return exc
        return None

    # -- expectations --------------------------------------------------------------------

    def fail(self, expected: str, actual: str, exchange: Exchange | None = None) -> NoReturn:
        """Stop the check with a failure (the latest exchange as evidence by default)."""
        raise _Failed(Failure(expected, actual, exchange or self.last_exchange))

    def expect(
        self,
        condition: bool,
        expected: str,
        actual: str | Callable[[], str],
        exchange: Exchange | None = None,
    ) -> None:
        """Stop the check with a failure unless ``condition`` holds."""
        if not condition:
            self.fail(expected, actual() if callable(actual) else actual, exchange)

    def soft(
        self,
        condition: bool,
        expected: str,
        actual: str | Callable[[], str],
        exchange: Exchange | None = None,
    ) -> bool:
        """Record a failure unless ``condition`` holds, and go on; returns ``condition``."""
        if not condition:
            self.failures.append(
                Failure(
                    expected,
                    actual() if callable(actual) else actual,
                    exchange or self.last_exchange,
                )
            )
        return condition

    def expect_fields(
        self, record: Mapping[str, Any], fields: Mapping[str, Any], what: str
    ) -> None:
        """Stop the check unless ``record`` holds every one of ``fields`` with its value."""
        wrong = [
            f"{name}: {record.get(name, '<missing>')!r} (expected {value!r})"
            for name, value in fields.items()
            if name not in record or not _same(record[name], value)
        ]
        self.expect(not wrong, what, lambda: "; ".join(wrong))

    def envelope_problem(self, observed: _Observed, status: int) -> str | None:
        """Why a response is not ``status`` with the API's error envelope (``None``: it is)."""
        if observed.status != status:
            return f"status {observed.status}"
        if observed.body is _NOT_JSON:
            return "the body is not JSON"
        problems = self.contract.errors(self.contract.ref("ErrorResponse"), observed.body)
        if problems:
            return "the body is not the error envelope: " + "; ".join(problems[:3])
        code = observed.body["error"]["code"]
        if code != status:
            return f"error.code {code!r} is not the status {status}"
        return None

    def expect_error(self, observed: _Observed | None, status: int, what: str) -> bool:
        """Record a failure unless ``observed`` is ``status`` with the error envelope."""
        if observed is None:
            return self.soft(False, what, "no response was observed")
        problem = self.envelope_problem(observed, status)
        return self.soft(problem is None, what, problem or "", observed.exchange)

    # -- cleanup -------------------------------------------------------------------------

    def cleanup(self) -> None:
        """Undo every assignment made and delete every guardrail created (tracked by the
        response hook), ignoring what is already gone."""
        self.recording = False
        try:
            for book, suffix, field_name in (
                (self.keys_assigned, "keys", "key_hashes"),
                (self.members_assigned, "members", "member_user_ids"),
            ):
                for guardrail_id, values in list(book.items()):
                    if values:
                        done = self.raw(
                            "POST",
                            f"/guardrails/{guardrail_id}/assignments/{suffix}/remove",
                            body={field_name: sorted(values)},
                        )
                        if not (200 <= done.status < 300 or done.status == 404):
                            self.cleanup_problems.append(
                                f"could not unassign {suffix} from guardrail {guardrail_id}: "
                                f"status {done.status}"
                            )
                    book.pop(guardrail_id, None)
            for guardrail_id in list(self.created):
                done = self.raw("DELETE", f"/guardrails/{guardrail_id}")
                if not (200 <= done.status < 300 or done.status == 404):
                    self.cleanup_problems.append(
                        f"could not delete guardrail {guardrail_id}: status {done.status}"
                    )
                self.created.pop(guardrail_id, None)
        except httpx.HTTPError as exc:
            self.cleanup_problems.append(f"cleanup stopped: {type(exc).__name__}: {exc}")
            self.created.clear()
            self.keys_assigned.clear()
            self.members_assigned.clear()
        finally:
            self.recording = True


# ---------------------------------------------------------------------------------------
# The checks, in the order they run.


@_check("crud_round_trip", "create, get, list, update and delete one guardrail")
def _crud_round_trip(run: _Run) -> None:
    g = run.sdk.guardrails
    fields: dict[str, Any] = {
        "description": "conformance: round trip",
        "limit_usd": 12.5,
        "reset_interval": "weekly",
        "allowed_providers": ["openai", "anthropic"],
        "enforce_zdr_openai": True,
    }
    created = run.create("round-trip", **fields)
    sent = {"name": run.name("round-trip"), **fields}
    run.expect_fields(created, sent, "create answers the guardrail with every field sent")
    guardrail_id = created["id"]
    got = g.get(id=guardrail_id).data.to_dict()
    run.expect_fields(got, sent, "get answers the guardrail with every field sent")
    differ = _disagreements(got, created)
    run.expect(not differ, "get answers the guardrail as create did", lambda: "; ".join(differ))
    listed = [
        item.to_dict()
        for item in run.every(g.list(limit=100), "the guardrail list")
        if item.id == guardrail_id
    ]
    run.expect(
        len(listed) == 1,
        "list holds the guardrail exactly once",
        lambda: f"{len(listed)} entries with its id",
    )
    differ = _disagreements(listed[0], created)
    run.expect(not differ, "list answers the guardrail as create did", lambda: "; ".join(differ))
    changes: dict[str, Any] = {
        "name": run.name("round-trip-renamed"),
        "limit_usd": 20,
        "reset_interval": "monthly",
    }
    updated = g.update(id=guardrail_id, **changes).data.to_dict()
    run.expect_fields(
        updated,
        {**sent, **changes},
        "update answers the guardrail with the changes applied and the other fields kept",
    )
    stored = g.get(id=guardrail_id).data.to_dict()
    run.expect_fields(
        stored, {**sent, **changes}, "get after an update answers the updated guardrail"
    )
    deleted = g.delete(id=guardrail_id)
    run.expect(deleted.deleted is True, 'delete answers {"deleted": true}', str(deleted.to_dict()))
    error = run.error_of(lambda: g.get(id=guardrail_id))
    run.expect(
        isinstance(error, NotFoundResponseError),
        "get after delete answers 404",
        lambda: _describe(error),
    )


@_check("update_omit_vs_null", "an update leaves out what it omits and removes what is null")
def _update_omit_vs_null(run: _Run) -> None:
    g = run.sdk.guardrails
    kept: dict[str, Any] = {
        "description": "conformance: keep me",
        "limit_usd": 10,
        "reset_interval": "daily",
        "allowed_providers": ["openai"],
    }
    guardrail_id = run.create("nulls", **kept)["id"]
    renamed = g.update(id=guardrail_id, name=run.name("nulls-renamed")).data.to_dict()
    run.expect_fields(renamed, kept, "an update that sends only name keeps every other field")
    run.expect_fields(
        g.get(id=guardrail_id).data.to_dict(),
        kept,
        "get after an update of name alone answers every other field as it was",
    )
    steps: list[tuple[dict[str, Any], str]] = [
        ({"description": None}, "description sent as null is removed, the others kept"),
        (
            {"limit_usd": None, "allowed_providers": None},
            "limit_usd and allowed_providers sent as null are removed, reset_interval kept",
        ),
    ]
    for change, what in steps:
        kept = {**kept, **change}
        updated = g.update(id=guardrail_id, **change).data.to_dict()
        run.expect_fields(updated, kept, f"update: {what}")
        run.expect_fields(g.get(id=guardrail_id).data.to_dict(), kept, f"get after update: {what}")


@_check("pagination", "total_count holds, and pages list every item exactly once")
def _pagination(run: _Run) -> None:
    g = run.sdk.guardrails
    before = g.list(limit=1).total_count
    ids = [run.create(f"page-{i}")["id"] for i in range(PAGINATION_GUARDRAILS)]
    total = before + len(ids)
    limit = min(100, max(3, math.ceil(total / 10)))
    _walk(
        run,
        g.list(limit=limit),
        limit,
        expected_total=total,
        must_hold=ids,
        key=lambda item: str(item.id),
        what=f"the guardrail list (limit={limit})",
    )
    hashes = run.key_hashes
    assigned = g.bulk_assign_keys(id=ids[0], key_hashes=hashes)
    run.expect(
        assigned.assigned_count == len(hashes),
        f"assigning {len(hashes)} keys answers assigned_count {len(hashes)}",
        f"assigned_count {assigned.assigned_count}",
    )
    key_limit = max(1, math.ceil(len(hashes) / 3))
    _walk(
        run,
        g.list_guardrail_key_assignments(id=ids[0], limit=key_limit),
        key_limit,
        expected_total=len(hashes),
        must_hold=hashes,
        key=lambda item: str(item.key_hash),
        what=f"the guardrail's key list (limit={key_limit})",
        exact=True,
    )


def _walk(
    run: _Run,
    first: Page[Any],
    limit: int,
    *,
    expected_total: int,
    must_hold: Sequence[str],
    key: Callable[[Any], str],
    what: str,
    exact: bool = False,
) -> None:
    """Read a listing page by page and check its invariants."""
    most = math.ceil(max(expected_total, 1) / limit) + 3
    pages = list(itertools.islice(first.iter_pages(), most + 1))
    run.expect(
        len(pages) <= most,
        f"{what} ends within {most} pages",
        f"{len(pages)} pages read and it goes on",
    )
    totals = [page.total_count for page in pages]
    seen = [key(item) for page in pages for item in page.data]
    run.expect(
        all(t == expected_total for t in totals),
        f"every page of {what} reports total_count {expected_total}",
        f"total_count per page: {totals}",
    )
    repeated = sorted({k for k in seen if seen.count(k) > 1})
    run.expect(
        not repeated,
        f"no item of {what} is listed twice across pages",
        lambda: f"listed more than once: {', '.join(repeated)}",
    )
    missing = [k for k in must_hold if k not in seen]
    run.expect(
        not missing,
        f"every item of {what} is listed",
        lambda: f"never listed: {', '.join(missing)} (pages held {[len(p.data) for p in pages]})",
    )
    run.expect(
        len(seen) == expected_total,
        f"the pages of {what} hold total_count ({expected_total}) items",
        f"{len(seen)} items in {len(pages)} pages",
    )
    if exact:
        run.expect(
            sorted(seen) == sorted(must_hold),
            f"{what} holds exactly the items made",
            lambda: f"listed: {seen}",
        )


@_check("limit_bounds", "limit 0 and 101, and offset -1, are rejected with 400")
def _limit_bounds(run: _Run) -> None:
    guardrail_id = run.create("limits")["id"]
    paths = (
        "/guardrails",
        f"/guardrails/{guardrail_id}/assignments/keys",
        f"/guardrails/{guardrail_id}/assignments/members",
        "/guardrails/assignments/keys",
        "/guardrails/assignments/members",
    )
    for path in paths:
        for name, value in (("limit", 0), ("limit", 101), ("offset", -1)):
            answer = run.raw("GET", path, params={name: value})
            run.expect_error(
                answer,
                400,
                f"GET {path}?{name}={value} answers 400 with the error envelope "
                "(limit is 1..100, offset 0 or more)",
            )
        for limit in (1, 100):
            answer = run.raw("GET", path, params={"limit": limit})
            run.soft(
                answer.status == 200,
                f"GET {path}?limit={limit} answers 200",
                f"status {answer.status}",
                answer.exchange,
            )


@dataclass(frozen=True)
class _Kind:
    noun: str
    field: str
    argument: str
    assign: str
    unassign: str
    per_guardrail: str
    everywhere: str
    values: Callable[[_Run], list[str]]


_KEYS = _Kind(
    "key",
    "key_hash",
    "key_hashes",
    "bulk_assign_keys",
    "bulk_unassign_keys",
    "list_guardrail_key_assignments",
    "list_key_assignments",
    lambda run: run.key_hashes,
)
_MEMBERS = _Kind(
    "member",
    "user_id",
    "member_user_ids",
    "bulk_assign_members",
    "bulk_unassign_members",
    "list_guardrail_member_assignments",
    "list_member_assignments",
    lambda run: run.member_user_ids,
)


def _assignments(run: _Run, kind: _Kind) -> None:
    g = run.sdk.guardrails
    guardrail_id = run.create(f"{kind.noun}s")["id"]
    values = kind.values(run)[:2]
    noun = f"{kind.noun}s"

    def assign(method: str, chosen: list[str]) -> int:
        result = getattr(g, method)(id=guardrail_id, **{kind.argument: chosen})
        count: int = result.to_dict().get(
            "assigned_count" if "unassign" not in method else "unassigned_count", -1
        )
        return count

    def on_guardrail() -> list[str]:
        first = getattr(g, kind.per_guardrail)(id=guardrail_id, limit=100)
        items = run.every(first, f"the guardrail's {kind.noun} list")
        wrong = [a.to_dict() for a in items if a.guardrail_id != guardrail_id]
        run.expect(
            not wrong,
            f"the guardrail's {kind.noun} list holds only its own assignments",
            str(wrong),
        )
        return sorted(str(getattr(a, kind.field)) for a in items)

    def everywhere() -> list[tuple[str, str]]:
        items = run.every(getattr(g, kind.everywhere)(limit=100), f"the global {kind.noun} list")
        return sorted(
            (str(getattr(a, kind.field)), str(a.guardrail_id))
            for a in items
            if getattr(a, kind.field) in values
        )

    count = assign(kind.assign, values)
    run.expect(
        count == len(values),
        f"assigning {len(values)} new {noun} answers assigned_count {len(values)}",
        f"assigned_count {count}",
    )
    count = assign(kind.assign, values)
    run.expect(
        count == 0,
        f"assigning the same {noun} again changes nothing: assigned_count 0",
        f"assigned_count {count}",
    )
    listed = on_guardrail()
    run.expect(
        listed == sorted(values),
        f"the guardrail's {kind.noun} list holds each assigned {kind.noun} exactly once",
        f"listed: {listed}",
    )
    run.expect(
        everywhere() == sorted((v, guardrail_id) for v in values),
        f"the global {kind.noun} list holds each assigned {kind.noun} once, on this guardrail",
        lambda: f"listed: {everywhere()}",
    )
    count = assign(kind.unassign, values[:1])
    run.expect(count == 1, f"unassigning one {kind.noun} answers unassigned_count 1", f"{count}")
    listed = on_guardrail()
    run.expect(
        listed == sorted(values[1:]),
        f"after unassigning {values[0]} the guardrail's list no longer holds it",
        f"listed: {listed}",
    )
    run.expect(
        all(value != values[0] for value, _ in everywhere()),
        f"after unassigning {values[0]} the global {kind.noun} list no longer holds it",
        lambda: f"listed: {everywhere()}",
    )
    count = assign(kind.unassign, values[:1])
    run.expect(
        count == 0,
        f"unassigning a {kind.noun} the guardrail no longer has answers unassigned_count 0",
        f"unassigned_count {count}",
    )


@_check("key_assignments", "assign, idempotent re-assign and unassign keys; both key lists")
def _key_assignments(run: _Run) -> None:
    _assignments(run, _KEYS)


@_check("member_assignments", "the same for organization members")
def _member_assignments(run: _Run) -> None:
    _assignments(run, _MEMBERS)


@_check("delete_cascades", "deleting a guardrail removes its key and member assignments")
def _delete_cascades(run: _Run) -> None:
    g = run.sdk.guardrails
    guardrail_id = run.create("cascade")["id"]
    g.bulk_assign_keys(id=guardrail_id, key_hashes=run.key_hashes[:1])
    g.bulk_assign_members(id=guardrail_id, member_user_ids=run.member_user_ids[:1])
    g.delete(id=guardrail_id)
    listings: list[tuple[str, Page[Any]]] = [
        ("key", g.list_key_assignments(limit=100)),
        ("member", g.list_member_assignments(limit=100)),
    ]
    for noun, listing in listings:
        left = [
            a.to_dict()
            for a in run.every(listing, f"the global {noun} list")
            if a.guardrail_id == guardrail_id
        ]
        run.soft(
            not left,
            f"after the guardrail is deleted, the global {noun} list holds none of its assignments",
            f"{len(left)} left: {left}",
        )
    error = run.error_of(lambda: g.list_guardrail_key_assignments(id=guardrail_id))
    run.soft(
        isinstance(error, NotFoundResponseError),
        "listing the keys of a deleted guardrail answers 404",
        _describe(error),
    )


@_check("not_found", "an unknown guardrail id answers 404 with the error envelope")
def _not_found(run: _Run) -> None:
    g = run.sdk.guardrails
    unknown = str(uuid.uuid4())
    key, member = run.key_hashes[:1], run.member_user_ids[:1]
    calls: list[tuple[str, Callable[[], object]]] = [
        ("get", lambda: g.get(id=unknown)),
        ("update", lambda: g.update(id=unknown, name=run.name("ghost"))),
        ("delete", lambda: g.delete(id=unknown)),
        ("list_guardrail_key_assignments", lambda: g.list_guardrail_key_assignments(id=unknown)),
        ("bulk_assign_keys", lambda: g.bulk_assign_keys(id=unknown, key_hashes=key)),
        ("bulk_unassign_keys", lambda: g.bulk_unassign_keys(id=unknown, key_hashes=key)),
        (
            "list_guardrail_member_assignments",
            lambda: g.list_guardrail_member_assignments(id=unknown),
        ),
        ("bulk_assign_members", lambda: g.bulk_assign_members(id=unknown, member_user_ids=member)),
        (
            "bulk_unassign_members",
            lambda: g.bulk_unassign_members(id=unknown, member_user_ids=member),
        ),
    ]
    for name, call in calls:
        error = run.error_of(call)
        what = f"{name} with an unknown id answers 404 with the error envelope"
        if run.soft(isinstance(error, NotFoundResponseError), what, _describe(error)):
            run.expect_error(run.last, 404, what)


@_check("invalid_body", "a body that breaks the schema answers 400 with the error envelope")
def _invalid_body(run: _Run) -> None:
    guardrail_id = run.create("invalid")["id"]
    cases: list[tuple[str, str, Any, str]] = [
        ("POST", "/guardrails", {}, "a create without name"),
        ("POST", "/guardrails", {"name": ""}, "an empty name"),
        ("POST", "/guardrails", {"name": run.name("x"), "limit_usd": "ten"}, "limit_usd 'ten'"),
        (
            "POST",
            "/guardrails",
            {"name": run.name("x"), "reset_interval": "hourly"},
            "reset_interval 'hourly'",
        ),
        ("POST", "/guardrails", b'{"name": ', "a body that is not JSON"),
        ("PATCH", f"/guardrails/{guardrail_id}", {"limit_usd": "ten"}, "limit_usd 'ten'"),
        (
            "POST",
            f"/guardrails/{guardrail_id}/assignments/keys",
            {"key_hashes": []},
            "an empty key_hashes",
        ),
        (
            "POST",
            f"/guardrails/{guardrail_id}/assignments/members",
            {},
            "no member_user_ids",
        ),
    ]
    for method, path, body, what in cases:
        if isinstance(body, bytes):
            answer = run.raw(method, path, content=body)
        else:
            answer = run.raw(method, path, body=body)
        run.expect_error(answer, 400, f"{method} {path} with {what} answers 400 and the envelope")


@_check("auth_required", "a missing or unknown key answers 401 with the error envelope")
def _auth_required(run: _Run) -> None:
    invalid = f"sk-or-v1-conformance-invalid-{run.token}"
    cases: list[tuple[str, str, Any, Any, str]] = [
        ("GET", "/guardrails", _NOT_JSON, None, "no key"),
        ("POST", "/guardrails", {"name": run.name("no-key")}, None, "no key"),
        ("GET", "/guardrails/assignments/keys", _NOT_JSON, None, "no key"),
        ("GET", "/guardrails", _NOT_JSON, invalid, "an unknown key"),
    ]
    for method, path, body, key, what in cases:
        answer = run.raw(method, path, body=body, key=key)
        run.expect_error(answer, 401, f"{method} {path} with {what} answers 401 and the envelope")
    stranger = run.client(invalid)
    error = run.error_of(stranger.guardrails.list)
    run.soft(
        isinstance(error, UnauthorizedResponseError),
        "the client with an unknown key gets UnauthorizedResponseError (401)",
        _describe(error),
    )


@_check("management_key_required", "a key that is not a management key answers 403")
def _management_key_required(run: _Run) -> str | None:
    key = run.non_management_key
    if not key:
        return "no key that is not a management key was given (--non-management-key)"
    other = run.client(key)
    error = run.error_of(other.guardrails.list)
    what = "list with a key that is not a management key answers 403 with the envelope"
    if run.soft(isinstance(error, ForbiddenResponseError), what, _describe(error)):
        run.expect_error(run.last, 403, what)
    for method, path, body in (
        ("POST", "/guardrails", {"name": run.name("forbidden")}),
        ("GET", "/guardrails/assignments/keys", _NOT_JSON),
    ):
        answer = run.raw(method, path, body=body, key=key)
        run.expect_error(
            answer, 403, f"{method} {path} with a non-management key answers 403 and the envelope"
        )
    return None


@_check("enforce_zdr_rule", "the deprecated enforce_zdr fills the per-provider fields not given")
def _enforce_zdr_rule(run: _Run) -> None:
    fields = run.contract.zdr_fields
    google = next(f for f in fields if f.endswith("_google"))
    openai = next(f for f in fields if f.endswith("_openai"))
    answer = run.raw(
        "POST",
        "/guardrails",
        body={"name": run.name("zdr"), "enforce_zdr": True, google: False},
    )
    data = answer.body.get("data") if isinstance(answer.body, dict) else None
    run.expect(
        200 <= answer.status < 300 and isinstance(data, dict) and "id" in data,
        "create with enforce_zdr answers the guardrail",
        f"status {answer.status}",
    )
    assert isinstance(data, dict)
    guardrail_id = data["id"]
    steps: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
        (
            "create",
            f"enforce_zdr true with {google} false",
            {},
            {name: name != google for name in fields},
        ),
        ("update", "enforce_zdr false alone", {"enforce_zdr": False}, dict.fromkeys(fields, False)),
        (
            "update",
            f"enforce_zdr true with {openai} null",
            {"enforce_zdr": True, openai: None},
            {name: None if name == openai else True for name in fields},
        ),
    ]
    for operation, sent, body, expected in steps:
        if operation == "update":
            answer = run.raw("PATCH", f"/guardrails/{guardrail_id}", body=body)
        data = answer.body.get("data") if isinstance(answer.body, dict) else None
        run.expect_fields(
            data if isinstance(data, dict) else {},
            expected,
            f"{operation} with {sent} answers the per-provider fields {expected}",
        )
        stored = run.sdk.guardrails.get(id=guardrail_id).data.to_dict()
        run.expect_fields(stored, expected, f"after {operation} with {sent}, get answers them too")


@_check("responses_match_schema", "every response of the run matches the contract's schemas")
def _responses_match_schema(run: _Run) -> None:
    answer = run.raw(
        "POST",
        "/guardrails",
        body={
            "name": run.name("tour"),
            "description": "conformance: every operation",
            "limit_usd": 5,
            "reset_interval": "monthly",
            "content_filter_builtins": [{"slug": "email", "action": "redact"}],
            "content_filters": [{"pattern": "secret-[0-9]+", "action": "block"}],
        },
    )
    data = answer.body.get("data") if isinstance(answer.body, dict) else None
    if isinstance(data, dict) and isinstance(data.get("id"), str):
        one = f"/guardrails/{data['id']}"
        key, member = run.key_hashes[:1], run.member_user_ids[:1]
        for method, path, body in (
            ("GET", one, _NOT_JSON),
            ("GET", "/guardrails?limit=5", _NOT_JSON),
            ("PATCH", one, {"description": None, "limit_usd": 6}),
            ("POST", f"{one}/assignments/keys", {"key_hashes": key}),
            ("GET", f"{one}/assignments/keys", _NOT_JSON),
            ("GET", "/guardrails/assignments/keys?limit=5", _NOT_JSON),
            ("POST", f"{one}/assignments/keys/remove", {"key_hashes": key}),
            ("POST", f"{one}/assignments/members", {"member_user_ids": member}),
            ("GET", f"{one}/assignments/members", _NOT_JSON),
            ("GET", "/guardrails/assignments/members?limit=5", _NOT_JSON),
            ("POST", f"{one}/assignments/members/remove", {"member_user_ids": member}),
            ("DELETE", one, _NOT_JSON),
            ("GET", one, _NOT_JSON),
        ):
            run.raw(method, path, body=body)
    run.raw("POST", "/guardrails", body={"name": ""})
    run.raw("GET", "/guardrails", key=None)
    failures = []
    for observed in run.observed:
        problems = _response_problems(run.contract, observed)
        if problems:
            failures.append(
                Failure(
                    f"a body that matches the contract for {observed.operation_id} "
                    f"{observed.status}",
                    "; ".join(problems[:3]),
                    observed.exchange,
                )
            )
    run.failures.extend(first_failures(failures, MAX_FAILURES))


def _response_problems(contract: Contract, observed: _Observed) -> list[str]:
    if observed.operation_id is None:
        return ["the request matched no operation of the contract"]
    if observed.body is _NOT_JSON:
        return ["the body is not JSON"]
    problems = contract.response_errors(observed.operation_id, observed.status, observed.body)
    if observed.status >= 400 and not problems:
        code = observed.body["error"]["code"]
        if code != observed.status:
            problems.append(f"error.code {code!r} is not the status {observed.status}")
    return problems


@_check("fuzz", "Schemathesis: examples, coverage, fuzzing and stateful phases (--fuzz)")
def _fuzz(run: _Run) -> str | None:
    if not run.fuzz:
        return "not asked for (--fuzz)"
    if run.transport is not None:
        return "Schemathesis needs the API over HTTP: a base URL, not a transport"
    result = run_schemathesis(
        run.base_url,
        run.api_key,
        run.contract.document,
        seed=run.seed,
        max_examples=run.fuzz_max_examples,
        max_time=run.fuzz_max_time,
    )
    for guardrail_id in result.created_ids:
        run.created[guardrail_id] = None
    run.failures.extend(first_failures(result.failures, MAX_FAILURES))
    run.note = f"{result.summary}\n{result.details}" if result.details else result.summary
    return None


#: The checks of the suite, in the order they run: name -> what it proves.
CONFORMANCE_CHECKS: Mapping[str, str] = {name: spec.description for name, spec in _REGISTRY.items()}


# ---------------------------------------------------------------------------------------


def _selected(only: Iterable[str] | None) -> list[_Spec]:
    if only is None:
        return list(_REGISTRY.values())
    names = [name.strip() for item in only for name in item.split(",") if name.strip()]
    unknown = [name for name in names if name not in _REGISTRY]
    if unknown:
        raise ValueError(
            f"unknown check(s) {', '.join(unknown)}; the checks are: {', '.join(_REGISTRY)}"
        )
    return [spec for spec in _REGISTRY.values() if spec.name in names]


def run_conformance(
    base_url: str,
    api_key: str,
    *,
    non_management_key: str | None = None,
    only: Iterable[str] | None = None,
    transport: httpx.BaseTransport | None = None,
    fuzz: bool = False,
    seed: int = DEFAULT_SEED,
    fuzz_max_examples: int = DEFAULT_FUZZ_MAX_EXAMPLES,
    fuzz_max_time: float | None = None,
    key_hashes: Sequence[str] | None = None,
    member_user_ids: Sequence[str] | None = None,
    timeout: float = 30.0,
    allow_insecure_http: bool = False,
    on_check: Callable[[Check], None] | None = None,
) -> Report:
    """Run the conformance suite against the Guardrails API at ``base_url`` (for example
    ``http://127.0.0.1:8080/api/v1``) as the management key ``api_key``.

    :param non_management_key: a key that authenticates but is not a management key, for
        ``management_key_required`` (skipped without one).
    :param only: names of the checks to run (default: all of :data:`CONFORMANCE_CHECKS`);
        ``ValueError`` for a name that is not one.
    :param transport: an httpx transport to send through (e.g. a
        :class:`~openrouter_guardrails.testing.FakeTransport`: in process, no network).
    :param fuzz: also run the ``fuzz`` check (Schemathesis, the ``fuzz`` extra; over HTTP
        only): with ``seed``, at most ``fuzz_max_examples`` cases per operation, and for
        ``fuzz_max_time`` seconds when given. ``ImportError`` before anything is sent when
        Schemathesis is missing.
    :param key_hashes: API key hashes to assign (default: made-up hashes). Assigning a real
        key moves it from the guardrail it holds: give keys made for testing.
    :param member_user_ids: organization members to assign (default: made-up user ids).
    :param timeout: seconds per request.
    :param allow_insecure_http: send the key over plain http to a host that is not this
        machine.
    :param on_check: called with each :class:`Check` as it completes (to print progress).

    Every guardrail the run creates is deleted (and every assignment it makes undone) after
    the check that made it, whether it passed or not; what could not be is listed in
    :attr:`Report.cleanup_problems`. The checks assume that nothing else changes the account
    while they run.
    """
    if not api_key:
        raise ValueError("api_key is required: a management key of the API under test")
    specs = _selected(only)
    wants_fuzz = fuzz and transport is None and any(s.name == "fuzz" for s in specs)
    if wants_fuzz and not schemathesis_available():
        raise ImportError(f"--fuzz needs Schemathesis: {FUZZ_EXTRA_HINT}")
    contract = Contract.load()
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    started = time.monotonic()
    run = _Run(
        base_url,
        api_key,
        contract=contract,
        non_management_key=non_management_key,
        transport=transport,
        timeout=timeout,
        allow_insecure_http=allow_insecure_http,
        key_hashes=key_hashes,
        member_user_ids=member_user_ids,
        fuzz=fuzz,
        seed=seed,
        fuzz_max_examples=fuzz_max_examples,
        fuzz_max_time=fuzz_max_time,
    )
    checks: list[Check] = []
    try:
        for spec in specs:
            check = _run_one(run, spec)
            checks.append(check)
            if on_check is not None:
                on_check(check)
    finally:
        run.cleanup()
        run.close()
    return Report(
        base_url=run.base_url,
        checks=tuple(checks),
        started_at=started_at,
        duration=time.monotonic() - started,
        contract_version=str(contract.document.get("info", {}).get("version", "")),
        cleanup_problems=tuple(run.cleanup_problems),
    )


def _run_one(run: _Run, spec: _Spec) -> Check:
    """Run one check, turning whatever it raises into its failures; clean up after it."""
    run.failures = []
    run.note = None
    started = time.monotonic()
    skipped: str | None = None
    try:
        skipped = spec.run(run)
    except _Failed as exc:
        run.failures.append(exc.failure)
    except APIConnectionError as exc:
        run.failures.append(Failure("a response", _describe(exc), run.last_exchange))
    except APIError as exc:
        run.failures.append(
            Failure(f"{exc.method} {exc.url} to succeed", _describe(exc), run.last_exchange)
        )
    except (OpenRouterError, httpx.HTTPError) as exc:
        run.failures.append(Failure("the check to complete", _describe(exc), run.last_exchange))
    except Exception as exc:  # an answer the check could not read: still a failure of it
        run.failures.append(
            Failure("answers the check can read", _describe(exc), run.last_exchange)
        )
    finally:
        run.cleanup()
    duration = time.monotonic() - started
    if skipped is not None and not run.failures:
        return Check(spec.name, spec.description, "skip", duration, reason=skipped)
    return Check(
        spec.name,
        spec.description,
        "fail" if run.failures else "pass",
        duration,
        failures=tuple(run.failures),
        note=run.note,
    )
