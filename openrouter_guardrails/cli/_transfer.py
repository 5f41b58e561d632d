"""``export`` and ``import``: every guardrail with its assignments, to JSON and back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from openrouter_guardrails._exceptions import InvalidRequestError
from openrouter_guardrails._resources import Guardrails
from openrouter_guardrails._validation import check_body
from openrouter_guardrails.cli._commands import (
    DEFAULT_BATCH_SIZE,
    EXPORT_FORMAT,
    EXPORT_VERSION,
    State,
    _batches,
    _emit,
    _guard,
    _progress,
    _schema_fields,
    loads,
    main,
    pass_state,
)

#: Fields of a guardrail that the server sets, or that are deprecated, and are not recreated.
NOT_RECREATED = frozenset({"id", "created_at", "updated_at", "workspace_id", "enforce_zdr"})


def build_export(guardrails: Guardrails, workspace_id: str | None) -> dict[str, Any]:
    """Every guardrail (of a workspace) with the key hashes and member ids assigned to it."""
    page = guardrails.list(limit=100, workspace_id=workspace_id)
    records = []
    for guardrail in _progress(page, page.total_count, "exporting"):
        keys = guardrails.list_guardrail_key_assignments(id=guardrail.id, limit=100)
        members = guardrails.list_guardrail_member_assignments(id=guardrail.id, limit=100)
        records.append(
            {
                "guardrail": guardrail.to_dict(),
                # Only a string is an id: a null (a response that breaks the contract) is left
                # out rather than crashing the sort.
                "key_hashes": sorted(a.key_hash for a in keys if isinstance(a.key_hash, str)),
                "member_user_ids": sorted(
                    a.user_id for a in members if isinstance(a.user_id, str)
                ),
            }
        )
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "guardrails": records}


@main.command("export")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    default="-",
    show_default=True,
    help="Where to write the JSON ('-' for stdout).",
)
@click.option(
    "--workspace-id", default=None, help="Export this workspace (default: the default one)."
)
@pass_state
@_guard
def export_cmd(state: State, output: str, workspace_id: str | None) -> None:
    """Write every guardrail with its assignments to JSON (a backup, or to move them)."""
    document = build_export(state.client().guardrails, workspace_id)
    text = json.dumps(document, indent=2, sort_keys=True) + "\n"
    if output == "-":
        click.echo(text, nl=False)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.BadParameter(
            f"cannot write {output}: {exc.strerror or exc}", param_hint="'--output'"
        ) from None
    keys = sum(len(r["key_hashes"]) for r in document["guardrails"])
    members = sum(len(r["member_user_ids"]) for r in document["guardrails"])
    summary = {
        "guardrails": len(document["guardrails"]),
        "key_hashes": keys,
        "member_user_ids": members,
        "output": output,
    }
    _emit(
        state,
        summary,
        text=f"exported {summary['guardrails']} guardrail(s), {keys} key "
        f"assignment(s), {members} member assignment(s) to {output}",
    )


#: The lists of ids a record may hold: the operation that assigns them, and its contract id.
ASSIGNED_LISTS = {
    "key_hashes": ("bulk_assign_keys", "bulkAssignKeysToGuardrail"),
    "member_user_ids": ("bulk_assign_members", "bulkAssignMembersToGuardrail"),
}


def _check_records(path: str, records: list[dict[str, Any]], workspace_id: str | None) -> None:
    """Check every record against the contract before anything is created, so that a bad
    record (even the last) stops the import with nothing changed."""
    for index, record in enumerate(records):
        where = f"{path}: guardrails[{index}]"
        fields = _create_fields(record["guardrail"])
        if workspace_id:
            fields["workspace_id"] = workspace_id
        try:
            check_body("create", "createGuardrail", fields)
            for name, (operation, operation_id) in ASSIGNED_LISTS.items():
                values = record.get(name)
                if values is None or values == []:
                    continue
                check_body(operation, operation_id, {name: values})
        except InvalidRequestError as exc:
            raise click.BadParameter(f"{where}: {exc}", param_hint="FILE") from None


def _load(path: str) -> list[dict[str, Any]]:
    try:
        document = loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise click.BadParameter(f"cannot read {path}: {exc.strerror}", param_hint="FILE") from None
    except ValueError as exc:
        raise click.BadParameter(f"{path} is not valid JSON: {exc}", param_hint="FILE") from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise click.BadParameter(f"{path} is not an export of this tool", param_hint="FILE")
    if document.get("version") != EXPORT_VERSION:
        raise click.BadParameter(
            f"{path} has export version {document.get('version')!r}; "
            f"this tool reads version {EXPORT_VERSION}",
            param_hint="FILE",
        )
    records = document.get("guardrails")
    if not isinstance(records, list) or not all(
        isinstance(r, dict) and isinstance(r.get("guardrail"), dict) for r in records
    ):
        raise click.BadParameter(
            f"{path}: 'guardrails' must be a list of records", param_hint="FILE"
        )
    return records


def _create_fields(guardrail: dict[str, Any]) -> dict[str, Any]:
    allowed = _schema_fields("CreateGuardrailRequest")
    fields = {k: v for k, v in guardrail.items() if k in allowed and k not in NOT_RECREATED}
    if isinstance(fields.get("content_filter_builtins"), list):
        # The label of a builtin filter is set by the server; sending it is deprecated.
        fields["content_filter_builtins"] = [
            {k: v for k, v in entry.items() if k != "label"} if isinstance(entry, dict) else entry
            for entry in fields["content_filter_builtins"]
        ]
    return fields


@main.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--workspace-id", default=None, help="Create the guardrails in this workspace.")
@click.option(
    "--batch-size",
    type=click.IntRange(1, 10_000),
    default=DEFAULT_BATCH_SIZE,
    show_default=True,
    help="Key hashes or member user ids sent per request.",
)
@pass_state
@_guard
def import_cmd(state: State, file: str, workspace_id: str | None, batch_size: int) -> None:
    """Recreate the guardrails and assignments of an export, reporting what it did."""
    records = _load(file)
    _check_records(file, records, workspace_id)
    guardrails = state.client().guardrails
    created = []
    keys = members = 0
    for record in _progress(records, len(records), "importing"):
        source = record["guardrail"]
        fields = _create_fields(source)
        name = fields.pop("name")
        if workspace_id:
            fields["workspace_id"] = workspace_id
        new = guardrails.create(name=name, **fields).data
        for batch in _batches(list(record.get("key_hashes") or []), batch_size):
            keys += guardrails.bulk_assign_keys(id=new.id, key_hashes=list(batch)).assigned_count
        for batch in _batches(list(record.get("member_user_ids") or []), batch_size):
            members += guardrails.bulk_assign_members(
                id=new.id, member_user_ids=list(batch)
            ).assigned_count
        created.append({"name": name, "old_id": source.get("id"), "new_id": new.id})
    report = {"created": created, "keys_assigned": keys, "members_assigned": members}
    lines = [f"created {c['name']!r}: {c['old_id']} -> {c['new_id']}" for c in created]
    lines.append(
        f"{len(created)} guardrail(s) created, {keys} key and {members} member assignment(s)"
    )
    _emit(state, report, text="\n".join(lines))
