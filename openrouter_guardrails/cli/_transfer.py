"""``export``, ``plan`` and ``apply``: guardrails with their assignments as a file (JSON or
YAML), and an account brought to match one.

``apply`` converges: it reads the account, computes the plan (:mod:`._plan`) and makes it,
so a second run changes nothing and a run that was interrupted, run again, finishes the job
without a duplicate. Ctrl-C stops it after the request in flight; it then says what it did.
"""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from openrouter_guardrails._exceptions import OpenRouterError
from openrouter_guardrails.cli._commands import (
    DEFAULT_BATCH_SIZE,
    EXIT_CHANGES_PENDING,
    Interrupted,
    State,
    _batches,
    _emit,
    _guard,
    _progress,
    _table,
    api_failure,
    covered,
    guardrail_pages,
    main,
    note,
    pass_state,
    printable,
    say_covered,
    sent_without_answer,
    workspace_label,
    workspace_option,
)
from openrouter_guardrails.cli._files import NO_YAML, FileRefused, read_document
from openrouter_guardrails.cli._plan import (
    ACTIONS,
    EXPORT_FORMAT,
    EXPORT_VERSION,
    Change,
    Current,
    Desired,
    FileError,
    Plan,
    assignment_kinds,
    deprecated_fields,
    desired_records,
    duplicate_names,
    id_field,
    identity_fields,
    make_plan,
)

# --------------------------------------------------------------------------- export


def build_export(
    guardrails: Any, workspace: str | None = None, *, workspaces: Sequence[str | None] = ()
) -> dict[str, Any]:
    """Every guardrail of ``workspaces`` (or of ``workspace``; ``None``: the default one) with
    the ids assigned to it, each guardrail with its workspace (``guardrails``: a client's).
    Deprecated fields are left out: their replacements carry the settings."""
    workspaces = list(workspaces) or [workspace]
    _, workspace_field = identity_fields()
    records = []
    for listed in workspaces:
        items = [g for page in guardrail_pages(guardrails, [listed]) for g in page.data]
        for guardrail in _progress(items, len(items), "exporting"):
            data = guardrail.to_dict()
            for deprecated in deprecated_fields():
                data.pop(deprecated, None)
            if listed is not None:
                data.setdefault(workspace_field, listed)
            record: dict[str, Any] = {"guardrail": data}
            for kind in assignment_kinds():
                listing = getattr(guardrails, kind.list_operation)(id=guardrail.id, limit=100)
                values = [getattr(a, kind.item_field) for a in listing]
                # Only a string is an id: a null or a number (a response that breaks the
                # contract) is left out, and said, rather than written or crashing the sort.
                record[kind.field] = sorted(v for v in values if isinstance(v, str))
                if len(record[kind.field]) != len(values):
                    note(
                        f"guardrail {guardrail.id}: "
                        f"{len(values) - len(record[kind.field])} assignment(s) left out: their "
                        f"{kind.item_field} is not a string (the response breaks the contract)",
                        prefix="warning: ",
                    )
            records.append(record)
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "guardrails": records}


def _dump(document: dict[str, Any], path: str) -> str:
    if Path(path).suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError:
            raise click.ClickException(NO_YAML + " (or write to a .json file)") from None

        text: str = yaml.safe_dump(document, sort_keys=True, allow_unicode=True)
        return text
    return json.dumps(document, indent=2, sort_keys=True) + "\n"


@main.command("export")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    default="-",
    show_default=True,
    help="Where to write ('-' for stdout); YAML when the name ends in .yaml or .yml, else JSON.",
)
@workspace_option("Export this workspace [default: the default workspace].")
@pass_state
@_guard
def export_cmd(state: State, output: str, workspace_ids: Sequence[str]) -> None:
    """Write guardrails and assignments to a file.

    The file is what plan and apply read."""
    workspaces = covered(workspace_ids)
    document = build_export(state.client().guardrails, workspaces=workspaces)
    text = _dump(document, output)
    count = len(document["guardrails"])
    if output == "-":
        click.echo(text, nl=False)
        say_covered(workspaces, f"exported {count} guardrail(s)")
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.BadParameter(
            f"cannot write {output}: {exc.strerror or exc}", param_hint="'--output'"
        ) from None
    totals = {
        k.field: sum(len(r[k.field]) for r in document["guardrails"]) for k in assignment_kinds()
    }
    summary = {"guardrails": count, **totals, "output": output, "workspaces": workspaces}
    assigned = ", ".join(f"{n} {f}" for f, n in totals.items())
    names = ", ".join(workspace_label(w) for w in workspaces)
    _emit(
        state,
        summary,
        text=f"exported {count} guardrail(s) with {assigned} from workspace(s) {names} to {output}",
    )


