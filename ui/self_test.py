"""`--self-test`: load, render and lay out every article, so a bundle proves it works; exit 0 or 1."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable

from reader.articles import Library

# Other features add checks here: check(library) returns a list of failure messages.
EXTRA_CHECKS: list[tuple[str, Callable[[Library], list[str]]]] = []


def run_self_test(args: argparse.Namespace) -> int:
    """Print one line per step and what failed; 0 when everything worked."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QTextDocument

    from reader.render import article_html, render_markdown
    from ui import bundle_selftest  # noqa: F401 - adds its steps to EXTRA_CHECKS
    from ui.cli import load_library

    started = time.perf_counter()
    failures: list[str] = []
    library = load_library(args)
    errors = library.errors
    print(f"indlæst: {len(library)} artikler, {len(errors)} filer med fejl")
    failures.extend(p.line() for p in errors)
    if len(library) == 0:
        failures.append("ingen artikler fundet")

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for article in library.sorted():
        rendered = render_markdown(article.body, article.base_dir, article.title)
        if rendered.error:
            failures.append(f"{article.slug}: {rendered.error}")
            continue
        document = QTextDocument()
        document.setHtml(article_html(article, rendered))
        document.setTextWidth(700)
        if document.pageCount() < 1 or article.title not in document.toPlainText():
            failures.append(f"{article.slug}: dokumentet blev tomt")
    print(f"vist: {len(library)} artikler")

    for name, check in EXTRA_CHECKS:
        found = check(library)
        failures.extend(f"{name}: {message}" for message in found)
        print(f"{name}: {'fejl' if found else 'ok'}")
    del app

    for failure in failures:
        print(f"FEJL: {failure}", file=sys.stderr)
    print(f"selvtest {'fejlede' if failures else 'ok'} på {time.perf_counter() - started:.2f} s")
    return 1 if failures else 0
