from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetGuardrailResponse")


@_attrs_define
class GetGuardrailResponse:
    """
    Example:
        {'data': {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'google'],
            'content_filter_builtins': [{'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}], 'content_filters': None,
            'created_at': '2025-08-24T10:30:00Z', 'description': 'Guardrail for production environment', 'enforce_zdr':
            None, 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True,
            'enforce_zdr_other': False, 'id': '550e8400-e29b-41d4-a716-446655440000', 'ignored_models': None,
            'ignored_providers': None, 'limit_usd': 100, 'name': 'Production Guardrail', 'reset_interval': 'monthly',
            'updated_at': '2025-08-24T15:45:00Z', 'workspace_id': '0df9e665-d932-5740-b2c7-b52af166bc11'}}

    """

    data: Guardrail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

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
        data = Guardrail.from_dict(d.pop("data"))

        get_guardrail_response = cls(
            data,
        )

        get_guardrail_response.additional_properties = d
        return get_guardrail_response

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
from ..models.guardrail import Guardrail
