"""The start-up shelf (reader/shelf.py): the list without bodies, written after a load, read before the first paint."""

from __future__ import annotations

from pathlib import Path

from reader.article_cache import ArticleCache
from reader.articles import Library, Source
from reader.library_cache import LibraryCache
from reader.shelf import FILE_NAME, ShelfLibrary, encode_shelf, read_shelf, write_shelf


def _article(title: str, body: str, updated: str = "01/03/2025", extra: str = "") -> str:
    return f"---\ntitle: {title}\nlastUpdated: {updated}\n{extra}---\n\n{body}\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "klinik"
    (folder / "es").mkdir(parents=True)
    (folder / "ryg.md").write_text(_article("Ryg", "Rygtekst.", extra="category: Ryg\ntags: [a, b]\n"), "utf-8")
    (folder / "es" / "ryg.md").write_text(_article("Ryg på spansk", "Espalda."), "utf-8")
    (folder / "Ørebetændelse.md").write_text(_article("Ørebetændelse", "Øre."), "utf-8")
    (folder / "ankel.md").write_text(_article("Ankel", "Ankel.", updated="31/12/2024"), "utf-8")
    return folder


def test_the_shelf_keeps_the_list_in_order_without_bodies(tmp_path: Path) -> None:
    sources = [Source(_folder(tmp_path), "clinic")]
    library = Library.load(sources)
    file = tmp_path / FILE_NAME
    write_shelf(library, sources, file)
    shelf = read_shelf(sources, file)
    assert isinstance(shelf, ShelfLibrary)
    assert [a.slug for a in shelf.sorted()] == [a.slug for a in library.sorted()]  # Danish order, as stored
    assert [a.slug for a in shelf.sorted()] == ["ankel", "ryg", "es-ryg", "oerebetaendelse"]
    for shelved, real in zip(shelf.sorted(), library.sorted(), strict=True):
        assert shelved.body == ""  # the list needs no bodies
        assert (shelved.title, shelved.path, shelved.updated, shelved.category, shelved.tags, shelved.source) == (
            real.title, real.path, real.updated, real.category, real.tags, real.source)
    assert shelf.problems == []
    assert shelf.resolve_link("ryg.md", tmp_path / "klinik" / "es") == library.resolve_link("ryg.md", tmp_path / "klinik" / "es")


