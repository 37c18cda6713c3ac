"""Grouping articles by topic: category, else first tag, else "Andet"; Danish order; counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.articles import Article
from reader.categories import OTHER, category_named, category_of, group_by_category, recently_updated


def article(title: str, category: str | None = None, tags: tuple[str, ...] = (), updated: dt.date | None = None) -> Article:
    slug = title.lower().replace(" ", "-")
    return Article(slug=slug, title=title, path=Path(f"{slug}.md"), body="", category=category, tags=tags, updated=updated)


@pytest.mark.parametrize(("category", "tags", "expected"), [
    ("Ryg", (), "Ryg"),
    ("  skulder  og  nakke ", (), "Skulder og nakke"),
    (None, ("knæ", "løb"), "Knæ"),
    ("", ("", "hofte"), "Hofte"),
    (None, (), OTHER),
    ("   ", (), OTHER),
])
def test_category_of(category: str | None, tags: tuple[str, ...], expected: str) -> None:
    assert category_of(article("A", category, tags)) == expected


def test_groups_in_danish_order_with_other_last_and_titles_sorted() -> None:
    articles = [
        article("Zeta", "Ryg"), article("Beta", "ryg"), article("Alfa", None), article("Øvelser", "Ørespray"),
        article("Gamma", "Ærmer"), article("Delta", None, ("Albue",)), article("Epsilon", "Zone"),
        article("Ådal", "Aalborg"),
    ]
    groups = group_by_category(articles)
    assert [(g.name, g.count) for g in groups] == [
        ("Albue", 1), ("Ryg", 2), ("Zone", 1), ("Ærmer", 1), ("Ørespray", 1), ("Aalborg", 1), (OTHER, 1)]
    assert groups[1].slugs == ("beta", "zeta")  # "ryg" and "Ryg" are one topic, written as first seen
    assert groups[-1].is_other and not groups[0].is_other
    assert category_named(groups, " ryg ") is groups[1]
    assert category_named(groups, "Knæ") is None
    assert group_by_category([]) == []


def test_recently_updated_newest_first_undated_never() -> None:
    articles = [article("B", updated=dt.date(2024, 1, 1)), article("A", updated=dt.date(2025, 5, 1)),
                article("C"), article("D", updated=dt.date(2024, 1, 1))]
    assert [a.title for a in recently_updated(articles, 3)] == ["A", "B", "D"]
