"""``export`` and ``import``: the export's shape, a round trip into a fresh fake, and files
that are not exports refused before anything is created."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_support import Cli, make_server, unchanged
from click.testing import CliRunner

from openrouter_guardrails.cli._transfer import NOT_RECREATED
from openrouter_guardrails.testing import FakeServer

FORMAT = "openrouter-guardrails-export"
OTHER_WORKSPACE = "11111111-2222-4333-8444-555555555555"
KEY_A, KEY_B, KEY_C = ("a" * 64, "b" * 64, "c" * 64)


@pytest.fixture
def target(runner: CliRunner) -> Iterator[Cli]:
    """A second, empty fake on 127.0.0.1 to import into."""
    with make_server() as server:
        yield Cli(server, runner)
    server.fake.close()


def populate(cli: Cli) -> dict[str, dict[str, Any]]:
    """Three guardrails with every kind of field and assignments; returned by name."""
    prod = cli.create(
        "Prod",
        description="production traffic",
        limit_usd=100,
        reset_interval="monthly",
        allowed_providers=["openai", "anthropic"],
        ignored_models=["openai/gpt-4o-mini"],
        enforce_zdr_openai=True,
        enforce_zdr_google=False,
        content_filters=[{"action": "redact", "label": "[K]", "pattern": "sk-[a-z]+"}],
        content_filter_builtins=[{"slug": "email", "action": "redact"}],
    )
    dev = cli.create("Dev", limit_usd=5.5, reset_interval="daily")
    bare = cli.create("Bare")
    cli.json("keys", "assign", prod["id"], KEY_B, KEY_A)
    cli.json("keys", "assign", dev["id"], KEY_C)
    cli.json("members", "assign", prod["id"], "user_2", "user_1")
    cli.json("members", "assign", bare["id"], "user_1")
    return {g["name"]: g for g in cli.fake.guardrails}


def creatable(guardrail: dict[str, Any]) -> dict[str, Any]:
    """The fields of a guardrail that an import recreates."""
    return {k: v for k, v in guardrail.items() if k not in NOT_RECREATED}


def by_name(cli: Cli) -> dict[str, tuple[dict[str, Any], list[str], list[str]]]:
    """Each guardrail of a fake by name: its creatable fields, key hashes and member ids."""
    result = {}
    keys_of, members_of = cli.fake.key_assignments, cli.fake.member_assignments
    for g in cli.fake.guardrails:
        keys = sorted(a["key_hash"] for a in keys_of if a["guardrail_id"] == g["id"])
        members = sorted(a["user_id"] for a in members_of if a["guardrail_id"] == g["id"])
        result[g["name"]] = (creatable(g), keys, members)
    return result


def write_export(path: Path, records: list[Any], **overrides: Any) -> str:
    """Write an export document holding ``records``; return its path."""
    document = {"format": FORMAT, "version": 1, "guardrails": records, **overrides}
    path.write_text(json.dumps(document))
    return str(path)


# --------------------------------------------------------------------------- export


def test_export_to_stdout_shape(cli: Cli) -> None:
    """`export` prints {"format", "version": 1, "guardrails": [{guardrail, key_hashes,
    member_user_ids}]} with sorted ids."""
    made = populate(cli)
    result = cli("export")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert set(document) == {"format", "version", "guardrails"}
    assert (document["format"], document["version"]) == (FORMAT, 1)
    records = {r["guardrail"]["name"]: r for r in document["guardrails"]}
    assert list(records) == ["Prod", "Dev", "Bare"]
    for record in document["guardrails"]:
        assert set(record) == {"guardrail", "key_hashes", "member_user_ids"}
    assert records["Prod"] == {
        "guardrail": made["Prod"],
        "key_hashes": [KEY_A, KEY_B],
        "member_user_ids": ["user_1", "user_2"],
    }
    assert records["Dev"]["key_hashes"] == [KEY_C]
    assert records["Bare"] == {
        "guardrail": made["Bare"],
        "key_hashes": [],
        "member_user_ids": ["user_1"],
    }


def test_export_to_file_prints_a_summary(cli: Cli, tmp_path: Path) -> None:
    """`export -o FILE` writes the document and prints counts (JSON with --json)."""
    populate(cli)
    out = tmp_path / "backup.json"
    result = cli("export", "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == (
        f"exported 3 guardrail(s), 3 key assignment(s), 3 member assignment(s) to {out}\n"
    )
    document = json.loads(out.read_text())
    assert len(document["guardrails"]) == 3
    summary = cli.json("export", "--output", str(out))
    assert summary == {
        "guardrails": 3,
        "key_hashes": 3,
        "member_user_ids": 3,
        "output": str(out),
    }
    assert json.loads(out.read_text()) == document


def test_export_empty_account(cli: Cli) -> None:
    """An account without guardrails exports an empty list."""
    assert json.loads(cli("export").stdout) == {"format": FORMAT, "version": 1, "guardrails": []}


def test_export_workspace_id(cli: Cli) -> None:
    """`export --workspace-id W` exports only that workspace's guardrails."""
    cli.create("default one")
    other = cli.create("other one", workspace_id=OTHER_WORKSPACE)
    document = json.loads(cli("export", "--workspace-id", OTHER_WORKSPACE).stdout)
    assert [r["guardrail"] for r in document["guardrails"]] == [other]


