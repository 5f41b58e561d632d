"""The conformance suite's harness: one run's clients, what it observed, and its cleanup.

A :class:`Run` holds the public client (on an httpx client whose response hook sees every
raw response), records each exchange for the report (``responses_match_schema`` validates
them all against the contract's JSON Schemas) and tracks every guardrail created and every
assignment made, whoever made it, so that :meth:`Run.cleanup` removes them when a check ends,
passed or not. The checks register themselves with :func:`register_check`.

Requests the SDK refuses before sending (``limit=0``, a body that breaks the schema) or
rewrites (the deprecated ``enforce_zdr``) go out with raw httpx on the same client
(:meth:`Run.raw`).
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn, TypeVar
from urllib.parse import quote, unquote

import httpx
from openrouter_guardrails_api import names as N
from openrouter_guardrails_api.sdk import OPEN_POINTS, OPERATIONS

from openrouter_guardrails._client import OpenRouterGuardrails
from openrouter_guardrails._exceptions import APIError, OpenRouterError
from openrouter_guardrails._pagination import Page

from ._contract import Contract
from ._open import ABSENT_OR_NULL
from ._report import Exchange, Failure

__all__ = [
    "ASSIGNMENTS",
    "MANAGEMENT_KEY",
    "MAX_FAILURES",
    "NOT_JSON",
    "REGISTRY",
    "CheckSpec",
    "Failed",
    "Observed",
    "Run",
    "RunOptions",
    "describe_error",
    "disagreements",
    "register_check",
    "response_problems",
    "same_json",
]


def _assignments() -> dict[str, tuple[str, str]]:
    """For each request field that names what is assigned, the SDK names of the operations
    that assign and unassign by it: the two operations on one guardrail whose body is that
    field alone; the one whose path the other's extends assigns."""
    pairs: dict[str, list[str]] = {}
    for name, operation in OPERATIONS.items():
        if operation.path_params and len(operation.body_fields) == 1:
            pairs.setdefault(operation.body_fields[0], []).append(name)
    return {
        field_name: (names[0], names[1])
        for field_name, names in (
            (f, sorted(ns, key=lambda n: len(OPERATIONS[n].path))) for f, ns in pairs.items()
        )
        if len(names) == 2
    }


#: Request field -> (the SDK name that assigns by it, the one that unassigns).
ASSIGNMENTS: Mapping[str, tuple[str, str]] = _assignments()

T = TypeVar("T")
CheckFunction = Callable[["Run"], "str | None"]
F = TypeVar("F", bound=CheckFunction)

#: Key hashes the suite makes up when it is given none.
MADE_UP_KEYS = 7
#: Pages a check reads of one listing at most.
MAX_PAGES = 100
#: Failures one check reports at most (the last says how many more).
MAX_FAILURES = 20
NOT_JSON: Any = object()
MANAGEMENT_KEY: Any = object()


class Failed(Exception):
    """Stops a check: the failure it found."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.expected)
        self.failure = failure


@dataclass
class Observed:
    """A response the hook saw: its exchange for the report, the parsed body to validate."""

    exchange: Exchange
    status: int
    body: Any
    operation_id: str | None


#: Sequences the differential check tries (unless told otherwise): its budget is a count, so
#: that what it finds does not depend on how fast the machine is.
DEFAULT_DIFFERENTIAL_MAX_EXAMPLES = 60
#: Sequences it plays at most to shrink a difference it found (unless told otherwise).
DEFAULT_DIFFERENTIAL_SHRINK_EXAMPLES = 100


@dataclass(frozen=True)
class RunOptions:
    """Options of the checks beyond the scenarios': the differential check's budget (counts,
    and an optional time cap), the workspaces it may create guardrails in besides the
    default one, a workspace default guardrail's id, and a replay script to run instead of
    a search."""

    differential_max_examples: int = DEFAULT_DIFFERENTIAL_MAX_EXAMPLES
    differential_shrink_examples: int = DEFAULT_DIFFERENTIAL_SHRINK_EXAMPLES
    differential_max_time: float | None = None
    workspaces: Sequence[str] = ()
    default_guardrail_id: str | None = None
    replay_script: Any = None
    #: Compare the answers where the contract leaves a choice open as OpenRouter's own
    #: (the reference fake's) choices, instead of accepting every allowed answer.
    like_openrouter: bool = False


@dataclass(frozen=True)
class CheckSpec:
    """A check: its name, what it proves, and the function that runs it (which returns
    the reason when it skips)."""

    name: str
    description: str
    run: CheckFunction


REGISTRY: dict[str, CheckSpec] = {}


def register_check(name: str, description: str) -> Callable[[F], F]:
    def register(function: F) -> F:
        REGISTRY[name] = CheckSpec(name, description, function)
        return function

    return register


def describe_error(error: BaseException | None) -> str:
    if error is None:
        return "no error: the call succeeded"
    if isinstance(error, APIError):
        return f"{type(error).__name__} (status {error.status_code}): {error.message}"
    return f"{type(error).__name__}: {error}"


def disagreements(answer: Mapping[str, Any], reference: Mapping[str, Any]) -> list[str]:
    """The fields both records hold with different values (the contract lets an answer leave
    out optional fields, so a field only one of them holds is no disagreement)."""
    return [
        f"{name}: {answer[name]!r} (expected {reference[name]!r})"
        for name in answer
        if name in reference and not same_json(answer[name], reference[name])
    ]


def same_json(a: Any, b: Any) -> bool:
    """Equal as JSON values (``10`` and ``10.0`` are the same number)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(a, b)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    return bool(a == b)


