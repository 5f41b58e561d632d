from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ContractViolation, json_value

T = TypeVar("T", bound="CreateGuardrailResponse")

_new = object.__new__


#: The JSON names of the fields this model declares (the rest are additional properties).
_FIELD_NAMES = frozenset(
    {
        "data",
    }
)


@_attrs_define(slots=False)
class CreateGuardrailResponse:
    """
    Example:
        {'data': {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'google'],
            'content_filter_builtins': [{'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}], 'content_filters': None,
            'created_at': '2025-08-24T10:30:00Z', 'description': 'A guardrail for limiting API usage', 'enforce_zdr': None,
            'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True, 'enforce_zdr_other':
            False, 'enforce_zdr_xai': False, 'id': '550e8400-e29b-41d4-a716-446655440000', 'ignored_models': None,
            'ignored_providers': None, 'include_byok_in_budgets': False, 'limit_usd': 50, 'name': 'My New Guardrail',
            'reset_interval': 'monthly', 'updated_at': None, 'workspace_id': '0df9e665-d932-5740-b2c7-b52af166bc11'}}

    """

    data: Guardrail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    contract_violations: tuple[ContractViolation, ...] = _attrs_field(
        init=False, default=(), eq=False, repr=False
    )
    """What this object breaks of the contract, as the API sent it (empty when it conforms)."""
    raw_data: Any = _attrs_field(init=False, default=None, eq=False, repr=False)
    """The value as the API sent it, when it breaks the contract (else ``None``)."""
    _not_an_object: bool = _attrs_field(init=False, default=False, eq=False, repr=False)
    #: The JSON names of the fields, in the order the class takes them (``_from_fields``).
    _json_names = ("data",)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.data is not UNSET:
            field_dict["data"] = json_value(self.data)
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
    def _from_fields(cls: type[T], values: tuple[Any, ...]) -> T:
        """The model of a JSON object that holds every field this model declares: ``values``
        are their values, in ``_json_names`` order."""
        (f_data,) = values
        return cls(
            Guardrail._read(f_data),
        )

    @classmethod
    def _from_complete(cls: type[T], d: dict[str, Any]) -> T:
        """The model of a JSON object that holds exactly the fields this model declares (no
        other key)."""
        create_guardrail_response = _new(cls)
        fields = create_guardrail_response.__dict__
        fields.update(d)
        fields["data"] = Guardrail._read(fields["data"])
        fields["additional_properties"] = {}
        return create_guardrail_response

    @classmethod
    def _from_complete_many(cls: type[T], objects: list[dict[str, Any]]) -> list[T]:
        """``_from_complete`` of each of ``objects``, in one call, taking each object as
        the model's own storage (not copied): for objects nothing else holds, such as those
        of a response body just parsed."""
        models: list[T] = []
        append = models.append
        for d in objects:
            create_guardrail_response = _new(cls)
            create_guardrail_response.__dict__ = fields = d
            fields["data"] = Guardrail._read(fields["data"])
            fields["additional_properties"] = {}
            append(create_guardrail_response)
        return models

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = src_dict
        not_an_object = type(d) is not dict and not isinstance(d, Mapping)
        if not_an_object:
            d = {}
        get = d.get
        data = Guardrail._read(get("data", UNSET))
        create_guardrail_response = cls(
            data,
        )
        if not _FIELD_NAMES.issuperset(d):
            create_guardrail_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        if not_an_object:
            create_guardrail_response.raw_data = src_dict
            create_guardrail_response._not_an_object = True
        return create_guardrail_response

    @classmethod
    def _read(cls, value: Any) -> Any:
        """A field's value: the model of a JSON object; anything else (null, UNSET, a value
        of the wrong type) as it is."""
        if type(value) is dict or isinstance(value, Mapping):
            return cls.from_dict(value)
        return value

    @classmethod
    def _read_list(cls, value: Any) -> Any:
        """A list field's value: a model per item (an item that is not an object gives a
        model with every field UNSET and the item in ``raw_data``); anything else as it is."""
        if type(value) is list:
            return [cls.from_dict(item) for item in value]
        return value

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

# What a model built by ``_from_complete`` holds until set (``__init__`` sets them on each).
CreateGuardrailResponse.contract_violations = ()
CreateGuardrailResponse.raw_data = None
CreateGuardrailResponse._not_an_object = False
