"""Benchmark: a 5-article handout (header, logo, footers, QR) to PDF and the dialog's preview update, against bare print_."""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LOGO = Path(__file__).resolve().parents[1] / "tests" / "data" / "handout" / "clinic-logo.png"


def _measure(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    run()  # warm-up: fonts, plugins, caches
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def main(repeat: int = 20) -> None:
    """Print medians and p95 in ms, and each figure's ratio to the bare QTextDocument.print_ baseline."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    from reader.articles import Library, Source
    from reader.handout import Handout, HandoutItem, HandoutOptions
    from reader.render import article_html, render_markdown
    from reader.resources import bundled_articles_dir
    from reader.settings import ClinicProfile, Settings
    from ui.handout.dialog import HandoutDialog
    from ui.handout.printing import pdf_bytes, prepare

    app = QApplication.instance() or QApplication(sys.argv[:1])
    library = Library.load([Source(bundled_articles_dir())])
    articles = library.sorted()[:5]
    clinic = ClinicProfile(name="Fysioterapi Søndergård", address="Vestergade 12\n8000 Aarhus C", phone="86 12 34 56",
                           website="www.example.dk", logo=str(LOGO) if LOGO.exists() else "")
    handout = Handout(tuple(HandoutItem(a.slug) for a in articles), "Søren Søndergård", note="Tre gange dagligt.",
                      options=HandoutOptions(qr=True), clinic=clinic)

    def baseline() -> int:
        html = "".join(article_html(a, render_markdown(a.body, a.base_dir, a.title)) for a in articles)
        document = QTextDocument()
        document.setHtml(html)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        document.print_(writer)
        del writer
        return data.size()

    pages: list[int] = []

    def handout_pdf() -> int:
        layout = prepare(handout, library)
        pages.append(layout.page_count)
        return len(pdf_bytes(layout))

    dialog = HandoutDialog(library, Settings(clinic=clinic), articles[0].slug)
    dialog.resize(1280, 860)
    dialog.show()
    for article in articles[1:]:
        dialog.tree.findItems(article.title, Qt.MatchFlag.MatchExactly)[0].setCheckState(0, Qt.CheckState.Checked)

    def typed() -> None:
        dialog.note_edit.insertPlainText("x")
        dialog.update_preview()
        app.processEvents()

    def preview() -> None:
        dialog.large_check.setChecked(not dialog.large_check.isChecked())
        dialog.update_preview()
        app.processEvents()

    base = _measure(baseline, repeat)
    full = _measure(handout_pdf, repeat)
    rows = [
        ("bare QTextDocument.print_ (5 articles)", base),
        (f"handout PDF: 5 articles, {pages[-1]} pages, header, footers, QR", full),
        ("dialog preview update after a keystroke in the note", _measure(typed, max(5, repeat // 2))),
        ("dialog preview update, toggling large print", _measure(preview, max(5, repeat // 2))),
    ]
    print(f"{'case':<62} {'median ms':>10} {'p95 ms':>8} {'× baseline':>11}")
    for name, (median, p95) in rows:
        print(f"{name:<62} {median:>10.1f} {p95:>8.1f} {median / base[0]:>11.2f}")
    print("goal: handout PDF ≤ 300 ms, preview update ≤ 200 ms")
    dialog.close()


if __name__ == "__main__":
    main()
