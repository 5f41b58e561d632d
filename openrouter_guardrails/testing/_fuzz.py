"""The conformance suite's ``fuzz`` check: Schemathesis over the contract, against a URL.

Schemathesis (the ``fuzz`` extra) runs as its own command line in a subprocess, so it is
never imported here and its Hypothesis settings cannot mix with the caller's. The API key
reaches it through its configuration file, as an environment reference the subprocess
resolves (``bearer = "${...}"``): never on its command line, never on disk, and never as a
per-call header (which its authentication checks would strip, failing falsely).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._harness import MAX_FAILURES, Run, register_check
from ._report import Failure, first_failures

__all__ = [
    "DEFAULT_FUZZ_MAX_EXAMPLES",
    "DEFAULT_FUZZ_TIMEOUT",
    "DEFAULT_SEED",
    "FUZZ_EXTRA_HINT",
    "FuzzResult",
    "run_schemathesis",
    "schemathesis_available",
]

#: The seed of a fuzz run unless told otherwise: the same cases on every run.
DEFAULT_SEED = 20260708
#: Cases Schemathesis generates per operation and phase unless told otherwise.
DEFAULT_FUZZ_MAX_EXAMPLES = 25
#: Seconds after which a fuzz run is stopped (when no ``max_time`` is given).
DEFAULT_FUZZ_TIMEOUT = 600.0
#: Seconds a run with a ``max_time`` may take past it (loading, the last cases, reports).
_GRACE = 120.0
FUZZ_EXTRA_HINT = "pip install 'openrouter-guardrails[fuzz]'"
_KEY_VARIABLE = "OPENROUTER_GUARDRAILS_FUZZ_KEY"
#: How much of Schemathesis's account of its failures a result keeps.
MAX_DETAILS_CHARS = 4000
_FAILURES_SECTION = re.compile(r"^=+ FAILURES =+$(.*?)^=+ SUMMARY =+$", re.MULTILINE | re.DOTALL)
# Methods whose answer on a path that lacks them must be the API's 405. TRACE, OPTIONS and
# QUERY are left out: the proxies and CORS layers in front of a deployment answer those.
_UNEXPECTED_METHODS = ("get", "put", "post", "delete", "patch")
_CONFIG = """\
# Written by openrouter-guardrails contract-test --fuzz.
[auth.openapi.{scheme}]
bearer = "${{{variable}}}"

# The contract states rules its schemas cannot express (the "flag" action is only for
# "regex-prompt-injection"): a 400 for a schema-valid body can be right.
[checks.positive_data_acceptance]
enabled = false

[phases.coverage]
unexpected-methods = {methods}

# Act only on what the run itself creates. By default Schemathesis reuses the ids it reads in
# responses (the guardrails and assignments listed) and infers links from the list
# operations: it would update, delete and unassign what the account held before the run.
# The contract's own links (from createGuardrail) still drive the stateful phase.
[phases.examples.extra-data-sources]
responses = false

[phases.coverage.extra-data-sources]
responses = false

[phases.fuzzing.extra-data-sources]
responses = false

[phases.stateful.inference]
algorithms = []
"""


def schemathesis_available() -> bool:
    """Whether Schemathesis is installed (the ``fuzz`` extra)."""
    return importlib.util.find_spec("schemathesis") is not None


@dataclass(frozen=True)
class FuzzResult:
    """What a Schemathesis run found: ``failures`` (empty when it passed), the ids of the
    guardrails it created (to delete), a one-line ``summary``, and ``details``: its own
    account of each failure (the response, and a ``curl`` command that reproduces it)."""

    passed: bool
    failures: tuple[Failure, ...]
    created_ids: tuple[str, ...] = ()
    summary: str = ""
    details: str = ""
    output: str = field(default="", repr=False)


def _details(output: str, api_key: str) -> str:
    """The FAILURES section of Schemathesis's output, cut short, with no key in it."""
    found = _FAILURES_SECTION.search(output)
    if found is None:
        return ""
    text = found.group(1).strip().replace(api_key, "[key]")
    if len(text) > MAX_DETAILS_CHARS:
        text = text[:MAX_DETAILS_CHARS] + f"\n... ({len(text) - MAX_DETAILS_CHARS} more characters)"
    return text


def _security_scheme(contract: Mapping[str, Any]) -> str:
    schemes = contract.get("components", {}).get("securitySchemes", {})
    return next(iter(schemes), "apiKey")


