"""The command line as a new user meets it: help texts that name what to type, messages that
name the command line's options (not the Python arguments), and no traceback on a report
path that cannot be written."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from openrouter_guardrails.cli import main
from openrouter_guardrails.cli._commands import State
from openrouter_guardrails.testing import DEFAULT_MANAGEMENT_KEY, FakeServer, GuardrailsFake

SECRET = "sk-or-v1-usability-secret"


@pytest.fixture
def server() -> Iterator[FakeServer]:
    """A fresh fake API over HTTP on 127.0.0.1 (a free port), stopped after the test."""
    with FakeServer(GuardrailsFake(), host="127.0.0.1", port=0) as running:
        yield running


def run(*args: str, env: dict[str, str | None] | None = None) -> Result:
    """``openrouter-guardrails ARGS`` in process, without the caller's key or URL."""
    base_env: dict[str, str | None] = {"OPENROUTER_API_KEY": None, "OPENROUTER_BASE_URL": None}
    result = CliRunner().invoke(main, list(args), env={**base_env, **(env or {})})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"uncaught {result.exception!r}\n{result.output}")
    for key in (SECRET, DEFAULT_MANAGEMENT_KEY):
        assert key not in result.output
    return result


def test_assignment_help_spells_key_hashes() -> None:
    """The keys commands' help says "key hashes" and names the arguments KEY_HASH."""
    for verb in ("assign", "unassign"):
        text = run("keys", verb, "--help").output
        assert "key hashes" in text
        assert "hashs" not in text
        assert "[KEY_HASH]..." in text
    assert "[USER_ID]..." in run("members", "assign", "--help").output


def test_assign_reports_in_plain_english(server: FakeServer) -> None:
    """Assigning keys reports "key hashes" (not "key hash(s)"), and one batch as "1 batch"."""
    gid = server.fake.add_guardrail(name="Prod")["id"]
    common = ("--base-url", server.base_url, "--api-key", DEFAULT_MANAGEMENT_KEY)
    result = run(*common, "keys", "assign", gid, "h1", "h2")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "assigned 2 of 2 key hashes in 1 batch"
    result = run(*common, "members", "assign", gid, "u1", "--batch-size", "1")
    assert result.output.strip() == "assigned 1 of 1 member user id in 1 batch"


