"""What a person must still write after a curation: the change report's ``write:`` and
``review:`` lines.

Most changes need no handwritten edit (a new field, parameter or enum value flows from the
contract into the client, the command line, the fake and the conformance suite). The rest are
named here, per change, with the places of the handwritten package that name what changed:
a keyword argument (``description=...``) or a constant of the generated ``names`` module
(``N.Guardrail.DESCRIPTION``). Those places are found on the syntax trees, not by searching
text; ``tox -e type`` (mypy) names any other use, such as an attribute read.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The handwritten package scanned for uses (relative to the project root).
PACKAGE = "openrouter_guardrails"
#: The reference fake, whose handlers table names each operation it models.
FAKE = f"{PACKAGE}/testing/_fake.py"
#: The alias the handwritten modules import the generated names module under.
NAMES_ALIAS = "N"
#: The prefix openapi-python-client gives a field name that is not an identifier.
FIELD_PREFIX = "field"


@dataclass(frozen=True)
class Use:
    """A place of handwritten code that names something of the contract."""

    path: str
    line: int
    how: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line} {self.how}"


class Uses:
    """Where the handwritten package names keyword arguments and ``names`` constants."""

    def __init__(self, root: Path) -> None:
        self.keywords: dict[str, list[Use]] = defaultdict(list)
        self.constants: dict[tuple[str, str], list[Use]] = defaultdict(list)
        package = root / PACKAGE
        for path in sorted(package.rglob("*.py")) if package.is_dir() else ():
            relative = path.relative_to(root).as_posix()
            try:
                tree = ast.parse(path.read_text(encoding="utf-8"), relative)
            except (SyntaxError, UnicodeDecodeError, OSError):
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.keyword) and node.arg is not None:
                    self.keywords[node.arg].append(
                        Use(relative, node.value.lineno, f"passes {node.arg}=")
                    )
                elif (
                    isinstance(node, ast.Attribute)
                    and isinstance(node.value, ast.Attribute)
                    and isinstance(node.value.value, ast.Name)
                    and node.value.value.id == NAMES_ALIAS
                ):
                    group, constant = node.value.attr, node.attr
                    self.constants[(group, constant)].append(
                        Use(relative, node.lineno, f"names {NAMES_ALIAS}.{group}.{constant}")
                    )

    def of_name(self, group: str, wire_name: str) -> list[Use]:
        """The uses of a field or parameter: as a keyword argument, and as its constant."""
        from openapi_python_client.strings import PythonIdentifier

        python_name = str(PythonIdentifier(wire_name, prefix=FIELD_PREFIX))
        found = self.keywords.get(python_name, []) + self.constants.get(
            (group, constant(wire_name)), []
        )
        return sorted(set(found), key=lambda use: (use.path, use.line, use.how))


def constant(name: str) -> str:
    """The constant of the generated ``names`` module for ``name`` (spelled as the generator
    spells it; its tools are imported only when a change needs them)."""
    from openapi_python_client.strings import snake_case

    return snake_case(name).upper()


def _operation_ids(spec: Mapping[str, Any]) -> dict[str, str]:
    ids: dict[str, str] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method, op in (item or {}).items():
            if isinstance(op, dict) and "operationId" in op:
                ids[f"{method.upper()} {path}"] = str(op["operationId"])
    return ids


#: Keys of a property that say nothing of its type (a renamed field may change them).
_PROSE_KEYS = frozenset({"description", "example", "examples", "deprecated", "title"})


def _schema_type(spec: Mapping[str, Any], schema: str, field: str) -> Any:
    schemas = (spec.get("components") or {}).get("schemas") or {}
    prop = ((schemas.get(schema) or {}).get("properties") or {}).get(field) or {}
    return {key: value for key, value in prop.items() if key not in _PROSE_KEYS}


def _write(uses: Sequence[Use]) -> list[str]:
    return [f"write: {use}" for use in uses]


def _renamed(
    schema: str,
    field: str,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    added_fields: Iterable[str],
) -> list[str]:
    """A field added to the same schema with the same type as a removed one: perhaps a
    rename, which a person decides."""
    before = _schema_type(old, schema, field)
    lines = []
    for other in added_fields:
        other_schema, other_field = other.split(".", 1)
        if other_schema == schema and _schema_type(new, schema, other_field) == before:
            lines.append(
                f"review: perhaps renamed to {other} (same schema, same type): keep the old "
                "name as a deprecated alias while the API still takes it"
            )
    return lines


def notes(
    changes: Iterable[Any],
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    uses: Uses,
) -> dict[Any, list[str]]:
    """Per change (a ``curate.Change``), the lines that say what a person must still write
    or review; a change that needs nothing has no entry."""
    changes = list(changes)
    old_ids, new_ids = _operation_ids(old), _operation_ids(new)
    added_fields = [c.what for c in changes if c.kind == "field" and c.added]
    out: dict[Any, list[str]] = {}
    for change in changes:
        lines: list[str] = []
        if change.kind == "operation" and change.added:
            operation_id = new_ids.get(change.what, change.what)
            modelled = uses.constants.get(("OperationId", constant(operation_id)), [])
            if any(use.path == FAKE for use in modelled):
                continue
            lines.append(
                f"write: the fake's rule for {operation_id} (the handlers table of "
                f"{FAKE}); until then the fake answers 501 naming it and "
                "contract-test fails on contract_modelled (its client method and its "
                "command-line command come from the contract)"
            )
        elif change.kind == "operation":
            operation_id = old_ids.get(change.what, change.what)
            lines += _write(uses.constants.get(("OperationId", constant(operation_id)), []))
            lines.append(f"review: the client method of {operation_id} is gone: a major release")
        elif change.kind == "parameter":
            key, wire_name = change.what.rsplit(" ", 1)
            if change.added and change.breaking:
                lines.append(f"review: every call of {key} must now pass {wire_name}")
            elif not change.added:
                lines += _write(uses.of_name("Parameter", wire_name))
        elif change.kind == "type" or (change.kind == "field" and not change.added):
            schema, field = change.what.split(":", 1)[0].split(".", 1)
            found = uses.of_name(schema, field)
            lines += _write(found)
            if change.kind == "field":
                lines += _renamed(schema, field, old, new, added_fields)
            if not found:
                lines.append("no handwritten code names it as an argument or a constant")
        elif change.kind == "field" and change.breaking:
            schema, field = change.what.split(".", 1)
            lines.append(
                f"review: every {schema} must now hold {field}: callers pass it (apps, the "
                "command line's option becomes required, export files for apply); the fake "
                "and contract-test take it from the contract"
            )
        elif change.kind == "required" and change.added:
            schema, field = change.what.split(".", 1)
            lines.append(f"review: every {schema} must now hold {field}: callers pass it")
        elif change.kind == "enum value" and not change.added:
            lines.append("review: export files and apps that send the value are refused")
        if lines:
            out[change] = lines
    return out
