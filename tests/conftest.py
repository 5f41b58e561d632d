"""Shared test configuration: Hypothesis profiles, and the source tree on the import path."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent

# generator/ is a build tool of the source tree, not part of the installed wheel; appended
# (not prepended) so that an installed openrouter_guardrails still wins over the source copy.
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

# 'ci': few examples, no deadline (shared runners are slow), no example database on disk.
settings.register_profile("ci", max_examples=50, deadline=None, database=None)
settings.register_profile("dev")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def unmeasured_subprocesses(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The Python processes this test starts are not measured by coverage (the coverage run
    carries itself into every subprocess through this variable): for subprocesses that run
    other programs (Schemathesis, the generator) or time code (the benchmarks), where
    measuring would only slow them down."""
    monkeypatch.delenv("COVERAGE_PROCESS_CONFIG", raising=False)
    yield
