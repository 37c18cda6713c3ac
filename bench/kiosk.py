"""Kiosk benchmark: idle reset, home screen first paint and tile search per keystroke, each against a baseline.

    python -m bench.kiosk          # prints a table: median and p95 in ms, and the ratio to the baseline

The library is the bundled articles plus 300 generated ones (titles from the real ones with a number), so the
home screen has category tiles and a search has many hits, as in a clinic with its own articles.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable

from bench._timing import p95, times_ms

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 25
EXTRA_ARTICLES = 300
QUERY = "nervetryk i lænden"


def _times(work: Callable[[], object], runs: int = RUNS) -> list[float]:
    return times_ms(work, runs)


def main() -> int:
    """Run every case and print the table; returns 0."""
    import dataclasses

    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from reader.articles import Library, Source
    from reader.resources import bundled_articles_dir
    from reader.settings import Settings
    from ui.kiosk.style import KIOSK_ZOOM
    from ui.kiosk.window import KioskWindow

    bundled = Library.load([Source(bundled_articles_dir())])
    seeds = bundled.sorted()
    extra = [dataclasses.replace(seeds[i % len(seeds)], slug=f"ekstra-{i}", title=f"{seeds[i % len(seeds)].title} {i}",
                                 category=("Ryg", "Nerver", "Knæ", "Skulder")[i % 4]) for i in range(EXTRA_ARTICLES)]
    library = Library([*seeds, *extra], bundled.problems)

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def build_and_paint() -> None:
        window = KioskWindow(library, Settings(), persist=None, pin_hash="")
        window.resize(1920, 1080)
        window.show()
        settle()
        window.grab()
        window.guard.stop()
        window._allow_close = True
        window.close()
        window.deleteLater()
        settle()

    def baseline_paint() -> None:
        field = QLineEdit()
        field.resize(1920, 1080)
        field.show()
        settle()
        field.grab()
        field.close()
        field.deleteLater()
        settle()

    window = KioskWindow(library, Settings(), persist=None, pin_hash="")
    window.resize(1920, 1080)
    window.show()
    settle()

    def dirty_then_reset() -> None:
        window.home.search_field.setText("nerve")
        window.open_article(seeds[-1].slug)
        window.view.zoom_in()
        window.view.verticalScrollBar().setValue(400)
        window.show_keyboard()
        started = time.perf_counter()
        window.reset()
        settle()
        reset_times.append((time.perf_counter() - started) * 1000)

    def baseline_show_article() -> None:
        view = window.view
        view.set_zoom(KIOSK_ZOOM)
        view.open_article(seeds[-1].slug, record=False)
        settle()

    reset_times: list[float] = []
    dirty_then_reset()
    reset_times.clear()
    for _ in range(RUNS):
        dirty_then_reset()

    def type_query() -> None:
        field = window.home.search_field
        field.clear()
        for char in QUERY:
            started = time.perf_counter()
            field.insert(char)
            settle()
            key_times.append((time.perf_counter() - started) * 1000)

    def baseline_type() -> None:
        for end in range(1, len(QUERY) + 1):
            started = time.perf_counter()
            window.search.items_for(QUERY[:end])
            base_key_times.append((time.perf_counter() - started) * 1000)

    key_times: list[float] = []
    base_key_times: list[float] = []
    for _ in range(5):
        type_query()
        baseline_type()

    rows = [
        ("reset after idle (dirty session → clean home)", reset_times, _times(baseline_show_article),
         "show one article in the kiosk view"),
        ("home screen first paint (1920x1080, 305 articles)", _times(build_and_paint, 10), _times(baseline_paint, 10),
         "paint an empty 1920x1080 line edit"),
        ("tile search update per keystroke", key_times, base_key_times, "SearchService.items_for alone"),
    ]
    print(f"Kiosk benchmark ({len(library)} articles, {RUNS} runs; times in ms)")
    print(f"{'case':<52} {'median':>8} {'p95':>8} {'baseline':>9} {'ratio':>7}  baseline is")
    for name, values, base, what in rows:
        median, base_median = statistics.median(values), statistics.median(base)
        ratio = median / base_median if base_median else float("inf")
        print(f"{name:<52} {median:8.2f} {p95(values):8.2f} {base_median:9.2f} {ratio:6.1f}x  {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
