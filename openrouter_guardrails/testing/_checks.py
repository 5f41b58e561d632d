"""The conformance suite's scenario checks, in the order they run.

Each check creates what it needs through the :class:`~._harness.Run`, checks the answers,
and leaves the cleanup to the run. A check returns the reason when it skips (for want of an
option, which it names).
"""

from __future__ import annotations

import itertools
import math
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from openrouter_guardrails_api import names as N
from openrouter_guardrails_api.sdk import OPERATIONS

from openrouter_guardrails._exceptions import (
    ForbiddenResponseError,
    NotFoundResponseError,
    UnauthorizedResponseError,
)
from openrouter_guardrails._pagination import Page

from ._harness import (
    MAX_FAILURES,
    NOT_JSON,
    Observed,
    Run,
    describe_error,
    disagreements,
    register_check,
    response_problems,
)
from ._report import Failure, first_failures
from ._rules import LABELLED_BY, SCOPED_BY, SERVER_ASSIGNED

__all__: list[str] = []

#: Guardrails the pagination check creates.
PAGINATION_GUARDRAILS = 7


@register_check(
    "contract_modelled",
    "every operation of the contract is modelled by the reference fake (else its answers "
    "cannot be judged)",
)
def _contract_modelled(run: Run) -> None:
    from ._fake import GuardrailsFake

    modelled = GuardrailsFake.modelled_operations()
    missing = [op.operation_id for op in run.contract.operations.values()]
    missing = [operation_id for operation_id in missing if operation_id not in modelled]
    for operation_id in missing:
        operation = run.contract.operations[operation_id]
        run.failures.append(
            Failure(
                f"operation {operation_id} ({operation.method} {operation.path}) is modelled "
                "by the reference fake",
                f"operation {operation_id} is in the contract but not modelled: write its "
                "rule in the fake (openrouter_guardrails/testing/_fake.py)",
            )
        )


@register_check("crud_round_trip", "create, get, list, update and delete one guardrail")
def _crud_round_trip(run: Run) -> None:
    g = run.sdk.guardrails
    fields = run.known(
        "create",
        {
            run.text_field: "conformance: round trip",
            N.Guardrail.LIMIT_USD: 12.5,
            N.Guardrail.RESET_INTERVAL: "weekly",
            N.Guardrail.ALLOWED_PROVIDERS: ["openai", "anthropic"],
            N.Guardrail.ENFORCE_ZDR_OPENAI: True,
        },
    )
    created = run.create("round-trip", **fields)
    sent = {**run.minimal_create_body("round-trip"), **fields}
    run.expect_fields(created, sent, "create answers the guardrail with every field sent")
    guardrail_id = created[N.Guardrail.ID]
    got = g.get(id=guardrail_id).data.to_dict()
    run.expect_fields(got, sent, "get answers the guardrail with every field sent")
    differ = disagreements(got, created)
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
    differ = disagreements(listed[0], created)
    run.expect(not differ, "list answers the guardrail as create did", lambda: "; ".join(differ))
    changes = run.known(
        "update",
        {
            run.name_field: run.name("round-trip-renamed"),
            N.Guardrail.LIMIT_USD: 20,
            N.Guardrail.RESET_INTERVAL: "monthly",
        },
    )
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
        lambda: describe_error(error),
    )


@register_check(
    "update_omit_vs_null", "an update leaves out what it omits and removes what is null"
)
def _update_omit_vs_null(run: Run) -> None:
    g = run.sdk.guardrails
    kept = run.known(
        "create",
        {
            run.text_field: "conformance: keep me",
            N.Guardrail.LIMIT_USD: 10,
            N.Guardrail.RESET_INTERVAL: "daily",
            N.Guardrail.ALLOWED_PROVIDERS: ["openai"],
        },
    )
    guardrail_id = run.create("nulls", **kept)[N.Guardrail.ID]
    rename: dict[str, Any] = {run.name_field: run.name("nulls-renamed")}
    renamed = g.update(id=guardrail_id, **rename).data.to_dict()
    run.expect_fields(renamed, kept, "an update that sends only name keeps every other field")
    run.expect_fields(
        g.get(id=guardrail_id).data.to_dict(),
        kept,
        "get after an update of name alone answers every other field as it was",
    )
    nulls = [[run.text_field], [N.Guardrail.LIMIT_USD, N.Guardrail.ALLOWED_PROVIDERS]]
    steps = [
        (change, f"{' and '.join(change)} sent as null removed, the others kept")
        for change in (run.known("update", dict.fromkeys(names)) for names in nulls)
        if change
    ]
    for change, what in steps:
        kept = {**kept, **change}
        updated = g.update(id=guardrail_id, **change).data.to_dict()
        run.expect_fields(updated, kept, f"update: {what}")
        run.expect_fields(g.get(id=guardrail_id).data.to_dict(), kept, f"get after update: {what}")


