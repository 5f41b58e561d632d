"""The plan as a pure function: applying it to an account and planning again finds nothing
to change (for any account and file), and how values compare."""

from __future__ import annotations

import copy
import itertools
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from openrouter_guardrails.cli._plan import (
    Current,
    Desired,
    Plan,
    assignment_kinds,
    id_field,
    identity_fields,
    make_plan,
    same,
    summary_columns,
)

NAMES = ("a", "b", "c")
WORKSPACES = (None, "w1")
KEYS = ("k1", "k2", "k3")
FIELDS = {
    "limit_usd": st.sampled_from([None, 1, 2.0, 3]),
    "description": st.sampled_from([None, "x", "y"]),
    "allowed_providers": st.sampled_from([None, ["p", "q"], ["q", "p"], ["p"]]),
}


def some_fields() -> st.SearchStrategy[dict[str, Any]]:
    """A subset of the fields, each with a value."""
    return st.fixed_dictionaries({}, optional=FIELDS)


def id_lists() -> st.SearchStrategy[list[str] | None]:
    """A list of assigned ids, or None (not managed)."""
    return st.none() | st.lists(st.sampled_from(KEYS), unique=True)


@st.composite
def accounts(draw: st.DrawFn) -> list[Current]:
    """What two workspaces hold: unique names per workspace, fields and assignments."""
    counter = itertools.count()
    result = []
    name_field, _ = identity_fields()
    for workspace in WORKSPACES:
        current = Current(workspace, [])
        for name in draw(st.lists(st.sampled_from(NAMES), unique=True)):
            gid = f"id{next(counter)}"
            current.guardrails.append({id_field(): gid, name_field: name, **draw(some_fields())})
            current.assigned[gid] = {
                kind.field: draw(st.lists(st.sampled_from(KEYS), unique=True))
                for kind in assignment_kinds()
            }
        result.append(current)
    return result


@st.composite
def files(draw: st.DrawFn) -> list[Desired]:
    """Desired guardrails: unique names per workspace."""
    keys = draw(
        st.lists(st.tuples(st.sampled_from(WORKSPACES), st.sampled_from(NAMES)), unique=True)
    )
    return [
        Desired(
            index,
            name,
            workspace,
            draw(some_fields()),
            {kind.field: draw(id_lists()) for kind in assignment_kinds()},
        )
        for index, (workspace, name) in enumerate(keys)
    ]


def simulate(plan: Plan, account: list[Current]) -> list[Current]:
    """What the account holds after ``plan`` is made (as the API would do it)."""
    after = copy.deepcopy(account)
    by_workspace = {c.workspace: c for c in after}
    name_field, workspace_field = identity_fields()
    created: dict[int, str] = {}
    for number, change in enumerate(plan.changes):
        current = by_workspace[change.workspace]
        gid = change.guardrail_id
        if gid is None and change.record is not None:
            gid = created.get(change.record)
        if change.action == "create":
            gid = f"new{number}"
            assert change.record is not None
            created[change.record] = gid
            fields = {k: v for k, v in change.fields.items() if k != workspace_field}
            current.guardrails.append({id_field(): gid, name_field: change.name, **fields})
            current.assigned[gid] = {}
        elif change.action == "update":
            guardrail = next(g for g in current.guardrails if g[id_field()] == gid)
            guardrail.update({k: v["to"] for k, v in change.fields.items()})
        elif change.action == "delete":
            current.guardrails = [g for g in current.guardrails if g[id_field()] != gid]
        else:
            assert gid is not None and change.assignment_field is not None
            held = current.assigned.setdefault(gid, {}).setdefault(change.assignment_field, [])
            if change.action == "assign":
                held.extend(i for i in change.ids if i not in held)
            else:
                held[:] = [i for i in held if i not in change.ids]
    return after


@settings(max_examples=150, deadline=None)
@given(account=accounts(), desired=files(), prune=st.booleans())
def test_a_plan_made_leaves_nothing_to_change(
    account: list[Current], desired: list[Desired], prune: bool
) -> None:
    """For any account and file, making the plan then planning again gives no change; with
    prune, the account then holds exactly the file's guardrails."""
    plan = make_plan(desired, account, prune=prune)
    after = simulate(plan, account)
    again = make_plan(desired, after, prune=prune)
    assert again.changes == []
    if prune:
        name_field, _ = identity_fields()
        held = {(c.workspace, g[name_field]) for c in after for g in c.guardrails}
        assert held == {(d.workspace, d.name) for d in desired}


def test_plan_orders_creates_updates_assigns_unassigns_deletes() -> None:
    """Changes come in the order apply makes them, whatever the file's order."""
    name_field, _ = identity_fields()
    kind = assignment_kinds()[0].field
    account = [
        Current(
            None,
            [
                {id_field(): "1", name_field: "old", "limit_usd": 1},
                {id_field(): "2", name_field: "gone"},
            ],
            {"1": {kind: ["k1"]}},
        )
    ]
    desired = [
        Desired(0, "old", None, {"limit_usd": 2}, {kind: ["k2"]}),
        Desired(1, "new", None, {}, {kind: None}),
    ]
    plan = make_plan(desired, account, prune=True)
    assert [c.action for c in plan.changes] == ["create", "update", "assign", "unassign", "delete"]


def test_same_compares_as_json() -> None:
    """100 equals 100.0, a boolean is never a number, lists of plain values compare in any
    order and lists of objects in order."""
    assert same(100, 100.0)
    assert not same(True, 1)
    assert not same(0, False)
    assert not same(None, False)
    assert same(["a", "b"], ["b", "a"])
    assert not same(["a", "a"], ["a"])
    assert not same([{"x": 1}, {"x": 2}], [{"x": 2}, {"x": 1}])
    assert same({"a": [1, 2.0]}, {"a": [2, 1]})
    assert not same({"a": 1}, {"a": 1, "b": None})


def test_table_columns_are_guardrail_fields_of_the_contract() -> None:
    """The guardrails table shows the id, the name, the update request's numbers and enums,
    and the workspace: every one a field of the contract's guardrail."""
    from openrouter_guardrails._contract import document as contract

    schemas = contract()["components"]["schemas"]
    columns = summary_columns()
    assert set(columns) <= set(schemas["Guardrail"]["properties"])
    assert columns[:2] == (id_field(), identity_fields()[0])
    assert columns[-1] == identity_fields()[1]
    assert "limit_usd" in columns and "reset_interval" in columns
    assert "description" not in columns


def test_the_table_shows_a_few_ids_of_a_long_assignment() -> None:
    """An assignment of many ids shows the first five and how many more in the table; the
    change keeps them all."""
    from openrouter_guardrails.cli._plan import Change

    ids = [f"k{i}" for i in range(8)]
    change = Change("assign", None, "g", None, assignment_field="key_hashes", ids=ids)
    assert change.describe() == "key_hashes: +k0, +k1, +k2, +k3, +k4 (and 3 more)"
    assert change.to_dict()["key_hashes"] == ids
