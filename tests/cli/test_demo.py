"""``openrouter-guardrails demo``: the SDK end to end against the fake on 127.0.0.1, in
process and as ``python -m openrouter_guardrails``."""

from __future__ import annotations

import subprocess
import sys

from cli_support import check_result
from click.testing import CliRunner

from openrouter_guardrails.cli import main

DEMO_TIMEOUT = 120


def test_demo_in_process_passes(runner: CliRunner) -> None:
    """`demo --guardrails 120` exits 0, pages 122 guardrails and says its steps passed."""
    result = runner.invoke(main, ["demo", "--guardrails", "120"])
    check_result(result)
    assert result.exit_code == 0, result.output
    assert "steps passed" in result.stdout
    assert "122 guardrails paged" in result.stdout
    assert "on http://127.0.0.1:" in result.stdout
    assert "FAILED" not in result.output
    assert result.stderr == ""


def test_demo_guardrails_out_of_range_is_a_usage_error(runner: CliRunner) -> None:
    """`demo --guardrails 0` exits 2 before starting anything."""
    result = runner.invoke(main, ["demo", "--guardrails", "0"])
    check_result(result)
    assert result.exit_code == 2
    assert "--guardrails" in result.stderr
    assert result.stdout == ""


def test_demo_as_a_module_subprocess() -> None:
    """`python -m openrouter_guardrails demo --guardrails 50` exits 0 within two minutes."""
    completed = subprocess.run(
        [sys.executable, "-m", "openrouter_guardrails", "demo", "--guardrails", "50"],
        capture_output=True,
        text=True,
        timeout=DEMO_TIMEOUT,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert completed.returncode == 0, completed.stderr
    assert "steps passed" in completed.stdout
    assert "52 guardrails paged" in completed.stdout
    assert "Traceback" not in completed.stderr
