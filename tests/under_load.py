"""Run the test command with CPU-bound processes beside it, to prove that no test's outcome
depends on how busy the machine is.

    python tests/under_load.py                 # the README's test command, 2 busy processes
    python tests/under_load.py --runs 3        # three loaded runs in a row
    python tests/under_load.py -- python -m pytest -n auto tests/cli

Each busy process spins on the CPU until the run ends (and stops by itself after
``--max-minutes`` in any case); the script stops them however the run ends, Ctrl-C included.
It prints each run's exit status, duration and the tests that failed, and exits 0 only when
every run passed.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The README's test command (without the install of tox, done once beforehand).
TEST_COMMAND = (sys.executable, "-m", "tox", "run-parallel", "--parallel", "2")
#: A line of pytest's summary naming a test that did not pass.
_FAILED = re.compile(r"^(?:FAILED|ERROR) (\S+)", re.MULTILINE)
_BUSY = "import time\nend = time.monotonic() + {seconds}\nwhile time.monotonic() < end:\n    pass\n"


def _busy(count: int, seconds: float) -> list[subprocess.Popen[bytes]]:
    """``count`` processes that each keep one core busy for ``seconds`` at most."""
    code = _BUSY.format(seconds=seconds)
    return [subprocess.Popen([sys.executable, "-c", code]) for _ in range(count)]


def _stop(processes: Sequence[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        process.kill()
    for process in processes:
        process.wait()


def run_once(command: Sequence[str], busy: int, max_minutes: float) -> tuple[int, float, list[str]]:
    """Run ``command`` beside ``busy`` CPU-bound processes: its exit status, its duration in
    seconds, and the tests it reports failed."""
    spinners = _busy(busy, max_minutes * 60)
    started = time.monotonic()
    output: list[str] = []
    try:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
        )
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            sys.stdout.write(line)
        try:
            status = process.wait(timeout=max_minutes * 60)
        except subprocess.TimeoutExpired:
            process.kill()
            status = process.wait()
    finally:
        _stop(spinners)
    failed = sorted(set(_FAILED.findall("".join(output))))
    return status, time.monotonic() - started, failed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--busy", type=int, default=2, help="CPU-bound processes (default 2)")
    parser.add_argument("--runs", type=int, default=1, help="runs in a row (default 1)")
    parser.add_argument(
        "--max-minutes", type=float, default=30.0, help="a run's time limit (default 30)"
    )
    parser.add_argument("command", nargs="*", help="the command (default: the README's)")
    options = parser.parse_args(argv)
    command = options.command or list(TEST_COMMAND)
    results = []
    for number in range(1, options.runs + 1):
        status, seconds, failed = run_once(command, options.busy, options.max_minutes)
        results.append((status, seconds, failed))
        print(
            f"\nloaded run {number}/{options.runs} ({options.busy} busy processes): "
            f"exit status {status}, {seconds / 60:.1f} min, {len(failed)} failed"
            + "".join(f"\n  {test}" for test in failed),
            flush=True,
        )
    passed = sum(status == 0 for status, _, _ in results)
    print(f"\n{passed} of {len(results)} loaded runs passed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
