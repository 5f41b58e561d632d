"""``list``, ``get``, ``create``, ``update`` and ``delete`` against the fake over HTTP: output
shapes, exit statuses, and bad input refused with nothing sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import Cli, unchanged

from openrouter_guardrails.testing import DEFAULT_WORKSPACE_ID

OTHER_WORKSPACE = "11111111-2222-4333-8444-555555555555"


def file_error(result_stderr: str, *needles: str) -> None:
    """A refused input file is reported in one line that names the problem."""
    assert result_stderr.startswith("error: ")
    assert len(result_stderr.strip().splitlines()) == 1, result_stderr
    for needle in needles:
        assert needle in result_stderr, result_stderr


def usage_error(result_stderr: str, *needles: str) -> None:
    """The stderr of a usage error names the problem."""
    assert "Usage:" in result_stderr
    for needle in needles:
        assert needle in result_stderr, result_stderr


# --------------------------------------------------------------------------- list


def test_list_empty_prints_none_and_empty_json(cli: Cli) -> None:
    """An empty account lists as '(none)', and as {"data": [], "total_count": 0, "workspaces":
    [null]} in JSON (null: the default workspace)."""
    result = cli("list")
    assert result.exit_code == 0
    assert result.stdout == "(none)\n"
    assert result.stderr == "0 guardrails in workspace: default\n"
    assert cli.json("list") == {"data": [], "total_count": 0, "workspaces": [None]}


def test_list_json_is_every_guardrail_across_pages(cli: Cli) -> None:
    """`list --json` follows every page and prints {"data": [...], "total_count": N}."""
    made = [cli.create(f"team-{i:02d}", limit_usd=float(i)) for i in range(23)]
    before = len(cli.fake.requests)
    listed = cli.json("list", "--page-size", "10")
    assert listed == {"data": made, "total_count": 23, "workspaces": [None]}
    assert len(cli.fake.requests) - before == 3


def test_list_table_has_a_header_and_one_row_per_guardrail(cli: Cli) -> None:
    """The table shows the id, name, limit, interval and workspace of each guardrail."""
    first = cli.create("Prod", limit_usd=12.5, reset_interval="monthly")
    second = cli.create("Dev")
    result = cli("list")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "NAME", "LIMIT_USD", "RESET_INTERVAL", "WORKSPACE_ID"]
    assert lines[1].split() == [first["id"], "Prod", "12.5", "monthly", DEFAULT_WORKSPACE_ID]
    assert lines[2].split() == [second["id"], "Dev", "-", "-", DEFAULT_WORKSPACE_ID]
    assert len(lines) == 3


def test_list_workspace_id_filters(cli: Cli) -> None:
    """`list --workspace-id W` lists only that workspace's guardrails; repeated, each of
    them in turn, and the output names the workspaces covered."""
    first = cli.create("default one")
    other = cli.create("other one", workspace_id=OTHER_WORKSPACE)
    listed = cli.json("list", "--workspace-id", OTHER_WORKSPACE)
    assert listed == {"data": [other], "total_count": 1, "workspaces": [OTHER_WORKSPACE]}
    both = cli.json(
        "list", "--workspace-id", OTHER_WORKSPACE, "--workspace-id", DEFAULT_WORKSPACE_ID
    )
    assert both == {
        "data": [other, first],
        "total_count": 2,
        "workspaces": [OTHER_WORKSPACE, DEFAULT_WORKSPACE_ID],
    }
    table = cli("list", "--workspace-id", OTHER_WORKSPACE, "--workspace-id", DEFAULT_WORKSPACE_ID)
    assert table.stderr == (
        f"2 guardrails in workspaces: {OTHER_WORKSPACE}, {DEFAULT_WORKSPACE_ID}\n"
    )
    assert [line.split()[1] for line in table.stdout.splitlines()[1:]] == ["other", "default"]


def test_list_page_size_out_of_range_is_a_usage_error(cli: Cli) -> None:
    """`--page-size 0` exits 2 without a request."""
    result = cli("list", "--page-size", "0")
    assert result.exit_code == 2
    usage_error(result.stderr, "--page-size")
    assert cli.fake.requests == []


# --------------------------------------------------------------------------- get


def test_get_json_is_the_guardrail_object(cli: Cli) -> None:
    """`get --json ID` prints the guardrail object exactly as stored."""
    made = cli.create("Prod", description="d", allowed_providers=["openai", "anthropic"])
    assert cli.json("get", made["id"]) == made


def test_get_table_lists_each_field(cli: Cli) -> None:
    """`get ID` prints one 'field  value' line per field, lists joined by commas."""
    made = cli.create("Prod", allowed_providers=["openai", "anthropic"])
    result = cli("get", made["id"])
    assert result.exit_code == 0
    rows = {line.split()[0]: line.split()[1] for line in result.stdout.splitlines()}
    assert rows["name"] == "Prod"
    assert rows["id"] == made["id"]
    assert rows["allowed_providers"] == "openai,anthropic"
    assert rows["description"] == "-"
    assert set(rows) == set(made)


def test_get_unknown_id_exits_1_with_the_servers_message(cli: Cli) -> None:
    """An unknown id exits 1 and prints the server's 404 message on stderr only."""
    result = cli("get", "no-such-id")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "404" in result.stderr
    assert "Guardrail 'no-such-id' not found" in result.stderr
    assert result.stderr.startswith("error: ")


