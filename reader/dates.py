"""Dates written for people, in Danish or English, without depending on the system locale."""

from __future__ import annotations

import datetime as dt

_MONTHS = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def long_date(date: dt.date, lang: str = "da") -> str:
    """A date in words.

    date(2025, 10, 12), "da" ⇒ "12. oktober 2025"
    date(2025, 10, 12), "en" ⇒ "12 October 2025"
    """
    if lang == "en":
        return f"{date.day} {_MONTHS['en'][date.month - 1]} {date.year}"
    return f"{date.day}. {_MONTHS['da'][date.month - 1]} {date.year}"


def short_date(date: dt.date, lang: str = "da") -> str:
    """A compact date for lists: date(2025, 10, 12) ⇒ "12.10.2025" (da), "12 Oct 2025" (en)."""
    if lang == "en":
        return f"{date.day} {_MONTHS['en'][date.month - 1][:3]} {date.year}"
    return f"{date.day:02d}.{date.month:02d}.{date.year}"


def updated_line(date: dt.date | None, lang: str = "da") -> str:
    """ "Opdateret 12. oktober 2025", or "" when the article has no date."""
    if date is None:
        return ""
    return f"Updated {long_date(date, 'en')}" if lang == "en" else f"Opdateret {long_date(date, 'da')}"
