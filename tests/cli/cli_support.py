"""Helpers of the command line's tests: a runner that drives ``openrouter-guardrails`` in
process against a fake server, checking on every call that the API key is never printed and
that nothing escaped as a traceback."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from click.testing import CliRunner, Result

from openrouter_guardrails.cli import main
from openrouter_guardrails.testing import DEFAULT_MANAGEMENT_KEY, FakeServer, GuardrailsFake

#: Every status the command line exits with (4: contract-test incomplete).
EXIT_STATUSES = (0, 1, 2, 3, 4, 130)


def check_result(result: Result, secrets: Sequence[str] = (DEFAULT_MANAGEMENT_KEY,)) -> None:
    """A run ended through the CLI's own exits (no stray exception) and printed no secret."""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"uncaught {result.exception!r}\n{result.output}")
    assert result.exit_code in EXIT_STATUSES, result.output
    for secret in secrets:
        assert secret not in result.stdout, "the API key was printed on stdout"
        assert secret not in result.stderr, "the API key was printed on stderr"


@dataclass
class Cli:
    """Runs the command line against one fake server (``--base-url``/``--api-key`` given)."""

    server: FakeServer
    runner: CliRunner

    @property
    def fake(self) -> GuardrailsFake:
        return self.server.fake

    def __call__(self, *args: str, input: str | None = None, key: str | None = None) -> Result:
        """Run ``openrouter-guardrails ARGS`` (with the fake's URL and the management key)."""
        key = DEFAULT_MANAGEMENT_KEY if key is None else key
        result = self.runner.invoke(
            main, ["--base-url", self.server.base_url, "--api-key", key, *args], input=input
        )
        check_result(result, (DEFAULT_MANAGEMENT_KEY, key))
        return result

    def json(self, *args: str, input: str | None = None) -> Any:
        """Run with ``--json``, expect success, and return the decoded stdout."""
        result = self("--json", *args, input=input)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    def create(self, name: str = "Prod", **fields: Any) -> dict[str, Any]:
        """A guardrail made directly on the fake (no request recorded)."""
        return self.fake.add_guardrail(name=name, **fields)


def make_server() -> FakeServer:
    """A fresh fake on 127.0.0.1, a free port, not started."""
    return FakeServer(GuardrailsFake(), host="127.0.0.1", port=0)


def unchanged(fake: GuardrailsFake) -> tuple[Any, ...]:
    """What a failed command must leave as it was: requests received and every record."""
    return (
        len(fake.requests),
        fake.guardrails,
        fake.key_assignments,
        fake.member_assignments,
    )
