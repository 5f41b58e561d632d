"""The names of the contract, as constants: written by ``python -m generator`` from
``openapi/guardrails.yaml``; do not edit.

Handwritten code that must name a field, a parameter or an operation (the fake, which
implements the operations; the command line's columns; the conformance suite's scenarios)
uses these constants instead of string literals: a name the contract drops or renames then
fails type checking and import, instead of silently meaning nothing.
"""

from typing import Final

__all__ = [
    "OperationId",
    "Parameter",
    "BulkAssignKeysRequest",
    "BulkAssignKeysResponse",
    "BulkAssignMembersRequest",
    "BulkAssignMembersResponse",
    "BulkUnassignKeysRequest",
    "BulkUnassignKeysResponse",
    "BulkUnassignMembersRequest",
    "BulkUnassignMembersResponse",
    "ContentFilterBuiltinEntry",
    "ContentFilterBuiltinEntryInput",
    "ContentFilterEntry",
    "CreateGuardrailRequest",
    "CreateGuardrailResponse",
    "DeleteGuardrailResponse",
    "ErrorDetail",
    "ErrorResponse",
    "GetGuardrailResponse",
    "Guardrail",
    "KeyAssignment",
    "ListGuardrailsResponse",
    "ListKeyAssignmentsResponse",
    "ListMemberAssignmentsResponse",
    "MemberAssignment",
    "UpdateGuardrailRequest",
    "UpdateGuardrailResponse",
]


class OperationId:
    """The ``operationId`` of every operation."""

    LIST_GUARDRAILS: Final = "listGuardrails"
    CREATE_GUARDRAIL: Final = "createGuardrail"
    LIST_KEY_ASSIGNMENTS: Final = "listKeyAssignments"
    LIST_MEMBER_ASSIGNMENTS: Final = "listMemberAssignments"
    GET_GUARDRAIL: Final = "getGuardrail"
    DELETE_GUARDRAIL: Final = "deleteGuardrail"
    UPDATE_GUARDRAIL: Final = "updateGuardrail"
    LIST_GUARDRAIL_KEY_ASSIGNMENTS: Final = "listGuardrailKeyAssignments"
    BULK_ASSIGN_KEYS_TO_GUARDRAIL: Final = "bulkAssignKeysToGuardrail"
    BULK_UNASSIGN_KEYS_FROM_GUARDRAIL: Final = "bulkUnassignKeysFromGuardrail"
    LIST_GUARDRAIL_MEMBER_ASSIGNMENTS: Final = "listGuardrailMemberAssignments"
    BULK_ASSIGN_MEMBERS_TO_GUARDRAIL: Final = "bulkAssignMembersToGuardrail"
    BULK_UNASSIGN_MEMBERS_FROM_GUARDRAIL: Final = "bulkUnassignMembersFromGuardrail"


class Parameter:
    """The name of every path, query and header parameter."""

    HTTP_REFERER: Final = "HTTP-Referer"
    ID: Final = "id"
    LIMIT: Final = "limit"
    OFFSET: Final = "offset"
    WORKSPACE_ID: Final = "workspace_id"
    X_OPEN_ROUTER_CATEGORIES: Final = "X-OpenRouter-Categories"
    X_OPEN_ROUTER_TITLE: Final = "X-OpenRouter-Title"


class BulkAssignKeysRequest:
    """The fields of the ``BulkAssignKeysRequest`` schema."""

    KEY_HASHES: Final = "key_hashes"


class BulkAssignKeysResponse:
    """The fields of the ``BulkAssignKeysResponse`` schema."""

    ASSIGNED_COUNT: Final = "assigned_count"


class BulkAssignMembersRequest:
    """The fields of the ``BulkAssignMembersRequest`` schema."""

    MEMBER_USER_IDS: Final = "member_user_ids"


class BulkAssignMembersResponse:
    """The fields of the ``BulkAssignMembersResponse`` schema."""

    ASSIGNED_COUNT: Final = "assigned_count"


class BulkUnassignKeysRequest:
    """The fields of the ``BulkUnassignKeysRequest`` schema."""

    KEY_HASHES: Final = "key_hashes"


class BulkUnassignKeysResponse:
    """The fields of the ``BulkUnassignKeysResponse`` schema."""

    UNASSIGNED_COUNT: Final = "unassigned_count"


