"""``openrouter-guardrails contract-test``: the conformance suite from the command line,
against the fake over real HTTP on 127.0.0.1: the report as it prints, the exit statuses,
the report files, the options, and ``--fuzz``."""

from __future__ import annotations

import json
import os
import re
import socket
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import check_result
from click.testing import CliRunner, Result

from openrouter_guardrails import OpenRouter
from openrouter_guardrails.cli import main
from openrouter_guardrails.testing import (
    CONFORMANCE_CHECKS,
    DEFAULT_API_KEY,
    DEFAULT_MANAGEMENT_KEY,
    DefectiveFake,
    FakeServer,
    _conformance,
)

KEYS = (DEFAULT_MANAGEMENT_KEY, DEFAULT_API_KEY)


#: A small differential budget, bounded by count (later options override these).
BUDGET = (
    "--differential-max-examples",
    "5",
    "--differential-shrink-examples",
    "0",
    "--save-replay",
    os.devnull,
)


def contract_test(runner: CliRunner, server: FakeServer | str, *args: str) -> Result:
    """Run ``contract-test`` against ``server`` (or a base URL) as the management key, with
    a small differential budget; no key printed."""
    url = server if isinstance(server, str) else server.base_url
    result = runner.invoke(
        main,
        ["contract-test", "--base-url", url, "--api-key", DEFAULT_MANAGEMENT_KEY, *BUDGET, *args],
    )
    check_result(result, KEYS)
    return result


@pytest.fixture
def broken_server() -> Iterator[FakeServer]:
    """A fake that loses updates, over HTTP on 127.0.0.1, stopped after the test."""
    with FakeServer(DefectiveFake(defects={"lost_update"}), host="127.0.0.1", port=0) as running:
        yield running


def test_passes_against_the_fake(runner: CliRunner, server: FakeServer, tmp_path: Path) -> None:
    """Every check passes on the fake: exit 0, a line per check, a JUnit report on request."""
    report = tmp_path / "conformance.xml"
    result = contract_test(
        runner, server, "--non-management-key", DEFAULT_API_KEY, "--report", str(report)
    )
    assert result.exit_code == 0, result.output
    assert f"Conformance of {server.base_url} to the Guardrails API" in result.stdout
    assert "preflight: GET " in result.stdout.splitlines()[1]
    for name in CONFORMANCE_CHECKS:
        status = "SKIP" if name in ("fuzz", "default_guardrail") else "PASS"
        assert re.search(rf"^{status}  {name} ", result.stdout, re.MULTILINE), name
    passed = len(CONFORMANCE_CHECKS) - 2
    assert re.search(rf"^{passed} passed, 0 failed, 2 skipped in [\d.]+ s$", result.stdout, re.M)
    assert f"report written to {report}" in result.stdout
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None and suite.get("failures") == "0"
    assert suite.get("tests") == str(len(CONFORMANCE_CHECKS))
    assert server.fake.guardrails == []


def test_a_failing_check_exits_1_with_its_evidence(
    runner: CliRunner, broken_server: FakeServer, tmp_path: Path
) -> None:
    """A broken server fails its check: exit 1, what was expected, the request and response;
    the JSON report holds the same."""
    report = tmp_path / "conformance.json"
    result = contract_test(runner, broken_server, "--report", str(report))
    assert result.exit_code == 1, result.output
    block = result.stdout.split("FAIL  crud_round_trip", 1)[1].split("\nPASS", 1)[0]
    assert "expected: get after an update answers the updated guardrail" in block
    assert "got:      name: " in block
    assert f"request:  GET {broken_server.base_url}/guardrails/" in block
    assert "response: 200 {" in block
    data = json.loads(report.read_text(encoding="utf-8"))
    checks = {c["name"]: c for c in data["checks"]}
    assert checks["crud_round_trip"]["status"] == "fail"
    assert data["ok"] is False
    assert broken_server.fake.guardrails == []


def test_only_runs_the_named_checks(runner: CliRunner, server: FakeServer) -> None:
    """--only (repeated or comma-separated) runs just those checks, in the suite's order."""
    result = contract_test(runner, server, "--only", "not_found,auth_required", "--only", "fuzz")
    assert result.exit_code == 0, result.output
    ran = re.findall(r"^(?:PASS|FAIL|SKIP)  (\w+)", result.stdout, re.MULTILINE)
    assert ran == ["not_found", "auth_required", "fuzz"]


def test_unknown_check_is_a_usage_error(runner: CliRunner, server: FakeServer) -> None:
    """--only with a name that is no check exits 2, listing the checks; nothing is sent."""
    result = contract_test(runner, server, "--only", "pagnation")
    assert result.exit_code == 2
    assert "pagnation" in result.stderr and "crud_round_trip" in result.stderr
    assert server.fake.requests == []


