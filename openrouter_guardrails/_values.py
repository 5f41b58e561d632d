"""The values every layer shares: ``UNSET`` (a field not given, as opposed to ``None``) and
``ContractViolation`` (one way a response breaks the contract).

They belong to the handwritten runtime; the generated models import them from here (the
generated package depends on the runtime, never the reverse).
"""

from __future__ import annotations

from typing import Literal, NamedTuple

__all__ = ["UNSET", "ContractViolation", "Unset"]


class Unset:
    """The type of ``UNSET``: a field that was not given, as opposed to ``None`` (JSON null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Pickled and copied as the one UNSET: models test ``value is UNSET``.
        return "UNSET"


UNSET: Unset = Unset()


class ContractViolation(NamedTuple):
    """One way a value of a response breaks the contract."""

    path: str
    """Where, from the object that carries it: ``limit_usd``, ``content_filters[0].pattern``."""
    problem: str
    """What is wrong, in words: ``must be a boolean or null (None), not str``."""

    def __str__(self) -> str:
        return f"{self.path} {self.problem}" if self.path else self.problem
