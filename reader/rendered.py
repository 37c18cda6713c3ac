"""An article as rendered: its HTML fragment and headings, and the title block around it (no Markdown loaded).

reader/render.py makes these; the window imports only this module until it renders an article itself, so a start
that draws the last article from reader/render_cache.py never loads the Markdown converter.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from reader.articles import Article
from reader.dates import updated_line


@dataclass(frozen=True)
class Section:
    """A heading of the article: its anchor, text and level; FAQ questions and red flags marked."""

    anchor: str
    title: str
    level: int
    faq: bool = False
    red_flag: bool = False


@dataclass(frozen=True)
class Rendered:
    """An article as an HTML fragment plus its headings; error is set when rendering fell back."""

    html: str
    sections: tuple[Section, ...]
    error: str | None = None


def article_html(article: Article, rendered: Rendered, lang: str = "da") -> str:
    """The article's title, its "Opdateret …" line and the rendered body, as one fragment."""
    updated = updated_line(article.updated, lang)
    head = f'<h1 class="title">{html.escape(article.title)}</h1>'
    if updated:
        head += f'<p class="updated">{html.escape(updated)}</p>'
    return head + rendered.html
