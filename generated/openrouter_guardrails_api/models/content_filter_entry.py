from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_filter_action import ContentFilterAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentFilterEntry")


@_attrs_define
class ContentFilterEntry:
    """A custom regex content filter that scans request messages for matching patterns.

    Example:
        {'action': 'redact', 'label': '[API_KEY]', 'pattern': '\\\\b(sk-[a-zA-Z0-9]{48})\\\\b'}

    """

    action: ContentFilterAction
    """ Action taken when the pattern matches """
    pattern: str
    """ A regex pattern to match against request content """
    label: None | str | Unset = UNSET
    """ Optional label used in redaction placeholders or error messages """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        pattern = self.pattern

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "pattern": pattern,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

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
        action = ContentFilterAction._lookup(d.pop("action"))

        pattern = d.pop("pattern")

        label = d.pop("label", UNSET)

        content_filter_entry = cls(
            action,
            pattern,
            label,
        )

        content_filter_entry.additional_properties = d
        return content_filter_entry

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
