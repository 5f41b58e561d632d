"""The API key and the base URL: options or environment, and the key never printed, not on
success, not on any error, not in help, not in the debug log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import Cli, check_result
from click.testing import CliRunner

from openrouter_guardrails.cli import main
from openrouter_guardrails.testing import (
    DEFAULT_API_KEY,
    DEFAULT_MANAGEMENT_KEY,
    FakeServer,
    GuardrailsFake,
)

SECRET = "sk-or-v1-cli-secret-4f2a9c7e1b"
SUBPROCESS_TIMEOUT = 60


def test_environment_variables_configure_key_and_url(server: FakeServer, runner: CliRunner) -> None:
    """OPENROUTER_API_KEY and OPENROUTER_BASE_URL stand in for --api-key and --base-url."""
    made = server.fake.add_guardrail(name="Prod")
    env = {"OPENROUTER_API_KEY": DEFAULT_MANAGEMENT_KEY, "OPENROUTER_BASE_URL": server.base_url}
    result = runner.invoke(main, ["--json", "list"], env=env)
    check_result(result)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["data"] == [made]
    (request,) = server.fake.requests
    assert request.headers["authorization"] == f"Bearer {DEFAULT_MANAGEMENT_KEY}"


def test_no_api_key_is_a_usage_error(server: FakeServer, runner: CliRunner) -> None:
    """Without a key (option or environment) a command exits 2 and sends nothing."""
    result = runner.invoke(main, ["--base-url", server.base_url, "list"])
    check_result(result)
    assert result.exit_code == 2
    assert "no API key" in result.stderr
    assert "OPENROUTER_API_KEY" in result.stderr
    assert server.fake.requests == []


@pytest.mark.parametrize("url", ["not-a-url", "ftp://127.0.0.1/api/v1"])
def test_bad_base_url_is_a_usage_error(runner: CliRunner, url: str) -> None:
    """A base URL that is not http(s) exits 2 naming it, without printing the key."""
    result = runner.invoke(main, ["--base-url", url, "--api-key", SECRET, "get", "x"])
    check_result(result, [SECRET])
    assert result.exit_code == 2
    assert "must be an http(s) URL" in result.stderr


@pytest.mark.parametrize(
    ("key", "status", "message"),
    [
        ("sk-or-v1-not-a-known-key", "401", "Invalid API key"),
        (DEFAULT_API_KEY, "403", "Only management keys"),
    ],
    ids=["unknown-key", "inference-key"],
)
def test_rejected_key_exits_1_without_printing_it(
    cli: Cli, key: str, status: str, message: str
) -> None:
    """A key the server refuses is a server error (exit 1) whose output omits the key."""
    result = cli("get", "some-id", key=key)
    assert result.exit_code == 1
    assert status in result.stderr
    assert message in result.stderr
    assert key not in result.stdout + result.stderr


@pytest.mark.parametrize(
    "key",
    ["sk-or-v1-bad\nsecret-1234", "sk-or-v1-\u00e9t\u00e9-secret", "sk-or-v1-tab\tsecret", "   "],
    ids=["newline", "non-ascii", "tab", "blank"],
)
def test_key_a_header_cannot_carry_is_refused_unprinted(cli: Cli, key: str) -> None:
    """A key with control or non-ASCII characters exits 2 before sending, not quoting it."""
    result = cli("list", key=key)
    assert result.exit_code == 2, result.output
    assert "API key" in result.stderr
    for part in key.split():
        assert part not in result.output
    assert repr(key)[1:-1] not in result.output
    assert cli.fake.requests == []


def test_key_echoed_by_the_server_is_redacted(cli: Cli) -> None:
    """Even a server that quotes the key in its error message does not get it printed."""
    body = json.dumps({"error": {"code": 401, "message": f"Invalid key {DEFAULT_MANAGEMENT_KEY}"}})
    cli.fake.faults.add(
        "GET /guardrails/{id}",
        kind="non_json",
        status=401,
        body=body,
        content_type="application/json",
    )
    result = cli("get", "some-id")
    assert result.exit_code == 1
    assert "Invalid key <redacted>" in result.stderr


def test_key_never_printed_across_every_command(tmp_path: Path, runner: CliRunner) -> None:
    """Every command, succeeding or failing, prints nothing of a distinctive key."""
    fake = GuardrailsFake(management_keys=[SECRET])
    with FakeServer(fake, host="127.0.0.1", port=0) as server:
        gid = fake.add_guardrail(name="Prod")["id"]
        backup = tmp_path / "backup.json"
        runs = [
            ["list"],
            ["--json", "list"],
            ["get", gid],
            ["get", "missing"],
            ["create", "--name", "New", "--limit-usd", "5"],
            ["create", "--name", ""],
            ["create", "--name", "x", "--reset-interval", "yearly"],
            ["update", gid, "--clear", "description"],
            ["update", gid],
            ["update", gid, "--clear", "name"],
            ["keys", "assign", gid, "k1", "k2"],
            ["keys", "list", gid],
            ["keys", "unassign", gid, "k1"],
            ["members", "assign", gid, "u1"],
            ["members", "list", gid],
            ["members", "unassign", "missing", "u1"],
            ["assignments", "keys"],
            ["assignments", "members"],
            ["export", "-o", str(backup)],
            ["apply", str(backup)],
            ["plan", str(backup), "--json"],
            ["apply", str(tmp_path)],
            ["list", "--json", "--page-size", "0"],
            ["delete", "missing", "--yes"],
            ["delete", gid, "--yes"],
            ["--help"],
            ["list", "--help"],
        ]
        statuses = set()
        for args in runs:
            result = runner.invoke(
                main, ["--base-url", server.base_url, *args], env={"OPENROUTER_API_KEY": SECRET}
            )
            check_result(result, [SECRET])
            statuses.add(result.exit_code)
        assert statuses == {0, 1, 2}
        assert len(fake.requests) > 10
    fake.close()


def test_help_does_not_show_the_key_from_the_environment(runner: CliRunner) -> None:
    """`--help` names the OPENROUTER_API_KEY variable but never shows its value."""
    result = runner.invoke(main, ["--help"], env={"OPENROUTER_API_KEY": SECRET})
    check_result(result, [SECRET])
    assert result.exit_code == 0
    assert "OPENROUTER_API_KEY" in result.stdout


def test_debug_log_omits_the_key(server: FakeServer) -> None:
    """With OPENROUTER_LOG=debug the SDK logs the requests on stderr, without the key."""
    env = {
        **os.environ,
        "OPENROUTER_API_KEY": DEFAULT_MANAGEMENT_KEY,
        "OPENROUTER_BASE_URL": server.base_url,
        "OPENROUTER_LOG": "debug",
    }
    completed = subprocess.run(
        [sys.executable, "-m", "openrouter_guardrails", "get", "missing-id"],
        env=env,
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
    )
    assert completed.returncode == 1
    assert "Guardrail 'missing-id' not found" in completed.stderr
    assert "openrouter_guardrails" in completed.stderr  # the log lines are there
    assert DEFAULT_MANAGEMENT_KEY not in completed.stdout + completed.stderr
    assert "Traceback" not in completed.stderr
