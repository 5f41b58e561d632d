"""The conformance suite: it passes on the fake (in process and over real HTTP), each
deliberate defect of the fake fails a named check, it cleans up after itself, its reports;
the pytest fixtures of the clients; and the README's examples of the testing kit."""

from __future__ import annotations

import asyncio
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import httpx
import pytest

from openrouter_guardrails import AsyncOpenRouter, OpenRouter
from openrouter_guardrails.testing import (
    CONFORMANCE_CHECKS,
    DEFAULT_API_KEY,
    DEFAULT_MANAGEMENT_KEY,
    Check,
    DefectiveFake,
    FakeServer,
    FakeTransport,
    GuardrailsFake,
    Report,
    VirtualClock,
    _conformance,
    _fuzz,
    run_conformance,
)

BASE_URL = "https://openrouter.test/api/v1"
README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")

#: The differential check's budget in these tests: a few sequences, bounded by count only.
BUDGET: dict[str, Any] = {
    "differential_max_examples": 5,
    "differential_shrink_examples": 0,
}


def run_in_process(fake: GuardrailsFake, **options: Any) -> Report:
    """The whole suite against ``fake`` through the transport, with a non-management key."""
    return run_conformance(
        BASE_URL,
        DEFAULT_MANAGEMENT_KEY,
        transport=FakeTransport(fake),
        non_management_key=DEFAULT_API_KEY,
        **{**BUDGET, **options},
    )


def readme_example(name: str) -> str:
    """The Python block that follows the README's ``readme-example: NAME`` marker."""
    found = re.search(
        rf"<!-- readme-example: {re.escape(name)} .*?-->\n```python\n(.*?)\n```", README, re.DOTALL
    )
    assert found, f"no readme-example {name!r} in README.md"
    return found.group(1)


# -- the suite against the correct fake ------------------------------------------------


def test_correct_fake_passes_every_check_in_process() -> None:
    """In process, every check passes on the correct fake; fuzz says why it did not run."""
    fake = GuardrailsFake()
    report = run_in_process(fake)
    assert [c.name for c in report.checks] == list(CONFORMANCE_CHECKS)
    assert report.ok, report.to_text()
    skipped = ("default_guardrail", "fuzz")
    assert [c.name for c in report.passed] == [n for n in CONFORMANCE_CHECKS if n not in skipped]
    assert report.check("fuzz").reason == "not asked for (--fuzz)"
    assert (fake.guardrails, fake.key_assignments, fake.member_assignments) == ([], [], [])
    assert report.cleanup_problems == ()


def test_correct_fake_passes_every_check_over_http(guardrails_server: FakeServer) -> None:
    """Over real HTTP on 127.0.0.1 every check passes too (the workspace default guardrail's
    included), and nothing is left behind."""
    report = run_conformance(
        guardrails_server.base_url,
        DEFAULT_MANAGEMENT_KEY,
        non_management_key=DEFAULT_API_KEY,
        default_guardrail_id=guardrails_server.fake.default_guardrail_id(),
        **BUDGET,
    )
    assert report.ok and report.outcome == "conforms" and report.exit_code == 0, report.to_text()
    assert [c.name for c in report.skipped] == ["fuzz"]
    assert len(report.passed) == len(CONFORMANCE_CHECKS) - 1
    assert report.base_url == guardrails_server.base_url
    assert guardrails_server.fake.guardrails == []
    operations = {r.operation_id for r in guardrails_server.fake.requests}
    assert operations >= set(guardrails_server.fake.implemented_operations)


def test_fuzz_is_skipped_with_a_transport() -> None:
    """Asked to fuzz in process, the suite skips fuzz: Schemathesis needs a URL."""
    report = run_in_process(GuardrailsFake(), only=["fuzz"], fuzz=True)
    assert report.check("fuzz").skipped
    assert "over HTTP" in (report.check("fuzz").reason or "")


