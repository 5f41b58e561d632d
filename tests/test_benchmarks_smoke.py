"""The benchmark script runs end to end: ``python -m benchmarks --quick`` (tiny counts) exits 0,
prints every section and the targets table, and saves its results as JSON. Nothing here
looks at a timing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

#: Its subprocesses run other programs or time code: coverage does not follow them.
pytestmark = pytest.mark.usefixtures("unmeasured_subprocesses")

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = {
    "per_call": "## 1. Per-call overhead",
    "iterate": "## 2. Iterating",
    "concurrency": "## 3. ",
    "imports": "## 4. Import in a fresh process",
    "memory": "## 5. Memory while iterating",
}


def test_quick_run_prints_every_section_and_saves_json(tmp_path: Path) -> None:
    """--quick exits 0, prints the five sections and the targets, and writes the JSON file."""
    results = tmp_path / "results.json"
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(results)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    for title in [*SECTIONS.values(), "## Targets"]:
        assert title in run.stdout, f"{title!r} missing from the output"
    saved = json.loads(results.read_text(encoding="utf-8"))
    assert set(saved["sections"]) == set(SECTIONS)
    assert saved["quick"] is True
    assert {target["what"] for target in saved["targets"]}
