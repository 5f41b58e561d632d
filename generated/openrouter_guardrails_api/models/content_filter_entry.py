from __future__ import annotations

import json as _json
from collections.abc import Mapping
from operator import itemgetter as _itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_filter_action import ContentFilterAction
from ..types import UNSET, ContractViolation, Unset, json_value

T = TypeVar("T", bound="ContentFilterEntry")

_new = object.__new__

#: Every field's value, in the order the class takes them, in one call (when all are there).
_ALL_FIELDS = _itemgetter(
    "action",
    "pattern",
    "label",
)

#: The JSON names of the fields this model declares (the rest are additional properties).
_FIELD_NAMES = frozenset(
    {
        "action",
        "pattern",
        "label",
    }
)


@_attrs_define(slots=False)
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
    contract_violations: tuple[ContractViolation, ...] = _attrs_field(
        init=False, default=(), eq=False, repr=False
    )
    """What this object breaks of the contract, as the API sent it (empty when it conforms)."""
    raw_data: Any = _attrs_field(init=False, default=None, eq=False, repr=False)
    """The value as the API sent it, when it breaks the contract (else ``None``)."""
    _not_an_object: bool = _attrs_field(init=False, default=False, eq=False, repr=False)
    #: The JSON names of the fields, in the order the class takes them (``_from_fields``).
    _json_names = (
        "action",
        "pattern",
        "label",
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.action is not UNSET:
            field_dict["action"] = json_value(self.action)
        if self.pattern is not UNSET:
            field_dict["pattern"] = self.pattern
        if self.label is not UNSET:
            field_dict["label"] = self.label
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
            f_action,
            f_pattern,
            f_label,
        ) = values
        return cls(
            ContentFilterAction._lookup(f_action),
            f_pattern,
            f_label,
        )

    @classmethod
    def _from_complete(cls: type[T], d: dict[str, Any]) -> T:
        """The model of a JSON object that holds exactly the fields this model declares (no
        other key)."""
        content_filter_entry = _new(cls)
        fields = content_filter_entry.__dict__
        fields.update(d)
        value = fields["action"]
        if type(value) is str:  # a known value is found by one dict lookup
            fields["action"] = ContentFilterAction._value2member_map_.get(
                value
            ) or ContentFilterAction._lookup(value)
        fields["additional_properties"] = {}
        return content_filter_entry

    @classmethod
    def _from_complete_many(cls: type[T], objects: list[dict[str, Any]]) -> list[T]:
        """``_from_complete`` of each of ``objects``, in one call, taking each object as
        the model's own storage (not copied): for objects nothing else holds, such as those
        of a response body just parsed."""
        models: list[T] = []
        append = models.append
        for d in objects:
            content_filter_entry = _new(cls)
            content_filter_entry.__dict__ = fields = d
            value = fields["action"]
            if type(value) is str:  # a known value is found by one dict lookup
                fields["action"] = ContentFilterAction._value2member_map_.get(
                    value
                ) or ContentFilterAction._lookup(value)
            fields["additional_properties"] = {}
            append(content_filter_entry)
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
            content_filter_entry = cls._from_fields(values)
            if len(d) > 3:  # every declared field is there: the rest are not
                content_filter_entry.additional_properties = {
                    key: value for key, value in d.items() if key not in _FIELD_NAMES
                }
        else:
            get = d.get
            action = ContentFilterAction._lookup(get("action", UNSET))
            pattern = get("pattern", UNSET)
            label = get("label", UNSET)
            content_filter_entry = cls(
                action,
                pattern,
                label,
            )
            if not _FIELD_NAMES.issuperset(d):
                content_filter_entry.additional_properties = {
                    key: value for key, value in d.items() if key not in _FIELD_NAMES
                }
        if not_an_object:
            content_filter_entry.raw_data = src_dict
            content_filter_entry._not_an_object = True
        return content_filter_entry

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
ContentFilterEntry.contract_violations = ()
ContentFilterEntry.raw_data = None
ContentFilterEntry._not_an_object = False