def test_get_without_id_is_a_usage_error(cli: Cli) -> None:
    """`get` without its id argument exits 2 and sends nothing."""
    result = cli("get")
    assert result.exit_code == 2
    usage_error(result.stderr, "Missing argument", "GUARDRAIL_ID")
    assert cli.fake.requests == []


# --------------------------------------------------------------------------- create


def test_create_from_options_sends_only_those_fields(cli: Cli) -> None:
    """Options of every kind become one request with just those fields, typed from the contract."""
    created = cli.json(
        "create",
        "--name",
        "Prod",
        "--limit-usd",
        "100",
        "--reset-interval",
        "monthly",
        "--allowed-providers",
        "openai",
        "--allowed-providers",
        "anthropic,deepseek",
        "--enforce-zdr-openai",
        "true",
        "--enforce-zdr-google",
        "false",
        "--content-filters",
        '[{"action": "redact", "label": "[K]", "pattern": "sk-[a-z]+"}]',
    )
    (request,) = cli.fake.requests
    assert (request.method, request.route) == ("POST", "POST /guardrails")
    assert request.json() == {
        "name": "Prod",
        "limit_usd": 100.0,
        "reset_interval": "monthly",
        "allowed_providers": ["openai", "anthropic", "deepseek"],
        "enforce_zdr_openai": True,
        "enforce_zdr_google": False,
        "content_filters": [{"action": "redact", "label": "[K]", "pattern": "sk-[a-z]+"}],
    }
    assert cli.fake.guardrails == [created]
    assert created["description"] is None


def test_create_table_output_shows_the_new_guardrail(cli: Cli) -> None:
    """Without --json, create prints the new guardrail's fields."""
    result = cli("create", "--name", "Prod")
    assert result.exit_code == 0
    rows = dict(line.split(maxsplit=1) for line in result.stdout.splitlines())
    assert rows["id"] == cli.fake.guardrails[0]["id"]
    assert rows["name"] == "Prod"
    assert rows["description"] == "-"


def test_create_from_file_with_options_overriding(cli: Cli, tmp_path: Path) -> None:
    """`--from-file` supplies the fields; an option given as well wins over the file."""
    path = tmp_path / "guardrail.json"
    path.write_text(json.dumps({"name": "From file", "limit_usd": 5, "description": "kept"}))
    created = cli.json("create", "--from-file", str(path), "--limit-usd", "7.5")
    assert cli.fake.requests[0].json() == {
        "name": "From file",
        "limit_usd": 7.5,
        "description": "kept",
    }
    assert (created["name"], created["limit_usd"], created["description"]) == (
        "From file",
        7.5,
        "kept",
    )