# --------------------------------------------------------------------------- plan


def _load(
    path: str, workspace_ids: Sequence[str], state: State | None = None
) -> tuple[list[Desired], list[str | None]]:
    """The file's desired guardrails and the workspaces the run covers: the ones given,
    else every workspace the file names. Every problem is a usage error, before any change
    (a record of the default workspace under --workspace-id asks the account which id the
    default workspace has: the one ``export`` writes)."""
    label = "stdin" if path == "-" else path
    document = read_document(path)
    ignored: list[str] = []
    try:
        desired = desired_records(document, ignored)
    except FileError as exc:
        raise FileRefused(f"{label}: {exc}") from None
    if ignored:
        note(
            f"{', '.join(ignored)} ignored (deprecated: the file's per-provider fields are "
            "compared instead)"
        )
    if not workspace_ids:
        return desired, list(dict.fromkeys(d.workspace for d in desired)) or [None]
    workspaces: list[str | None] = list(dict.fromkeys(workspace_ids))
    if state is not None and any(d.workspace is None for d in desired):
        default = _default_workspace_id(state)
        if default in workspaces:
            for record in desired:
                if record.workspace is None:
                    record.workspace = default
    for record in desired:
        if record.workspace not in workspaces:
            raise FileRefused(
                f"{label}: guardrails[{record.index}] {record.name!r} is in "
                f"{_in(record.workspace)}, which --workspace-id does not cover"
            )
    return desired, workspaces


def _default_workspace_id(state: State) -> str | None:
    """The id of the default workspace, as a guardrail of it says (``None`` when it holds
    none: its id cannot be told)."""
    page = state.client().guardrails.list(limit=1)
    held = page.data[0].to_dict().get(identity_fields()[1]) if page.data else None
    return held if isinstance(held, str) else None


def _in(workspace: str | None) -> str:
    return "the default workspace" if workspace is None else f"workspace {workspace}"


def read_account(
    state: State, workspaces: Sequence[str | None], desired: Sequence[Desired]
) -> list[Current]:
    """What the covered workspaces hold, and the assignments of each guardrail whose
    record manages them. A name held twice in a workspace stops here, before any change."""
    guardrails = state.client().guardrails
    name_field, _ = identity_fields()
    result = []
    for workspace in workspaces:
        items = [
            g.to_dict() for page in guardrail_pages(guardrails, [workspace]) for g in page.data
        ]
        current = Current(workspace, items)
        for name, ids in duplicate_names(current):
            raise click.ClickException(
                f"the name {name!r} is held by {len(ids)} guardrails in {_in(workspace)} "
                f"({', '.join(ids)}): plan and apply match guardrails by name, so rename or "
                "delete all but one first"
            )
        managed = {d.name: d for d in desired if d.workspace == workspace}
        for guardrail in items:
            record = managed.get(str(guardrail.get(name_field)))
            if record is None:
                continue
            held: dict[str, list[str]] = {}
            for kind in assignment_kinds():
                if record.assigned.get(kind.field) is None:
                    continue
                listing = getattr(guardrails, kind.list_operation)(
                    id=guardrail[id_field()], limit=100
                )
                held[kind.field] = [getattr(a, kind.item_field) for a in listing]
            current.assigned[str(guardrail[id_field()])] = held
        result.append(current)
    return result


def _plan_rows(changes: Sequence[Change]) -> list[dict[str, Any]]:
    return [
        {
            "action": c.action,
            "workspace": workspace_label(c.workspace),
            "name": c.name,
            "id": c.guardrail_id or "(new)",
            "change": c.describe(),
        }
        for c in changes
    ]


PLAN_COLUMNS = ("action", "workspace", "name", "id", "change")


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts[a]} to {a}" for a in ACTIONS)


