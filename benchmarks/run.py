"""``python -m benchmarks [--quick] [--json FILE] [--only SECTION ...]``

Every section measures its contenders side by side in one run, interleaved round by round,
and reports medians and ratios to the floor (raw httpx); the last table lists the targets
and whether each is met. ``--quick`` uses tiny counts (a smoke run: its numbers mean
nothing).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import concurrency, imports, iterate, memory, percall
from benchmarks._contenders import official_sdk, skipped_official_note, version_of
from benchmarks._report import Section, targets_markdown

#: The sections, in the order they run.
SECTIONS: dict[str, Callable[[bool], Section]] = {
    "per_call": percall.run,
    "iterate": iterate.run,
    "concurrency": concurrency.run,
    "imports": imports.run,
    "memory": memory.run,
}


def cpu_model() -> str:
    """The CPU model named in /proc/cpuinfo (or what the platform module says)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _interpreter() -> str:
    """This interpreter as typed from the current directory (``.venv/bin/python``)."""
    relative = os.path.relpath(sys.executable)
    return relative if not relative.startswith("..") else sys.executable


def environment(argv: list[str]) -> dict[str, Any]:
    """Where and with what the run happened."""
    return {
        "command": " ".join([_interpreter(), "-m", "benchmarks", *argv]),
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu": cpu_model(),
        "python": platform.python_version(),
        "httpx": version_of("httpx"),
        "openrouter": version_of("openrouter") if official_sdk() is not None else None,
        "openrouter-guardrails": version_of("openrouter-guardrails"),
    }


def environment_markdown(env: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"- command: `{env['command']}`",
            f"- date: {env['date']}",
            f"- machine: {env['nproc']} CPUs (nproc), {env['cpu']}",
            f"- Python {env['python']}, httpx {env['httpx']}, "
            f"openrouter {env['openrouter'] or 'not installed'}, "
            f"openrouter-guardrails {env['openrouter-guardrails']}",
        ]
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny counts: a smoke run")
    parser.add_argument("--json", type=Path, metavar="FILE", help="save the results as JSON")
    parser.add_argument(
        "--only", nargs="+", choices=list(SECTIONS), metavar="SECTION", help="run these only"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _parser().parse_args(argv)
    env = environment(argv)
    print("# Benchmarks: openrouter_guardrails vs raw httpx vs the official SDK\n")
    print(environment_markdown(env))
    if official_sdk() is None:
        print(f"- {skipped_official_note()}")
    started = time.perf_counter()
    sections: list[Section] = []
    for key, run in SECTIONS.items():
        if args.only and key not in args.only:
            continue
        section_started = time.perf_counter()
        section = run(args.quick)
        section.data["seconds"] = time.perf_counter() - section_started
        sections.append(section)
        print(f"\n{section.markdown()}", flush=True)
    targets = [target for section in sections for target in section.targets]
    print(f"\n{targets_markdown(targets)}")
    total = time.perf_counter() - started
    print(f"\n({total:.0f} s{', --quick: the numbers mean nothing' if args.quick else ''})")
    if args.json is not None:
        result = {
            "environment": env,
            "quick": args.quick,
            "seconds": total,
            "sections": {section.key: section.to_json() for section in sections},
            "targets": [target.to_json() for target in targets],
        }
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        print(f"results saved to {args.json}")
    return 0
