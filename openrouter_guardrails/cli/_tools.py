"""``mock-server`` and ``demo``: the fake API over HTTP, and a tour of the SDK against it."""

from __future__ import annotations

import hashlib
import logging
import signal
import sqlite3
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click
from openrouter_guardrails_api import names as N

from openrouter_guardrails import effective_zdr
from openrouter_guardrails._client import OpenRouterGuardrails
from openrouter_guardrails._logging import logger as sdk_logger
from openrouter_guardrails._retry import BackoffStrategy, RetryConfig
from openrouter_guardrails.cli._commands import main


def _testing() -> Any:
    """The testing kit, or a usage error naming the extra to install. The package loads its
    parts on first use, so the part that needs the extra (jsonschema) is imported here."""
    import importlib

    try:
        importlib.import_module("openrouter_guardrails.testing._contract")
    except ImportError:
        raise click.UsageError(
            "the testing kit needs the 'testing' extra: "
            "pip install 'openrouter-guardrails[testing]'"
        ) from None
    from openrouter_guardrails import testing

    return testing


@main.command("mock-server")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8080,
    show_default=True,
    help="Port to listen on (0: a free one).",
)
@click.option(
    "--state",
    "state_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Keep the state in this SQLite file, so a restart loses nothing.",
)
@click.option(
    "--management-key",
    "management_keys",
    multiple=True,
    help="A key accepted as a management key (repeatable) "
    "[default: the testing kit's DEFAULT_MANAGEMENT_KEY].",
)
@click.option(
    "--request-log",
    "request_log_size",
    type=click.IntRange(min=0),
    default=None,
    help="How many of the newest requests the server keeps in memory "
    "[default: the testing kit's DEFAULT_REQUEST_LOG_SIZE].",
)
def mock_server(
    host: str,
    port: int,
    state_file: str | None,
    management_keys: tuple[str, ...],
    request_log_size: int | None,
) -> None:
    """Serve the fake Guardrails API over HTTP until Ctrl-C or SIGTERM.

    With --state, the rows each request changes are written to the file before it is
    answered; the file is locked while the server runs, so a second server on it refuses
    to start.
    """
    testing = _testing()
    keys = management_keys or (testing.DEFAULT_MANAGEMENT_KEY,)
    if request_log_size is None:
        from openrouter_guardrails.testing._state import DEFAULT_REQUEST_LOG_SIZE

        request_log_size = DEFAULT_REQUEST_LOG_SIZE
    try:
        fake = testing.GuardrailsFake(
            management_keys=keys, state_file=state_file, request_log_size=request_log_size
        )
    except (sqlite3.Error, OSError, ValueError) as exc:
        raise click.BadParameter(
            f"cannot use {state_file} as a state file: {exc}", param_hint="'--state'"
        ) from None

    def ready(server: Any) -> None:
        click.echo(f"Guardrails fake API listening on {server.base_url}")
        click.echo("management key(s): " + ", ".join(keys))
        if state_file:
            click.echo(f"state kept in {state_file}")

    try:
        stopped_by = testing.serve(host=host, port=port, fake=fake, on_ready=ready)
    except OSError as exc:
        raise click.ClickException(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}"
        ) from None
    finally:
        fake.close()
    click.echo("stopped")
    if stopped_by == signal.SIGINT:
        # Ctrl-C: the shell's convention (128 + SIGINT), as every other command; SIGTERM,
        # a supervisor's request to stop, exits 0.
        raise SystemExit(130)


# --------------------------------------------------------------------------- demo


class DemoFailed(Exception):
    """A step of the demo did not do what it should."""


