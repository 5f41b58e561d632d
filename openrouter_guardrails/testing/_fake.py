"""The fake Guardrails API: its state and the 13 operations of the contract.

:class:`GuardrailsFake` answers framework-free :class:`FakeRequest`\\ s; the transport, the
ASGI app and the HTTP server are thin shells around :meth:`GuardrailsFake.handle`.

A request goes through, in order: fault injection, routing (404, 405), authentication
(401, 403), validation of query and body against the contract's schemas (400), then the
operation itself (404 for an unknown id). Every error has the API's envelope
``{"error": {"code": <status>, "message": "..."}}``.
"""

from __future__ import annotations

import copy
import json
import os
import random
import re
import threading
import uuid
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, unquote

from openrouter_guardrails_api import names as N
from openrouter_guardrails_api.sdk import FALLBACKS, OPERATIONS

from openrouter_guardrails._contract import nullable

from ._clock import Clock, SystemClock
from ._contract import Contract, Operation, RouteMatch
from ._faults import DEFAULT_HTML_502, Fault, Faults
from ._open import Chooser
from ._rules import (
    LABELLED_BY,
    SCOPED_BY,
    SERVER_ASSIGNED,
    default_guardrail_id,
    default_guardrail_name,
    listed_in_default_workspace,
    stored_builtin,
)
from ._state import DEFAULT_REQUEST_LOG_SIZE, FakeState, RequestLog, SqliteStore

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_MANAGEMENT_KEY",
    "DEFAULT_ORGANIZATION_ID",
    "DEFAULT_USER_ID",
    "DEFAULT_WORKSPACE_ID",
    "FakeRequest",
    "FakeResponse",
    "GuardrailsFake",
    "KnownKey",
    "RecordedRequest",
]

#: The management key every fake accepts unless told otherwise.
DEFAULT_MANAGEMENT_KEY = "sk-or-v1-mgmt-test"
#: A key that authenticates but is not a management key (its calls get 403).
DEFAULT_API_KEY = "sk-or-v1-inference-test"
#: The workspace of guardrails created without ``workspace_id``, and the list's default.
DEFAULT_WORKSPACE_ID = "0df9e665-d932-5740-b2c7-b52af166bc11"
#: Who the fake says made an assignment (``assigned_by``).
DEFAULT_USER_ID = "user_fake_owner"
#: The organization of a member the fake was not told about.
DEFAULT_ORGANIZATION_ID = "org_fake"
#: ``limit`` when a list request gives none (the contract's example).
DEFAULT_LIMIT = 50

_ERROR_MESSAGES = {
    400: "Invalid request parameters",
    401: "Missing Authentication header",
    403: "Only management keys can perform this operation",
    404: "Resource not found",
    429: "Rate limit exceeded",
}
_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


@dataclass(frozen=True)
class KnownKey:
    """An API key the fake knows by hash: what key assignments show as its name and label."""

    name: str
    label: str


@dataclass(frozen=True)
class FakeRequest:
    """An HTTP request as the fake reads it.

    ``path`` is the path as sent (percent-encoded, with the base path, without the query);
    ``query`` the raw query string; ``headers`` with lower-case names.
    """

    method: str
    path: str
    query: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""


@dataclass(frozen=True)
class FakeResponse:
    """The fake's answer, and the fault (if any) the shell must act out.

    With a ``"refuse"`` fault ``status`` is 0: nothing is answered.
    """

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    fault: Fault | None = None

    @property
    def delay(self) -> float:
        """Seconds the shell waits (on the fake's clock) before answering."""
        return self.fault.delay if self.fault is not None else 0.0

    def json(self) -> Any:
        """The body decoded as JSON."""
        return json.loads(self.body)


@dataclass(frozen=True)
class RecordedRequest:
    """A request the fake received, with how it was answered.

    ``route`` is the contract's ``"METHOD /path"`` (``None`` for an unknown path);
    ``status`` is ``None`` when no whole response reached the client (a refused or dropped
    connection, or a body cut short).
    """

    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]
    body: bytes
    route: str | None
    operation_id: str | None
    status: int | None
    fault: Fault | None

    def json(self) -> Any:
        """The request body decoded as JSON (``None`` when empty)."""
        return json.loads(self.body) if self.body else None