def test_create_from_stdin(cli: Cli) -> None:
    """`--from-file -` reads the JSON object from standard input."""
    created = cli.json("create", "--from-file", "-", input='{"name": "piped", "limit_usd": 3}')
    assert (created["name"], created["limit_usd"]) == ("piped", 3)
    assert len(cli.fake.guardrails) == 1


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ('{"name": "x", "limit_usd": 1, "colour": "red"}', "unknown field(s)"),
        ('{"name": "x", ', "not valid JSON"),
        ('["name", "x"]', "must hold a JSON object"),
        ('{"name": "x", "limit_usd": NaN}', "NaN is not a JSON number"),
    ],
    ids=["unknown-field", "invalid-json", "not-an-object", "nan"],
)
def test_create_bad_file_is_refused_before_sending(
    cli: Cli, tmp_path: Path, content: str, needle: str
) -> None:
    """A file with an unknown field, invalid JSON or no object exits 2 and sends nothing."""
    path = tmp_path / "guardrail.json"
    path.write_text(content)
    before = unchanged(cli.fake)
    result = cli("create", "--from-file", str(path))
    assert result.exit_code == 2
    file_error(result.stderr, needle, "--from-file")
    if needle == "unknown field(s)":
        assert "colour" in result.stderr
    assert unchanged(cli.fake) == before
    assert cli.fake.requests == []


def test_create_missing_file_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    """A --from-file that does not exist exits 2 naming it, nothing sent."""
    result = cli("create", "--from-file", str(tmp_path / "absent.json"))
    assert result.exit_code == 2
    file_error(result.stderr, "cannot read", "absent.json")
    assert cli.fake.requests == []


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["--name", "x", "--limit-usd", "abc"], ["--limit-usd", "'abc' is not a valid float"]),
        (["--name", "x", "--limit-usd", "nan"], ["--limit-usd", "'nan' is not a finite number"]),
        (["--name", "x", "--limit-usd", "-inf"], ["--limit-usd", "'-inf' is not a finite number"]),
        (["--name", "x", "--enforce-zdr-openai", "maybe"], ["--enforce-zdr-openai", "maybe"]),
        (["--name", "x", "--content-filters", "[oops"], ["--content-filters", "not valid JSON"]),
        (["--limit-usd", "5"], ["--name is required"]),
        (["--limit-usd", "5", "--name", ""], ["name must not be empty"]),
        (["--name", "x" * 201], ["name"]),
        (["--name", "x", "--allowed-providers", ","], ["allowed_providers"]),
        (["--name", "x", "--colour", "red"], ["No such option", "--colour"]),
    ],
    ids=[
        "number",
        "nan",
        "infinity",
        "boolean",
        "json",
        "no-name",
        "empty-name",
        "long-name",
        "empty-list",
        "unknown-option",
    ],
)
def test_create_bad_arguments_exit_2_and_send_nothing(
    cli: Cli, args: list[str], needles: list[str]
) -> None:
    """Arguments click or the contract rejects exit 2 with a clear message; nothing is sent."""
    result = cli("create", *args)
    assert result.exit_code == 2, result.output
    usage_error(result.stderr, *needles)
    assert result.stdout == ""
    assert cli.fake.requests == []
    assert cli.fake.guardrails == []


def test_create_value_the_server_rejects_exits_1(cli: Cli) -> None:
    """An interval the server does not know is its 400, printed, exit 1; nothing stored."""
    result = cli("create", "--name", "x", "--reset-interval", "yearly")
    assert result.exit_code == 1
    assert "400" in result.stderr
    assert "yearly" in result.stderr
    assert cli.fake.guardrails == []


