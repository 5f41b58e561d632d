"""``contract-test``: run the conformance suite against an implementation of the API.

The suite lives in the testing kit (``openrouter_guardrails.testing.run_conformance``); this
command prints a preflight line, then its report as each check completes, writes it as JUnit
XML or JSON on request, saves the replay script of a difference the differential check found,
and exits with the report's outcome: 0 conforms, 1 does not conform, 3 could not run, 4
incomplete (2 is a usage error).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click
from openrouter_guardrails_api import names as N

from openrouter_guardrails._exceptions import OpenRouterError
from openrouter_guardrails.cli._commands import State, main, pass_state, usage_message
from openrouter_guardrails.testing._differential import Script, replay_script
from openrouter_guardrails.testing._fuzz import (
    DEFAULT_FUZZ_MAX_EXAMPLES,
    DEFAULT_SEED,
)
from openrouter_guardrails.testing._harness import (
    DEFAULT_DIFFERENTIAL_MAX_EXAMPLES,
    DEFAULT_DIFFERENTIAL_SHRINK_EXAMPLES,
)

__all__ = ["contract_test"]

_REPORT_SUFFIXES = (".xml", ".json")
_DEFAULT_TIMEOUT = 30.0
#: Where a replay script is saved unless told otherwise.
DEFAULT_REPLAY_FILE = "contract-test-replay.json"


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
    "--seed",
    type=int,
    default=DEFAULT_SEED,
    show_default=True,
    help="Seed of the differential check's sequences and of the fuzz run.",
)
@click.option(
    "--differential-max-examples",
    type=click.IntRange(1, 100_000),
    default=DEFAULT_DIFFERENTIAL_MAX_EXAMPLES,
    show_default=True,
    help="Sequences the differential check tries (it stops at the first difference).",
)
@click.option(
    "--differential-shrink-examples",
    type=click.IntRange(0, 100_000),
    default=DEFAULT_DIFFERENTIAL_SHRINK_EXAMPLES,
    show_default=True,
    help="Sequences the differential check plays at most to shrink a difference it found "
    "(0: report it as found).",
)
@click.option(
    "--differential-max-time",
    type=click.FloatRange(0, 86_400),
    default=None,
    help="Seconds the differential check may take at most [default: no cap]. A run it cuts "
    "short before its sequences are spent is incomplete (exit status 4), never a pass.",
)
@click.option(
    "--workspace-id",
    "workspace_ids",
    multiple=True,
    help="A workspace the differential check may create guardrails in, besides the default "
    "one (repeatable) [default: a made-up one when the target accepts it].",
)
@click.option(
    "--default-guardrail-id",
    default=None,
    help="The id of a workspace default guardrail: checks its rules (skipped without it). "
    "The check configures it when it is not, and removes it after.",
)
@click.option(
    "--replay",
    "replay_path",
    type=click.Path(dir_okay=False, exists=True),
    default=None,
    help="Run a replay script (saved by an earlier run) once, printing each request with "
    "the target's and the reference fake's answers; no other check runs.",
)
@click.option(
    "--save-replay",
    "save_replay",
    type=click.Path(dir_okay=False),
    default=DEFAULT_REPLAY_FILE,
    show_default=True,
    help="Where to save the replay script when the differential check finds a difference.",
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
    N.BulkAssignKeysRequest.KEY_HASHES,
    multiple=True,
    help="An API key hash to assign (repeatable) [default: made-up hashes]. Assigning a "
    "key moves it from its guardrail: use keys made for testing.",
)
@click.option(
    "--member-user-id",
    N.BulkAssignMembersRequest.MEMBER_USER_IDS,
    multiple=True,
    help="An organization member to assign (repeatable) [default: made-up user ids].",
)
@click.option(
    "--like-openrouter",
    is_flag=True,
    help="Where the contract leaves an answer open (an optional field left out or null, a "
    "value that applies only to some entries, a deprecated field it does not fix), require "
    "OpenRouter's own choice (the reference fake's) instead of any answer the contract "
    "allows.",
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
    differential_max_examples: int,
    differential_shrink_examples: int,
    differential_max_time: float | None,
    workspace_ids: tuple[str, ...],
    default_guardrail_id: str | None,
    replay_path: str | None,
    save_replay: str,
    fuzz_max_examples: int,
    fuzz_max_time: float | None,
    key_hashes: tuple[str, ...],
    member_user_ids: tuple[str, ...],
    like_openrouter: bool,
    allow_insecure_http: bool,
    list_checks: bool,
) -> None:
    """Check that an implementation of the Guardrails API keeps the contract.

    Runs the contract's scenarios through the SDK against --base-url and prints each check:
    PASS, FAIL with the evidence (request, response, what was expected) or SKIP with the
    reason. It creates guardrails and assignments there, and removes them after each check.
    A preflight line first says whether the suite can run at all.

    Exit status: 0 the implementation conforms (no check failed), 1 it does not (a check
    failed), 2 a usage error, 3 the suite could not run (the target unreachable, the key
    rejected or not a management key), 4 incomplete (no check failed, but
    --differential-max-time cut one short).
    """
    from openrouter_guardrails import testing

    if list_checks:
        _list_checks()
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
    if report_path is not None:
        _check_report_path(report_path)
    script = _read_script(replay_path) if replay_path is not None else None
    _keep_hypothesis_files_out_of_the_working_directory()

    def preflight(line: str) -> None:
        click.echo(f"Conformance of {url.rstrip('/')} to the Guardrails API")
        click.echo(f"{line}\n")

    def progress(check: testing.Check) -> None:
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
            differential_max_examples=differential_max_examples,
            differential_shrink_examples=differential_shrink_examples,
            like_openrouter=like_openrouter,
            differential_max_time=differential_max_time,
            workspaces=workspace_ids,
            default_guardrail_id=default_guardrail_id,
            replay=script,
            on_preflight=preflight,
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
    if report.replay_script is not None and replay_path is None:
        _save_script(report.replay_script, save_replay)
    if report.exit_code:
        raise SystemExit(report.exit_code)


def _check_report_path(report_path: str) -> None:
    """A usage error, before anything is sent, for a report that cannot be written."""
    if Path(report_path).suffix.lower() not in _REPORT_SUFFIXES:
        raise click.BadParameter(
            "the report is JUnit XML (.xml) or JSON (.json)", param_hint="--report"
        )
    if not Path(report_path).absolute().parent.is_dir():
        raise click.BadParameter(
            f"cannot write {report_path}: its folder does not exist", param_hint="--report"
        )


def _save_script(script: dict[str, object], path: str) -> None:
    """Save a replay script and say how to run it."""
    try:
        Path(path).write_text(
            json.dumps(script, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    except OSError as exc:
        click.echo(f"error: cannot save the replay script to {path}: {exc.strerror}", err=True)
        return
    click.echo(
        f"replay script saved to {path}: replay it with "
        f"contract-test --replay {path} (and the same --base-url)"
    )


def _list_checks() -> None:
    from openrouter_guardrails import testing

    width = max(len(name) for name in testing.CONFORMANCE_CHECKS)
    for name, description in testing.CONFORMANCE_CHECKS.items():
        click.echo(f"{name.ljust(width)}  {description}")


def _read_script(path: str) -> Script:
    try:
        return replay_script(path)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--replay") from None


def _keep_hypothesis_files_out_of_the_working_directory() -> None:
    """Hypothesis (the differential check) keeps caches in ``.hypothesis/`` of the working
    directory: this process puts them in the temporary directory instead."""
    from hypothesis.configuration import set_hypothesis_home_dir

    set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "openrouter-guardrails-hypothesis")
