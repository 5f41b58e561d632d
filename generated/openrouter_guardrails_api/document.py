"""The curated contract itself, as Python data: written by ``python -m generator``
from ``openapi/guardrails.yaml``; do not edit. The command line and the testing kit read
schemas here (the testing kit's ``jsonschema`` oracle among them); the client uses only
what the build step compiled from it (``sdk``, ``checks``).
"""

from typing import Any

DOCUMENT: dict[str, Any] = {
    "components": {
        "parameters": {
            "AppCategories": {
                "description": 'Comma-separated list of app categories (e.g. "cli-agent,cloud-agent"). Used for marketplace rankings.',
                "in": "header",
                "name": "X-OpenRouter-Categories",
                "required": False,
                "schema": {"type": "string"},
            },
            "AppReferer": {
                "description": "The app identifier should be your app's URL and is used as the primary identifier for rankings. This is used to track API usage per application.",
                "in": "header",
                "name": "HTTP-Referer",
                "required": False,
                "schema": {"type": "string"},
            },
            "AppTitle": {
                "description": "The app display name allows you to customize how your app appears in OpenRouter's dashboard.",
                "in": "header",
                "name": "X-OpenRouter-Title",
                "required": False,
                "schema": {"type": "string"},
            },
        },
        "schemas": {
            "BulkAssignKeysRequest": {
                "example": {
                    "key_hashes": [
                        "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"
                    ]
                },
                "properties": {
                    "key_hashes": {
                        "description": "Array of API key hashes to assign to the guardrail",
                        "example": [
                            "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"
                        ],
                        "items": {"minLength": 1, "type": "string"},
                        "minItems": 1,
                        "type": "array",
                    }
                },
                "required": ["key_hashes"],
                "type": "object",
            },
            "BulkAssignKeysResponse": {
                "example": {"assigned_count": 3},
                "properties": {
                    "assigned_count": {
                        "description": "Number of keys successfully assigned",
                        "example": 3,
                        "type": "integer",
                    }
                },
                "required": ["assigned_count"],
                "type": "object",
            },
            "BulkAssignMembersRequest": {
                "example": {"member_user_ids": ["user_abc123", "user_def456"]},
                "properties": {
                    "member_user_ids": {
                        "description": "Array of member user IDs to assign to the guardrail",
                        "example": ["user_abc123", "user_def456"],
                        "items": {"minLength": 1, "type": "string"},
                        "minItems": 1,
                        "type": "array",
                    }
                },
                "required": ["member_user_ids"],
                "type": "object",
            },
            "BulkAssignMembersResponse": {
                "example": {"assigned_count": 2},
                "properties": {
                    "assigned_count": {
                        "description": "Number of members successfully assigned",
                        "example": 2,
                        "type": "integer",
                    }
                },
                "required": ["assigned_count"],
                "type": "object",
            },
            "BulkUnassignKeysRequest": {
                "example": {
                    "key_hashes": [
                        "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"
                    ]
                },
                "properties": {
                    "key_hashes": {
                        "description": "Array of API key hashes to unassign from the guardrail",
                        "example": [
                            "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"
                        ],
                        "items": {"minLength": 1, "type": "string"},
                        "minItems": 1,
                        "type": "array",
                    }
                },
                "required": ["key_hashes"],
                "type": "object",
            },
            "BulkUnassignKeysResponse": {
                "example": {"unassigned_count": 3},
                "properties": {
                    "unassigned_count": {
                        "description": "Number of keys successfully unassigned",
                        "example": 3,
                        "type": "integer",
                    }
                },
                "required": ["unassigned_count"],
                "type": "object",
            },
            "BulkUnassignMembersRequest": {
                "example": {"member_user_ids": ["user_abc123", "user_def456"]},
                "properties": {
                    "member_user_ids": {
                        "description": "Array of member user IDs to unassign from the guardrail",
                        "example": ["user_abc123", "user_def456"],
                        "items": {"minLength": 1, "type": "string"},
                        "minItems": 1,
                        "type": "array",
                    }
                },
                "required": ["member_user_ids"],
                "type": "object",
            },
            "BulkUnassignMembersResponse": {
                "example": {"unassigned_count": 2},
                "properties": {
                    "unassigned_count": {
                        "description": "Number of members successfully unassigned",
                        "example": 2,
                        "type": "integer",
                    }
                },
                "required": ["unassigned_count"],
                "type": "object",
            },
            "ContentFilterAction": {
                "description": "Action taken when the pattern matches",
                "enum": ["redact", "block", "flag"],
                "example": "block",
                "type": "string",
            },
            "ContentFilterBuiltinAction": {
                "description": "Action taken when the builtin filter triggers",
                "enum": ["redact", "block", "flag"],
                "example": "block",
                "type": "string",
            },
            "ContentFilterBuiltinEntry": {
                "description": "A builtin content filter entry. Builtin filters include PII detectors and the regex-based prompt injection detector.",
                "example": {"action": "redact", "label": "[EMAIL]", "slug": "email"},
                "properties": {
                    "action": {"$ref": "#/components/schemas/ContentFilterBuiltinAction"},
                    "label": {
                        "description": 'Read-only, system-assigned redaction placeholder derived from the slug (e.g. "[EMAIL]", "[PHONE]"). Not settable by the caller.',
                        "example": "[EMAIL]",
                        "maxLength": 100,
                        "type": "string",
                    },
                    "scan_scope": {
                        "$ref": "#/components/schemas/PromptInjectionScanScope",
                        "x-open": {"kept-only-when": {"slug": "regex-prompt-injection"}},
                    },
                    "slug": {"$ref": "#/components/schemas/ContentFilterBuiltinSlug"},
                },
                "required": ["slug", "action"],
                "type": "object",
            },
            "ContentFilterBuiltinEntryInput": {
                "description": "A builtin content filter entry for create/update requests. Labels are system-assigned and cannot be set by the caller.",
                "example": {"action": "redact", "slug": "email"},
                "properties": {
                    "action": {"$ref": "#/components/schemas/ContentFilterBuiltinAction"},
                    "label": {
                        "deprecated": True,
                        "description": "Deprecated: labels are system-assigned and cannot be set by the caller. Accepted for backward compatibility but silently ignored.",
                        "maxLength": 100,
                        "type": "string",
                    },
                    "scan_scope": {"$ref": "#/components/schemas/PromptInjectionScanScope"},
                    "slug": {"$ref": "#/components/schemas/ContentFilterBuiltinSlug"},
                },
                "required": ["slug", "action"],
                "type": "object",
            },
            "ContentFilterBuiltinSlug": {
                "description": "The builtin filter identifier",
                "enum": [
                    "email",
                    "phone",
                    "ssn",
                    "credit-card",
                    "ip-address",
                    "person-name",
                    "address",
                    "regex-prompt-injection",
                ],
                "example": "regex-prompt-injection",
                "type": "string",
            },
            "ContentFilterEntry": {
                "description": "A custom regex content filter that scans request messages for matching patterns.",
                "example": {
                    "action": "redact",
                    "label": "[API_KEY]",
                    "pattern": "\\b(sk-[a-zA-Z0-9]{48})\\b",
                },
                "properties": {
                    "action": {"$ref": "#/components/schemas/ContentFilterAction"},
                    "label": {
                        "description": "Optional label used in redaction placeholders or error messages",
                        "example": "[API_KEY]",
                        "maxLength": 100,
                        "type": ["string", "null"],
                    },
                    "pattern": {
                        "description": "A regex pattern to match against request content",
                        "example": "\\b(sk-[a-zA-Z0-9]{48})\\b",
                        "minLength": 1,
                        "type": "string",
                    },
                },
                "required": ["pattern", "action"],
                "type": "object",
            },
            "CreateGuardrailRequest": {
                "example": {
                    "allowed_models": None,
                    "allowed_providers": ["openai", "anthropic", "deepseek"],
                    "content_filter_builtins": [
                        {"action": "block", "slug": "regex-prompt-injection"}
                    ],
                    "content_filters": None,
                    "description": "A guardrail for limiting API usage",
                    "enforce_zdr_anthropic": True,
                    "enforce_zdr_google": False,
                    "enforce_zdr_openai": True,
                    "enforce_zdr_other": False,
                    "enforce_zdr_xai": False,
                    "ignored_models": None,
                    "ignored_providers": None,
                    "limit_usd": 50,
                    "name": "My New Guardrail",
                    "reset_interval": "monthly",
                },
                "properties": {
                    "allowed_models": {
                        "description": "Array of model identifiers (slug or canonical_slug accepted)",
                        "example": [
                            "openai/gpt-5.2",
                            "anthropic/claude-4.5-opus-20251124",
                            "deepseek/deepseek-r1-0528:free",
                        ],
                        "items": {"type": "string"},
                        "minItems": 1,
                        "type": ["array", "null"],
                    },
                    "allowed_providers": {
                        "description": "List of allowed provider IDs",
                        "example": ["openai", "anthropic", "deepseek"],
                        "items": {"type": "string"},
                        "minItems": 1,
                        "type": ["array", "null"],
                    },
                    "content_filter_builtins": {
                        "description": 'Builtin content filters to apply. Every builtin slug supports "block", "redact", and the detect-only "flag" action.',
                        "example": [{"action": "block", "slug": "regex-prompt-injection"}],
                        "items": {"$ref": "#/components/schemas/ContentFilterBuiltinEntryInput"},
                        "type": ["array", "null"],
                    },
                    "content_filters": {
                        "description": "Custom regex content filters to apply to request messages",
                        "example": [
                            {
                                "action": "redact",
                                "label": "[API_KEY]",
                                "pattern": "\\b(sk-[a-zA-Z0-9]{48})\\b",
                            }
                        ],
                        "items": {"$ref": "#/components/schemas/ContentFilterEntry"},
                        "type": ["array", "null"],
                    },
                    "description": {
                        "description": "Description of the guardrail",
                        "example": "A guardrail for limiting API usage",
                        "maxLength": 1000,
                        "type": ["string", "null"],
                    },
                    "enable_free_model_publication": {
                        "description": "Whether this guardrail allows free endpoints that publish prompts.",
                        "example": False,
                        "type": ["boolean", "null"],
                    },
                    "enable_free_model_training": {
                        "description": "Whether this guardrail allows free endpoints that train on request data.",
                        "example": True,
                        "type": ["boolean", "null"],
                    },
                    "enable_paid_model_training": {
                        "description": "Whether this guardrail allows paid endpoints that train on request data.",
                        "example": True,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr": {
                        "deprecated": True,
                        "description": "Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai, enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any of those per-provider fields that are not explicitly specified on the request.",
                        "example": False,
                        "type": ["boolean", "null"],
                        "x-fills-unset": [
                            "enforce_zdr_anthropic",
                            "enforce_zdr_google",
                            "enforce_zdr_openai",
                            "enforce_zdr_other",
                            "enforce_zdr_xai",
                        ],
                    },
                    "enforce_zdr_anthropic": {
                        "description": "Whether to enforce zero data retention for Anthropic models. Falls back to enforce_zdr when not provided.",
                        "example": False,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr_google": {
                        "description": "Whether to enforce zero data retention for Google models. Falls back to enforce_zdr when not provided.",
                        "example": False,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr_openai": {
                        "description": "Whether to enforce zero data retention for OpenAI models. Falls back to enforce_zdr when not provided.",
                        "example": False,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr_other": {
                        "description": "Whether to enforce zero data retention for models that are not from Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided.",
                        "example": False,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr_xai": {
                        "description": "Whether to enforce zero data retention for xAI models. Falls back to enforce_zdr when not provided.",
                        "example": False,
                        "type": ["boolean", "null"],
                    },
                    "ignored_models": {
                        "description": "Array of model identifiers to exclude from routing (slug or canonical_slug accepted)",
                        "example": ["openai/gpt-4o-mini"],
                        "items": {"type": "string"},
                        "minItems": 1,
                        "type": ["array", "null"],
                    },
                    "ignored_providers": {
                        "description": "List of provider IDs to exclude from routing",
                        "example": ["azure"],
                        "items": {"type": "string"},
                        "minItems": 1,
                        "type": ["array", "null"],
                    },
                    "include_byok_in_budgets": {
                        "default": False,
                        "description": "Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's limit_usd, in addition to OpenRouter credit spend. Defaults to false.",
                        "example": False,
                        "type": "boolean",
                    },
                    "limit_usd": {
                        "description": "Spending limit in USD",
                        "example": 50,
                        "format": "double",
                        "type": ["number", "null"],
                    },
                    "name": {
                        "description": "Name for the new guardrail",
                        "example": "My New Guardrail",
                        "maxLength": 200,
                        "minLength": 1,
                        "type": "string",
                    },
                    "reset_interval": {
                        "anyOf": [
                            {"$ref": "#/components/schemas/GuardrailInterval"},
                            {"type": "null"},
                        ]
                    },
                    "workspace_id": {
                        "description": "The workspace to create the guardrail in. When omitted, the guardrail is created in the default workspace; if that default has been deleted, the request returns a 400 and you must pass `workspace_id` explicitly. This only places the guardrail in the workspace; the created guardrail enforces nothing for that workspace's traffic until it is assigned to API keys or members. To restrict all traffic in a workspace, update the workspace's default guardrail instead.",
                        "example": "0df9e665-d932-5740-b2c7-b52af166bc11",
                        "type": "string",
                    },
                },
                "required": ["name"],
                "type": "object",
            },
            "CreateGuardrailResponse": {
                "example": {
                    "data": {
                        "allowed_models": None,
                        "allowed_providers": ["openai", "anthropic", "google"],
                        "content_filter_builtins": [
                            {"action": "redact", "label": "[EMAIL]", "slug": "email"}
                        ],
                        "content_filters": None,
                        "created_at": "2025-08-24T10:30:00Z",
                        "description": "A guardrail for limiting API usage",
                        "enforce_zdr": None,
                        "enforce_zdr_anthropic": True,
                        "enforce_zdr_google": False,
                        "enforce_zdr_openai": True,
                        "enforce_zdr_other": False,
                        "enforce_zdr_xai": False,
                        "id": "550e8400-e29b-41d4-a716-446655440000",
                        "ignored_models": None,
                        "ignored_providers": None,
                        "include_byok_in_budgets": False,
                        "limit_usd": 50,
                        "name": "My New Guardrail",
                        "reset_interval": "monthly",
                        "updated_at": None,
                        "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11",
                    }
                },
                "properties": {"data": {"$ref": "#/components/schemas/Guardrail"}},
                "required": ["data"],
                "type": "object",
            },
            "DeleteGuardrailResponse": {
                "example": {"deleted": True},
                "properties": {
                    "deleted": {
                        "const": True,
                        "description": "Confirmation that the guardrail was deleted",
                        "example": True,
                        "type": "boolean",
                    }
                },
                "required": ["deleted"],
                "type": "object",
            },
            "ErrorDetail": {
                "description": "What went wrong: the HTTP status as a number, and a message.",
                "properties": {
                    "code": {"type": "integer"},
                    "message": {"type": "string"},
                    "metadata": {"additionalProperties": {}, "type": ["object", "null"]},
                },
                "required": ["code", "message"],
                "type": "object",
            },
            "ErrorResponse": {
                "description": "The API's error envelope, the same for every error status.",
                "properties": {
                    "error": {"$ref": "#/components/schemas/ErrorDetail"},
                    "openrouter_metadata": {"additionalProperties": {}, "type": ["object", "null"]},
                    "user_id": {"type": ["string", "null"]},
                },
                "required": ["error"],
                "type": "object",
            },
            "GetGuardrailResponse": {
                "example": {
                    "data": {
                        "allowed_models": None,
                        "allowed_providers": ["openai", "anthropic", "google"],
                        "content_filter_builtins": [
                            {"action": "redact", "label": "[EMAIL]", "slug": "email"}
                        ],
                        "content_filters": None,
                        "created_at": "2025-08-24T10:30:00Z",
                        "description": "Guardrail for production environment",
                        "enforce_zdr": None,
                        "enforce_zdr_anthropic": True,
                        "enforce_zdr_google": False,
                        "enforce_zdr_openai": True,
                        "enforce_zdr_other": False,
                        "enforce_zdr_xai": False,
                        "id": "550e8400-e29b-41d4-a716-446655440000",
                        "ignored_models": None,
                        "ignored_providers": None,
                        "include_byok_in_budgets": False,
                        "limit_usd": 100,
                        "name": "Production Guardrail",
                        "reset_interval": "monthly",
                        "updated_at": "2025-08-24T15:45:00Z",
                        "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11",
                    }
                },
                "properties": {"data": {"$ref": "#/components/schemas/Guardrail"}},
                "required": ["data"],
                "type": "object",
            },
            "Guardrail": {
                "example": {
                    "allowed_models": None,
                    "allowed_providers": ["openai", "anthropic", "google"],
                    "content_filter_builtins": [
                        {"action": "redact", "label": "[EMAIL]", "slug": "email"}
                    ],
                    "content_filters": None,
                    "created_at": "2025-08-24T10:30:00Z",
                    "description": "Guardrail for production environment",
                    "enable_free_model_publication": False,
                    "enable_free_model_training": True,
                    "enable_paid_model_training": True,
                    "enforce_zdr": None,
                    "enforce_zdr_anthropic": True,
                    "enforce_zdr_google": False,
                    "enforce_zdr_openai": True,
                    "enforce_zdr_other": False,
                    "enforce_zdr_xai": False,
                    "id": "550e8400-e29b-41d4-a716-446655440000",
                    "ignored_models": None,
                    "ignored_providers": None,
                    "include_byok_in_budgets": False,
                    "limit_usd": 100,
                    "name": "Production Guardrail",
                    "reset_interval": "monthly",
                    "updated_at": "2025-08-24T15:45:00Z",
                    "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11",
                },
                "properties": {
                    "allowed_models": {
                        "description": "Array of model canonical_slugs (immutable identifiers)",
                        "example": [
                            "openai/gpt-5.2-20251211",
                            "anthropic/claude-4.5-opus-20251124",
                            "deepseek/deepseek-r1-0528:free",
                        ],
                        "items": {"type": "string"},
                        "type": ["array", "null"],
                    },
                    "allowed_providers": {
                        "description": "List of allowed provider IDs",
                        "example": ["openai", "anthropic", "google"],
                        "items": {"type": "string"},
                        "type": ["array", "null"],
                    },
                    "content_filter_builtins": {
                        "description": "Builtin content filters applied to requests. Includes PII detectors and the regex-based prompt injection detector.",
                        "example": [{"action": "redact", "label": "[EMAIL]", "slug": "email"}],
                        "items": {"$ref": "#/components/schemas/ContentFilterBuiltinEntry"},
                        "type": ["array", "null"],
                    },
                    "content_filters": {
                        "description": "Custom regex content filters applied to request messages",
                        "example": [
                            {
                                "action": "redact",
                                "label": "[API_KEY]",
                                "pattern": "\\b(sk-[a-zA-Z0-9]{48})\\b",
                            }
                        ],
                        "items": {"$ref": "#/components/schemas/ContentFilterEntry"},
                        "type": ["array", "null"],
                    },
                    "created_at": {
                        "description": "ISO 8601 timestamp of when the guardrail was created",
                        "example": "2025-08-24T10:30:00Z",
                        "type": "string",
                        "x-timestamp": "created",
                    },
                    "description": {
                        "description": "Description of the guardrail",
                        "example": "Guardrail for production environment",
                        "type": ["string", "null"],
                    },
                    "enable_free_model_publication": {
                        "description": "Whether this guardrail allows free endpoints that publish prompts.",
                        "example": False,
                        "type": ["boolean", "null"],
                    },
                    "enable_free_model_training": {
                        "description": "Whether this guardrail allows free endpoints that train on request data.",
                        "example": True,
                        "type": ["boolean", "null"],
                    },
                    "enable_paid_model_training": {
                        "description": "Whether this guardrail allows paid endpoints that train on request data.",
                        "example": True,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr": {
                        "deprecated": True,
                        "description": "Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai, enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any of those per-provider fields that are not explicitly specified on the request.",
                        "example": False,
                        "type": ["boolean", "null"],
                        "x-fills-unset": [
                            "enforce_zdr_anthropic",
                            "enforce_zdr_google",
                            "enforce_zdr_openai",
                            "enforce_zdr_other",
                            "enforce_zdr_xai",
                        ],
                        "x-open": {"any-allowed-value": True},
                    },
                    "enforce_zdr_anthropic": {
                        "description": "Whether to enforce zero data retention for Anthropic models. Falls back to enforce_zdr when not provided.",
                        "example": False,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr_google": {
                        "description": "Whether to enforce zero data retention for Google models. Falls back to enforce_zdr when not provided.",
                        "example": False,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr_openai": {
                        "description": "Whether to enforce zero data retention for OpenAI models. Falls back to enforce_zdr when not provided.",
                        "example": False,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr_other": {
                        "description": "Whether to enforce zero data retention for models that are not from Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided.",
                        "example": False,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr_xai": {
                        "description": "Whether to enforce zero data retention for xAI models. Falls back to enforce_zdr when not provided.",
                        "example": False,
                        "type": ["boolean", "null"],
                    },
                    "id": {
                        "description": "Unique identifier for the guardrail",
                        "example": "550e8400-e29b-41d4-a716-446655440000",
                        "type": "string",
                    },
                    "ignored_models": {
                        "description": "Array of model canonical_slugs to exclude from routing",
                        "example": ["openai/gpt-4o-mini-2024-07-18"],
                        "items": {"type": "string"},
                        "type": ["array", "null"],
                    },
                    "ignored_providers": {
                        "description": "List of provider IDs to exclude from routing",
                        "example": ["azure"],
                        "items": {"type": "string"},
                        "type": ["array", "null"],
                    },
                    "include_byok_in_budgets": {
                        "description": "Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's limit_usd, in addition to OpenRouter credit spend.",
                        "example": False,
                        "type": "boolean",
                    },
                    "limit_usd": {
                        "description": "Spending limit in USD",
                        "example": 100,
                        "format": "double",
                        "type": ["number", "null"],
                    },
                    "name": {
                        "description": "Name of the guardrail",
                        "example": "Production Guardrail",
                        "type": "string",
                    },
                    "reset_interval": {
                        "anyOf": [
                            {"$ref": "#/components/schemas/GuardrailInterval"},
                            {"type": "null"},
                        ]
                    },
                    "updated_at": {
                        "description": "ISO 8601 timestamp of when the guardrail was last updated",
                        "example": "2025-08-24T15:45:00Z",
                        "type": ["string", "null"],
                        "x-timestamp": "updated",
                    },
                    "workspace_id": {
                        "description": "The workspace this guardrail belongs to, or `null` for an unscoped legacy guardrail predating workspaces. Workspace membership organizes the guardrail; it does not apply the guardrail to the workspace's traffic. A `null` value does not mean the default workspace, and does not apply the guardrail across every workspace.",
                        "example": "0df9e665-d932-5740-b2c7-b52af166bc11",
                        "type": ["string", "null"],
                    },
                },
                "required": ["id", "name", "include_byok_in_budgets", "created_at", "workspace_id"],
                "type": "object",
            },
            "GuardrailInterval": {
                "description": "Interval at which the limit resets (daily, weekly, monthly)",
                "enum": ["daily", "weekly", "monthly"],
                "example": "monthly",
                "type": "string",
            },
            "KeyAssignment": {
                "example": {
                    "assigned_by": "user_abc123",
                    "created_at": "2025-08-24T10:30:00Z",
                    "guardrail_id": "550e8400-e29b-41d4-a716-446655440001",
                    "id": "550e8400-e29b-41d4-a716-446655440000",
                    "key_hash": "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93",
                    "key_label": "prod-key",
                    "key_name": "Production Key",
                },
                "properties": {
                    "assigned_by": {
                        "description": "User ID of who made the assignment",
                        "example": "user_abc123",
                        "type": ["string", "null"],
                    },
                    "created_at": {
                        "description": "ISO 8601 timestamp of when the assignment was created",
                        "example": "2025-08-24T10:30:00Z",
                        "type": "string",
                        "x-timestamp": "created",
                    },
                    "guardrail_id": {
                        "description": "ID of the guardrail",
                        "example": "550e8400-e29b-41d4-a716-446655440001",
                        "type": "string",
                    },
                    "id": {
                        "description": "Unique identifier for the assignment",
                        "example": "550e8400-e29b-41d4-a716-446655440000",
                        "type": "string",
                    },
                    "key_hash": {
                        "description": "Hash of the assigned API key",
                        "example": "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93",
                        "type": "string",
                    },
                    "key_label": {
                        "description": "Label of the API key",
                        "example": "prod-key",
                        "type": "string",
                    },
                    "key_name": {
                        "description": "Name of the API key",
                        "example": "Production Key",
                        "type": "string",
                    },
                },
                "required": [
                    "id",
                    "key_hash",
                    "guardrail_id",
                    "key_name",
                    "key_label",
                    "assigned_by",
                    "created_at",
                ],
                "type": "object",
            },
            "ListGuardrailsResponse": {
                "example": {
                    "data": [
                        {
                            "allowed_models": None,
                            "allowed_providers": ["openai", "anthropic", "google"],
                            "content_filter_builtins": [
                                {"action": "redact", "label": "[EMAIL]", "slug": "email"}
                            ],
                            "content_filters": None,
                            "created_at": "2025-08-24T10:30:00Z",
                            "description": "Guardrail for production environment",
                            "enforce_zdr": None,
                            "enforce_zdr_anthropic": True,
                            "enforce_zdr_google": False,
                            "enforce_zdr_openai": True,
                            "enforce_zdr_other": False,
                            "enforce_zdr_xai": False,
                            "id": "550e8400-e29b-41d4-a716-446655440000",
                            "ignored_models": None,
                            "ignored_providers": None,
                            "include_byok_in_budgets": False,
                            "limit_usd": 100,
                            "name": "Production Guardrail",
                            "reset_interval": "monthly",
                            "updated_at": "2025-08-24T15:45:00Z",
                            "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11",
                        }
                    ],
                    "total_count": 1,
                },
                "properties": {
                    "data": {
                        "description": "List of guardrails",
                        "items": {"$ref": "#/components/schemas/Guardrail"},
                        "type": "array",
                    },
                    "total_count": {
                        "description": "Total number of guardrails",
                        "example": 25,
                        "type": "integer",
                    },
                },
                "required": ["data", "total_count"],
                "type": "object",
            },
            "ListKeyAssignmentsResponse": {
                "example": {
                    "data": [
                        {
                            "assigned_by": "user_abc123",
                            "created_at": "2025-08-24T10:30:00Z",
                            "guardrail_id": "550e8400-e29b-41d4-a716-446655440001",
                            "id": "550e8400-e29b-41d4-a716-446655440000",
                            "key_hash": "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93",
                            "key_label": "prod-key",
                            "key_name": "Production Key",
                        }
                    ],
                    "total_count": 1,
                },
                "properties": {
                    "data": {
                        "description": "List of key assignments",
                        "items": {"$ref": "#/components/schemas/KeyAssignment"},
                        "type": "array",
                    },
                    "total_count": {
                        "description": "Total number of key assignments for this guardrail",
                        "example": 25,
                        "type": "integer",
                    },
                },
                "required": ["data", "total_count"],
                "type": "object",
            },
            "ListMemberAssignmentsResponse": {
                "example": {
                    "data": [
                        {
                            "assigned_by": "user_abc123",
                            "created_at": "2025-08-24T10:30:00Z",
                            "guardrail_id": "550e8400-e29b-41d4-a716-446655440001",
                            "id": "550e8400-e29b-41d4-a716-446655440000",
                            "organization_id": "org_xyz789",
                            "user_id": "user_abc123",
                        }
                    ],
                    "total_count": 1,
                },
                "properties": {
                    "data": {
                        "description": "List of member assignments",
                        "items": {"$ref": "#/components/schemas/MemberAssignment"},
                        "type": "array",
                    },
                    "total_count": {
                        "description": "Total number of member assignments",
                        "example": 10,
                        "type": "integer",
                    },
                },
                "required": ["data", "total_count"],
                "type": "object",
            },
            "MemberAssignment": {
                "example": {
                    "assigned_by": "user_abc123",
                    "created_at": "2025-08-24T10:30:00Z",
                    "guardrail_id": "550e8400-e29b-41d4-a716-446655440001",
                    "id": "550e8400-e29b-41d4-a716-446655440000",
                    "organization_id": "org_xyz789",
                    "user_id": "user_abc123",
                },
                "properties": {
                    "assigned_by": {
                        "description": "User ID of who made the assignment",
                        "example": "user_abc123",
                        "type": ["string", "null"],
                    },
                    "created_at": {
                        "description": "ISO 8601 timestamp of when the assignment was created",
                        "example": "2025-08-24T10:30:00Z",
                        "type": "string",
                        "x-timestamp": "created",
                    },
                    "guardrail_id": {
                        "description": "ID of the guardrail",
                        "example": "550e8400-e29b-41d4-a716-446655440001",
                        "type": "string",
                    },
                    "id": {
                        "description": "Unique identifier for the assignment",
                        "example": "550e8400-e29b-41d4-a716-446655440000",
                        "type": "string",
                    },
                    "organization_id": {
                        "description": "Organization ID",
                        "example": "org_xyz789",
                        "type": "string",
                    },
                    "user_id": {
                        "description": "Clerk user ID of the assigned member",
                        "example": "user_abc123",
                        "type": "string",
                    },
                },
                "required": [
                    "id",
                    "user_id",
                    "organization_id",
                    "guardrail_id",
                    "assigned_by",
                    "created_at",
                ],
                "type": "object",
            },
            "PromptInjectionScanScope": {
                "default": "all_messages",
                "description": "Which message roles to scan for prompt injection. Only applies to the regex-prompt-injection builtin. Defaults to all_messages.",
                "enum": ["user_only", "all_messages"],
                "example": "user_only",
                "type": "string",
            },
            "UpdateGuardrailRequest": {
                "example": {
                    "description": "Updated description",
                    "limit_usd": 75,
                    "name": "Updated Guardrail Name",
                    "reset_interval": "weekly",
                },
                "properties": {
                    "allowed_models": {
                        "description": "Array of model identifiers (slug or canonical_slug accepted)",
                        "example": ["openai/gpt-5.2"],
                        "items": {"type": "string"},
                        "minItems": 1,
                        "type": ["array", "null"],
                    },
                    "allowed_providers": {
                        "description": "New list of allowed provider IDs",
                        "example": ["openai", "anthropic", "deepseek"],
                        "items": {"type": "string"},
                        "minItems": 1,
                        "type": ["array", "null"],
                    },
                    "content_filter_builtins": {
                        "description": 'Builtin content filters to apply. Set to null to remove. Every builtin slug supports "block", "redact", and the detect-only "flag" action.',
                        "example": [{"action": "block", "slug": "regex-prompt-injection"}],
                        "items": {"$ref": "#/components/schemas/ContentFilterBuiltinEntryInput"},
                        "type": ["array", "null"],
                    },
                    "content_filters": {
                        "description": "Custom regex content filters to apply. Set to null to remove.",
                        "example": None,
                        "items": {"$ref": "#/components/schemas/ContentFilterEntry"},
                        "type": ["array", "null"],
                    },
                    "description": {
                        "description": "New description for the guardrail",
                        "example": "Updated description",
                        "maxLength": 1000,
                        "type": ["string", "null"],
                    },
                    "enable_free_model_publication": {
                        "description": "Whether this guardrail allows free endpoints that publish prompts.",
                        "example": False,
                        "type": ["boolean", "null"],
                    },
                    "enable_free_model_training": {
                        "description": "Whether this guardrail allows free endpoints that train on request data.",
                        "example": True,
                        "type": ["boolean", "null"],
                    },
                    "enable_paid_model_training": {
                        "description": "Whether this guardrail allows paid endpoints that train on request data.",
                        "example": True,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr": {
                        "deprecated": True,
                        "description": "Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai, enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any of those per-provider fields that are not explicitly specified on the request.",
                        "example": True,
                        "type": ["boolean", "null"],
                        "x-fills-unset": [
                            "enforce_zdr_anthropic",
                            "enforce_zdr_google",
                            "enforce_zdr_openai",
                            "enforce_zdr_other",
                            "enforce_zdr_xai",
                        ],
                    },
                    "enforce_zdr_anthropic": {
                        "description": "Whether to enforce zero data retention for Anthropic models. Falls back to enforce_zdr when not provided.",
                        "example": True,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr_google": {
                        "description": "Whether to enforce zero data retention for Google models. Falls back to enforce_zdr when not provided.",
                        "example": True,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr_openai": {
                        "description": "Whether to enforce zero data retention for OpenAI models. Falls back to enforce_zdr when not provided.",
                        "example": True,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr_other": {
                        "description": "Whether to enforce zero data retention for models that are not from Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided.",
                        "example": True,
                        "type": ["boolean", "null"],
                    },
                    "enforce_zdr_xai": {
                        "description": "Whether to enforce zero data retention for xAI models. Falls back to enforce_zdr when not provided.",
                        "example": True,
                        "type": ["boolean", "null"],
                    },
                    "ignored_models": {
                        "description": "Array of model identifiers to exclude from routing (slug or canonical_slug accepted)",
                        "example": ["openai/gpt-4o-mini"],
                        "items": {"type": "string"},
                        "minItems": 1,
                        "type": ["array", "null"],
                    },
                    "ignored_providers": {
                        "description": "List of provider IDs to exclude from routing",
                        "example": ["azure"],
                        "items": {"type": "string"},
                        "minItems": 1,
                        "type": ["array", "null"],
                    },
                    "include_byok_in_budgets": {
                        "description": "Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's limit_usd, in addition to OpenRouter credit spend. Omit to leave unchanged.",
                        "example": True,
                        "type": "boolean",
                    },
                    "limit_usd": {
                        "description": "New spending limit in USD",
                        "example": 75,
                        "format": "double",
                        "type": ["number", "null"],
                    },
                    "name": {
                        "description": "New name for the guardrail",
                        "example": "Updated Guardrail Name",
                        "maxLength": 200,
                        "minLength": 1,
                        "type": "string",
                    },
                    "reset_interval": {
                        "anyOf": [
                            {"$ref": "#/components/schemas/GuardrailInterval"},
                            {"type": "null"},
                        ]
                    },
                },
                "type": "object",
            },
            "UpdateGuardrailResponse": {
                "example": {
                    "data": {
                        "allowed_models": None,
                        "allowed_providers": ["openai"],
                        "content_filter_builtins": [
                            {"action": "redact", "label": "[EMAIL]", "slug": "email"}
                        ],
                        "content_filters": None,
                        "created_at": "2025-08-24T10:30:00Z",
                        "description": "Updated description",
                        "enforce_zdr": None,
                        "enforce_zdr_anthropic": True,
                        "enforce_zdr_google": True,
                        "enforce_zdr_openai": True,
                        "enforce_zdr_other": True,
                        "enforce_zdr_xai": True,
                        "id": "550e8400-e29b-41d4-a716-446655440000",
                        "ignored_models": None,
                        "ignored_providers": None,
                        "include_byok_in_budgets": True,
                        "limit_usd": 75,
                        "name": "Updated Guardrail Name",
                        "reset_interval": "weekly",
                        "updated_at": "2025-08-24T16:00:00Z",
                        "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11",
                    }
                },
                "properties": {"data": {"$ref": "#/components/schemas/Guardrail"}},
                "required": ["data"],
                "type": "object",
            },
        },
        "securitySchemes": {
            "apiKey": {
                "description": "API key as bearer token in Authorization header",
                "scheme": "bearer",
                "type": "http",
            }
        },
    },
    "info": {
        "description": "The Guardrails management operations of the OpenRouter API: guardrails, and their assignment to API keys and organization members. Management key required.",
        "license": {"name": "MIT", "url": "https://opensource.org/licenses/MIT"},
        "title": "OpenRouter Guardrails API",
        "version": "1.0.0",
    },
    "openapi": "3.1.0",
    "paths": {
        "/guardrails": {
            "get": {
                "description": "List all guardrails for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.",
                "operationId": "listGuardrails",
                "parameters": [
                    {
                        "description": "Maximum number of records to return (max 100)",
                        "in": "query",
                        "name": "limit",
                        "required": False,
                        "schema": {
                            "default": 50,
                            "description": "Maximum number of records to return (max 100)",
                            "example": 50,
                            "maximum": 100,
                            "minimum": 1,
                            "type": "integer",
                        },
                    },
                    {
                        "description": "Number of records to skip for pagination",
                        "in": "query",
                        "name": "offset",
                        "required": False,
                        "schema": {
                            "default": 0,
                            "description": "Number of records to skip for pagination",
                            "example": 0,
                            "minimum": 0,
                            "type": "integer",
                        },
                    },
                    {
                        "description": "Filter guardrails by workspace ID. By default, guardrails in the default workspace are returned.",
                        "in": "query",
                        "name": "workspace_id",
                        "required": False,
                        "schema": {
                            "description": "Filter guardrails by workspace ID. By default, guardrails in the default workspace are returned.",
                            "example": "0df9e665-d932-5740-b2c7-b52af166bc11",
                            "type": "string",
                        },
                    },
                    {"$ref": "#/components/parameters/AppReferer"},
                    {"$ref": "#/components/parameters/AppTitle"},
                    {"$ref": "#/components/parameters/AppCategories"},
                ],
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "data": [
                                        {
                                            "allowed_models": None,
                                            "allowed_providers": ["openai", "anthropic", "google"],
                                            "created_at": "2025-08-24T10:30:00Z",
                                            "description": "Guardrail for production environment",
                                            "enforce_zdr": False,
                                            "id": "550e8400-e29b-41d4-a716-446655440000",
                                            "ignored_models": None,
                                            "ignored_providers": None,
                                            "include_byok_in_budgets": False,
                                            "limit_usd": 100,
                                            "name": "Production Guardrail",
                                            "reset_interval": "monthly",
                                            "updated_at": "2025-08-24T15:45:00Z",
                                            "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11",
                                        }
                                    ],
                                    "total_count": 1,
                                },
                                "schema": {"$ref": "#/components/schemas/ListGuardrailsResponse"},
                            }
                        },
                        "description": "List of guardrails",
                    },
                    "400": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 400, "message": "Invalid request parameters"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Bad Request - Invalid request parameters or malformed input",
                    },
                    "401": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {
                                        "code": 401,
                                        "message": "Missing Authentication header",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Unauthorized - Authentication required or invalid credentials",
                    },
                    "4XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other client error (OpenRouterDefaultError)",
                    },
                    "500": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 500, "message": "Internal Server Error"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Internal Server Error - Unexpected server error",
                    },
                    "5XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other server error (OpenRouterDefaultError)",
                    },
                },
                "summary": "List guardrails",
                "tags": ["Guardrails"],
                "x-pagination": {
                    "limit": "limit",
                    "offset": "offset",
                    "results": "data",
                    "total": "total_count",
                    "type": "offsetLimit",
                },
                "x-sdk-name": "list",
            },
            "post": {
                "description": "Create a new guardrail for the authenticated user. A newly created guardrail enforces nothing until it is assigned to API keys or organization members; `workspace_id` places the guardrail in a workspace but does not apply it to that workspace's traffic. To restrict all traffic in a workspace, update the workspace's default guardrail instead. [Management key](/docs/guides/overview/auth/management-api-keys) required.",
                "operationId": "createGuardrail",
                "parameters": [
                    {"$ref": "#/components/parameters/AppReferer"},
                    {"$ref": "#/components/parameters/AppTitle"},
                    {"$ref": "#/components/parameters/AppCategories"},
                ],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "example": {
                                "allowed_models": None,
                                "allowed_providers": ["openai", "anthropic", "deepseek"],
                                "description": "A guardrail for limiting API usage",
                                "enforce_zdr_anthropic": True,
                                "enforce_zdr_google": False,
                                "enforce_zdr_openai": True,
                                "enforce_zdr_other": False,
                                "enforce_zdr_xai": False,
                                "ignored_models": None,
                                "ignored_providers": None,
                                "limit_usd": 50,
                                "name": "My New Guardrail",
                                "reset_interval": "monthly",
                            },
                            "schema": {"$ref": "#/components/schemas/CreateGuardrailRequest"},
                        }
                    },
                    "required": True,
                },
                "responses": {
                    "201": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "data": {
                                        "allowed_models": None,
                                        "allowed_providers": ["openai", "anthropic", "google"],
                                        "created_at": "2025-08-24T10:30:00Z",
                                        "description": "A guardrail for limiting API usage",
                                        "enforce_zdr": None,
                                        "enforce_zdr_anthropic": True,
                                        "enforce_zdr_google": False,
                                        "enforce_zdr_openai": True,
                                        "enforce_zdr_other": False,
                                        "enforce_zdr_xai": False,
                                        "id": "550e8400-e29b-41d4-a716-446655440000",
                                        "ignored_models": None,
                                        "ignored_providers": None,
                                        "include_byok_in_budgets": False,
                                        "limit_usd": 50,
                                        "name": "My New Guardrail",
                                        "reset_interval": "monthly",
                                        "updated_at": None,
                                        "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/CreateGuardrailResponse"},
                            }
                        },
                        "description": "Guardrail created successfully",
                        "links": {
                            "BulkAssignKeysToGuardrail": {
                                "description": "The created guardrail's id as `id` of bulkAssignKeysToGuardrail",
                                "operationId": "bulkAssignKeysToGuardrail",
                                "parameters": {"id": "$response.body#/data/id"},
                            },
                            "BulkAssignMembersToGuardrail": {
                                "description": "The created guardrail's id as `id` of bulkAssignMembersToGuardrail",
                                "operationId": "bulkAssignMembersToGuardrail",
                                "parameters": {"id": "$response.body#/data/id"},
                            },
                            "BulkUnassignKeysFromGuardrail": {
                                "description": "The created guardrail's id as `id` of bulkUnassignKeysFromGuardrail",
                                "operationId": "bulkUnassignKeysFromGuardrail",
                                "parameters": {"id": "$response.body#/data/id"},
                            },
                            "BulkUnassignMembersFromGuardrail": {
                                "description": "The created guardrail's id as `id` of bulkUnassignMembersFromGuardrail",
                                "operationId": "bulkUnassignMembersFromGuardrail",
                                "parameters": {"id": "$response.body#/data/id"},
                            },
                            "DeleteGuardrail": {
                                "description": "The created guardrail's id as `id` of deleteGuardrail",
                                "operationId": "deleteGuardrail",
                                "parameters": {"id": "$response.body#/data/id"},
                            },
                            "GetGuardrail": {
                                "description": "The created guardrail's id as `id` of getGuardrail",
                                "operationId": "getGuardrail",
                                "parameters": {"id": "$response.body#/data/id"},
                            },
                            "ListGuardrailKeyAssignments": {
                                "description": "The created guardrail's id as `id` of listGuardrailKeyAssignments",
                                "operationId": "listGuardrailKeyAssignments",
                                "parameters": {"id": "$response.body#/data/id"},
                            },
                            "ListGuardrailMemberAssignments": {
                                "description": "The created guardrail's id as `id` of listGuardrailMemberAssignments",
                                "operationId": "listGuardrailMemberAssignments",
                                "parameters": {"id": "$response.body#/data/id"},
                            },
                            "UpdateGuardrail": {
                                "description": "The created guardrail's id as `id` of updateGuardrail",
                                "operationId": "updateGuardrail",
                                "parameters": {"id": "$response.body#/data/id"},
                            },
                        },
                    },
                    "400": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 400, "message": "Invalid request parameters"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Bad Request - Invalid request parameters or malformed input",
                    },
                    "401": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {
                                        "code": 401,
                                        "message": "Missing Authentication header",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Unauthorized - Authentication required or invalid credentials",
                    },
                    "403": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {
                                        "code": 403,
                                        "message": "Only management keys can perform this operation",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Forbidden - Authentication successful but insufficient permissions",
                    },
                    "4XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other client error (OpenRouterDefaultError)",
                    },
                    "500": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 500, "message": "Internal Server Error"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Internal Server Error - Unexpected server error",
                    },
                    "5XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other server error (OpenRouterDefaultError)",
                    },
                },
                "summary": "Create a guardrail",
                "tags": ["Guardrails"],
                "x-sdk-name": "create",
            },
        },
        "/guardrails/assignments/keys": {
            "get": {
                "description": "List all API key guardrail assignments for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.",
                "operationId": "listKeyAssignments",
                "parameters": [
                    {
                        "description": "Maximum number of records to return (max 100)",
                        "in": "query",
                        "name": "limit",
                        "required": False,
                        "schema": {
                            "default": 50,
                            "description": "Maximum number of records to return (max 100)",
                            "example": 50,
                            "maximum": 100,
                            "minimum": 1,
                            "type": "integer",
                        },
                    },
                    {
                        "description": "Number of records to skip for pagination",
                        "in": "query",
                        "name": "offset",
                        "required": False,
                        "schema": {
                            "default": 0,
                            "description": "Number of records to skip for pagination",
                            "example": 0,
                            "minimum": 0,
                            "type": "integer",
                        },
                    },
                    {"$ref": "#/components/parameters/AppReferer"},
                    {"$ref": "#/components/parameters/AppTitle"},
                    {"$ref": "#/components/parameters/AppCategories"},
                ],
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "data": [
                                        {
                                            "assigned_by": "user_abc123",
                                            "created_at": "2025-08-24T10:30:00Z",
                                            "guardrail_id": "550e8400-e29b-41d4-a716-446655440001",
                                            "id": "550e8400-e29b-41d4-a716-446655440000",
                                            "key_hash": "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93",
                                            "key_label": "prod-key",
                                            "key_name": "Production Key",
                                        }
                                    ],
                                    "total_count": 1,
                                },
                                "schema": {
                                    "$ref": "#/components/schemas/ListKeyAssignmentsResponse"
                                },
                            }
                        },
                        "description": "List of key assignments",
                    },
                    "401": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {
                                        "code": 401,
                                        "message": "Missing Authentication header",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Unauthorized - Authentication required or invalid credentials",
                    },
                    "4XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other client error (OpenRouterDefaultError)",
                    },
                    "500": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 500, "message": "Internal Server Error"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Internal Server Error - Unexpected server error",
                    },
                    "5XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other server error (OpenRouterDefaultError)",
                    },
                },
                "summary": "List all key assignments",
                "tags": ["Guardrails"],
                "x-pagination": {
                    "limit": "limit",
                    "offset": "offset",
                    "results": "data",
                    "total": "total_count",
                    "type": "offsetLimit",
                },
                "x-sdk-name": "list_key_assignments",
            }
        },
        "/guardrails/assignments/members": {
            "get": {
                "description": "List all organization member guardrail assignments for the authenticated user. [Management key](/docs/guides/overview/auth/management-api-keys) required.",
                "operationId": "listMemberAssignments",
                "parameters": [
                    {
                        "description": "Maximum number of records to return (max 100)",
                        "in": "query",
                        "name": "limit",
                        "required": False,
                        "schema": {
                            "default": 50,
                            "description": "Maximum number of records to return (max 100)",
                            "example": 50,
                            "maximum": 100,
                            "minimum": 1,
                            "type": "integer",
                        },
                    },
                    {
                        "description": "Number of records to skip for pagination",
                        "in": "query",
                        "name": "offset",
                        "required": False,
                        "schema": {
                            "default": 0,
                            "description": "Number of records to skip for pagination",
                            "example": 0,
                            "minimum": 0,
                            "type": "integer",
                        },
                    },
                    {"$ref": "#/components/parameters/AppReferer"},
                    {"$ref": "#/components/parameters/AppTitle"},
                    {"$ref": "#/components/parameters/AppCategories"},
                ],
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "data": [
                                        {
                                            "assigned_by": "user_abc123",
                                            "created_at": "2025-08-24T10:30:00Z",
                                            "guardrail_id": "550e8400-e29b-41d4-a716-446655440001",
                                            "id": "550e8400-e29b-41d4-a716-446655440000",
                                            "organization_id": "org_xyz789",
                                            "user_id": "user_abc123",
                                        }
                                    ],
                                    "total_count": 1,
                                },
                                "schema": {
                                    "$ref": "#/components/schemas/ListMemberAssignmentsResponse"
                                },
                            }
                        },
                        "description": "List of member assignments",
                    },
                    "401": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {
                                        "code": 401,
                                        "message": "Missing Authentication header",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Unauthorized - Authentication required or invalid credentials",
                    },
                    "4XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other client error (OpenRouterDefaultError)",
                    },
                    "500": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 500, "message": "Internal Server Error"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Internal Server Error - Unexpected server error",
                    },
                    "5XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other server error (OpenRouterDefaultError)",
                    },
                },
                "summary": "List all member assignments",
                "tags": ["Guardrails"],
                "x-pagination": {
                    "limit": "limit",
                    "offset": "offset",
                    "results": "data",
                    "total": "total_count",
                    "type": "offsetLimit",
                },
                "x-sdk-name": "list_member_assignments",
            }
        },
        "/guardrails/{id}": {
            "delete": {
                "description": "Delete an existing guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.",
                "operationId": "deleteGuardrail",
                "parameters": [
                    {
                        "description": "The unique identifier of the guardrail to delete",
                        "in": "path",
                        "name": "id",
                        "required": True,
                        "schema": {
                            "description": "The unique identifier of the guardrail to delete",
                            "example": "550e8400-e29b-41d4-a716-446655440000",
                            "type": "string",
                        },
                    },
                    {"$ref": "#/components/parameters/AppReferer"},
                    {"$ref": "#/components/parameters/AppTitle"},
                    {"$ref": "#/components/parameters/AppCategories"},
                ],
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "example": {"deleted": True},
                                "schema": {"$ref": "#/components/schemas/DeleteGuardrailResponse"},
                            }
                        },
                        "description": "Guardrail deleted successfully",
                    },
                    "401": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {
                                        "code": 401,
                                        "message": "Missing Authentication header",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Unauthorized - Authentication required or invalid credentials",
                    },
                    "404": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 404, "message": "Resource not found"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Not Found - Resource does not exist",
                    },
                    "4XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other client error (OpenRouterDefaultError)",
                    },
                    "500": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 500, "message": "Internal Server Error"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Internal Server Error - Unexpected server error",
                    },
                    "5XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other server error (OpenRouterDefaultError)",
                    },
                },
                "summary": "Delete a guardrail",
                "tags": ["Guardrails"],
                "x-sdk-name": "delete",
            },
            "get": {
                "description": "Get a single guardrail by ID. [Management key](/docs/guides/overview/auth/management-api-keys) required.",
                "operationId": "getGuardrail",
                "parameters": [
                    {
                        "description": "The unique identifier of the guardrail to retrieve",
                        "in": "path",
                        "name": "id",
                        "required": True,
                        "schema": {
                            "description": "The unique identifier of the guardrail to retrieve",
                            "example": "550e8400-e29b-41d4-a716-446655440000",
                            "type": "string",
                        },
                    },
                    {"$ref": "#/components/parameters/AppReferer"},
                    {"$ref": "#/components/parameters/AppTitle"},
                    {"$ref": "#/components/parameters/AppCategories"},
                ],
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "data": {
                                        "allowed_models": None,
                                        "allowed_providers": ["openai", "anthropic", "google"],
                                        "created_at": "2025-08-24T10:30:00Z",
                                        "description": "Guardrail for production environment",
                                        "enforce_zdr": False,
                                        "id": "550e8400-e29b-41d4-a716-446655440000",
                                        "ignored_models": None,
                                        "ignored_providers": None,
                                        "include_byok_in_budgets": False,
                                        "limit_usd": 100,
                                        "name": "Production Guardrail",
                                        "reset_interval": "monthly",
                                        "updated_at": "2025-08-24T15:45:00Z",
                                        "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/GetGuardrailResponse"},
                            }
                        },
                        "description": "Guardrail details",
                    },
                    "401": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {
                                        "code": 401,
                                        "message": "Missing Authentication header",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Unauthorized - Authentication required or invalid credentials",
                    },
                    "404": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 404, "message": "Resource not found"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Guardrail not found, or the workspace default guardrail has not been configured yet.",
                    },
                    "4XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other client error (OpenRouterDefaultError)",
                    },
                    "500": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 500, "message": "Internal Server Error"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Internal Server Error - Unexpected server error",
                    },
                    "5XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other server error (OpenRouterDefaultError)",
                    },
                },
                "summary": "Get a guardrail",
                "tags": ["Guardrails"],
                "x-sdk-name": "get",
            },
            "patch": {
                "description": "Update an existing guardrail, or materialize an unconfigured workspace default guardrail. Collection fields use replace semantics: send the full desired set on every update. [Management key](/docs/guides/overview/auth/management-api-keys) required.",
                "operationId": "updateGuardrail",
                "parameters": [
                    {
                        "description": "The unique identifier of the guardrail to update",
                        "in": "path",
                        "name": "id",
                        "required": True,
                        "schema": {
                            "description": "The unique identifier of the guardrail to update",
                            "example": "550e8400-e29b-41d4-a716-446655440000",
                            "type": "string",
                        },
                    },
                    {"$ref": "#/components/parameters/AppReferer"},
                    {"$ref": "#/components/parameters/AppTitle"},
                    {"$ref": "#/components/parameters/AppCategories"},
                ],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "example": {
                                "description": "Updated description",
                                "limit_usd": 75,
                                "name": "Updated Guardrail Name",
                                "reset_interval": "weekly",
                            },
                            "schema": {"$ref": "#/components/schemas/UpdateGuardrailRequest"},
                        }
                    },
                    "required": True,
                },
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "data": {
                                        "allowed_models": None,
                                        "allowed_providers": ["openai"],
                                        "created_at": "2025-08-24T10:30:00Z",
                                        "description": "Updated description",
                                        "enforce_zdr": None,
                                        "enforce_zdr_anthropic": True,
                                        "enforce_zdr_google": True,
                                        "enforce_zdr_openai": True,
                                        "enforce_zdr_other": True,
                                        "enforce_zdr_xai": True,
                                        "id": "550e8400-e29b-41d4-a716-446655440000",
                                        "ignored_models": None,
                                        "ignored_providers": None,
                                        "include_byok_in_budgets": True,
                                        "limit_usd": 75,
                                        "name": "Updated Guardrail Name",
                                        "reset_interval": "weekly",
                                        "updated_at": "2025-08-24T16:00:00Z",
                                        "workspace_id": "0df9e665-d932-5740-b2c7-b52af166bc11",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/UpdateGuardrailResponse"},
                            }
                        },
                        "description": "Guardrail updated successfully",
                    },
                    "400": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 400, "message": "Invalid request parameters"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Invalid request, or an attempt to change a workspace default guardrail's name (which is derived from its workspace and not editable).",
                    },
                    "401": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {
                                        "code": 401,
                                        "message": "Missing Authentication header",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Unauthorized - Authentication required or invalid credentials",
                    },
                    "404": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 404, "message": "Resource not found"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Not Found - Resource does not exist",
                    },
                    "4XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other client error (OpenRouterDefaultError)",
                    },
                    "500": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 500, "message": "Internal Server Error"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Internal Server Error - Unexpected server error",
                    },
                    "5XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other server error (OpenRouterDefaultError)",
                    },
                },
                "summary": "Update a guardrail",
                "tags": ["Guardrails"],
                "x-sdk-name": "update",
            },
        },
        "/guardrails/{id}/assignments/keys": {
            "get": {
                "description": "List all API key assignments for a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.",
                "operationId": "listGuardrailKeyAssignments",
                "parameters": [
                    {
                        "description": "The unique identifier of the guardrail",
                        "in": "path",
                        "name": "id",
                        "required": True,
                        "schema": {
                            "description": "The unique identifier of the guardrail",
                            "example": "550e8400-e29b-41d4-a716-446655440000",
                            "type": "string",
                        },
                    },
                    {
                        "description": "Maximum number of records to return (max 100)",
                        "in": "query",
                        "name": "limit",
                        "required": False,
                        "schema": {
                            "default": 50,
                            "description": "Maximum number of records to return (max 100)",
                            "example": 50,
                            "maximum": 100,
                            "minimum": 1,
                            "type": "integer",
                        },
                    },
                    {
                        "description": "Number of records to skip for pagination",
                        "in": "query",
                        "name": "offset",
                        "required": False,
                        "schema": {
                            "default": 0,
                            "description": "Number of records to skip for pagination",
                            "example": 0,
                            "minimum": 0,
                            "type": "integer",
                        },
                    },
                    {"$ref": "#/components/parameters/AppReferer"},
                    {"$ref": "#/components/parameters/AppTitle"},
                    {"$ref": "#/components/parameters/AppCategories"},
                ],
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "data": [
                                        {
                                            "assigned_by": "user_abc123",
                                            "created_at": "2025-08-24T10:30:00Z",
                                            "guardrail_id": "550e8400-e29b-41d4-a716-446655440001",
                                            "id": "550e8400-e29b-41d4-a716-446655440000",
                                            "key_hash": "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93",
                                            "key_label": "prod-key",
                                            "key_name": "Production Key",
                                        }
                                    ],
                                    "total_count": 1,
                                },
                                "schema": {
                                    "$ref": "#/components/schemas/ListKeyAssignmentsResponse"
                                },
                            }
                        },
                        "description": "List of key assignments",
                    },
                    "401": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {
                                        "code": 401,
                                        "message": "Missing Authentication header",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Unauthorized - Authentication required or invalid credentials",
                    },
                    "404": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 404, "message": "Resource not found"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Not Found - Resource does not exist",
                    },
                    "4XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other client error (OpenRouterDefaultError)",
                    },
                    "500": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 500, "message": "Internal Server Error"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Internal Server Error - Unexpected server error",
                    },
                    "5XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other server error (OpenRouterDefaultError)",
                    },
                },
                "summary": "List key assignments for a guardrail",
                "tags": ["Guardrails"],
                "x-pagination": {
                    "limit": "limit",
                    "offset": "offset",
                    "results": "data",
                    "total": "total_count",
                    "type": "offsetLimit",
                },
                "x-sdk-name": "list_guardrail_key_assignments",
            },
            "post": {
                "description": "Assign multiple API keys to a specific guardrail. A key may hold at most one guardrail; assigning replaces any existing assignment. [Management key](/docs/guides/overview/auth/management-api-keys) required.",
                "operationId": "bulkAssignKeysToGuardrail",
                "parameters": [
                    {
                        "description": "The unique identifier of the guardrail",
                        "in": "path",
                        "name": "id",
                        "required": True,
                        "schema": {
                            "description": "The unique identifier of the guardrail",
                            "example": "550e8400-e29b-41d4-a716-446655440000",
                            "type": "string",
                        },
                    },
                    {"$ref": "#/components/parameters/AppReferer"},
                    {"$ref": "#/components/parameters/AppTitle"},
                    {"$ref": "#/components/parameters/AppCategories"},
                ],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "example": {
                                "key_hashes": [
                                    "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"
                                ]
                            },
                            "schema": {"$ref": "#/components/schemas/BulkAssignKeysRequest"},
                        }
                    },
                    "required": True,
                },
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "example": {"assigned_count": 3},
                                "schema": {"$ref": "#/components/schemas/BulkAssignKeysResponse"},
                            }
                        },
                        "description": "Assignment result",
                    },
                    "400": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 400, "message": "Invalid request parameters"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Bad Request - Invalid request parameters or malformed input",
                    },
                    "401": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {
                                        "code": 401,
                                        "message": "Missing Authentication header",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Unauthorized - Authentication required or invalid credentials",
                    },
                    "404": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 404, "message": "Resource not found"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Not Found - Resource does not exist",
                    },
                    "4XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other client error (OpenRouterDefaultError)",
                    },
                    "500": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 500, "message": "Internal Server Error"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Internal Server Error - Unexpected server error",
                    },
                    "5XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other server error (OpenRouterDefaultError)",
                    },
                },
                "summary": "Bulk assign keys to a guardrail",
                "tags": ["Guardrails"],
                "x-idempotent": True,
                "x-sdk-name": "bulk_assign_keys",
            },
        },
        "/guardrails/{id}/assignments/keys/remove": {
            "post": {
                "description": "Unassign multiple API keys from a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.",
                "operationId": "bulkUnassignKeysFromGuardrail",
                "parameters": [
                    {
                        "description": "The unique identifier of the guardrail",
                        "in": "path",
                        "name": "id",
                        "required": True,
                        "schema": {
                            "description": "The unique identifier of the guardrail",
                            "example": "550e8400-e29b-41d4-a716-446655440000",
                            "type": "string",
                        },
                    },
                    {"$ref": "#/components/parameters/AppReferer"},
                    {"$ref": "#/components/parameters/AppTitle"},
                    {"$ref": "#/components/parameters/AppCategories"},
                ],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "example": {
                                "key_hashes": [
                                    "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"
                                ]
                            },
                            "schema": {"$ref": "#/components/schemas/BulkUnassignKeysRequest"},
                        }
                    },
                    "required": True,
                },
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "example": {"unassigned_count": 3},
                                "schema": {"$ref": "#/components/schemas/BulkUnassignKeysResponse"},
                            }
                        },
                        "description": "Unassignment result",
                    },
                    "400": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 400, "message": "Invalid request parameters"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Bad Request - Invalid request parameters or malformed input",
                    },
                    "401": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {
                                        "code": 401,
                                        "message": "Missing Authentication header",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Unauthorized - Authentication required or invalid credentials",
                    },
                    "404": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 404, "message": "Resource not found"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Not Found - Resource does not exist",
                    },
                    "4XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other client error (OpenRouterDefaultError)",
                    },
                    "500": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 500, "message": "Internal Server Error"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Internal Server Error - Unexpected server error",
                    },
                    "5XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other server error (OpenRouterDefaultError)",
                    },
                },
                "summary": "Bulk unassign keys from a guardrail",
                "tags": ["Guardrails"],
                "x-idempotent": True,
                "x-sdk-name": "bulk_unassign_keys",
            }
        },
        "/guardrails/{id}/assignments/members": {
            "get": {
                "description": "List all organization member assignments for a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.",
                "operationId": "listGuardrailMemberAssignments",
                "parameters": [
                    {
                        "description": "The unique identifier of the guardrail",
                        "in": "path",
                        "name": "id",
                        "required": True,
                        "schema": {
                            "description": "The unique identifier of the guardrail",
                            "example": "550e8400-e29b-41d4-a716-446655440000",
                            "type": "string",
                        },
                    },
                    {
                        "description": "Maximum number of records to return (max 100)",
                        "in": "query",
                        "name": "limit",
                        "required": False,
                        "schema": {
                            "default": 50,
                            "description": "Maximum number of records to return (max 100)",
                            "example": 50,
                            "maximum": 100,
                            "minimum": 1,
                            "type": "integer",
                        },
                    },
                    {
                        "description": "Number of records to skip for pagination",
                        "in": "query",
                        "name": "offset",
                        "required": False,
                        "schema": {
                            "default": 0,
                            "description": "Number of records to skip for pagination",
                            "example": 0,
                            "minimum": 0,
                            "type": "integer",
                        },
                    },
                    {"$ref": "#/components/parameters/AppReferer"},
                    {"$ref": "#/components/parameters/AppTitle"},
                    {"$ref": "#/components/parameters/AppCategories"},
                ],
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "data": [
                                        {
                                            "assigned_by": "user_abc123",
                                            "created_at": "2025-08-24T10:30:00Z",
                                            "guardrail_id": "550e8400-e29b-41d4-a716-446655440001",
                                            "id": "550e8400-e29b-41d4-a716-446655440000",
                                            "organization_id": "org_xyz789",
                                            "user_id": "user_abc123",
                                        }
                                    ],
                                    "total_count": 1,
                                },
                                "schema": {
                                    "$ref": "#/components/schemas/ListMemberAssignmentsResponse"
                                },
                            }
                        },
                        "description": "List of member assignments",
                    },
                    "401": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {
                                        "code": 401,
                                        "message": "Missing Authentication header",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Unauthorized - Authentication required or invalid credentials",
                    },
                    "404": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 404, "message": "Resource not found"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Not Found - Resource does not exist",
                    },
                    "4XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other client error (OpenRouterDefaultError)",
                    },
                    "500": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 500, "message": "Internal Server Error"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Internal Server Error - Unexpected server error",
                    },
                    "5XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other server error (OpenRouterDefaultError)",
                    },
                },
                "summary": "List member assignments for a guardrail",
                "tags": ["Guardrails"],
                "x-pagination": {
                    "limit": "limit",
                    "offset": "offset",
                    "results": "data",
                    "total": "total_count",
                    "type": "offsetLimit",
                },
                "x-sdk-name": "list_guardrail_member_assignments",
            },
            "post": {
                "description": "Assign multiple organization members to a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.",
                "operationId": "bulkAssignMembersToGuardrail",
                "parameters": [
                    {
                        "description": "The unique identifier of the guardrail",
                        "in": "path",
                        "name": "id",
                        "required": True,
                        "schema": {
                            "description": "The unique identifier of the guardrail",
                            "example": "550e8400-e29b-41d4-a716-446655440000",
                            "type": "string",
                        },
                    },
                    {"$ref": "#/components/parameters/AppReferer"},
                    {"$ref": "#/components/parameters/AppTitle"},
                    {"$ref": "#/components/parameters/AppCategories"},
                ],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "example": {"member_user_ids": ["user_abc123", "user_def456"]},
                            "schema": {"$ref": "#/components/schemas/BulkAssignMembersRequest"},
                        }
                    },
                    "required": True,
                },
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "example": {"assigned_count": 2},
                                "schema": {
                                    "$ref": "#/components/schemas/BulkAssignMembersResponse"
                                },
                            }
                        },
                        "description": "Assignment result",
                    },
                    "400": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 400, "message": "Invalid request parameters"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Bad Request - Invalid request parameters or malformed input",
                    },
                    "401": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {
                                        "code": 401,
                                        "message": "Missing Authentication header",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Unauthorized - Authentication required or invalid credentials",
                    },
                    "404": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 404, "message": "Resource not found"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Not Found - Resource does not exist",
                    },
                    "4XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other client error (OpenRouterDefaultError)",
                    },
                    "500": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 500, "message": "Internal Server Error"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Internal Server Error - Unexpected server error",
                    },
                    "5XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other server error (OpenRouterDefaultError)",
                    },
                },
                "summary": "Bulk assign members to a guardrail",
                "tags": ["Guardrails"],
                "x-idempotent": True,
                "x-sdk-name": "bulk_assign_members",
            },
        },
        "/guardrails/{id}/assignments/members/remove": {
            "post": {
                "description": "Unassign multiple organization members from a specific guardrail. [Management key](/docs/guides/overview/auth/management-api-keys) required.",
                "operationId": "bulkUnassignMembersFromGuardrail",
                "parameters": [
                    {
                        "description": "The unique identifier of the guardrail",
                        "in": "path",
                        "name": "id",
                        "required": True,
                        "schema": {
                            "description": "The unique identifier of the guardrail",
                            "example": "550e8400-e29b-41d4-a716-446655440000",
                            "type": "string",
                        },
                    },
                    {"$ref": "#/components/parameters/AppReferer"},
                    {"$ref": "#/components/parameters/AppTitle"},
                    {"$ref": "#/components/parameters/AppCategories"},
                ],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "example": {"member_user_ids": ["user_abc123", "user_def456"]},
                            "schema": {"$ref": "#/components/schemas/BulkUnassignMembersRequest"},
                        }
                    },
                    "required": True,
                },
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "example": {"unassigned_count": 2},
                                "schema": {
                                    "$ref": "#/components/schemas/BulkUnassignMembersResponse"
                                },
                            }
                        },
                        "description": "Unassignment result",
                    },
                    "400": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 400, "message": "Invalid request parameters"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Bad Request - Invalid request parameters or malformed input",
                    },
                    "401": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {
                                        "code": 401,
                                        "message": "Missing Authentication header",
                                    }
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Unauthorized - Authentication required or invalid credentials",
                    },
                    "404": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 404, "message": "Resource not found"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Not Found - Resource does not exist",
                    },
                    "4XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other client error (OpenRouterDefaultError)",
                    },
                    "500": {
                        "content": {
                            "application/json": {
                                "example": {
                                    "error": {"code": 500, "message": "Internal Server Error"}
                                },
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"},
                            }
                        },
                        "description": "Internal Server Error - Unexpected server error",
                    },
                    "5XX": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                            }
                        },
                        "description": "Any other server error (OpenRouterDefaultError)",
                    },
                },
                "summary": "Bulk unassign members from a guardrail",
                "tags": ["Guardrails"],
                "x-idempotent": True,
                "x-sdk-name": "bulk_unassign_members",
            }
        },
    },
    "security": [{"apiKey": []}],
    "servers": [{"description": "Production server", "url": "https://openrouter.ai/api/v1"}],
    "tags": [{"description": "Guardrails endpoints", "name": "Guardrails"}],
}
