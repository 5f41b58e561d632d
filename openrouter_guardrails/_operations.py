"""The 13 operations: their SDK name, the contract's operationId, the generated endpoint
module and response model, and how a failed attempt may be retried.

The generated modules are imported on first use, so ``import openrouter_guardrails`` stays
cheap.
"""

from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from openrouter_guardrails._retry import RetryKind

_API = "openrouter_guardrails_api.api.guardrails."
_MODELS = "openrouter_guardrails_api.models"


@dataclass(frozen=True)
class Operation:
    """One operation of the contract, as the client calls it."""

    name: str
    operation_id: str
    module_name: str
    response_name: str
    retry: RetryKind = RetryKind.IDEMPOTENT
    body_name: str | None = None
    paginated: bool = False

    @functools.cached_property
    def module(self) -> ModuleType:
        """The generated endpoint module (``_get_kwargs`` builds the request)."""
        return importlib.import_module(_API + self.module_name)

    @functools.cached_property
    def response_model(self) -> Any:
        """The generated model class of a success response."""
        return getattr(importlib.import_module(_MODELS), self.response_name)

    @functools.cached_property
    def body_model(self) -> Any:
        """The generated model class of the request body, if the operation has one."""
        if self.body_name is None:
            return None
        return getattr(importlib.import_module(_MODELS), self.body_name)


def _op(name: str, operation_id: str, response: str, **kw: Any) -> Operation:
    module = "".join(f"_{c.lower()}" if c.isupper() else c for c in operation_id)
    return Operation(name, operation_id, module, response, **kw)


OPERATIONS: dict[str, Operation] = {
    op.name: op
    for op in (
        _op("list", "listGuardrails", "ListGuardrailsResponse", paginated=True),
        _op(
            "create",
            "createGuardrail",
            "CreateGuardrailResponse",
            retry=RetryKind.CREATE,
            body_name="CreateGuardrailRequest",
        ),
        _op("delete", "deleteGuardrail", "DeleteGuardrailResponse"),
        _op("get", "getGuardrail", "GetGuardrailResponse"),
        _op(
            "update",
            "updateGuardrail",
            "UpdateGuardrailResponse",
            body_name="UpdateGuardrailRequest",
        ),
        _op(
            "list_guardrail_key_assignments",
            "listGuardrailKeyAssignments",
            "ListKeyAssignmentsResponse",
            paginated=True,
        ),
        _op(
            "bulk_assign_keys",
            "bulkAssignKeysToGuardrail",
            "BulkAssignKeysResponse",
            body_name="BulkAssignKeysRequest",
        ),
        _op(
            "bulk_unassign_keys",
            "bulkUnassignKeysFromGuardrail",
            "BulkUnassignKeysResponse",
            body_name="BulkUnassignKeysRequest",
        ),
        _op(
            "list_guardrail_member_assignments",
            "listGuardrailMemberAssignments",
            "ListMemberAssignmentsResponse",
            paginated=True,
        ),
        _op(
            "bulk_assign_members",
            "bulkAssignMembersToGuardrail",
            "BulkAssignMembersResponse",
            body_name="BulkAssignMembersRequest",
        ),
        _op(
            "bulk_unassign_members",
            "bulkUnassignMembersFromGuardrail",
            "BulkUnassignMembersResponse",
            body_name="BulkUnassignMembersRequest",
        ),
        _op(
            "list_key_assignments",
            "listKeyAssignments",
            "ListKeyAssignmentsResponse",
            paginated=True,
        ),
        _op(
            "list_member_assignments",
            "listMemberAssignments",
            "ListMemberAssignmentsResponse",
            paginated=True,
        ),
    )
}
