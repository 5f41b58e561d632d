"""Section 5: memory while iterating a very long listing. Pages are generated on the fly by
the mock transport; the process's RSS after 10% of the items and at the end should be the
same when no page is kept after it has been read.

Each contender runs in a fresh process (``python -m benchmarks.memory --child ...``), so
nothing measured before it counts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import httpx

from benchmarks import _api
from benchmarks._contenders import FLOOR, SDK, floor_client, sdk_client
from benchmarks._report import Section, Target

ROOT = Path(__file__).resolve().parent.parent
PAGE_SIZE = 100
TIMEOUT = 300.0
#: "Flat": the RSS at the end is at most this multiple of the RSS at the checkpoint.
LIMIT = 1.1


@dataclass(frozen=True)
class Settings:
    items: int
    checkpoint: int


FULL = Settings(items=100_000, checkpoint=10_000)
QUICK = Settings(items=2_000, checkpoint=200)


def _status_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _snapshot() -> dict[str, float]:
    """Current and peak resident set size, in MiB."""
    return {"rss_mib": _status_kib("VmRSS") / 1024, "peak_rss_mib": _status_kib("VmHWM") / 1024}


def _floor_items(http: httpx.Client, total: int) -> Iterator[Any]:
    offset = 0
    for _ in range(total // PAGE_SIZE + 2):
        page = json.loads(
            http.get("/guardrails", params={"offset": offset, "limit": PAGE_SIZE}).content
        )
        yield from page["data"]
        offset += len(page["data"])
        if not page["data"] or offset >= page["total_count"]:
            return


def child(contender: str, settings: Settings) -> dict[str, Any]:
    """Iterate in this process and report the memory at the checkpoint and at the end."""
    mock = _api.MockAPI(total=settings.items, cache_pages=False)
    http_client = (
        floor_client(mock.transport())
        if contender == FLOOR
        else httpx.Client(transport=mock.transport())
    )
    items: Iterable[Any] = (
        _floor_items(http_client, settings.items)
        if contender == FLOOR
        else sdk_client(http_client).guardrails.list(limit=PAGE_SIZE)
    )
    report: dict[str, Any] = {"contender": contender, "start": _snapshot()}
    seen = 0
    for _ in islice(items, settings.items + PAGE_SIZE):
        seen += 1
        if seen == settings.checkpoint:
            report["checkpoint"] = _snapshot()
    report["end"] = _snapshot()
    report["items"] = seen
    http_client.close()
    return report


def _run_child(contender: str, settings: Settings) -> dict[str, Any]:
    output = subprocess.run(  # noqa: S603 (this interpreter, this module)
        [
            sys.executable,
            "-m",
            "benchmarks.memory",
            "--child",
            contender,
            "--items",
            str(settings.items),
            "--checkpoint",
            str(settings.checkpoint),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=True,
    ).stdout
    report: dict[str, Any] = json.loads(output)
    return report


def run(quick: bool) -> Section:
    settings = QUICK if quick else FULL
    reports = {name: _run_child(name, settings) for name in (SDK, FLOOR)}
    section = Section(
        key="memory",
        title=f"5. Memory while iterating {settings.items:,} guardrails (pages made on the fly)",
        headers=[
            "contender",
            f"RSS after {settings.checkpoint:,}",
            f"RSS after {settings.items:,}",
            "growth",
            "peak RSS",
            "flat",
        ],
    )
    for name, report in reports.items():
        if report["items"] != settings.items:
            raise RuntimeError(f"{name} saw {report['items']} items, not {settings.items}")
        growth = report["end"]["rss_mib"] - report["checkpoint"]["rss_mib"]
        report["ratio"] = report["end"]["rss_mib"] / report["checkpoint"]["rss_mib"]
        report["flat"] = report["ratio"] <= LIMIT
        section.rows.append(
            [
                name,
                f"{report['checkpoint']['rss_mib']:.1f} MiB",
                f"{report['end']['rss_mib']:.1f} MiB",
                f"{growth:+.1f} MiB",
                f"{report['end']['peak_rss_mib']:.1f} MiB",
                "yes" if report["flat"] else "NO",
            ]
        )
    section.targets.append(
        Target(
            f"memory: RSS after {settings.items:,} / after {settings.checkpoint:,} items",
            reports[SDK]["ratio"],
            LIMIT,
        )
    )
    section.notes.append(
        f"each in a fresh process; flat: the RSS after the last item is at most {LIMIT:g}x "
        f"the RSS after the {settings.checkpoint:,}th"
    )
    section.data = reports
    return section


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memory")
    parser.add_argument("--child", choices=[SDK, FLOOR], required=True)
    parser.add_argument("--items", type=int, default=FULL.items)
    parser.add_argument("--checkpoint", type=int, default=FULL.checkpoint)
    args = parser.parse_args(argv)
    print(json.dumps(child(args.child, Settings(args.items, args.checkpoint))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
