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


def test_a_clinic_article_replaces_the_bundled_one_with_the_same_slug(tmp_path: Path) -> None:
    from reader.resources import bundled_articles_dir
    from reader.settings import Settings
    from reader.sources import library_sources

    clinic = tmp_path / "klinik"
    clinic.mkdir()
    write(clinic, "Nervesmerter.md", "Nervesmerter – klinikkens udgave")
    sources = library_sources(Settings(clinic_folder=str(clinic)))
    assert [(s.folder, s.name) for s in sources] == [(bundled_articles_dir(), "bundled"), (clinic, "clinic")]
    library = LibraryCache().load(sources)
    article = library.get("nervesmerter")
    assert len(library) == 5 and article is not None
    assert article.source == "clinic" and article.title == "Nervesmerter – klinikkens udgave"
    assert library.get("nerveledning").source == "bundled"


def test_the_default_clinic_folder_is_created_on_first_run(_fresh_home: Path) -> None:
    from reader.settings import Settings
    from reader.sources import library_sources

    sources = library_sources(Settings())
    assert sources[-1].name == "clinic" and sources[-1].folder == _fresh_home / "data" / "articles"
    assert sources[-1].folder.is_dir()
    missing = library_sources(Settings(clinic_folder=str(_fresh_home / "netvaerk" / "findes-ikke")))
    assert not missing[-1].folder.exists()  # a chosen folder is never created; it is named as a problem
    library = LibraryCache().load(missing)
    assert any("findes ikke" in p.message for p in library.problems) and len(library) == 5


def test_disk_cache_serves_a_new_run_and_follows_changes(tmp_path: Path) -> None:
    from reader.article_cache import ArticleCache

    folder = tmp_path / "a"
    folder.mkdir()
    for n in range(5):
        write(folder, f"a{n}.md", f"Artikel {n}")
    sources = [Source(folder, "clinic")]
    cache_file = tmp_path / "cache.json"
    LibraryCache(ArticleCache(cache_file)).load(sources)
    disk = ArticleCache(cache_file)
    library = LibraryCache(disk).load(sources)
    assert len(library) == 5 and disk.hits == 5 and disk.misses == 0
    write(folder, "a1.md", "Ændret på disken, længere titel")
    (folder / "a4.md").unlink()
    disk = ArticleCache(cache_file)
    cache = LibraryCache(disk)
    library = cache.load(sources)
    assert disk.misses == 1 and library.get("a1").title.startswith("Ændret") and library.get("a4") is None
    write(folder, "a2.md", "Anden ændring i samme kørsel")
    library = cache.load(sources)  # the second pass of the same run: from memory, the disk cache is left alone
    assert library.get("a2").title.startswith("Anden")
    written = cache_file.stat().st_mtime_ns
    write(folder, "a3.md", "Tredje ændring")
    assert cache.load(sources).get("a3").title.startswith("Tredje") and cache_file.stat().st_mtime_ns == written
    again = ArticleCache(cache_file)  # the next run reads the changed files again (size and time differ)
    assert again.load_article(folder / "a2.md", "clinic").article.title.startswith("Anden") and again.misses == 1


def test_no_cycle_collection_runs_while_a_load_builds_its_objects(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import gc

    from reader.article_cache import ArticleCache

    for n in range(30):
        write(tmp_path, f"a{n}.md", f"Artikel {n}")
    cache = LibraryCache(ArticleCache(tmp_path / "cache" / "library-cache.marshal"))
    during: list[bool] = []
    original = cache.load_file
    monkeypatch.setattr(cache, "load_file", lambda path, source: (during.append(gc.isenabled()), original(path, source))[1])
    frozen_before = gc.get_freeze_count()
    try:
        assert gc.isenabled()
        assert len(cache.load([Source(tmp_path, "clinic")])) == 30
        assert during and not any(during)  # the collector waited for the whole load
        assert gc.isenabled()  # and runs again after it
        assert gc.get_freeze_count() >= frozen_before + 30  # the first load's objects: never walked again
        gc.disable()
        cache.load([Source(tmp_path, "clinic")])
        assert not gc.isenabled()  # a collector someone else switched off stays off
    finally:
        gc.enable()
        gc.unfreeze()
