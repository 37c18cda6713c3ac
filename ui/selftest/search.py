"""The self-test step for search: every article is found by its title, and hostile text answers without an error."""

from __future__ import annotations

from reader.articles import Library


def check_search(library: Library) -> list[str]:
    """Every article is found first by its own title, and hostile text answers without an error."""
    from reader.search import SearchIndex

    failures: list[str] = []
    index = SearchIndex.build(library.sorted())
    for article in library.sorted():
        hits = index.search(article.title, 50).hits
        if article.slug not in [hit.slug for hit in hits]:
            failures.append(f"{article.slug}: findes ikke ved en søgning på titlen")
    for text in ("' OR 1=1 --", "NEAR(", "*", "\x00", "😀", "x" * 10_000):
        try:
            index.search(text, 10)
        except Exception as error:  # the self-test reports, never crashes
            failures.append(f"søgning på {text[:20]!r} fejlede: {error}")
    return failures
