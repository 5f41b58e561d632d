"""Section 3: 200 concurrent async ``get`` calls against a real HTTP server on 127.0.0.1.

The server (``benchmarks._server``) runs in its own process, started and stopped here; it
answers at once, so the client side is what is measured. Each contender keeps its
``httpx.AsyncClient`` (default pool limits) across rounds, as an application would.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import select
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from benchmarks import _api
from benchmarks._contenders import FLOOR, OFFICIAL, SDK, official_sdk, skipped_official_note
from benchmarks._report import Section, Target, ms, times
from benchmarks._server import HOST
from benchmarks._timing import Samples, paired_ratio, rotation

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 0.9
#: Seconds to wait for the server to start, and for one round of calls.
START_TIMEOUT = 20.0
ROUND_TIMEOUT = 60.0

AsyncCall = Callable[[], Awaitable[Any]]


@dataclass(frozen=True)
class Settings:
    concurrency: int
    rounds: int


FULL = Settings(concurrency=200, rounds=15)
QUICK = Settings(concurrency=20, rounds=1)


@contextlib.contextmanager
def loopback_server() -> Iterator[str]:
    """Start ``benchmarks._server`` in a child process; yield its base URL; stop it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks._server"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        ready, _, _ = select.select([process.stdout], [], [], START_TIMEOUT)
        line = process.stdout.readline() if ready else b""
        if not line.strip().isdigit():
            raise RuntimeError("the loopback server did not start")
        yield f"http://{HOST}:{int(line)}/api/v1"
    finally:
        process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        process.stdout.close()


async def _round(call: AsyncCall, concurrency: int) -> float:
    """Seconds for ``concurrency`` calls started together to all finish."""
    started = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*(call() for _ in range(concurrency))), ROUND_TIMEOUT)
    return time.perf_counter() - started


async def _measure(base_url: str, settings: Settings) -> tuple[dict[str, Samples], bool]:
    from openrouter_guardrails import AsyncOpenRouter

    path = f"/guardrails/{_api.GUARDRAIL_ID}"
    floor_http = httpx.AsyncClient(
        base_url=base_url, headers={"Authorization": f"Bearer {_api.API_KEY}"}
    )
    sdk_http, official_http = httpx.AsyncClient(), httpx.AsyncClient()
    sdk = AsyncOpenRouter(api_key=_api.API_KEY, server_url=base_url, async_client=sdk_http)

    async def floor_get() -> Any:
        return json.loads((await floor_http.get(path)).content)

    async def sdk_get() -> Any:
        return await sdk.guardrails.get(id=_api.GUARDRAIL_ID)

    contenders: dict[str, AsyncCall] = {FLOOR: floor_get, SDK: sdk_get}
    module = official_sdk()
    if module is not None:
        official = module.OpenRouter(
            api_key=_api.API_KEY, server_url=base_url, async_client=official_http
        )

        async def official_get() -> Any:
            return await official.guardrails.get_async(id=_api.GUARDRAIL_ID)

        contenders[OFFICIAL] = official_get
    samples = {name: Samples(name) for name in contenders}
    try:
        names = list(contenders)
        for round_index in range(settings.rounds + 1):  # the first round warms the pools up
            for name in rotation(names, round_index):
                elapsed = await _round(contenders[name], settings.concurrency)
                if round_index:
                    samples[name].values.append(elapsed)
    finally:
        for http in (floor_http, sdk_http, official_http):
            await http.aclose()
    return samples, module is not None


def run(quick: bool) -> Section:
    settings = QUICK if quick else FULL
    with loopback_server() as base_url:
        samples, has_official = asyncio.run(_measure(base_url, settings))
    rates = {name: settings.concurrency / series.median for name, series in samples.items()}
    # Throughput ratio: the floor's round time over the contender's, round by round.
    ratios = {
        name: paired_ratio(samples[FLOOR].values, series.values) for name, series in samples.items()
    }
    section = Section(
        key="concurrency",
        title=f"3. {settings.concurrency} concurrent async `get` calls, loopback HTTP server",
        headers=["contender", "calls/s", "ratio to floor", "round (median)"],
    )
    for name, rate in rates.items():
        section.rows.append(
            [
                name,
                f"{rate:,.0f}",
                times(ratios[name]),
                ms(samples[name].median),
            ]
        )
    section.targets.append(
        Target("async throughput vs raw httpx.AsyncClient", ratios[SDK], LIMIT, True)
    )
    section.notes.append(
        f"calls/s: from the median round of {settings.rounds} interleaved rounds (after a "
        "warm-up round); ratio: median of the rounds' throughput ratios to the floor; server "
        "in its own process on 127.0.0.1; httpx default pool limits (100 connections)"
    )
    if not has_official:
        section.notes.append(skipped_official_note())
    section.data = {
        "concurrency": settings.concurrency,
        "calls_per_second": rates,
        "ratios": ratios,
        **{name: series.to_json() for name, series in samples.items()},
    }
    return section