def test_an_article_asked_for_is_read_from_its_file_now(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    sources = [Source(folder, "clinic")]
    file = tmp_path / FILE_NAME
    write_shelf(Library.load(sources), sources, file)
    (folder / "ryg.md").write_text(_article("Ryg", "Rettet siden sidst."), "utf-8")  # the shelf is stale
    shelf = read_shelf(sources, file)
    assert shelf is not None
    ryg = shelf.get("ryg")
    assert ryg is not None and "Rettet siden sidst." in ryg.body
    spanish = shelf.get("es-ryg")  # the slug the library gave it, not the file's own name
    assert spanish is not None and spanish.slug == "es-ryg" and "Espalda." in spanish.body
    (folder / "ankel.md").unlink()
    assert shelf.get("ankel") is None and shelf.get("nothing") is None


def test_a_damaged_foreign_or_other_sources_shelf_is_ignored(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    sources = [Source(folder, "clinic")]
    data = encode_shelf(Library.load(sources), sources)
    file = tmp_path / FILE_NAME
    assert read_shelf(sources, file) is None  # none yet
    damaged = bytearray(data)
    damaged[len(damaged) // 2] ^= 0xFF
    for content in (bytes(damaged), data[: len(data) // 2], b"", b"PRSH1\n\x00\x00\x00\x00", b"garbage" * 100):
        file.write_bytes(content)
        assert read_shelf(sources, file) is None
    file.write_bytes(data)
    assert read_shelf(sources, file) is not None
    assert read_shelf([Source(tmp_path, "clinic")], file) is None  # another folder
    assert read_shelf([Source(folder, "bundled")], file) is None
    empty = tmp_path / "empty"
    empty.mkdir()
    write_shelf(Library.load([Source(empty, "clinic")]), [Source(empty, "clinic")], file)
    assert read_shelf([Source(empty, "clinic")], file) is None  # nothing to show early


def test_the_library_cache_writes_the_shelf_after_a_load_that_changed_the_list(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    sources = [Source(folder, "clinic")]
    cache = LibraryCache(ArticleCache(tmp_path / "cache" / "library-cache.marshal"))
    shelf_file = tmp_path / "cache" / FILE_NAME
    library = cache.load(sources)
    assert library._listing is not None  # the list's columns made in the loader's thread, not the window's
    shelf = read_shelf(sources, shelf_file)
    assert shelf is not None and len(shelf) == 4
    (folder / "knæ.md").write_text(_article("Knæ", "Knæ."), "utf-8")
    cache.load(sources)
    shelf = read_shelf(sources, shelf_file)
    assert shelf is not None and "knae" in shelf
    (folder / "ankel.md").unlink()
    cache.load(sources)
    shelf = read_shelf(sources, shelf_file)
    assert shelf is not None and "ankel" not in shelf and len(shelf) == 4


def test_the_shelf_is_read_without_a_cycle_collection(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import gc

    from reader import shelf as shelf_module

    sources = [Source(_folder(tmp_path), "clinic")]
    file = tmp_path / FILE_NAME
    write_shelf(Library.load(sources), sources, file)
    during: list[bool] = []
    decode = shelf_module.decode_shelf
    monkeypatch.setattr(shelf_module, "decode_shelf", lambda data, src: (during.append(gc.isenabled()), decode(data, src))[1])
    assert gc.isenabled()
    assert read_shelf(sources, file) is not None
    assert during == [False] and gc.isenabled()


def test_the_shelf_keeps_the_loads_problems_and_lists_articles_without_reading_their_files(tmp_path: Path) -> None:
    from reader.articles import Level
    from reader.review import due_for_review, review_problems

    folder = _folder(tmp_path)
    (folder / "knæ.md").write_text(_article("Ankel", "Samme titel som ankel.md.", updated="01/01/2020"), "utf-8")
    (folder / "tom.md").write_bytes(b"")  # an error: not loaded
    sources = [Source(folder, "clinic")]
    library = Library.load(sources)
    assert {p.level for p in library.problems} == {Level.WARNING, Level.ERROR}
    file = tmp_path / FILE_NAME
    write_shelf(library, sources, file)
    shelf = read_shelf(sources, file)
    assert shelf is not None
    assert shelf.problems == library.problems  # the status bar's count is right at the first paint
    for path in folder.rglob("*.md"):
        path.unlink()  # from here on, reading a file would find nothing
    listed = shelf.listed("knae")
    assert listed is not None and listed.title == "Ankel" and listed.body == ""
    due = due_for_review(shelf)
    assert "knae" in due
    rows = review_problems(shelf, due=due)  # the review rows need titles and paths only: no file is read
    assert [row.path.name for row in rows] == ["knæ.md"]
    assert shelf._loaded == {}
    assert library.listed("knae") is library.get("knae")


def test_the_shelfs_listing_is_the_librarys_and_makes_no_article(tmp_path: Path) -> None:
    from ui.sidebar.items import all_items

    folder = _folder(tmp_path)
    (folder / "gammel.md").write_text(_article("Gammel", "Gammel.", updated="01/01/2020", extra="reviewBy: 01/01/2021\n"), "utf-8")
    sources = [Source(folder, "clinic")]
    library = Library.load(sources)
    file = tmp_path / FILE_NAME
    write_shelf(library, sources, file)
    shelf = read_shelf(sources, file)
    assert shelf is not None
    assert shelf.listing() == library.listing()
    assert all_items(shelf) == all_items(library)  # the list rows, from the stored columns
    from reader.review import due_for_review

    assert due_for_review(shelf) == due_for_review(library) and "gammel" in due_for_review(shelf)
    assert "ryg" in shelf and "nothing" not in shelf and len(shelf) == len(library)
    assert shelf._made == {}  # no Article was made for any of that
    listed = shelf.listed("gammel")
    assert listed is not None and listed.review_by is not None and list(shelf._made) == [shelf._rows["gammel"]]


def test_a_shelf_of_an_older_layout_or_with_uneven_columns_is_ignored(tmp_path: Path) -> None:
    import marshal
    import zlib

    from reader import shelf as shelf_module

    sources = [Source(_folder(tmp_path), "clinic")]
    data = encode_shelf(Library.load(sources), sources)
    head = len(shelf_module.MAGIC) + 4
    schema, key, columns, problems = marshal.loads(data[head:])
    file = tmp_path / FILE_NAME
    uneven = (schema, key, (columns[0][:-1], *columns[1:]), problems)
    rows = (schema, key, [tuple(row) for row in zip(*columns, strict=True)], problems)  # layout 2: rows
    for payload in (marshal.dumps(uneven, 4), marshal.dumps(rows, 4)):
        file.write_bytes(shelf_module.MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)
        assert read_shelf(sources, file) is None
    old = marshal.dumps(rows, 4)
    file.write_bytes(b"PRSH2\n" + zlib.crc32(old).to_bytes(4, "big") + old)
    assert read_shelf(sources, file) is None


def test_a_shelf_the_same_as_the_kept_one_is_not_written_again_and_keeps_the_file_names(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    sources = [Source(folder, "clinic")]
    library = Library.load(sources)
    assert library.renamed() == {"es-ryg": "ryg"}  # es/ryg.md: its file's own name is taken by ryg.md
    file = tmp_path / FILE_NAME
    write_shelf(library, sources, file)
    shelf = read_shelf(sources, file)
    assert shelf is not None and shelf.renamed() == library.renamed()
    before = file.stat()
    write_shelf(Library.load(sources), sources, file)  # the next run's first load, nothing changed: no write
    after = file.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    (folder / "knæ.md").write_text(_article("Knæ", "Knæ."), "utf-8")
    write_shelf(Library.load(sources), sources, file)
    shelf = read_shelf(sources, file)
    assert shelf is not None and "knae" in shelf
