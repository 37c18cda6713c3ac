"""Review dates: which articles staff should look over ("Bør gennemgås"), never shown in the kiosk."""

from __future__ import annotations

import datetime as dt

from reader.articles import Article, Level, Library, Problem
from reader.dates import short_date

REVIEW_LABEL = "Bør gennemgås"


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` earlier, clamped to the month's end.

    (2026-03-31, 1) ⇒ 2026-02-28
    (2026-11-30, 24) ⇒ 2024-11-30
    """
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - every month has a 28th


def review_reason(article: Article, today: dt.date, months: int = 24, cutoff: dt.date | None = None) -> str | None:
    """Why an article is due for review, in plain Danish, or None when it is not.

    reviewBy passed ⇒ "Gennemgangsdatoen 01-06-2025 er overskredet."
    lastUpdated more than `months` ago ⇒ "Sidst opdateret 12-01-2023, over 24 måneder siden."
    """
    return _reason(article.review_by, article.updated, today, months, cutoff or months_before(today, months))


def _reason(review_by: dt.date | None, updated: dt.date | None, today: dt.date, months: int, cutoff: dt.date) -> str | None:
    if review_by is not None:
        if review_by < today:
            return f"Gennemgangsdatoen {short_date(review_by)} er overskredet."
        return None  # an explicit future review date wins over the age rule
    if updated is not None and updated < cutoff:
        return f"Sidst opdateret {short_date(updated)}, over {months} måneder siden."
    return None


def due_for_review(library: Library, today: dt.date | None = None, months: int = 24) -> dict[str, str]:
    """slug ⇒ reason for every article due for review (the bundled articles never are: they are program files)."""
    today = today or dt.date.today()
    cutoff = months_before(today, months)
    due: dict[str, str] = {}
    listing = library.listing()  # the list fields only: the start-up shelf makes no Article for this
    for slug, source, review_by, updated in zip(listing.slugs, listing.sources, listing.review_by, listing.updated,
                                                strict=True):
        if source == "bundled":
            continue  # the program's own articles: a clinic cannot edit them, the next release updates them
        if review_by is None and (updated is None or updated >= cutoff):
            continue  # the common case, without building a reason
        reason = _reason(review_by, updated, today, months, cutoff)
        if reason:
            due[slug] = reason
    return due


def review_problems(library: Library, today: dt.date | None = None, months: int = 24,
                    due: dict[str, str] | None = None) -> list[Problem]:
    """The review marks as problems-list rows (level REVIEW), with what to do (due: an already computed due_for_review)."""
    rows: list[Problem] = []
    for slug, reason in (due if due is not None else due_for_review(library, today, months)).items():
        article = library.listed(slug)  # no body needed: the start-up shelf reads no file for it
        if article is not None:
            rows.append(Problem(article.path, Level.REVIEW, f"{article.title}: {reason}",
                                "Læs artiklen igennem, ret den, og sæt en ny lastUpdated eller reviewBy."))
    return rows
