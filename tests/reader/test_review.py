"""Review dates: reviewBy passed or lastUpdated older than the setting gives a "Bør gennemgås" row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.articles import Article, Level, Library
from reader.review import due_for_review, months_before, review_problems, review_reason

TODAY = dt.date(2026, 11, 30)


def article(slug: str, updated: dt.date | None = None, review_by: dt.date | None = None) -> Article:
    return Article(slug, slug.title(), Path(f"/x/{slug}.md"), "", updated=updated, review_by=review_by, source="clinic")


@pytest.mark.parametrize(
    ("updated", "review_by", "months", "due"),
    [
        (dt.date(2024, 11, 30), None, 24, False),
        (dt.date(2024, 11, 29), None, 24, True),
        (dt.date(2025, 12, 1), None, 12, False),
        (dt.date(2025, 11, 1), None, 12, True),
        (None, None, 24, False),
        (dt.date(2026, 1, 1), dt.date(2026, 11, 29), 24, True),
        (dt.date(2026, 1, 1), dt.date(2026, 11, 30), 24, False),
        (dt.date(2010, 1, 1), dt.date(2027, 1, 1), 24, False),
    ],
)
def test_review_rule(updated: dt.date | None, review_by: dt.date | None, months: int, due: bool) -> None:
    assert (review_reason(article("a", updated, review_by), TODAY, months) is not None) is due


def test_months_before_clamps_to_month_end() -> None:
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2024, 3, 31), 1) == dt.date(2024, 2, 29)
    assert months_before(dt.date(2026, 1, 15), 13) == dt.date(2024, 12, 15)


def test_review_rows_in_plain_danish() -> None:
    library = Library([article("gammel", dt.date(2020, 5, 1)), article("ny", dt.date(2026, 5, 1)),
                       article("frist", review_by=dt.date(2026, 1, 2))])
    assert set(due_for_review(library, TODAY)) == {"gammel", "frist"}
    rows = review_problems(library, TODAY)
    assert all(r.level is Level.REVIEW and r.level.danish == "Bør gennemgås" and r.advice for r in rows)
    assert any("01.05.2020" in r.message and "24 måneder" in r.message for r in rows)
    assert any("02.01.2026" in r.message and "overskredet" in r.message for r in rows)


def test_bundled_articles_are_never_due() -> None:
    old = Article("gammel", "Gammel", Path("/program/gammel.md"), "", updated=dt.date(2020, 5, 1), source="bundled")
    assert due_for_review(Library([old]), TODAY) == {} and review_problems(Library([old]), TODAY) == []
