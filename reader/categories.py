"""Articles grouped by topic: the `category` front matter, else the first tag, else "Andet" (kiosk and start page)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reader.articles import Article
from reader.collation import by_title, sort_key

OTHER = "Andet"  # the group of articles with neither a category nor a tag (the UI translates it)


@dataclass(frozen=True)
class Category:
    """One topic: its name as first written, and its articles' slugs in Danish title order."""

    name: str
    slugs: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.slugs)

    @property
    def is_other(self) -> bool:
        """The catch-all group ("Andet"), shown last and translated by the UI."""
        return self.name == OTHER


def category_of(article: Article) -> str:
    """The topic an article is listed under.

    category: "Ryg"                ⇒ "Ryg"
    no category, tags: [knæ, løb]  ⇒ "Knæ" (the first tag, first letter capitalised)
    neither                        ⇒ "Andet"
    """
    name = " ".join((article.category or "").split())
    if not name:
        name = next((" ".join(tag.split()) for tag in article.tags if tag.strip()), "")
    if not name:
        return OTHER
    return name[0].upper() + name[1:]


def group_by_category(articles: Iterable[Article]) -> list[Category]:
    """The articles' topics in Danish order (æ, ø, å after z; "Andet" last), each with its articles.

    Names that differ only in case or spacing are one topic ("ryg" and "Ryg "), written as first seen in
    title order.

    [Ryg: B, knæ: A, ryg: C, (none): D] ⇒ [Knæ (A), Ryg (B, C), Andet (D)]
    """
    ordered = by_title(articles)
    names: dict[str, str] = {}
    groups: dict[str, list[str]] = {}
    for article in ordered:
        name = category_of(article)
        key = name.casefold()
        names.setdefault(key, name)
        groups.setdefault(key, []).append(article.slug)
    keys = sorted(groups, key=lambda k: (names[k] == OTHER, sort_key(names[k])))
    return [Category(names[k], tuple(groups[k])) for k in keys]


def category_named(categories: Iterable[Category], name: str) -> Category | None:
    """The topic with this name (case and spacing ignored), or None."""
    key = " ".join(name.split()).casefold()
    return next((c for c in categories if c.name.casefold() == key), None)


def recently_updated(articles: Iterable[Article], count: int = 5) -> list[Article]:
    """The `count` articles updated last (newest first; undated ones never), ties in Danish title order."""
    dated = by_title(a for a in articles if a.updated is not None)
    dated.sort(key=lambda a: a.updated, reverse=True)  # type: ignore[arg-type, return-value]
    return dated[:count]
