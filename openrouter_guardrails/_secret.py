"""The API key, held so that it shows in no ``repr``, ``str``, log line or error."""

from __future__ import annotations

import json
import urllib.parse
from typing import Final

__all__ = ["REDACTED", "Secret"]

REDACTED: Final = "<redacted>"
#: From this length on, an echo of the key is redacted even inside a longer token (no word
#: holds 16 random characters by chance).
_ANYWHERE: Final = 16


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
                # A key as long as a real one is redacted wherever it shows; a short one (a
                # test's "k") only where it stands alone, so that words keep their letters.
                if len(form) >= _ANYWHERE:
                    text = text.replace(form, REDACTED)
                else:
                    text = _replace_standalone(text, form)
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


def _is_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _replace_standalone(text: str, form: str) -> str:
    """``text`` with ``form`` replaced by ``<redacted>`` where it stands alone, not inside a
    longer word or token: a short key such as ``k`` is not redacted out of "known"; an echo
    of it between spaces, quotes or ``=`` is. (No regular expression: ``re`` would keep the
    key in its cache of patterns.)"""
    parts: list[str] = []
    start = 0
    found = text.find(form)
    while found >= 0:
        end = found + len(form)
        inside = (found > 0 and _is_word(text[found - 1])) or (
            end < len(text) and _is_word(text[end])
        )
        if not inside:
            parts += [text[start:found], REDACTED]
            start = end
        found = text.find(form, end if not inside else found + 1)
    parts.append(text[start:])
    return "".join(parts)