def test_management_key_check_is_skipped_without_the_key() -> None:
    """Without a non-management key the 403 check is skipped, saying which option gives it."""
    report = run_conformance(
        BASE_URL,
        DEFAULT_MANAGEMENT_KEY,
        transport=FakeTransport(GuardrailsFake()),
        only=["management_key_required"],
    )
    assert report.check("management_key_required").skipped
    assert "--non-management-key" in (report.check("management_key_required").reason or "")
    assert report.ok


# -- the defective fake ------------------------------------------------------------------


def test_defect_names_are_validated_and_listed() -> None:
    """An unknown defect is a ValueError naming the known ones; repr shows a fake's defects."""
    with pytest.raises(ValueError, match=r"no_such_defect.*wrong_total_count"):
        DefectiveFake(defects={"no_such_defect"})
    assert "defects=['lost_update']" in repr(DefectiveFake(defects={"lost_update"}))
    assert GuardrailsFake().defects == frozenset()


def test_guardrails_fake_with_defects_still_works_and_warns() -> None:
    """GuardrailsFake(defects=...) warns DeprecationWarning and returns a DefectiveFake with
    them; GuardrailsFake.DEFECTS is DefectiveFake's table."""
    with pytest.warns(DeprecationWarning, match="DefectiveFake"):
        fake = GuardrailsFake(defects={"lost_update"})
    assert isinstance(fake, DefectiveFake)
    assert fake.defects == frozenset({"lost_update"})
    assert GuardrailsFake.DEFECTS is DefectiveFake.DEFECTS


def test_reference_fake_has_no_defect_switch_in_its_request_path() -> None:
    """The reference fake's module names no defect: they live in testing/_defects.py."""
    source = (Path(_conformance.__file__).parent / "_fake.py").read_text(encoding="utf-8")
    assert not [name for name in DefectiveFake.DEFECTS if f'"{name}"' in source]


def test_failure_shows_the_request_the_response_and_the_expectation() -> None:
    """A lost update is reported with the GET that showed the old values."""
    report = run_in_process(DefectiveFake(defects={"lost_update"}), only=["crud_round_trip"])
    (failure,) = report.check("crud_round_trip").failures
    assert failure.expected == "get after an update answers the updated guardrail"
    assert "limit_usd: 12.5 (expected 20)" in failure.actual
    assert failure.exchange is not None
    assert failure.exchange.method == "GET" and failure.exchange.status == 200
    assert failure.exchange.operation_id == "getGuardrail"
    assert '"limit_usd":12.5' in (failure.exchange.response_body or "")
    text = report.to_text()
    assert "FAIL  crud_round_trip" in text
    assert "request:  GET https://openrouter.test/api/v1/guardrails/" in text
    assert "response: 200 {" in text


# -- running part of it ------------------------------------------------------------------


def test_only_runs_the_named_checks_in_suite_order() -> None:
    """only= takes names (or comma-separated names) and keeps the suite's order."""
    report = run_in_process(GuardrailsFake(), only=["not_found,pagination"])
    assert [c.name for c in report.checks] == ["pagination", "not_found"]


def test_unknown_check_name_is_a_value_error() -> None:
    """A name that is no check is refused before anything is sent, naming the checks."""
    fake = GuardrailsFake()
    with pytest.raises(ValueError, match=r"nope.*crud_round_trip"):
        run_in_process(fake, only=["nope"])
    assert fake.requests == []


def test_api_key_is_required() -> None:
    """An empty key is refused before anything is sent."""
    with pytest.raises(ValueError, match="api_key"):
        run_conformance(BASE_URL, "", transport=FakeTransport(GuardrailsFake()))


def test_on_check_sees_each_check_as_it_completes() -> None:
    """The progress callback gets every check, in order, as the report lists them."""
    seen: list[Check] = []
    report = run_in_process(GuardrailsFake(), on_check=seen.append)
    assert tuple(seen) == report.checks


# -- cleanup -----------------------------------------------------------------------------


def test_cleanup_problems_are_reported() -> None:
    """A guardrail the server refuses to delete is named in cleanup_problems."""
    fake = GuardrailsFake()
    fake.faults.add("DELETE /guardrails/{id}", status=500, times=None)
    report = run_in_process(fake, only=["update_omit_vs_null"])
    assert report.check("update_omit_vs_null").passed
    (problem,) = report.cleanup_problems
    assert problem.startswith("could not delete guardrail ") and problem.endswith("status 500")
    assert "cleanup: could not delete guardrail" in report.to_text()


