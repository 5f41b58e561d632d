"""``keys`` and ``members`` (list, assign, unassign in batches, from arguments, a file or
stdin) and ``assignments keys|members``, against the fake over HTTP."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cli_support import Cli, unchanged

from openrouter_guardrails.cli._commands import _progress
from openrouter_guardrails.testing import DEFAULT_ORGANIZATION_ID, DEFAULT_USER_ID


@dataclass(frozen=True)
class Kind:
    """What differs between ``keys`` and ``members``."""

    group: str
    body_field: str
    id_field: str
    values: tuple[str, ...]

    def assigned(self, cli: Cli) -> list[dict[str, Any]]:
        """Every assignment of this kind on the fake."""
        return cli.fake.key_assignments if self.group == "keys" else cli.fake.member_assignments

    def ids(self, cli: Cli, guardrail_id: str) -> list[str]:
        """The ids assigned to one guardrail, in assignment order."""
        return [a[self.id_field] for a in self.assigned(cli) if a["guardrail_id"] == guardrail_id]


KEYS = Kind("keys", "key_hashes", "key_hash", tuple(f"{i:064x}" for i in range(1, 6)))
MEMBERS = Kind("members", "member_user_ids", "user_id", tuple(f"user_{i}" for i in range(1, 6)))
KINDS = pytest.mark.parametrize("kind", [KEYS, MEMBERS], ids=["keys", "members"])


def posts(cli: Cli, kind: Kind, verb: str = "assign") -> list[Any]:
    """The bodies of the bulk (un)assign requests the fake received for ``kind``."""
    suffix = f"/assignments/{kind.group}" + ("/remove" if verb == "unassign" else "")
    return [
        r.json()
        for r in cli.fake.requests
        if r.method == "POST" and r.route is not None and r.route.endswith(suffix)
    ]


@KINDS
def test_assign_from_arguments_json_shape(cli: Cli, kind: Kind) -> None:
    """`assign ID A B --json` prints {"assigned_count", "requested", "batches"} and assigns."""
    gid = cli.create()["id"]
    report = cli.json(kind.group, "assign", gid, *kind.values[:2])
    assert report == {"assigned_count": 2, "requested": 2, "batches": 1}
    assert kind.ids(cli, gid) == list(kind.values[:2])
    assert posts(cli, kind) == [{kind.body_field: list(kind.values[:2])}]


@KINDS
def test_assign_text_output(cli: Cli, kind: Kind) -> None:
    """Without --json, assign says how many of how many were assigned in how many batches."""
    gid = cli.create()["id"]
    result = cli(kind.group, "assign", gid, *kind.values[:3])
    assert result.exit_code == 0
    assert result.stdout.startswith("assigned 3 of 3 ")
    assert result.stdout.rstrip().endswith("in 1 batch")


@KINDS
def test_assign_in_batches(cli: Cli, kind: Kind) -> None:
    """`--batch-size 2` with 5 ids sends 3 POST requests of 2, 2 and 1."""
    gid = cli.create()["id"]
    report = cli.json(kind.group, "assign", gid, *kind.values, "--batch-size", "2")
    assert report == {"assigned_count": 5, "requested": 5, "batches": 3}
    bodies = posts(cli, kind)
    assert [len(b[kind.body_field]) for b in bodies] == [2, 2, 1]
    assert [v for b in bodies for v in b[kind.body_field]] == list(kind.values)
    assert kind.ids(cli, gid) == list(kind.values)


@KINDS
def test_assign_again_counts_only_new_ones(cli: Cli, kind: Kind) -> None:
    """Assigning ids that are already assigned is idempotent: only new ones are counted."""
    gid = cli.create()["id"]
    cli.json(kind.group, "assign", gid, *kind.values[:3])
    report = cli.json(kind.group, "assign", gid, *kind.values[:4])
    assert report == {"assigned_count": 1, "requested": 4, "batches": 1}
    again = cli.json(kind.group, "assign", gid, *kind.values[:4])
    assert again["assigned_count"] == 0
    assert kind.ids(cli, gid) == list(kind.values[:4])


@KINDS
def test_assign_from_file_skips_blanks_comments_and_duplicates(
    cli: Cli, kind: Kind, tmp_path: Path
) -> None:
    """A file gives one id a line; blank lines, '#' comments (indented too), repeats dropped."""
    gid = cli.create()["id"]
    path = tmp_path / "ids.txt"
    a, b, c = kind.values[:3]
    path.write_text(f"# exported ids\n{a}\n\n  {b}  \n  # indented comment\n{a}\n")
    report = cli.json(kind.group, "assign", gid, c, "--from-file", str(path))
    assert report == {"assigned_count": 3, "requested": 3, "batches": 1}
    assert posts(cli, kind) == [{kind.body_field: [c, a, b]}]


@KINDS
def test_assign_from_stdin(cli: Cli, kind: Kind) -> None:
    """`--from-file -` reads the ids from standard input."""
    gid = cli.create()["id"]
    piped = "\n".join(kind.values) + "\n"
    report = cli.json(
        kind.group, "assign", gid, "--from-file", "-", "--batch-size", "4", input=piped
    )
    assert report == {"assigned_count": 5, "requested": 5, "batches": 2}
    assert kind.ids(cli, gid) == list(kind.values)


@KINDS
@pytest.mark.parametrize(
    ("args", "stdin", "needle"),
    [
        ([], None, "no ids given"),
        (["--from-file", "-"], "\n# nothing\n", "no ids given"),
        (["X", "--batch-size", "0"], None, "--batch-size"),
        (["--from-file", "/nonexistent/ids.txt"], None, "cannot read"),
        (["--from-file", "{binary}"], None, "not UTF-8 text"),
    ],
    ids=["no-ids", "empty-stdin", "batch-size-0", "missing-file", "binary-file"],
)
def test_assign_usage_errors_send_nothing(
    cli: Cli, kind: Kind, args: list[str], stdin: str | None, needle: str, tmp_path: Path
) -> None:
    """No ids, an empty stdin, a zero batch size, a missing or binary file exit 2; nothing sent."""
    binary = tmp_path / "ids.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff not text")
    args = [arg.format(binary=binary) for arg in args]
    gid = cli.create()["id"]
    before = unchanged(cli.fake)
    result = cli(kind.group, "assign", gid, *args, input=stdin)
    assert result.exit_code == 2, result.output
    assert needle in result.stderr
    assert unchanged(cli.fake) == before


@KINDS
@pytest.mark.parametrize("verb", ["list", "assign", "unassign"])
def test_missing_guardrail_id_is_a_usage_error(cli: Cli, kind: Kind, verb: str) -> None:
    """Every keys/members command without its guardrail id exits 2 and sends nothing."""
    result = cli(kind.group, verb)
    assert result.exit_code == 2
    assert "Missing argument 'GUARDRAIL_ID'" in result.stderr
    assert cli.fake.requests == []


@KINDS
@pytest.mark.parametrize("verb", ["list", "assign", "unassign"])
def test_unknown_guardrail_exits_1(cli: Cli, kind: Kind, verb: str) -> None:
    """An unknown guardrail id exits 1 with the server's 404 message."""
    ids = [] if verb == "list" else list(kind.values[:1])
    result = cli(kind.group, verb, "no-such-id", *ids)
    assert result.exit_code == 1
    assert "404" in result.stderr
    assert "Guardrail 'no-such-id' not found" in result.stderr
    assert kind.assigned(cli) == []


