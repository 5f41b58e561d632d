"""The README states the client's defaults; these tests keep it in step with the code."""

from __future__ import annotations

import re
from pathlib import Path

from openrouter_guardrails import _constants as C
from openrouter_guardrails.utils import BackoffStrategy, RetryConfig

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _retry_table() -> dict[str, str]:
    section = README.split("## Retries", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (.+?) \| (.+?) \|$", section, flags=re.MULTILINE)
    return {key: value for key, value in rows if not set(key) <= {"-"}}


def _number(text: str) -> float:
    match = re.search(r"[\d.]+", text)
    assert match, text
    return float(match.group())


def test_retry_table_matches_constants() -> None:
    """Every number in the README's retry table equals the constant the code uses."""
    table = _retry_table()
    assert _number(table["retries at most (`max_retries`)"]) == C.DEFAULT_MAX_RETRIES
    assert _number(table["first wait (`initial_interval`)"]) == C.DEFAULT_INITIAL_INTERVAL_MS
    assert _number(table["longest wait (`max_interval`)"]) == C.DEFAULT_MAX_INTERVAL_MS
    assert _number(table["growth (`exponent`)"]) == C.DEFAULT_EXPONENT
    assert _number(table["total time (`max_elapsed_time`)"]) == C.DEFAULT_MAX_ELAPSED_TIME_MS
    assert (
        _number(table["longest `Retry-After` honoured (`max_retry_after`)"])
        == C.DEFAULT_MAX_RETRY_AFTER_SECONDS
    )
    assert f"[{C.JITTER_MIN}, 1]" in table["jitter"]
    statuses = {int(s) for s in re.findall(r"\d{3}", table["statuses retried"])}
    assert statuses == set(C.RETRY_STATUSES)


def test_retry_defaults_are_the_constants() -> None:
    """RetryConfig() and BackoffStrategy() take their defaults from the constants module."""
    config, backoff = RetryConfig(), BackoffStrategy()
    assert config.max_retries == C.DEFAULT_MAX_RETRIES
    assert config.max_retry_after == C.DEFAULT_MAX_RETRY_AFTER_SECONDS
    assert (backoff.initial_interval, backoff.max_interval) == (
        C.DEFAULT_INITIAL_INTERVAL_MS,
        C.DEFAULT_MAX_INTERVAL_MS,
    )
    assert (backoff.exponent, backoff.max_elapsed_time) == (
        C.DEFAULT_EXPONENT,
        C.DEFAULT_MAX_ELAPSED_TIME_MS,
    )


def test_configuration_table_matches_constants() -> None:
    """The README's default base URL and timeouts are the ones the client uses."""
    assert f"`{C.DEFAULT_BASE_URL}`" in README
    seconds = (
        f"{C.DEFAULT_TIMEOUT_SECONDS:g} s per request, "
        f"{C.DEFAULT_CONNECT_TIMEOUT_SECONDS:g} s to connect"
    )
    assert seconds in README
    assert C.API_KEY_ENV in README and C.BASE_URL_ENV in README and C.LOG_ENV in README


def test_readme_has_the_two_commands() -> None:
    """The README keeps the demo command and the test command that CI runs."""
    section = README.split("## The two commands", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", section, flags=re.DOTALL)
    assert len(commands) == 2
    assert "openrouter-guardrails demo" in commands[0]
    assert "tox" in commands[1]
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1].split("&&")[-1].strip() in ci