def test_export_to_a_missing_directory_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    """An output path that cannot be written exits 2 naming it (no traceback)."""
    cli.create()
    out = tmp_path / "missing" / "backup.json"
    result = cli("export", "-o", str(out))
    assert result.exit_code == 2, result.output
    assert "cannot write" in result.stderr
    assert str(out) in result.stderr
    assert not out.exists()


# --------------------------------------------------------------------------- round trip


def test_export_then_import_into_a_fresh_fake_reproduces_everything(
    cli: Cli, target: Cli, tmp_path: Path
) -> None:
    """An export imported into an empty fake recreates the same guardrails and assignments."""
    populate(cli)
    backup = tmp_path / "backup.json"
    assert cli("export", "-o", str(backup)).exit_code == 0
    report = target.json("import", str(backup))

    source = {g["name"]: g for g in cli.fake.guardrails}
    new = {g["name"]: g for g in target.fake.guardrails}
    assert set(report) == {"created", "keys_assigned", "members_assigned"}
    assert report["created"] == [
        {"name": name, "old_id": source[name]["id"], "new_id": new[name]["id"]}
        for name in ("Prod", "Dev", "Bare")
    ]
    assert (report["keys_assigned"], report["members_assigned"]) == (3, 3)
    assert by_name(target) == by_name(cli)
    # The builtin filter's label is the server's to set: it came back the same.
    assert new["Prod"]["content_filter_builtins"] == source["Prod"]["content_filter_builtins"]
    # Exporting the copy gives the same document, but for ids and timestamps.
    again = json.loads(target("export").stdout)
    original = json.loads(backup.read_text())
    strip = [
        (creatable(r["guardrail"]), r["key_hashes"], r["member_user_ids"])
        for r in original["guardrails"]
    ]
    assert [
        (creatable(r["guardrail"]), r["key_hashes"], r["member_user_ids"])
        for r in again["guardrails"]
    ] == strip


def test_import_text_output_and_batches(cli: Cli, target: Cli, tmp_path: Path) -> None:
    """`import --batch-size 2` sends assignments in batches and reports old -> new ids."""
    gid = cli.create("Many")["id"]
    hashes = [f"{i:064x}" for i in range(5)]
    cli.json("keys", "assign", gid, *hashes)
    backup = tmp_path / "backup.json"
    cli("export", "-o", str(backup))
    result = target("import", str(backup), "--batch-size", "2")
    assert result.exit_code == 0
    new_id = target.fake.guardrails[0]["id"]
    assert result.stdout.splitlines() == [
        f"created 'Many': {gid} -> {new_id}",
        "1 guardrail(s) created, 5 key and 0 member assignment(s)",
    ]
    bulk = [r for r in target.fake.requests if r.route == "POST /guardrails/{id}/assignments/keys"]
    assert [len(r.json()["key_hashes"]) for r in bulk] == [2, 2, 1]


def test_import_into_a_workspace(cli: Cli, target: Cli, tmp_path: Path) -> None:
    """`import --workspace-id W` creates the guardrails in W."""
    cli.create("Prod")
    backup = tmp_path / "backup.json"
    cli("export", "-o", str(backup))
    target.json("import", str(backup), "--workspace-id", OTHER_WORKSPACE)
    assert [g["workspace_id"] for g in target.fake.guardrails] == [OTHER_WORKSPACE]


