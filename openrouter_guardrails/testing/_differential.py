"""The differential check: random sequences of the contract's operations, sent to the target
and to a fresh reference fake in lockstep, every answer compared.

The fake is an executable model of the contract, so it is the oracle. Hypothesis draws
sequences of steps (every operation of the generated operation table, bodies drawn from the
contract's request schemas, ids, workspaces, key hashes and members drawn from small pools so
that steps meet: shared and distinct keys across guardrails, pages of every listing with
random ``offset``, ``limit`` and filters, the deprecated fallback field), runs each against
the target and the model, and compares:

- the status, and for an error the error envelope;
- the body once the target's ids are mapped to the model's (the server assigns them), with
  what the contract leaves open ignored: the order of a listing, the values of timestamps
  and of the fields an assignment gets from the account (its id, who made it, a key's name);
- the rules of the timestamps: the creation time never changes, the update time is set by
  every update and never goes back;
- every response against the contract's schemas.

On a difference Hypothesis shrinks the sequence, and the check reports the shortest one as a
replay script (:class:`Script`): the pools, the steps, and each request with both answers.
``contract-test --replay FILE`` runs a script again (:func:`replay`).

A target that holds data already (a real account) is handled: before each sequence the
listings are read once, and what they held is left out of every comparison.
"""

from __future__ import annotations

import contextlib
import json
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode

import httpx
from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings
from hypothesis import strategies as st
from openrouter_guardrails_api.sdk import OPERATIONS, TIMESTAMPS

from ._contract import Contract
from ._fake import DEFAULT_MANAGEMENT_KEY, FakeRequest, GuardrailsFake
from ._harness import (
    DEFAULT_DIFFERENTIAL_MAX_EXAMPLES,
    DEFAULT_DIFFERENTIAL_SHRINK_EXAMPLES,
    NOT_JSON,
    Observed,
    Run,
    describe_error,
    register_check,
    response_problems,
    same_json,
)
from ._open import OpenPoints, describe
from ._report import Exchange, Failure
from ._rules import SCOPED_BY

__all__ = [
    "DEFAULT_DIFFERENTIAL_MAX_EXAMPLES",
    "DEFAULT_DIFFERENTIAL_SHRINK_EXAMPLES",
    "MAX_STEPS",
    "Script",
    "pools_of",
    "replay_script",
    "search",
]

#: Steps in one sequence at most.
MAX_STEPS = 20
#: Steps after the first creates, at least (a difference found is shrunk below: its steps
#: are dropped one at a time while it remains).
_MIN_STEPS = 10
#: Values of each pool the steps draw from (few, so that steps meet on the same ones).
_POOL_SIZE = 2
#: Creates a sequence starts with (at least two guardrails, so that steps can tell them
#: apart: an operation on one that touches the other).
_FIRST_CREATES = 2
#: How far a drawn guardrail reference reaches (-1 is an id no guardrail has): about as
#: many as a sequence creates, so that each is drawn often.
_GUARDRAIL_REFS = 2
#: How far drawn offsets and limits reach (small, so that pages end inside the data).
_PAGE_REACH = 3
_UNKNOWN_ID = "00000000-0000-4000-8000-00000000dead"
#: Characters of a request or answer the text report shows (the script holds them all).
_SHOWN = 400
#: Marks a read the sequence adds after a change (not a step of the script).
_READ = "read_after_change"
_SCRIPT_FORMAT = "openrouter-guardrails differential script 1"


# -- what a step is ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ref:
    """A value a step refers to by its place in a pool: resolved when the step runs."""

    pool: str
    index: int

    def to_json(self) -> dict[str, Any]:
        return {"$ref": [self.pool, self.index]}


_WORKSPACES = "workspaces"


def _encode(value: Any) -> Any:
    if isinstance(value, _Ref):
        return value.to_json()
    if isinstance(value, Mapping):
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    return value


def _refs(value: Any) -> Iterator[list[Any]]:
    """Every pool reference in a step (as a script holds it)."""
    if isinstance(value, Mapping):
        ref = value.get("$ref")
        if isinstance(ref, list) and len(ref) == 2:
            yield ref
        for item in value.values():
            yield from _refs(item)
    elif isinstance(value, list):
        for item in value:
            yield from _refs(item)


def _resolve(value: Any, pools: Mapping[str, Sequence[str]]) -> Any:
    if isinstance(value, Mapping):
        ref = value.get("$ref")
        if isinstance(ref, list) and len(ref) == 2 and len(value) == 1:
            pool = pools[str(ref[0])]
            return pool[int(ref[1]) % len(pool)]
        return {k: _resolve(v, pools) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve(v, pools) for v in value]
    return value


