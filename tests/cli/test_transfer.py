"""``export``, ``plan`` and ``apply`` against fakes over HTTP: the export's shape, the round
trip into an empty account, convergence (a second apply changes nothing), a run stopped by an
error finished by the next one without a duplicate, workspaces, and files refused before
anything is sent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from cli_support import Cli, make_server, unchanged
from click.testing import CliRunner

from openrouter_guardrails.cli._plan import (
    compared_fields,
    deprecated_fields,
    server_set_fields,
)
from openrouter_guardrails.testing import DEFAULT_WORKSPACE_ID

FORMAT = "openrouter-guardrails-export"
OTHER_WORKSPACE = "11111111-2222-4333-8444-555555555555"
KEY_A, KEY_B, KEY_C = ("a" * 64, "b" * 64, "c" * 64)
WRITES = ("POST", "PATCH", "DELETE")


@pytest.fixture
def target(runner: CliRunner) -> Iterator[Cli]:
    """A second, empty fake on 127.0.0.1 to apply to."""
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


def settable(guardrail: dict[str, Any]) -> dict[str, Any]:
    """The fields of a guardrail that a file sets (not the server's, not deprecated)."""
    return {
        k: v
        for k, v in guardrail.items()
        if k not in server_set_fields() and k not in deprecated_fields()
    }


def by_name(cli: Cli) -> dict[tuple[str, str], tuple[dict[str, Any], list[str], list[str]]]:
    """Each guardrail of a fake by (workspace, name): its fields, key hashes and member ids."""
    result = {}
    keys_of, members_of = cli.fake.key_assignments, cli.fake.member_assignments
    for g in cli.fake.guardrails:
        keys = sorted(a["key_hash"] for a in keys_of if a["guardrail_id"] == g["id"])
        members = sorted(a["user_id"] for a in members_of if a["guardrail_id"] == g["id"])
        result[(g["workspace_id"], g["name"])] = (settable(g), keys, members)
    return result


def write(path: Path, records: list[Any], **overrides: Any) -> str:
    """Write a guardrails file holding ``records`` (YAML for a .yaml path); return its path."""
    document = {"format": FORMAT, "version": 1, "guardrails": records, **overrides}
    if path.suffix == ".yaml":
        path.write_text(yaml.safe_dump(document))
    else:
        path.write_text(json.dumps(document))
    return str(path)


def writes(cli: Cli) -> list[str]:
    """The routes of the write requests the fake received."""
    return [r.route for r in cli.fake.requests if r.route.split()[0] in WRITES]


# --------------------------------------------------------------------------- export


def test_export_to_stdout_shape(cli: Cli) -> None:
    """`export` prints {"format", "version": 1, "guardrails": [{guardrail, key_hashes,
    member_user_ids}]} with sorted ids, each guardrail with its workspace and without the
    deprecated fields; stderr names the workspaces covered."""
    made = populate(cli)
    result = cli("export")
    assert result.exit_code == 0
    assert result.stderr == "exported 3 guardrail(s) in workspace: default\n"
    document = json.loads(result.stdout)
    assert set(document) == {"format", "version", "guardrails"}
    assert (document["format"], document["version"]) == (FORMAT, 1)
    records = {r["guardrail"]["name"]: r for r in document["guardrails"]}
    assert list(records) == ["Prod", "Dev", "Bare"]
    for record in document["guardrails"]:
        assert set(record) == {"guardrail", "key_hashes", "member_user_ids"}
        assert record["guardrail"]["workspace_id"] == DEFAULT_WORKSPACE_ID
        assert not set(record["guardrail"]) & deprecated_fields()
    expected = {k: v for k, v in made["Prod"].items() if k not in deprecated_fields()}
    assert records["Prod"] == {
        "guardrail": expected,
        "key_hashes": [KEY_A, KEY_B],
        "member_user_ids": ["user_1", "user_2"],
    }
    assert records["Dev"]["key_hashes"] == [KEY_C]
    assert (records["Bare"]["key_hashes"], records["Bare"]["member_user_ids"]) == ([], ["user_1"])


def test_export_to_file_prints_a_summary(cli: Cli, tmp_path: Path) -> None:
    """`export -o FILE` writes the document and prints counts and workspaces (JSON with
    --json)."""
    populate(cli)
    out = tmp_path / "backup.json"
    result = cli("export", "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == (
        "exported 3 guardrail(s) with 3 key_hashes, 3 member_user_ids from workspace(s) "
        f"default to {out}\n"
    )
    document = json.loads(out.read_text())
    assert len(document["guardrails"]) == 3
    summary = cli.json("export", "--output", str(out))
    assert summary == {
        "guardrails": 3,
        "key_hashes": 3,
        "member_user_ids": 3,
        "output": str(out),
        "workspaces": [None],
    }
    assert json.loads(out.read_text()) == document


def test_export_yaml_by_extension(cli: Cli, tmp_path: Path) -> None:
    """`export -o F.yaml` writes YAML that holds the same document as the JSON export, with
    timestamps kept as strings when read back."""
    populate(cli)
    cli("export", "-o", str(tmp_path / "b.json"))
    cli("export", "-o", str(tmp_path / "b.yaml"))
    from openrouter_guardrails.cli._files import read_document

    as_yaml = read_document(str(tmp_path / "b.yaml"))
    assert as_yaml == json.loads((tmp_path / "b.json").read_text())
    assert not (tmp_path / "b.yaml").read_text().lstrip().startswith("{")


def test_export_empty_account(cli: Cli) -> None:
    """An account without guardrails exports an empty list."""
    assert json.loads(cli("export").stdout) == {"format": FORMAT, "version": 1, "guardrails": []}


def test_export_workspace_ids(cli: Cli) -> None:
    """`export --workspace-id W` exports only W; repeated, every workspace given, each
    guardrail recording its own."""
    first = cli.create("default one")
    other = cli.create("other one", workspace_id=OTHER_WORKSPACE)
    document = json.loads(cli("export", "--workspace-id", OTHER_WORKSPACE).stdout)
    assert [r["guardrail"]["id"] for r in document["guardrails"]] == [other["id"]]
    result = cli(
        "export", "--workspace-id", DEFAULT_WORKSPACE_ID, "--workspace-id", OTHER_WORKSPACE
    )
    both = json.loads(result.stdout)
    assert [(r["guardrail"]["id"], r["guardrail"]["workspace_id"]) for r in both["guardrails"]] == [
        (first["id"], DEFAULT_WORKSPACE_ID),
        (other["id"], OTHER_WORKSPACE),
    ]
    assert OTHER_WORKSPACE in result.stderr
    assert DEFAULT_WORKSPACE_ID in result.stderr


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


def test_export_apply_to_an_empty_account_then_plan_shows_no_change(
    cli: Cli, target: Cli, tmp_path: Path
) -> None:
    """An export applied to an empty account recreates the same guardrails and assignments,
    and a plan of the same file then finds nothing to change (exit 0)."""
    populate(cli)
    backup = tmp_path / "backup.json"
    assert cli("export", "-o", str(backup)).exit_code == 0
    report = target.json("apply", str(backup))
    # Keys of two guardrails, members of two.
    assert report["counts"] == {"create": 3, "update": 0, "assign": 4, "unassign": 0, "delete": 0}
    assert (report["interrupted"], report["remaining"]) == (False, 0)
    assert by_name(target) == by_name(cli)
    # The builtin filter's label is the server's to set: it came back the same.
    source = {g["name"]: g for g in cli.fake.guardrails}
    new = {g["name"]: g for g in target.fake.guardrails}
    assert new["Prod"]["content_filter_builtins"] == source["Prod"]["content_filter_builtins"]
    plan = target("plan", str(backup))
    assert plan.exit_code == 0, plan.output
    assert plan.stdout.startswith(f"No changes: the account matches {backup}")
    assert target.json("plan", str(backup))["pending"] is False


def test_apply_twice_changes_nothing_the_second_time(cli: Cli, tmp_path: Path) -> None:
    """A second apply of the same file sends no write request and says so."""
    path = write(
        tmp_path / "want.yaml",
        [
            {"guardrail": {"name": "Prod", "limit_usd": 10}, "key_hashes": [KEY_A]},
            {"guardrail": {"name": "Dev", "allowed_providers": ["b", "a"]}},
        ],
    )
    assert cli("apply", path).exit_code == 0
    before = writes(cli)
    again = cli("apply", path)
    assert again.exit_code == 0
    assert again.stdout.startswith("No changes: the account already matches")
    assert writes(cli) == before


def test_create_request_carries_no_server_set_or_deprecated_field(
    cli: Cli, target: Cli, tmp_path: Path
) -> None:
    """The creates of an apply carry no id, timestamp or deprecated field, even when the
    file (a hand edit of `get --json`) holds them."""
    made = cli.create("Legacy", enforce_zdr=True)
    path = write(tmp_path / "f.json", [{"guardrail": made}])
    result = target("apply", path)
    assert result.exit_code == 0, result.output
    assert "enforce_zdr ignored" in result.stderr
    (create,) = [r for r in target.fake.requests if r.route == "POST /guardrails"]
    assert not set(create.json()) & (server_set_fields() | deprecated_fields())
    assert by_name(target) == by_name(cli)


# --------------------------------------------------------------------------- plan


def test_plan_lists_every_kind_of_change_and_exits_3(cli: Cli, tmp_path: Path) -> None:
    """`plan` prints create, update (field: from -> to), assign, unassign, and delete only
    with --prune, as a table and as JSON; it exits 3 when changes are pending, sends no
    write."""
    prod = cli.create("Prod", limit_usd=5, description="old")
    cli.create("Stray")
    cli.json("keys", "assign", prod["id"], KEY_A, KEY_B)
    path = write(
        tmp_path / "want.json",
        [
            {
                "guardrail": {"name": "Prod", "limit_usd": 7, "description": "old"},
                "key_hashes": [KEY_B, KEY_C],
            },
            {"guardrail": {"name": "New", "reset_interval": "daily"}},
        ],
    )
    before = writes(cli)
    result = cli("plan", path)
    assert result.exit_code == 3, result.output
    rows = [line.split(None, 4) for line in result.stdout.splitlines()]
    assert rows[0] == ["ACTION", "WORKSPACE", "NAME", "ID", "CHANGE"]
    assert rows[1] == ["create", "default", "New", "(new)", 'reset_interval="daily"']
    assert rows[2] == ["update", "default", "Prod", prod["id"], "limit_usd: 5 -> 7"]
    assert rows[3] == ["assign", "default", "Prod", prod["id"], f"key_hashes: +{KEY_C}"]
    assert rows[4] == ["unassign", "default", "Prod", prod["id"], f"key_hashes: -{KEY_A}"]
    assert result.stdout.splitlines()[5] == (
        "Plan: 1 to create, 1 to update, 1 to assign, 1 to unassign, 0 to delete "
        "(workspaces: default)."
    )
    assert "Not in the file, kept (1; --prune deletes them): 'Stray'" in result.stdout

    pruned = cli("--json", "plan", path, "--prune")
    assert pruned.exit_code == 3
    plan = json.loads(pruned.stdout)
    assert plan["pending"] is True
    assert plan["counts"] == {"create": 1, "update": 1, "assign": 1, "unassign": 1, "delete": 1}
    assert plan["changes"][1] == {
        "action": "update",
        "workspace_id": None,
        "name": "Prod",
        "id": prod["id"],
        "fields": {"limit_usd": {"from": 5, "to": 7}},
    }
    assert plan["changes"][-1]["action"] == "delete"
    assert plan["changes"][-1]["name"] == "Stray"
    assert plan["unmanaged"] == []
    assert writes(cli) == before


def test_plan_compares_only_what_the_file_states(cli: Cli, tmp_path: Path) -> None:
    """A field, or a list of assignments, that a record leaves out is not compared; lists of
    providers compare in any order; 100 equals 100.0."""
    prod = cli.create("Prod", limit_usd=100, allowed_providers=["a", "b"], description="kept")
    cli.json("keys", "assign", prod["id"], KEY_A)
    path = write(
        tmp_path / "want.json",
        [{"guardrail": {"name": "Prod", "limit_usd": 100.0, "allowed_providers": ["b", "a"]}}],
    )
    result = cli("plan", path)
    assert result.exit_code == 0, result.output


def test_compared_fields_come_from_the_update_request() -> None:
    """plan compares the update request's fields, but the name and deprecated ones; the
    server-set fields are the guardrail's fields no create can set."""
    from openrouter_guardrails._contract import document as contract

    schemas = contract()["components"]["schemas"]
    update = schemas["UpdateGuardrailRequest"]["properties"]
    assert set(compared_fields()) == {
        k for k, v in update.items() if k != "name" and not v.get("deprecated")
    }
    assert server_set_fields() == set(schemas["Guardrail"]["properties"]) - set(
        schemas["CreateGuardrailRequest"]["properties"]
    )


# --------------------------------------------------------------------------- apply


def test_apply_makes_the_plan(cli: Cli, tmp_path: Path) -> None:
    """apply creates, updates only the changed fields, assigns, unassigns, and deletes only
    with --prune; then the account matches the file."""
    prod = cli.create("Prod", limit_usd=5, description="same")
    stray = cli.create("Stray")
    cli.json("members", "assign", prod["id"], "user_old", "user_kept")
    path = write(
        tmp_path / "want.yaml",
        [
            {
                "guardrail": {"name": "Prod", "limit_usd": 9, "description": "same"},
                "member_user_ids": ["user_kept", "user_new"],
            },
            {"guardrail": {"name": "New"}, "key_hashes": [KEY_A]},
        ],
    )
    result = cli("apply", path, "--yes")  # it unassigns a member
    assert result.exit_code == 0, result.output
    (patch,) = [r for r in cli.fake.requests if r.route == "PATCH /guardrails/{id}"]
    assert patch.json() == {"limit_usd": 9}
    assert stray["id"] in {g["id"] for g in cli.fake.guardrails}
    lines = result.stdout.splitlines()
    assert lines[0].startswith("created 'New' (")
    assert lines[1] == f"updated 'Prod' ({prod['id']}): limit_usd"
    assert lines[-1] == (
        "Apply complete: 1 created, 1 updated, 2 assigned, 1 unassigned, 0 deleted "
        "(workspaces: default)."
    )
    members = sorted(a["user_id"] for a in cli.fake.member_assignments)
    assert members == ["user_kept", "user_new"]
    assert cli("apply", path, "--prune", "--yes").exit_code == 0
    assert sorted(g["name"] for g in cli.fake.guardrails) == ["New", "Prod"]
    assert cli("plan", path, "--prune").exit_code == 0


def test_apply_stopped_by_an_error_finishes_on_the_next_run(cli: Cli, tmp_path: Path) -> None:
    """An apply that fails on its second create (500) exits 1 after reporting the first;
    run again, it creates only what is missing: no duplicate."""
    path = write(
        tmp_path / "want.json",
        [{"guardrail": {"name": f"g{i}"}, "key_hashes": [f"{i:064x}"]} for i in range(4)],
    )
    # The first create goes through (a fault of no delay), the second is answered 500.
    cli.fake.faults.add("POST /guardrails", kind="latency", times=1)
    cli.fake.faults.add("POST /guardrails", status=500, times=1)
    first = cli("apply", path)
    assert first.exit_code == 1
    assert first.stdout.startswith("created 'g0' (")
    assert "run apply again to finish" in first.stderr
    assert [g["name"] for g in cli.fake.guardrails] == ["g0"]
    assert cli.fake.key_assignments == []
    second = cli("apply", path)
    assert second.exit_code == 0, second.output
    assert sorted(g["name"] for g in cli.fake.guardrails) == ["g0", "g1", "g2", "g3"]
    assert len(cli.fake.key_assignments) == 4


def test_apply_after_a_create_lost_in_flight_finds_it_by_name(cli: Cli, tmp_path: Path) -> None:
    """A create whose connection drops after the server made it: apply says it may exist and
    to run again; the next run finds it by name and does not create it twice."""
    path = write(
        tmp_path / "want.json",
        [{"guardrail": {"name": "A"}}, {"guardrail": {"name": "B"}, "key_hashes": [KEY_A]}],
    )
    cli.fake.faults.add("POST /guardrails", kind="disconnect", times=1)
    first = cli("apply", path)
    assert first.exit_code == 1
    assert "'A' may have been created" in first.stderr
    assert "run apply again" in first.stderr
    assert [g["name"] for g in cli.fake.guardrails] == ["A"]
    assert cli("apply", path).exit_code == 0
    assert sorted(g["name"] for g in cli.fake.guardrails) == ["A", "B"]


def test_apply_from_stdin(cli: Cli) -> None:
    """`apply -` reads the file from standard input (JSON or YAML)."""
    text = yaml.safe_dump(
        {"format": FORMAT, "version": 1, "guardrails": [{"guardrail": {"name": "P"}}]}
    )
    result = cli("apply", "-", input=text)
    assert result.exit_code == 0, result.output
    assert [g["name"] for g in cli.fake.guardrails] == ["P"]


def test_apply_batches_assignments(cli: Cli, tmp_path: Path) -> None:
    """`apply --batch-size 2` sends the key hashes of a record in batches."""
    hashes = [f"{i:064x}" for i in range(5)]
    path = write(tmp_path / "w.json", [{"guardrail": {"name": "Many"}, "key_hashes": hashes}])
    assert cli("apply", path, "--batch-size", "2").exit_code == 0
    bulk = [r for r in cli.fake.requests if r.route == "POST /guardrails/{id}/assignments/keys"]
    assert [len(r.json()["key_hashes"]) for r in bulk] == [2, 2, 1]


# --------------------------------------------------------------------------- workspaces


def test_records_are_matched_within_their_workspace(cli: Cli, tmp_path: Path) -> None:
    """The same name in two workspaces is two guardrails; each record goes to its own
    workspace; the output names the workspaces covered."""
    cli.create("Prod", limit_usd=1)
    path = write(
        tmp_path / "w.json",
        [
            {"guardrail": {"name": "Prod", "limit_usd": 1, "workspace_id": DEFAULT_WORKSPACE_ID}},
            {"guardrail": {"name": "Prod", "limit_usd": 2, "workspace_id": OTHER_WORKSPACE}},
        ],
    )
    plan = json.loads(cli("--json", "plan", path).stdout)
    assert plan["workspaces"] == [DEFAULT_WORKSPACE_ID, OTHER_WORKSPACE]
    assert [(c["action"], c["workspace_id"]) for c in plan["changes"]] == [
        ("create", OTHER_WORKSPACE)
    ]
    assert cli("apply", path).exit_code == 0
    placed = sorted((g["workspace_id"], g["limit_usd"]) for g in cli.fake.guardrails)
    assert placed == sorted([(DEFAULT_WORKSPACE_ID, 1), (OTHER_WORKSPACE, 2)])


def test_a_record_of_no_workspace_is_in_the_default_one(cli: Cli, tmp_path: Path) -> None:
    """A record without workspace_id, or with null, is matched in the default workspace."""
    cli.create("Prod", limit_usd=1)
    path = write(
        tmp_path / "w.json",
        [
            {"guardrail": {"name": "Prod", "limit_usd": 1, "workspace_id": None}},
            {"guardrail": {"name": "New"}},
        ],
    )
    plan = json.loads(cli("--json", "plan", path).stdout)
    assert plan["workspaces"] == [None]
    assert [(c["action"], c["name"]) for c in plan["changes"]] == [("create", "New")]
    assert "workspace_id" not in plan["changes"][0]["fields"]


def test_workspace_id_limits_what_is_covered(cli: Cli, tmp_path: Path) -> None:
    """With --workspace-id, --prune deletes only in the workspaces given, and a record of
    another workspace is refused before anything is sent."""
    cli.create("Default stray")
    cli.create("Other stray", workspace_id=OTHER_WORKSPACE)
    empty = write(tmp_path / "empty.json", [])
    result = cli("apply", empty, "--prune", "--workspace-id", OTHER_WORKSPACE, "--yes")
    assert result.exit_code == 0, result.output
    assert [g["name"] for g in cli.fake.guardrails] == ["Default stray"]
    path = write(tmp_path / "w.json", [{"guardrail": {"name": "X"}}])
    before = writes(cli)
    refused = cli("plan", path, "--workspace-id", OTHER_WORKSPACE)
    assert refused.exit_code == 2
    assert "guardrails[0] 'X' is in the default workspace" in refused.stderr
    assert writes(cli) == before


# --------------------------------------------------------------------------- refused


def test_a_name_twice_in_the_file_is_refused_naming_it(cli: Cli, tmp_path: Path) -> None:
    """A name given twice in one workspace of the file exits 2 naming it; nothing sent."""
    path = write(
        tmp_path / "w.json", [{"guardrail": {"name": "Twin"}}, {"guardrail": {"name": "Twin"}}]
    )
    for command in ("plan", "apply"):
        result = cli(command, path)
        assert result.exit_code == 2
        assert "the name 'Twin' is given twice" in result.stderr
        assert "guardrails[0] and guardrails[1]" in result.stderr
    assert cli.fake.requests == []


def test_a_name_twice_in_the_account_is_refused_before_any_change(cli: Cli, tmp_path: Path) -> None:
    """Two guardrails of one name in the account: apply exits 1 naming it and both ids,
    before any write."""
    first = cli.create("Twin")
    second = cli.create("Twin")
    path = write(tmp_path / "w.json", [{"guardrail": {"name": "Other"}}])
    before = writes(cli)
    result = cli("apply", path)
    assert result.exit_code == 1
    assert "the name 'Twin' is held by 2 guardrails" in result.stderr
    assert first["id"] in result.stderr and second["id"] in result.stderr
    assert writes(cli) == before


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (json.dumps({"name": "a guardrail, not a file of them"}), "not a guardrails file"),
        (json.dumps([1, 2]), "not a guardrails file"),
        ('{"format": ', "not valid JSON"),
        (json.dumps({"format": FORMAT, "version": 2, "guardrails": []}), "version 2"),
        (json.dumps({"format": FORMAT, "version": 1, "guardrails": {}}), "must be a list"),
        (json.dumps({"format": FORMAT, "version": 1, "guardrails": [{"x": 1}]}), "a record is"),
        (
            json.dumps({"format": FORMAT, "version": 1, "guardrails": [{"guardrail": {}}]}).replace(
                "{}", '{"name": "x", "limit_usd": NaN}'
            ),
            "NaN is not a JSON number",
        ),
    ],
    ids=["guardrail", "list", "invalid-json", "version", "not-a-list", "not-records", "nan"],
)
def test_a_file_that_is_not_a_guardrails_file_exits_2(
    target: Cli, tmp_path: Path, content: str, needle: str
) -> None:
    """A file that is not a guardrails file (of this version) exits 2 with one line and
    sends nothing."""
    path = tmp_path / "file.json"
    path.write_text(content)
    for command in ("plan", "apply"):
        result = target(command, str(path))
        assert result.exit_code == 2, result.output
        assert needle in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert target.fake.requests == []


