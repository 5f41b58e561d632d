"""The change report's ``write:`` and ``review:`` lines: what a person must still write after
a curation, found on the syntax trees of the handwritten package."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from generator import review
from generator.curate import Change

HANDWRITTEN = textwrap.dedent(
    """
    from openrouter_guardrails_api import names as N

    def demo(client):
        client.guardrails.create(name="a", description="d")
        return {N.Guardrail.DESCRIPTION: 1, N.Parameter.WORKSPACE_ID: 2}

    def listing(client):
        return client.guardrails.list(workspace_id="w")

    def description(spec):
        return spec.description  # another object's attribute: not a use
    """
)
FAKE = textwrap.dedent(
    """
    from openrouter_guardrails_api import names as N

    _HANDLERS = {N.OperationId.LIST_GUARDRAILS: "_list"}
    """
)


def _project(tmp_path: Path) -> review.Uses:
    package = tmp_path / "openrouter_guardrails"
    (package / "testing").mkdir(parents=True)
    (package / "app.py").write_text(HANDWRITTEN, encoding="utf-8")
    (package / "testing" / "_fake.py").write_text(FAKE, encoding="utf-8")
    (package / "broken.py").write_text("def (:\n", encoding="utf-8")  # skipped, not fatal
    return review.Uses(tmp_path)


def _spec(
    fields: dict[str, Any], required: list[str], operations: dict[str, str]
) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for key, operation_id in operations.items():
        method, path = key.split(" ", 1)
        paths.setdefault(path, {})[method.lower()] = {"operationId": operation_id}
    return {
        "paths": paths,
        "components": {
            "schemas": {"Guardrail": {"properties": fields, "required": required}},
        },
    }


TEXT = {"type": ["string", "null"], "description": "Text."}


def test_a_removed_field_names_each_keyword_and_constant_that_uses_it(tmp_path: Path):
    uses = _project(tmp_path)
    change = Change("field", "Guardrail.description", added=False, breaking=True)
    old = _spec({"description": TEXT}, [], {})
    notes = review.notes([change], old, _spec({}, [], {}), uses)
    assert notes[change] == [
        "write: openrouter_guardrails/app.py:5 passes description=",
        "write: openrouter_guardrails/app.py:6 names N.Guardrail.DESCRIPTION",
    ]


def test_a_removed_field_nobody_names_says_so(tmp_path: Path):
    uses = _project(tmp_path)
    change = Change("field", "Guardrail.limit_usd", added=False, breaking=True)
    notes = review.notes([change], _spec({"limit_usd": {"type": "number"}}, [], {}), {}, uses)
    assert notes[change] == ["no handwritten code names it as an argument or a constant"]


def test_a_field_removed_beside_one_added_with_its_type_may_be_a_rename(tmp_path: Path):
    uses = _project(tmp_path)
    gone = Change("field", "Guardrail.ignored", added=False, breaking=True)
    new = Change("field", "Guardrail.blocked", added=True, breaking=False)
    other = Change("field", "Guardrail.count", added=True, breaking=False)
    listed = {"type": "array", "items": {"type": "string"}}
    old = _spec({"ignored": {**listed, "description": "Old words."}}, [], {})
    after = _spec(
        {"blocked": {**listed, "description": "New words."}, "count": {"type": "integer"}}, [], {}
    )
    notes = review.notes([gone, new, other], old, after, uses)
    assert notes[gone] == [
        "review: perhaps renamed to Guardrail.blocked (same schema, same type): keep the old "
        "name as a deprecated alias while the API still takes it",
        "no handwritten code names it as an argument or a constant",
    ]
    assert new not in notes and other not in notes  # additions need nothing written


def test_a_new_required_request_field_asks_for_review(tmp_path: Path):
    uses = _project(tmp_path)
    change = Change("field", "Guardrail.team", added=True, breaking=True)
    notes = review.notes([change], _spec({}, [], {}), _spec({"team": TEXT}, ["team"], {}), uses)
    assert len(notes[change]) == 1
    assert notes[change][0].startswith("review: every Guardrail must now hold team: callers")


def test_a_new_operation_asks_for_its_rule_in_the_fake_unless_it_has_one(tmp_path: Path):
    uses = _project(tmp_path)
    new = Change("operation", "GET /guardrails/{id}/usage", added=True, breaking=False)
    modelled = Change("operation", "GET /guardrails", added=True, breaking=False)
    after = _spec(
        {},
        [],
        {"GET /guardrails/{id}/usage": "getGuardrailUsage", "GET /guardrails": "listGuardrails"},
    )
    notes = review.notes([new, modelled], _spec({}, [], {}), after, uses)
    assert notes[new][0].startswith(
        "write: the fake's rule for getGuardrailUsage (the handlers table of "
        "openrouter_guardrails/testing/_fake.py)"
    )
    assert modelled not in notes


def test_a_removed_operation_names_its_constant_and_a_major_release(tmp_path: Path):
    uses = _project(tmp_path)
    change = Change("operation", "GET /guardrails", added=False, breaking=True)
    old = _spec({}, [], {"GET /guardrails": "listGuardrails"})
    notes = review.notes([change], old, _spec({}, [], {}), uses)
    assert notes[change] == [
        "write: openrouter_guardrails/testing/_fake.py:4 names N.OperationId.LIST_GUARDRAILS",
        "review: the client method of listGuardrails is gone: a major release",
    ]


def test_a_removed_or_newly_required_parameter(tmp_path: Path):
    uses = _project(tmp_path)
    gone = Change("parameter", "GET /guardrails query workspace_id", added=False, breaking=True)
    required = Change("parameter", "GET /guardrails query team", added=True, breaking=True)
    optional = Change("parameter", "GET /guardrails query sort", added=True, breaking=False)
    notes = review.notes([gone, required, optional], {}, {}, uses)
    assert notes[gone] == [
        "write: openrouter_guardrails/app.py:6 names N.Parameter.WORKSPACE_ID",
        "write: openrouter_guardrails/app.py:9 passes workspace_id=",
    ]
    assert notes[required] == ["review: every call of GET /guardrails query must now pass team"]
    assert optional not in notes


def test_the_report_prints_each_note_under_its_change():
    change = Change("field", "A.b", added=False, breaking=True, notes=("write: x.py:1 passes b=",))
    assert str(change) == "- field A.b [BREAKING]\n    write: x.py:1 passes b="
    # Notes do not make two reports of the same change differ.
    assert change == Change("field", "A.b", added=False, breaking=True)
