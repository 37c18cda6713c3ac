"""The article cache: same library as a plain load, files re-read only when they change, never trusted blindly."""

from __future__ import annotations

import json
import marshal
import os
import zlib
from collections.abc import Callable
from pathlib import Path

from reader.article_cache import FILE_NAME, MAGIC, OLD_FILE_NAME, ArticleCache, encode_cache, load_library
from reader.articles import Library, Source

TEXT = "---\ntitle: Ømme skuldre\nlastUpdated: 19/02/2025\ntags: [skulder, smerte]\n---\n\nTekst om æ, ø og å.\n"


def _snapshot(library: Library) -> list[tuple[object, ...]]:
    return [(a.slug, a.title, a.body, a.updated, a.tags, a.path) for a in library.sorted()] + [
        (p.path, p.level, p.message) for p in library.problems]


def test_cached_load_equals_a_plain_load(write_article: Callable[..., Path], tmp_path: Path) -> None:
    write_article("skulder.md", TEXT)
    write_article("tom.md", b"\x00\x01binary")
    sources = [Source(tmp_path / "library")]
    cache_file = tmp_path / "cache.marshal"
    first = load_library(sources, ArticleCache(cache_file))
    cache = ArticleCache(cache_file)
    second = load_library(sources, cache)
    assert cache.hits == 2 and cache.misses == 0
    assert _snapshot(first) == _snapshot(second) == _snapshot(Library.load(sources))


def test_a_changed_file_is_read_again(write_article: Callable[..., Path], tmp_path: Path) -> None:
    path = write_article("skulder.md", TEXT)
    sources = [Source(tmp_path / "library")]
    cache_file = tmp_path / "cache.marshal"
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
    cache_file = tmp_path / "cache.marshal"
    load_library(sources, ArticleCache(cache_file))
    good = cache_file.read_bytes()
    flipped = bytearray(good)
    flipped[-20] ^= 0x40  # one bit of the payload: the CRC no longer matches
    payload = marshal.dumps(("other schema", {}))
    wrong_entry = {str(tmp_path / "library" / "skulder.md"): [1, 2, "bundled", (None,) * 3, [("x", "y", None)]]}
    damaged = [
        b"", b"{not json", json.dumps({"schema": "other", "files": {}}).encode(), good[:40], good[:-1], bytes(flipped),
        MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload,  # another version's schema
        MAGIC + zlib.crc32(b"\xff\x00").to_bytes(4, "big") + b"\xff\x00",  # a valid CRC of no marshal at all
        encode_cache(wrong_entry),  # right layout, entries that do not fit (wrong stamp and field count)
        encode_cache({"x": "not a list"}),
    ]
    for content in damaged:
        cache_file.write_bytes(content)
        cache = ArticleCache(cache_file)
        assert load_library(sources, cache).sorted()[0].title == "Ømme skuldre"
        assert cache.misses == 1
        assert ArticleCache(cache_file).load_article(tmp_path / "library" / "skulder.md", "bundled").article is not None


def test_an_entry_with_the_wrong_fields_is_read_again(write_article: Callable[..., Path], tmp_path: Path) -> None:
    path = write_article("skulder.md", TEXT)
    stat = path.stat()
    cache_file = tmp_path / "cache.marshal"
    cache_file.write_bytes(encode_cache({str(path): [stat.st_size, stat.st_mtime_ns, "bundled", ("kort",), []]}))
    cache = ArticleCache(cache_file)
    assert load_library([Source(tmp_path / "library")], cache).sorted()[0].title == "Ømme skuldre"
    assert cache.misses == 1 and cache.hits == 0


def test_the_cache_file_is_read_on_first_use_not_when_made(write_article: Callable[..., Path], tmp_path: Path) -> None:
    write_article("skulder.md", TEXT)
    sources = [Source(tmp_path / "library")]
    cache_file = tmp_path / "cache.marshal"
    load_library(sources, ArticleCache(cache_file))
    cache = ArticleCache(cache_file)  # made on the GUI thread before the first paint: must not read 25 MB
    cache_file.unlink()
    load_library(sources, cache)
    assert cache.misses == 1 and cache.hits == 0


def test_the_old_json_cache_is_removed_when_the_new_one_is_written(write_article: Callable[..., Path],
                                                                    tmp_path: Path) -> None:
    write_article("skulder.md", TEXT)
    old = tmp_path / OLD_FILE_NAME
    old.write_text("{}", "utf-8")
    load_library([Source(tmp_path / "library")], ArticleCache(tmp_path / FILE_NAME))
    assert not old.exists() and (tmp_path / FILE_NAME).read_bytes().startswith(MAGIC)


def test_an_unwritable_cache_folder_does_not_fail_the_load(write_article: Callable[..., Path], tmp_path: Path) -> None:
    write_article("skulder.md", TEXT)
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    library = load_library([Source(tmp_path / "library")], ArticleCache(blocker / "cache.json"))
    assert len(library) == 1


def test_the_entries_are_kept_in_parts_and_a_file_of_the_first_layout_is_ignored() -> None:
    from reader.article_cache import _SCHEMA, CHUNK, decode_cache

    files = {f"/a/{n}.md": [n, n * 10, "clinic", None, [("warning", f"m{n}", "")]] for n in range(CHUNK * 2 + 34)}
    data = encode_cache(files)
    assert decode_cache(data) == files
    parts = marshal.loads(data[len(MAGIC) + 4:])[1]
    assert len(parts) == 3  # each part decoded on its own: the window's thread is never held for all of them
    first_layout = marshal.dumps((_SCHEMA, files))  # one marshal of every entry, behind the first magic
    assert decode_cache(b"PRAC1\n" + zlib.crc32(first_layout).to_bytes(4, "big") + first_layout) == {}
    bad_part = marshal.dumps((_SCHEMA, [parts[0], marshal.dumps(["not", "a", "dict"])]))
    assert decode_cache(MAGIC + zlib.crc32(bad_part).to_bytes(4, "big") + bad_part) == {}


def test_a_body_is_stored_as_the_article_keeps_it(write_article: Callable[..., Path], tmp_path: Path) -> None:
    write_article("skulder.md", TEXT)
    sources = [Source(tmp_path / "library")]
    cache_file = tmp_path / "cache.marshal"
    first = load_library(sources, ArticleCache(cache_file))
    assert b"Tekst om" not in cache_file.read_bytes()  # packed (compressed), not as text
    second = load_library(sources, ArticleCache(cache_file))
    assert second.sorted()[0].body == first.sorted()[0].body == "Tekst om æ, ø og å.\n"
