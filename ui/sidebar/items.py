"""List rows for articles, in the library's Danish order (reader.collation), shared by sidebar, search and kiosk."""

from __future__ import annotations

from reader.articles import Article, Library
from reader.dates import short_date
from ui.base.i18n import current_language
from ui.sidebar.model import ListItem


def article_item(article: Article, lang: str = "da") -> ListItem:
    """The list row for an article: its title and last-updated date."""
    if article.updated:
        detail = ("Updated " if lang == "en" else "Opdateret ") + short_date(article.updated, lang)
    else:
        detail = ""
    return ListItem(article.slug, article.title, detail)


def all_items(library: Library) -> list[ListItem]:
    return [article_item(a, current_language()) for a in library.sorted()]
