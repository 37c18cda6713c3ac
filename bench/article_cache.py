"""The article cache's file format at 10,000 articles: JSON (before) against marshal (reader/article_cache.py).

    python -m bench article_cache      # or: python -m bench.article_cache [--count N] [--runs N]

The same entries (bench/_corpus.py's articles, loaded once through the cache) are written and read back in
each layout, interleaved in one run: JSON of a dict per article (the layout before), marshal of the same
dicts, and marshal of a tuple per article behind a CRC-32 (the app's layout, encode_cache/decode_cache).
"Read" is bytes → entries (the file is in the page cache); "start" is the whole cached load of the library.
"""

from __future__ import annotations

import argparse
import json
import marshal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Measure and print the table; 0."""
    parser = argparse.ArgumentParser(prog="python -m bench article_cache")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    from bench._corpus import generate
    from reader import article_cache
    from reader.article_cache import ArticleCache, decode_cache, encode_cache, load_library
    from reader.articles import Source

    with tempfile.TemporaryDirectory(prefix="bench-article-cache-") as tmp:
        folder = Path(tmp) / "artikler"
        generate(folder, args.count)
        sources = [Source(folder, "clinic")]
        cache_file = Path(tmp) / article_cache.FILE_NAME
        load_library(sources, ArticleCache(cache_file))
        entries = decode_cache(cache_file.read_bytes())
        assert len(entries) == args.count, len(entries)
        names = [name for name, _kind in article_cache._STORED]
        as_dicts: dict[str, list[Any]] = {
            key: [*entry[:3], None if entry[3] is None else dict(zip(names, entry[3], strict=True)),
                  [list(p) for p in entry[4]]] for key, entry in entries.items()}
        json_bytes = json.dumps({"schema": "s", "files": as_dicts}, ensure_ascii=False,
                                separators=(",", ":")).encode("utf-8")
        dict_bytes = marshal.dumps(("s", as_dicts), 4)
        ours = encode_cache(entries)
        layouts: dict[str, tuple[int, list[float], list[float]]] = {
            "JSON, a dict per article (before)": (len(json_bytes), [], []),
            "marshal, a dict per article": (len(dict_bytes), [], []),
            "marshal, a tuple per article + CRC-32 (the app)": (len(ours), [], []),
        }
        readers = [lambda: json.loads(json_bytes.decode("utf-8")), lambda: marshal.loads(dict_bytes),
                   lambda: decode_cache(ours)]
        writers = [lambda: json.dumps({"schema": "s", "files": as_dicts}, ensure_ascii=False, separators=(",", ":")),
                   lambda: marshal.dumps(("s", as_dicts), 4), lambda: encode_cache(entries)]
        for _ in range(args.runs):  # interleaved: a busy moment hits every layout alike
            for (_size, reads, writes), read, write in zip(layouts.values(), readers, writers, strict=True):
                reads.append(_ms(read, 1))
                writes.append(_ms(write, 1))
        start = _ms(lambda: load_library(sources, ArticleCache(cache_file)), args.runs)
    base = statistics.median(next(iter(layouts.values()))[1])
    print(f"article cache, {args.count:,} articles, median of {args.runs}")
    print(f"{'layout':52} {'MB':>6} {'read ms':>8} {'ratio':>6} {'write ms':>9}")
    for name, (size, reads, writes) in layouts.items():
        read = statistics.median(reads)
        print(f"{name:52} {size / 1e6:6.1f} {read:8.0f} {read / base:6.2f} {statistics.median(writes):9.0f}")
    print(f"{'whole cached library load (walk, stat, decode)':52} {'':6} {start:8.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