# -- strategies from the contract ---------------------------------------------------------


class _Strategies:
    """Hypothesis strategies for the steps, built from the contract."""

    def __init__(self, contract: Contract, pools: Mapping[str, Sequence[str]]) -> None:
        self.contract = contract
        self.pools = pools

    def steps(self) -> st.SearchStrategy[list[dict[str, Any]]]:
        """Two or three creates, then any operation: the ones that change a guardrail or its
        assignments drawn more often (so that the reads have something to show), deletes
        least (so that the guardrails last)."""
        writes = [name for name, op in OPERATIONS.items() if op.method != "get"]
        creates = [name for name in writes if not OPERATIONS[name].path_params]
        deletes = [name for name in writes if OPERATIONS[name].method == "delete"]
        # Assignments first: they are what isolation between guardrails is about.
        changes = sorted(
            (name for name in writes if name not in creates and name not in deletes),
            key=lambda name: len(OPERATIONS[name].body_fields) != 1,
        )
        reads = [name for name in OPERATIONS if name not in writes]
        # Hypothesis draws the first of a list most often: creates and deletes come last.
        weighted = [*changes, *reads, *changes, *creates, *deletes]
        steps = {name: self.step(name) for name in OPERATIONS}
        return st.tuples(
            st.lists(
                st.sampled_from(creates).flatmap(steps.__getitem__),
                min_size=_FIRST_CREATES,
                max_size=_FIRST_CREATES + 1,
            ),
            st.lists(
                st.sampled_from(weighted).flatmap(steps.__getitem__),
                min_size=_MIN_STEPS,
                max_size=MAX_STEPS - 3,
            ),
        ).map(lambda parts: [*parts[0], *parts[1]])

    def step(self, name: str) -> st.SearchStrategy[dict[str, Any]]:
        operation = self.contract.operations[OPERATIONS[name].operation_id]
        parts: dict[str, st.SearchStrategy[Any]] = {"operation": st.just(name)}
        if "{" in operation.path:
            # Spread over the guardrails (a small integer is drawn most often); one draw in
            # ten is an id no guardrail has.
            parts["guardrail"] = st.integers(0, 9).map(
                lambda i: -1 if i == 9 else i % (_GUARDRAIL_REFS + 1)
            )
        if operation.query_params:
            parts["query"] = st.fixed_dictionaries(
                {},
                optional={
                    param: self.query_value(param, schema)
                    for param, schema in operation.query_params.items()
                },
            )
        if operation.body_schema is not None:
            parts["body"] = self.value(operation.body_schema)
        return st.fixed_dictionaries(parts)

    def query_value(self, name: str, schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
        if name == SCOPED_BY:
            return self.ref(_WORKSPACES)
        if schema.get("type") == "integer":
            low = int(schema.get("minimum", 0))
            high = min(int(schema.get("maximum", low + _PAGE_REACH)), low + _PAGE_REACH)
            return st.integers(low, high)
        return self.value(schema)

    def ref(self, pool: str) -> st.SearchStrategy[_Ref]:
        size = max(1, len(self.pools[pool]))
        return st.integers(0, 9).map(lambda i: _Ref(pool, i % size))

    def value(self, schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
        schema = self.resolved(schema)
        if "anyOf" in schema:
            return st.one_of(*(self.value(option) for option in schema["anyOf"]))
        if "enum" in schema:
            return st.sampled_from(list(schema["enum"]))
        kinds = schema.get("type", "object")
        if isinstance(kinds, list):
            return st.one_of(*(self.value({**schema, "type": kind}) for kind in kinds))
        if kinds == "null":
            return st.none()
        if kinds == "boolean":
            return st.booleans()
        if kinds == "integer":
            low = int(schema.get("minimum", 0))
            return st.integers(low, int(schema.get("maximum", low + 100)))
        if kinds == "number":
            return st.integers(0, 100_000).map(lambda cents: cents / 100)
        if kinds == "string":
            low = int(schema.get("minLength", 0))
            high = max(low, min(int(schema.get("maxLength", 12)), 12))
            return st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=low, max_size=high)
        if kinds == "array":
            low = int(schema.get("minItems", 0))
            return st.lists(self.value(schema.get("items", {})), min_size=low, max_size=3)
        properties: Mapping[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        drawn = {name: self.property(name, prop) for name, prop in properties.items()}
        return st.fixed_dictionaries(
            {name: drawn[name] for name in properties if name in required},
            optional={name: drawn[name] for name in properties if name not in required},
        )

    def property(self, name: str, schema: Mapping[str, Any]) -> st.SearchStrategy[Any]:
        if name in self.pools:
            low = max(1, int(self.resolved(schema).get("minItems", 1)))
            return st.lists(self.ref(name), min_size=low, max_size=3)
        if name == SCOPED_BY:
            return self.ref(_WORKSPACES)
        return self.value(schema)

    def resolved(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """A schema with its ``$ref`` followed."""
        return self.contract.resolved(schema)


# -- running a sequence -------------------------------------------------------------------


@dataclass
class _Answer:
    status: int | None
    body: Any
    exchange: Exchange


@dataclass
class _Transcript:
    """One step as it ran: the request sent to each side and both answers."""

    step: dict[str, Any]
    method: str
    path: str
    target: _Answer
    model: _Answer
    #: The request body as sent (whole), ``NOT_JSON`` for none.
    sent: Any = NOT_JSON

    def to_dict(self) -> dict[str, Any]:
        """The step for the replay script, with whole bodies (the report's lines cut them;
        a difference in a page of many guardrails needs all of it to be diagnosed)."""
        return {
            "step": self.step,
            "request": {
                "method": self.method,
                "path": self.path,
                "body": _whole(self.sent, self.target.exchange.request_body),
            },
            "target": {
                "status": self.target.status,
                "body": _whole(self.target.body, self.target.exchange.response_body),
            },
            "model": {
                "status": self.model.status,
                "body": _whole(self.model.body, self.model.exchange.response_body),
            },
        }

    def lines(self) -> list[str]:
        sent = f" {self.target.exchange.request_body}" if self.target.exchange.request_body else ""
        return [
            f"{self.method} {self.path}{sent}",
            f"  target: {self.target.status} {self.target.exchange.response_body or ''}".rstrip(),
            f"  model:  {self.model.status} {self.model.exchange.response_body or ''}".rstrip(),
        ]


def _whole(body: Any, shown: str | None) -> str | None:
    """A JSON body as its whole text; any other as the exchange shows it."""
    if body is NOT_JSON:
        return shown
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


@dataclass
class _Outcome:
    """What one sequence showed: the steps as run, and the first difference (if any)."""

    transcript: list[_Transcript] = field(default_factory=list)
    difference: str | None = None


class _Sequence:
    """Runs one sequence of steps against the target and a fresh model."""

    def __init__(self, run: Run, pools: Mapping[str, Sequence[str]]) -> None:
        self.run = run
        self.pools = pools
        self.contract = run.contract
        workspaces = list(pools[_WORKSPACES])
        self.model = GuardrailsFake(workspace_id=workspaces[0], workspaces=workspaces[1:], seed=0)
        self.created: list[tuple[str, str]] = []  # (model id, target id), in order
        self.to_model: dict[str, str] = {}
        self.created_at: dict[str, Any] = {}
        self.updated_at: dict[str, Any] = {}
        self.baseline: dict[str, set[str]] = {}
        timestamps = _timestamp_fields(self.contract)
        self.created_field, self.updated_fields = timestamps
        #: What the contract leaves open, set aside before comparing (not with
        #: --like-openrouter, which compares as the live API answers).
        self.open = None if run.like_openrouter else OpenPoints(self.contract, run.open_met)

    # -- the baseline: what the target held before ---------------------------------------

    def read_baseline(self) -> None:
        """The ids of the items each listing without a path parameter holds now."""
        for name, op in OPERATIONS.items():
            if op.pagination is None or op.path_params:
                continue
            for query in self.filter_queries(name):
                self.baseline[self.listing_key(name, query)] = self.listed_ids(op.path, query)

    def filter_queries(self, name: str) -> list[dict[str, str]]:
        operation = self.contract.operations[OPERATIONS[name].operation_id]
        queries: list[dict[str, str]] = [{}]
        if SCOPED_BY in operation.query_params:
            queries += [{SCOPED_BY: w} for w in self.pools[_WORKSPACES]]
        return queries

    @staticmethod
    def listing_key(name: str, query: Mapping[str, Any]) -> str:
        return name + "?" + urlencode(sorted((k, str(v)) for k, v in query.items()))

    def listed_ids(self, path: str, query: Mapping[str, str]) -> set[str]:
        pages = OPERATIONS["list"].pagination
        assert pages is not None
        ids: set[str] = set()
        for page in range(100):
            params = {**query, pages.offset: page * 100, pages.limit: 100}
            answer = self.run.raw("GET", path, params=params)
            body = answer.body if isinstance(answer.body, dict) else {}
            items = body.get(pages.results) or []
            ids.update(str(item.get("id")) for item in items if isinstance(item, dict))
            total = body.get(pages.total)
            if not items or not isinstance(total, int) or (page + 1) * 100 >= total:
                break
        return ids

    # -- steps ---------------------------------------------------------------------------

    def play(self, steps: Sequence[dict[str, Any]]) -> _Outcome:
        """Run the steps; after each one that changed something, read everything both sides
        hold (every listing in full, every guardrail) and compare that too."""
        outcome = _Outcome()
        for step in steps:
            difference = self.play_step(step, outcome)
            answer = outcome.transcript[-1].model
            changed = OPERATIONS[str(step["operation"])].method != "get"
            if difference is None and changed and answer.status and answer.status < 300:
                difference = self.read_everything(outcome)
            if difference is not None:
                outcome.difference = difference
                break
        return outcome

    def read_everything(self, outcome: _Outcome) -> str | None:
        """Compare every read of the contract: each guardrail and its listings, and every
        listing without a path parameter (with each filter), all in one page."""
        for name, op in OPERATIONS.items():
            if op.method != "get":
                continue
            operation = self.contract.operations[op.operation_id]
            query: dict[str, Any] = {}
            if op.pagination is not None:
                query[op.pagination.limit] = operation.query_params[op.pagination.limit].get(
                    "maximum", 100
                )
            if op.path_params:
                steps = [
                    {"operation": name, "guardrail": i, "query": query, _READ: True}
                    for i in range(len(self.created))
                ]
            else:
                steps = [
                    {"operation": name, "query": {**query, **filters}, _READ: True}
                    for filters in self.filter_queries(name)
                ]
            for step in steps:
                difference = self.play_step(step, outcome)
                if difference is not None:
                    return difference
        return None

    def play_step(self, step: dict[str, Any], outcome: _Outcome) -> str | None:
        name = str(step["operation"])
        op = OPERATIONS[name]
        operation = self.contract.operations[op.operation_id]
        model_id = target_id = ""
        if "guardrail" in step:
            model_id, target_id = self.guardrail(int(step["guardrail"]))
        query = _resolve(step.get("query") or {}, self.pools)
        body = _resolve(step["body"], self.pools) if "body" in step else NOT_JSON
        target_path = operation.path.replace("{id}", quote(target_id, safe=""))
        model_path = operation.path.replace("{id}", quote(model_id, safe=""))
        shown_path = target_path + (f"?{urlencode(query)}" if query else "")
        model = self.ask_model(operation.method, model_path, query, body)
        try:
            observed = self.run.raw(operation.method, target_path, body=body, params=query or None)
        except httpx.HTTPError as exc:
            sent = Exchange(operation.method, shown_path, model.exchange.request_body, None, None)
            target = _Answer(None, NOT_JSON, sent)
            outcome.transcript.append(
                _Transcript(step, operation.method, shown_path, target, model, body)
            )
            return f"no response: {describe_error(exc)}"
        target = _Answer(observed.status, observed.body, observed.exchange)
        outcome.transcript.append(
            _Transcript(step, operation.method, shown_path, target, model, body)
        )
        return self.compare(name, query, target, model, model_path)

    def guardrail(self, index: int) -> tuple[str, str]:
        if index < 0 or not self.created:
            return _UNKNOWN_ID, _UNKNOWN_ID
        return self.created[index % len(self.created)]

    def ask_model(self, method: str, path: str, query: Mapping[str, Any], body: Any) -> _Answer:
        content = b"" if body is NOT_JSON else json.dumps(body).encode()
        request = FakeRequest(
            method=method,
            path=self.model.base_path + path,
            query=urlencode(query),
            headers={
                "authorization": f"Bearer {DEFAULT_MANAGEMENT_KEY}",
                "content-type": "application/json",
            },
            body=content,
        )
        response = self.model.handle(request)
        parsed = json.loads(response.body) if response.body else NOT_JSON
        url = f"model:{path}" + (f"?{urlencode(query)}" if query else "")
        exchange = Exchange.of(method, url, content, response.status, response.body)
        return _Answer(response.status, parsed, exchange)

    # -- comparing -----------------------------------------------------------------------

    def compare(
        self,
        name: str,
        query: Mapping[str, Any],
        target: _Answer,
        model: _Answer,
        model_path: str,
    ) -> str | None:
        op = OPERATIONS[name]
        if target.status != model.status:
            return f"status {target.status}, the model answers {model.status}"
        if target.status is None or target.body is NOT_JSON:
            return "the body is not JSON"
        observed = Observed(target.exchange, target.status, target.body, op.operation_id)
        problems = response_problems(self.contract, observed)
        if problems:
            return "the body breaks the contract: " + "; ".join(problems[:3])
        if target.status >= 400:
            return None
        if op.name == "create":
            self.created.append((model.body["data"]["id"], target.body["data"]["id"]))
            self.to_model[target.body["data"]["id"]] = model.body["data"]["id"]
        translated = self.translated(target.body)
        problem = self.timestamp_problem(name, translated)
        if problem is not None:
            return problem
        model_body = model.body
        if self.open is not None:
            translated = self.open.settle(translated, op.response_name, record=True)
            model_body = self.open.settle(model_body, op.response_name)
        if op.pagination is not None:
            return self.compare_page(name, query, translated, model_body, model_path)
        return _difference(self.comparable(translated), self.comparable(model_body), "body")

    def translated(self, body: Any) -> Any:
        """The target's body with the ids it assigned replaced by the model's."""
        if isinstance(body, str):
            return self.to_model.get(body, body)
        if isinstance(body, dict):
            return {k: self.translated(v) for k, v in body.items()}
        if isinstance(body, list):
            return [self.translated(v) for v in body]
        return body

    def comparable(self, body: Any) -> Any:
        """A body without what the contract leaves open: timestamps, and the fields of an
        assignment that the account gives it (all but the guardrail and the pooled value)."""
        if isinstance(body, list):
            return [self.comparable(item) for item in body]
        if not isinstance(body, dict):
            return body
        if "id" in body and body["id"] in self.to_model.values():
            return {
                k: self.comparable(v)
                for k, v in body.items()
                if k != self.created_field and k not in self.updated_fields
            }
        if "id" in body:
            known = set(self.to_model.values()).union(*map(set, self.pools.values()))
            return {k: v for k, v in body.items() if isinstance(v, str) and v in known}
        return {k: self.comparable(v) for k, v in body.items()}

    def compare_page(
        self, name: str, query: Mapping[str, Any], target: Any, model: Any, model_path: str
    ) -> str | None:
        pages = OPERATIONS[name].pagination
        assert pages is not None
        filters = {k: v for k, v in query.items() if k not in (pages.offset, pages.limit)}
        before = self.baseline.get(self.listing_key(name, filters), set())
        items = [i for i in target[pages.results] if str(i.get("id")) not in before]
        total = target[pages.total] - len(before)
        if total != model[pages.total]:
            held = f" (and {len(before)} held before)" if before else ""
            return f"{pages.total} {total}{held}, the model's {model[pages.total]}"
        offset = int(query.get(pages.offset, 0))
        operation = self.contract.operations[OPERATIONS[name].operation_id]
        limit = int(query.get(pages.limit, operation.query_params[pages.limit].get("default", 0)))
        expected = (
            len(model[pages.results])
            if not before
            else min(limit, max(0, target[pages.total] - offset))
        )
        if len(target[pages.results]) != expected:
            return (
                f"{len(target[pages.results])} items on the page, expected {expected} "
                f"({pages.offset} {offset}, {pages.limit} {query.get(pages.limit, 'not given')}, "
                f"{pages.total} {target[pages.total]})"
            )
        everything = self.model_listing(name, filters, model_path)
        wanted = Counter(_canonical(self.comparable(i)) for i in everything)
        got = Counter(_canonical(self.comparable(i)) for i in items)
        extra = got - wanted
        if extra:
            return f"the page holds what the model's listing does not: {sorted(extra)[:2]}"
        # The page holds the whole listing (what was held before included): all must show.
        if offset == 0 and limit >= target[pages.total] and got != wanted:
            missing = sorted(wanted - got)[:2]
            return f"the page leaves out what the model's listing holds: {missing}"
        return None

    def model_listing(self, name: str, filters: Mapping[str, Any], path: str) -> list[Any]:
        """Every item of the model's listing (the steps make far fewer than a page)."""
        pages = OPERATIONS[name].pagination
        assert pages is not None
        operation = self.contract.operations[OPERATIONS[name].operation_id]
        most = operation.query_params[pages.limit].get("maximum", 100)
        query = {**filters, pages.offset: 0, pages.limit: most}
        answer = self.ask_model(operation.method, path, query, NOT_JSON)
        body = answer.body
        if self.open is not None:
            body = self.open.settle(body, OPERATIONS[name].response_name)
        items: list[Any] = body[pages.results]
        return items

    def timestamp_problem(self, name: str, body: Any) -> str | None:
        for guardrail in _guardrails_in(body, set(self.to_model.values())):
            gid = guardrail["id"]
            if self.created_field is not None:
                created = guardrail.get(self.created_field)
                first = self.created_at.setdefault(gid, created)
                if created != first:
                    return f"{self.created_field} changed from {first!r} to {created!r}"
            for updated_field in self.updated_fields:
                now = guardrail.get(updated_field)
                before = self.updated_at.get(gid)
                if OPERATIONS[name].name == "update":
                    if now is None:
                        return f"an update left {updated_field} null"
                    if before is not None and _moment(now) < _moment(before):
                        return f"an update moved {updated_field} back: {before!r} -> {now!r}"
                    self.updated_at[gid] = now
                elif before is not None and now != before:
                    return f"{updated_field} changed from {before!r} to {now!r} with no update"
        return None


def _moment(value: Any) -> datetime:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return datetime.min


def _guardrails_in(body: Any, ids: set[str]) -> Iterator[dict[str, Any]]:
    if isinstance(body, dict):
        if body.get("id") in ids:
            yield body
        for value in body.values():
            yield from _guardrails_in(value, ids)
    elif isinstance(body, list):
        for value in body:
            yield from _guardrails_in(value, ids)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _difference(target: Any, model: Any, where: str) -> str | None:
    """The first place two JSON values differ (a field only one of two objects holds is no
    difference: the contract lets an answer leave out optional fields)."""
    if isinstance(target, dict) and isinstance(model, dict):
        for key in sorted(target.keys() & model.keys()):
            found = _difference(target[key], model[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(target, list) and isinstance(model, list):
        if len(target) != len(model):
            return f"{where}: {len(target)} items, the model's {len(model)}"
        for index, (a, b) in enumerate(zip(target, model, strict=True)):
            found = _difference(a, b, f"{where}[{index}]")
            if found:
                return found
        return None
    if not same_json(target, model):
        return f"{where}: {target!r}, the model's {model!r}"
    return None


def _timestamp_fields(contract: Contract) -> tuple[str | None, tuple[str, ...]]:
    """The guardrail's creation time and its update times: the roles curation wrote
    (``x-timestamp``), compiled into the generated ``TIMESTAMPS``. A field with no role gets
    no rule, whatever its description says."""
    schema = contract.schema(OPERATIONS["get"].response_name)
    ref = str(schema["properties"]["data"].get("$ref", ""))
    roles = TIMESTAMPS.get(ref.rsplit("/", 1)[-1], {})
    created = next((name for name, role in roles.items() if role == "created"), None)
    return created, tuple(name for name, role in roles.items() if role == "updated")


# -- the script of a difference -----------------------------------------------------------


@dataclass(frozen=True)
class Script:
    """A sequence of steps that shows a difference, with what it needs to run again: the
    pools its references point into, and (for the reader) each request with both answers
    and the difference, as the run that found it saw them."""

    pools: Mapping[str, Sequence[str]]
    steps: Sequence[Mapping[str, Any]]
    seed: int | None = None
    difference: str | None = None
    transcript: Sequence[Mapping[str, Any]] = ()

    def to_dict(self) -> dict[str, Any]:
        """The script as JSON-ready data."""
        return {
            "format": _SCRIPT_FORMAT,
            "seed": self.seed,
            "difference": self.difference,
            "pools": {name: list(values) for name, values in self.pools.items()},
            "steps": [dict(step) for step in self.steps],
            "transcript": [dict(entry) for entry in self.transcript],
        }

    def to_json(self) -> str:
        """The script as the JSON file ``contract-test --replay`` reads."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Script:
        """Read a script (``ValueError`` naming the problem when it is not one)."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ValueError(f"the replay script is not JSON: {exc}") from None
        if not isinstance(data, dict) or data.get("format") != _SCRIPT_FORMAT:
            raise ValueError(f"not a replay script: its format is not {_SCRIPT_FORMAT!r}")
        pools, steps = data.get("pools"), data.get("steps")
        if not isinstance(pools, dict) or not all(
            isinstance(v, list) and v and all(isinstance(x, str) for x in v) for v in pools.values()
        ):
            raise ValueError("the replay script's pools are not lists of strings")
        if _WORKSPACES not in pools:
            raise ValueError(f"the replay script has no {_WORKSPACES} pool")
        if not isinstance(steps, list) or not all(
            isinstance(step, dict) and step.get("operation") in OPERATIONS for step in steps
        ):
            raise ValueError(
                "the replay script's steps are not a list of operations of the contract"
            )
        missing = sorted({ref[0] for ref in _refs(steps)} - set(pools))
        if missing:
            raise ValueError(f"the replay script's steps point into pools it lacks: {missing}")
        return cls(
            pools=pools,
            steps=steps,
            seed=data.get("seed"),
            difference=data.get("difference"),
            transcript=data.get("transcript") or (),
        )


# -- the search -----------------------------------------------------------------------------


class _Found(Exception):
    """Tells Hypothesis a sequence showed a difference."""


@dataclass
class _Search:
    """What a search found: how many sequences it ran, the smallest one with a difference
    (its steps and how they ran), and whether a time cap cut the search short before its
    budget was spent (then finding nothing proves nothing)."""

    sequences: int = 0
    requests: int = 0
    steps: list[dict[str, Any]] | None = None
    outcome: _Outcome | None = None
    shrink_plays: int = 0
    cut_short: bool = False


def _play(
    run: Run, pools: Mapping[str, Sequence[str]], steps: Sequence[dict[str, Any]]
) -> _Outcome:
    """Run one sequence on a clean target and a fresh model; clean the target up after."""
    sequence = _Sequence(run, pools)
    try:
        sequence.read_baseline()
        return sequence.play(steps)
    finally:
        run.cleanup()


def search(
    run: Run,
    pools: Mapping[str, Sequence[str]],
    *,
    seed_value: int,
    max_examples: int,
    shrink_examples: int = DEFAULT_DIFFERENTIAL_SHRINK_EXAMPLES,
    max_time: float | None = None,
) -> _Search:
    """Draw ``max_examples`` sequences with Hypothesis, or until one shows a difference;
    then shrink it, playing at most ``shrink_examples`` more sequences (0: the first
    difference found is reported as it is). Both budgets are counts. ``max_time`` (seconds)
    caps the whole search: a search it cuts short is marked so, never taken for a pass."""
    strategies = _Strategies(run.contract, pools)
    found = _Search()
    ends = None if max_time is None else time.monotonic() + max_time

    def out_of_time() -> bool:
        return ends is not None and time.monotonic() >= ends

    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        verbosity=Verbosity.quiet,
    )
    @seed(seed_value)
    @given(strategies.steps())
    def explore(steps: list[dict[str, Any]]) -> None:
        if out_of_time():
            found.cut_short = True
            raise _Found
        encoded = [_encode(step) for step in steps]
        outcome = _play(run, pools, _decoded(encoded))
        found.sequences += 1
        found.requests += len(outcome.transcript)
        if outcome.difference is not None:
            found.steps, found.outcome = encoded, outcome
            raise _Found

    with contextlib.suppress(_Found):
        explore()
    if found.steps is not None:
        _Shrinker(run, pools, found, shrink_examples, out_of_time).shrink()
    return found


@dataclass
class _Shrinker:
    """Shrinks the difference a search found, greedily and within a count of plays: first
    whole steps go, one at a time while the difference remains; then the fields of each
    remaining step's body and query, one at a time. Every play of a shorter sequence is
    cheaper than the last, so most of the budget goes to the short ones."""

    run: Run
    pools: Mapping[str, Sequence[str]]
    found: _Search
    budget: int
    out_of_time: Callable[[], bool]

    def shrink(self) -> None:
        self.drop_steps()
        self.drop_fields()

    def spent(self) -> bool:
        return self.found.shrink_plays >= self.budget or self.out_of_time()

    def still_differs(self, steps: list[dict[str, Any]]) -> bool:
        """Play ``steps``; keep them as the smallest when they show a difference."""
        self.found.shrink_plays += 1
        outcome = _play(self.run, self.pools, _decoded(steps))
        self.found.sequences += 1
        self.found.requests += len(outcome.transcript)
        if outcome.difference is None:
            return False
        self.found.steps, self.found.outcome = steps, outcome
        return True

    def drop_steps(self) -> None:
        progress = True
        while progress:
            progress = False
            steps = self.found.steps or []
            for index in range(len(steps) - 1, -1, -1):
                if self.spent():
                    return
                if self.still_differs(steps[:index] + steps[index + 1 :]):
                    progress = True
                    break

    def drop_fields(self) -> None:
        steps = self.found.steps or []
        for index in range(len(steps)):
            for part in ("body", "query"):
                fields = (self.found.steps or [])[index].get(part)
                if not isinstance(fields, dict):
                    continue
                for name in sorted(fields):
                    if self.spent():
                        return
                    current = self.found.steps or []
                    step = dict(current[index])
                    step[part] = {k: v for k, v in step[part].items() if k != name}
                    self.still_differs([*current[:index], step, *current[index + 1 :]])


def _decoded(steps: Sequence[Any]) -> list[dict[str, Any]]:
    """Steps as a script holds them (references as ``{"$ref": [pool, index]}``)."""
    return json.loads(json.dumps(steps))  # type: ignore[no-any-return]


def pools_of(run: Run, workspaces: Sequence[str]) -> dict[str, list[str]]:
    """The values steps draw from: the run's key hashes and members, by the request field
    that carries them, and the workspaces (the target's default one first)."""
    return {
        **{name: list(values)[:_POOL_SIZE] for name, values in run.assignable.items()},
        _WORKSPACES: list(workspaces),
    }


def _report(
    run: Run, script: Script, transcript: Sequence[_Transcript], difference: str | None
) -> None:
    """Record the outcome of a sequence as the check's failure and note."""
    lines: list[str] = []
    number = 0
    for index, entry in enumerate(transcript):
        is_read = bool(entry.step.get(_READ))
        number += 0 if is_read else 1
        if is_read and index != len(transcript) - 1:
            continue
        label = f"read after step {number}" if is_read else f"step {number}"
        for i, full in enumerate(entry.lines()):
            line = full if len(full) <= _SHOWN else full[:_SHOWN] + " ..."
            lines.append(f"{label}: {line}" if i == 0 else f"{' ' * len(label)}  {line}")
    if difference is None:
        run.note = "\n".join([f"{number} steps, no difference", *lines])
        return
    last = transcript[-1]
    what = "the read after step" if last.step.get(_READ) else "step"
    run.failures.append(
        Failure(
            f"{what} {number} answers as the reference fake does",
            difference,
            last.target.exchange,
        )
    )
    run.script = script
    run.note = "\n".join(
        [
            f"the shortest sequence found ({number} steps; seed {script.seed}):",
            *lines,
            "replay it: contract-test --replay FILE (the report's script, saved as FILE)",
        ]
    )


@register_check(
    "differential",
    "random sequences of every operation answer as the reference fake does",
)
def _differential(run: Run) -> str | None:
    workspaces = _workspaces(run)
    if isinstance(workspaces, str):
        return workspaces
    pools = pools_of(run, workspaces)
    if run.replay_script is not None:
        given_script = run.replay_script
        outcome = _play(run, given_script.pools, [dict(s) for s in given_script.steps])
        script = Script(
            given_script.pools,
            given_script.steps,
            given_script.seed,
            outcome.difference,
            [t.to_dict() for t in outcome.transcript],
        )
        _report(run, script, outcome.transcript, outcome.difference)
        return None
    started = time.monotonic()
    found = search(
        run,
        pools,
        seed_value=run.seed,
        max_examples=run.differential_max_examples,
        shrink_examples=run.differential_shrink_examples,
        max_time=run.differential_max_time,
    )
    took = time.monotonic() - started
    scope = (
        f"{found.sequences} sequences of up to {MAX_STEPS} steps ({found.requests} steps), "
        f"seed {run.seed}, {len(workspaces)} workspace(s), {took:.1f} s"
    )
    if found.steps is None or found.outcome is None:
        if found.cut_short:
            run.incomplete = (
                f"{scope}: cut short by the time cap of {run.differential_max_time:g} s "
                f"before its {run.differential_max_examples} sequences"
            )
            return None
        run.note = f"{scope}: no difference"
        _note_open_points(run)
        return None
    outcome = found.outcome
    script = Script(
        pools,
        found.steps,
        run.seed,
        outcome.difference,
        [t.to_dict() for t in outcome.transcript],
    )
    _report(run, script, outcome.transcript, outcome.difference)
    run.note = f"{scope}\n{run.note}"
    _note_open_points(run)
    return None


def _note_open_points(run: Run) -> None:
    """Add to the check's note the open points the answers met and what the server chose
    (each allowed; with --like-openrouter, none is set aside)."""
    if run.like_openrouter:
        line = "open points compared strictly, as the live API answers (--like-openrouter)"
    elif run.open_met:
        line = f"open points met (each answer allowed): {describe(run.open_met)}"
    else:
        return
    run.note = f"{run.note}\n{line}" if run.note else line


def _workspaces(run: Run) -> list[str] | str:
    """The workspaces the steps use: the target's default one (seen on a guardrail created
    with none), the ones given, and a made-up one when the target accepts it (a fake does;
    the real API wants workspaces that exist). A string: why the check cannot run."""
    if run.replay_script is not None:
        return list(run.replay_script.pools[_WORKSPACES])
    probe, data = run.create_raw("probe")
    workspace = data.get(SCOPED_BY)
    if not isinstance(workspace, str):
        run.fail(
            f"a guardrail created with no {SCOPED_BY} answers its {SCOPED_BY}",
            f"status {probe.status}",
        )
    found = [workspace, *run.workspaces]
    if not run.workspaces:
        made_up = str(uuid.UUID(int=run.seed, version=4))
        probe, _ = run.create_raw("probe", **{SCOPED_BY: made_up})
        if 200 <= probe.status < 300:
            found.append(made_up)
    run.cleanup()
    return list(dict.fromkeys(found))


def replay_script(path: str) -> Script:
    """Read a replay script from a file (``ValueError`` when it is not one)."""
    try:
        with open(path, encoding="utf-8") as handle:
            return Script.from_json(handle.read())
    except OSError as exc:
        raise ValueError(f"cannot read the replay script {path}: {exc.strerror}") from None
