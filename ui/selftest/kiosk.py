"""The self-test step for the kiosk: the PIN hash works here, and no article keeps a link that leads out."""

from __future__ import annotations

from reader.articles import Library
from reader.pin import LEGACY_COST, hash_pin, verify_pin


def check_kiosk(library: Library) -> list[str]:
    """scrypt is available (set-pin needs it), and every article's internet links become plain text."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from reader.render import article_html
    from reader.render_guard import render_guarded
    from ui.kiosk.window import EXTERNAL_SCHEMES, unlink_external

    failures: list[str] = []
    try:
        stored = hash_pin("246813")  # at the real cost: the memory scrypt needs is there
        cheap = hash_pin("246813", cost=LEGACY_COST)  # a wrong PIN is checked on a cheap hash (the step stays short)
        if not verify_pin("246813", stored) or verify_pin("246814", cheap) or not verify_pin("246813", cheap):
            failures.append("PIN-koden kunne ikke kontrolleres")
    except (ValueError, AttributeError) as error:  # no scrypt in this Python's OpenSSL
        failures.append(f"PIN-koden kan ikke gemmes her ({error})")
    for article in library.sorted():
        document = QTextDocument()
        document.setHtml(article_html(article, render_guarded(article.body, article.base_dir, article.title)))
        unlink_external(document)
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                href = fragment.charFormat().anchorHref() if fragment.isValid() else ""
                if fragment.charFormat().isAnchor() and QUrl(href).scheme().lower() in EXTERNAL_SCHEMES:
                    failures.append(f"{article.slug}: linket {href} kan stadig åbnes i kiosken")
                iterator += 1
            block = block.next()
    return failures
