"""Input files and output of the command line: malformed files refused in one line (exit 2)
by every command that reads one, the program's options after the command, errors as JSON with
``--json``, listings printed as pages arrive, a create that may have been processed, and
``create --from-file`` fed what ``get --json`` printed."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from cli_support import Cli

from openrouter_guardrails.cli import _files
from openrouter_guardrails.testing import DEFAULT_WORKSPACE_ID

FORMAT = "openrouter-guardrails-export"
GOOD = {"format": FORMAT, "version": 1, "guardrails": [{"guardrail": {"name": "P"}}]}


def deep(levels: int) -> str:
    """A JSON document nested ``levels`` deep."""
    return "[" * levels + "]" * levels


#: Malformed files: their bytes and what the one-line error says.
MALFORMED: dict[str, tuple[bytes, str]] = {
    "deep-5000": (deep(5000).encode(), "nested deeper than"),
    "deep-100000": (deep(100_000).encode(), "nested deeper than"),
    "deep-40": (deep(40).encode(), "nested deeper than 32 levels"),
    "surrogate": (b'{"name": "\\ud800"}', "lone surrogate (\\ud800)"),
    "raw-surrogate": (b'{"name": "\xed\xa0\x80"}', "not UTF-8 text"),
    "utf-16": (json.dumps(GOOD).encode("utf-16"), "UTF-16 text; save it as UTF-8"),
    "utf-16-be": (codecs.BOM_UTF16_BE + json.dumps(GOOD).encode("utf-16-be"), "UTF-16"),
    "utf-32": (json.dumps(GOOD).encode("utf-32"), "UTF-32 text"),
    "binary": (b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary data"),
    "latin-1": ('{"name": "caf\u00e9"}'.encode("latin-1"), "not UTF-8 text"),
    "yaml-alias": (b"a: &x [1]\nb: *x\n", "YAML aliases are not accepted"),
    "yaml-tag": (b"a: !!python/object:os.system x\n", "not valid YAML"),
    "yaml-nan": (b"format: .nan\n", "is not a JSON number"),
    "yaml-key": (b"1: x\n", "a key that is not a string"),
}


def file_commands(path: str) -> list[list[str]]:
    """Every command that reads a file, reading ``path``."""
    return [
        ["plan", path],
        ["apply", path],
        ["create", "--from-file", path],
        ["keys", "assign", "G", "--from-file", path],
    ]


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_files_are_one_line_errors_exit_2(cli: Cli, tmp_path: Path, case: str) -> None:
    """Deep nesting, surrogates, UTF-16/32, binary and odd YAML: every command that reads a
    file exits 2 with one line naming the file, and sends nothing."""
    content, needle = MALFORMED[case]
    suffix = ".yaml" if case.startswith("yaml") else ".json"
    path = tmp_path / f"file{suffix}"
    path.write_bytes(content)
    for args in file_commands(str(path)):
        if args[0] == "keys" and needle not in ("not UTF-8 text", "binary data", "UTF-16"):
            continue  # a list of ids is text, not a document: only its decoding applies
        if args[0] == "keys" and case == "utf-32":
            continue
        result = cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert needle in result.stderr, (args, result.stderr)
        assert str(path) in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert cli.fake.requests == []


def test_a_huge_file_is_refused_without_reading_it_all(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file over the size cap exits 2 with one line (the cap lowered for the test)."""
    monkeypatch.setattr(_files, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (1024 * 1024 + 1) + json.dumps(GOOD).encode())
    for args in file_commands(str(path)):
        result = cli(*args)
        assert result.exit_code == 2, result.output
        assert "larger than 1 MiB, not read" in result.stderr
    assert cli.fake.requests == []


