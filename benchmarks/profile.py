"""``python -m benchmarks.profile [--rounds N] [--body KIND]``: where the time of one
``list`` call of 100 guardrails goes, step by step, beside the raw-httpx floor.

Each step is timed on its own, interleaved round by round with the others (medians): the
floor (``httpx`` + ``json.loads``), ``json.loads`` alone, the fast path that checks and
builds a page that conforms (timed after a parse of its own, which is taken off), the
general path's two steps for comparison (the contract check, then the models), and the whole
SDK call. What the SDK call costs beyond the floor and the fast path is its own request path
(preparing the call, reading the response, the page). Then the functions that take the most
time of the SDK call, from ``cProfile``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from benchmarks import _api
from benchmarks._contenders import floor_client, sdk_client

PAGE_SIZE = 100
#: The step the SDK takes for a page that conforms (timed after a parse of its own).
FAST = "checking and building the page in one pass (the fast path)"
PARSED_FAST = "json.loads, then the fast path"


def _steps(body: str) -> dict[str, Callable[[], Any]]:
    from openrouter_guardrails_api.sdk import OPERATIONS

    from openrouter_guardrails._checks import reader

    mock = _api.MockAPI(total=PAGE_SIZE, body=body)
    transport = mock.transport()
    floor = floor_client(transport)
    sdk = sdk_client(httpx.Client(transport=transport))
    text = mock.page(0, PAGE_SIZE)
    payload = json.loads(text)
    operation = OPERATIONS["list"]
    read = reader(operation.name, operation.operation_id, operation.response_model)
    if read.fast is None or read.fast(json.loads(text)) is None:
        raise SystemExit("the fast path does not read this page: the profile would mislead")
    model = operation.response_model
    page = {"offset": 0, "limit": PAGE_SIZE}
    return {
        "floor: httpx + json.loads": lambda: json.loads(
            floor.get("/guardrails", params=page).content
        ),
        "json.loads alone": lambda: json.loads(text),
        # The fast path takes the parsed objects as the models' storage: a fresh parse each
        # time (its time is taken off: see ``markdown``).
        PARSED_FAST: lambda: read.fast(json.loads(text)).data,
        "(general path) contract check of the page": lambda: read.check(payload, ""),
        "(general path) building the models": lambda: model.from_dict(payload).data,
        "the SDK's list() call": lambda: sdk.guardrails.list(limit=PAGE_SIZE),
    }


def measure(body: str = "realistic", rounds: int = 41, calls: int = 10) -> dict[str, float]:
    """The median time of each step, in microseconds."""
    steps = _steps(body)
    samples: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(rounds):
        for name, step in steps.items():
            started = time.perf_counter()
            for _ in range(calls):
                step()
            samples[name].append((time.perf_counter() - started) / calls * 1e6)
    return {name: statistics.median(values) for name, values in samples.items()}


def top_functions(body: str = "realistic", calls: int = 300, limit: int = 15) -> str:
    """The functions that take the most time (their own) of ``calls`` SDK list() calls."""
    call = _steps(body)["the SDK's list() call"]
    call()
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(calls):
        call()
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(limit)
    # Paths relative to the repository and site-packages: the output is pasted into docs.
    root = str(Path(__file__).resolve().parent.parent) + os.sep
    text = out.getvalue().replace(root, "")
    return re.sub(r"\S*site-packages" + re.escape(os.sep), "site-packages" + os.sep, text)


def markdown(times: dict[str, float]) -> str:
    floor = times["floor: httpx + json.loads"]
    sdk = times["the SDK's list() call"]
    fast = times[PARSED_FAST] - times["json.loads alone"]
    rest = sdk - floor - fast
    rows = [(name, value) for name, value in times.items() if name != PARSED_FAST]
    rows.insert(2, (FAST, fast))
    rows.append(("the SDK's own request path (the rest)", rest))
    lines = ["| step | time | per guardrail | vs floor |", "| --- | --- | --- | --- |"]
    for name, value in rows:
        lines.append(
            f"| {name} | {value:,.0f} us | {value / PAGE_SIZE:.2f} us | {value / floor:.2f}x |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__)
    parser.add_argument("--rounds", type=int, default=41)
    parser.add_argument("--body", choices=_api.BODIES, default="realistic")
    args = parser.parse_args(argv)
    print(f"## Where one list() call of {PAGE_SIZE} {args.body} guardrails spends its time\n")
    print(markdown(measure(args.body, args.rounds)))
    print("\n```\n" + top_functions(args.body).strip() + "\n```")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
