"""`--self-test`: load, render and lay out every article, so a bundle proves it works; exit 0 or 1."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from reader.articles import Library
from ui.selftest import bundle, handout, i18n, kiosk, search

Check = Callable[[Library], list[str]]


def checks() -> tuple[tuple[str, Check], ...]:
    """Every step after loading and rendering, in order: (name, check(library) -> failure messages)."""
    return (
        ("oversættelse", i18n.check_translation),
        ("vejledninger som PDF", handout.check_handouts),
        ("søgning", search.check_search),
        ("kiosk", kiosk.check_kiosk),
        ("dansk sortering", bundle.check_danish_order),
        ("søgning på titler", bundle.check_search),
        ("ikon og billedformater", bundle.check_bundle_files),
    )


def run_self_test(library: Library) -> int:
    """Print one line per step and what failed; 0 when everything worked."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QTextDocument

    from reader.article_bounds import over_bounds
    from reader.render import article_html
    from reader.render_guard import render_guarded

    started = time.perf_counter()
    failures: list[str] = []
    errors = library.errors
    print(f"indlæst: {len(library)} artikler, {len(errors)} filer med fejl")
    failures.extend(p.line() for p in errors)
    if len(library) == 0:
        failures.append("ingen artikler fundet")

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    plain = 0
    for article in library.sorted():
        # The view's bounded path: an article over the bounds is shown unformatted (check names it), as designed.
        rendered = render_guarded(article.body, article.base_dir, article.title)
        if rendered.error and over_bounds(article.body):
            plain += 1
        elif rendered.error:
            failures.append(f"{article.slug}: {rendered.error}")
            continue
        document = QTextDocument()
        document.setHtml(article_html(article, rendered))
        document.setTextWidth(700)
        if document.pageCount() < 1 or article.title not in document.toPlainText():
            failures.append(f"{article.slug}: dokumentet blev tomt")
    print(f"vist: {len(library)} artikler" + (f" ({plain} uformateret: for store eller indviklede)" if plain else ""))

    for name, check in checks():
        found = check(library)
        failures.extend(f"{name}: {message}" for message in found)
        print(f"{name}: {'fejl' if found else 'ok'}")
    del app

    for failure in failures:
        print(f"FEJL: {failure}", file=sys.stderr)
    print(f"selvtest {'fejlede' if failures else 'ok'} på {time.perf_counter() - started:.2f} s")
    return 1 if failures else 0
