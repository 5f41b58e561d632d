"""Guardrails as code never destroys by accident and refuses what cannot converge: a file
with no guardrails list is an error, deletes and unassignments are listed and confirmed (or
``--yes``), a plan that deletes every guardrail needs ``--yes`` even on a terminal, and a
file that names a key twice, a name twice in another spelling or a key twice in one mapping
is refused before anything is sent. Tables escape what a server sends."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from cli_support import Cli

from openrouter_guardrails.cli import _transfer

FORMAT = "openrouter-guardrails-export"
WRITES = ("POST", "PATCH", "DELETE")
KEY = "a" * 64


def _file(path: Path, records: list[dict[str, object]] | None, **top: object) -> str:
    document: dict[str, object] = {"format": FORMAT, "version": 1, **top}
    if records is not None:
        document["guardrails"] = records
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def _writes(cli: Cli) -> list[str]:
    return [str(r.route) for r in cli.fake.requests if r.method in WRITES]


@pytest.mark.parametrize("records", [None, "null"], ids=["no key", "null"])
def test_a_file_without_a_guardrails_list_is_refused(
    cli: Cli, tmp_path: Path, records: str | None
) -> None:
    """`apply --prune` of a file that lost its list deleted the whole workspace: now it is
    a usage error, and nothing is sent."""
    for name in ("a", "b"):
        cli.create(name)
    path = tmp_path / "g.json"
    text = f'{{"format": "{FORMAT}", "version": 1' + (', "guardrails": null}' if records else "}")
    path.write_text(text, encoding="utf-8")
    result = cli("apply", str(path), "--prune", "--yes")
    assert result.exit_code == 2
    assert "no 'guardrails' list" in result.stderr
    assert len(cli.fake.guardrails) == 2 and _writes(cli) == []


def test_deleting_every_guardrail_needs_yes_even_on_a_terminal(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a", "b"):
        cli.create(name)
    empty = _file(tmp_path / "empty.json", [])
    monkeypatch.setattr(_transfer, "interactive", lambda: True)
    result = cli("apply", empty, "--prune", input="y\n")
    assert result.exit_code == 2
    assert "THIS DELETES EVERY GUARDRAIL OF THE COVERED WORKSPACES (2 of 2)" in result.stderr
    assert "delete a (default)" in result.stderr and "delete b (default)" in result.stderr
    assert len(cli.fake.guardrails) == 2
    done = cli("apply", empty, "--prune", "--yes")
    assert done.exit_code == 0, done.output
    assert cli.fake.guardrails == []


def test_deletes_and_unassignments_need_yes_when_nobody_can_be_asked(
    cli: Cli, tmp_path: Path
) -> None:
    keep = cli.create("keep")
    cli.create("stray")
    cli.json("keys", "assign", keep["id"], KEY)
    path = _file(tmp_path / "g.json", [{"guardrail": {"name": "keep"}, "key_hashes": []}])
    before = _writes(cli)
    result = cli("apply", path, "--prune")
    assert result.exit_code == 2
    assert "apply would delete 1 guardrail(s) and unassign 1 key(s)/member(s)" in result.stderr
    assert "give --yes to make them (nothing was asked: stdin is not a terminal)" in result.stderr
    assert _writes(cli) == before


def test_on_a_terminal_the_answer_decides(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.create("keep")
    cli.create("stray")
    path = _file(tmp_path / "g.json", [{"guardrail": {"name": "keep"}}])
    monkeypatch.setattr(_transfer, "interactive", lambda: True)
    no = cli("apply", path, "--prune", input="n\n")
    assert no.exit_code == 1 and len(cli.fake.guardrails) == 2
    yes = cli("apply", path, "--prune", input="y\n")
    assert yes.exit_code == 0, yes.output
    assert [g["name"] for g in cli.fake.guardrails] == ["keep"]


def test_creates_and_updates_are_not_asked_about(cli: Cli, tmp_path: Path) -> None:
    cli.create("keep", limit_usd=1)
    path = _file(tmp_path / "g.json", [{"guardrail": {"name": "keep", "limit_usd": 2}}])
    assert cli("apply", path).exit_code == 0


def test_a_key_in_two_records_is_refused_before_any_change(cli: Cli, tmp_path: Path) -> None:
    """It could never converge: each apply would move the key back and forth. A member in
    two records is fine (a member may be in several guardrails)."""
    path = _file(
        tmp_path / "g.json",
        [
            {"guardrail": {"name": "a"}, "key_hashes": [KEY], "member_user_ids": ["u1"]},
            {"guardrail": {"name": "b"}, "key_hashes": [KEY], "member_user_ids": ["u1"]},
        ],
    )
    result = cli("apply", path)
    assert result.exit_code == 2
    assert f"key_hashes: {KEY!r} is in guardrails[0] and guardrails[1]" in result.stderr
    assert _writes(cli) == []
    shared_member = _file(
        tmp_path / "m.json",
        [
            {"guardrail": {"name": "a"}, "member_user_ids": ["u1"]},
            {"guardrail": {"name": "b"}, "member_user_ids": ["u1"]},
        ],
    )
    assert cli("apply", shared_member).exit_code == 0


@pytest.mark.parametrize(
    "other",
    [
        "prod",
        "Prod ",
        "Pro\u200bd",
        unicodedata.normalize("NFD", "Pröd"),
    ],
    ids=["case", "trailing space", "zero-width", "NFD"],
)
def test_names_that_look_alike_are_refused_naming_both(
    cli: Cli, tmp_path: Path, other: str
) -> None:
    first = "Pröd" if "ö" in unicodedata.normalize("NFC", other) else "Prod"
    path = _file(
        tmp_path / "g.json", [{"guardrail": {"name": first}}, {"guardrail": {"name": other}}]
    )
    result = cli("plan", path)
    assert result.exit_code == 2
    assert f"(as {first!r} and {other!r})" in result.stderr, result.stderr
    assert _writes(cli) == []


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_a_key_given_twice_in_one_mapping_is_refused(cli: Cli, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"g{suffix}"
    if suffix == ".json":
        path.write_text(
            f'{{"format": "{FORMAT}", "version": 1, "guardrails": '
            '[{"guardrail": {"name": "a", "name": "b"}}]}',
            encoding="utf-8",
        )
    else:
        path.write_text(
            f"format: {FORMAT}\nversion: 1\nguardrails:\n- guardrail:\n    name: a\n    name: b\n",
            encoding="utf-8",
        )
    result = cli("plan", str(path))
    assert result.exit_code == 2
    assert "the key 'name' is given twice" in result.stderr, result.stderr


@pytest.mark.parametrize("version", [True, "1", 1.0])
def test_a_version_that_is_not_the_integer_1_is_refused(
    cli: Cli, tmp_path: Path, version: object
) -> None:
    path = _file(tmp_path / "g.json", [], version=version)
    result = cli("plan", path)
    assert result.exit_code == 2
    assert f"version {version!r}; this tool reads version 1" in result.stderr


def test_tables_escape_what_a_server_sends(cli: Cli, tmp_path: Path) -> None:
    """A name holding terminal escape sequences is printed escaped, in list and plan."""
    hostile = "evil\x1b]0;pwned\x07\x1b[2J"
    cli.fake.add_guardrail(name=hostile)
    listed = cli("list")
    assert listed.exit_code == 0
    assert "\x1b" not in listed.stdout and "\x07" not in listed.stdout
    assert "evil\\x1b]0;pwned\\x07\\x1b[2J" in listed.stdout
    path = _file(tmp_path / "g.json", [])
    planned = cli("plan", path, "--prune")
    assert "\x1b" not in planned.output


def test_list_json_prints_nothing_on_stdout_when_it_fails(cli: Cli) -> None:
    """`list --json | jq` never sees the start of a document: on an error, stdout is
    empty and the error is JSON on stderr."""
    for name in ("a", "b", "c"):
        cli.create(name)
    cli.fake.faults.add("GET /guardrails", status=401)
    result = cli("list", "--json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert json.loads(result.stderr.splitlines()[-1])["error"]["status_code"] == 401
    whole = cli("list", "--json", "--page-size", "1")
    assert [g["name"] for g in json.loads(whole.stdout)["data"]] == ["a", "b", "c"]


@pytest.mark.parametrize("count", ['"3"', "null", "1.5"])
def test_a_count_that_is_not_a_count_is_an_error_not_a_traceback(cli: Cli, count: str) -> None:
    made = cli.create("g")
    cli.fake.faults.add(
        "POST /guardrails/{id}/assignments/keys",
        kind="non_json",
        status=200,
        body=f'{{"assigned_count": {count}}}',
        content_type="application/json",
    )
    result = cli("keys", "assign", made["id"], KEY)
    assert result.exit_code == 1, result.output
    assert f"the server answered assigned_count {json.loads(count)!r}, not a count" in (
        result.stderr
    )


def test_the_default_workspace_id_export_writes_covers_the_default_workspace(
    cli: Cli, tmp_path: Path
) -> None:
    """A record of the default workspace (no workspace_id) is covered by --workspace-id
    given the default workspace's id, the one export writes."""
    cli.create("held")
    exported = tmp_path / "export.json"
    assert cli("export", "-o", str(exported)).exit_code == 0
    default_id = json.loads(exported.read_text())["guardrails"][0]["guardrail"]["workspace_id"]
    path = _file(
        tmp_path / "g.json", [{"guardrail": {"name": "held"}}, {"guardrail": {"name": "new"}}]
    )
    planned = cli("plan", path, "--workspace-id", default_id)
    assert planned.exit_code == 3, planned.output
    assert [line.split()[:3] for line in planned.stdout.splitlines()[1:2]] == [
        ["create", default_id, "new"]
    ]
    applied = cli("apply", path, "--workspace-id", default_id)
    assert applied.exit_code == 0, applied.output
    assert sorted(g["name"] for g in cli.fake.guardrails) == ["held", "new"]
    elsewhere = cli("plan", path, "--workspace-id", "another-workspace")
    assert elsewhere.exit_code == 2
    assert "is in the default workspace, which --workspace-id does not cover" in elsewhere.stderr