@pytest.mark.parametrize(
    ("records", "needle"),
    [
        ([{"guardrail": {"name": "ok"}}, {"guardrail": {"description": "no name"}}], "name"),
        ([{"guardrail": {"name": "ok"}}, {"guardrail": {"name": ""}}], "name"),
        ([{"guardrail": {"name": "ok"}}, {"guardrail": {"name": "x", "limit_usd": "9"}}], "limit"),
        ([{"guardrail": {"name": "ok"}, "key_hashes": "abc"}], "key_hashes"),
        ([{"guardrail": {"name": "ok"}, "member_user_ids": [1, 2]}], "member_user_ids"),
        ([{"guardrail": {"name": "ok", "colour": "red"}}], "unknown field(s) colour"),
        ([{"guardrail": {"name": "ok"}, "notes": "x"}], "unknown key(s) notes"),
    ],
    ids=[
        "no-name",
        "empty-name",
        "bad-limit",
        "hashes-not-a-list",
        "ids-not-strings",
        "unknown-field",
        "unknown-key",
    ],
)
def test_apply_refuses_a_bad_record_before_sending_anything(
    target: Cli, tmp_path: Path, records: list[Any], needle: str
) -> None:
    """A record the contract rejects, even the last one, exits 2 with nothing sent."""
    path = write(tmp_path / "w.json", records)
    before = unchanged(target.fake)
    result = target("apply", path)
    assert result.exit_code == 2, result.output
    assert needle in result.stderr
    assert unchanged(target.fake) == before
    assert target.fake.requests == []


def test_apply_missing_file_is_a_usage_error(target: Cli, tmp_path: Path) -> None:
    """`apply` of a path that does not exist exits 2 naming it; `apply` alone too."""
    result = target("apply", str(tmp_path / "absent.json"))
    assert result.exit_code == 2
    assert "cannot read it" in result.stderr
    assert "absent.json" in result.stderr
    assert target("apply").exit_code == 2
    assert target.fake.requests == []


def test_import_is_gone(target: Cli) -> None:
    """`import` was replaced by `apply`: it is an unknown command now."""
    result = target("import", "x.json")
    assert result.exit_code == 2
    assert "No such command 'import'" in result.stderr
