"""Timing helpers the benchmarks share: repeated wall-clock runs in ms, their 95th percentile, frame gaps."""

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


class FrameGaps:
    """A timer on the GUI thread standing for the window's frames (16 ms: 60 Hz): the gaps between its ticks, in ms.
    A gap well over the interval is a frame the window could not draw in time.

    Each gap also has when it ended (seconds since start()) and this process's CPU time during it (ms): a long gap
    with about as much CPU was held by this process (a long call holding the interpreter, a cycle collection), one
    with little CPU was the window waiting for a core (worker processes, other programs)."""

    def __init__(self, interval_ms: int = 16) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.ends: list[float] = []
        self.cpu: list[float] = []
        self._started = self._last = self._last_cpu = 0.0
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.process_time()
        self.gaps.append((now - self._last) * 1000)
        self.ends.append(now - self._started)
        self.cpu.append((cpu - self._last_cpu) * 1000)
        self._last, self._last_cpu = now, cpu

    def start(self) -> None:
        self._started = self._last = time.perf_counter()
        self._last_cpu = time.process_time()
        self._timer.start()

    def longest(self, count: int = 3) -> list[tuple[float, float, float]]:
        """The `count` longest gaps as (start s, gap ms, this process's CPU ms during it), longest first."""
        found = sorted(zip(self.gaps, self.ends, self.cpu, strict=True), reverse=True)[:count]
        return [(end - gap / 1000, gap, cpu) for gap, end, cpu in found]

    def stop(self) -> None:
        self._timer.stop()
