"""The article cache: same library as a plain load, files re-read only when they change, never trusted blindly."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from reader.article_cache import ArticleCache, load_library
from reader.articles import Library, Source

TEXT = "---\ntitle: Ømme skuldre\nlastUpdated: 19/02/2025\ntags: [skulder, smerte]\n---\n\nTekst om æ, ø og å.\n"


def _snapshot(library: Library) -> list[tuple[object, ...]]:
    return [(a.slug, a.title, a.body, a.updated, a.tags, a.path) for a in library.sorted()] + [
        (p.path, p.level, p.message) for p in library.problems]


def test_cached_load_equals_a_plain_load(write_article: Callable[..., Path], tmp_path: Path) -> None:
    write_article("skulder.md", TEXT)
    write_article("tom.md", b"\x00\x01binary")
    sources = [Source(tmp_path / "library")]
    cache_file = tmp_path / "cache.json"
    first = load_library(sources, ArticleCache(cache_file))
    cache = ArticleCache(cache_file)
    second = load_library(sources, cache)
    assert cache.hits == 2 and cache.misses == 0
    assert _snapshot(first) == _snapshot(second) == _snapshot(Library.load(sources))


def test_a_changed_file_is_read_again(write_article: Callable[..., Path], tmp_path: Path) -> None:
    path = write_article("skulder.md", TEXT)
    sources = [Source(tmp_path / "library")]
    cache_file = tmp_path / "cache.json"
    load_library(sources, ArticleCache(cache_file))
    path.write_text(TEXT.replace("Ømme skuldre", "Stive skuldre"), "utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    cache = ArticleCache(cache_file)
    library = load_library(sources, cache)
    assert cache.misses == 1
    assert library.sorted()[0].title == "Stive skuldre"


def test_a_damaged_or_foreign_cache_is_ignored(write_article: Callable[..., Path], tmp_path: Path) -> None:
    write_article("skulder.md", TEXT)
    sources = [Source(tmp_path / "library")]
    cache_file = tmp_path / "cache.json"
    for content in ("{not json", json.dumps({"schema": "other", "files": {}}), json.dumps([1, 2])):
        cache_file.write_text(content, "utf-8")
        cache = ArticleCache(cache_file)
        assert load_library(sources, cache).sorted()[0].title == "Ømme skuldre"
        assert cache.misses == 1


def test_an_unwritable_cache_folder_does_not_fail_the_load(write_article: Callable[..., Path], tmp_path: Path) -> None:
    write_article("skulder.md", TEXT)
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    library = load_library([Source(tmp_path / "library")], ArticleCache(blocker / "cache.json"))
    assert len(library) == 1
