"""Section 2: iterating every guardrail of a long listing, page by page (100 a page), with
realistic bodies (every field set) and with the contract's example bodies."""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import islice
from typing import Any

import httpx

from benchmarks import _api
from benchmarks._contenders import (
    FLOOR,
    OFFICIAL,
    SDK,
    floor_client,
    official_client,
    official_sdk,
    sdk_client,
    skipped_official_note,
)
from benchmarks._report import Section, Target, ms, times
from benchmarks._timing import Call, interleaved, paired_ratio

PAGE_SIZE = 100
LIMIT = 1.5


@dataclass(frozen=True)
class Settings:
    items: int
    rounds: int


FULL = Settings(items=10_000, rounds=9)
QUICK = Settings(items=1_000, rounds=1)


def floor_iteration(http: httpx.Client, total: int) -> int:
    """Every item, by offset, as a hand-written loop would read them; returns the count."""
    seen = offset = 0
    for _ in range(total // PAGE_SIZE + 2):
        page = json.loads(
            http.get("/guardrails", params={"offset": offset, "limit": PAGE_SIZE}).content
        )
        for item in page["data"]:
            seen += bool(item["id"])
        offset += len(page["data"])
        if not page["data"] or offset >= page["total_count"]:
            break
    return seen


def sdk_iteration(client: Any, total: int) -> int:
    """Every item through the SDK's iterator (at most a page more than ``total``)."""
    items = islice(client.guardrails.list(limit=PAGE_SIZE), total + PAGE_SIZE)
    return sum(bool(guardrail.id) for guardrail in items)


def official_iteration(client: Any, total: int) -> int:
    """Every item through the official SDK's ``next()`` (its only way to page)."""
    seen = 0
    response = client.guardrails.list(limit=PAGE_SIZE)
    for _ in range(total // PAGE_SIZE + 2):
        if response is None:
            break
        seen += sum(bool(guardrail.id) for guardrail in response.result.data)
        response = response.next()
    return seen


def run(quick: bool) -> Section:
    settings = QUICK if quick else FULL
    total = settings.items
    section = Section(
        key="iterate",
        title=f"2. Iterating {total:,} guardrails in pages of {PAGE_SIZE}",
        headers=["contender", "body", "time", "per item", "ratio", "requests"],
    )
    for body in _api.BODIES:
        mock = _api.MockAPI(total=total, body=body)
        for offset in range(0, total + PAGE_SIZE, PAGE_SIZE):  # every page made before timing
            mock.page(offset, PAGE_SIZE)
        transport = mock.transport()
        floor = floor_client(transport)
        sdk_http = httpx.Client(transport=transport)
        official_http = httpx.Client(transport=transport)
        try:
            official = official_client(official_http)
            _measure(settings, section, body, mock, floor, sdk_client(sdk_http), official)
        finally:
            for http in (floor, sdk_http, official_http):
                http.close()
    section.notes.append(
        f"time: median of {settings.rounds} interleaved rounds (after a first unrecorded "
        "pass); ratio: median of the rounds' ratios to the floor; every item's `id` is read; "
        "bodies as in section 1"
    )
    if official_sdk() is None:
        section.notes.append(skipped_official_note())
    return section


def _measure(
    settings: Settings,
    section: Section,
    body: str,
    mock: _api.MockAPI,
    floor: httpx.Client,
    sdk: Any,
    official: Any,
) -> None:
    total = settings.items
    contenders: dict[str, Call] = {
        FLOOR: lambda: floor_iteration(floor, total),
        SDK: lambda: sdk_iteration(sdk, total),
    }
    if official is not None:
        contenders[OFFICIAL] = lambda: official_iteration(official, total)
    requests: dict[str, int] = {}
    for name, call in contenders.items():
        before = mock.requests
        if call() != total:
            raise RuntimeError(f"{name} did not see the {total} items")
        requests[name] = mock.requests - before

    samples = interleaved(
        contenders,
        rounds=settings.rounds,
        calls=dict.fromkeys(contenders, 1),
        warmup_rounds=0,
    )
    base = samples[FLOOR].values
    sdk_ratio = paired_ratio(samples[SDK].values, base)
    for name, series in samples.items():
        section.rows.append(
            [
                name,
                body,
                ms(series.median),
                f"{series.median / total * 1e6:.3g} us",
                times(paired_ratio(series.values, base)),
                str(requests[name]),
            ]
        )
    section.targets.append(Target(f"iterate {total:,} items vs floor ({body})", sdk_ratio, LIMIT))
    section.data["items"] = total
    section.data[body] = {
        "requests": requests,
        **{name: series.to_json() for name, series in samples.items()},
    }
