"""Postings without a BLAS: numpy arrays (what the index uses) against the standard library's array/memoryview.

    python -m bench postings          # or: python -m bench.postings [--count N]

Both answer the same typed prefixes over the same index (10,000 articles from bench/_corpus.py): the numpy
side is SearchIndex.search's scoring (reader.search.query.word_scores, ranking.totals and best); the array
side scores the same candidate terms with array('i')/array('f') postings read through memoryviews into
dicts, and picks the best with heapq. Snippets are left out of both (the same code either way). Printed:
the query time per keystroke (median, p95, worst), the time to turn built postings into each form, the
bytes of the postings, and what importing numpy costs (time, resident memory, disk).
"""

from __future__ import annotations

import argparse
import heapq
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from pathlib import Path

from bench._timing import p95

KEYS = ["lænd", "nervesmerter", "knæ", "skulder øvelser", "prolaps", "hvornår skal jeg søge læge", "iskias",
        "træning", "ryg", "hofte smerter", "fysioterapeut", "nerveglidning"]


class ArrayPostings:
    """The index's postings as standard-library arrays (4 + 4 + 2 bytes per posting, like numpy's)."""

    def __init__(self, index: object) -> None:
        self.off = array("q", index.post_off.tobytes())  # type: ignore[attr-defined]
        self.docs = memoryview(array("i", index.post_docs.astype("int32").tobytes()))  # type: ignore[attr-defined]
        self.weights = memoryview(array("f", index.post_weight.tobytes()))  # type: ignore[attr-defined]
        self.short_off = array("q", index.short_off.tobytes())  # type: ignore[attr-defined]
        self.short_docs = memoryview(array("i", index.short_docs.astype("int32").tobytes()))  # type: ignore[attr-defined]
        self.short_weights = memoryview(array("f", index.short_weight.tobytes()))  # type: ignore[attr-defined]
        self.rank = array("i", index.rank.tobytes())  # type: ignore[attr-defined]

    def nbytes(self) -> int:
        return sum(len(a) * a.itemsize for a in (self.off, self.docs, self.weights, self.short_off, self.short_docs,
                                               self.short_weights, self.rank))


def array_search(index: object, postings: ArrayPostings, text: str, limit: int) -> list[int]:
    """The best documents for typed text, scored as reader.search.ranking does, with dicts over arrays."""
    from reader import text as da
    from reader.search.query import SHORT_PREFIX, candidates
    from reader.search.ranking import PREFIX, WORD_BONUS

    words = da.query_words(text)
    typing = da.ends_in_word(da.clean(text))
    total: dict[int, float] = {}
    for i, word in enumerate(words):
        prefix = (typing and i == len(words) - 1) or len(word) >= 3
        found = candidates(index, word, prefix)  # type: ignore[arg-type]
        scores: dict[int, float] = {}
        k = da.loose(word)
        if prefix and 0 < len(k) <= SHORT_PREFIX and k in index._short_index:  # type: ignore[attr-defined]
            j = index._short_index[k]  # type: ignore[attr-defined]
            start, end = postings.short_off[j], postings.short_off[j + 1]
            for doc, weight in zip(postings.short_docs[start:end], postings.short_weights[start:end], strict=True):
                scores[doc] = weight * PREFIX
        for tid, quality in found.items():
            start, end = postings.off[tid], postings.off[tid + 1]
            get = scores.get
            for doc, weight in zip(postings.docs[start:end], postings.weights[start:end], strict=True):
                value = weight * quality
                if value > get(doc, 0.0):
                    scores[doc] = value
        for doc, value in scores.items():
            total[doc] = total.get(doc, 0.0) + value + WORD_BONUS
    rank = postings.rank
    return [doc for doc, _ in heapq.nsmallest(limit, total.items(), key=lambda item: (-item[1], rank[item[0]]))]


def numpy_search(index: object, text: str, limit: int) -> list[int]:
    from reader.search.query import query_words
    from reader.search.ranking import best, totals

    index._word_cache.clear()  # type: ignore[attr-defined]  # as the array side: every keystroke scored afresh
    words = query_words(index, text)  # type: ignore[arg-type]
    return best(totals(words, index.n_docs), index.rank, limit)[0]  # type: ignore[attr-defined]


def _import_cost() -> tuple[float, float]:
    code = ("import time; s = open('/proc/self/statm').read().split()[1]; t = time.perf_counter(); import numpy; "
            "print(time.perf_counter() - t, (int(open('/proc/self/statm').read().split()[1]) - int(s)) * 4096 / 1048576)")
    found = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
             for _ in range(5)]
    return statistics.median(float(f[0]) for f in found) * 1000, statistics.median(float(f[1]) for f in found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench postings")
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    import numpy as np

    from bench._corpus import generate
    from reader.articles import Library, Source
    from reader.search import SearchIndex

    with tempfile.TemporaryDirectory(prefix="bench-postings-") as tmp:
        generate(Path(tmp), args.count)
        articles = Library.load([Source(Path(tmp))]).sorted()
    index = SearchIndex.build(articles)
    started = time.perf_counter()
    postings = ArrayPostings(index)
    convert_ms = (time.perf_counter() - started) * 1000
    keys = [w[:n] for w in KEYS for n in range(1, len(w) + 1)]
    for text in keys:  # the same answers (ties may order differently: compare the sets)
        a, b = set(array_search(index, postings, text, 20)), set(numpy_search(index, text, 20))
        if len(a ^ b) > 2:
            print(f"differ for {text!r}: {len(a ^ b)} documents")
    timings: dict[str, list[float]] = {"numpy": [], "array": []}
    for _ in range(3):  # interleaved
        for text in keys:
            started = time.perf_counter()
            numpy_search(index, text, 20)
            timings["numpy"].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            array_search(index, postings, text, 20)
            timings["array"].append((time.perf_counter() - started) * 1000)
    np_bytes = sum(getattr(index, n).nbytes for n in ("weights", "post_off", "post_docs", "post_codes", "post_section", "short_off",
                                                       "short_docs", "short_codes", "short_section", "rank"))
    import_ms, import_mb = _import_cost()
    site = Path(np.__file__).parent
    disk = sum(p.stat().st_size for p in [*site.rglob("*"), *site.parent.glob("numpy.libs/*")] if p.is_file()) / 1e6
    print(f"postings, {args.count:,} articles, {len(keys)} keystrokes × 3, scoring only (no snippets), ms:")
    print(f"{'':24}{'median':>9}{'p95':>9}{'worst':>9}")
    for name, values in timings.items():
        print(f"{name:24}{statistics.median(values):9.2f}{p95(values):9.2f}{max(values):9.2f}")
    ratio = p95(timings["array"]) / p95(timings["numpy"])
    print(f"array p95 / numpy p95: {ratio:.1f}x")
    print(f"postings bytes: numpy {np_bytes / 1e6:.1f} MB, array {postings.nbytes() / 1e6:.1f} MB; "
          f"numpy → array {convert_ms:.0f} ms")
    print(f"import numpy: {import_ms:.0f} ms, +{import_mb:.1f} MB resident, {disk:.0f} MB on disk (with numpy.libs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