class _RetryLog(logging.Handler):
    """Collects the SDK's retry log lines so the demo can show them."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("retrying"):
            self.lines.append(message)


@contextmanager
def _retry_log() -> Iterator[_RetryLog]:
    handler = _RetryLog()
    previous = sdk_logger.level
    sdk_logger.addHandler(handler)
    sdk_logger.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        sdk_logger.removeHandler(handler)
        sdk_logger.setLevel(previous)


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise DemoFailed(what)


def run_demo(echo: Callable[[str], None], *, guardrails_to_page: int = 300) -> dict[str, Any]:
    """Walk through the SDK against the fake API on a real loopback server; return a summary.

    Raises ``DemoFailed`` when a step does not do what it should.
    """
    testing = _testing()
    started = time.monotonic()
    summary: dict[str, Any] = {"steps": 0}
    fake = testing.GuardrailsFake()
    fake.register_key(
        "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93",
        "Production Key",
        "prod-key",
    )
    retry = RetryConfig(backoff=BackoffStrategy(50, 400, 2.0, 10_000))

    def step(title: str) -> None:
        summary["steps"] += 1
        echo(f"\n[{summary['steps']}] {title}")

    with testing.FakeServer(fake) as server:
        echo(f"Fake Guardrails API on {server.base_url} (a real HTTP server on this machine)")
        with OpenRouterGuardrails(
            api_key=testing.DEFAULT_MANAGEMENT_KEY,
            server_url=server.base_url,
            retry_config=retry,
            x_open_router_title="openrouter-guardrails demo",
        ) as client:
            g = client.guardrails

            step("create a guardrail with per-provider zero-data-retention fields")
            prod = g.create(
                name="Production",
                description="Limits for production traffic",
                limit_usd=100,
                reset_interval="monthly",
                allowed_providers=["openai", "anthropic"],
                enforce_zdr_openai=True,
                enforce_zdr_anthropic=True,
            ).data
            echo(
                f"    created {prod.id} {prod.name!r}: "
                f"limit ${prod.limit_usd} {prod.reset_interval}"
            )
            _expect(
                prod.limit_usd == 100 and prod.enforce_zdr_openai is True, "create kept the fields"
            )

            step("create one with the deprecated enforce_zdr (the client applies the API's rule)")
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                legacy = g.create(name="Legacy", enforce_zdr=True, enforce_zdr_google=False).data
            deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
            _expect(len(deprecations) == 1, "one DeprecationWarning for enforce_zdr")
            echo(f"    warning: {deprecations[0].message}")
            from openrouter_guardrails_api.sdk import FALLBACKS

            per_provider = [field for filled in FALLBACKS.values() for field in filled]
            became = {f: getattr(legacy, f) for f in per_provider}
            echo(f"    stored: {became}")
            # Every per-provider field the contract has, True but the one given (google).
            expected = {f: not f.endswith("_google") for f in per_provider}
            _expect(
                became == expected,
                "enforce_zdr filled every per-provider field not given",
            )
            _expect(effective_zdr(legacy, "google") is False, "effective ZDR for google")

            step("assign keys and members")
            keys = [
                "c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93",
                *(hashlib.sha256(f"demo-key-{i}".encode()).hexdigest() for i in range(1, 5)),
            ]
            assigned = g.bulk_assign_keys(id=prod.id, key_hashes=keys).assigned_count
            again = g.bulk_assign_keys(id=prod.id, key_hashes=keys[:2]).assigned_count
            members = g.bulk_assign_members(
                id=prod.id, member_user_ids=["user_abc123", "user_def456"]
            )
            listed = [a.key_name for a in g.list_guardrail_key_assignments(id=prod.id)]
            echo(
                f"    {assigned} keys assigned (again: {again} new), "
                f"{members.assigned_count} members; keys: {', '.join(listed)}"
            )
            _expect(
                assigned == 5 and again == 0 and members.assigned_count == 2, "assignment counts"
            )

            step(f"page through {guardrails_to_page} more guardrails, 100 a page")
            for i in range(guardrails_to_page):
                g.create(name=f"team-{i:03d}", limit_usd=float(i % 50), reset_interval="weekly")
            requests_before = len(fake.requests)
            page = g.list(limit=100)
            seen = [x.id for x in page]
            pages = len(fake.requests) - requests_before
            echo(f"    {len(seen)} guardrails in {pages} requests (total_count {page.total_count})")
            _expect(
                len(seen) == len(set(seen)) == page.total_count == guardrails_to_page + 2,
                "every guardrail exactly once",
            )
            _expect(pages == -(-page.total_count // 100), "no request for an empty page")
            summary["guardrails_paged"] = len(seen)

            step("survive injected faults through the retry policy")
            fake.faults.add("GET /guardrails/{id}", status=429, retry_after="0.2", times=1)
            fake.faults.add("GET /guardrails/{id}", status=503, times=1)
            fake.faults.add("PATCH /guardrails/{id}", status=502, times=1)
            with _retry_log() as log:
                fetched = g.get(id=prod.id).data
                patched = g.update(id=prod.id, limit_usd=120).data
            for line in log.lines:
                echo(f"    {line}")
            _expect(
                len(log.lines) == 3 and fetched.id == prod.id and patched.limit_usd == 120,
                "three retries, then success",
            )
            fake.faults.add("POST /guardrails", status=500, times=1)
            from openrouter_guardrails._exceptions import InternalServerResponseError

            try:
                g.create(name="never twice")
            except InternalServerResponseError as exc:
                echo(f"    create is not retried on a 500 (it may have been processed): {exc}")
            else:
                raise DemoFailed("a 500 on create must not be retried")
            summary["retries"] = len(log.lines)

            step("update with a null removal (only the fields given are sent)")
            updated = g.update(id=prod.id, description=None, limit_usd=75).data
            echo(
                f"    description={updated.description!r} limit_usd={updated.limit_usd} "
                f"name={updated.name!r}"
            )
            _expect(
                updated.description is None and updated.name == "Production",
                "null removed only description",
            )

            step("export every guardrail with its assignments")
            from openrouter_guardrails.cli._transfer import build_export

            document = build_export(g, None)
            exported = {r["guardrail"]["name"]: r for r in document["guardrails"]}
            production = exported["Production"]
            keys = production[N.BulkAssignKeysRequest.KEY_HASHES]
            members = production[N.BulkAssignMembersRequest.MEMBER_USER_IDS]
            echo(
                f"    {len(document['guardrails'])} guardrails, "
                f"{len(keys)} keys and {len(members)} members on 'Production'"
            )
            _expect(
                len(exported["Production"][N.BulkAssignKeysRequest.KEY_HASHES]) == 5,
                "export holds the assignments",
            )

            step("delete everything (assignments go with their guardrail)")
            for guardrail in list(g.list(limit=100)):
                g.delete(id=guardrail.id)
            remaining = g.list()
            _expect(
                remaining.total_count == 0 and len(g.list_key_assignments().data) == 0,
                "nothing left",
            )
            echo(f"    {len(seen)} deleted; {remaining.total_count} left, no key assignments left")

    summary["requests"] = len(fake.requests)
    summary["seconds"] = round(time.monotonic() - started, 2)
    return summary


@main.command("demo")
@click.option(
    "--guardrails",
    "count",
    type=click.IntRange(1, 5000),
    default=300,
    show_default=True,
    help="How many guardrails to page through.",
)
def demo(count: int) -> None:
    """Run the SDK end to end against the fake API on 127.0.0.1 (no key, no network)."""
    try:
        summary = run_demo(click.echo, guardrails_to_page=count)
    except DemoFailed as exc:
        click.echo(f"\ndemo FAILED: {exc}", err=True)
        raise SystemExit(1) from None
    click.echo(
        f"\nsummary: {summary['steps']} steps passed, {summary['requests']} requests, "
        f"{summary['guardrails_paged']} guardrails paged, {summary['retries']} retries, "
        f"{summary['seconds']} s"
    )
