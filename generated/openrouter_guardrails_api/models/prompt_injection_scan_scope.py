from enum import StrEnum
from typing import Any, cast


class PromptInjectionScanScope(StrEnum):
    """An open enum: a value the API adds later is kept as a pseudo-member, not rejected."""

    ALL_MESSAGES = "all_messages"
    USER_ONLY = "user_only"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @staticmethod
    def _lookup(value: Any) -> Any:
        """A field's value: the member of a known value (found by one dict lookup), a
        pseudo-member for a string this enum does not list, and anything else (null, UNSET,
        a value of the wrong type) as it is."""
        try:
            member = _MEMBERS.get(value)
        except TypeError:  # unhashable (a list, an object): not a value of this enum
            return value
        if member is not None:
            return member
        return PromptInjectionScanScope(value) if isinstance(value, str) else value

    @staticmethod
    def _read_list(value: Any) -> Any:
        """A list field's value: each item looked up as ``_lookup`` does; anything else (null,
        UNSET, a value of the wrong type) as it is."""
        if type(value) is list:
            return [PromptInjectionScanScope._lookup(item) for item in value]
        return value

    @property
    def is_known(self) -> bool:
        """Whether this value is one the spec lists (not kept from a newer API)."""
        return self._name_ != "UNKNOWN"


#: The members by value (the enum's own table), for ``_lookup``.
_MEMBERS = cast("dict[Any, PromptInjectionScanScope]", PromptInjectionScanScope._value2member_map_)