def _common(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.argument("file", metavar="FILE")(func)
    func = workspace_option(
        "Cover only this workspace (the file's guardrails must all be in the ones given) "
        "[default: every workspace the file names]."
    )(func)
    func = click.option(
        "--prune",
        is_flag=True,
        help="Also delete the guardrails of the covered workspaces that the file does not name.",
    )(func)
    return func


@main.command("plan")
@_common
@pass_state
@_guard
def plan_cmd(state: State, file: str, workspace_ids: Sequence[str], prune: bool) -> None:
    """Show what apply would change (exit 3 if anything).

    FILE is JSON or YAML ('-' for stdin). Exits 0 when nothing would change, 3 when
    changes are pending."""
    desired, workspaces = _load(file, workspace_ids, state)
    plan = make_plan(desired, read_account(state, workspaces, desired), prune=prune)
    if state.as_json:
        _emit(state, plan.to_dict())
    else:
        _print_plan(plan, file)
    if plan.changes:
        raise click.exceptions.Exit(EXIT_CHANGES_PENDING)


def _print_plan(plan: Plan, file: str) -> None:
    names = ", ".join(workspace_label(w) for w in plan.workspaces)
    if not plan.changes:
        click.echo(f"No changes: the account matches {file} (workspaces: {names}).")
    else:
        click.echo(_table(_plan_rows(plan.changes), PLAN_COLUMNS))
        click.echo(f"Plan: {_counts_text(plan.counts())} (workspaces: {names}).")
    if plan.unmanaged:
        kept = ", ".join(repr(c.name) for c in plan.unmanaged)
        click.echo(f"Not in the file, kept ({len(plan.unmanaged)}; --prune deletes them): {kept}")


# --------------------------------------------------------------------------- apply


@contextmanager
def interrupt_after_request() -> Iterator[Callable[[], bool]]:
    """While active, Ctrl-C only asks to stop (the request in flight completes); the
    yielded function tells whether it was asked. A second Ctrl-C stops at once."""
    asked: list[int] = []

    def ask(signum: int, frame: Any) -> None:
        if asked:
            raise KeyboardInterrupt
        asked.append(signum)
        note("stopping after the request in flight (Ctrl-C again to stop now)", prefix="")

    try:
        previous = signal.signal(signal.SIGINT, ask)
    except ValueError:  # not the main thread: Ctrl-C cannot reach this run
        yield lambda: False
        return
    try:
        yield lambda: bool(asked)
    finally:
        signal.signal(signal.SIGINT, previous)


def _done_line(change: Change, ids: Sequence[str] | None = None) -> str:
    where = workspace_label(change.workspace)
    if change.action in ("assign", "unassign"):
        ids = change.ids if ids is None else ids
        noun = change.assignment_field
        to = "to" if change.action == "assign" else "from"
        return (
            f"{_past(change.action)} {len(ids)} {noun} {to} {change.name!r} ({change.guardrail_id})"
        )
    if change.action == "update":
        fields = ", ".join(sorted(change.fields))
        return f"updated {change.name!r} ({change.guardrail_id}): {fields}"
    return f"{_past(change.action)} {change.name!r} ({change.guardrail_id}) in workspace {where}"


class _Run:
    """One apply: makes the plan's changes in order, recording what was done."""

    def __init__(self, state: State, plan: Plan, batch_size: int) -> None:
        self.state = state
        self.plan = plan
        self.batch_size = batch_size
        self.done: list[dict[str, Any]] = []
        self.created: dict[int, str] = {}
        #: How many of the plan's changes were made in full (the next one is plan[completed]).
        self.completed = 0

    def _record(self, change: Change, ids: Sequence[str] | None = None) -> None:
        data = change.to_dict()
        if ids is not None and change.assignment_field is not None:
            data[change.assignment_field] = list(ids)
            data["partial"] = True
        else:
            self.completed += 1
        self.done.append(data)
        if not self.state.as_json:
            click.echo(_done_line(change, ids))

    def make(self, change: Change, stop: Callable[[], bool]) -> bool:
        """Make one change; False when Ctrl-C asked to stop between its requests."""
        guardrails = self.state.client().guardrails
        if change.guardrail_id is None and change.record is not None:
            change.guardrail_id = self.created.get(change.record)
        if change.action == "create":
            fields = dict(change.fields)
            new = guardrails.create(name=change.name, **fields).data
            change.guardrail_id = str(new.id)
            if change.record is not None:
                self.created[change.record] = change.guardrail_id
            self._record(change)
        elif change.action == "update":
            values = {k: v["to"] for k, v in change.fields.items()}
            guardrails.update(id=str(change.guardrail_id), **values)
            self._record(change)
        elif change.action == "delete":
            guardrails.delete(id=str(change.guardrail_id))
            self._record(change)
        else:
            kind = next(k for k in assignment_kinds() if k.field == change.assignment_field)
            operation = (
                kind.assign_operation if change.action == "assign" else kind.unassign_operation
            )
            method = getattr(guardrails, operation)
            sent: list[str] = []
            for batch in _batches(change.ids, self.batch_size):
                if sent and stop():
                    self._record(change, sent)
                    return False
                method(id=change.guardrail_id, **{kind.field: list(batch)})
                sent += batch
            self._record(change)
        return True

    def report(self, interrupted: bool, remaining: int) -> dict[str, Any]:
        counts = {a: sum(1 for d in self.done if d["action"] == a) for a in ACTIONS}
        return {
            "workspaces": self.plan.workspaces,
            "done": self.done,
            "counts": counts,
            "remaining": remaining,
            "interrupted": interrupted,
        }


@main.command("apply")
@_common
@click.option(
    "--batch-size",
    type=click.IntRange(1, 10_000),
    default=DEFAULT_BATCH_SIZE,
    show_default=True,
    help="Key hashes or member user ids sent per request.",
)
@click.option(
    "--yes",
    "-y",
    is_flag=True,
    help="Make deletes and unassignments without asking (needed when stdin is not a "
    "terminal, and always when every guardrail of the covered workspaces would go).",
)
@pass_state
@_guard
def apply_cmd(
    state: State,
    file: str,
    workspace_ids: Sequence[str],
    prune: bool,
    batch_size: int,
    yes: bool,
) -> None:
    """Make the account match a guardrails FILE.

    FILE is JSON or YAML ('-' for stdin). apply creates, updates, assigns and unassigns
    (and deletes with --prune). Deletes and unassignments are listed and confirmed first
    (or --yes). Safe to run again: it continues from what the account holds. Ctrl-C stops
    after the request in flight (exit 130)."""
    desired, workspaces = _load(file, workspace_ids, state)
    account = read_account(state, workspaces, desired)
    plan = make_plan(desired, account, prune=prune)
    _confirm_removals(plan, sum(len(c.guardrails) for c in account), yes)
    run = _Run(state, plan, batch_size)
    interrupted = False
    try:
        with interrupt_after_request() as stop:
            for change in plan.changes:
                if stop() or not run.make(change, stop):
                    interrupted = True
                    break
    except KeyboardInterrupt:
        interrupted = True
    except OpenRouterError as exc:
        _finish(run, interrupted=False)
        change = plan.changes[run.completed]
        if change.action == "create" and sent_without_answer(exc):
            note = (
                f"; {change.name!r} may have been created (the request was sent, no answer "
                "came back): run apply again, it finds it by name"
            )
        else:
            note = "; run apply again to finish (it continues from what the account holds)"
        raise api_failure(exc, state.api_key, note) from None
    remaining = _finish(run, interrupted)
    if interrupted:
        raise Interrupted(
            f"stopped by Ctrl-C with {run.completed} change(s) made and {remaining} not made "
            "(or not all of it); run apply again to finish"
        )


def interactive() -> bool:
    """Whether a person can be asked (stdin and stderr are a terminal)."""
    return sys.stdin.isatty() and sys.stderr.isatty()


def _confirm_removals(plan: Plan, held: int, yes: bool) -> None:
    """List what the plan deletes and unassigns, and go on only when confirmed: ``--yes``,
    or a person's answer on a terminal. A plan that deletes every guardrail of the covered
    workspaces needs ``--yes`` even on a terminal."""
    deletes = [c for c in plan.changes if c.action == "delete"]
    unassigns = [c for c in plan.changes if c.action == "unassign"]
    if yes or not (deletes or unassigns):
        return
    removed = sum(len(c.ids) for c in unassigns)
    summary = (
        f"apply would delete {len(deletes)} guardrail(s) and unassign {removed} "
        f"key(s)/member(s) from {len({c.guardrail_id for c in unassigns})} guardrail(s)"
    )
    click.echo(f"{summary}:", err=True)
    for change in [*deletes, *unassigns]:
        what = change.describe() if change.ids else ""
        click.echo(
            f"  {change.action} {printable(change.name)} "
            f"({workspace_label(change.workspace)}){' ' + what if what else ''}",
            err=True,
        )
    if deletes and len(deletes) >= held:
        raise click.UsageError(
            f"THIS DELETES EVERY GUARDRAIL OF THE COVERED WORKSPACES ({len(deletes)} of "
            f"{held}): run it again with --yes if that is what you want"
        )
    if not interactive():
        raise click.UsageError(
            f"{summary}: give --yes to make them (nothing was asked: stdin is not a terminal)"
        )
    if not click.confirm("Make these changes?", err=True):
        raise click.Abort()


def _past(action: str) -> str:
    return action + ("d" if action.endswith("e") else "ed")


def _finish(run: _Run, interrupted: bool) -> int:
    """Print the end of an apply: the JSON report, or a summary line. Returns how many
    planned changes were not made (in full)."""
    remaining = len(run.plan.changes) - run.completed
    report = run.report(interrupted, remaining)
    if run.state.as_json:
        click.echo(json.dumps(report, indent=2, sort_keys=True))
        return remaining
    names = ", ".join(workspace_label(w) for w in run.plan.workspaces)
    if not run.plan.changes:
        click.echo(f"No changes: the account already matches (workspaces: {names}).")
    elif not interrupted and remaining == 0:
        made = ", ".join(f"{report['counts'][a]} {_past(a)}" for a in ACTIONS)
        click.echo(f"Apply complete: {made} (workspaces: {names}).")
    return remaining
