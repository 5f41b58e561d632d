"""The conformance suite: the contract's scenarios, run against any implementation of the
Guardrails API (the real one, a gateway, a mock, the fake) through the public client.

:func:`run_conformance` runs the checks of :data:`CONFORMANCE_CHECKS` in order. Each creates
what it needs, checks the answers, and removes what it created when it ends, passed or not:
an httpx response hook on the client given to the SDK sees every raw response, records it
(``responses_match_schema`` validates them all against the contract's JSON Schemas) and
tracks every guardrail created and every assignment made, whoever made it, for the cleanup.

Requests the SDK refuses before sending (``limit=0``, a body that breaks the schema) or
rewrites (the deprecated ``enforce_zdr``) go out with raw httpx on the same client.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime

import httpx

from openrouter_guardrails._exceptions import APIConnectionError, APIError, OpenRouterError

from . import _checks  # noqa: F401 - registers the scenario checks, in their order
from ._contract import Contract
from ._fuzz import (
    DEFAULT_FUZZ_MAX_EXAMPLES,
    DEFAULT_SEED,
    FUZZ_EXTRA_HINT,
    schemathesis_available,
)
from ._harness import REGISTRY, CheckSpec, Failed, Run, describe_error
from ._report import Check, Failure, Report

__all__ = ["CONFORMANCE_CHECKS", "run_conformance"]


#: The checks of the suite, in the order they run: name -> what it proves.
CONFORMANCE_CHECKS: Mapping[str, str] = {name: spec.description for name, spec in REGISTRY.items()}


def _selected(only: Iterable[str] | None) -> list[CheckSpec]:
    if only is None:
        return list(REGISTRY.values())
    names = [name.strip() for item in only for name in item.split(",") if name.strip()]
    unknown = [name for name in names if name not in REGISTRY]
    if unknown:
        raise ValueError(
            f"unknown check(s) {', '.join(unknown)}; the checks are: {', '.join(REGISTRY)}"
        )
    return [spec for spec in REGISTRY.values() if spec.name in names]


def run_conformance(
    base_url: str,
    api_key: str,
    *,
    non_management_key: str | None = None,
    only: Iterable[str] | None = None,
    transport: httpx.BaseTransport | None = None,
    fuzz: bool = False,
    seed: int = DEFAULT_SEED,
    fuzz_max_examples: int = DEFAULT_FUZZ_MAX_EXAMPLES,
    fuzz_max_time: float | None = None,
    key_hashes: Sequence[str] | None = None,
    member_user_ids: Sequence[str] | None = None,
    timeout: float = 30.0,
    allow_insecure_http: bool = False,
    on_check: Callable[[Check], None] | None = None,
) -> Report:
    """Run the conformance suite against the Guardrails API at ``base_url`` (for example
    ``http://127.0.0.1:8080/api/v1``) as the management key ``api_key``.

    :param non_management_key: a key that authenticates but is not a management key, for
        ``management_key_required`` (skipped without one).
    :param only: names of the checks to run (default: all of :data:`CONFORMANCE_CHECKS`);
        ``ValueError`` for a name that is not one.
    :param transport: an httpx transport to send through (e.g. a
        :class:`~openrouter_guardrails.testing.FakeTransport`: in process, no network).
    :param fuzz: also run the ``fuzz`` check (Schemathesis, the ``fuzz`` extra; over HTTP
        only): with ``seed``, at most ``fuzz_max_examples`` cases per operation, and for
        ``fuzz_max_time`` seconds when given. ``ImportError`` before anything is sent when
        Schemathesis is missing.
    :param key_hashes: API key hashes to assign (default: made-up hashes). Assigning a real
        key moves it from the guardrail it holds: give keys made for testing.
    :param member_user_ids: organization members to assign (default: made-up user ids).
    :param timeout: seconds per request.
    :param allow_insecure_http: send the key over plain http to a host that is not this
        machine.
    :param on_check: called with each :class:`Check` as it completes (to print progress).

    Every guardrail the run creates is deleted (and every assignment it makes undone) after
    the check that made it, whether it passed or not; what could not be is listed in
    :attr:`Report.cleanup_problems`. The checks assume that nothing else changes the account
    while they run.
    """
    if not api_key:
        raise ValueError("api_key is required: a management key of the API under test")
    specs = _selected(only)
    wants_fuzz = fuzz and transport is None and any(s.name == "fuzz" for s in specs)
    if wants_fuzz and not schemathesis_available():
        raise ImportError(f"--fuzz needs Schemathesis: {FUZZ_EXTRA_HINT}")
    contract = Contract.load()
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    started = time.monotonic()
    run = Run(
        base_url,
        api_key,
        contract=contract,
        non_management_key=non_management_key,
        transport=transport,
        timeout=timeout,
        allow_insecure_http=allow_insecure_http,
        key_hashes=key_hashes,
        member_user_ids=member_user_ids,
        fuzz=fuzz,
        seed=seed,
        fuzz_max_examples=fuzz_max_examples,
        fuzz_max_time=fuzz_max_time,
    )
    checks: list[Check] = []
    try:
        for spec in specs:
            check = _run_one(run, spec)
            checks.append(check)
            if on_check is not None:
                on_check(check)
    finally:
        run.cleanup()
        run.close()
    return Report(
        base_url=run.base_url,
        checks=tuple(checks),
        started_at=started_at,
        duration=time.monotonic() - started,
        contract_version=str(contract.document.get("info", {}).get("version", "")),
        cleanup_problems=tuple(run.cleanup_problems),
    )


def _run_one(run: Run, spec: CheckSpec) -> Check:
    """Run one check, turning whatever it raises into its failures; clean up after it."""
    run.failures = []
    run.note = None
    started = time.monotonic()
    skipped: str | None = None
    try:
        skipped = spec.run(run)
    except Failed as exc:
        run.failures.append(exc.failure)
    except APIConnectionError as exc:
        run.failures.append(Failure("a response", describe_error(exc), run.last_exchange))
    except APIError as exc:
        run.failures.append(
            Failure(f"{exc.method} {exc.url} to succeed", describe_error(exc), run.last_exchange)
        )
    except (OpenRouterError, httpx.HTTPError) as exc:
        run.failures.append(
            Failure("the check to complete", describe_error(exc), run.last_exchange)
        )
    except Exception as exc:  # an answer the check could not read: still a failure of it
        run.failures.append(
            Failure("answers the check can read", describe_error(exc), run.last_exchange)
        )
    finally:
        run.cleanup()
    duration = time.monotonic() - started
    if skipped is not None and not run.failures:
        return Check(spec.name, spec.description, "skip", duration, reason=skipped)
    return Check(
        spec.name,
        spec.description,
        "fail" if run.failures else "pass",
        duration,
        failures=tuple(run.failures),
        note=run.note,
    )
