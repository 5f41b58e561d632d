from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ContractViolation

T = TypeVar("T", bound="BulkUnassignKeysResponse")

_new = object.__new__


#: The JSON names of the fields this model declares (the rest are additional properties).
_FIELD_NAMES = frozenset(
    {
        "unassigned_count",
    }
)


@_attrs_define(slots=False)
class BulkUnassignKeysResponse:
    """
    Example:
        {'unassigned_count': 3}

    """

    unassigned_count: int
    """ Number of keys successfully unassigned """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    contract_violations: tuple[ContractViolation, ...] = _attrs_field(
        init=False, default=(), eq=False, repr=False
    )
    """What this object breaks of the contract, as the API sent it (empty when it conforms)."""
    raw_data: Any = _attrs_field(init=False, default=None, eq=False, repr=False)
    """The value as the API sent it, when it breaks the contract (else ``None``)."""
    _not_an_object: bool = _attrs_field(init=False, default=False, eq=False, repr=False)
    #: The JSON names of the fields, in the order the class takes them (``_from_fields``).
    _json_names = ("unassigned_count",)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.unassigned_count is not UNSET:
            field_dict["unassigned_count"] = self.unassigned_count
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
        (f_unassigned_count,) = values
        return cls(
            f_unassigned_count,
        )

    @classmethod
    def _from_complete(cls: type[T], d: dict[str, Any]) -> T:
        """The model of a JSON object that holds exactly the fields this model declares (no
        other key)."""
        bulk_unassign_keys_response = _new(cls)
        fields = bulk_unassign_keys_response.__dict__
        fields.update(d)
        fields["additional_properties"] = {}
        return bulk_unassign_keys_response

    @classmethod
    def _from_complete_many(cls: type[T], objects: list[dict[str, Any]]) -> list[T]:
        """``_from_complete`` of each of ``objects``, in one call, taking each object as
        the model's own storage (not copied): for objects nothing else holds, such as those
        of a response body just parsed."""
        models: list[T] = []
        append = models.append
        for d in objects:
            bulk_unassign_keys_response = _new(cls)
            bulk_unassign_keys_response.__dict__ = fields = d
            fields["additional_properties"] = {}
            append(bulk_unassign_keys_response)
        return models

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = src_dict
        not_an_object = type(d) is not dict and not isinstance(d, Mapping)
        if not_an_object:
            d = {}
        get = d.get
        unassigned_count = get("unassigned_count", UNSET)
        bulk_unassign_keys_response = cls(
            unassigned_count,
        )
        if not _FIELD_NAMES.issuperset(d):
            bulk_unassign_keys_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_NAMES
            }
        if not_an_object:
            bulk_unassign_keys_response.raw_data = src_dict
            bulk_unassign_keys_response._not_an_object = True
        return bulk_unassign_keys_response

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


# What a model built by ``_from_complete`` holds until set (``__init__`` sets them on each).
BulkUnassignKeysResponse.contract_violations = ()
BulkUnassignKeysResponse.raw_data = None
BulkUnassignKeysResponse._not_an_object = False