def test_create_server_failure_exits_1_with_its_message(cli: Cli) -> None:
    """A 500 on create (not retried) exits 1 and prints the status and message."""
    cli.fake.faults.add("POST /guardrails", status=500)
    result = cli("create", "--name", "x")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "500" in result.stderr
    assert len(cli.fake.requests) == 1


# --------------------------------------------------------------------------- update


def test_update_sends_only_the_given_fields(cli: Cli) -> None:
    """`update ID --limit-usd 50` sends {"limit_usd": 50} and leaves every other field as it was."""
    made = cli.create("Prod", description="keep me", limit_usd=100, allowed_providers=["openai"])
    updated = cli.json("update", made["id"], "--limit-usd", "50")
    (request,) = cli.fake.requests
    assert (request.method, request.json()) == ("PATCH", {"limit_usd": 50.0})
    (stored,) = cli.fake.guardrails
    assert updated == stored
    assert stored["limit_usd"] == 50.0
    unchanged_fields = {k: v for k, v in made.items() if k not in ("limit_usd", "updated_at")}
    assert {k: stored[k] for k in unchanged_fields} == unchanged_fields


def test_update_clear_description_sends_null_and_removes_it(cli: Cli) -> None:
    """`--clear description` sends null: the description is removed, the name stays."""
    made = cli.create("Prod", description="to remove", limit_usd=10, reset_interval="daily")
    result = cli("update", made["id"], "--clear", "description", "--clear", "reset-interval")
    assert result.exit_code == 0, result.output
    assert cli.fake.requests[0].json() == {"description": None, "reset_interval": None}
    (stored,) = cli.fake.guardrails
    assert stored["description"] is None
    assert stored["reset_interval"] is None
    assert (stored["name"], stored["limit_usd"]) == ("Prod", 10)


def test_update_nothing_to_change_is_a_usage_error(cli: Cli) -> None:
    """`update ID` with no field exits 2 and sends nothing."""
    made = cli.create()
    before = unchanged(cli.fake)
    result = cli("update", made["id"])
    assert result.exit_code == 2
    usage_error(result.stderr, "nothing to update")
    assert unchanged(cli.fake) == before


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["--clear", "name"], ["name cannot be cleared"]),
        (["--clear", "colour"], ["unknown field 'colour'"]),
        (["--description", "x", "--clear", "description"], ["both set and cleared"]),
        (["--name", ""], ["name must not be empty"]),
        (["--limit-usd", "abc"], ["'abc' is not a valid float"]),
        (["--limit-usd", "inf"], ["'inf' is not a finite number"]),
        (["--allowed-models", ""], ["allowed_models"]),
    ],
    ids=[
        "clear-name",
        "clear-unknown",
        "set-and-clear",
        "empty-name",
        "number",
        "infinity",
        "empty-list",
    ],
)
def test_update_bad_arguments_exit_2_and_change_nothing(
    cli: Cli, args: list[str], needles: list[str]
) -> None:
    """Refused update arguments exit 2 with the reason, and the guardrail is untouched."""
    made = cli.create("Prod", description="d")
    result = cli("update", made["id"], *args)
    assert result.exit_code == 2, result.output
    usage_error(result.stderr, *needles)
    assert cli.fake.requests == []
    assert cli.fake.guardrails == [made]


def test_update_without_id_is_a_usage_error(cli: Cli) -> None:
    """`update` with options but no id exits 2 and sends nothing."""
    result = cli("update", "--limit-usd", "5")
    assert result.exit_code == 2
    usage_error(result.stderr, "Missing argument")
    assert cli.fake.requests == []


def test_update_unknown_id_exits_1(cli: Cli) -> None:
    """Updating an id the server does not know exits 1 with its 404 message."""
    result = cli("update", "no-such-id", "--limit-usd", "5")
    assert result.exit_code == 1
    assert "Guardrail 'no-such-id' not found" in result.stderr


