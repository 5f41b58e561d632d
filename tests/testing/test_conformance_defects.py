"""The proof of the conformance suite: each deliberate defect of ``DefectiveFake`` (one per
rule, in every category the suite covers) is caught by the check named for it, with the
default options and fixed seeds, in process and over real HTTP; the reference fake passes the
whole default run (in process here; over HTTP in ``test_conformance``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from openrouter_guardrails.testing import (
    CONFORMANCE_CHECKS,
    DEFAULT_API_KEY,
    DEFAULT_MANAGEMENT_KEY,
    DefectiveFake,
    FakeServer,
    FakeTransport,
    GuardrailsFake,
    Report,
    run_conformance,
)

BASE_URL = "https://openrouter.test/api/v1"

#: For each defect, the check of the default run named to catch it.
CAUGHT_BY = {
    "wrong_total_count": "pagination",
    "item_skipped_between_pages": "pagination",
    "limit_not_enforced": "request_constraints",
    "lost_update": "crud_round_trip",
    "null_ignored_on_update": "update_omit_vs_null",
    "update_resets_omitted": "differential",
    "updated_at_not_set": "differential",
    "duplicate_assignment": "key_assignments",
    "unassign_not_removing": "key_assignments",
    "unassign_from_any_guardrail": "differential",
    "guardrail_list_shows_all": "differential",
    "key_on_two_guardrails": "differential",
    "delete_not_cascading": "delete_cascades",
    "limit_ignored": "pagination",
    "workspace_filter_ignored": "differential",
    "unknown_id_ok": "not_found",
    "wrong_error_envelope": "not_found",
    "invalid_body_accepted": "request_constraints",
    "max_length_not_enforced": "request_constraints",
    "min_items_not_enforced": "request_constraints",
    "server_assigned_from_request": "server_assigned_fields",
    "created_status_200": "responses_match_schema",
    "refused_update_applied": "request_constraints",
    "missing_required_field": "responses_match_schema",
    "enforce_zdr_ignored": "enforce_zdr_rule",
    "byok_default_true": "schema_defaults",
    "flag_refused_for_pii": "builtin_actions",
    "auth_not_enforced": "auth_required",
    "forbidden_not_enforced": "management_key_required",
    "forbidden_not_enforced_on_assignments": "management_key_required",
    "default_guardrail_served_unconfigured": "default_guardrail",
    "default_guardrail_renamable": "default_guardrail",
}
#: The differential check's budget in these tests: bounded by count, never by time (a
#: shared machine), and reported as found (shrinking has its own test). The search stops at
#: the first difference; the room above the default 60 sequences is for the values
#: Hypothesis borrows from the modules loaded, which vary from one environment to another.
BUDGET: dict[str, Any] = {
    "differential_max_examples": 100,
    "differential_shrink_examples": 0,
}

#: Fewer sequences for the whole runs (the reference fake runs them all).
FEWER: dict[str, Any] = {"differential_max_examples": 10}


def run_against(base_url: str, fake: GuardrailsFake, **options: Any) -> Report:
    """The suite against ``fake`` with both extra keys and its default guardrail's id."""
    return run_conformance(
        base_url,
        DEFAULT_MANAGEMENT_KEY,
        non_management_key=DEFAULT_API_KEY,
        default_guardrail_id=fake.default_guardrail_id(),
        **{**BUDGET, **options},
    )


@pytest.fixture
def served() -> Iterator[Any]:
    """Start a fake over HTTP on 127.0.0.1; every server started is stopped after the test."""
    servers: list[FakeServer] = []

    def start(fake: GuardrailsFake) -> FakeServer:
        server = FakeServer(fake, host="127.0.0.1", port=0)
        server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def test_every_defect_is_named_to_a_check_of_the_default_run() -> None:
    """The table covers every defect, each named to a check of the suite, and every category
    of the suite has defects (more than the 16 of the first release)."""
    assert set(CAUGHT_BY) == set(DefectiveFake.DEFECTS)
    assert set(CAUGHT_BY.values()) <= set(CONFORMANCE_CHECKS)
    assert len(DefectiveFake.DEFECTS) > 16


@pytest.mark.parametrize("defect", sorted(CAUGHT_BY))
def test_defect_is_caught_in_process(defect: str) -> None:
    """In process, the check named for the defect fails, with evidence, and the run cleans up."""
    fake = DefectiveFake(defects={defect})
    report = run_against(BASE_URL, fake, transport=FakeTransport(fake), only=[CAUGHT_BY[defect]])
    check = report.check(CAUGHT_BY[defect])
    assert check.failed, f"{defect} was not caught by {check.name}:\n{report.to_text()}"
    assert report.outcome == "does not conform" and report.exit_code == 1
    assert all(f.expected and f.actual for f in check.failures)
    assert any(f.exchange is not None for f in check.failures)
    # Caught by what the check expects, not by the check (or the fake) breaking down.
    assert "answers the check can read" not in [f.expected for f in check.failures]
    assert fake.guardrails == []


@pytest.mark.parametrize("defect", sorted(CAUGHT_BY))
def test_defect_is_caught_over_http(defect: str, served: Any) -> None:
    """Over real HTTP on 127.0.0.1 the same check catches the same defect."""
    server = served(DefectiveFake(defects={defect}))
    report = run_against(server.base_url, server.fake, only=[CAUGHT_BY[defect]])
    assert report.check(CAUGHT_BY[defect]).failed, report.to_text()


def test_reference_fake_passes_the_whole_default_run_in_process() -> None:
    """Every check passes on the reference fake in process (fuzz says why it did not run)."""
    fake = GuardrailsFake()
    report = run_against(BASE_URL, fake, transport=FakeTransport(fake), **FEWER)
    assert report.ok and report.outcome == "conforms" and report.exit_code == 0, report.to_text()
    assert [c.name for c in report.skipped] == ["fuzz"]
    assert (fake.guardrails, fake.key_assignments, fake.member_assignments) == ([], [], [])


@pytest.mark.parametrize("defect", ["updated_at_not_set", "default_guardrail_renamable"])
def test_whole_default_run_fails_on_a_defect(defect: str) -> None:
    """The whole default run (every check) ends "does not conform" on a defective fake."""
    fake = DefectiveFake(defects={defect})
    report = run_against(BASE_URL, fake, transport=FakeTransport(fake), **FEWER)
    assert CAUGHT_BY[defect] in [c.name for c in report.failed]
    assert report.exit_code == 1
