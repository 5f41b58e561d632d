from __future__ import annotations

import json as _json
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ContractViolation

T = TypeVar("T", bound="MemberAssignment")

_new = object.__new__

#: Every field's value, in the order the class takes them, in one call (when all are there).
_ALL_FIELDS = _itemgetter(
    "assigned_by",
    "created_at",
    "guardrail_id",
    "id",
    "organization_id",
    "user_id",
)

#: The JSON names of the fields this model declares (the rest are additional properties).
_FIELD_NAMES = frozenset(
    {
        "assigned_by",
        "created_at",
        "guardrail_id",
        "id",
        "organization_id",
        "user_id",
    }
)


@_attrs_define(slots=False)
class MemberAssignment:
    """
    Example:
        {'assigned_by': 'user_abc123', 'created_at': '2025-08-24T10:30:00Z', 'guardrail_id':
            '550e8400-e29b-41d4-a716-446655440001', 'id': '550e8400-e29b-41d4-a716-446655440000', 'organization_id':
            'org_xyz789', 'user_id': 'user_abc123'}

    """

    assigned_by: None | str
    """ User ID of who made the assignment """
    created_at: str
    """ ISO 8601 timestamp of when the assignment was created """
    guardrail_id: str
    """ ID of the guardrail """
    id: str
    """ Unique identifier for the assignment """
    organization_id: str
    """ Organization ID """
    user_id: str
    """ Clerk user ID of the assigned member """
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
        "assigned_by",
        "created_at",
        "guardrail_id",
        "id",
        "organization_id",
        "user_id",
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.assigned_by is not UNSET:
            field_dict["assigned_by"] = self.assigned_by
        if self.created_at is not UNSET:
            field_dict["created_at"] = self.created_at
        if self.guardrail_id is not UNSET:
            field_dict["guardrail_id"] = self.guardrail_id
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.organization_id is not UNSET:
            field_dict["organization_id"] = self.organization_id
        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id
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
            f_assigned_by,
            f_created_at,
            f_guardrail_id,
            f_id,
            f_organization_id,
            f_user_id,
        ) = values
        return cls(
            f_assigned_by,
            f_created_at,
            f_guardrail_id,
            f_id,
            f_organization_id,
            f_user_id,
        )

    @classmethod
    def _from_complete(cls: type[T], d: dict[str, Any]) -> T:
        """The model of a JSON object that holds exactly the fields this model declares (no
        other key)."""
        member_assignment = _new(cls)
        fields = member_assignment.__dict__
        fields.update(d)
        fields["additional_properties"] = {}
        return member_assignment

    @classmethod
    def _from_complete_many(cls: type[T], objects: list[dict[str, Any]]) -> list[T]:
        """``_from_complete`` of each of ``objects``, in one call, taking each object as
        the model's own storage (not copied): for objects nothing else holds, such as those
        of a response body just parsed."""
        models: list[T] = []
        append = models.append
        for d in objects:
            member_assignment = _new(cls)
            member_assignment.__dict__ = fields = d
            fields["additional_properties"] = {}
            append(member_assignment)
        return models

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Mapping[str, Any] = src_dict
        not_an_object = type(d) is not dict and not isinstance(d, Mapping)
        if not_an_object:
            d = {}
        values = None
        if len(d) >= 6:  # else a field is surely absent: no exception
            try:
                values = _ALL_FIELDS(d)
            except KeyError:  # a field is absent: each is read with its default below
                pass
        if values is not None:
            if type(d) is dict and len(d) == 6:
                return cls._from_complete(d)
            member_assignment = cls._from_fields(values)
            if len(d) > 6:  # every declared field is there: the rest are not
                member_assignment.additional_properties = {
                    key: value for key, value in d.items() if key not in _FIELD_NAMES
                }
        else:
            get = d.get
            assigned_by = get("assigned_by", UNSET)
            created_at = get("created_at", UNSET)
            guardrail_id = get("guardrail_id", UNSET)
            id = get("id", UNSET)
            organization_id = get("organization_id", UNSET)
            user_id = get("user_id", UNSET)
            member_assignment = cls(
                assigned_by,
                created_at,
                guardrail_id,
                id,
                organization_id,
                user_id,
            )
            if not _FIELD_NAMES.issuperset(d):
                member_assignment.additional_properties = {
                    key: value for key, value in d.items() if key not in _FIELD_NAMES
                }
        if not_an_object:
            member_assignment.raw_data = src_dict
            member_assignment._not_an_object = True
        return member_assignment

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
MemberAssignment.contract_violations = ()
MemberAssignment.raw_data = None
MemberAssignment._not_an_object = False
