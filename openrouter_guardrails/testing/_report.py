"""What the conformance suite reports: each check's outcome with its evidence, and the whole
run as text (for a terminal), JSON or JUnit XML (for CI).

A failed check carries :class:`Failure`\\ s: what the contract expected, what happened, and
the HTTP exchange that showed it. Exchanges keep no header, so no key ever reaches a report.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

__all__ = [
    "EXIT_CODES",
    "Check",
    "CheckStatus",
    "Exchange",
    "Failure",
    "Outcome",
    "Report",
    "format_check",
]

#: The outcome of a check: ``"incomplete"`` when a time cap cut it short before its budget
#: was spent (what it did not try proves nothing).
CheckStatus = Literal["pass", "fail", "skip", "incomplete"]
#: The outcome of a run: every check passed or was skipped; a check failed; no check could
#: run (the target unreachable, the key rejected or not a management key); or no check
#: failed but one was cut short by a time cap.
Outcome = Literal["conforms", "does not conform", "could not run", "incomplete"]
#: The exit status of ``contract-test`` for each outcome (2 is a usage error).
EXIT_CODES: dict[Outcome, int] = {
    "conforms": 0,
    "does not conform": 1,
    "could not run": 3,
    "incomplete": 4,
}
#: How much of a body an exchange keeps for the report.
MAX_BODY_CHARS = 2000
_LABEL = {"pass": "PASS", "fail": "FAIL", "skip": "SKIP", "incomplete": "INCOMPLETE"}


def _cut(text: str | None, limit: int = MAX_BODY_CHARS) -> str | None:
    if text is None or len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text) - limit} more characters)"


@dataclass(frozen=True)
class Exchange:
    """One HTTP request and the response it got, as seen on the wire.

    Bodies are kept as text, cut after ``MAX_BODY_CHARS`` characters; ``status`` is ``None``
    when no response came. ``authorized`` says whether a key was sent (never which one).
    """

    method: str
    url: str
    request_body: str | None
    status: int | None
    response_body: str | None
    authorized: bool = True
    operation_id: str | None = None

    @classmethod
    def of(
        cls,
        method: str,
        url: str,
        request_body: bytes | None,
        status: int | None,
        response_body: bytes | None,
        *,
        authorized: bool = True,
        operation_id: str | None = None,
    ) -> Exchange:
        """An exchange from raw bytes (decoded as UTF-8, cut for the report)."""

        def text(raw: bytes | None) -> str | None:
            return _cut(raw.decode("utf-8", "replace")) if raw else None

        return cls(
            method=method,
            url=url,
            request_body=text(request_body),
            status=status,
            response_body=text(response_body),
            authorized=authorized,
            operation_id=operation_id,
        )

    def to_dict(self) -> dict[str, Any]:
        """The exchange as JSON-ready data."""
        return {
            "request": {
                "method": self.method,
                "url": self.url,
                "body": self.request_body,
                "authorized": self.authorized,
                "operation_id": self.operation_id,
            },
            "response": {"status": self.status, "body": self.response_body},
        }

    def lines(self) -> list[str]:
        """The exchange as report lines: the request, then the response."""
        key = "" if self.authorized else " (without the management key)"
        request = f"request:  {self.method} {self.url}{key}"
        if self.request_body:
            request += f" {self.request_body}"
        status = "no response" if self.status is None else str(self.status)
        response = f"response: {status}"
        if self.response_body:
            response += f" {self.response_body}"
        return [request, response]


@dataclass(frozen=True)
class Failure:
    """One way the implementation broke the contract: what was ``expected``, what happened
    (``actual``), and the ``exchange`` that showed it (``None`` when no single one did)."""

    expected: str
    actual: str
    exchange: Exchange | None = None

    def to_dict(self) -> dict[str, Any]:
        """The failure as JSON-ready data."""
        return {
            "expected": self.expected,
            "actual": self.actual,
            "exchange": self.exchange.to_dict() if self.exchange is not None else None,
        }

    def lines(self) -> list[str]:
        """The failure as report lines."""
        lines = [f"expected: {self.expected}", f"got:      {self.actual}"]
        if self.exchange is not None:
            lines += self.exchange.lines()
        return lines


@dataclass(frozen=True)
class Check:
    """The outcome of one check of the conformance suite.

    ``status`` is ``"pass"``, ``"fail"`` (with its ``failures``), ``"skip"`` (with the
    ``reason``) or ``"incomplete"`` (a time cap cut it short; the ``reason`` says where);
    ``duration`` in seconds; ``note`` says what a check saw when it has more to say (the
    fuzz run's case count and seed).
    """

    name: str
    description: str
    status: CheckStatus
    duration: float = 0.0
    reason: str | None = None
    failures: tuple[Failure, ...] = ()
    note: str | None = None

    @property
    def passed(self) -> bool:
        """Whether the check passed."""
        return self.status == "pass"

    @property
    def failed(self) -> bool:
        """Whether the check failed."""
        return self.status == "fail"

    @property
    def skipped(self) -> bool:
        """Whether the check was skipped."""
        return self.status == "skip"

    def to_text(self) -> str:
        """The check as the text report prints it: a status line, then its evidence."""
        return format_check(self)

    def to_dict(self) -> dict[str, Any]:
        """The check as JSON-ready data."""
        return {
            "name": self.name,
            "description": self.description,
            "status": self.status,
            "duration": round(self.duration, 4),
            "reason": self.reason,
            "note": self.note,
            "failures": [failure.to_dict() for failure in self.failures],
        }


def format_check(check: Check, *, width: int = 26) -> str:
    """One check as the text report prints it: a status line, then its evidence."""
    line = f"{_LABEL[check.status]}  {check.name.ljust(width)} {check.description}"
    if check.status == "skip":
        return f"{line}\n      skipped: {check.reason}"
    if check.status == "incomplete":
        return f"{line} ({check.duration:.2f} s)\n      incomplete: {check.reason}"
    lines = [f"{line} ({check.duration:.2f} s)"]
    for number, failure in enumerate(check.failures, 1):
        prefix = f" {number:>3}. " if len(check.failures) > 1 else "      "
        for index, text in enumerate(failure.lines()):
            lines.append((prefix if index == 0 else "      ") + text)
    if check.note:
        lines += [f"      {text}".rstrip() for text in check.note.splitlines()]
    return "\n".join(lines)


@dataclass(frozen=True)
class Report:
    """The result of a conformance run against one implementation.

    ``ok`` is true when no check failed (skipped checks do not count against it) and the
    run could run. ``cleanup_problems`` lists what the suite created but could not remove.
    ``preflight`` is the line the run began with; ``could_not_run`` the reason no check ran,
    if none did; ``replay_script`` the script of the difference the ``differential`` check
    found (``contract-test --replay`` runs it again).
    """

    base_url: str
    checks: tuple[Check, ...]
    started_at: str
    duration: float
    contract_version: str = ""
    cleanup_problems: tuple[str, ...] = field(default=())
    preflight: str = ""
    could_not_run: str | None = None
    replay_script: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        """Whether the run could run and every check passed or was skipped (none failed
        and none was cut short)."""
        return self.outcome == "conforms"

    @property
    def outcome(self) -> Outcome:
        """``"conforms"``, ``"does not conform"``, ``"could not run"`` or ``"incomplete"``
        (no check failed, but one was cut short by a time cap)."""
        if self.could_not_run is not None:
            return "could not run"
        if self.failed:
            return "does not conform"
        return "incomplete" if self.incomplete else "conforms"

    @property
    def exit_code(self) -> int:
        """The exit status ``contract-test`` ends with for this report (:data:`EXIT_CODES`)."""
        return EXIT_CODES[self.outcome]

    @property
    def passed(self) -> list[Check]:
        """The checks that passed."""
        return [c for c in self.checks if c.status == "pass"]

    @property
    def failed(self) -> list[Check]:
        """The checks that failed."""
        return [c for c in self.checks if c.status == "fail"]

    @property
    def skipped(self) -> list[Check]:
        """The checks that were skipped."""
        return [c for c in self.checks if c.status == "skip"]

    @property
    def incomplete(self) -> list[Check]:
        """The checks a time cap cut short."""
        return [c for c in self.checks if c.status == "incomplete"]

    def check(self, name: str) -> Check:
        """The check called ``name`` (``KeyError`` when it did not run)."""
        for check in self.checks:
            if check.name == name:
                return check
        raise KeyError(name)

    def summary(self) -> str:
        """``"12 passed, 1 failed, 1 skipped in 0.84 s"`` (or why the run could not run)."""
        if self.could_not_run is not None:
            return f"could not run: {self.could_not_run}"
        cut = f", {len(self.incomplete)} incomplete" if self.incomplete else ""
        return (
            f"{len(self.passed)} passed, {len(self.failed)} failed, "
            f"{len(self.skipped)} skipped{cut} in {self.duration:.2f} s"
        )

    def to_text(self) -> str:
        """The report for a terminal: a header, each check with its evidence, a summary."""
        lines = [self.header(), *([self.preflight] if self.preflight else []), ""]
        lines += [format_check(check) for check in self.checks]
        lines += ["", *self.footer()]
        return "\n".join(lines)

    def header(self) -> str:
        """The first line of the text report."""
        version = f" (contract {self.contract_version})" if self.contract_version else ""
        return f"Conformance of {self.base_url} to the Guardrails API{version}"

    def footer(self) -> list[str]:
        """The last lines of the text report: cleanup problems, then the summary."""
        lines = [f"cleanup: {problem}" for problem in self.cleanup_problems]
        return [*lines, self.summary()]

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {
            "base_url": self.base_url,
            "contract_version": self.contract_version,
            "started_at": self.started_at,
            "duration": round(self.duration, 4),
            "ok": self.ok,
            "outcome": self.outcome,
            "preflight": self.preflight,
            "could_not_run": self.could_not_run,
            "summary": {
                "passed": len(self.passed),
                "failed": len(self.failed),
                "skipped": len(self.skipped),
            },
            "checks": [check.to_dict() for check in self.checks],
            "cleanup_problems": list(self.cleanup_problems),
            "replay_script": self.replay_script,
        }

    def to_json(self) -> str:
        """The report as a JSON document."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    def to_junit_xml(self) -> str:
        """The report as JUnit XML: one ``testcase`` per check, ``failure`` or ``skipped``
        inside it, the evidence as the failure's text."""
        suite = ET.Element(
            "testsuite",
            {
                "name": "openrouter-guardrails contract-test",
                "tests": str(len(self.checks)),
                "failures": str(len(self.failed)),
                "errors": str(len(self.incomplete) + (self.could_not_run is not None)),
                "skipped": str(len(self.skipped)),
                "time": f"{self.duration:.3f}",
                "timestamp": self.started_at,
            },
        )
        properties = ET.SubElement(suite, "properties")
        for name, value in (("base_url", self.base_url), ("contract", self.contract_version)):
            ET.SubElement(properties, "property", {"name": name, "value": value})
        if self.could_not_run is not None:
            case = ET.SubElement(
                suite, "testcase", {"classname": "conformance", "name": "preflight"}
            )
            ET.SubElement(case, "error", {"message": self.could_not_run, "type": "could not run"})
        for check in self.checks:
            case = ET.SubElement(
                suite,
                "testcase",
                {"classname": "conformance", "name": check.name, "time": f"{check.duration:.3f}"},
            )
            if check.status == "skip":
                ET.SubElement(case, "skipped", {"message": check.reason or ""})
            elif check.status == "incomplete":
                ET.SubElement(case, "error", {"message": check.reason or "", "type": "incomplete"})
            elif check.status == "fail":
                first = check.failures[0] if check.failures else None
                message = f"expected {first.expected}; got {first.actual}" if first else ""
                failure = ET.SubElement(
                    case, "failure", {"message": message, "type": "conformance"}
                )
                failure.text = "\n\n".join("\n".join(f.lines()) for f in check.failures)
        if self.cleanup_problems:
            ET.SubElement(suite, "system-err").text = "\n".join(self.cleanup_problems)
        root = ET.Element("testsuites", {"name": "openrouter-guardrails"})
        root.append(suite)
        ET.indent(root)
        return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, "unicode") + "\n"

    def write(self, path: str | os.PathLike[str]) -> Path:
        """Write the report to ``path``: JUnit XML for ``.xml``, JSON for ``.json``
        (``ValueError`` for any other suffix). Returns the path written."""
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix == ".xml":
            text = self.to_junit_xml()
        elif suffix == ".json":
            text = self.to_json()
        else:
            raise ValueError(f"{target}: the report is .xml (JUnit) or .json, not {suffix!r}")
        target.write_text(text, encoding="utf-8")
        return target


def first_failures(failures: Iterable[Failure], limit: int) -> tuple[Failure, ...]:
    """At most ``limit`` failures, the last one saying how many more there were."""
    kept = list(failures)
    if len(kept) <= limit:
        return tuple(kept)
    extra = len(kept) - limit
    return (
        *kept[:limit],
        Failure("the same for every response", f"... and {extra} more like the above"),
    )
