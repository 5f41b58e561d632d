"""Guardrails as code: the desired guardrails of a file compared with an account.

A desired guardrail is matched with the account's guardrail of the same name in the same
workspace. Only what the file states is managed: a field the record leaves out is left as it
is, and the assignments of a record without ``key_hashes`` (or ``member_user_ids``) are left
as they are. Which fields the server sets (ignored), which are compared (the update request's),
and which name the assignment lists come from the contract.

:func:`make_plan` is pure (no I/O): it takes the desired records and what the account holds,
and returns the changes in the order they are applied: creates, updates, assignments,
unassignments, then deletes (with ``prune``).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openrouter_guardrails_api import names as N
from openrouter_guardrails_api.sdk import OPERATIONS

from openrouter_guardrails._contract import document as contract
from openrouter_guardrails._exceptions import InvalidRequestError
from openrouter_guardrails._operations import Operation
from openrouter_guardrails._validation import check_body

__all__ = [
    "ACTIONS",
    "AssignmentKind",
    "Change",
    "Current",
    "Desired",
    "FileError",
    "Plan",
    "assignment_kinds",
    "compared_fields",
    "creatable",
    "deprecated_fields",
    "desired_records",
    "id_field",
    "identity_fields",
    "make_plan",
    "same",
    "server_set_fields",
    "summary_columns",
]

#: The kinds of change, in the order ``apply`` makes them.
ACTIONS = ("create", "update", "assign", "unassign", "delete")

#: How many ids of an assignment change the plan's table shows (``--json`` shows all).
SHOWN_IDS = 5

#: The document ``export`` writes and ``plan``/``apply`` read.
EXPORT_FORMAT = "openrouter-guardrails-export"
EXPORT_VERSION = 1


class FileError(ValueError):
    """A desired-state file that cannot be planned: what is wrong, and where."""


# --------------------------------------------------------------------------- the contract


def _operation(name: str) -> Operation:
    """The client's record of the SDK operation ``name`` (its operationId, body schema)."""
    return OPERATIONS[name]


def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = contract()["components"]["schemas"]
    return schemas


def _resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """The object schema behind a ``$ref``, an array's items or an ``anyOf`` with null."""
    while True:
        if "$ref" in schema:
            schema = _schemas()[str(schema["$ref"]).rsplit("/", 1)[1]]
        elif "items" in schema:
            schema = schema["items"]
        elif "anyOf" in schema:
            options = [o for o in schema["anyOf"] if o.get("type") != "null"]
            if len(options) != 1:
                return schema
            schema = options[0]
        else:
            return schema


@functools.cache
def _body_schema(operation: str) -> Mapping[str, Any]:
    """The request body schema of an SDK operation (``create``, ``update``, ...)."""
    body_name = _operation(operation).body_name
    if body_name is None:
        raise LookupError(f"{operation} takes no body")
    schema: Mapping[str, Any] = _schemas()[body_name]
    return schema


@functools.cache
def _guardrail_schema() -> Mapping[str, Any]:
    """The schema of a guardrail as the server returns it (the listing's items)."""
    return _listing_item("list")


def _listing_item(operation: str) -> Mapping[str, Any]:
    """The schema of the items of a listing operation's pages."""
    listing = _operation(operation)
    assert listing.pagination is not None, operation
    page = _schemas()[listing.response_name]
    return _resolve(page["properties"][listing.pagination.results])