class Run:
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
        options: RunOptions | None = None,
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
        options = options or RunOptions()
        self.differential_max_examples = options.differential_max_examples
        self.differential_shrink_examples = options.differential_shrink_examples
        self.differential_max_time = options.differential_max_time
        #: Compare what the contract leaves open as the live API answers it (no allowance).
        self.like_openrouter = options.like_openrouter
        #: The open points the differential check met, and what the target chose at each.
        self.open_met: dict[str, set[str]] = {}
        self.workspaces = list(options.workspaces)
        self.default_guardrail_id = options.default_guardrail_id
        self.replay_script: Any = options.replay_script
        #: The replay script of the difference the differential check found, if any.
        self.script: Any = None
        self.token = uuid.uuid4().hex[:8]
        self.key_hashes = list(key_hashes or []) or [
            hashlib.sha256(f"conformance-{self.token}-{i}".encode()).hexdigest()
            for i in range(MADE_UP_KEYS)
        ]
        self.member_user_ids = list(member_user_ids or []) or [
            f"user_conformance_{self.token}_{i}" for i in range(3)
        ]
        #: The run's values for each request field that names what is assigned (the run's
        #: parameters are named after those fields).
        self.assignable: dict[str, list[str]] = {
            N.BulkAssignKeysRequest.KEY_HASHES: self.key_hashes,
            N.BulkAssignMembersRequest.MEMBER_USER_IDS: self.member_user_ids,
        }
        self.observed: list[Observed] = []
        self.last: Observed | None = None
        self.recording = True
        self.created: dict[str, None] = {}
        #: What the run assigned, by request field: guardrail id -> the values assigned.
        self.assigned: dict[str, dict[str, set[str]]] = {}
        self.failures: list[Failure] = []
        self.note: str | None = None
        #: Why the running check could not finish its budget (a time cap cut it short).
        self.incomplete: str | None = None
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
            body = NOT_JSON
        observed = Observed(
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
        if operation_id == OPERATIONS["create"].operation_id:
            data = body.get("data") if isinstance(body, dict) else None
            if isinstance(data, dict) and isinstance(data.get("id"), str):
                self.created[data["id"]] = None
        elif operation_id == OPERATIONS["delete"].operation_id:
            self.created.pop(guardrail_id, None)
            for book in self.assigned.values():
                book.pop(guardrail_id, None)
        for field_name, (assign, unassign) in ASSIGNMENTS.items():
            values = request.get(field_name)
            if not isinstance(values, list):
                continue
            names = {v for v in values if isinstance(v, str)}
            book = self.assigned.setdefault(field_name, {})
            if operation_id == OPERATIONS[assign].operation_id:
                book.setdefault(guardrail_id, set()).update(names)
            elif operation_id == OPERATIONS[unassign].operation_id:
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
        body: Any = NOT_JSON,
        content: bytes | None = None,
        params: Mapping[str, Any] | None = None,
        key: Any = MANAGEMENT_KEY,
    ) -> Observed:
        """Send a request with raw httpx (``key=None``: no ``Authorization`` header)."""
        headers = {"Accept": "application/json"}
        api_key = self.api_key if key is MANAGEMENT_KEY else key
        if api_key is not None:
            headers["Authorization"] = f"Bearer {api_key}"
        if content is not None:
            headers["Content-Type"] = "application/json"
        self.http.request(
            method,
            self.base_url + path,
            params=dict(params) if params else None,
            json=None if body is NOT_JSON else body,
            content=content,
            headers=headers,
        )
        assert self.last is not None
        return self.last

    def name(self, purpose: str) -> str:
        """A guardrail name that says which run made it."""
        return f"conformance-{self.token}-{purpose}"

    @property
    def name_field(self) -> str:
        """The field that names a guardrail (a create requires it, among any others)."""
        return N.CreateGuardrailRequest.NAME

    @staticmethod
    def path(name: str, guardrail_id: str = "") -> str:
        """The path of the operation the SDK calls ``name``, on ``guardrail_id``."""
        return OPERATIONS[name].path.replace("{id}", quote(guardrail_id, safe=""))

    def body_schema(self, name: str) -> Mapping[str, Any]:
        """The request body schema of the operation the SDK calls ``name``."""
        return self.contract.schema(str(OPERATIONS[name].body_name))

    def create_raw(self, purpose: str, **fields: Any) -> tuple[Observed, dict[str, Any]]:
        """Create a guardrail with raw httpx, from the least valid body and ``fields``: the
        answer, and the guardrail it holds (empty when none)."""
        create = OPERATIONS["create"]
        body = {**self.minimal_create_body(purpose), **fields}
        answer = self.raw(create.method.upper(), create.path, body=body)
        data = answer.body.get("data") if isinstance(answer.body, dict) else None
        return answer, data if isinstance(data, dict) else {}

    @functools.cached_property
    def absent_or_null(self) -> frozenset[str]:
        """The fields of a guardrail that an answer may leave out or hold as null alike."""
        schema = self.contract.schema(OPERATIONS["get"].response_name)
        ref = str(schema["properties"]["data"].get("$ref", ""))
        points = OPEN_POINTS.get(ref.rsplit("/", 1)[-1], {})
        return frozenset(name for name, point in points.items() if point.get(ABSENT_OR_NULL))

    def known(self, operation: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        """``fields`` less those the body of the operation the SDK calls ``operation`` does
        not have (a field the contract no longer has is not sent)."""
        properties = self.resolved(self.body_schema(operation)).get("properties", {})
        return {name: value for name, value in fields.items() if name in properties}

    @functools.cached_property
    def text_field(self) -> str:
        """An optional, nullable string field that both a create and an update take (not
        the name): the field the checks set, keep and remove; ``""`` when the contract has
        none (``known`` then leaves it out)."""
        required = self.resolved(self.body_schema("create")).get("required", [])
        return next(
            (
                name
                for name, spec in self._body_properties("update").items()
                if name != self.name_field
                and name in self._body_properties("create")
                and name not in required
                and self._nullable_string(spec)
            ),
            "",
        )

    def _body_properties(self, operation: str) -> Mapping[str, Any]:
        properties: Mapping[str, Any] = self.resolved(self.body_schema(operation)).get(
            "properties", {}
        )
        return properties

    def _nullable_string(self, schema: Mapping[str, Any]) -> bool:
        schema = self.resolved(schema)
        options = [self.resolved(o) for o in schema.get("anyOf", [schema])]
        kinds: set[Any] = set()
        for option in options:
            kind = option.get("type")
            if "enum" not in option:
                kinds.update(kind if isinstance(kind, list) else [kind])
        return kinds == {"string", "null"}

    def minimal_create_body(self, purpose: str) -> dict[str, Any]:
        """The smallest body a create accepts: its required fields, each at its least valid
        value (the name says which run made it)."""
        schema = self.contract.schema(str(OPERATIONS["create"].body_name))
        body: dict[str, Any] = self.minimal_value(schema, purpose)
        return body

    def minimal_value(self, schema: Mapping[str, Any], purpose: str = "value") -> Any:
        """The least value a schema accepts: an object of its required properties, the
        fewest items a list may have, the first enum value, the smallest number; a string
        says which run made it (within ``minLength``..``maxLength``)."""
        schema = self.resolved(schema)
        if "anyOf" in schema:
            options = [self.resolved(o) for o in schema["anyOf"]]
            chosen = next((o for o in options if o.get("type") != "null"), options[0])
            return self.minimal_value(chosen, purpose)
        if "enum" in schema:
            return schema["enum"][0]
        kinds = schema.get("type", "object")
        kind = next((k for k in kinds if k != "null"), "null") if isinstance(kinds, list) else kinds
        if kind == "object":
            properties = schema.get("properties", {})
            return {
                name: self.assignable[name][: max(1, int(properties[name].get("minItems", 1)))]
                if name in self.assignable
                else self.minimal_value(properties[name], purpose)
                for name in schema.get("required", [])
            }
        if kind == "array":
            item = self.minimal_value(schema.get("items", {}), purpose)
            return [item] * int(schema.get("minItems", 0))
        if kind == "string":
            text = self.name(purpose)[: int(schema.get("maxLength", 10_000))]
            return text.ljust(int(schema.get("minLength", 0)), "x")
        if kind in ("integer", "number"):
            return schema.get("minimum", 0)
        if kind == "boolean":
            return False
        return None

    def resolved(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """A schema with its ``$ref`` followed."""
        return self.contract.resolved(schema)

    def create(self, purpose: str, **fields: Any) -> dict[str, Any]:
        """Create a guardrail through the SDK, from the least valid body (every field a
        create requires, however many) and ``fields``; its data as JSON."""
        body = {**self.minimal_create_body(purpose), **fields}
        created: dict[str, Any] = self.sdk.guardrails.create(**body).data.to_dict()
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
        raise Failed(Failure(expected, actual, exchange or self.last_exchange))

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
        """Stop the check unless ``record`` (a guardrail) holds every one of ``fields`` with
        its value; a field the contract lets an answer leave out or hold as null may be left
        out where null is expected (not with --like-openrouter)."""
        may_be_absent = frozenset() if self.like_openrouter else self.absent_or_null
        wrong = [
            f"{name}: {record.get(name, '<missing>')!r} (expected {value!r})"
            for name, value in fields.items()
            if (name not in record and not (value is None and name in may_be_absent))
            or (name in record and not same_json(record[name], value))
        ]
        self.expect(not wrong, what, lambda: "; ".join(wrong))

    def envelope_problem(self, observed: Observed, status: int) -> str | None:
        """Why a response is not ``status`` with the API's error envelope (``None``: it is)."""
        if observed.status != status:
            return f"status {observed.status}"
        if observed.body is NOT_JSON:
            return "the body is not JSON"
        problems = self.contract.errors(self.contract.ref(N.ErrorResponse.__name__), observed.body)
        if problems:
            return "the body is not the error envelope: " + "; ".join(problems[:3])
        code = observed.body["error"]["code"]
        if code != status:
            return f"error.code {code!r} is not the status {status}"
        return None

    def expect_error(self, observed: Observed | None, status: int, what: str) -> bool:
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
            for field_name, book in self.assigned.items():
                unassign = OPERATIONS[ASSIGNMENTS[field_name][1]]
                for guardrail_id, values in list(book.items()):
                    if values:
                        done = self.raw(
                            unassign.method.upper(),
                            self.path(unassign.name, guardrail_id),
                            body={field_name: sorted(values)},
                        )
                        if not (200 <= done.status < 300 or done.status == 404):
                            self.cleanup_problems.append(
                                f"could not unassign {field_name} from guardrail "
                                f"{guardrail_id}: status {done.status}"
                            )
                    book.pop(guardrail_id, None)
            delete = OPERATIONS["delete"]
            for guardrail_id in list(self.created):
                done = self.raw(delete.method.upper(), self.path(delete.name, guardrail_id))
                if not (200 <= done.status < 300 or done.status == 404):
                    self.cleanup_problems.append(
                        f"could not delete guardrail {guardrail_id}: status {done.status}"
                    )
                self.created.pop(guardrail_id, None)
        except httpx.HTTPError as exc:
            self.cleanup_problems.append(f"cleanup stopped: {type(exc).__name__}: {exc}")
            self.created.clear()
            self.assigned.clear()
        finally:
            self.recording = True


def response_problems(contract: Contract, observed: Observed) -> list[str]:
    if observed.operation_id is None:
        return ["the request matched no operation of the contract"]
    if observed.body is NOT_JSON:
        return ["the body is not JSON"]
    problems = contract.response_errors(observed.operation_id, observed.status, observed.body)
    if observed.status >= 400 and not problems:
        code = observed.body["error"]["code"]
        if code != observed.status:
            problems.append(f"error.code {code!r} is not the status {observed.status}")
    return problems
