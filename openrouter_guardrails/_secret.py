"""The API key, held so that it shows in no ``repr``, ``str``, log line or error."""

from __future__ import annotations

import json
import urllib.parse
from typing import Final

__all__ = ["REDACTED", "Secret"]

REDACTED: Final = "<redacted>"


class Secret:
    """A secret string: ``repr()`` and ``str()`` redact it; ``reveal()`` gives it back."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The secret itself (for the one header that carries it)."""
        return self._value

    def redact(self, text: str) -> str:
        """``text`` with every echo of the secret (as is, JSON-escaped or URL-encoded)
        replaced by ``<redacted>``."""
        if not self._value:
            return text
        for form in self._forms():
            if form in text:
                text = text.replace(form, REDACTED)
        return text

    def _forms(self) -> tuple[str, ...]:
        value = self._value
        return tuple(
            dict.fromkeys((value, json.dumps(value)[1:-1], urllib.parse.quote(value, safe="")))
        )

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret is not pickled: it would write the key out")