def test_a_utf8_bom_is_accepted(cli: Cli, tmp_path: Path) -> None:
    """A file that starts with a UTF-8 byte order mark is read (JSON and YAML, apply and
    create --from-file and a list of ids)."""
    as_json = tmp_path / "g.json"
    as_json.write_bytes(codecs.BOM_UTF8 + json.dumps(GOOD).encode())
    assert cli("apply", str(as_json)).exit_code == 0
    as_yaml = tmp_path / "g.yaml"
    as_yaml.write_bytes(
        codecs.BOM_UTF8 + b"format: " + FORMAT.encode() + b"\nversion: 1\nguardrails: []\n"
    )
    assert cli("plan", str(as_yaml)).exit_code == 0
    one = tmp_path / "one.json"
    one.write_bytes(codecs.BOM_UTF8 + b'{"name": "Q"}')
    created = cli.json("create", "--from-file", str(one))
    ids = tmp_path / "ids.txt"
    ids.write_bytes(codecs.BOM_UTF8 + b"a-key-hash\n")
    assert cli.json("keys", "assign", created["id"], "--from-file", str(ids))["requested"] == 1
    assert [a["key_hash"] for a in cli.fake.key_assignments] == ["a-key-hash"]
    assert sorted(g["name"] for g in cli.fake.guardrails) == ["P", "Q"]


def test_json_options_are_checked_like_files(cli: Cli) -> None:
    """A JSON option nested 5,000 deep or holding a lone surrogate is a usage error."""
    for value, needle in ((deep(5000), "nested deeper"), ('[{"pattern": "\\udfff"}]', "surrogate")):
        result = cli("create", "--name", "x", "--content-filters", value)
        assert result.exit_code == 2, result.output
        assert needle in result.stderr
    assert cli.fake.requests == []


# --------------------------------------------------------------------------- options, errors


def test_global_options_work_after_the_command(cli: Cli) -> None:
    """`list --json`, `get ID --json` and `--timeout` after the command act as before it."""
    made = cli.create("Prod")
    after = cli("list", "--json", "--timeout", "5")
    assert after.exit_code == 0, after.output
    assert json.loads(after.stdout)["data"] == [made]
    got = cli("get", made["id"], "--json")
    assert json.loads(got.stdout) == made
    nested = cli("keys", "list", made["id"], "--json")
    assert json.loads(nested.stdout) == {"data": [], "total_count": 0}


def test_a_command_option_of_the_same_name_wins(cli: Cli) -> None:
    """An option value that looks like a program option stays the command's value."""
    result = cli("create", "--name", "--json")
    assert result.exit_code == 0, result.output
    assert [g["name"] for g in cli.fake.guardrails] == ["--json"]


def test_hoist_moves_only_the_program_options() -> None:
    """The program's options after the command move before it; the command's and anything
    after `--` stay."""
    from openrouter_guardrails.cli import main

    hoist = main.hoist  # type: ignore[attr-defined]
    assert hoist(["list", "--json"]) == ["--json", "list"]
    assert hoist(["--api-key", "k", "get", "x", "--timeout=3", "--json"]) == [
        "--api-key",
        "k",
        "--timeout=3",
        "--json",
        "get",
        "x",
    ]
    assert hoist(["keys", "assign", "G", "--batch-size", "5", "--json", "--", "--json"]) == [
        "--json",
        "keys",
        "assign",
        "G",
        "--batch-size",
        "5",
        "--",
        "--json",
    ]
    # contract-test has its own --base-url: it is not moved.
    assert hoist(["contract-test", "--base-url", "u"]) == ["contract-test", "--base-url", "u"]


def test_errors_are_json_on_stderr_with_json(cli: Cli, tmp_path: Path) -> None:
    """With --json (before or after the command), a usage error, an API error and a refused
    file are one JSON object on stderr with the type, message and exit status."""
    usage = cli("list", "--page-size", "0", "--json")
    assert usage.exit_code == 2
    error = json.loads(usage.stderr)["error"]
    assert (error["type"], error["exit_code"]) == ("usage", 2)
    assert "--page-size" in error["message"]

    missing = cli("--json", "get", "no-such-id")
    assert missing.exit_code == 1
    error = json.loads(missing.stderr)["error"]
    assert (error["type"], error["status_code"], error["exit_code"]) == ("api", 404, 1)

    bad = tmp_path / "bad.json"
    bad.write_text(deep(5000))
    refused = cli("plan", str(bad), "--json")
    assert refused.exit_code == 2
    error = json.loads(refused.stderr)["error"]
    assert error["type"] == "usage"
    assert "nested deeper" in error["message"]
    assert refused.stdout == ""


