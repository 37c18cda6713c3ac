"""Self-test steps that prove a bundle is complete: Danish sorting (ICU data), search, icon, Qt plugins."""

from __future__ import annotations

from reader import collation
from reader.articles import Library

# æ, ø, å sort after z in Danish (and "aa" with å), numbers by value.
DANISH_ORDER = ["abe", "Zebra", "æble", "Ørsted", "Øvelse 2", "Øvelse 10", "åben"]


def check_danish_order(library: Library) -> list[str]:
    """The Danish order every list uses (reader.collation), as frozen into the bundle."""
    found = sorted(reversed(DANISH_ORDER), key=collation.sort_key)
    return [] if found == DANISH_ORDER else [f"dansk sortering gav {found}"]


def check_search(library: Library) -> list[str]:
    """Every article is found by a word of its title, through the same service the sidebar asks."""
    from ui.sidebar.search_service import SearchService

    service = SearchService(library)
    wait = getattr(service, "wait_ready", None)
    if callable(wait):
        wait()
    failures = []
    for article in library.sorted():
        word = max(article.title.split(), key=len)
        slugs = [item.slug for item in service.items_for(word)]
        if article.slug not in slugs:
            failures.append(f"søgning på '{word}' fandt ikke {article.slug}")
    return failures


def check_bundle_files(library: Library) -> list[str]:
    """The app icon and the image plugins for article pictures and clinic logos load."""
    from PySide6.QtGui import QImageReader

    from ui.base.icons import app_icon

    failures = []
    if app_icon().isNull():
        failures.append("programikonet mangler (resources/icons)")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "jpg", "gif", "svg"} - formats
    if missing:
        failures.append(f"billedformater mangler: {', '.join(sorted(missing))}")
    return failures