class BulkUnassignMembersRequest:
    """The fields of the ``BulkUnassignMembersRequest`` schema."""

    MEMBER_USER_IDS: Final = "member_user_ids"


class BulkUnassignMembersResponse:
    """The fields of the ``BulkUnassignMembersResponse`` schema."""

    UNASSIGNED_COUNT: Final = "unassigned_count"


class ContentFilterBuiltinEntry:
    """The fields of the ``ContentFilterBuiltinEntry`` schema."""

    ACTION: Final = "action"
    LABEL: Final = "label"
    SCAN_SCOPE: Final = "scan_scope"
    SLUG: Final = "slug"


class ContentFilterBuiltinEntryInput:
    """The fields of the ``ContentFilterBuiltinEntryInput`` schema."""

    ACTION: Final = "action"
    LABEL: Final = "label"
    SCAN_SCOPE: Final = "scan_scope"
    SLUG: Final = "slug"


class ContentFilterEntry:
    """The fields of the ``ContentFilterEntry`` schema."""

    ACTION: Final = "action"
    LABEL: Final = "label"
    PATTERN: Final = "pattern"


class CreateGuardrailRequest:
    """The fields of the ``CreateGuardrailRequest`` schema."""

    ALLOWED_MODELS: Final = "allowed_models"
    ALLOWED_PROVIDERS: Final = "allowed_providers"
    CONTENT_FILTER_BUILTINS: Final = "content_filter_builtins"
    CONTENT_FILTERS: Final = "content_filters"
    DESCRIPTION: Final = "description"
    ENABLE_FREE_MODEL_PUBLICATION: Final = "enable_free_model_publication"
    ENABLE_FREE_MODEL_TRAINING: Final = "enable_free_model_training"
    ENABLE_PAID_MODEL_TRAINING: Final = "enable_paid_model_training"
    ENFORCE_ZDR: Final = "enforce_zdr"
    ENFORCE_ZDR_ANTHROPIC: Final = "enforce_zdr_anthropic"
    ENFORCE_ZDR_GOOGLE: Final = "enforce_zdr_google"
    ENFORCE_ZDR_OPENAI: Final = "enforce_zdr_openai"
    ENFORCE_ZDR_OTHER: Final = "enforce_zdr_other"
    ENFORCE_ZDR_XAI: Final = "enforce_zdr_xai"
    IGNORED_MODELS: Final = "ignored_models"
    IGNORED_PROVIDERS: Final = "ignored_providers"
    INCLUDE_BYOK_IN_BUDGETS: Final = "include_byok_in_budgets"
    LIMIT_USD: Final = "limit_usd"
    NAME: Final = "name"
    RESET_INTERVAL: Final = "reset_interval"
    WORKSPACE_ID: Final = "workspace_id"


class CreateGuardrailResponse:
    """The fields of the ``CreateGuardrailResponse`` schema."""

    DATA: Final = "data"


class DeleteGuardrailResponse:
    """The fields of the ``DeleteGuardrailResponse`` schema."""

    DELETED: Final = "deleted"


class ErrorDetail:
    """The fields of the ``ErrorDetail`` schema."""

    CODE: Final = "code"
    MESSAGE: Final = "message"
    METADATA: Final = "metadata"


class ErrorResponse:
    """The fields of the ``ErrorResponse`` schema."""

    ERROR: Final = "error"
    OPENROUTER_METADATA: Final = "openrouter_metadata"
    USER_ID: Final = "user_id"


class GetGuardrailResponse:
    """The fields of the ``GetGuardrailResponse`` schema."""

    DATA: Final = "data"


