"""Slugs for files and heading anchors, and ASCII folding of Danish letters."""

from __future__ import annotations

import re
import unicodedata

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa", "ß": "ss"})
_NOT_SLUG = re.compile(r"[^a-z0-9_]+")


def ascii_fold(text: str) -> str:
    """Lower case, Danish letters spelled out, other accents removed.

    "Lænden" ⇒ "laenden";  "Åbo Ørsted" ⇒ "aabo oersted";  "Café" ⇒ "cafe"
    """
    text = text.translate(_DANISH).lower()
    if text.isascii():  # the common case once æ, ø, å are spelled out: nothing left to decompose
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(text: str, fallback: str = "artikel") -> str:
    """A URL- and file-safe slug.

    "Nervetryk i lænden" ⇒ "nervetryk-i-laenden"
    "Hvad er 'røde flag'?" ⇒ "hvad-er-roede-flag"
    "???" ⇒ fallback
    """
    folded = ascii_fold(text)
    slug = _NOT_SLUG.sub("-", folded).strip("-")
    return slug[:120].rstrip("-") or fallback
