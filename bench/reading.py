"""Reading tools benchmark: find in page, section stepping and theme switching, each against a Qt baseline.

    python -m bench.reading            # prints a table: median and p95 in ms, and the ratio to the baseline

The article is a real bundled one repeated to ~20x its size (a long page, ~180,000 characters), so the
numbers are an upper bound for real articles.
"""

from __future__ import annotations

import os
import statistics
import sys
from collections.abc import Callable

from bench._timing import p95, times_ms

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 25


def _times(work: Callable[[], object], runs: int = RUNS) -> list[float]:
    return times_ms(work, runs)


def main() -> int:
    """Run every case and print the table; returns 0."""
    from PySide6.QtWidgets import QApplication, QScrollBar

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from reader.articles import Article, Library, Source
    from reader.resources import bundled_articles_dir
    from reader.settings import Settings
    from ui.article.find_bar import FoldedText
    from ui.mainwindow.window import MainWindow

    library = Library.load([Source(bundled_articles_dir())])
    seed = library.get("nervetryk-i-laenden")
    assert seed is not None
    import dataclasses

    long_body = "\n\n".join(seed.body.replace("## ", f"## Del {i}: ") for i in range(20))
    big: Article = dataclasses.replace(seed, slug="lang-artikel", body=long_body)
    library = Library([*library.sorted(), big], library.problems)
    window = MainWindow(library, Settings(), persist=None)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.open_article("lang-artikel")
    app.processEvents()
    view = window.view
    document = view.document()
    chars = document.characterCount()

    def qt_find_all() -> int:
        count, cursor = 0, document.find("lænden")
        while not cursor.isNull():
            count += 1
            cursor = document.find("lænden", cursor)
        return count

    def folded_find_all() -> int:
        return len(FoldedText.of(document.toRawText()).find_all("laenden"))

    def find_bar_keystroke() -> None:
        window.reading.find_bar.field.setText("laenden" if window.reading.find_bar.field.text() != "laenden" else "laende")

    window.reading.find_bar.open_bar()
    rows = [
        ("find: folded match, all hits", _times(folded_find_all), "QTextDocument.find loop", _times(qt_find_all)),
        ("find: keystroke incl. highlights", _times(find_bar_keystroke), "QTextDocument.find loop", _times(qt_find_all)),
    ]
    window.reading.find_bar.close_bar()

    window.reading.consultation.enter()
    app.processEvents()
    stepper = window.reading.consultation.stepper
    direction = [1]

    def step() -> None:
        if stepper.position in (0, stepper.count) and stepper.position != 0:
            direction[0] = -1
        elif stepper.position == 0:
            direction[0] = 1
        stepper.step(direction[0])

    def page_scroll() -> None:
        bar = view.verticalScrollBar()
        bar.triggerAction(QScrollBar.SliderAction.SliderPageStepAdd if bar.value() < bar.maximum()
                          else QScrollBar.SliderAction.SliderToMinimum)

    rows.append(("consultation: PageDown to section", _times(step), "plain page scroll", _times(page_scroll)))
    window.reading.consultation.leave()
    themes = ["dark", "light"]

    def switch_theme() -> None:
        themes.reverse()
        window.reading.themes.set_theme(themes[0])

    zooms = [110, 100]

    def switch_zoom() -> None:
        zooms.reverse()
        view.set_zoom(zooms[0])

    rows.append(("theme switch (page + palette)", _times(switch_theme, 10), "zoom change (page only)", _times(switch_zoom, 10)))

    print(f"reading tools on a {chars:,}-character page ({RUNS} runs; theme/zoom 10 runs)")
    header = f"{'case':36} {'median ms':>10} {'p95 ms':>8}   {'baseline':28} {'median ms':>10} {'p95 ms':>8} {'ratio':>6}"
    print(header)
    print("-" * len(header))
    for name, ours, base_name, base in rows:
        ratio = statistics.median(ours) / statistics.median(base)
        print(f"{name:36} {statistics.median(ours):10.2f} {p95(ours):8.2f}   {base_name:28} "
              f"{statistics.median(base):10.2f} {p95(base):8.2f} {ratio:6.2f}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