@KINDS
def test_server_error_during_assign_exits_1(cli: Cli, kind: Kind) -> None:
    """A 400 from the server on a batch exits 1 with its message; nothing is assigned."""
    gid = cli.create()["id"]
    cli.fake.faults.add(f"POST /guardrails/{{id}}/assignments/{kind.group}", status=400)
    result = cli(kind.group, "assign", gid, *kind.values)
    assert result.exit_code == 1
    assert "400" in result.stderr
    assert result.stdout == ""
    assert kind.assigned(cli) == []


@KINDS
def test_unassign_json_shape_and_batches(cli: Cli, kind: Kind) -> None:
    """`unassign --json` prints {"unassigned_count", "requested", "batches"}, in batches."""
    gid = cli.create()["id"]
    cli.json(kind.group, "assign", gid, *kind.values[:4])
    report = cli.json(
        kind.group, "unassign", gid, *kind.values[2:], "not-assigned", "--batch-size", "2"
    )
    assert report == {"unassigned_count": 2, "requested": 4, "batches": 2}
    assert kind.ids(cli, gid) == list(kind.values[:2])
    assert [len(b[kind.body_field]) for b in posts(cli, kind, "unassign")] == [2, 2]
    text = cli(kind.group, "unassign", gid, kind.values[0])
    assert text.stdout.startswith("unassigned 1 of 1 ")


@KINDS
def test_unassign_from_stdin(cli: Cli, kind: Kind) -> None:
    """`unassign --from-file -` reads the ids to remove from standard input."""
    gid = cli.create()["id"]
    cli.json(kind.group, "assign", gid, *kind.values)
    report = cli.json(kind.group, "unassign", gid, "--from-file", "-", input=kind.values[0])
    assert report == {"unassigned_count": 1, "requested": 1, "batches": 1}
    assert kind.ids(cli, gid) == list(kind.values[1:])


