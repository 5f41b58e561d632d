"""The conformance suite's runner: :func:`run_conformance` checks any implementation of the
Guardrails API (the real one, a gateway, a mock, the fake) against the contract.

It runs a one-line preflight (can the suite run at all?), then the checks of
:data:`CONFORMANCE_CHECKS` in order, each turned into a :class:`~._report.Check` whatever it
raises and cleaned up after, and returns the :class:`~._report.Report`. The checks live by
concern: the harness (``_harness``), the scenarios (``_checks``), the cases derived from the
constraints (``_negatives``), the differential sequences against the reference fake
(``_differential``), Schemathesis (``_fuzz``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime

import httpx
from openrouter_guardrails_api import names as N

from openrouter_guardrails._exceptions import APIConnectionError, APIError, OpenRouterError

# Importing these registers their checks (put in order below).
from . import _checks, _negatives  # noqa: F401
from ._contract import Contract
from ._differential import Script
from ._fuzz import (
    DEFAULT_FUZZ_MAX_EXAMPLES,
    DEFAULT_SEED,
    FUZZ_EXTRA_HINT,
    schemathesis_available,
)
from ._harness import (
    DEFAULT_DIFFERENTIAL_MAX_EXAMPLES,
    DEFAULT_DIFFERENTIAL_SHRINK_EXAMPLES,
    NOT_JSON,
    REGISTRY,
    CheckSpec,
    Failed,
    Run,
    RunOptions,
    describe_error,
)
from ._report import Check, Failure, Report

__all__ = ["CONFORMANCE_CHECKS", "run_conformance"]


#: The order the checks run in, by the module that holds them: the scenarios, the cases
#: derived from the constraints, the differential sequences, the fuzz run.
_MODULE_ORDER = ("_checks", "_negatives", "_differential", "_fuzz")
for _name, _spec in sorted(
    REGISTRY.items(), key=lambda item: _MODULE_ORDER.index(item[1].run.__module__.rsplit(".")[-1])
):
    REGISTRY[_name] = REGISTRY.pop(_name)

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
    differential_max_examples: int = DEFAULT_DIFFERENTIAL_MAX_EXAMPLES,
    differential_shrink_examples: int = DEFAULT_DIFFERENTIAL_SHRINK_EXAMPLES,
    differential_max_time: float | None = None,
    workspaces: Sequence[str] = (),
    default_guardrail_id: str | None = None,
    replay: Script | None = None,
    like_openrouter: bool = False,
    on_preflight: Callable[[str], None] | None = None,
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
    :param differential_max_examples: sequences the ``differential`` check tries (drawn
        with ``seed``; it stops at the first difference).
    :param differential_shrink_examples: sequences it plays at most to shrink a difference
        it found (0: report it as found).
    :param differential_max_time: seconds the ``differential`` check may take at most (no
        cap by default). A check this cuts short before its sequences are spent is
        ``"incomplete"``, and so is the run: never ``"conforms"``.
    :param workspaces: workspaces (besides the default one) the ``differential`` check may
        create guardrails in; without any, it uses a made-up one when the target accepts it.
    :param default_guardrail_id: the id of a workspace default guardrail, for
        ``default_guardrail`` (skipped without one). Its check configures it when it is not.
    :param replay: a :class:`Script` from an earlier report: run only the ``differential``
        check, playing the script's steps once.
    :param like_openrouter: where the contract leaves an answer open (an optional field left
        out or null, a value that applies only to some entries, a deprecated field it does
        not fix), compare with the reference fake's own choice, which is OpenRouter's,
        instead of accepting every answer the contract allows.
    :param on_preflight: called with the preflight's one line, before any check runs.
    :param on_check: called with each :class:`Check` as it completes (to print progress).

    Before any check, a preflight lists the guardrails once: when the target cannot be
    reached, rejects the key or says it is not a management key, no check runs and the
    report says the run could not run (:attr:`Report.outcome`).

    Every guardrail the run creates is deleted (and every assignment it makes undone) after
    the check that made it, whether it passed or not; what could not be is listed in
    :attr:`Report.cleanup_problems`. The checks assume that nothing else changes the account
    while they run.
    """
    if not api_key:
        raise ValueError("api_key is required: a management key of the API under test")
    specs = _selected(["differential"] if replay is not None else only)
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
        options=RunOptions(
            differential_max_examples=differential_max_examples,
            differential_shrink_examples=differential_shrink_examples,
            differential_max_time=differential_max_time,
            workspaces=tuple(workspaces),
            default_guardrail_id=default_guardrail_id,
            replay_script=replay,
            like_openrouter=like_openrouter,
        ),
    )
    checks: list[Check] = []
    try:
        preflight, could_not_run = _preflight(run)
        if on_preflight is not None:
            on_preflight(preflight)
        for spec in specs if could_not_run is None else ():
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
        preflight=preflight,
        could_not_run=could_not_run,
        replay_script=run.script.to_dict() if run.script is not None else None,
    )


def _preflight(run: Run) -> tuple[str, str | None]:
    """One line on whether the suite can run, and why not (``None``: it can): the target
    must answer a listing of the guardrails to the management key."""
    listing = run.contract.operations[N.OperationId.LIST_GUARDRAILS]
    where = f"{listing.method} {run.base_url}{listing.path}"
    try:
        answer = run.raw(listing.method, listing.path)
    except httpx.HTTPError as exc:
        reason = f"cannot reach {run.base_url}: {describe_error(exc)}"
        return f"preflight: could not run: {reason}", reason
    finally:
        run.observed.clear()
    reasons = {
        401: "the key was rejected (401): give a valid management key",
        403: "the key is not a management key (403)",
    }
    if answer.status in reasons:
        reason = reasons[answer.status]
    elif not 200 <= answer.status < 300:
        reason = f"{where} answered {answer.status}: is {run.base_url} the API's root?"
    elif answer.body is NOT_JSON:
        reason = f"{where} answered {answer.status} with a body that is not JSON"
    else:
        return f"preflight: {where} answers {answer.status} to the management key", None
    return f"preflight: could not run: {reason}", reason


def _run_one(run: Run, spec: CheckSpec) -> Check:
    """Run one check, turning whatever it raises into its failures; clean up after it."""
    run.failures = []
    run.note = None
    run.incomplete = None
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
    if run.incomplete is not None and not run.failures:
        return Check(spec.name, spec.description, "incomplete", duration, reason=run.incomplete)
    return Check(
        spec.name,
        spec.description,
        "fail" if run.failures else "pass",
        duration,
        failures=tuple(run.failures),
        note=run.note,
    )
