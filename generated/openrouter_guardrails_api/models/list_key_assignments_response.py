from __future__ import annotations

import json as _json
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ContractViolation, _Unread, json_value, read_lazily, unread

T = TypeVar("T", bound="ListKeyAssignmentsResponse")

_new = object.__new__

#: Every field's value, in the order the class takes them, in one call (when all are there).
_ALL_FIELDS = _itemgetter(
    "data",
    "total_count",
)

#: The JSON names of the fields this model declares (the rest are additional properties).
_FIELD_NAMES = frozenset(
    {
        "data",
        "total_count",
    }
)


@_attrs_define(slots=False)
class ListKeyAssignmentsResponse:
    """
    Example:
        {'data': [{'assigned_by': 'user_abc123', 'created_at': '2025-08-24T10:30:00Z', 'guardrail_id':
            '550e8400-e29b-41d4-a716-446655440001', 'id': '550e8400-e29b-41d4-a716-446655440000', 'key_hash':
            'c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93', 'key_label': 'prod-key', 'key_name':
            'Production Key'}], 'total_count': 1}

    """

    data: list[KeyAssignment]
    """ List of key assignments """
    total_count: int
    """ Total number of key assignments for this guardrail """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    contract_violations: tuple[ContractViolation, ...] = _attrs_field(
        init=False, default=(), eq=False, repr=False
    )
    """What this object breaks of the contract, as the API sent it (empty when it conforms)."""
    raw_data: Any = _attrs_field(init=False, default=None, eq=False, repr=False)
    """The value as the API sent it, when it breaks the contract (else ``None``)."""
    _not_an_object: bool = _attrs_field(init=False, default=False, eq=False, repr=False)
    #: The JSON names of the fields, in the order the class takes them (``_from_fields``).
    _json_names = (
        "data",
        "total_count",
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.data is not UNSET:
            field_dict["data"] = json_value(self.data)
        if self.total_count is not UNSET:
            field_dict["total_count"] = self.total_count
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
        (
            f_data,
            f_total_count,
        ) = values
        return cls(
            unread(f_data),
            f_total_count,
        )

    @classmethod
    def _from_complete(cls: type[T], d: dict[str, Any]) -> T:
        """The model of a JSON object that holds exactly the fields this model declares (no
        other key)."""
        list_key_assignments_response = _new(cls)
        fields = list_key_assignments_response.__dict__
        fields.update(d)
        value = fields["data"]
        if type(value) is list and value:
            fields["data"] = _Unread((value,))
        fields["additional_properties"] = {}
        return list_key_assignments_response

    @classmethod
    def _from_complete_many(cls: type[T], objects: list[dict[str, Any]]) -> list[T]:
        """``_from_complete`` of each of ``objects``, in one call, taking each object as
        the model's own storage (not copied): for objects nothing else holds, such as those
        of a response body just parsed."""
        models: list[T] = []
        append = models.append
        for d in objects:
            list_key_assignments_response = _new(cls)
            list_key_assignments_response.__dict__ = fields = d
            value = fields["data"]
            if type(value) is list and value:
                fields["data"] = _Unread((value,))
            fields["additional_properties"] = {}
            append(list_key_assignments_response)
        return models

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = src_dict
        not_an_object = type(d) is not dict and not isinstance(d, Mapping)
        if not_an_object:
            d = {}
        values = None
        if len(d) >= 2:  # else a field is surely absent: no exception
            try:
                values = _ALL_FIELDS(d)
            except KeyError:  # a field is absent: each is read with its default below
                pass
        if values is not None:
            if type(d) is dict and len(d) == 2:
                return cls._from_complete(d)
            list_key_assignments_response = cls._from_fields(values)
            if len(d) > 2:  # every declared field is there: the rest are not
                list_key_assignments_response.additional_properties = {
                    key: value for key, value in d.items() if key not in _FIELD_NAMES
                }
        else:
            get = d.get
            data = unread(get("data", UNSET))
            total_count = get("total_count", UNSET)
            list_key_assignments_response = cls(
                data,
                total_count,
            )
            if not _FIELD_NAMES.issuperset(d):
                list_key_assignments_response.additional_properties = {
                    key: value for key, value in d.items() if key not in _FIELD_NAMES
                }
        if not_an_object:
            list_key_assignments_response.raw_data = src_dict
            list_key_assignments_response._not_an_object = True
        return list_key_assignments_response

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
from ..models.key_assignment import KeyAssignment

read_lazily(ListKeyAssignmentsResponse, "data", KeyAssignment._read_list)

# What a model built by ``_from_complete`` holds until set (``__init__`` sets them on each).
ListKeyAssignmentsResponse.contract_violations = ()
ListKeyAssignmentsResponse.raw_data = None
ListKeyAssignmentsResponse._not_an_object = False
