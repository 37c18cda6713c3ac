"""The search service while a big library is re-indexed: the old index answers, without articles that are gone."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.articles import Library, Source
from ui.sidebar.search_service import SearchService


def _library(folder: Path, count: int) -> Library:
    for n in range(count):
        (folder / f"a{n:03}.md").write_text(f"---\ntitle: Artikel {n}\n---\nOrdet unik{n}ord står her.\n",
                                            encoding="utf-8")
    return Library.load([Source(folder, "clinic")])


def test_the_previous_index_answers_until_the_new_one_is_built(qtbot: QtBot, tmp_path: Path) -> None:
    library = _library(tmp_path, 250)  # over the size that is indexed in the background
    service = SearchService(library, use_cache=False)
    assert service.wait_ready()
    assert [hit.slug for hit in service.search("unik7ord").hits] == ["a007"]
    (tmp_path / "a007.md").unlink()
    service.set_library(Library.load([Source(tmp_path, "clinic")]))
    assert service._index_generation != service._generation  # updated in the background; the old index answers
    early = service.search("unik7ord")
    assert early is not None and early.hits == ()  # the deleted article is never offered
    assert [hit.slug for hit in service.search("unik8ord").hits] == ["a008"]  # the rest still found, ranked
    with qtbot.waitSignal(service.ready, timeout=30_000):
        pass
    assert service.wait_ready() and [hit.slug for hit in service.search("unik9ord").hits] == ["a009"]


def test_background_builds_keep_the_window_thread_quick(qtbot: QtBot, tmp_path: Path) -> None:
    """A big build makes the interpreter hand over often, and waits while the library is reloaded."""
    import sys

    from ui.library.workers import SWITCH_INTERVAL_S

    service = SearchService(_library(tmp_path, 250), use_cache=False)
    service.pause_build()  # a reload is running
    service._launch_pending()
    assert sys.getswitchinterval() <= SWITCH_INTERVAL_S
    assert not service.wait_ready(timeout=0.3)  # held back while paused
    service.resume_build()
    assert service.wait_ready(timeout=30) and service.search("unik3ord").hits[0].slug == "a003"


def test_an_edited_article_updates_the_index_in_place(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reader.search import SearchIndex

    service = SearchService(_library(tmp_path, 250), use_cache=False)
    assert service.wait_ready()

    def no_build(*_args: object, **_kwargs: object) -> SearchIndex:
        raise AssertionError("built anew")

    monkeypatch.setattr(SearchIndex, "build", no_build)
    (tmp_path / "a042.md").write_text("---\ntitle: Artikel 42\n---\nNu om blåbærsaft.\n", encoding="utf-8")
    service.set_library(Library.load([Source(tmp_path, "clinic")]))
    assert service.wait_ready(timeout=30)  # no pause before it: the update starts at once
    assert [hit.slug for hit in service.search("blåbærsaft").hits] == ["a042"]
    assert "a042" not in [hit.slug for hit in service.search("unik42ord").hits]  # its old word is gone (typos of it match others)
    assert [hit.slug for hit in service.search("unik41ord").hits] == ["a041"]


def test_no_cycle_collection_while_a_background_build_runs(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The index's many lists and dicts made full collections of 40-90 ms that held the window's frames too."""
    import gc

    from ui.sidebar import search_service

    seen: list[bool] = []
    build = search_service.build_or_load

    def watched(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(search_service, "build_or_load", watched)
    service = SearchService(_library(tmp_path, 250), use_cache=False)
    assert service.wait_ready() and service.search("unik3ord").hits[0].slug == "a003"
    assert seen == [False]
    assert gc.isenabled()