class Guardrail:
    """The fields of the ``Guardrail`` schema."""

    ALLOWED_MODELS: Final = "allowed_models"
    ALLOWED_PROVIDERS: Final = "allowed_providers"
    CONTENT_FILTER_BUILTINS: Final = "content_filter_builtins"
    CONTENT_FILTERS: Final = "content_filters"
    CREATED_AT: Final = "created_at"
    DESCRIPTION: Final = "description"
    ENABLE_FREE_MODEL_PUBLICATION: Final = "enable_free_model_publication"
    ENABLE_FREE_MODEL_TRAINING: Final = "enable_free_model_training"
    ENABLE_PAID_MODEL_TRAINING: Final = "enable_paid_model_training"
    ENFORCE_ZDR: Final = "enforce_zdr"
    ENFORCE_ZDR_ANTHROPIC: Final = "enforce_zdr_anthropic"
    ENFORCE_ZDR_GOOGLE: Final = "enforce_zdr_google"
    ENFORCE_ZDR_OPENAI: Final = "enforce_zdr_openai"
    ENFORCE_ZDR_OTHER: Final = "enforce_zdr_other"
    ENFORCE_ZDR_XAI: Final = "enforce_zdr_xai"
    ID: Final = "id"
    IGNORED_MODELS: Final = "ignored_models"
    IGNORED_PROVIDERS: Final = "ignored_providers"
    INCLUDE_BYOK_IN_BUDGETS: Final = "include_byok_in_budgets"
    LIMIT_USD: Final = "limit_usd"
    NAME: Final = "name"
    RESET_INTERVAL: Final = "reset_interval"
    UPDATED_AT: Final = "updated_at"
    WORKSPACE_ID: Final = "workspace_id"


class KeyAssignment:
    """The fields of the ``KeyAssignment`` schema."""

    ASSIGNED_BY: Final = "assigned_by"
    CREATED_AT: Final = "created_at"
    GUARDRAIL_ID: Final = "guardrail_id"
    ID: Final = "id"
    KEY_HASH: Final = "key_hash"
    KEY_LABEL: Final = "key_label"
    KEY_NAME: Final = "key_name"


class ListGuardrailsResponse:
    """The fields of the ``ListGuardrailsResponse`` schema."""

    DATA: Final = "data"
    TOTAL_COUNT: Final = "total_count"


class ListKeyAssignmentsResponse:
    """The fields of the ``ListKeyAssignmentsResponse`` schema."""

    DATA: Final = "data"
    TOTAL_COUNT: Final = "total_count"


class ListMemberAssignmentsResponse:
    """The fields of the ``ListMemberAssignmentsResponse`` schema."""

    DATA: Final = "data"
    TOTAL_COUNT: Final = "total_count"


class MemberAssignment:
    """The fields of the ``MemberAssignment`` schema."""

    ASSIGNED_BY: Final = "assigned_by"
    CREATED_AT: Final = "created_at"
    GUARDRAIL_ID: Final = "guardrail_id"
    ID: Final = "id"
    ORGANIZATION_ID: Final = "organization_id"
    USER_ID: Final = "user_id"


class UpdateGuardrailRequest:
    """The fields of the ``UpdateGuardrailRequest`` schema."""

    ALLOWED_MODELS: Final = "allowed_models"
    ALLOWED_PROVIDERS: Final = "allowed_providers"
    CONTENT_FILTER_BUILTINS: Final = "content_filter_builtins"
    CONTENT_FILTERS: Final = "content_filters"
    DESCRIPTION: Final = "description"
    ENABLE_FREE_MODEL_PUBLICATION: Final = "enable_free_model_publication"
    ENABLE_FREE_MODEL_TRAINING: Final = "enable_free_model_training"
    ENABLE_PAID_MODEL_TRAINING: Final = "enable_paid_model_training"
    ENFORCE_ZDR: Final = "enforce_zdr"
    ENFORCE_ZDR_ANTHROPIC: Final = "enforce_zdr_anthropic"
    ENFORCE_ZDR_GOOGLE: Final = "enforce_zdr_google"
    ENFORCE_ZDR_OPENAI: Final = "enforce_zdr_openai"
    ENFORCE_ZDR_OTHER: Final = "enforce_zdr_other"
    ENFORCE_ZDR_XAI: Final = "enforce_zdr_xai"
    IGNORED_MODELS: Final = "ignored_models"
    IGNORED_PROVIDERS: Final = "ignored_providers"
    INCLUDE_BYOK_IN_BUDGETS: Final = "include_byok_in_budgets"
    LIMIT_USD: Final = "limit_usd"
    NAME: Final = "name"
    RESET_INTERVAL: Final = "reset_interval"


class UpdateGuardrailResponse:
    """The fields of the ``UpdateGuardrailResponse`` schema."""

    DATA: Final = "data"
