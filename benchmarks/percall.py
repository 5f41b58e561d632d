"""Section 1: the cost of one call in process, on an ``httpx.MockTransport`` that answers at
once: ``get``, ``create`` and a ``list`` of 100 items, with realistic bodies (every field set)
and with the contract's example bodies."""

from __future__ import annotations

import json
from dataclasses import dataclass
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
from benchmarks._report import Section, Target, times, us
from benchmarks._timing import Call, interleaved, paired_ratio

PAGE_SIZE = 100


@dataclass(frozen=True)
class Settings:
    rounds: int
    #: Calls per round of each operation, for the floor and this SDK / the official SDK.
    calls: dict[str, tuple[int, int]]


FULL = Settings(rounds=81, calls={"get": (40, 3), "create": (40, 2), "list": (12, 2)})
QUICK = Settings(rounds=2, calls={"get": (5, 2), "create": (5, 2), "list": (2, 1)})
#: The most each operation may cost, as a multiple of the floor, for each kind of body.
LIMITS = {
    "realistic": {"get": 1.2, "create": 1.3, "list": 1.5},
    "example": {"get": 1.3, "create": 1.3, "list": 1.5},
}
LABELS = {"get": "get", "create": "create", "list": f"list ({PAGE_SIZE} items)"}


def _calls(floor: Any, sdk: Any, official: Any, body: str) -> dict[str, dict[str, Call]]:
    """The three operations, each as one call per contender."""
    request = _api.create_request(body)
    path = f"/guardrails/{_api.GUARDRAIL_ID}"
    page = {"offset": 0, "limit": PAGE_SIZE}
    ops: dict[str, dict[str, Call]] = {
        "get": {
            FLOOR: lambda: json.loads(floor.get(path).content),
            SDK: lambda: sdk.guardrails.get(id=_api.GUARDRAIL_ID),
        },
        "create": {
            FLOOR: lambda: json.loads(floor.post("/guardrails", json=request).content),
            SDK: lambda: sdk.guardrails.create(**request),
        },
        "list": {
            FLOOR: lambda: json.loads(floor.get("/guardrails", params=page).content),
            SDK: lambda: sdk.guardrails.list(limit=PAGE_SIZE),
        },
    }
    if official is not None:
        ops["get"][OFFICIAL] = lambda: official.guardrails.get(id=_api.GUARDRAIL_ID)
        ops["create"][OFFICIAL] = lambda: official.guardrails.create(**request)
        ops["list"][OFFICIAL] = lambda: official.guardrails.list(limit=PAGE_SIZE)
    return ops


def _answer(result: Any) -> Any:
    """The guardrail id of a ``get``/``create`` answer, the number of items of a page."""
    # A dict from the floor, or a model; the official SDK wraps a page in ``.result``.
    data = result["data"] if isinstance(result, dict) else getattr(result, "result", result).data
    if isinstance(data, list):
        return len(data)
    return data["id"] if isinstance(data, dict) else data.id


def _check_answers(ops: dict[str, dict[str, Call]]) -> None:
    """Every contender gets the same answer before anything is timed."""
    for op, contenders in ops.items():
        answers = {name: _answer(call()) for name, call in contenders.items()}
        if len(set(answers.values())) != 1:
            raise RuntimeError(f"the contenders disagree on {op}: {answers}")


def run(quick: bool) -> Section:
    settings = QUICK if quick else FULL
    headers = ["operation", "body", f"{FLOOR} (floor)", SDK, "ratio", OFFICIAL, "ratio"]
    section = Section(
        key="per_call",
        title="1. Per-call overhead, in process (MockTransport)",
        headers=headers,
    )
    for body in _api.BODIES:
        mock = _api.MockAPI(total=PAGE_SIZE, body=body)
        transport = mock.transport()
        floor = floor_client(transport)
        sdk_http = httpx.Client(transport=transport)
        official_http = httpx.Client(transport=transport)
        try:
            official = official_client(official_http)
            _measure(settings, section, body, floor, sdk_client(sdk_http), official)
        finally:
            for http in (floor, sdk_http, official_http):
                http.close()
    if official_sdk() is None:
        section.headers = headers[:5]
    section.notes.append(
        f"time per call: median of {settings.rounds} interleaved rounds; ratio: median of "
        "the rounds' ratios to the floor; the floor is `httpx.Client` (base URL and "
        "Authorization header set on it) + `json.loads`"
    )
    section.notes.append(
        "bodies: realistic = every field of a guardrail set, two builtin content filters and "
        "one custom filter; example = the contract's example bodies (one builtin filter, "
        "several fields null)"
    )
    if official_sdk() is None:
        section.notes.append(skipped_official_note())
    return section


def _measure(
    settings: Settings, section: Section, body: str, floor: httpx.Client, sdk: Any, official: Any
) -> None:
    ops = _calls(floor, sdk, official, body)
    _check_answers(ops)
    for op, contenders in ops.items():
        many, few = settings.calls[op]
        calls = {name: (few if name == OFFICIAL else many) for name in contenders}
        samples = interleaved(contenders, rounds=settings.rounds, calls=calls)
        base = samples[FLOOR]
        sdk_ratio = paired_ratio(samples[SDK].values, base.values)
        row = [LABELS[op], body, us(base.median), us(samples[SDK].median), times(sdk_ratio)]
        if OFFICIAL in samples:
            official_ratio = paired_ratio(samples[OFFICIAL].values, base.values)
            row += [us(samples[OFFICIAL].median), times(official_ratio)]
        section.rows.append(row)
        section.targets.append(
            Target(f"{LABELS[op]} per call vs floor ({body})", sdk_ratio, LIMITS[body][op])
        )
        section.data[f"{op} ({body})"] = {name: s.to_json() for name, s in samples.items()}
