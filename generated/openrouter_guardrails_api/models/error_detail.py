from __future__ import annotations

import json as _json
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ContractViolation, Unset, json_value

T = TypeVar("T", bound="ErrorDetail")

_new = object.__new__

#: Every field's value, in the order the class takes them, in one call (when all are there).
_ALL_FIELDS = _itemgetter(
    "code",
    "message",
    "metadata",
)

#: The JSON names of the fields this model declares (the rest are additional properties).
_FIELD_NAMES = frozenset(
    {
        "code",
        "message",
        "metadata",
    }
)


@_attrs_define(slots=False)
class ErrorDetail:
    """What went wrong: the HTTP status as a number, and a message."""

    code: int
    message: str
    metadata: ErrorDetailMetadataType0 | None | Unset = UNSET
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
        "code",
        "message",
        "metadata",
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.code is not UNSET:
            field_dict["code"] = self.code
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if self.metadata is not UNSET:
            field_dict["metadata"] = json_value(self.metadata)
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
            f_code,
            f_message,
            f_metadata,
        ) = values
        return cls(
            f_code,
            f_message,
            ErrorDetailMetadataType0._read(f_metadata),
        )

    @classmethod
    def _from_complete(cls: type[T], d: dict[str, Any]) -> T:
        """The model of a JSON object that holds exactly the fields this model declares (no
        other key)."""
        error_detail = _new(cls)
        fields = error_detail.__dict__
        fields.update(d)
        fields["metadata"] = ErrorDetailMetadataType0._read(fields["metadata"])
        fields["additional_properties"] = {}
        return error_detail

    @classmethod
    def _from_complete_many(cls: type[T], objects: list[dict[str, Any]]) -> list[T]:
        """``_from_complete`` of each of ``objects``, in one call, taking each object as
        the model's own storage (not copied): for objects nothing else holds, such as those
        of a response body just parsed."""
        models: list[T] = []
        append = models.append
        for d in objects:
            error_detail = _new(cls)
            error_detail.__dict__ = fields = d
            fields["metadata"] = ErrorDetailMetadataType0._read(fields["metadata"])
            fields["additional_properties"] = {}
            append(error_detail)
        return models

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = src_dict
        not_an_object = type(d) is not dict and not isinstance(d, Mapping)
        if not_an_object:
            d = {}
        values = None
        if len(d) >= 3:  # else a field is surely absent: no exception
            try:
                values = _ALL_FIELDS(d)
            except KeyError:  # a field is absent: each is read with its default below
                pass
        if values is not None:
            if type(d) is dict and len(d) == 3:
                return cls._from_complete(d)
            error_detail = cls._from_fields(values)
            if len(d) > 3:  # every declared field is there: the rest are not
                error_detail.additional_properties = {
                    key: value for key, value in d.items() if key not in _FIELD_NAMES
                }
        else:
            get = d.get
            code = get("code", UNSET)
            message = get("message", UNSET)
            metadata = ErrorDetailMetadataType0._read(get("metadata", UNSET))
            error_detail = cls(
                code,
                message,
                metadata,
            )
            if not _FIELD_NAMES.issuperset(d):
                error_detail.additional_properties = {
                    key: value for key, value in d.items() if key not in _FIELD_NAMES
                }
        if not_an_object:
            error_detail.raw_data = src_dict
            error_detail._not_an_object = True
        return error_detail

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
from ..models.error_detail_metadata_type_0 import ErrorDetailMetadataType0

# What a model built by ``_from_complete`` holds until set (``__init__`` sets them on each).
ErrorDetail.contract_violations = ()
ErrorDetail.raw_data = None
ErrorDetail._not_an_object = False
