"""Section 4: the cost of ``import`` in a fresh interpreter: wall time of the import
statement and the process's peak RSS, median of N processes started in turn."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks._contenders import official_sdk, skipped_official_note
from benchmarks._report import Section, Target, times
from benchmarks._timing import paired_ratio, rotation

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 1.3
TIMEOUT = 60.0

#: What each child process imports (``None``: nothing, the interpreter alone).
MODULES: dict[str, str | None] = {
    "python (no import)": None,
    "import httpx": "httpx",
    "import openrouter_guardrails": "openrouter_guardrails",
    "import openrouter (official)": "openrouter",
}
BASELINE = "import httpx"
SDK_ROW = "import openrouter_guardrails"
OFFICIAL_ROW = "import openrouter (official)"

# The child measures only the import statement; nothing but `time` is imported before it,
# so no module the measured one needs is already loaded. Peak RSS is the process's VmHWM
# (ru_maxrss would count the parent's memory: a child started by fork inherits its peak).
_CHILD = """\
import time
started = time.perf_counter()
{statement}
elapsed = time.perf_counter() - started
with open("/proc/self/status") as status:
    peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
print(elapsed, peak)
"""


@dataclass(frozen=True)
class Settings:
    rounds: int


FULL = Settings(rounds=15)
QUICK = Settings(rounds=1)


def child_environment(bytecode_cache: str) -> dict[str, str]:
    """The environment of the children: bytecode cached under ``bytecode_cache``.

    An installed package has its modules compiled; a source tree run with
    ``PYTHONDONTWRITEBYTECODE`` compiles them at every import. Every child writes and reads
    compiled modules in one cache outside the source tree (``PYTHONPYCACHEPREFIX``), so all
    statements are measured as installed (the first, unrecorded round fills the cache).
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = bytecode_cache
    return env


def measure(module: str | None, env: dict[str, str]) -> tuple[float, float]:
    """Seconds the import takes in a fresh interpreter, and the process's peak RSS in MiB."""
    code = _CHILD.format(statement=f"import {module}" if module else "pass")
    output = subprocess.run(  # noqa: S603 (this interpreter, code of this module)
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=True,
    ).stdout.split()
    return float(output[0]), int(output[1]) / 1024


def run(quick: bool) -> Section:
    settings = QUICK if quick else FULL
    modules = dict(MODULES)
    if official_sdk() is None:
        del modules[OFFICIAL_ROW]
    seconds: dict[str, list[float]] = {name: [] for name in modules}
    rss: dict[str, list[float]] = {name: [] for name in modules}
    names = list(modules)
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:
        env = child_environment(cache)
        for round_index in range(settings.rounds + 1):  # the first fills the caches
            for name in rotation(names, round_index):
                elapsed, peak = measure(modules[name], env)
                if round_index:
                    seconds[name].append(elapsed)
                    rss[name].append(peak)
    time_median = {name: statistics.median(values) for name, values in seconds.items()}
    rss_median = {name: statistics.median(values) for name, values in rss.items()}
    section = Section(
        key="imports",
        title="4. Import in a fresh process",
        headers=["statement", "import time", "ratio", "peak RSS", "ratio"],
    )
    for name in names:
        row = [name, f"{time_median[name] * 1e3:.1f} ms", "-", f"{rss_median[name]:.1f} MiB", "-"]
        if modules[name] is not None:
            row[2] = times(paired_ratio(seconds[name], seconds[BASELINE]))
            row[4] = times(paired_ratio(rss[name], rss[BASELINE]))
        section.rows.append(row)
    section.targets.append(
        Target(
            "import time vs `import httpx`",
            paired_ratio(seconds[SDK_ROW], seconds[BASELINE]),
            LIMIT,
        )
    )
    section.notes.append(
        f"median of {settings.rounds} fresh interpreters per statement, started in turn; "
        "time of the import statement alone (interpreter start-up excluded), modules "
        f"compiled once beforehand as an installed package has them; ratios: median of the "
        f"rounds' ratios to `{BASELINE}`"
    )
    if OFFICIAL_ROW not in modules:
        section.notes.append(skipped_official_note())
    section.data = {
        "seconds": seconds,
        "peak_rss_mib": rss,
        "median_seconds": time_median,
        "median_peak_rss_mib": rss_median,
    }
    return section
