"""The benchmarks' frame-gap trace: each gap with when it ended and this process's CPU time in it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bench import _timing
from bench._timing import FrameGaps


def test_each_gap_has_its_end_and_its_cpu_time(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([10.0, 10.016, 10.116, 10.132])  # perf_counter at start and at three ticks
    cpu = iter([1.0, 1.001, 1.091, 1.092])  # the 100 ms gap was held here (90 ms of CPU)
    monkeypatch.setattr(_timing.time, "perf_counter", lambda: next(clock))
    monkeypatch.setattr(_timing.time, "process_time", lambda: next(cpu))
    frames = FrameGaps()
    frames.start()
    frames._timer.stop()
    for _ in range(3):
        frames._tick()
    assert [round(g) for g in frames.gaps] == [16, 100, 16]
    start, gap, held = frames.longest(1)[0]
    assert (round(start, 3), round(gap), round(held)) == (0.016, 100, 90)
    assert len(frames.longest()) == 3