@KINDS
def test_list_json_shape_follows_pages(cli: Cli, kind: Kind) -> None:
    """`list ID --json` prints {"data": [...], "total_count": N} with every assignment."""
    gid = cli.create()["id"]
    other = cli.create("Other")["id"]
    many = [f"{kind.values[0][:-3]}{i:03d}" for i in range(130)]
    cli.json(kind.group, "assign", gid, *many)
    cli.json(kind.group, "assign", other, "f" * 64)
    listed = cli.json(kind.group, "list", gid)
    expected = [a for a in kind.assigned(cli) if a["guardrail_id"] == gid]
    assert listed == {"data": expected, "total_count": 130}
    assert cli.json(kind.group, "list", cli.create("Empty")["id"]) == {
        "data": [],
        "total_count": 0,
    }


def test_keys_list_table(cli: Cli) -> None:
    """`keys list ID` is a table of hash, name, label, assigner and time."""
    cli.fake.register_key(KEYS.values[0], "Production Key", "prod-key")
    gid = cli.create()["id"]
    cli.json("keys", "assign", gid, KEYS.values[0])
    lines = cli("keys", "list", gid).stdout.splitlines()
    assert lines[0].split() == ["KEY_HASH", "KEY_NAME", "KEY_LABEL", "ASSIGNED_BY", "CREATED_AT"]
    assert lines[1].split()[:2] == [KEYS.values[0], "Production"]
    assert "prod-key" in lines[1]
    assert DEFAULT_USER_ID in lines[1]
    assert len(lines) == 2


def test_members_list_table(cli: Cli) -> None:
    """`members list ID` is a table of user, organization, assigner and time."""
    gid = cli.create()["id"]
    cli.json("members", "assign", gid, "user_a")
    lines = cli("members", "list", gid).stdout.splitlines()
    assert lines[0].split() == ["USER_ID", "ORGANIZATION_ID", "ASSIGNED_BY", "CREATED_AT"]
    assert lines[1].split()[:3] == ["user_a", DEFAULT_ORGANIZATION_ID, DEFAULT_USER_ID]
    assert cli("members", "list", cli.create("E")["id"]).stdout == "(none)\n"


@KINDS
def test_global_assignments_json_shape(cli: Cli, kind: Kind) -> None:
    """`assignments keys|members --json` lists every guardrail's assignments."""
    first = cli.create("A")["id"]
    second = cli.create("B")["id"]
    cli.json(kind.group, "assign", first, *kind.values[:2])
    cli.json(kind.group, "assign", second, *kind.values[2:])
    listed = cli.json("assignments", kind.group)
    assert listed == {"data": kind.assigned(cli), "total_count": 5}
    assert {a["guardrail_id"] for a in listed["data"]} == {first, second}


@KINDS
def test_global_assignments_table_and_empty(cli: Cli, kind: Kind) -> None:
    """`assignments keys|members` prints a table with the guardrail id, or '(none)'."""
    assert cli("assignments", kind.group).stdout == "(none)\n"
    gid = cli.create()["id"]
    cli.json(kind.group, "assign", gid, kind.values[0])
    lines = cli("assignments", kind.group).stdout.splitlines()
    assert lines[0].split()[:2] == ["GUARDRAIL_ID", kind.id_field.upper()]
    assert lines[1].split()[:2] == [gid, kind.values[0]]


def test_assignments_without_kind_shows_usage(cli: Cli) -> None:
    """`assignments` alone shows its two subcommands and sends nothing."""
    result = cli("assignments")
    assert result.exit_code in (0, 2)
    assert "keys" in result.output
    assert "members" in result.output
    assert cli.fake.requests == []


@KINDS
def test_no_progress_bar_when_not_a_terminal(cli: Cli, kind: Kind) -> None:
    """Many batches and pages print nothing on stderr when it is not a terminal."""
    gid = cli.create()["id"]
    many = [f"{kind.values[0][:-3]}{i:03d}" for i in range(60)]
    result = cli(kind.group, "assign", gid, *many, "--batch-size", "3")
    assert result.exit_code == 0
    assert result.stderr == ""
    for args in ([kind.group, "list", gid], ["assignments", kind.group], ["list"]):
        listed = cli(*args)
        assert listed.exit_code == 0
        # `list` names the workspaces it covered; nothing else goes to stderr.
        assert listed.stderr in ("", "1 guardrail in workspace: default\n")
        assert "%" not in listed.stdout


def test_progress_bar_is_drawn_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The batches' progress bar goes to stderr when it is a terminal, and only then."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert list(_progress(iter(range(5)), 5, "assigning")) == [0, 1, 2, 3, 4]
    assert "assigning" in terminal.getvalue()
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    assert list(_progress(iter(range(5)), 5, "assigning")) == [0, 1, 2, 3, 4]
    assert piped.getvalue() == ""
