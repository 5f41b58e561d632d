"""What a section reports: a Markdown table, notes, and the targets it checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Target:
    """A ratio the project aims for: ``measured`` at most ``limit`` (or at least, for a
    throughput)."""

    what: str
    measured: float | None
    limit: float
    at_least: bool = False

    @property
    def met(self) -> bool | None:
        if self.measured is None:
            return None
        return self.measured >= self.limit if self.at_least else self.measured <= self.limit

    @property
    def wanted(self) -> str:
        return f"{'>=' if self.at_least else '<='} {self.limit:g}x"

    def verdict(self) -> str:
        return {True: "met", False: "MISSED", None: "not measured"}[self.met]

    def to_json(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "measured": self.measured,
            "limit": self.limit,
            "at_least": self.at_least,
            "met": self.met,
        }


@dataclass
class Section:
    """One section's results: a table (``headers`` and ``rows``), notes and targets."""

    key: str
    title: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def markdown(self) -> str:
        lines = [f"## {self.title}", ""]
        lines += [_row(self.headers), _row(["---"] * len(self.headers))]
        lines += [_row(row) for row in self.rows]
        if self.notes:
            lines.append("")
            lines += [f"- {note}" for note in self.notes]
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "headers": self.headers,
            "rows": self.rows,
            "notes": self.notes,
            "targets": [target.to_json() for target in self.targets],
            "data": self.data,
        }


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def targets_markdown(targets: list[Target]) -> str:
    """The table of every target: what, wanted, measured, verdict."""
    lines = ["## Targets", "", _row(["target", "wanted", "measured", "verdict"])]
    lines.append(_row(["---"] * 4))
    for target in targets:
        measured = "-" if target.measured is None else f"{target.measured:.2f}x"
        lines.append(_row([target.what, target.wanted, measured, target.verdict()]))
    return "\n".join(lines)


def us(seconds: float) -> str:
    """Microseconds, to three significant figures."""
    return f"{seconds * 1e6:.3g} us" if seconds * 1e6 < 1000 else f"{seconds * 1e6:,.0f} us"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.3g} ms" if seconds * 1e3 < 1000 else f"{seconds * 1e3:,.0f} ms"


def times(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"