def _created_ids(har: Path) -> list[str]:
    """The ids of the guardrails a run created, from its HAR record of every exchange."""
    try:
        entries = json.loads(har.read_text(encoding="utf-8"))["log"]["entries"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    ids: list[str] = []
    for entry in entries:
        request, response = entry.get("request", {}), entry.get("response", {})
        path = str(request.get("url", "")).split("?", 1)[0].rstrip("/")
        if request.get("method") != "POST" or not path.endswith("/guardrails"):
            continue
        if not 200 <= int(response.get("status") or 0) < 300:
            continue
        try:
            guardrail_id = json.loads(response["content"]["text"])["data"]["id"]
        except (KeyError, TypeError, ValueError):
            continue
        if isinstance(guardrail_id, str):
            ids.append(guardrail_id)
    return list(dict.fromkeys(ids))


def _failures(report: Mapping[str, Any]) -> list[Failure]:
    failures = []
    for found in report.get("failures") or []:
        operations = ", ".join(found.get("operations") or []) or "the run"
        failures.append(
            Failure(
                expected="no Schemathesis check fails",
                actual=(
                    f"{found.get('code')} {found.get('title')}: {found.get('count')} time(s) "
                    f"on {operations}"
                ),
            )
        )
    for error in report.get("errors") or []:
        failures.append(
            Failure(expected="Schemathesis runs every operation", actual=f"error: {error}")
        )
    return failures


def run_schemathesis(
    base_url: str,
    api_key: str,
    contract: Mapping[str, Any],
    *,
    seed: int = DEFAULT_SEED,
    max_examples: int = DEFAULT_FUZZ_MAX_EXAMPLES,
    max_time: float | None = None,
    timeout: float | None = None,
) -> FuzzResult:
    """Run Schemathesis's examples, coverage, fuzzing and stateful phases over ``contract``
    against ``base_url``, with ``seed``, at most ``max_examples`` cases per operation (and,
    with ``max_time``, for that many seconds), one worker.

    The run is stopped after ``timeout`` seconds (default: ``max_time`` plus two minutes,
    else ten minutes). Raises ``ImportError`` when Schemathesis is not installed.
    """
    if not schemathesis_available():
        raise ImportError(f"the fuzz check needs Schemathesis: {FUZZ_EXTRA_HINT}")
    limit = (
        timeout
        if timeout is not None
        else (max_time + _GRACE if max_time is not None else DEFAULT_FUZZ_TIMEOUT)
    )
    with tempfile.TemporaryDirectory(prefix="openrouter-guardrails-fuzz-") as folder:
        work = Path(folder)
        spec = work / "contract.json"
        spec.write_text(json.dumps(contract), encoding="utf-8")
        config = work / "schemathesis.toml"
        config.write_text(
            _CONFIG.format(
                scheme=_security_scheme(contract),
                variable=_KEY_VARIABLE,
                methods=json.dumps(list(_UNEXPECTED_METHODS)),
            ),
            encoding="utf-8",
        )
        report, har = work / "report.json", work / "exchanges.har"
        command = [
            sys.executable,
            "-m",
            "schemathesis.cli",
            "--config-file",
            str(config),
            "--no-color",
            "run",
            str(spec),
            "--url",
            base_url,
            "--seed",
            str(seed),
            "--max-examples",
            str(max_examples),
            "--workers",
            "1",
            "--generation-database",
            "none",
            "--report",
            "json,har",
            "--report-dir",
            str(work),
            "--report-json-path",
            str(report),
            "--report-har-path",
            str(har),
        ]
        if max_time is not None:
            command += ["--max-time", str(max(1, round(max_time)))]
        environment = {**os.environ, _KEY_VARIABLE: api_key}
        try:
            done = subprocess.run(  # noqa: S603 - our own interpreter, arguments we built
                command,
                cwd=work,
                env=environment,
                capture_output=True,
                text=True,
                timeout=limit,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return FuzzResult(
                passed=False,
                failures=(
                    Failure(
                        expected=f"the fuzz run ends within {limit:g} s",
                        actual="it was stopped (guardrails it created may remain)",
                    ),
                ),
            )
        output = (done.stdout + done.stderr).strip().replace(api_key, "[key]")
        created = _created_ids(har)
        try:
            parsed: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            tail = "\n".join(output.splitlines()[-15:])
            return FuzzResult(
                passed=False,
                failures=(
                    Failure(
                        expected="Schemathesis completes and writes its report",
                        actual=f"exit status {done.returncode}: {tail}",
                    ),
                ),
                created_ids=tuple(created),
                output=output,
            )
    failures = _failures(parsed)
    if done.returncode != 0 and not failures:
        tail = "\n".join(output.splitlines()[-15:])
        failures.append(
            Failure(expected="Schemathesis exits 0", actual=f"exit {done.returncode}: {tail}")
        )
    cases = parsed.get("test_cases") or {}
    summary = (
        f"{cases.get('generated', 0)} cases, seed {parsed.get('seed', seed)}, "
        f"{len(failures)} problem(s)"
    )
    return FuzzResult(
        passed=not failures,
        failures=tuple(failures),
        created_ids=tuple(created),
        summary=summary,
        details=_details(output, api_key) if failures else "",
        output=output,
    )


@register_check("fuzz", "Schemathesis: examples, coverage, fuzzing and stateful phases (--fuzz)")
def _fuzz_check(run: Run) -> str | None:
    if not run.fuzz:
        return "not asked for (--fuzz)"
    if run.transport is not None:
        return "Schemathesis needs the API over HTTP: a base URL, not a transport"
    result = run_schemathesis(
        run.base_url,
        run.api_key,
        run.contract.document,
        seed=run.seed,
        max_examples=run.fuzz_max_examples,
        max_time=run.fuzz_max_time,
    )
    for guardrail_id in result.created_ids:
        run.created[guardrail_id] = None
    run.failures.extend(first_failures(result.failures, MAX_FAILURES))
    run.note = f"{result.summary}\n{result.details}" if result.details else result.summary
    return None
