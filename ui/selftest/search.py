"""The self-test step for search: every article is found by its title, hostile text answers without an error, and
a big library's build in worker processes starts (in a frozen bundle too) and gives the same postings."""

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
    failures += _check_worker_processes(library)
    return failures


def _check_worker_processes(library: Library) -> list[str]:
    """The analysis of a library too big for one thread runs in spawned worker processes (a bundle needs
    freeze_support and the search code in it) and equals the same analysis in this thread."""
    from reader.search import parallel
    from reader.search.build import analyse_piece

    articles = library.sorted()
    if not articles:
        return []
    texts = [(a.title, a.body) for a in articles] * (parallel.MIN_DOCS // len(articles) + 1)
    pieces = parallel.analyse_in_processes(texts, 2)
    if pieces is None:
        return ["søgeindeksets arbejdsprocesser kunne ikke starte (bygges i én tråd)"]
    alone = analyse_piece(texts, 0, len(texts), with_stems=True)
    terms = {term for piece in pieces for term in piece.terms}
    if terms != set(alone.terms) or sum(len(piece.post_doc) for piece in pieces) != len(alone.post_doc):
        return ["søgeindeksets arbejdsprocesser gav et andet resultat end én tråd"]
    return []
