from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_filter_builtin_action import ContentFilterBuiltinAction
from ..models.content_filter_builtin_slug import ContentFilterBuiltinSlug
from ..models.prompt_injection_scan_scope import PromptInjectionScanScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentFilterBuiltinEntry")


@_attrs_define
class ContentFilterBuiltinEntry:
    """A builtin content filter entry. Builtin filters include PII detectors and the regex-based prompt injection detector.

    Example:
        {'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}

    """

    action: ContentFilterBuiltinAction
    """ Action taken when the builtin filter triggers """
    slug: ContentFilterBuiltinSlug
    """ The builtin filter identifier """
    label: str | Unset = UNSET
    """ Read-only, system-assigned redaction placeholder derived from the slug (e.g. "[EMAIL]", "[PHONE]"). Not
    settable by the caller. """
    scan_scope: PromptInjectionScanScope | Unset = UNSET
    """ Which message roles to scan for prompt injection. Only applies to the regex-prompt-injection builtin.
    Defaults to all_messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        slug = self.slug.value

        label = self.label

        scan_scope: str | Unset = UNSET
        if not isinstance(self.scan_scope, Unset):
            scan_scope = self.scan_scope.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "slug": slug,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if scan_scope is not UNSET:
            field_dict["scan_scope"] = scan_scope

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
        action = ContentFilterBuiltinAction._lookup(d.pop("action"))

        slug = ContentFilterBuiltinSlug._lookup(d.pop("slug"))

        label = d.pop("label", UNSET)

        _scan_scope = d.pop("scan_scope", UNSET)
        scan_scope: PromptInjectionScanScope | Unset
        if isinstance(_scan_scope, Unset):
            scan_scope = UNSET
        else:
            scan_scope = PromptInjectionScanScope._lookup(_scan_scope)

        content_filter_builtin_entry = cls(
            action,
            slug,
            label,
            scan_scope,
        )

        content_filter_builtin_entry.additional_properties = d
        return content_filter_builtin_entry

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