def test_list_checks(runner: CliRunner) -> None:
    """--list-checks prints every check with what it proves, and needs no server."""
    result = runner.invoke(main, ["contract-test", "--list-checks"])
    check_result(result, KEYS)
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.stdout.splitlines()]
    assert names == list(CONFORMANCE_CHECKS)


def test_url_and_key_are_required(runner: CliRunner) -> None:
    """Without a base URL, or without a key, it is a usage error (exit 2)."""
    no_url = runner.invoke(main, ["contract-test", "--api-key", DEFAULT_MANAGEMENT_KEY])
    no_key = runner.invoke(main, ["contract-test", "--base-url", "http://127.0.0.1:9/api/v1"])
    for result, word in ((no_url, "--base-url"), (no_key, "--api-key")):
        check_result(result, KEYS)
        assert result.exit_code == 2 and word in result.stderr


def test_group_options_give_the_url_and_key(runner: CliRunner, server: FakeServer) -> None:
    """The group's --base-url and --api-key serve contract-test too."""
    result = runner.invoke(
        main,
        [
            "--base-url",
            server.base_url,
            "--api-key",
            DEFAULT_MANAGEMENT_KEY,
            "contract-test",
            "--only",
            "not_found",
        ],
    )
    check_result(result, KEYS)
    assert result.exit_code == 0, result.output
    assert "PASS  not_found" in result.stdout


def test_report_suffix_is_checked_before_running(
    runner: CliRunner, server: FakeServer, tmp_path: Path
) -> None:
    """A --report that is neither .xml nor .json exits 2 before any request."""
    result = contract_test(runner, server, "--report", str(tmp_path / "report.txt"))
    assert result.exit_code == 2
    assert ".xml" in result.stderr and ".json" in result.stderr
    assert server.fake.requests == []


def test_non_management_key_runs_the_403_check(runner: CliRunner, server: FakeServer) -> None:
    """With --non-management-key the 403 check runs and passes; without it, it is skipped."""
    without = contract_test(runner, server, "--only", "management_key_required")
    given = contract_test(
        runner,
        server,
        "--only",
        "management_key_required",
        "--non-management-key",
        DEFAULT_API_KEY,
    )
    assert "SKIP  management_key_required" in without.stdout
    assert "--non-management-key" in without.stdout
    assert given.exit_code == 0 and "PASS  management_key_required" in given.stdout


@pytest.mark.usefixtures("unmeasured_subprocesses")
def test_fuzz_passes_against_the_fake_and_leaves_what_was_there_before(
    runner: CliRunner, server: FakeServer, tmp_path: Path
) -> None:
    """--fuzz runs Schemathesis (seed pinned, small budget): it passes on
    the fake, the guardrails it created are gone afterwards, and it never updates, deletes
    or unassigns what existed before the run."""
    fake = server.fake
    mine = fake.add_guardrail(name="mine", limit_usd=5)
    with OpenRouter(api_key=DEFAULT_MANAGEMENT_KEY, server_url=server.base_url) as client:
        client.guardrails.bulk_assign_keys(id=mine["id"], key_hashes=["keep-this-hash"])
        client.guardrails.bulk_assign_members(id=mine["id"], member_user_ids=["user_keep"])
    before = (fake.guardrails, fake.key_assignments, fake.member_assignments)
    setup = len(fake.requests)
    report = tmp_path / "fuzz.json"
    result = contract_test(
        runner,
        server,
        *("--only", "fuzz", "--fuzz", "--fuzz-max-examples", "1", "--report", str(report)),
    )
    assert result.exit_code == 0, result.output
    assert re.search(r"^PASS  fuzz ", result.stdout, re.MULTILINE)
    assert re.search(r"^      \d+ cases, seed 20260708, 0 problem\(s\)$", result.stdout, re.M)
    fuzz = {c["name"]: c for c in json.loads(report.read_text(encoding="utf-8"))["checks"]}
    assert fuzz["fuzz"]["status"] == "pass"
    assert len(fake.requests) - setup > 100
    touched = [
        (r.method, r.path, r.status)
        for r in fake.requests[setup:]
        if mine["id"] in r.path and r.method != "GET" and r.status is not None and r.status < 400
    ]
    assert touched == []
    assert (fake.guardrails, fake.key_assignments, fake.member_assignments) == before


