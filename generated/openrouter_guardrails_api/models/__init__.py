"""Contains all the data models used in inputs/outputs"""

from .bulk_assign_keys_request import BulkAssignKeysRequest
from .bulk_assign_keys_response import BulkAssignKeysResponse
from .bulk_assign_members_request import BulkAssignMembersRequest
from .bulk_assign_members_response import BulkAssignMembersResponse
from .bulk_unassign_keys_request import BulkUnassignKeysRequest
from .bulk_unassign_keys_response import BulkUnassignKeysResponse
from .bulk_unassign_members_request import BulkUnassignMembersRequest
from .bulk_unassign_members_response import BulkUnassignMembersResponse
from .content_filter_action import ContentFilterAction
from .content_filter_builtin_action import ContentFilterBuiltinAction
from .content_filter_builtin_entry import ContentFilterBuiltinEntry
from .content_filter_builtin_entry_input import ContentFilterBuiltinEntryInput
from .content_filter_builtin_slug import ContentFilterBuiltinSlug
from .content_filter_entry import ContentFilterEntry
from .create_guardrail_request import CreateGuardrailRequest
from .create_guardrail_response import CreateGuardrailResponse
from .delete_guardrail_response import DeleteGuardrailResponse
from .error_detail import ErrorDetail
from .error_detail_metadata_type_0 import ErrorDetailMetadataType0
from .error_response import ErrorResponse
from .error_response_openrouter_metadata_type_0 import ErrorResponseOpenrouterMetadataType0
from .get_guardrail_response import GetGuardrailResponse
from .guardrail import Guardrail
from .guardrail_interval import GuardrailInterval
from .key_assignment import KeyAssignment
from .list_guardrails_response import ListGuardrailsResponse
from .list_key_assignments_response import ListKeyAssignmentsResponse
from .list_member_assignments_response import ListMemberAssignmentsResponse
from .member_assignment import MemberAssignment
from .prompt_injection_scan_scope import PromptInjectionScanScope
from .update_guardrail_request import UpdateGuardrailRequest
from .update_guardrail_response import UpdateGuardrailResponse

__all__ = (
    "BulkAssignKeysRequest",
    "BulkAssignKeysResponse",
    "BulkAssignMembersRequest",
    "BulkAssignMembersResponse",
    "BulkUnassignKeysRequest",
    "BulkUnassignKeysResponse",
    "BulkUnassignMembersRequest",
    "BulkUnassignMembersResponse",
    "ContentFilterAction",
    "ContentFilterBuiltinAction",
    "ContentFilterBuiltinEntry",
    "ContentFilterBuiltinEntryInput",
    "ContentFilterBuiltinSlug",
    "ContentFilterEntry",
    "CreateGuardrailRequest",
    "CreateGuardrailResponse",
    "DeleteGuardrailResponse",
    "ErrorDetail",
    "ErrorDetailMetadataType0",
    "ErrorResponse",
    "ErrorResponseOpenrouterMetadataType0",
    "GetGuardrailResponse",
    "Guardrail",
    "GuardrailInterval",
    "KeyAssignment",
    "ListGuardrailsResponse",
    "ListKeyAssignmentsResponse",
    "ListMemberAssignmentsResponse",
    "MemberAssignment",
    "PromptInjectionScanScope",
    "UpdateGuardrailRequest",
    "UpdateGuardrailResponse",
)
