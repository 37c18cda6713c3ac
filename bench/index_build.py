"""Full search index build at 10,000 articles: its time against a bare tokeniser, and the frames while it runs.

    python -m bench index_build        # or: python -m bench.index_build [--runs N] [--count N] [--folder DIR]

Interleaved in one run (medians of --runs): the baseline, one `re.findall` of the word pattern over every
lower-cased body (the least any tokenising build does); the articles' `##` outline alone
(reader.search.build.split_parts over reader.structure, which the build needs for its sections); and the
full build (SearchIndex.build), in this thread and in worker processes (reader.search.parallel, as the window
builds). Then each in a background thread as the window runs it (no cycle collection meanwhile, ui/sidebar/
search_service.py) while a 16 ms QTimer stands for the window's frames: the worst and the 95th percentile gap
between ticks (goal: under 50 ms; a build in a thread holds the GIL while it runs Python), and the longest gaps
with this process's CPU time in them (about the gap: held here; little: waiting for a core). The corpus is
generated from the bundled articles (bench/_corpus.py).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bench._timing import FrameGaps

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROCESSES = 2  # as the window's build (ui/sidebar/search_service.BUILD_PROCESSES on 2 cores)


def _cpu_s() -> tuple[float, float]:
    """CPU seconds used so far by this process and by its ended children (the build's worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _median_s(work: Callable[[], object], times: list[float], cpu: list[tuple[float, float]]) -> None:
    own, children = _cpu_s()
    started = time.perf_counter()
    work()
    times.append(time.perf_counter() - started)
    own_after, children_after = _cpu_s()
    cpu.append((own_after - own, children_after - children))


def frames_during(build: Callable[[], object]) -> tuple[float, FrameGaps]:
    """Run build in a thread as the window does while a 16 ms timer ticks in this (the GUI) thread: seconds, gaps."""
    from PySide6.QtCore import QCoreApplication

    from reader import collector
    from ui.library.workers import responsive_switching

    def as_the_window() -> None:
        with collector.paused(freeze=True):
            build()

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    frames = FrameGaps()
    responsive_switching()
    thread = threading.Thread(target=as_the_window, daemon=True)
    started = time.perf_counter()
    frames.start()
    thread.start()
    while thread.is_alive():
        app.processEvents()
        time.sleep(0.001)
    frames.stop()
    return time.perf_counter() - started, frames


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench index_build")
    parser.add_argument("--runs", type=int, default=3, help="runs per case (default 3)")
    parser.add_argument("--count", type=int, default=10_000, help="articles (default 10,000)")
    parser.add_argument("--folder", type=Path, help="an existing corpus folder (else one is generated)")
    args = parser.parse_args(argv)

    from bench._corpus import generate
    from bench._timing import p95
    from reader import text as da
    from reader.articles import Library, Source
    from reader.search import SearchIndex
    from reader.search.build import split_parts

    with tempfile.TemporaryDirectory(prefix="bench-index-build-") as work:
        folder = args.folder or Path(work) / "corpus"
        if args.folder is None:
            generate(folder, args.count)
        articles = Library.load([Source(folder)]).sorted()
        cases: dict[str, Callable[[], object]] = {
            "baseline: findall over the bodies": lambda: [da.WORD.findall(a.body.lower()) for a in articles],
            "the outline alone (split_parts)": lambda: [split_parts(a.body) for a in articles],
            "full index build": lambda: SearchIndex.build(articles),
            f"full build, {PROCESSES} worker processes": lambda: SearchIndex.build(articles, processes=PROCESSES),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        cpu: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, work_ in cases.items():
                _median_s(work_, times[name], cpu[name])
        background: dict[str, tuple[list[float], list[float]]] = {"thread": ([], []), "processes": ([], [])}
        longest: dict[str, list[tuple[float, float, float]]] = {"thread": [], "processes": []}
        for _ in range(args.runs):
            for name, processes in (("thread", 1), ("processes", PROCESSES)):
                took, found = frames_during(lambda p=processes: SearchIndex.build(articles, processes=p))  # type: ignore[misc]
                background[name][0].append(took)
                background[name][1].extend(found.gaps)
                longest[name] = sorted([*longest[name], *found.longest()], key=lambda gap: -gap[1])[:3]

    base = statistics.median(times["baseline: findall over the bodies"])
    print(f"{len(articles):,} articles, medians of {args.runs} interleaved runs")
    print(f"{'case':<40}{'median s':>10}{'× baseline':>12}{'CPU s: this process + workers':>32}")
    for name, values in times.items():
        median = statistics.median(values)
        own = statistics.median(c[0] for c in cpu[name])
        children = statistics.median(c[1] for c in cpu[name])
        print(f"{name:<40}{median:10.2f}{median / base:12.1f}{own:>22.2f} + {children:.2f}")
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: on a busy machine the wall clock is "
          "the CPU's share, not the work)")
    for name, label in (("thread", "full build in a background thread"),
                        ("processes", f"… in {PROCESSES} worker processes")):
        seconds, gaps = background[name]
        took = statistics.median(seconds)
        worst = max(gaps, default=0.0)
        print(f"{label:<40}{took:10.2f}{took / base:12.1f}   frames (16 ms timer): worst {worst:.0f} ms, "
              f"p95 {p95(gaps) if gaps else 0:.0f} ms, {sum(g > 50 for g in gaps)} of {len(gaps)} over 50 ms")
        print(f"{'':<40}longest: " + ", ".join(f"{gap:.0f} ms at {start:.2f} s ({cpu:.0f} ms CPU here)"
                                                for start, gap, cpu in longest[name]))
    took = statistics.median(background["processes"][0])
    worst = max(background["processes"][1], default=0.0)
    print(f"goal (the window's build, worker processes): build ≤ 3 s ({'met' if took <= 3 else 'not met'}: {took:.2f} s), "
          f"frames < 50 ms ({'met' if worst < 50 else 'not met'}: {worst:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
