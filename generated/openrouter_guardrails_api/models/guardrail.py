from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_interval import GuardrailInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="Guardrail")


@_attrs_define
class Guardrail:
    """
    Example:
        {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'google'], 'content_filter_builtins':
            [{'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}], 'content_filters': None, 'created_at':
            '2025-08-24T10:30:00Z', 'description': 'Guardrail for production environment', 'enforce_zdr': None,
            'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True, 'enforce_zdr_other':
            False, 'id': '550e8400-e29b-41d4-a716-446655440000', 'ignored_models': None, 'ignored_providers': None,
            'limit_usd': 100, 'name': 'Production Guardrail', 'reset_interval': 'monthly', 'updated_at':
            '2025-08-24T15:45:00Z', 'workspace_id': '0df9e665-d932-5740-b2c7-b52af166bc11'}

    """

    created_at: str
    """ ISO 8601 timestamp of when the guardrail was created """
    id: str
    """ Unique identifier for the guardrail """
    name: str
    """ Name of the guardrail """
    workspace_id: str
    """ The workspace ID this guardrail belongs to. """
    allowed_models: list[str] | None | Unset = UNSET
    """ Array of model canonical_slugs (immutable identifiers) """
    allowed_providers: list[str] | None | Unset = UNSET
    """ List of allowed provider IDs """
    content_filter_builtins: list[ContentFilterBuiltinEntry] | None | Unset = UNSET
    """ Builtin content filters applied to requests. Includes PII detectors and the regex-based prompt injection
    detector. """
    content_filters: list[ContentFilterEntry] | None | Unset = UNSET
    """ Custom regex content filters applied to request messages """
    description: None | str | Unset = UNSET
    """ Description of the guardrail """
    enforce_zdr: bool | None | Unset = UNSET
    """ Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai, enforce_zdr_google, and enforce_zdr_other
    instead. When provided, its value is copied into any of those per-provider fields that are not explicitly
    specified on the request. """
    enforce_zdr_anthropic: bool | None | Unset = UNSET
    """ Whether to enforce zero data retention for Anthropic models. Falls back to enforce_zdr when not provided.
    """
    enforce_zdr_google: bool | None | Unset = UNSET
    """ Whether to enforce zero data retention for Google models. Falls back to enforce_zdr when not provided. """
    enforce_zdr_openai: bool | None | Unset = UNSET
    """ Whether to enforce zero data retention for OpenAI models. Falls back to enforce_zdr when not provided. """
    enforce_zdr_other: bool | None | Unset = UNSET
    """ Whether to enforce zero data retention for models that are not from Anthropic, OpenAI, or Google. Falls back
    to enforce_zdr when not provided. """
    ignored_models: list[str] | None | Unset = UNSET
    """ Array of model canonical_slugs to exclude from routing """
    ignored_providers: list[str] | None | Unset = UNSET
    """ List of provider IDs to exclude from routing """
    limit_usd: float | None | Unset = UNSET
    """ Spending limit in USD """
    reset_interval: GuardrailInterval | None | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp of when the guardrail was last updated """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        name = self.name

        workspace_id = self.workspace_id

        allowed_models: list[str] | None | Unset
        if isinstance(self.allowed_models, Unset):
            allowed_models = UNSET
        elif isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        allowed_providers: list[str] | None | Unset
        if isinstance(self.allowed_providers, Unset):
            allowed_providers = UNSET
        elif isinstance(self.allowed_providers, list):
            allowed_providers = self.allowed_providers

        else:
            allowed_providers = self.allowed_providers

        content_filter_builtins: list[dict[str, Any]] | None | Unset
        if isinstance(self.content_filter_builtins, Unset):
            content_filter_builtins = UNSET
        elif isinstance(self.content_filter_builtins, list):
            content_filter_builtins = []
            for content_filter_builtins_type_0_item_data in self.content_filter_builtins:
                content_filter_builtins_type_0_item = (
                    content_filter_builtins_type_0_item_data.to_dict()
                )
                content_filter_builtins.append(content_filter_builtins_type_0_item)

        else:
            content_filter_builtins = self.content_filter_builtins

        content_filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.content_filters, Unset):
            content_filters = UNSET
        elif isinstance(self.content_filters, list):
            content_filters = []
            for content_filters_type_0_item_data in self.content_filters:
                content_filters_type_0_item = content_filters_type_0_item_data.to_dict()
                content_filters.append(content_filters_type_0_item)

        else:
            content_filters = self.content_filters

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enforce_zdr: bool | None | Unset
        if isinstance(self.enforce_zdr, Unset):
            enforce_zdr = UNSET
        else:
            enforce_zdr = self.enforce_zdr

        enforce_zdr_anthropic: bool | None | Unset
        if isinstance(self.enforce_zdr_anthropic, Unset):
            enforce_zdr_anthropic = UNSET
        else:
            enforce_zdr_anthropic = self.enforce_zdr_anthropic

        enforce_zdr_google: bool | None | Unset
        if isinstance(self.enforce_zdr_google, Unset):
            enforce_zdr_google = UNSET
        else:
            enforce_zdr_google = self.enforce_zdr_google

        enforce_zdr_openai: bool | None | Unset
        if isinstance(self.enforce_zdr_openai, Unset):
            enforce_zdr_openai = UNSET
        else:
            enforce_zdr_openai = self.enforce_zdr_openai

        enforce_zdr_other: bool | None | Unset
        if isinstance(self.enforce_zdr_other, Unset):
            enforce_zdr_other = UNSET
        else:
            enforce_zdr_other = self.enforce_zdr_other

        ignored_models: list[str] | None | Unset
        if isinstance(self.ignored_models, Unset):
            ignored_models = UNSET
        elif isinstance(self.ignored_models, list):
            ignored_models = self.ignored_models

        else:
            ignored_models = self.ignored_models

        ignored_providers: list[str] | None | Unset
        if isinstance(self.ignored_providers, Unset):
            ignored_providers = UNSET
        elif isinstance(self.ignored_providers, list):
            ignored_providers = self.ignored_providers

        else:
            ignored_providers = self.ignored_providers

        limit_usd: float | None | Unset
        if isinstance(self.limit_usd, Unset):
            limit_usd = UNSET
        else:
            limit_usd = self.limit_usd

        reset_interval: None | str | Unset
        if isinstance(self.reset_interval, Unset):
            reset_interval = UNSET
        elif isinstance(self.reset_interval, GuardrailInterval):
            reset_interval = self.reset_interval.value
        else:
            reset_interval = self.reset_interval

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "workspace_id": workspace_id,
            }
        )
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if allowed_providers is not UNSET:
            field_dict["allowed_providers"] = allowed_providers
        if content_filter_builtins is not UNSET:
            field_dict["content_filter_builtins"] = content_filter_builtins
        if content_filters is not UNSET:
            field_dict["content_filters"] = content_filters
        if description is not UNSET:
            field_dict["description"] = description
        if enforce_zdr is not UNSET:
            field_dict["enforce_zdr"] = enforce_zdr
        if enforce_zdr_anthropic is not UNSET:
            field_dict["enforce_zdr_anthropic"] = enforce_zdr_anthropic
        if enforce_zdr_google is not UNSET:
            field_dict["enforce_zdr_google"] = enforce_zdr_google
        if enforce_zdr_openai is not UNSET:
            field_dict["enforce_zdr_openai"] = enforce_zdr_openai
        if enforce_zdr_other is not UNSET:
            field_dict["enforce_zdr_other"] = enforce_zdr_other
        if ignored_models is not UNSET:
            field_dict["ignored_models"] = ignored_models
        if ignored_providers is not UNSET:
            field_dict["ignored_providers"] = ignored_providers
        if limit_usd is not UNSET:
            field_dict["limit_usd"] = limit_usd
        if reset_interval is not UNSET:
            field_dict["reset_interval"] = reset_interval
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_json(self) -> str:
        """This model as JSON: ``to_dict()`` serialized, unknown fields included."""
        result: str = _json.dumps(self.to_dict())
        return result

    @classmethod
    def from_json(cls: type[T], text: str | bytes) -> T:
        """The model a JSON object describes (the inverse of ``to_json``)."""
        return cls.from_dict(_json.loads(text))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        id = d.pop("id")

        name = d.pop("name")

        workspace_id = d.pop("workspace_id")

        allowed_models = d.pop("allowed_models", UNSET)

        allowed_providers = d.pop("allowed_providers", UNSET)

        _content_filter_builtins = d.pop("content_filter_builtins", UNSET)
        content_filter_builtins: list[ContentFilterBuiltinEntry] | None | Unset
        if _content_filter_builtins is None:
            content_filter_builtins = _content_filter_builtins
        elif isinstance(_content_filter_builtins, Unset):
            content_filter_builtins = _content_filter_builtins
        elif isinstance(_content_filter_builtins, list):
            content_filter_builtins_type_0 = []
            _content_filter_builtins_type_0 = _content_filter_builtins
            for content_filter_builtins_type_0_item_data in _content_filter_builtins_type_0:
                content_filter_builtins_type_0_item = ContentFilterBuiltinEntry.from_dict(
                    content_filter_builtins_type_0_item_data
                )

                content_filter_builtins_type_0.append(content_filter_builtins_type_0_item)

            content_filter_builtins = content_filter_builtins_type_0
        else:
            content_filter_builtins = _content_filter_builtins

        _content_filters = d.pop("content_filters", UNSET)
        content_filters: list[ContentFilterEntry] | None | Unset
        if _content_filters is None:
            content_filters = _content_filters
        elif isinstance(_content_filters, Unset):
            content_filters = _content_filters
        elif isinstance(_content_filters, list):
            content_filters_type_0 = []
            _content_filters_type_0 = _content_filters
            for content_filters_type_0_item_data in _content_filters_type_0:
                content_filters_type_0_item = ContentFilterEntry.from_dict(
                    content_filters_type_0_item_data
                )

                content_filters_type_0.append(content_filters_type_0_item)

            content_filters = content_filters_type_0
        else:
            content_filters = _content_filters

        description = d.pop("description", UNSET)

        enforce_zdr = d.pop("enforce_zdr", UNSET)

        enforce_zdr_anthropic = d.pop("enforce_zdr_anthropic", UNSET)

        enforce_zdr_google = d.pop("enforce_zdr_google", UNSET)

        enforce_zdr_openai = d.pop("enforce_zdr_openai", UNSET)

        enforce_zdr_other = d.pop("enforce_zdr_other", UNSET)

        ignored_models = d.pop("ignored_models", UNSET)

        ignored_providers = d.pop("ignored_providers", UNSET)

        limit_usd = d.pop("limit_usd", UNSET)

        _reset_interval = d.pop("reset_interval", UNSET)
        reset_interval: GuardrailInterval | None | Unset
        if _reset_interval is None:
            reset_interval = _reset_interval
        elif isinstance(_reset_interval, Unset):
            reset_interval = _reset_interval
        elif isinstance(_reset_interval, str):
            reset_interval_type_0 = GuardrailInterval._lookup(_reset_interval)

            reset_interval = reset_interval_type_0
        else:
            reset_interval = _reset_interval

        updated_at = d.pop("updated_at", UNSET)

        guardrail = cls(
            created_at,
            id,
            name,
            workspace_id,
            allowed_models,
            allowed_providers,
            content_filter_builtins,
            content_filters,
            description,
            enforce_zdr,
            enforce_zdr_anthropic,
            enforce_zdr_google,
            enforce_zdr_openai,
            enforce_zdr_other,
            ignored_models,
            ignored_providers,
            limit_usd,
            reset_interval,
            updated_at,
        )

        guardrail.additional_properties = d
        return guardrail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: these models may import this one.
from ..models.content_filter_builtin_entry import ContentFilterBuiltinEntry
from ..models.content_filter_entry import ContentFilterEntry
