"""The differential check: its sequences cover every operation, a difference is shrunk and
replays from its script, data the target held before (legacy guardrails without a workspace
included) is left out, the example budget bounds the search."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, seed, settings
from openrouter_guardrails_api.sdk import OPERATIONS

from openrouter_guardrails.testing import (
    DEFAULT_MANAGEMENT_KEY,
    DefectiveFake,
    FakeTransport,
    GuardrailsFake,
    Report,
    run_conformance,
)
from openrouter_guardrails.testing._contract import Contract
from openrouter_guardrails.testing._differential import Script, _Strategies
from openrouter_guardrails.testing._harness import DEFAULT_DIFFERENTIAL_SHRINK_EXAMPLES

BASE_URL = "https://openrouter.test/api/v1"
POOLS = {"key_hashes": ["k0", "k1"], "member_user_ids": ["u0"], "workspaces": ["w0", "w1"]}


def differential(fake: GuardrailsFake, **options: Any) -> Report:
    """Only the differential check against ``fake`` in process, bounded by count."""
    budget: dict[str, Any] = {
        "differential_max_examples": 20,
        "differential_shrink_examples": 0,
    }
    return run_conformance(
        BASE_URL,
        DEFAULT_MANAGEMENT_KEY,
        transport=FakeTransport(fake),
        only=["differential"],
        **{**budget, **options},
    )


def test_sequences_cover_every_operation_of_the_contract() -> None:
    """Forty drawn sequences hold every operation of the generated operation table, each
    starting with a create."""
    drawn: list[list[dict[str, Any]]] = []

    @settings(max_examples=40, database=None)
    @seed(1)
    @given(_Strategies(Contract.load(), POOLS).steps())
    def collect(steps: list[dict[str, Any]]) -> None:
        drawn.append(steps)

    collect()
    assert {step["operation"] for steps in drawn for step in steps} == set(OPERATIONS)
    assert all(steps[0]["operation"] == "create" for steps in drawn)


def test_a_difference_is_shrunk_and_replays_from_its_script() -> None:
    """An update that leaves updated_at null is found, shrunk to a create and an update,
    and its script (through JSON) shows the same difference again; on the reference fake the
    same script shows none."""
    fake = DefectiveFake(defects={"updated_at_not_set"})
    found = differential(fake, differential_shrink_examples=DEFAULT_DIFFERENTIAL_SHRINK_EXAMPLES)
    check = found.check("differential")
    assert check.failed and found.replay_script is not None
    assert "an update left updated_at null" in check.failures[0].actual
    script = Script.from_json(json.dumps(found.replay_script))
    assert [step["operation"] for step in script.steps] == ["create", "update"]
    assert "step 2: PATCH" in (check.note or "")
    again = run_conformance(
        BASE_URL, DEFAULT_MANAGEMENT_KEY, transport=FakeTransport(fake), replay=script
    )
    assert [c.name for c in again.checks] == ["differential"]
    assert again.check("differential").failures[0].actual == check.failures[0].actual
    reference = GuardrailsFake()
    fixed = run_conformance(
        BASE_URL, DEFAULT_MANAGEMENT_KEY, transport=FakeTransport(reference), replay=script
    )
    assert fixed.ok, fixed.to_text()


def test_data_held_before_is_left_out_of_the_comparisons() -> None:
    """Guardrails (a legacy one with a null workspace among them) and an assignment the
    target held before the run pass unremarked, and are still there after it."""
    fake = GuardrailsFake()
    before = [fake.add_guardrail(name=f"held-{i}") for i in range(3)]
    legacy = fake.add_legacy_guardrail(name="legacy")
    assert legacy["workspace_id"] is None
    client_fake = FakeTransport(fake)
    import httpx

    with httpx.Client(transport=client_fake, base_url=BASE_URL) as client:
        assigned = client.post(
            f"/guardrails/{before[0]['id']}/assignments/keys",
            json={"key_hashes": ["held-key"]},
            headers={"authorization": f"Bearer {DEFAULT_MANAGEMENT_KEY}"},
        )
    assert assigned.status_code == 200
    report = run_conformance(
        BASE_URL,
        DEFAULT_MANAGEMENT_KEY,
        transport=client_fake,
        only=["responses_match_schema", "differential"],
        differential_max_examples=10,
        differential_shrink_examples=0,
    )
    assert report.ok, report.to_text()
    assert sorted(g["id"] for g in fake.guardrails) == sorted(g["id"] for g in [*before, legacy])
    assert [a["key_hash"] for a in fake.key_assignments] == ["held-key"]


def test_the_example_budget_bounds_the_search() -> None:
    """With no difference to find, the check runs exactly its budget of sequences."""
    report = differential(GuardrailsFake(), differential_max_examples=3)
    assert report.ok
    assert (report.check("differential").note or "").startswith("3 sequences of up to")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("{", "not JSON"),
        ('{"format": "x"}', "not a replay script"),
        (
            json.dumps({**Script(POOLS, []).to_dict(), "pools": {"workspaces": [1]}}),
            "pools are not lists of strings",
        ),
        (
            json.dumps({**Script(POOLS, []).to_dict(), "steps": [{"operation": "nope"}]}),
            "not a list of operations",
        ),
        (
            json.dumps(
                {
                    **Script(POOLS, []).to_dict(),
                    "steps": [{"operation": "get", "query": {"x": {"$ref": ["nope", 0]}}}],
                }
            ),
            "pools it lacks",
        ),
    ],
)
def test_a_bad_script_is_a_value_error(text: str, problem: str) -> None:
    """A file that is not a replay script is refused with a ValueError naming the problem."""
    with pytest.raises(ValueError, match=problem):
        Script.from_json(text)


def test_a_script_round_trips() -> None:
    """A script written as JSON reads back the same."""
    script = Script(POOLS, [{"operation": "create", "body": {"name": "a"}}], 7, "x", ())
    assert Script.from_json(script.to_json()).to_dict() == script.to_dict()


@pytest.mark.parametrize(
    ("fault", "difference"),
    [
        ({"status": 503}, "status 503, the model answers 201"),
        ({"kind": "non_json", "status": 201}, "the body is not JSON"),
        ({"kind": "refuse"}, "no response: "),
        (
            {"kind": "non_json", "status": 201, "body": '{"data": {"id": 7}}'},
            "the body breaks the contract: ",
        ),
    ],
)
def test_a_step_the_target_answers_wrongly_is_a_difference(
    fault: dict[str, Any], difference: str
) -> None:
    """A step the target answers with another status, a body that is not JSON or breaks the
    contract, or no answer at all, is the difference the replay reports."""
    fake = GuardrailsFake()
    fake.faults.add(f"POST {OPERATIONS['create'].path}", content_type="application/json", **fault)
    script = Script(POOLS, [{"operation": "create", "body": {"name": "a"}}])
    report = run_conformance(
        BASE_URL, DEFAULT_MANAGEMENT_KEY, transport=FakeTransport(fake), replay=script
    )
    check = report.check("differential")
    assert check.failed and check.failures[0].actual.startswith(difference), report.to_text()
    assert "step 1: POST /guardrails" in (check.note or "")


def test_the_replay_script_keeps_whole_bodies() -> None:
    """The report's lines cut a body; the replay script's transcript keeps it whole, so a
    difference in a page of many guardrails can be diagnosed from the file."""
    from openrouter_guardrails.testing._differential import _Answer, _Transcript
    from openrouter_guardrails.testing._report import Exchange

    page = {"data": [{"id": f"g{i}", "name": "n" * 50} for i in range(100)], "total_count": 100}
    text = json.dumps(page).encode()
    exchange = Exchange.of("GET", "/guardrails", b"", 200, text)
    assert len(exchange.response_body or "") < len(text)  # the report's text is cut
    sent = {"name": "x" * 3000}
    entry = _Transcript(
        {"operation": "list"},
        "GET",
        "/guardrails",
        _Answer(200, page, exchange),
        _Answer(200, page, exchange),
        sent,
    )
    saved = entry.to_dict()
    assert json.loads(saved["target"]["body"]) == page
    assert json.loads(saved["model"]["body"]) == page
    assert json.loads(saved["request"]["body"]) == sent
