"""The mock-server load benchmark runs end to end: ``python -m benchmarks.server_load --quick``
(tiny counts) exits 0, prints its tables and saves its results as JSON. Nothing here looks at
a rate or a latency."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

#: Its subprocesses run other programs or time code: coverage does not follow them.
pytestmark = pytest.mark.usefixtures("unmeasured_subprocesses")

ROOT = Path(__file__).resolve().parent.parent


def test_quick_run_prints_every_phase_and_saves_json(tmp_path: Path) -> None:
    """--quick exits 0, prints the burst, load and write-cost results, and writes the JSON."""
    results = tmp_path / "server_load.json"
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks.server_load", "--quick", "--json", str(results)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    for line in ("50 concurrent creates: 0 errors", "requests/s", "| reads |", "| writes |"):
        assert line in run.stdout, f"{line!r} missing from the output"
    saved = json.loads(results.read_text(encoding="utf-8"))
    assert saved["burst"] == {"requests": 50, "errors": 0, "kinds": []}
    assert saved["load"]["errors"] == 0
    assert saved["load"]["requests"] > 0
    assert [cost["guardrails"] for cost in saved["write_cost"]] == [100, 500]