class ApiError(Exception):
    """An error answer, raised inside an operation."""

    def __init__(self, status: int, message: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message or _ERROR_MESSAGES.get(status) or HTTPStatus(status).phrase


@dataclass
class _Call:
    operation: Operation
    params: Mapping[str, str]
    query: dict[str, Any]
    body: Any


def _isoformat(moment: datetime) -> str:
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _coerce(value: str, schema: Mapping[str, Any]) -> Any:
    """A query string value as the type its schema wants, when it reads as one."""
    kind = schema.get("type")
    if kind == "integer" and _INTEGER.fullmatch(value):
        return int(value)
    if kind == "number" and _NUMBER.fullmatch(value):
        return float(value)
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    return value


#: The schema of each operation's success answer, by operationId.
_RESPONSE_NAMES: Mapping[str, str] = {
    op.operation_id: op.response_name for op in OPERATIONS.values()
}


def _json_bytes(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def error_body(status: int, message: str) -> bytes:
    """The API's error envelope as bytes."""
    return _json_bytes(
        {N.ErrorResponse.ERROR: {N.ErrorDetail.CODE: status, N.ErrorDetail.MESSAGE: message}}
    )


class _DefectTable:
    """``GuardrailsFake.DEFECTS``, kept for compatibility: ``DefectiveFake.DEFECTS``."""

    def __get__(self, instance: object, owner: type | None = None) -> Mapping[str, str]:
        from ._defects import DEFECTS

        return DEFECTS


#: The operations the fake models, by ``operationId``: the method that answers each. An
#: operation the contract gains is answered 501 until its rule is written here.
_HANDLERS: Mapping[str, str] = {
    N.OperationId.LIST_GUARDRAILS: "_list_guardrails",
    N.OperationId.CREATE_GUARDRAIL: "_create_guardrail",
    N.OperationId.GET_GUARDRAIL: "_get_guardrail",
    N.OperationId.UPDATE_GUARDRAIL: "_update_guardrail",
    N.OperationId.DELETE_GUARDRAIL: "_delete_guardrail",
    N.OperationId.LIST_GUARDRAIL_KEY_ASSIGNMENTS: "_list_guardrail_key_assignments",
    N.OperationId.BULK_ASSIGN_KEYS_TO_GUARDRAIL: "_assign_keys",
    N.OperationId.BULK_UNASSIGN_KEYS_FROM_GUARDRAIL: "_unassign_keys",
    N.OperationId.LIST_GUARDRAIL_MEMBER_ASSIGNMENTS: "_list_guardrail_member_assignments",
    N.OperationId.BULK_ASSIGN_MEMBERS_TO_GUARDRAIL: "_assign_members",
    N.OperationId.BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL: "_unassign_members",
    N.OperationId.LIST_KEY_ASSIGNMENTS: "_list_key_assignments",
    N.OperationId.LIST_MEMBER_ASSIGNMENTS: "_list_member_assignments",
}


class GuardrailsFake:
    """A stateful in-memory implementation of the Guardrails API, following the contract.

    Serve it in process with :class:`~openrouter_guardrails.testing.FakeTransport` (sync and
    async httpx clients), as ASGI with :class:`~openrouter_guardrails.testing.FakeASGIApp`,
    or over HTTP with :class:`~openrouter_guardrails.testing.FakeServer`.

    :param base_path: where the API lives (default: the contract's, ``/api/v1``).
    :param management_keys: bearer keys allowed to call every operation.
    :param api_keys: keys that authenticate but are not management keys (403).
    :param keys: known API keys by hash; an unknown hash gets a made-up name and label.
    :param members: organization of each known member by user id (else
        ``organization_id``).
    :param clock: source of timestamps and of injected latency (default: the system's).
    :param seed: makes ids reproducible (default: random ``uuid4``).
    :param max_page_size: answer at most this many items a page, whatever the ``limit``
        (a server that caps page sizes); ``None``: the ``limit`` asked.
    :param state_file: a SQLite file to load the state from and save it to after every
        request that changes it (the rows it changed). One fake at a time holds the file:
        ``StateFileInUseError`` (a ``ValueError``) when another one has it open.
    :param request_log_size: how many of the newest requests :attr:`requests` keeps
        (``None``: every one).
    :param workspaces: more workspaces the fake knows, besides ``workspace_id`` and those
        guardrails are created in (each has a default guardrail to configure).
    :param defects: deprecated: build a
        :class:`~openrouter_guardrails.testing.DefectiveFake` instead (this fake follows the
        contract; ``GuardrailsFake(defects=...)`` warns and returns one).
    """

    #: Deprecated: the defects of ``DefectiveFake``, which has them.
    DEFECTS = _DefectTable()

    def __new__(cls, *args: Any, defects: Iterable[str] = (), **options: Any) -> GuardrailsFake:
        if cls is GuardrailsFake and defects:
            from ._defects import DefectiveFake

            warnings.warn(
                "GuardrailsFake(defects=...) is deprecated: use DefectiveFake(defects=...)",
                DeprecationWarning,
                stacklevel=2,
            )
            return DefectiveFake.__new__(DefectiveFake)
        return super().__new__(cls)

    def __init__(
        self,
        *,
        base_path: str | None = None,
        management_keys: Iterable[str] = (DEFAULT_MANAGEMENT_KEY,),
        api_keys: Iterable[str] = (DEFAULT_API_KEY,),
        keys: Mapping[str, KnownKey] | None = None,
        members: Mapping[str, str] | None = None,
        workspace_id: str = DEFAULT_WORKSPACE_ID,
        user_id: str = DEFAULT_USER_ID,
        organization_id: str = DEFAULT_ORGANIZATION_ID,
        clock: Clock | None = None,
        seed: int | None = None,
        max_page_size: int | None = None,
        state_file: str | os.PathLike[str] | None = None,
        request_log_size: int | None = DEFAULT_REQUEST_LOG_SIZE,
        contract: Contract | None = None,
        defects: Iterable[str] = (),
        workspaces: Iterable[str] = (),
        choices: Mapping[str, str] | None = None,
    ) -> None:
        #: The deliberate bugs this fake has: none (see ``DefectiveFake``).
        self.defects: frozenset[str] = frozenset()
        self.contract = contract or Contract.load()
        #: The answer it gives where the contract leaves one open (``OPEN_CHOICES`` lists
        #: each open point and its answers; by default the first of each).
        self._chooser = Chooser(self.contract, choices, FALLBACKS) if choices else None
        self.base_path = (self.contract.base_path if base_path is None else base_path).rstrip("/")
        if self.base_path and not self.base_path.startswith("/"):
            raise ValueError("base_path must start with '/'")
        self.management_keys: set[str] = set(management_keys)
        self.api_keys: set[str] = set(api_keys)
        self.keys: dict[str, KnownKey] = dict(keys or {})
        self.members: dict[str, str] = dict(members or {})
        self.workspace_id = workspace_id
        self.user_id = user_id
        self.organization_id = organization_id
        self.clock: Clock = clock or SystemClock()
        self.max_page_size = max_page_size
        #: Faults to inject; see :class:`~openrouter_guardrails.testing.Faults`.
        self.faults = Faults(self.contract, self.base_path)
        #: The requests received, in order (the newest ``request_log_size`` of them).
        self.requests: list[RecordedRequest] = RequestLog(request_log_size)
        # Reproducible ids for tests, not secrets.
        self._rng = random.Random(seed) if seed is not None else None  # noqa: S311
        self._lock = threading.RLock()
        self._store = SqliteStore(state_file) if state_file is not None else None
        self._state = self._store.load() if self._store is not None else FakeState()
        self._changed = False
        self._guardrail_fields = self.contract.schema(N.Guardrail.__name__)["properties"]
        self._fallbacks = self.contract.fallbacks
        self._create_schema = self.contract.body_schema_name(N.OperationId.CREATE_GUARDRAIL)
        self._update_schema = self.contract.body_schema_name(N.OperationId.UPDATE_GUARDRAIL)
        # The field that names a guardrail (a create requires it, among any others).
        self._name_field = N.CreateGuardrailRequest.NAME
        # A query parameter of the listing named after a guardrail field filters by it.
        listing = self.contract.operations[N.OperationId.LIST_GUARDRAILS]
        self._filters = tuple(set(listing.query_params) & set(self._guardrail_fields))
        self._builtin_fields = frozenset(
            name
            for name, schema in self._guardrail_fields.items()
            if LABELLED_BY in self.contract.item_properties(schema)
        )
        #: Workspaces the fake knows (their default guardrails can be configured).
        self.workspaces: set[str] = {workspace_id, *workspaces}
        self._operations: dict[str, Callable[[_Call], tuple[int, Any]]] = {
            operation_id: getattr(self, method) for operation_id, method in _HANDLERS.items()
        }

    # -- public helpers ----------------------------------------------------------------

    @property
    def implemented_operations(self) -> frozenset[str]:
        """The ``operationId``\\ s the fake implements."""
        return frozenset(self._operations)

    @classmethod
    def modelled_operations(cls) -> frozenset[str]:
        """The ``operationId``\\ s the fake models (an operation of the contract that is not
        among them is answered 501, naming it)."""
        return frozenset(_HANDLERS)

    @property
    def guardrails(self) -> list[dict[str, Any]]:
        """Copies of every guardrail, in creation order."""
        with self._lock:
            return copy.deepcopy(list(self._state.guardrails.values()))

    @property
    def key_assignments(self) -> list[dict[str, Any]]:
        """Copies of every key assignment, in the order they were made."""
        with self._lock:
            return copy.deepcopy(list(self._state.key_assignments.values()))

    @property
    def member_assignments(self) -> list[dict[str, Any]]:
        """Copies of every member assignment, in the order they were made."""
        with self._lock:
            return copy.deepcopy(list(self._state.member_assignments.values()))

    def add_guardrail(self, **fields: Any) -> dict[str, Any]:
        """Create a guardrail directly (no request recorded, no fault), as ``create`` would
        from a body of ``fields``; raises ``ValueError`` where ``create`` answers 400."""
        operation = self.contract.operations[N.OperationId.CREATE_GUARDRAIL]
        with self._lock:
            try:
                body = self._validated_body(operation, _json_bytes(fields))
                _, payload = self._create_guardrail(_Call(operation, {}, {}, body))
            except ApiError as exc:
                raise ValueError(exc.message) from None
            self._save_if_changed()
            return copy.deepcopy(dict(payload[N.GetGuardrailResponse.DATA]))

    def add_legacy_guardrail(self, **fields: Any) -> dict[str, Any]:
        """Create a legacy guardrail, one that predates workspaces (``workspace_id`` null),
        as ``add_guardrail`` does otherwise."""
        created = self.add_guardrail(**fields)
        with self._lock:
            self._state.guardrails[created[N.Guardrail.ID]][N.Guardrail.WORKSPACE_ID] = None
            self._changed = True
            self._save_if_changed()
            return copy.deepcopy(self._state.guardrails[created[N.Guardrail.ID]])

    def default_guardrail_id(self, workspace_id: str | None = None) -> str:
        """The id of a workspace's default guardrail (default: the default workspace's);
        GET answers 404 until an update configures it."""
        workspace = self.workspace_id if workspace_id is None else workspace_id
        with self._lock:
            self.workspaces.add(workspace)
        return default_guardrail_id(workspace)

    def register_key(self, key_hash: str, name: str, label: str) -> None:
        """Make a key known: its assignments show ``name`` and ``label``."""
        with self._lock:
            self.keys[key_hash] = KnownKey(name, label)

    def register_member(self, user_id: str, organization_id: str) -> None:
        """Make an organization member known."""
        with self._lock:
            self.members[user_id] = organization_id

    def reset(self) -> None:
        """Forget every guardrail, assignment, recorded request and fault."""
        with self._lock:
            self._state.clear()
            self.requests.clear()
            self.faults.clear()
            self._changed = True
            self._save_if_changed()

    def close(self) -> None:
        """Close the state file, if any (the state in memory stays usable)."""
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def __enter__(self) -> GuardrailsFake:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_path={self.base_path!r}, "
            f"guardrails={len(self._state.guardrails)})"
        )

    # -- the request path --------------------------------------------------------------

    def handle(self, request: FakeRequest) -> FakeResponse:
        """Answer one request; the caller acts out ``response.fault`` and its delay."""
        method = request.method.upper()
        route = self._route(method, request.path)
        route_path = route.path if route is not None else None
        fault = self.faults.take(method, route_path)
        with self._lock:
            if fault is not None and not fault.processed:
                response = self._fault_response(fault)
            else:
                response = self._process(method, route, request)
                if fault is not None:
                    response = FakeResponse(response.status, response.headers, response.body, fault)
            delivered = fault is None or fault.kind in ("status", "non_json", "latency")
            operation = route.operation if route is not None else None
            self.requests.append(
                RecordedRequest(
                    method=method,
                    path=request.path,
                    query=parse_qs(request.query, keep_blank_values=True),
                    headers=dict(request.headers),
                    body=request.body,
                    route=f"{method} {route_path}" if route_path is not None else None,
                    operation_id=operation.operation_id if operation is not None else None,
                    status=response.status if delivered else None,
                    fault=fault,
                )
            )
        return response

    def _route(self, method: str, raw_path: str) -> RouteMatch | None:
        if self.base_path:
            if raw_path != self.base_path and not raw_path.startswith(self.base_path + "/"):
                return None
            raw_path = raw_path[len(self.base_path) :]
        found = self.contract.match(method, raw_path)
        if found is None:
            return None
        return RouteMatch(
            path=found.path,
            operation=found.operation,
            allowed_methods=found.allowed_methods,
            params={name: unquote(value) for name, value in found.params.items()},
        )

    def _process(self, method: str, route: RouteMatch | None, request: FakeRequest) -> FakeResponse:
        headers: list[tuple[str, str]] = []
        try:
            if route is None:
                raise ApiError(404, "Not Found")
            operation = route.operation
            if operation is None:
                headers.append(("allow", ", ".join(route.allowed_methods)))
                raise ApiError(405, f"Method {method} not allowed on {route.path}")
            self._authenticate(request.headers)
            call = _Call(
                operation=operation,
                params=route.params,
                query=self._validated_query(operation, request.query),
                body=self._validated_body(operation, request.body),
            )
            handler = self._operations.get(operation.operation_id)
            if handler is None:
                raise ApiError(501, f"{operation.operation_id} is not implemented by the fake")
            status, payload = handler(call)
            if self._chooser is not None:
                payload = self._chooser.apply(payload, _RESPONSE_NAMES[operation.operation_id])
            self._save_if_changed()
        except ApiError as exc:
            self._changed = False
            status, payload = (
                exc.status,
                {
                    N.ErrorResponse.ERROR: {
                        N.ErrorDetail.CODE: exc.status,
                        N.ErrorDetail.MESSAGE: exc.message,
                    }
                },
            )
        headers.insert(0, ("content-type", "application/json"))
        return FakeResponse(status, tuple(headers), _json_bytes(payload))

    def _fault_response(self, fault: Fault) -> FakeResponse:
        if fault.kind == "refuse":
            return FakeResponse(0, (), b"", fault)
        status = fault.status or 502
        headers: list[tuple[str, str]] = []
        if fault.kind == "non_json":
            body = DEFAULT_HTML_502 if fault.body is None else fault.body
            headers.append(("content-type", fault.content_type or "text/html"))
        else:
            message = _ERROR_MESSAGES.get(status) or HTTPStatus(status).phrase
            body = error_body(status, message)
            headers.append(("content-type", "application/json"))
        if fault.retry_after is not None:
            headers.append(("retry-after", fault.retry_after))
        return FakeResponse(status, tuple(headers), body, fault)

    def _authenticate(self, headers: Mapping[str, str]) -> None:
        value = headers.get("authorization", "")
        scheme, _, key = value.strip().partition(" ")
        key = key.strip()
        if not value:
            problem = ApiError(401, "Missing Authentication header")
        elif scheme.lower() != "bearer" or not key:
            problem = ApiError(401, "Invalid Authorization header: expected 'Bearer <key>'")
        elif key in self.management_keys:
            return
        elif key in self.api_keys:
            raise ApiError(403)
        else:
            problem = ApiError(401, "Invalid API key")
        raise problem

    def _validated_query(self, operation: Operation, raw: str) -> dict[str, Any]:
        given = parse_qs(raw, keep_blank_values=True)
        query: dict[str, Any] = {}
        for name, schema in operation.query_params.items():
            if name not in given:
                continue
            resolved = self.contract.resolved(schema)
            if resolved.get("type") == "array":
                # Form style, exploded (OpenAPI's default for a query array): ?a=1&a=2.
                items = self.contract.resolved(resolved.get("items", {}))
                value: Any = [_coerce(one, items) for one in given[name]]
            else:
                value = _coerce(given[name][-1], resolved)
            problem = self.contract.first_error(schema, value)
            if problem is not None:
                raise ApiError(400, f"Invalid query parameter {name}: {problem}")
            query[name] = value
        return query

    def _validated_body(self, operation: Operation, raw: bytes) -> Any:
        if operation.body_schema is None:
            return None
        if not raw.strip():
            if operation.body_required:
                raise ApiError(400, "Request body is required")
            return None
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(400, f"Request body is not valid JSON: {exc}") from None
        problem = self.contract.first_error(operation.body_schema, body)
        if problem is not None:
            raise ApiError(400, f"Invalid request body: {problem}")
        return body

    def _save_if_changed(self) -> None:
        if self._changed and self._store is not None:
            self._store.save(self._state)
        self._state.forget_changes()
        self._changed = False

    # -- helpers of the operations -----------------------------------------------------

    def _new_id(self) -> str:
        if self._rng is not None:
            return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
        return str(uuid.uuid4())

    def _now(self) -> str:
        return _isoformat(self.clock.utcnow())

    def _guardrail(self, call: _Call) -> dict[str, Any]:
        found: dict[str, Any] | None = self._state.guardrails.get(call.params[N.Parameter.ID])
        if found is None:
            if self._unconfigured_default(call.params[N.Parameter.ID]) is not None:
                raise ApiError(404, "The workspace default guardrail has not been configured yet")
            raise ApiError(404, f"Guardrail {call.params['id']!r} not found")
        return found

    def _unconfigured_default(self, guardrail_id: str) -> str | None:
        """The workspace whose default guardrail ``guardrail_id`` is, while not configured."""
        if guardrail_id in self._state.guardrails:
            return None
        known = self.workspaces | {
            g[N.Guardrail.WORKSPACE_ID] for g in self._state.guardrails.values()
        }
        for workspace in known:
            if workspace is not None and default_guardrail_id(workspace) == guardrail_id:
                return workspace
        return None

    def _new_guardrail(self, guardrail_id: str, workspace_id: str | None) -> dict[str, Any]:
        """A guardrail with every field at its default: the create request's ``default``,
        else the guardrail schema's, else null (where the field may be null)."""
        create = self.contract.schema(self._create_schema)["properties"]
        guardrail: dict[str, Any] = {}
        for name, schema in self._guardrail_fields.items():
            if name in SERVER_ASSIGNED:
                continue
            for source in (create.get(name, {}), schema):
                if "default" in source:
                    guardrail[name] = copy.deepcopy(source["default"])
                    break
            else:
                if nullable(schema):
                    guardrail[name] = None
        guardrail.update(
            id=guardrail_id, created_at=self._now(), updated_at=None, workspace_id=workspace_id
        )
        return guardrail

    def _page(self, call: _Call, items: list[dict[str, Any]]) -> tuple[int, Any]:
        offset = int(call.query.get(N.Parameter.OFFSET, 0))
        limit = int(call.query.get(N.Parameter.LIMIT, DEFAULT_LIMIT))
        if self.max_page_size is not None:
            limit = min(limit, self.max_page_size)
        total = len(items)
        page = items[offset : offset + limit]
        # The items as stored: an answer is serialized before anything can change them.
        return 200, {
            N.ListGuardrailsResponse.DATA: page,
            N.ListGuardrailsResponse.TOTAL_COUNT: total,
        }

    def _stored(self, name: str, value: Any) -> Any:
        if name in self._builtin_fields and value is not None:
            return [stored_builtin(entry) for entry in value]
        return copy.deepcopy(value)

    def _apply_fields(
        self, guardrail: dict[str, Any], body: Mapping[str, Any], request_schema: str
    ) -> None:
        """Copy the request's fields into the guardrail, then apply the ``enforce_zdr`` rule:
        when ``enforce_zdr`` is provided (``null`` included), its value goes into every
        per-provider field the request does not specify itself."""
        accepted = self.contract.schema(request_schema)["properties"]
        for name, value in body.items():
            if name in accepted and name in self._guardrail_fields and name not in SERVER_ASSIGNED:
                guardrail[name] = self._stored(name, value)
        for deprecated, filled in self._fallbacks.items():
            if deprecated in body:
                for name in filled:
                    if name not in body and name in self._guardrail_fields:
                        guardrail[name] = body[deprecated]

    # -- the 13 operations -------------------------------------------------------------

    def _list_guardrails(self, call: _Call) -> tuple[int, Any]:
        wanted = {name: call.query[name] for name in self._filters if name in call.query}
        items = [
            g
            for g in self._state.guardrails.values()
            if all(g.get(name) == value for name, value in wanted.items())
            and (
                SCOPED_BY in wanted
                or listed_in_default_workspace(g.get(SCOPED_BY), self.workspace_id)
            )
        ]
        return self._page(call, items)

    def _create_guardrail(self, call: _Call) -> tuple[int, Any]:
        body: Mapping[str, Any] = call.body
        workspace = body.get(N.Guardrail.WORKSPACE_ID, self.workspace_id)
        guardrail = self._new_guardrail(self._new_id(), workspace)
        self.workspaces.add(workspace)
        self._apply_fields(guardrail, body, self._create_schema)
        ordered = {name: guardrail[name] for name in sorted(guardrail)}
        self._state.guardrails[ordered[N.Guardrail.ID]] = ordered
        self._changed = True
        return 201, {N.GetGuardrailResponse.DATA: copy.deepcopy(ordered)}

    def _get_guardrail(self, call: _Call) -> tuple[int, Any]:
        return 200, {N.GetGuardrailResponse.DATA: self._guardrail(call)}

    def _update_guardrail(self, call: _Call) -> tuple[int, Any]:
        body: Mapping[str, Any] = call.body
        workspace = self._unconfigured_default(call.params[N.Parameter.ID])
        if workspace is not None:
            # The first write of a workspace's default guardrail materializes it.
            guardrail = self._new_guardrail(call.params[N.Parameter.ID], workspace)
            guardrail[self._name_field] = default_guardrail_name(workspace)
        else:
            guardrail = self._guardrail(call)
        default_of = guardrail.get(N.Guardrail.WORKSPACE_ID)
        is_default = default_of is not None and guardrail[N.Guardrail.ID] == default_guardrail_id(
            default_of
        )
        if (
            is_default
            and body.get(self._name_field, guardrail[self._name_field])
            != guardrail[self._name_field]
        ):
            raise ApiError(
                400,
                "The name of a workspace default guardrail is derived from its workspace and "
                "cannot be changed",
            )
        if workspace is not None:
            self._state.guardrails[guardrail[N.Guardrail.ID]] = guardrail
        self._apply_fields(guardrail, body, self._update_schema)
        guardrail[N.Guardrail.UPDATED_AT] = self._now()
        self._changed = True
        return 200, {N.GetGuardrailResponse.DATA: copy.deepcopy(guardrail)}

    def _delete_guardrail(self, call: _Call) -> tuple[int, Any]:
        guardrail_id = self._guardrail(call)[N.Guardrail.ID]
        self._state.guardrails.pop(guardrail_id, None)
        self._changed = True
        state = self._state
        for key_hash, assignment in list(state.key_assignments.items()):
            if assignment[N.KeyAssignment.GUARDRAIL_ID] == guardrail_id:
                del state.key_assignments[key_hash]
        for pair in list(state.member_assignments):
            if pair[0] == guardrail_id:
                del state.member_assignments[pair]
        self._changed = True
        return 200, {N.DeleteGuardrailResponse.DELETED: True}

    def _list_guardrail_key_assignments(self, call: _Call) -> tuple[int, Any]:
        guardrail_id = self._guardrail(call)[N.Guardrail.ID]
        items = [
            a
            for a in self._state.key_assignments.values()
            if a[N.KeyAssignment.GUARDRAIL_ID] == guardrail_id
        ]
        return self._page(call, items)

    def _assign_keys(self, call: _Call) -> tuple[int, Any]:
        guardrail_id = self._guardrail(call)[N.Guardrail.ID]
        assigned = 0
        for key_hash in dict.fromkeys(call.body[N.BulkAssignKeysRequest.KEY_HASHES]):
            current = self._state.key_assignments.get(key_hash)
            if current is not None and current[N.KeyAssignment.GUARDRAIL_ID] == guardrail_id:
                continue
            # A key holds at most one guardrail: assigning it elsewhere replaces the old one.
            self._state.key_assignments.pop(key_hash, None)
            known = self.keys.get(key_hash) or KnownKey(
                name=f"Key {key_hash[:8]}", label=f"sk-or-v1-{key_hash[:3]}...{key_hash[-3:]}"
            )
            self._state.key_assignments[key_hash] = {
                N.KeyAssignment.ASSIGNED_BY: self.user_id,
                N.KeyAssignment.CREATED_AT: self._now(),
                N.KeyAssignment.GUARDRAIL_ID: guardrail_id,
                N.KeyAssignment.ID: self._new_id(),
                N.KeyAssignment.KEY_HASH: key_hash,
                N.KeyAssignment.KEY_LABEL: known.label,
                N.KeyAssignment.KEY_NAME: known.name,
            }
            assigned += 1
        self._changed = assigned > 0
        return 200, {N.BulkAssignKeysResponse.ASSIGNED_COUNT: assigned}

    def _unassign_keys(self, call: _Call) -> tuple[int, Any]:
        guardrail_id = self._guardrail(call)[N.Guardrail.ID]
        unassigned = 0
        for key_hash in dict.fromkeys(call.body[N.BulkUnassignKeysRequest.KEY_HASHES]):
            current = self._state.key_assignments.get(key_hash)
            if current is not None and current[N.KeyAssignment.GUARDRAIL_ID] == guardrail_id:
                del self._state.key_assignments[key_hash]
                unassigned += 1
        self._changed = unassigned > 0
        return 200, {N.BulkUnassignKeysResponse.UNASSIGNED_COUNT: unassigned}

    def _list_guardrail_member_assignments(self, call: _Call) -> tuple[int, Any]:
        guardrail_id = self._guardrail(call)[N.Guardrail.ID]
        items = [a for (gid, _), a in self._state.member_assignments.items() if gid == guardrail_id]
        return self._page(call, items)

    def _assign_members(self, call: _Call) -> tuple[int, Any]:
        guardrail_id = self._guardrail(call)[N.Guardrail.ID]
        assigned = 0
        for user_id in dict.fromkeys(call.body[N.BulkAssignMembersRequest.MEMBER_USER_IDS]):
            if (guardrail_id, user_id) in self._state.member_assignments:
                continue
            self._state.member_assignments[(guardrail_id, user_id)] = {
                N.MemberAssignment.ASSIGNED_BY: self.user_id,
                N.MemberAssignment.CREATED_AT: self._now(),
                N.MemberAssignment.GUARDRAIL_ID: guardrail_id,
                N.MemberAssignment.ID: self._new_id(),
                N.MemberAssignment.ORGANIZATION_ID: self.members.get(user_id, self.organization_id),
                N.MemberAssignment.USER_ID: user_id,
            }
            assigned += 1
        self._changed = assigned > 0
        return 200, {N.BulkAssignMembersResponse.ASSIGNED_COUNT: assigned}

    def _unassign_members(self, call: _Call) -> tuple[int, Any]:
        guardrail_id = self._guardrail(call)[N.Guardrail.ID]
        unassigned = 0
        for user_id in dict.fromkeys(call.body[N.BulkUnassignMembersRequest.MEMBER_USER_IDS]):
            pair = (guardrail_id, user_id)
            found = self._state.member_assignments.get(pair)
            if found is not None:
                del self._state.member_assignments[pair]
                unassigned += 1
        self._changed = unassigned > 0
        return 200, {N.BulkUnassignMembersResponse.UNASSIGNED_COUNT: unassigned}

    def _list_key_assignments(self, call: _Call) -> tuple[int, Any]:
        return self._page(call, list(self._state.key_assignments.values()))

    def _list_member_assignments(self, call: _Call) -> tuple[int, Any]:
        return self._page(call, list(self._state.member_assignments.values()))
