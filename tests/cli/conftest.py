"""Fixtures for the command line's tests: a fake API on 127.0.0.1 (a free port) and the
command line pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cli_support import Cli, make_server
from click.testing import CliRunner

from openrouter_guardrails.testing import FakeServer


@pytest.fixture
def server() -> Iterator[FakeServer]:
    """A fresh fake API over real HTTP on 127.0.0.1, stopped after the test."""
    with make_server() as running:
        yield running
    running.fake.close()


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A click runner with no OpenRouter variables from the surrounding environment."""
    for name in ("OPENROUTER_API_KEY", "OPENROUTER_BASE_URL", "OPENROUTER_LOG"):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


@pytest.fixture
def cli(server: FakeServer, runner: CliRunner) -> Cli:
    """The command line pointed at ``server``."""
    return Cli(server, runner)
