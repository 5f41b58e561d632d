from enum import StrEnum
from typing import Any


class ContentFilterAction(StrEnum):
    """An open enum: a value the API adds later is kept as a pseudo-member, not rejected."""

    BLOCK = "block"
    REDACT = "redact"

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

    @classmethod
    def _lookup(cls, value: Any) -> "ContentFilterAction":
        """``ContentFilterAction(value)``, with a known value found by one dict lookup."""
        member = cls._value2member_map_.get(value) if isinstance(value, str) else None
        return member if isinstance(member, cls) else cls(value)

    @property
    def is_known(self) -> bool:
        """Whether this value is one the spec lists (not kept from a newer API)."""
        return self._name_ != "UNKNOWN"