def test_fuzz_without_schemathesis_is_a_clear_usage_error(
    runner: CliRunner, server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the fuzz extra, --fuzz exits 2 saying what to install; nothing is sent."""
    monkeypatch.setattr(_conformance, "schemathesis_available", lambda: False)
    result = contract_test(runner, server, "--fuzz")
    assert result.exit_code == 2
    assert "pip install 'openrouter-guardrails[fuzz]'" in result.stderr
    assert server.fake.requests == []


# -- outcomes, the differential check and its replay -------------------------------------


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_could_not_run_exits_3_after_a_one_line_preflight(
    runner: CliRunner, server: FakeServer
) -> None:
    """An unreachable target, a rejected key and a key that is not a management key each
    exit 3 with one preflight line saying which; no check runs."""
    unreachable = contract_test(runner, f"http://127.0.0.1:{free_port()}/api/v1")
    rejected = runner.invoke(
        main, ["contract-test", "--base-url", server.base_url, "--api-key", "sk-or-v1-nope"]
    )
    not_management = runner.invoke(
        main, ["contract-test", "--base-url", server.base_url, "--api-key", DEFAULT_API_KEY]
    )
    for result, why in (
        (unreachable, "cannot reach"),
        (rejected, "the key was rejected (401)"),
        (not_management, "the key is not a management key (403)"),
    ):
        check_result(result, KEYS)
        assert result.exit_code == 3, result.output
        (line,) = [x for x in result.stdout.splitlines() if x.startswith("preflight:")]
        assert line.startswith("preflight: could not run: ") and why in line
        assert not re.search(r"^(PASS|FAIL|SKIP)  ", result.stdout, re.MULTILINE)
        assert "could not run: " in result.stdout.splitlines()[-1]
    assert server.fake.guardrails == []


def test_a_difference_is_saved_and_replays(runner: CliRunner, tmp_path: Path) -> None:
    """The differential check reports a difference with each step's two answers and saves
    its script; --replay runs it again: exit 1 against the defective server, 0 once fixed."""
    script = tmp_path / "replay.json"
    with FakeServer(
        DefectiveFake(defects={"updated_at_not_set"}), host="127.0.0.1", port=0
    ) as broken:
        found = contract_test(
            runner,
            broken,
            "--only",
            "differential",
            "--differential-max-examples",
            "30",
            "--differential-shrink-examples",
            "10",
            "--save-replay",
            str(script),
        )
        assert found.exit_code == 1, found.output
        assert "FAIL  differential" in found.stdout
        assert "target: 200" in found.stdout and "model:  200" in found.stdout
        assert f"replay script saved to {script}" in found.stdout
        saved = json.loads(script.read_text(encoding="utf-8"))
        assert saved["difference"] and saved["steps"] and saved["transcript"]
        again = contract_test(runner, broken, "--replay", str(script))
        assert again.exit_code == 1, again.output
        assert saved["difference"].split(",")[0] in again.stdout
        assert broken.fake.guardrails == []
    with FakeServer(host="127.0.0.1", port=0) as fixed:
        fixed_run = contract_test(runner, fixed, "--replay", str(script))
    assert fixed_run.exit_code == 0, fixed_run.output
    assert "PASS  differential" in fixed_run.stdout


def test_replay_of_a_file_that_is_not_a_script_is_a_usage_error(
    runner: CliRunner, server: FakeServer, tmp_path: Path
) -> None:
    """--replay with a file that is not a replay script exits 2 naming the problem."""
    bad = tmp_path / "bad.json"
    bad.write_text('{"steps": []}', encoding="utf-8")
    result = contract_test(runner, server, "--replay", str(bad))
    assert result.exit_code == 2
    assert "not a replay script" in result.stderr
    assert server.fake.requests == []


def test_default_guardrail_id_runs_its_check(runner: CliRunner, server: FakeServer) -> None:
    """With --default-guardrail-id the workspace default guardrail's rules are checked (and
    it is left unconfigured after); without it the check is skipped, naming the option."""
    without = contract_test(runner, server, "--only", "default_guardrail")
    given = contract_test(
        runner,
        server,
        "--only",
        "default_guardrail",
        "--default-guardrail-id",
        server.fake.default_guardrail_id(),
    )
    assert (
        "SKIP  default_guardrail" in without.stdout and "--default-guardrail-id" in without.stdout
    )
    assert given.exit_code == 0, given.output
    assert "PASS  default_guardrail" in given.stdout
    assert server.fake.guardrails == []


def test_a_run_cut_short_by_its_time_cap_exits_4(runner: CliRunner, server: FakeServer) -> None:
    """--differential-max-time that stops the search before its sequences are spent: the
    check is INCOMPLETE and the command exits 4, not 0."""
    result = contract_test(runner, server, "--only", "differential", "--differential-max-time", "0")
    assert result.exit_code == 4, result.output
    assert re.search(r"^INCOMPLETE  differential ", result.stdout, re.MULTILINE)
    assert "incomplete: " in result.stdout and "1 incomplete in " in result.stdout
