"""List rows for articles, in Danish collation order (QCollator), shared by sidebar, search and kiosk."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, Qt

from reader.articles import Article, Library
from reader.dates import short_date
from ui.base.i18n import current_language
from ui.sidebar.model import ListItem


def danish_collator() -> QCollator:
    """Danish collation: æ, ø, å after z, case ignored, numbers in number order."""
    collator = QCollator(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


def sorted_articles(library: Library) -> list[Article]:
    """The library's articles by title with QCollator's Danish order, then slug."""
    collator = danish_collator()
    return sorted(library.sorted(), key=lambda a: (collator.sortKey(a.title), a.slug))


def article_item(article: Article, lang: str = "da") -> ListItem:
    """The list row for an article: its title and last-updated date."""
    if article.updated:
        detail = ("Updated " if lang == "en" else "Opdateret ") + short_date(article.updated, lang)
    else:
        detail = ""
    return ListItem(article.slug, article.title, detail)


def all_items(library: Library) -> list[ListItem]:
    return [article_item(a, current_language()) for a in sorted_articles(library)]