def test_option_help_is_never_blank() -> None:
    """Every option of every command has a help text."""

    def commands(group: click.Group, path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        for name, command in group.commands.items():
            if isinstance(command, click.Group):
                yield from commands(command, (*path, name))
            else:
                yield (*path, name)

    for path in commands(main, ()):
        text = run(*path, "--help").output
        options = text.split("Options:", 1)[1]
        for line in options.splitlines():
            stripped = line.strip()
            # An option's line is indented by two; its help's wrapped lines by more.
            if line.startswith("  -") and "  " not in stripped:
                # The option's name fills the line: its help must follow on the next one.
                following = options.split(line, 1)[1].splitlines()[1]
                assert following.startswith(" " * 10), (path, stripped)


def test_field_help_names_values_and_replacements() -> None:
    """--reset-interval lists its values; --enforce-zdr names the options replacing it;
    --clear lists the fields it can clear."""
    create = " ".join(run("create", "--help").output.split())
    assert "daily, weekly, monthly" in create
    assert "--enforce-zdr-openai" in create.split("--enforce-zdr [true|false]", 1)[1]
    update = " ".join(run("update", "--help").output.split())
    clear_help = update.split("--clear FIELD", 1)[1].split("--allowed-models", 1)[0]
    assert "description" in clear_help
    assert "limit_usd" in clear_help


def test_missing_key_names_the_option(server: FakeServer) -> None:
    """Without a key the command line says --api-key, not the Python argument api_key=."""
    result = run("--base-url", server.base_url, "list")
    assert result.exit_code == 2
    assert "--api-key" in result.output
    assert "api_key=" not in result.output


def test_insecure_http_names_the_flag() -> None:
    """A plain-http remote URL is refused with the command line's flag, in both places."""
    url = "http://guardrails.example/api/v1"
    for args in (
        ("--base-url", url, "--api-key", SECRET, "list"),
        ("contract-test", "--base-url", url, "--api-key", SECRET),
    ):
        result = run(*args)
        assert result.exit_code == 2, result.output
        assert "--allow-insecure-http" in result.output
        assert "allow_insecure_http=True" not in result.output


def test_group_allows_insecure_http() -> None:
    """The group's --allow-insecure-http lets a client be made for a plain-http remote URL."""
    result = run("--allow-insecure-http", "--help")
    assert result.exit_code == 0
    with click.Context(main):
        state = State(
            SECRET, "http://guardrails.example/api/v1", False, None, allow_insecure_http=True
        )
        client = state.client()
        assert "guardrails.example" in repr(client)
        client.close()


def test_contract_test_report_in_missing_folder(server: FakeServer, tmp_path: Path) -> None:
    """A --report path in a folder that does not exist is a usage error before any check."""
    report = tmp_path / "missing" / "x.xml"
    result = run(
        "contract-test",
        "--base-url",
        server.base_url,
        "--api-key",
        DEFAULT_MANAGEMENT_KEY,
        "--only",
        "auth_required",
        "--report",
        str(report),
    )
    assert result.exit_code == 2, result.output
    assert "--report" in result.output
    assert server.fake.requests == []


def test_contract_test_never_prints_the_key() -> None:
    """A usage error of contract-test that would quote the key prints it redacted."""
    result = run("contract-test", "--base-url", SECRET, "--api-key", SECRET)
    assert result.exit_code == 2
    assert "<redacted>" in result.output


@pytest.mark.parametrize("command", [("demo",), ("mock-server", "--port", "0")])
def test_missing_testing_extra_is_a_message(
    monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    """Without the 'testing' extra, demo and mock-server say what to install (exit 2)."""

    def never_serve(**_: object) -> None:
        raise AssertionError("the fake was served without the testing extra")

    monkeypatch.setattr("openrouter_guardrails.testing.serve", never_serve, raising=False)
    monkeypatch.delitem(sys.modules, "openrouter_guardrails.testing._contract")
    monkeypatch.setitem(sys.modules, "jsonschema", None)
    result = run(*command)
    assert result.exit_code == 2, result.output
    assert "pip install 'openrouter-guardrails[testing]'" in result.output


def test_an_operation_no_command_calls_gets_a_command_from_the_contract(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An operation of the generated table that no handwritten command calls (one the
    contract gained) gets a command named after it: its path parameters as arguments, its
    query parameters as options, its answer printed as JSON."""
    from openrouter_guardrails_api import names as N
    from openrouter_guardrails_api.sdk import OPERATIONS

    from openrouter_guardrails.cli import _generic

    (operation,) = [
        op
        for op in OPERATIONS.values()
        if op.operation_id == N.OperationId.LIST_GUARDRAIL_KEY_ASSIGNMENTS
    ]
    monkeypatch.setattr(_generic, "COVERED", _generic.COVERED - {operation.operation_id})
    group = click.Group("scratch")
    assert _generic.add_commands(group, [operation]) == [operation.name.replace("_", "-")]
    command = group.commands[operation.name.replace("_", "-")]
    assert operation.operation_id in (command.help or "")
    guardrail = server.fake.add_guardrail(name="g")
    result = CliRunner().invoke(
        command,
        [guardrail["id"], "--limit", "5"],
        obj=State(DEFAULT_MANAGEMENT_KEY, server.base_url, as_json=True, timeout=None),
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"data": [], "total_count": 0}
    assert server.fake.requests[-1].query["limit"] == ["5"]


def test_every_operation_has_a_command() -> None:
    """Every operation of the generated table is called by a handwritten command or has one
    made from the contract."""
    from openrouter_guardrails_api.sdk import OPERATIONS

    from openrouter_guardrails.cli import _generic

    uncovered = [op.name for op in OPERATIONS.values() if op.operation_id not in _generic.COVERED]
    assert all(name.replace("_", "-") in main.commands for name in uncovered)
    assert {op.operation_id for op in OPERATIONS.values()} == _generic.COVERED
