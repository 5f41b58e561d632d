"""The rules of the API that its contract states only in prose, each written once, here.

The fake follows the contract's schemas (validation, defaults, nullability) on its own; what
the schemas cannot say is below, each rule with the sentence of the contract it comes from
and a test (``tests/testing/test_fake_rules.py``). When the contract's prose changes, this is
the module to review.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from openrouter_guardrails_api import names as N

__all__ = [
    "DEFAULT_GUARDRAIL_NAMESPACE",
    "LABELLED_BY",
    "SCOPED_BY",
    "SERVER_ASSIGNED",
    "builtin_label",
    "default_guardrail_id",
    "default_guardrail_name",
    "listed_in_default_workspace",
    "stored_builtin",
]

#: Fields of a guardrail that the server sets, whatever a request says: its id and
#: timestamps ("ISO 8601 timestamp of when the guardrail was created"), and its workspace
#: (set at creation only: "The workspace to create the guardrail in").
SERVER_ASSIGNED = frozenset(
    {N.Guardrail.ID, N.Guardrail.CREATED_AT, N.Guardrail.UPDATED_AT, N.Guardrail.WORKSPACE_ID}
)

#: A builtin filter entry is known by its slug, and gets "the system-assigned redaction
#: label" of that slug.
LABELLED_BY = N.ContentFilterBuiltinEntry.SLUG

#: Builtin filters: "Every builtin slug supports "block", "redact", and the detect-only
#: "flag" action" (2026-08-22): no slug refuses an action the enum has, so no rule is needed
#: beyond the schema's enum. The label is "the system-assigned redaction label".


def builtin_label(slug: str) -> str:
    """The system-assigned redaction label of a builtin filter: ``email`` -> ``[EMAIL]``."""
    return "[" + slug.upper().replace("-", "_") + "]"


def stored_builtin(entry: Mapping[str, Any]) -> dict[str, Any]:
    """A builtin filter entry as a guardrail holds it: what was sent, with its label."""
    label = N.ContentFilterBuiltinEntry.LABEL
    stored = {key: value for key, value in entry.items() if key != label}
    stored[label] = builtin_label(str(entry.get(LABELLED_BY, "")))
    return stored


#: The workspace default guardrail: "Deterministic ID derived from the workspace ID. The
#: default guardrail is materialized when its configuration is first written." GET answers
#: 404 until then ("the workspace default guardrail has not been configured yet"); PATCH
#: materializes it ("or materialize an unconfigured workspace default guardrail"); its name
#: "is derived from its workspace and not editable" (400).
DEFAULT_GUARDRAIL_NAMESPACE = uuid.UUID("6f1c2b9e-3d4a-5b6c-8d7e-9f0a1b2c3d4e")


def default_guardrail_id(workspace: str) -> str:
    """The id of a workspace's default guardrail (the same for the same workspace)."""
    return str(uuid.uuid5(DEFAULT_GUARDRAIL_NAMESPACE, workspace))


def default_guardrail_name(workspace: str) -> str:
    """The name of a workspace's default guardrail, derived from its workspace."""
    return f"Default guardrail of workspace {workspace}"


#: "Filter guardrails by workspace ID. By default, guardrails in the default workspace are
#: returned": the one listing filter with a default, and the field it filters on.
SCOPED_BY = N.Guardrail.WORKSPACE_ID


def listed_in_default_workspace(workspace: str | None, default_workspace: str) -> bool:
    """Whether a guardrail of ``workspace`` is listed when the list names no workspace.

    "The workspace this guardrail belongs to, or `null` for an unscoped legacy guardrail
    predating workspaces [...] A `null` value does not mean the default workspace": the
    listing without a workspace shows the default workspace's guardrails and the legacy ones
    (they belong to the account, not to a workspace); a listing of a named workspace shows
    only that workspace's.
    """
    return workspace is None or workspace == default_workspace
