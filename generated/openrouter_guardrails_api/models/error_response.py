from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The API's error envelope, the same for every error status."""

    error: ErrorDetail
    """ What went wrong: the HTTP status as a number, and a message. """
    openrouter_metadata: ErrorResponseOpenrouterMetadataType0 | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        openrouter_metadata: dict[str, Any] | None | Unset
        if isinstance(self.openrouter_metadata, Unset):
            openrouter_metadata = UNSET
        elif isinstance(self.openrouter_metadata, ErrorResponseOpenrouterMetadataType0):
            openrouter_metadata = self.openrouter_metadata.to_dict()
        else:
            openrouter_metadata = self.openrouter_metadata

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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
        error = ErrorDetail.from_dict(d.pop("error"))

        _openrouter_metadata = d.pop("openrouter_metadata", UNSET)
        openrouter_metadata: ErrorResponseOpenrouterMetadataType0 | None | Unset
        if _openrouter_metadata is None:
            openrouter_metadata = _openrouter_metadata
        elif isinstance(_openrouter_metadata, Unset):
            openrouter_metadata = _openrouter_metadata
        elif isinstance(_openrouter_metadata, dict):
            openrouter_metadata_type_0 = ErrorResponseOpenrouterMetadataType0.from_dict(
                _openrouter_metadata
            )

            openrouter_metadata = openrouter_metadata_type_0
        else:
            openrouter_metadata = _openrouter_metadata

        user_id = d.pop("user_id", UNSET)

        error_response = cls(
            error,
            openrouter_metadata,
            user_id,
        )

        error_response.additional_properties = d
        return error_response

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
from ..models.error_detail import ErrorDetail
from ..models.error_response_openrouter_metadata_type_0 import ErrorResponseOpenrouterMetadataType0