def test_import_sends_no_server_set_or_deprecated_field(
    cli: Cli, target: Cli, tmp_path: Path
) -> None:
    """The create requests of an import carry no id, timestamps, workspace or enforce_zdr."""
    cli.create("Legacy", enforce_zdr=True)
    backup = tmp_path / "backup.json"
    cli("export", "-o", str(backup))
    target.json("import", str(backup))
    (create,) = [r for r in target.fake.requests if r.route == "POST /guardrails"]
    assert not set(create.json()) & NOT_RECREATED
    assert by_name(target) == by_name(cli)


# --------------------------------------------------------------------------- refused files


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (json.dumps({"name": "a guardrail, not an export"}), "is not an export of this tool"),
        (json.dumps([1, 2]), "is not an export of this tool"),
        ('{"format": ', "is not valid JSON"),
        (json.dumps({"format": FORMAT, "version": 2, "guardrails": []}), "export version 2"),
        (json.dumps({"format": FORMAT, "version": 1, "guardrails": {}}), "must be a list"),
        (json.dumps({"format": FORMAT, "version": 1, "guardrails": [{"x": 1}]}), "must be a list"),
        (
            json.dumps({"format": FORMAT, "version": 1, "guardrails": [{"guardrail": {}}]}).replace(
                "{}", '{"name": "x", "limit_usd": NaN}'
            ),
            "NaN is not a JSON number",
        ),
    ],
    ids=["guardrail", "list", "invalid-json", "version", "not-a-list", "not-records", "nan"],
)
def test_import_of_a_file_that_is_not_an_export_exits_2(
    target: Cli, tmp_path: Path, content: str, needle: str
) -> None:
    """A file that is not an export (of this version) exits 2 and sends nothing."""
    path = tmp_path / "file.json"
    path.write_text(content)
    result = target("import", str(path))
    assert result.exit_code == 2, result.output
    assert needle in result.stderr
    assert target.fake.requests == []


@pytest.mark.parametrize(
    ("records", "needle"),
    [
        ([{"guardrail": {"name": "ok"}}, {"guardrail": {"description": "no name"}}], "name"),
        ([{"guardrail": {"name": "ok"}}, {"guardrail": {"name": ""}}], "name"),
        ([{"guardrail": {"name": "ok"}}, {"guardrail": {"name": "x", "limit_usd": "9"}}], "limit"),
        ([{"guardrail": {"name": "ok"}, "key_hashes": "abc"}], "key_hashes"),
        ([{"guardrail": {"name": "ok"}, "member_user_ids": [1, 2]}], "member_user_ids"),
    ],
    ids=["no-name", "empty-name", "bad-limit", "hashes-not-a-list", "ids-not-strings"],
)
def test_import_refuses_a_bad_record_before_creating_anything(
    target: Cli, tmp_path: Path, records: list[Any], needle: str
) -> None:
    """A record the contract rejects, even the last one, exits 2 with nothing created."""
    path = write_export(tmp_path / "backup.json", records)
    before = unchanged(target.fake)
    result = target("import", path)
    assert result.exit_code == 2, result.output
    assert needle in result.stderr
    assert unchanged(target.fake) == before


def test_import_missing_file_is_a_usage_error(target: Cli, tmp_path: Path) -> None:
    """`import` of a path that does not exist exits 2; `import` alone too."""
    result = target("import", str(tmp_path / "absent.json"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert target("import").exit_code == 2
    assert target.fake.requests == []


def test_import_server_error_exits_1(target: Cli, tmp_path: Path) -> None:
    """A server error during the import exits 1 with its message."""
    path = write_export(tmp_path / "backup.json", [{"guardrail": {"name": "ok"}}])
    target.fake.faults.add("POST /guardrails", status=500)
    result = target("import", path)
    assert result.exit_code == 1
    assert "500" in result.stderr
    assert target.fake.guardrails == []


def test_round_trip_uses_fresh_servers(server: FakeServer, target: Cli) -> None:
    """The source and the target are two separate fakes on 127.0.0.1 ports."""
    assert server.base_url != target.server.base_url
    assert server.base_url.startswith("http://127.0.0.1:")
    assert target.server.base_url.startswith("http://127.0.0.1:")