@register_check("pagination", "total_count holds, and pages list every item exactly once")
def _pagination(run: Run) -> None:
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
    run: Run,
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
    sizes = [len(page.data) for page in pages]
    run.expect(
        all(size <= limit for size in sizes),
        f"no page of {what} holds more than its limit ({limit}) items",
        f"items per page: {sizes}",
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


@dataclass(frozen=True)
class _Kind:
    noun: str
    field: str
    argument: str
    assign: str
    unassign: str
    per_guardrail: str
    everywhere: str
    values: Callable[[Run], list[str]]


_KEYS = _Kind(
    "key",
    N.KeyAssignment.KEY_HASH,
    N.BulkAssignKeysRequest.KEY_HASHES,
    "bulk_assign_keys",
    "bulk_unassign_keys",
    "list_guardrail_key_assignments",
    "list_key_assignments",
    lambda run: run.key_hashes,
)
_MEMBERS = _Kind(
    "member",
    N.MemberAssignment.USER_ID,
    N.BulkAssignMembersRequest.MEMBER_USER_IDS,
    "bulk_assign_members",
    "bulk_unassign_members",
    "list_guardrail_member_assignments",
    "list_member_assignments",
    lambda run: run.member_user_ids,
)


def _assignments(run: Run, kind: _Kind) -> None:
    g = run.sdk.guardrails
    guardrail_id = run.create(f"{kind.noun}s")["id"]
    values = kind.values(run)[:2]
    noun = f"{kind.noun}s"

    def assign(method: str, chosen: list[str]) -> int:
        result = getattr(g, method)(id=guardrail_id, **{kind.argument: chosen})
        count: int = result.to_dict().get(
            N.BulkAssignKeysResponse.ASSIGNED_COUNT
            if "unassign" not in method
            else N.BulkUnassignKeysResponse.UNASSIGNED_COUNT,
            -1,
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


@register_check("key_assignments", "assign, idempotent re-assign and unassign keys; both key lists")
def _key_assignments(run: Run) -> None:
    _assignments(run, _KEYS)


@register_check("member_assignments", "the same for organization members")
def _member_assignments(run: Run) -> None:
    _assignments(run, _MEMBERS)


@register_check("delete_cascades", "deleting a guardrail removes its key and member assignments")
def _delete_cascades(run: Run) -> None:
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
        describe_error(error),
    )


@register_check("not_found", "an unknown guardrail id answers 404 with the error envelope")
def _not_found(run: Run) -> None:
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
        if run.soft(isinstance(error, NotFoundResponseError), what, describe_error(error)):
            run.expect_error(run.last, 404, what)


def _every_operation(run: Run, key: str | None, purpose: str) -> list[tuple[str, Observed]]:
    """Each operation of the contract sent once with ``key`` (``None``: no key), on a
    guardrail of the run, with the least body it accepts; what each answered."""
    created = run.raw("POST", "/guardrails", body=run.minimal_create_body(purpose))
    data = created.body.get("data") if isinstance(created.body, dict) else None
    guardrail = str(data.get("id")) if isinstance(data, dict) else str(uuid.uuid4())
    answers = []
    for operation in run.contract.operations.values():
        path = operation.path.replace("{id}", guardrail)
        body = NOT_JSON
        if operation.body_schema is not None:
            body = run.minimal_value(operation.body_schema, purpose)
        answers.append((operation.route, run.raw(operation.method, path, body=body, key=key)))
    return answers


@register_check(
    "auth_required",
    "every operation answers 401 with the error envelope to a missing or unknown key",
)
def _auth_required(run: Run) -> None:
    invalid = f"sk-or-v1-conformance-invalid-{run.token}"
    for key, what in ((None, "no key"), (invalid, "an unknown key")):
        for route, answer in _every_operation(run, key, "no-key"):
            run.expect_error(answer, 401, f"{route} with {what} answers 401 and the envelope")
    stranger = run.client(invalid)
    error = run.error_of(stranger.guardrails.list)
    run.soft(
        isinstance(error, UnauthorizedResponseError),
        "the client with an unknown key gets UnauthorizedResponseError (401)",
        describe_error(error),
    )


@register_check(
    "management_key_required", "every operation answers 403 to a key that is not a management key"
)
def _management_key_required(run: Run) -> str | None:
    key = run.non_management_key
    if not key:
        return "no key that is not a management key was given (--non-management-key)"
    other = run.client(key)
    error = run.error_of(other.guardrails.list)
    what = "list with a key that is not a management key answers 403 with the envelope"
    if run.soft(isinstance(error, ForbiddenResponseError), what, describe_error(error)):
        run.expect_error(run.last, 403, what)
    for route, answer in _every_operation(run, key, "forbidden"):
        run.expect_error(answer, 403, f"{route} with a non-management key answers 403")
    return None


@register_check(
    "enforce_zdr_rule", "the deprecated enforce_zdr fills the per-provider fields not given"
)
def _enforce_zdr_rule(run: Run) -> None:
    fields = run.contract.zdr_fields
    google = next(f for f in fields if f.endswith("_google"))
    openai = next(f for f in fields if f.endswith("_openai"))
    answer = run.raw(
        "POST",
        "/guardrails",
        body={**run.minimal_create_body("zdr"), N.Guardrail.ENFORCE_ZDR: True, google: False},
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
        (
            "update",
            "enforce_zdr false alone",
            {N.Guardrail.ENFORCE_ZDR: False},
            dict.fromkeys(fields, False),
        ),
        (
            "update",
            f"enforce_zdr true with {openai} null",
            {N.Guardrail.ENFORCE_ZDR: True, openai: None},
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


@register_check(
    "responses_match_schema", "every response of the run matches the contract's schemas"
)
def _responses_match_schema(run: Run) -> None:
    answer = run.raw(
        "POST",
        "/guardrails",
        body=run.known(
            "create",
            {
                **run.minimal_create_body("tour"),
                run.text_field: "conformance: every operation",
                N.Guardrail.LIMIT_USD: 5,
                N.Guardrail.RESET_INTERVAL: "monthly",
                N.Guardrail.CONTENT_FILTER_BUILTINS: [{"slug": "email", "action": "redact"}],
                N.Guardrail.CONTENT_FILTERS: [{"pattern": "secret-[0-9]+", "action": "block"}],
            },
        ),
    )
    data = answer.body.get("data") if isinstance(answer.body, dict) else None
    if isinstance(data, dict) and isinstance(data.get("id"), str):
        one = f"/guardrails/{data['id']}"
        key, member = run.key_hashes[:1], run.member_user_ids[:1]
        for method, path, body in (
            ("GET", one, NOT_JSON),
            ("GET", "/guardrails?limit=5", NOT_JSON),
            ("PATCH", one, run.known("update", {run.text_field: None, N.Guardrail.LIMIT_USD: 6})),
            ("POST", f"{one}/assignments/keys", {N.BulkAssignKeysRequest.KEY_HASHES: key}),
            ("GET", f"{one}/assignments/keys", NOT_JSON),
            ("GET", "/guardrails/assignments/keys?limit=5", NOT_JSON),
            ("POST", f"{one}/assignments/keys/remove", {N.BulkAssignKeysRequest.KEY_HASHES: key}),
            (
                "POST",
                f"{one}/assignments/members",
                {N.BulkAssignMembersRequest.MEMBER_USER_IDS: member},
            ),
            ("GET", f"{one}/assignments/members", NOT_JSON),
            ("GET", "/guardrails/assignments/members?limit=5", NOT_JSON),
            (
                "POST",
                f"{one}/assignments/members/remove",
                {N.BulkAssignMembersRequest.MEMBER_USER_IDS: member},
            ),
            ("DELETE", one, NOT_JSON),
            ("GET", one, NOT_JSON),
        ):
            run.raw(method, path, body=body)
    run.raw("POST", "/guardrails", body={"name": ""})
    run.raw("GET", "/guardrails", key=None)
    failures = []
    for observed in run.observed:
        problems = response_problems(run.contract, observed)
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


@register_check("schema_defaults", "a field a create leaves out answers its contract default")
def _schema_defaults(run: Run) -> None:
    schema = run.body_schema("create")
    defaults = {
        name: prop["default"]
        for name, prop in schema["properties"].items()
        if "default" in prop and name not in schema.get("required", [])
    }
    answer, data = run.create_raw("defaults")
    run.expect(bool(data), "a create with its required fields alone succeeds", f"{answer.status}")
    run.expect_fields(data, defaults, f"create answers the defaults {defaults}")
    stored = run.raw("GET", run.path("get", str(data["id"])))
    got = stored.body.get("data") if isinstance(stored.body, dict) else None
    run.expect_fields(got if isinstance(got, dict) else {}, defaults, "get answers them too")


@register_check("builtin_actions", "every builtin filter slug accepts every action of the contract")
def _builtin_actions(run: Run) -> None:
    schema = run.body_schema("create")
    for name, prop in schema["properties"].items():
        entry = run.contract.item_properties(prop)
        if LABELLED_BY not in entry:
            continue
        slugs = run.resolved(entry[LABELLED_BY]).get("enum", [])
        action_field = next(
            f for f, p in entry.items() if f != LABELLED_BY and "enum" in run.resolved(p)
        )
        for action in run.resolved(entry[action_field])["enum"]:
            sent = [{LABELLED_BY: slug, action_field: action} for slug in slugs]
            answer, data = run.create_raw(f"builtin-{action}", **{name: sent})
            what = f"a create with every {LABELLED_BY} and {action_field} {action!r} succeeds"
            if run.soft(bool(data), what, f"status {answer.status}", answer.exchange):
                held = sorted(
                    (e.get(LABELLED_BY), e.get(action_field)) for e in data.get(name) or []
                )
                run.soft(
                    held == sorted((slug, action) for slug in slugs),
                    f"the guardrail holds every {LABELLED_BY} with {action_field} {action!r}",
                    f"it holds {held}",
                    answer.exchange,
                )


@register_check(
    "server_assigned_fields", "the fields the server assigns are not taken from a request"
)
def _server_assigned_fields(run: Run) -> None:
    create = run.body_schema("create")["properties"]
    update = run.body_schema("update")["properties"]
    made_up = {name: f"2001-02-03T04:05:06.000Z-{run.token}" for name in SERVER_ASSIGNED}
    made_up.update(id=str(uuid.uuid4()), **{SCOPED_BY: str(uuid.uuid4())})
    for name in sorted(SERVER_ASSIGNED - set(create)):
        answer, data = run.create_raw(f"assigned-{name}", **{name: made_up[name]})
        run.soft(
            answer.status == 400 or data.get(name) != made_up[name],
            f"a create that sends {name} is refused (400) or answers the server's own {name}",
            f"it answers {name} {data.get(name)!r}",
            answer.exchange,
        )
    _, original = run.create_raw("assigned")
    path = run.path("get", str(original["id"]))
    for name in sorted(SERVER_ASSIGNED - set(update)):
        answer = run.raw("PATCH", path, body={name: made_up[name]})
        stored = run.raw("GET", path)
        found = stored.body.get("data") if isinstance(stored.body, dict) else None
        held = found.get(name) if isinstance(found, dict) else None
        run.soft(
            held != made_up[name] and (name not in (SCOPED_BY, "id") or held == original[name]),
            f"an update that sends {name} leaves the stored {name} the server's",
            f"update answered {answer.status}; get answers {name} {held!r}",
            answer.exchange,
        )


@register_check(
    "default_guardrail",
    "a workspace default guardrail: 404 until configured, an update configures it, "
    "its name is fixed",
)
def _default_guardrail(run: Run) -> str | None:
    if not run.default_guardrail_id:
        return "no workspace default guardrail id was given (--default-guardrail-id)"
    path = run.path("get", run.default_guardrail_id)
    first = run.raw("GET", path)
    notes = []
    if first.status == 404:
        refused = run.raw("PATCH", path, body={run.name_field: run.name("default")})
        run.expect_error(refused, 400, "renaming it before it is configured answers 400")
        still = run.raw("GET", path)
        run.soft(still.status == 404, "a refused update configures nothing", f"{still.status}")
        configured = run.raw("PATCH", path, body={})
        data = configured.body.get("data") if isinstance(configured.body, dict) else None
        run.expect(
            configured.status == 200 and isinstance(data, dict),
            "an update of the unconfigured default guardrail configures it (200)",
            f"status {configured.status}",
        )
        run.created[run.default_guardrail_id] = None
        assert isinstance(data, dict)
        run.expect_fields(data, {"id": run.default_guardrail_id}, "it keeps its id")
        got = run.raw("GET", path)
        run.expect(got.status == 200, "get answers it once configured", f"{got.status}")
    else:
        run.expect(first.status == 200, "get answers 404 or the guardrail", f"{first.status}")
        data = first.body["data"]
        workspace = data.get(SCOPED_BY)
        pages = OPERATIONS["list"].pagination
        limit = pages.limit if pages is not None else "limit"
        listed = run.raw("GET", run.path("list"), params={SCOPED_BY: workspace, limit: 100})
        ids = [g.get("id") for g in (listed.body or {}).get("data", [])]
        run.expect(
            run.default_guardrail_id in ids,
            "a default guardrail get answers is configured: its workspace's list holds it",
            "the list does not hold it: get answered a guardrail that is not configured",
            first.exchange,
        )
        notes.append("it was configured already: the 404 before configuration is not checked")
    name = data[run.name_field]
    renamed = run.raw("PATCH", path, body={run.name_field: run.name("renamed")})
    run.expect_error(renamed, 400, "renaming a workspace default guardrail answers 400")
    after = run.raw("GET", path).body.get("data", {})
    run.soft(after.get(run.name_field) == name, "its name stays", f"{after.get(run.name_field)!r}")
    same = run.raw("PATCH", path, body={run.name_field: name})
    run.soft(same.status == 200, "an update that sends its own name succeeds", f"{same.status}")
    run.note = "; ".join(notes) or None
    return None
