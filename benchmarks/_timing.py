"""Interleaved timing: every round runs each contender once, in a rotating order, so that
machine noise (other processes, frequency changes) falls on all of them alike."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: A contender: one call of the thing measured.
Call = Callable[[], Any]


@dataclass
class Samples:
    """The seconds per call a contender took in each measured round."""

    name: str
    values: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def to_json(self) -> dict[str, Any]:
        return {"median": self.median, "samples": self.values}


def rotation(names: list[str], round_index: int) -> list[str]:
    """``names`` rotated by ``round_index``: each contender goes first in turn."""
    shift = round_index % len(names)
    return names[shift:] + names[:shift]


def interleaved(
    contenders: Mapping[str, Call],
    *,
    rounds: int,
    calls: Mapping[str, int],
    warmup_rounds: int = 1,
) -> dict[str, Samples]:
    """Time ``calls[name]`` calls of each contender per round, ``rounds`` rounds after
    ``warmup_rounds`` unrecorded ones; returns the seconds per call of every round."""
    names = list(contenders)
    samples = {name: Samples(name) for name in names}
    for round_index in range(warmup_rounds + rounds):
        gc.collect()
        for name in rotation(names, round_index):
            call, count = contenders[name], calls[name]
            started = time.perf_counter()
            for _ in range(count):
                call()
            elapsed = time.perf_counter() - started
            if round_index >= warmup_rounds:
                samples[name].values.append(elapsed / count)
    return samples


def paired_ratio(values: list[float], floor: list[float]) -> float:
    """The median of the round-by-round ratios ``values[i] / floor[i]``.

    Rounds are interleaved, so a burst of machine noise slows both members of a pair; their
    ratio cancels it, where a ratio of two medians would carry it.
    """
    return statistics.median(value / base for value, base in zip(values, floor, strict=True))