# --------------------------------------------------------------------------- delete


def test_delete_yes_json_shape_and_assignments_go(cli: Cli) -> None:
    """`delete --yes --json` prints {"deleted": true, "id": ID}; its assignments go with it."""
    made = cli.create()
    kept = cli.create("Other")
    cli("keys", "assign", made["id"], "k1")
    cli("members", "assign", made["id"], "u1")
    assert cli.json("delete", made["id"], "--yes") == {"deleted": True, "id": made["id"]}
    assert cli.fake.guardrails == [kept]
    assert cli.fake.key_assignments == []
    assert cli.fake.member_assignments == []


def test_delete_asks_and_no_aborts_with_nothing_deleted(cli: Cli) -> None:
    """Without --yes, answering 'n' aborts with exit 1 and sends no DELETE."""
    made = cli.create()
    result = cli("delete", made["id"], input="n\n")
    assert result.exit_code == 1
    assert f"Delete guardrail {made['id']}?" in result.stderr
    assert "Aborted" in result.stderr
    assert cli.fake.requests == []
    assert cli.fake.guardrails == [made]


def test_delete_asks_and_yes_deletes(cli: Cli) -> None:
    """Without --yes, answering 'y' deletes and prints 'deleted ID'."""
    made = cli.create()
    result = cli("delete", made["id"], input="y\n")
    assert result.exit_code == 0
    assert result.stdout == f"deleted {made['id']}\n"
    assert cli.fake.guardrails == []


def test_delete_unknown_id_exits_1(cli: Cli) -> None:
    """Deleting an unknown id exits 1 with the server's 404 message."""
    result = cli("delete", "no-such-id", "--yes")
    assert result.exit_code == 1
    assert "404" in result.stderr
    assert "Guardrail 'no-such-id' not found" in result.stderr


def test_delete_without_id_is_a_usage_error(cli: Cli) -> None:
    """`delete --yes` with no id exits 2 and sends nothing."""
    result = cli("delete", "--yes")
    assert result.exit_code == 2
    usage_error(result.stderr, "Missing argument")
    assert cli.fake.requests == []


# --------------------------------------------------------------------------- the group


def test_help_lists_every_command(cli: Cli) -> None:
    """`--help` exits 0 and lists every command, sending nothing."""
    result = cli("--help")
    assert result.exit_code == 0
    commands = result.stdout.split("Commands:", 1)[1].split()
    for name in (
        "list",
        "get",
        "create",
        "update",
        "delete",
        "keys",
        "members",
        "assignments",
        "export",
        "plan",
        "apply",
        "mock-server",
        "demo",
    ):
        assert name in commands, name
    assert cli.fake.requests == []


def test_version(cli: Cli) -> None:
    """`--version` prints the package's version and exits 0."""
    from importlib.metadata import version

    result = cli("--version")
    assert result.exit_code == 0
    assert version("openrouter-guardrails") in result.stdout


def test_unknown_command_is_a_usage_error(cli: Cli) -> None:
    """An unknown command exits 2 and sends nothing."""
    result = cli("frobnicate")
    assert result.exit_code == 2
    usage_error(result.stderr, "No such command")
    assert cli.fake.requests == []


@pytest.mark.parametrize(
    ("value", "needle"),
    [("0", "is not above zero"), ("-1", "is not above zero"), ("nan", "not a finite number")],
)
def test_timeout_must_be_a_positive_number(cli: Cli, value: str, needle: str) -> None:
    """`--timeout` of zero, below zero or nan exits 2 before anything is sent."""
    result = cli("--timeout", value, "list")
    assert result.exit_code == 2, result.output
    usage_error(result.stderr, "--timeout", needle)
    assert cli.fake.requests == []


def test_timeout_is_accepted(cli: Cli) -> None:
    """A positive `--timeout` is used and the command succeeds."""
    assert cli.json("--timeout", "2.5", "list")["total_count"] == 0