def test_plain_errors_stay_plain(cli: Cli) -> None:
    """Without --json, an API error is one 'error: ...' line."""
    result = cli("get", "no-such-id")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: GET ")
    assert len(result.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------- list


def test_list_prints_each_page_as_it_arrives(cli: Cli) -> None:
    """When the second page fails, the table's rows of the first were already printed, then
    the error exits 1; with --json nothing is printed on stdout (never half a document)."""
    made = [cli.create(f"g{i}") for i in range(3)]
    for as_json in (False, True):
        # The first listing request goes through (a fault of no delay), the next is a 403.
        cli.fake.faults.add("GET /guardrails", kind="latency", times=1)
        cli.fake.faults.add("GET /guardrails", status=403, times=1)
        args = ["--json"] if as_json else []
        result = cli(*args, "list", "--page-size", "1")
        assert result.exit_code == 1
        assert made[1]["id"] not in result.stdout
        if as_json:
            assert result.stdout == ""
        else:
            assert made[0]["id"] in result.stdout
            assert result.stdout.splitlines()[0].split()[:2] == ["ID", "NAME"]


def test_list_json_streamed_is_one_document(cli: Cli) -> None:
    """The streamed JSON of a listing of several pages parses as one document."""
    made = [cli.create(f"g{i}") for i in range(5)]
    listed = cli.json("list", "--page-size", "2")
    assert listed == {"data": made, "total_count": 5, "workspaces": [None]}


# --------------------------------------------------------------------------- create


@pytest.mark.filterwarnings("error::DeprecationWarning")
def test_create_from_what_get_json_printed(cli: Cli, tmp_path: Path) -> None:
    """`get --json > g.json; create --from-file g.json` creates a copy: the fields the server
    sets are left out of the request, and said once on stderr; a deprecated field printed as
    null is not sent (no deprecation warning)."""
    source = cli.create(
        "Prod", limit_usd=5, content_filter_builtins=[{"slug": "email", "action": "redact"}]
    )
    printed = cli("get", source["id"], "--json").stdout
    path = tmp_path / "g.json"
    path.write_text(printed.replace('"Prod"', '"Copy"'))
    result = cli("create", "--from-file", str(path))
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert len(notes) == 1
    for name in ("created_at", "id", "updated_at", "content_filter_builtins[].label"):
        assert name in notes[0]
    create = [r for r in cli.fake.requests if r.route == "POST /guardrails"][-1]
    assert not {"id", "created_at", "updated_at"} & set(create.json())
    assert "label" not in create.json()["content_filter_builtins"][0]
    copy = next(g for g in cli.fake.guardrails if g["name"] == "Copy")
    assert (copy["limit_usd"], copy["workspace_id"]) == (5, DEFAULT_WORKSPACE_ID)


def test_a_create_lost_in_flight_says_it_may_exist(cli: Cli) -> None:
    """A create whose connection drops after the server made it exits 1 saying that the
    guardrail may exist and how to check; it was made once."""
    cli.fake.faults.add("POST /guardrails", kind="disconnect", times=1)
    result = cli("create", "--name", "Maybe")
    assert result.exit_code == 1
    assert "'Maybe' may have been created" in result.stderr
    assert "openrouter-guardrails list" in result.stderr
    assert [g["name"] for g in cli.fake.guardrails] == ["Maybe"]


def test_a_create_refused_before_arrival_does_not_say_so(cli: Cli) -> None:
    """A create answered with an error status was not processed: no 'may have been created'."""
    cli.fake.faults.add("POST /guardrails", status=500, times=1)
    result = cli("create", "--name", "No")
    assert result.exit_code == 1
    assert "may have been created" not in result.stderr
