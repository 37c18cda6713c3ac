"""The library cache: a reload parses only new or changed files and forgets deleted ones."""

from __future__ import annotations

import os
from pathlib import Path

from reader.articles import Source
from reader.library_cache import LibraryCache


def write(folder: Path, name: str, title: str) -> Path:
    path = folder / name
    path.write_text(f"---\ntitle: {title}\n---\nTekst.\n", encoding="utf-8")
    return path


def test_reload_parses_only_what_changed(tmp_path: Path) -> None:
    for n in range(20):
        write(tmp_path, f"a{n}.md", f"Artikel {n}")
    cache = LibraryCache()
    sources = [Source(tmp_path, "clinic")]
    assert len(cache.load(sources)) == 20 and cache.parsed == 20
    assert len(cache.load(sources)) == 20 and cache.parsed == 0
    changed = write(tmp_path, "a3.md", "Ændret titel, længere end før")
    library = cache.load(sources)
    assert cache.parsed == 1 and library.get("a3") is not None and library.get("a3").title.startswith("Ændret")
    # Same size, new content, mtime forced back: the inode/ctime still tell (an editor's rename gives a new inode).
    stat = changed.stat()
    temp = tmp_path / ".a3.md.swp"
    temp.write_text("---\ntitle: Ændret titel, kortere end før!!\n---\nTekst.\n", encoding="utf-8")
    os.replace(temp, changed)
    os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    library = cache.load(sources)
    assert cache.parsed == 1 and library.get("a3").title == "Ændret titel, kortere end før!!"
    (tmp_path / "a5.md").unlink()
    library = cache.load(sources)
    assert "a5" not in library and len(library) == 19 and len(cache) == 19 and cache.parsed == 0


def test_cached_problems_are_reported_again(tmp_path: Path) -> None:
    (tmp_path / "tom.md").write_bytes(b"")
    cache = LibraryCache()
    first = cache.load([Source(tmp_path, "clinic")])
    second = cache.load([Source(tmp_path, "clinic")])
    assert [p.message for p in first.problems] == [p.message for p in second.problems] == ["Filen er tom."]
