from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MemberAssignment")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        assigned_by: None | str
        assigned_by = self.assigned_by

        created_at = self.created_at

        guardrail_id = self.guardrail_id

        id = self.id

        organization_id = self.organization_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned_by": assigned_by,
                "created_at": created_at,
                "guardrail_id": guardrail_id,
                "id": id,
                "organization_id": organization_id,
                "user_id": user_id,
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
        assigned_by = d.pop("assigned_by")

        created_at = d.pop("created_at")

        guardrail_id = d.pop("guardrail_id")

        id = d.pop("id")

        organization_id = d.pop("organization_id")

        user_id = d.pop("user_id")

        member_assignment = cls(
            assigned_by,
            created_at,
            guardrail_id,
            id,
            organization_id,
            user_id,
        )

        member_assignment.additional_properties = d
        return member_assignment

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
