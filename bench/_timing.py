"""Timing helpers the benchmarks share: repeated wall-clock runs in milliseconds and their 95th percentile."""

from __future__ import annotations

import time
from collections.abc import Callable


def times_ms(work: Callable[[], object], runs: int, warm_up: bool = True) -> list[float]:
    """How long each of runs calls of work took, in ms (after one untimed call when warm_up)."""
    if warm_up:
        work()
    found = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        found.append((time.perf_counter() - started) * 1000)
    return found


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank) of values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
