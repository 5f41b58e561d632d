"""``contract-test``: run the conformance suite against an implementation of the API.

The suite lives in the testing kit (``openrouter_guardrails.testing.run_conformance``); this
command prints its report as each check completes, writes it as JUnit XML or JSON on
request, and exits 1 when a check failed (2 for a usage error).
"""

from __future__ import annotations

from pathlib import Path

import click

from openrouter_guardrails._exceptions import OpenRouterError
from openrouter_guardrails.cli._commands import State, main, pass_state, usage_message
from openrouter_guardrails.testing._fuzz import (
    DEFAULT_FUZZ_MAX_EXAMPLES,
    DEFAULT_SEED,
)

__all__ = ["contract_test"]

_REPORT_SUFFIXES = (".xml", ".json")
_DEFAULT_TIMEOUT = 30.0


@main.command("contract-test")
@click.option(
    "--base-url",
    default=None,
    help="Root of the API under test, e.g. http://127.0.0.1:8080/api/v1 "
    "[default: the group's --base-url or $OPENROUTER_BASE_URL].",
)
@click.option(
    "--api-key",
    default=None,
    help="A management key of the API under test (never printed) "
    "[default: the group's --api-key or $OPENROUTER_API_KEY].",
)
@click.option(
    "--non-management-key",
    default=None,
    help="A key that authenticates but is not a management key: checks the 403 "
    "(skipped without it).",
)
@click.option(
    "--only",
    multiple=True,
    metavar="NAME",
    help="Run only this check (repeat, or separate names with commas); see --list-checks.",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Also write the report to this file: JUnit XML (.xml) or JSON (.json).",
)
@click.option(
    "--fuzz", is_flag=True, help="Also run Schemathesis over the contract (the 'fuzz' extra)."
)
@click.option(
    "--seed", type=int, default=DEFAULT_SEED, show_default=True, help="Seed of the fuzz run."
)
@click.option(
    "--fuzz-max-examples",
    type=click.IntRange(1, 10_000),
    default=DEFAULT_FUZZ_MAX_EXAMPLES,
    show_default=True,
    help="Cases per operation and phase of the fuzz run.",
)
@click.option(
    "--fuzz-max-time",
    type=click.FloatRange(1, 86_400),
    default=None,
    help="Seconds the fuzz run goes on for (it repeats cases until they are spent).",
)
@click.option(
    "--key-hash",
    "key_hashes",
    multiple=True,
    help="An API key hash to assign (repeatable) [default: made-up hashes]. Assigning a "
    "key moves it from its guardrail: use keys made for testing.",
)
@click.option(
    "--member-user-id",
    "member_user_ids",
    multiple=True,
    help="An organization member to assign (repeatable) [default: made-up user ids].",
)
@click.option(
    "--allow-insecure-http",
    is_flag=True,
    help="Send the key over plain http to a host that is not this machine "
    "[default: the group's --allow-insecure-http].",
)
@click.option(
    "--list-checks", is_flag=True, help="Print the checks and what each proves, then exit."
)
@pass_state
def contract_test(
    state: State,
    base_url: str | None,
    api_key: str | None,
    non_management_key: str | None,
    only: tuple[str, ...],
    report_path: str | None,
    fuzz: bool,
    seed: int,
    fuzz_max_examples: int,
    fuzz_max_time: float | None,
    key_hashes: tuple[str, ...],
    member_user_ids: tuple[str, ...],
    allow_insecure_http: bool,
    list_checks: bool,
) -> None:
    """Check that an implementation of the Guardrails API keeps the contract.

    Runs the contract's scenarios through the SDK against --base-url and prints each check:
    PASS, FAIL with the evidence (request, response, what was expected) or SKIP with the
    reason. It creates guardrails and assignments there, and removes them after each check.
    Exit status: 0 when no check failed, 1 when one did, 2 for a usage error.
    """
    from openrouter_guardrails import testing

    if list_checks:
        width = max(len(name) for name in testing.CONFORMANCE_CHECKS)
        for name, description in testing.CONFORMANCE_CHECKS.items():
            click.echo(f"{name.ljust(width)}  {description}")
        return
    url = base_url or state.base_url
    key = api_key or state.api_key
    if not url:
        raise click.UsageError(
            "give --base-url: the root of the API to test (the suite creates and deletes "
            "guardrails there)"
        )
    if not key:
        raise click.UsageError("give --api-key: a management key of the API under test")
    if report_path is not None and Path(report_path).suffix.lower() not in _REPORT_SUFFIXES:
        raise click.BadParameter(
            "the report is JUnit XML (.xml) or JSON (.json)", param_hint="--report"
        )
    if report_path is not None and not Path(report_path).absolute().parent.is_dir():
        raise click.BadParameter(
            f"cannot write {report_path}: its folder does not exist", param_hint="--report"
        )
    started = False

    def progress(check: testing.Check) -> None:
        nonlocal started
        if not started:
            click.echo(f"Conformance of {url.rstrip('/')} to the Guardrails API\n")
            started = True
        click.echo(check.to_text())

    try:
        report = testing.run_conformance(
            url,
            key,
            non_management_key=non_management_key,
            only=only or None,
            fuzz=fuzz,
            seed=seed,
            fuzz_max_examples=fuzz_max_examples,
            fuzz_max_time=fuzz_max_time,
            key_hashes=key_hashes or None,
            member_user_ids=member_user_ids or None,
            timeout=state.timeout or _DEFAULT_TIMEOUT,
            allow_insecure_http=allow_insecure_http or state.allow_insecure_http,
            on_check=progress,
        )
    except ImportError as exc:
        raise click.UsageError(str(exc)) from None
    except (OpenRouterError, ValueError) as exc:
        raise click.UsageError(usage_message(exc, key)) from None
    click.echo("")
    for line in report.footer():
        click.echo(line)
    if report_path is not None:
        try:
            written = report.write(report_path)
        except OSError as exc:
            click.echo(f"error: cannot write the report to {report_path}: {exc.strerror}", err=True)
            raise SystemExit(2) from None
        click.echo(f"report written to {written}")
    if not report.ok:
        raise SystemExit(1)