def _properties(schema: Mapping[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = dict(schema.get("properties", {}))
    return properties


@functools.cache
def server_set_fields() -> frozenset[str]:
    """Fields of a guardrail that no request can set: the server's (id, timestamps)."""
    created = set(_properties(_body_schema("create")))
    return frozenset(set(_properties(_guardrail_schema())) - created)


@functools.cache
def identity_fields() -> tuple[str, str]:
    """``(name, workspace)``: the field that names a guardrail (the one a create requires)
    and the one that places it (settable at creation only)."""
    create = _body_schema("create")
    required = list(create.get("required", []))
    placed = sorted(set(_properties(create)) - set(_properties(_body_schema("update"))))
    if len(required) != 1 or len(placed) != 1:
        raise RuntimeError(
            f"the contract changed: a create requires {required} and only it sets {placed}; "
            "plan/apply match guardrails by one name within one workspace"
        )
    return required[0], placed[0]


@functools.cache
def compared_fields() -> tuple[str, ...]:
    """The fields ``plan`` compares: what an update sets, but the name (which matches) and
    deprecated fields (whose value lives in their replacements)."""
    name, _ = identity_fields()
    properties = _properties(_body_schema("update"))
    return tuple(
        sorted(k for k, spec in properties.items() if k != name and not spec.get("deprecated"))
    )


@functools.cache
def summary_columns() -> tuple[str, ...]:
    """The columns of the guardrails table: the identifier, the name, the update request's
    numbers and enumerations (the limit and its interval), and the workspace."""
    name, workspace = identity_fields()
    properties = _properties(_body_schema("update"))
    scalars = []
    for field_name in compared_fields():
        spec = properties[field_name]
        types = spec.get("type", [])
        types = [types] if isinstance(types, str) else types
        target = _resolve(spec)
        if {"number", "integer"} & set(types) or "enum" in target:
            scalars.append(field_name)
    return (id_field(), name, *scalars, workspace)


def _project(value: Any, schema: Mapping[str, Any]) -> Any:
    """``value`` with what ``schema`` does not take, or takes only as deprecated, left out
    of its objects (the server-set label of a builtin filter, for one)."""
    target = _resolve(schema)
    properties = _properties(target)
    if isinstance(value, list):
        return [_project(item, schema) for item in value]
    if isinstance(value, dict) and properties:
        return {
            k: _project(v, properties[k])
            for k, v in value.items()
            if k in properties and not properties[k].get("deprecated")
        }
    return value


def creatable(guardrail: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The create request for ``guardrail`` (a record of a file, or what ``get`` printed),
    and the names of what it left out because the server sets it."""
    properties = _properties(_body_schema("create"))
    server_set = server_set_fields()
    fields: dict[str, Any] = {}
    dropped = sorted(k for k in guardrail if k in server_set)
    for key, value in guardrail.items():
        if key not in properties:
            continue
        projected = _project(value, properties[key])
        if projected != value:
            dropped.append(f"{key}[].{'/'.join(_dropped_keys(value, projected))}")
        fields[key] = projected
    return fields, dropped


def _dropped_keys(value: Any, projected: Any) -> list[str]:
    keys: set[str] = set()
    for before, after in zip(value, projected, strict=True):
        if isinstance(before, dict):
            keys |= set(before) - set(after)
    return sorted(keys)


def comparable(field_name: str, value: Any) -> Any:
    """A field's value as ``plan`` compares it (server-set parts of its objects left out)."""
    return _project(value, _properties(_body_schema("update"))[field_name])


def same(a: Any, b: Any) -> bool:
    """JSON equality: numbers by value (``100 == 100.0``) but never a boolean for a number;
    lists of plain values in any order (the API keeps sets of providers and models)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return False
        if all(not isinstance(v, dict | list) for v in (*a, *b)):
            return sorted(map(_sort_key, a)) == sorted(map(_sort_key, b))
        return all(same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _sort_key(value: Any) -> tuple[str, str]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return ("number", repr(float(value)))
    return (type(value).__name__, repr(value))


# --------------------------------------------------------------------------- assignments


@dataclass(frozen=True)
class AssignmentKind:
    """Keys or members: the record's list (the bulk request's field), the field of an
    assignment holding one id, and the SDK's operations."""

    field: str
    item_field: str
    list_operation: str
    assign_operation: str
    unassign_operation: str
    #: One guardrail holds an id at a time (assigning a key moves it from the guardrail
    #: that held it); a member may be assigned to several guardrails.
    exclusive: bool = False


_ASSIGNMENT_OPERATIONS = (
    ("list_guardrail_key_assignments", "bulk_assign_keys", "bulk_unassign_keys", True),
    (
        "list_guardrail_member_assignments",
        "bulk_assign_members",
        "bulk_unassign_members",
        False,
    ),
)


@functools.cache
def assignment_kinds() -> tuple[AssignmentKind, ...]:
    """The two kinds of assignment, their names read from the contract."""
    kinds = []
    for list_op, assign_op, unassign_op, exclusive in _ASSIGNMENT_OPERATIONS:
        body = _body_schema(assign_op)
        # The request's list of ids (its required list, whatever else it requires).
        field_name = next(
            name for name in body.get("required", []) if "items" in _properties(body)[name]
        )
        item_properties = _properties(_listing_item(list_op))
        # The assignment's field that the request's list holds: key_hash for key_hashes.
        candidates = [
            p for p in item_properties if field_name.startswith(p) or field_name.endswith(p + "s")
        ]
        item_field = max(candidates, key=len)
        kinds.append(
            AssignmentKind(field_name, item_field, list_op, assign_op, unassign_op, exclusive)
        )
    return tuple(kinds)


# --------------------------------------------------------------------------- the file


@dataclass
class Desired:
    """One guardrail of the file: where it is, and what it states."""

    index: int
    name: str
    workspace: str | None
    fields: dict[str, Any]
    assigned: dict[str, list[str] | None]


def _where(index: int) -> str:
    return f"guardrails[{index}]"


def desired_records(document: Any, ignored_note: list[str] | None = None) -> list[Desired]:
    """The desired guardrails of a document in the export format, each checked against the
    contract. Raises :class:`FileError` naming the first problem (a duplicate name included).
    The deprecated fields a record gives are left out, and named in ``ignored_note``."""
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise FileError(f"not a guardrails file: expected 'format: {EXPORT_FORMAT}' at the top")
    version = document.get("version")
    if type(version) is not int or version != EXPORT_VERSION:
        raise FileError(f"version {version!r}; this tool reads version {EXPORT_VERSION}")
    records = document.get("guardrails")
    if records is None:
        raise FileError(
            "no 'guardrails' list: a file says which guardrails it wants ('guardrails: []' "
            "for none), so that a file missing them never deletes them all with --prune"
        )
    if not isinstance(records, list):
        raise FileError("'guardrails' must be a list of records")
    result: list[Desired] = []
    seen: dict[tuple[str | None, str], tuple[int, str]] = {}
    for index, record in enumerate(records):
        desired = _desired(index, record, ignored_note if ignored_note is not None else [])
        key = (desired.workspace, same_name(desired.name))
        if key in seen:
            first, spelled = seen[key]
            alike = "" if spelled == desired.name else f" (as {spelled!r} and {desired.name!r})"
            raise FileError(
                f"the name {desired.name!r} is given twice in {_workspace_label(desired.workspace)}"
                f"{alike} ({_where(first)} and {_where(index)}): names must be unique within a "
                "workspace, whatever their case, Unicode form, outer spaces or invisible "
                "characters"
            )
        seen[key] = (index, desired.name)
        result.append(desired)
    _refuse_shared_assignments(result)
    return result


#: Characters that show as nothing (zero-width spaces and joiners, the byte-order mark).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def same_name(name: str) -> str:
    """What two names that look alike have in common: NFC, without invisible characters,
    trimmed and case-folded."""
    return unicodedata.normalize("NFC", name).translate(_INVISIBLE).strip().casefold()


def _refuse_shared_assignments(records: Sequence[Desired]) -> None:
    """A key in two records could never converge (each apply would move it back and forth):
    refuse the file before any change."""
    for kind in assignment_kinds():
        if not kind.exclusive:
            continue
        holder: dict[str, int] = {}
        for record in records:
            for value in record.assigned.get(kind.field) or ():
                if value in holder:
                    raise FileError(
                        f"{kind.field}: {value!r} is in {_where(holder[value])} and "
                        f"{_where(record.index)}: it can belong to one guardrail only"
                    )
                holder[value] = record.index


def _desired(index: int, record: Any, ignored_note: list[str]) -> Desired:
    """One record of the file, checked."""
    where = _where(index)
    kinds = assignment_kinds()
    if not isinstance(record, dict) or not isinstance(record.get("guardrail"), dict):
        raise FileError(f"{where}: a record is an object with a 'guardrail' object")
    unknown = sorted(set(record) - {"guardrail", *(k.field for k in kinds)})
    if unknown:
        raise FileError(f"{where}: unknown key(s) {', '.join(unknown)}")
    fields, _dropped = creatable(record["guardrail"])
    unknown = sorted(set(record["guardrail"]) - set(fields) - server_set_fields())
    if unknown:
        raise FileError(f"{where}: unknown field(s) {', '.join(unknown)}")
    for name in sorted(deprecated_fields() & set(fields)):
        del fields[name]
        if name not in ignored_note:
            ignored_note.append(name)
    name_field, workspace_field = identity_fields()
    if workspace_field in fields and fields[workspace_field] is None:
        del fields[workspace_field]  # a guardrail of no workspace: the default one
    try:
        check_body(_operation("create"), fields)
        assigned = {kind.field: _assigned(record.get(kind.field), kind) for kind in kinds}
    except InvalidRequestError as exc:
        raise FileError(f"{where}: {exc}") from None
    name = fields.pop(name_field)
    workspace = fields.pop(workspace_field, None)
    return Desired(index, name, workspace, fields, assigned)


def _assigned(values: Any, kind: AssignmentKind) -> list[str] | None:
    """A record's list of assigned ids, checked (``None``: the record does not manage them)."""
    if values is None:
        return None
    if values == []:
        return []
    check_body(_operation(kind.assign_operation), {kind.field: values})
    return list(dict.fromkeys(values))


@functools.cache
def deprecated_fields() -> frozenset[str]:
    """The fields of a create request that the contract marks deprecated."""
    properties = _properties(_body_schema("create"))
    return frozenset(k for k, spec in properties.items() if spec.get("deprecated"))


def _workspace_label(workspace: str | None) -> str:
    return "the default workspace" if workspace is None else f"workspace {workspace}"


# --------------------------------------------------------------------------- the plan


@dataclass
class Current:
    """What the account holds in one covered workspace: its guardrails (as the server
    returns them) and, by guardrail id, the assigned ids of each kind that was read."""

    workspace: str | None
    guardrails: list[dict[str, Any]]
    assigned: dict[str, dict[str, list[str]]] = field(default_factory=dict)


@dataclass
class Change:
    """One change: ``action`` on the guardrail ``name`` of ``workspace``."""

    action: str
    workspace: str | None
    name: str
    guardrail_id: str | None = None
    #: create: the fields sent; update: ``{field: {"from": old, "to": new}}``.
    fields: dict[str, Any] = field(default_factory=dict)
    #: assign/unassign: the request's list field and the ids.
    assignment_field: str | None = None
    ids: list[str] = field(default_factory=list)
    #: The index of the file's record (None for a delete).
    record: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The change as ``plan --json`` prints it."""
        data: dict[str, Any] = {
            "action": self.action,
            N.Guardrail.WORKSPACE_ID: self.workspace,
            "name": self.name,
            "id": self.guardrail_id,
        }
        if self.action in ("create", "update"):
            data["fields"] = self.fields
        if self.assignment_field is not None:
            data[self.assignment_field] = self.ids
        return data

    def describe(self) -> str:
        """One line for the table's CHANGE column."""
        if self.action == "create":
            given = sorted((k, v) for k, v in self.fields.items() if v is not None)
            return ", ".join(f"{k}={_short(v)}" for k, v in given) or "-"
        if self.action == "update":
            return "; ".join(
                f"{k}: {_short(v['from'])} -> {_short(v['to'])}"
                for k, v in sorted(self.fields.items())
            )
        if self.assignment_field is not None:
            sign = "+" if self.action == "assign" else "-"
            shown = ", ".join(sign + i for i in self.ids[:SHOWN_IDS])
            more = len(self.ids) - SHOWN_IDS
            return f"{self.assignment_field}: {shown}" + (f" (and {more} more)" if more > 0 else "")
        return "-"


def _short(value: Any) -> str:
    import json

    text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass
class Plan:
    """The changes that make the account match the file, in order, and what was covered."""

    workspaces: list[str | None]
    changes: list[Change]
    #: Guardrails of the covered workspaces that the file does not name (kept without prune).
    unmanaged: list[Change]

    def counts(self) -> dict[str, int]:
        """How many changes of each action."""
        return {a: sum(1 for c in self.changes if c.action == a) for a in ACTIONS}

    def to_dict(self) -> dict[str, Any]:
        """The plan as ``plan --json`` prints it."""
        return {
            "workspaces": self.workspaces,
            "pending": bool(self.changes),
            "counts": self.counts(),
            "changes": [c.to_dict() for c in self.changes],
            "unmanaged": [
                {N.Guardrail.WORKSPACE_ID: c.workspace, "name": c.name, "id": c.guardrail_id}
                for c in self.unmanaged
            ],
        }


def duplicate_names(current: Current) -> list[tuple[str, list[str]]]:
    """Names held by more than one guardrail of a workspace, with their ids."""
    name_field, _ = identity_fields()
    ids: dict[str, list[str]] = {}
    for guardrail in current.guardrails:
        ids.setdefault(str(guardrail.get(name_field)), []).append(str(guardrail.get(id_field())))
    return [(name, found) for name, found in ids.items() if len(found) > 1]


def make_plan(
    desired: Sequence[Desired], current: Sequence[Current], *, prune: bool = False
) -> Plan:
    """The changes from ``current`` to ``desired``. ``current`` covers every workspace of
    ``desired`` (and holds the assignments of each matched guardrail the file manages)."""
    name_field, _ = identity_fields()
    gid_field = id_field()
    by_key = {(c.workspace, str(g.get(name_field))): (c, g) for c in current for g in c.guardrails}
    creates: list[Change] = []
    updates: list[Change] = []
    assigns: list[Change] = []
    unassigns: list[Change] = []
    matched: set[tuple[str | None, str]] = set()
    for record in desired:
        key = (record.workspace, record.name)
        found = by_key.get(key)
        matched.add(key)
        gid = None if found is None else str(found[1][gid_field])
        if found is None:
            fields = dict(record.fields)
            if record.workspace is not None:
                fields[identity_fields()[1]] = record.workspace
            creates.append(
                Change("create", record.workspace, record.name, None, fields, record=record.index)
            )
            have: dict[str, list[str]] = {}
        else:
            guardrail = found[1]
            diff = {
                k: {"from": comparable(k, guardrail.get(k)), "to": v}
                for k, v in record.fields.items()
                if k in compared_fields() and not same(comparable(k, guardrail.get(k)), v)
            }
            if diff:
                updates.append(
                    Change("update", record.workspace, record.name, gid, diff, record=record.index)
                )
            have = found[0].assigned.get(str(gid), {})
        for kind in assignment_kinds():
            wanted = record.assigned.get(kind.field)
            if wanted is None:
                continue
            held = have.get(kind.field, [])
            add = [i for i in wanted if i not in set(held)]
            remove = sorted(set(held) - set(wanted))
            if add:
                assigns.append(
                    Change(
                        "assign",
                        record.workspace,
                        record.name,
                        gid,
                        assignment_field=kind.field,
                        ids=add,
                        record=record.index,
                    )
                )
            if remove:
                unassigns.append(
                    Change(
                        "unassign",
                        record.workspace,
                        record.name,
                        gid,
                        assignment_field=kind.field,
                        ids=remove,
                        record=record.index,
                    )
                )
    extra = [
        Change("delete", c.workspace, str(g.get(name_field)), str(g[gid_field]))
        for c in current
        for g in c.guardrails
        if (c.workspace, str(g.get(name_field))) not in matched
    ]
    changes = [*creates, *updates, *assigns, *unassigns, *(extra if prune else [])]
    return Plan([c.workspace for c in current], changes, [] if prune else extra)


@functools.cache
def id_field() -> str:
    """The guardrail's identifier: the path parameter of ``get``."""
    (name,) = _operation("get").path_params
    return name