def test_cleanup_runs_when_a_check_stops_early() -> None:
    """A check stopped by its first failure still has its guardrails and assignments removed."""
    fake = DefectiveFake(defects={"duplicate_assignment"})
    report = run_in_process(fake, only=["key_assignments", "pagination"])
    assert report.check("key_assignments").failed
    assert fake.guardrails == []
    assert fake.member_assignments == []


# -- reports -----------------------------------------------------------------------------


def test_reports_never_hold_a_key(tmp_path: Path) -> None:
    """No format of the report holds the management key or the other key."""
    report = run_in_process(DefectiveFake(defects={"auth_not_enforced", "forbidden_not_enforced"}))
    texts = [
        report.to_text(),
        report.to_json(),
        report.to_junit_xml(),
        report.write(tmp_path / "r.json").read_text(encoding="utf-8"),
    ]
    for text in texts:
        assert DEFAULT_MANAGEMENT_KEY not in text
        assert DEFAULT_API_KEY not in text


def test_json_report(tmp_path: Path) -> None:
    """The JSON report holds every check, its status, and the evidence of a failure."""
    report = run_in_process(DefectiveFake(defects={"wrong_total_count"}))
    data = json.loads(report.write(tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["ok"] is False
    # The pagination check and the differential sequences both see the wrong total.
    assert data["summary"] == {"passed": len(CONFORMANCE_CHECKS) - 4, "failed": 2, "skipped": 2}
    assert data["outcome"] == "does not conform"
    assert data["preflight"].startswith("preflight: GET")
    by_name = {c["name"]: c for c in data["checks"]}
    assert list(by_name) == list(CONFORMANCE_CHECKS)
    failure = by_name["pagination"]["failures"][0]
    assert failure["expected"].startswith("the pages of the guardrail list")
    assert failure["exchange"]["request"]["method"] == "GET"
    assert failure["exchange"]["response"]["status"] == 200
    assert by_name["fuzz"]["status"] == "skip"
    assert by_name["fuzz"]["reason"] == "not asked for (--fuzz)"


def test_junit_report(tmp_path: Path) -> None:
    """The JUnit XML report has a testcase per check, with failure and skipped elements."""
    report = run_in_process(DefectiveFake(defects={"enforce_zdr_ignored"}))
    root = ET.parse(report.write(tmp_path / "report.xml")).getroot()
    suite = root.find("testsuite")
    assert suite is not None
    counts = (suite.get("tests"), suite.get("failures"), suite.get("skipped"))
    assert counts == (str(len(CONFORMANCE_CHECKS)), str(len(report.failed)), "2")
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert list(cases) == list(CONFORMANCE_CHECKS)
    failure = cases["enforce_zdr_rule"].find("failure")
    assert failure is not None
    assert "expected: create with enforce_zdr true" in (failure.text or "")
    assert "request:  POST" in (failure.text or "")
    skipped = cases["fuzz"].find("skipped")
    assert skipped is not None and skipped.get("message") == "not asked for (--fuzz)"
    assert cases["pagination"].find("failure") is None


def test_report_file_suffix_is_checked(tmp_path: Path) -> None:
    """A report goes to .xml or .json; any other suffix is a ValueError, nothing written."""
    report = run_in_process(GuardrailsFake(), only=["not_found"])
    with pytest.raises(ValueError, match=r"xml.*json"):
        report.write(tmp_path / "report.txt")
    assert not (tmp_path / "report.txt").exists()


# -- fuzz --------------------------------------------------------------------------------


def test_fuzz_without_schemathesis_is_an_import_error(
    monkeypatch: pytest.MonkeyPatch, guardrails_server: FakeServer
) -> None:
    """Without the fuzz extra, fuzz=True raises ImportError naming it, before any request."""
    monkeypatch.setattr(_conformance, "schemathesis_available", lambda: False)
    with pytest.raises(ImportError, match=re.escape("openrouter-guardrails[fuzz]")):
        run_conformance(guardrails_server.base_url, DEFAULT_MANAGEMENT_KEY, fuzz=True)
    assert guardrails_server.fake.requests == []


@pytest.mark.usefixtures("unmeasured_subprocesses")
def test_fuzz_catches_a_defect_over_http() -> None:
    """Schemathesis (a small budget) finds responses missing a required field, and the
    guardrails it created are deleted afterwards."""
    fake = DefectiveFake(defects={"missing_required_field"})
    with FakeServer(fake, host="127.0.0.1", port=0) as server:
        report = run_conformance(
            server.base_url,
            DEFAULT_MANAGEMENT_KEY,
            only=["fuzz"],
            fuzz=True,
            fuzz_max_examples=1,
        )
    fuzz = report.check("fuzz")
    assert fuzz.failed
    assert any("Response violates schema" in f.actual for f in fuzz.failures)
    assert "seed 20260708" in (fuzz.note or "")
    assert "curl" in (fuzz.note or "") and DEFAULT_MANAGEMENT_KEY not in (fuzz.note or "")
    assert fake.guardrails == []
    assert len(fake.requests) > 100


@pytest.mark.usefixtures("unmeasured_subprocesses")
def test_fuzz_run_that_overruns_is_stopped(guardrails_server: FakeServer) -> None:
    """A Schemathesis run past its time limit is stopped and reported as a failure."""
    result = _fuzz.run_schemathesis(
        guardrails_server.base_url,
        DEFAULT_MANAGEMENT_KEY,
        guardrails_server.fake.contract.document,
        timeout=0.2,
    )
    assert not result.passed
    assert "stopped" in result.failures[0].actual


def test_fuzz_records_created_guardrails_from_its_har(tmp_path: Path) -> None:
    """The ids of guardrails a fuzz run created are read from its HAR record: 2xx creates
    only, each once."""

    def entry(method: str, url: str, status: int, body: Any) -> dict[str, Any]:
        return {
            "request": {"method": method, "url": url},
            "response": {"status": status, "content": {"text": json.dumps(body)}},
        }

    har = tmp_path / "run.har"
    created = {"data": {"id": "g1"}}
    entries = [
        entry("POST", "http://h/api/v1/guardrails", 201, created),
        entry("POST", "http://h/api/v1/guardrails", 201, created),
        entry("POST", "http://h/api/v1/guardrails?x=1", 200, {"data": {"id": "g2"}}),
        entry("POST", "http://h/api/v1/guardrails", 400, {"error": {}}),
        entry("GET", "http://h/api/v1/guardrails", 200, {"data": {"id": "g3"}}),
        entry("POST", "http://h/api/v1/guardrails/g1/assignments/keys", 200, created),
        {"request": {"method": "POST", "url": "http://h/api/v1/guardrails"}, "response": {}},
    ]
    har.write_text(json.dumps({"log": {"entries": entries}}), encoding="utf-8")
    assert _fuzz._created_ids(har) == ["g1", "g2"]
    assert _fuzz._created_ids(tmp_path / "missing.har") == []


# -- the pytest fixtures of the clients --------------------------------------------------


def test_guardrails_client_fixture(
    guardrails_client: OpenRouter,
    guardrails_fake: GuardrailsFake,
    guardrails_clock: VirtualClock,
) -> None:
    """guardrails_client reaches the fake as its management key; retries wait on the clock."""
    created = guardrails_client.guardrails.create(name="from the fixture").data
    assert guardrails_fake.guardrails[0]["id"] == created.id
    guardrails_fake.faults.add("GET /guardrails", status=503, retry_after=30)
    assert guardrails_client.guardrails.list().total_count == 1
    assert guardrails_clock.sleeps == [30.0]
    assert guardrails_fake.requests[-1].headers["authorization"] == (
        f"Bearer {DEFAULT_MANAGEMENT_KEY}"
    )
    assert asyncio.run(guardrails_client.guardrails.get_async(id=created.id)).data.id == created.id


def test_guardrails_async_client_fixture(
    guardrails_async_client: AsyncOpenRouter,
    guardrails_fake: GuardrailsFake,
    guardrails_clock: VirtualClock,
) -> None:
    """guardrails_async_client reaches the same fake; its retries wait on the clock too."""
    guardrails_fake.add_guardrail(name="seen by async")
    guardrails_fake.faults.add("GET /guardrails", status=429, retry_after=7)

    async def names() -> list[str]:
        page = await guardrails_async_client.guardrails.list()
        return [g.name async for g in page]

    assert asyncio.run(names()) == ["seen by async"]
    assert guardrails_clock.sleeps == [7.0]


# -- the README ----------------------------------------------------------------------------


def test_readme_in_process_example_runs() -> None:
    """The README's example of the fake in process runs as written."""
    exec(compile(readme_example("in-process"), "README.md:in-process", "exec"), {})


def test_readme_fixtures_example_runs(
    guardrails_client: OpenRouter, guardrails_fake: GuardrailsFake
) -> None:
    """The README's pytest example passes when given the plugin's fixtures."""
    namespace: dict[str, Any] = {}
    exec(compile(readme_example("fixtures"), "README.md:fixtures", "exec"), namespace)
    namespace["test_add_team_limit"](guardrails_client, guardrails_fake)


def test_readme_faults_example_runs() -> None:
    """The README's fault injection example runs as written, without sleeping."""
    exec(compile(readme_example("faults"), "README.md:faults", "exec"), {})


def test_readme_lists_every_check() -> None:
    """The README's table of checks names exactly the suite's checks, in order."""
    section = README.split("<!-- conformance-checks:", 1)[1].split("\n\n", 2)[1]
    names = re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.MULTILINE)
    assert names == list(CONFORMANCE_CHECKS)


# -- outcomes --------------------------------------------------------------------------


def test_a_run_that_cannot_run_says_so_and_runs_no_check(tmp_path: Path) -> None:
    """A key that is not a management key: the preflight says so, no check runs, the outcome
    is "could not run" (exit status 3), and the JUnit report has it as an error."""
    fake = GuardrailsFake()
    lines: list[str] = []
    report = run_conformance(
        BASE_URL, DEFAULT_API_KEY, transport=FakeTransport(fake), on_preflight=lines.append
    )
    assert lines == [report.preflight]
    assert report.preflight.startswith("preflight: could not run: the key is not a management")
    assert report.checks == ()
    assert (report.ok, report.outcome, report.exit_code) == (False, "could not run", 3)
    assert report.summary().startswith("could not run: ")
    assert len(fake.requests) == 1
    suite = ET.parse(report.write(tmp_path / "r.xml")).getroot().find("testsuite")
    assert suite is not None and suite.get("errors") == "1"
    assert json.loads(report.to_json())["outcome"] == "could not run"


def test_a_differential_check_cut_short_by_its_time_cap_is_incomplete(tmp_path: Path) -> None:
    """A time cap that stops the differential search before its sequences are spent makes
    the check and the run "incomplete" (exit status 4), never "conforms": in the text, the
    summary, JSON and JUnit (an error) reports."""
    fake = GuardrailsFake()
    report = run_conformance(
        BASE_URL,
        DEFAULT_MANAGEMENT_KEY,
        transport=FakeTransport(fake),
        only=["crud_round_trip", "differential"],
        differential_max_time=0.0,
    )
    check = report.check("differential")
    assert check.status == "incomplete" and not check.passed and not check.failed
    assert "cut short by the time cap of 0 s before its 60 sequences" in (check.reason or "")
    assert (report.ok, report.outcome, report.exit_code) == (False, "incomplete", 4)
    assert report.incomplete == [check] and report.check("crud_round_trip").passed
    assert "INCOMPLETE  differential" in report.to_text()
    assert report.summary().startswith("1 passed, 0 failed, 0 skipped, 1 incomplete in ")
    assert json.loads(report.to_json())["outcome"] == "incomplete"
    suite = ET.parse(report.write(tmp_path / "r.xml")).getroot().find("testsuite")
    assert suite is not None and suite.get("errors") == "1" and suite.get("failures") == "0"
    assert fake.guardrails == []


def test_a_difference_found_before_the_time_cap_is_a_failure_not_incomplete() -> None:
    """A difference found within the cap fails the check, however little time was left to
    shrink it."""
    fake = DefectiveFake(defects={"updated_at_not_set"})
    report = run_conformance(
        BASE_URL,
        DEFAULT_MANAGEMENT_KEY,
        transport=FakeTransport(fake),
        only=["differential"],
        differential_max_time=600.0,
    )
    assert report.outcome == "does not conform" and report.check("differential").failed


def test_a_response_body_is_judged_the_same_every_time_it_is_met() -> None:
    """The contract's judgement of a body is remembered: asked again, it is the same (and a
    copy the caller may change); a body JSON cannot hold (NaN) is judged anew each time."""
    from openrouter_guardrails_api import names as N

    from openrouter_guardrails.testing import Contract

    contract = Contract.load()
    op = N.OperationId.GET_GUARDRAIL
    broken = {"data": {"id": 3}}
    first = contract.response_errors(op, 200, broken)
    assert first and contract.response_errors(op, 200, broken) == first
    first.clear()
    assert contract.response_errors(op, 200, broken) != []
    nan = {"data": {"id": "g1", "limit_usd": float("nan")}}
    assert contract.response_errors(op, 200, nan) == contract.response_errors(op, 200, nan)
    assert contract.response_errors(op, 999, broken) == [
        f"{op} documents no response for status 999"
    ]


@pytest.mark.parametrize(
    ("fault", "expected", "actual"),
    [
        ({"status": 409}, "POST https://openrouter.test/api/v1/guardrails to succeed", "409"),
        ({"kind": "refuse"}, "a response", "connect"),
        (
            {"kind": "non_json", "status": 201, "body": "[]", "content_type": "application/json"},
            "POST https://openrouter.test/api/v1/guardrails to succeed",
            "breaks the contract",
        ),
    ],
)
def test_a_check_that_cannot_go_on_fails_with_what_stopped_it(
    fault: dict[str, Any], expected: str, actual: str
) -> None:
    """A check stopped by an error answer, no answer, or an answer it cannot read fails
    (never a traceback), saying what it expected and what happened; the run goes on."""
    fake = GuardrailsFake()
    fake.faults.add("POST /guardrails", **fault)
    report = run_in_process(fake, only=["crud_round_trip", "not_found"])
    check = report.check("crud_round_trip")
    assert check.failed, report.to_text()
    (failure,) = check.failures
    assert failure.expected == expected
    assert actual.lower() in failure.actual.lower()
    assert report.check("not_found").passed


def test_an_operation_the_fake_does_not_model_fails_the_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An operation of the contract the reference fake has no rule for (as after a
    regeneration that brought a new one) fails contract_modelled, naming it and what to
    write, and the fake answers it 501, naming it."""
    from openrouter_guardrails_api import names as N

    from openrouter_guardrails.testing import _fake

    unmodelled = N.OperationId.LIST_MEMBER_ASSIGNMENTS
    handlers = {k: v for k, v in _fake._HANDLERS.items() if k != unmodelled}
    monkeypatch.setattr(_fake, "_HANDLERS", handlers)
    fake = GuardrailsFake()
    report = run_in_process(fake, only=["contract_modelled", "not_found"])
    check = report.check("contract_modelled")
    assert check.failed and report.exit_code == 1
    (failure,) = check.failures
    assert f"operation {unmodelled} is in the contract but not modelled" in failure.actual
    assert "testing/_fake.py" in failure.actual
    with httpx.Client(transport=FakeTransport(fake), base_url=BASE_URL) as http:
        answer = http.get(
            "/guardrails/assignments/members",
            headers={"authorization": f"Bearer {DEFAULT_MANAGEMENT_KEY}"},
        )
    assert answer.status_code == 501
    assert unmodelled in answer.json()["error"]["message"]
