"""``python -m benchmarks.conformance [--quick] [--seed N]``

How long the default ``contract-test`` run takes against a fresh ``mock-server``: the server
as a separate process on 127.0.0.1, the suite run through the command line as a user runs
it, each check's duration read from its JSON report. The stated budget is about a minute at
most (the differential check searches for at most 60 sequences or 30 s, and shrinks a
difference for at most 15 s more); the run against a fresh fake has no difference to shrink.

``--quick`` draws 5 sequences instead of the default 60 (a smoke run of the script).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KEY = "sk-or-v1-mgmt-test"
OTHER_KEY = "sk-or-v1-inference-test"
#: The stated budget of the default run, in seconds.
BUDGET = 60.0
START_TIMEOUT = 60.0


def main() -> int:
    """Start a mock-server, run the default contract-test against it, print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="5 sequences, not 60")
    parser.add_argument("--seed", type=int, default=None, help="the differential's seed")
    options = parser.parse_args()
    cli = [sys.executable, "-m", "openrouter_guardrails"]
    with tempfile.TemporaryDirectory(prefix="conformance-bench-") as folder:
        server = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            [*cli, "mock-server", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            url = _announced_url(server)
            report = Path(folder) / "report.json"
            command = [
                *cli,
                "contract-test",
                "--base-url",
                url,
                "--api-key",
                KEY,
                "--non-management-key",
                OTHER_KEY,
                "--report",
                str(report),
                "--save-replay",
                str(Path(folder) / "replay.json"),
            ]
            if options.quick:
                command += ["--differential-max-examples", "5"]
            if options.seed is not None:
                command += ["--seed", str(options.seed)]
            started = time.perf_counter()
            done = subprocess.run(  # noqa: S603 - our own interpreter and arguments
                command, capture_output=True, text=True, check=False, timeout=600, cwd=folder
            )
            elapsed = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=10)
        data = json.loads(report.read_text(encoding="utf-8"))
    print(
        f"## The default contract-test run against a fresh mock-server{' (quick)' * options.quick}"
    )
    print()
    print("| check | status | seconds |")
    print("|---|---|---|")
    for check in data["checks"]:
        print(f"| `{check['name']}` | {check['status']} | {check['duration']:.2f} |")
    print()
    print(f"outcome: {data['outcome']} (exit {done.returncode})")
    print(f"whole command: {elapsed:.1f} s, budget about {BUDGET:.0f} s")
    return 0 if done.returncode == 0 else 1


def _announced_url(server: subprocess.Popen[str]) -> str:
    """The base URL the mock-server prints when it listens."""
    assert server.stdout is not None
    ends = time.monotonic() + START_TIMEOUT
    while time.monotonic() < ends:
        line = server.stdout.readline()
        if "listening on" in line:
            return line.rsplit(" ", 1)[-1].strip()
        if not line and server.poll() is not None:
            break
    raise SystemExit("mock-server did not announce its URL")


if __name__ == "__main__":
    raise SystemExit(main())
