"""A command for every operation of the contract that no handwritten command calls (one the
contract gained after a regeneration): named after its SDK name, with its path parameters as
arguments, its query parameters and body fields as options, and its answer printed as JSON
(a listing: its first page). Nothing here names an operation: they come from the generated
operation table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import click
from openrouter_guardrails_api import names as N
from openrouter_guardrails_api.sdk import OPERATIONS

from openrouter_guardrails._contract import document
from openrouter_guardrails._operations import Operation
from openrouter_guardrails.cli._commands import (
    State,
    _collect,
    _emit,
    _field_options,
    _guard,
    main,
    pass_state,
)

__all__ = ["COVERED", "add_commands"]

#: The operations the handwritten commands call (list, get, create, update, delete, the
#: keys and members commands, assignments): every other one gets a command of its own.
COVERED = frozenset(
    {
        N.OperationId.LIST_GUARDRAILS,
        N.OperationId.CREATE_GUARDRAIL,
        N.OperationId.GET_GUARDRAIL,
        N.OperationId.UPDATE_GUARDRAIL,
        N.OperationId.DELETE_GUARDRAIL,
        N.OperationId.LIST_GUARDRAIL_KEY_ASSIGNMENTS,
        N.OperationId.BULK_ASSIGN_KEYS_TO_GUARDRAIL,
        N.OperationId.BULK_UNASSIGN_KEYS_FROM_GUARDRAIL,
        N.OperationId.LIST_GUARDRAIL_MEMBER_ASSIGNMENTS,
        N.OperationId.BULK_ASSIGN_MEMBERS_TO_GUARDRAIL,
        N.OperationId.BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL,
        N.OperationId.LIST_KEY_ASSIGNMENTS,
        N.OperationId.LIST_MEMBER_ASSIGNMENTS,
    }
)


def _command_name(operation: Operation) -> str:
    return operation.name.replace("_", "-")


#: The click type of a query parameter, by its JSON type.
_TYPES: dict[str, Any] = {"integer": int, "number": float, "boolean": bool}


def _query_type(operation: Operation, name: str) -> Any:
    """The click type of a query parameter, from its schema (a string by default)."""
    contract = document()
    declared = contract["paths"][operation.path][operation.method].get("parameters", [])
    for declaration in declared:
        entry = declaration
        if "$ref" in declaration:
            entry = contract["components"]["parameters"][declaration["$ref"].rsplit("/", 1)[-1]]
        if entry.get("name") == name:
            kinds = entry.get("schema", {}).get("type", "string")
            kinds = [kinds] if isinstance(kinds, str) else kinds
            return next((_TYPES[k] for k in kinds if k in _TYPES), str)
    return str


def _command(operation: Operation) -> click.Command:
    """The command of ``operation``."""

    @pass_state
    @_guard
    def run(state: State, **given: Any) -> None:
        arguments = {name: given[name] for name in operation.path_params}
        arguments |= {
            name: given[name] for name in operation.query_params if given.get(name) is not None
        }
        if operation.body_name is not None:
            arguments |= _collect(operation.body_name, given)
        result = getattr(state.client().guardrails, operation.name)(**arguments)
        answer = result.result if operation.pagination is not None else result
        _emit(state, answer.to_dict())

    run.__doc__ = (
        f"{operation.method.upper()} {operation.path} ({operation.operation_id}): a command "
        "made from the contract; prints the answer as JSON."
    )
    decorated: Callable[..., Any] = run
    if operation.body_name is not None:
        decorated = _field_options(operation.body_name)(decorated)
    for name in reversed(operation.query_params):
        decorated = click.option(
            "--" + name.replace("_", "-"),
            name,
            type=_query_type(operation, name),
            default=None,
        )(decorated)
    for name in reversed(operation.path_params):
        decorated = click.argument(name, metavar=name.upper())(decorated)
    return click.command(_command_name(operation))(decorated)


def add_commands(
    group: click.Group = main, operations: Iterable[Operation] = OPERATIONS.values()
) -> list[str]:
    """Add to ``group`` a command for each of ``operations`` that no handwritten command
    calls; return their names."""
    added = []
    for operation in operations:
        if operation.operation_id in COVERED or _command_name(operation) in group.commands:
            continue
        group.add_command(_command(operation))
        added.append(_command_name(operation))
    return added


add_commands()
