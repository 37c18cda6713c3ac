"""A start with a cached library: the list and the last article are there before the first paint (reader/shelf.py),
and the watcher's real load replaces them in place: the open article, the list's scroll and new files kept right."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader import paths
from reader.article_cache import ArticleCache
from reader.articles import Library, Source
from reader.library_cache import LibraryCache
from reader.resources import bundled_articles_dir
from reader.settings import Settings
from reader.shelf import FILE_NAME, ShelfLibrary
from ui import app
from ui.mainwindow.window import MainWindow

COUNT = 120


@pytest.fixture
def sources(tmp_path: Path) -> list[Source]:
    folder = tmp_path / "klinik"
    folder.mkdir()
    for n in range(COUNT):
        (folder / f"artikel-{n:03d}.md").write_text(
            f"---\ntitle: Artikel {n}\nlastUpdated: 01/03/2025\n---\n\nBrødtekst nummer {n}.\n", "utf-8")
    return [Source(bundled_articles_dir(), "bundled"), Source(folder, "clinic")]


@pytest.fixture
def start(qtbot: QtBot, sources: list[Source]) -> Iterator[object]:
    opened: list[MainWindow] = []

    def open_window(last: str, **settings: object) -> MainWindow:
        window = app.open_main_window(Library(), Settings(last_article=last, **settings), sources)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        opened.append(window)
        return window

    yield open_window
    for window in opened:
        watcher = window.content.watcher if shiboken6.isValid(window) else None
        if watcher is not None and shiboken6.isValid(watcher):  # pytest-qt may have closed and deleted it first
            watcher.stop()
            qtbot.waitUntil(lambda w=watcher: not w.busy, timeout=10000)
        if window in app._OPEN:
            app._OPEN.remove(window)


def _titles(window: MainWindow) -> list[str]:
    return [item.title for item in window.sidebar.model.items()]


def test_the_list_and_the_last_article_are_there_at_once_and_the_real_load_keeps_the_place(
        qtbot: QtBot, sources: list[Source], start) -> None:  # type: ignore[no-untyped-def]
    LibraryCache(ArticleCache()).load(sources)  # the last run: caches and the shelf written
    assert (paths.cache_dir() / FILE_NAME).is_file()
    clinic = sources[1].folder
    (clinic / "artikel-new.md").write_text("---\ntitle: Helt ny\n---\n\nNy.\n", "utf-8")  # since the last run
    window = start("artikel-010")
    # No event has been processed yet: what the first paint shows.
    assert isinstance(window.library, ShelfLibrary)
    assert window.sidebar.model.rowCount() == COUNT + 5
    assert "Helt ny" not in _titles(window)
    assert window.view.current_slug == "artikel-010"
    assert window.pages.currentWidget() is window.view
    assert "Brødtekst nummer 10." in window.view.toPlainText()
    assert window.sidebar.list_view.currentIndex().row() == window.sidebar.model.row_of("artikel-010")
    assert window.content.watcher is None  # the real load waits for the first paint (its decoding holds the GIL)
    # The list and its marks came from the shelf's columns: articles were made only for the open and the recent one.
    assert set(window.library._made) <= {window.library._rows["artikel-010"]}
    # Usable at once: another article clicked in the list opens with its text.
    row = window.sidebar.model.row_of("artikel-100")
    window.sidebar.list_view.scrollTo(window.sidebar.model.index(row, 0))
    rect = window.sidebar.list_view.visualRect(window.sidebar.model.index(row, 0))
    qtbot.mouseClick(window.sidebar.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.current_slug == "artikel-100"
    assert "Brødtekst nummer 100." in window.view.toPlainText()
    scroll = window.sidebar.list_view.verticalScrollBar().value()
    assert scroll > 0
    # The real load replaces the shelf: the new file is in, the open article and the list's place are kept.
    qtbot.waitUntil(lambda: not isinstance(window.library, ShelfLibrary), timeout=10000)
    assert "Helt ny" in _titles(window)
    assert window.sidebar.model.rowCount() == COUNT + 6
    assert window.view.current_slug == "artikel-100"
    assert "Brødtekst nummer 100." in window.view.toPlainText()
    assert window.sidebar.list_view.verticalScrollBar().value() == scroll
    assert window.sidebar.list_view.currentIndex().row() == window.sidebar.model.row_of("artikel-100")


def test_a_damaged_shelf_is_ignored_and_the_window_starts_as_without_one(
        qtbot: QtBot, sources: list[Source], start) -> None:  # type: ignore[no-untyped-def]
    LibraryCache(ArticleCache()).load(sources)
    shelf = paths.cache_dir() / FILE_NAME
    data = bytearray(shelf.read_bytes())
    data[-10] ^= 0xFF
    shelf.write_bytes(bytes(data))
    window = start("artikel-010")
    assert window.sidebar.model.rowCount() == 0 and window.view.current_slug is None
    qtbot.waitUntil(lambda: window.view.current_slug == "artikel-010", timeout=10000)  # reopened after the load
    assert window.sidebar.model.rowCount() == COUNT + 5



def test_the_shelf_stays_until_the_real_load_and_a_last_article_gone_since_shows_the_start_page(
        qtbot: QtBot, sources: list[Source], start, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    LibraryCache(ArticleCache()).load(sources)
    (sources[1].folder / "artikel-010.md").unlink()
    held: list[object] = []
    monkeypatch.setattr(MainWindow, "watch_library", lambda self, *args, **kwargs: held.append(args))
    window = start("artikel-010")
    assert window.view.current_slug is None and window.pages.currentWidget() is window.start_page
    qtbot.waitUntil(lambda: bool(held), timeout=2000)  # after the first paint: nothing has cleared the list
    qtbot.wait(100)
    assert window.sidebar.model.rowCount() == COUNT + 5
    assert isinstance(window.library, ShelfLibrary)


def test_a_start_that_reopens_an_article_builds_the_start_page_only_when_it_is_first_shown(
        qtbot: QtBot, sources: list[Source], start) -> None:  # type: ignore[no-untyped-def]
    LibraryCache(ArticleCache()).load(sources)
    window = start("artikel-010")
    assert window.view.current_slug == "artikel-010" and window._start_page is None  # not built behind the article
    qtbot.waitUntil(lambda: not isinstance(window.library, ShelfLibrary), timeout=10000)  # the real load is in
    assert window._start_page is None
    window.reading.consultation.enter()
    window.reading.consultation.leave()
    window.show_start_page()  # Alt+Home: built now, filled with the library, in front
    page = window.start_page
    assert window.pages.currentWidget() is page and page.isVisible()
    updated = page.updated.list
    assert updated.topLevelItemCount() == 5 and page.topics.list.topLevelItemCount() >= 1
    window.view.setFocus()
    window.back_action.trigger()  # Back returns to the article
    assert window.view.current_slug == "artikel-010" and window.pages.currentWidget() is window.view


def test_a_reopened_article_from_the_shelf_marks_no_section_until_it_is_read(
        qtbot: QtBot, sources: list[Source], start) -> None:  # type: ignore[no-untyped-def]
    """Opened before the window was shown, the article was laid out at a placeholder size: the contents must not
    mark its last section as the one being read (it did, until the real load came)."""
    LibraryCache(ArticleCache()).load(sources)
    window = start("nervesmerter")  # the bundled article with many sections and questions
    assert window.view.current_slug == "nervesmerter"
    qtbot.waitExposed(window)
    toc = window.reading.toc
    assert len(toc.anchors()) > 3
    assert toc.current_anchor == ""
    assert toc.tree.currentItem() is None
    qtbot.waitUntil(lambda: not isinstance(window.library, ShelfLibrary), timeout=10000)  # the real load is in
    qtbot.waitUntil(lambda: not window.content.watcher.busy, timeout=10000)
    assert toc.current_anchor == ""


def test_the_first_paint_is_the_final_picture_when_nothing_changed_on_disk(
        qtbot: QtBot, sources: list[Source], start) -> None:  # type: ignore[no-untyped-def]
    """The real load after the shelf changes nothing on screen: the status bar's problem count is there at once,
    the open article is neither laid out again nor in steps after the first paint, the recent list keeps its rows."""
    clinic = sources[1].folder
    (clinic / "artikel-dup.md").write_text("---\ntitle: Artikel 3\nlastUpdated: 01/01/2020\n---\n\nTo.\n", "utf-8")
    LibraryCache(ArticleCache()).load(sources)  # the last run: caches and the shelf written
    window = start("nervesmerter")  # opened from the shelf before the show
    assert isinstance(window.library, ShelfLibrary) and window.view.current_slug == "nervesmerter"
    button = window.problems_button
    status = (window.count_label.text(), button.text(), button.isVisibleTo(window))
    assert status[2] and "1 advarsel" in status[1] and "1 bør gennemgås" in status[1]
    document = window.view.document()
    sizes: list[float] = []  # the article laid out in steps after the show: each step moved the scroll bar
    document.documentLayout().documentSizeChanged.connect(lambda size: sizes.append(size.height()))
    changes: list[int] = []
    document.contentsChanged.connect(lambda: changes.append(1))
    panel = window.reading.favourites_panel
    recent = panel.topLevelItem(0)
    assert recent is not None and recent.childCount() == 1
    rows = [panel.visualItemRect(recent).height(), panel.visualItemRect(recent.child(0)).height()]
    qtbot.waitUntil(lambda: not isinstance(window.library, ShelfLibrary), timeout=10000)  # the real load is in
    assert (window.count_label.text(), button.text(), button.isVisibleTo(window)) == status
    assert changes == [] and window.view.document() is document
    assert set(sizes) <= {document.size().height()}  # laid out to the end at the show: no steps after it
    panel.refresh()  # a fresh fill has the same row heights as the one made before the first show
    recent = panel.topLevelItem(0)
    assert recent is not None
    assert [panel.visualItemRect(recent).height(), panel.visualItemRect(recent.child(0)).height()] == rows


def test_a_search_typed_before_the_real_load_finds_by_title_and_is_answered_again_after_it(
        qtbot: QtBot, sources: list[Source], start) -> None:  # type: ignore[no-untyped-def]
    LibraryCache(ArticleCache()).load(sources)
    (sources[1].folder / "artikel-new.md").write_text("---\ntitle: Artikel 10 ny\n---\n\nNy.\n", "utf-8")  # since
    window = start("artikel-010")
    assert isinstance(window.library, ShelfLibrary)
    window.sidebar.search_field.setText("artikel 10")
    window.sidebar.refresh()  # the query now, not after the field's short wait
    expected = [f"Artikel {n}" for n in range(COUNT) if "10" in str(n)]  # "Artikel 10", "Artikel 100" … "Artikel 110"
    assert sorted(_titles(window)) == sorted(expected)  # the shelf's titles: the list is not empty meanwhile
    qtbot.waitUntil(lambda: not isinstance(window.library, ShelfLibrary), timeout=10000)  # the real load is in
    qtbot.waitUntil(lambda: "Artikel 10 ny" in _titles(window), timeout=10000)  # the query asked again
    assert window.sidebar.search_field.text() == "artikel 10"
    assert "Artikel 10" in _titles(window)  # now by the full-text index (ranked, one page)


@pytest.mark.parametrize("last", ["artikel-010", ""])
def test_the_favourites_and_recent_titles_come_from_the_shelf_without_reading_their_files(
        qtbot: QtBot, sources: list[Source], start, last: str) -> None:  # type: ignore[no-untyped-def]
    LibraryCache(ArticleCache()).load(sources)
    window = start(last, recent=["artikel-020", "artikel-030", "artikel-010"], favourites=["artikel-040"])
    shelf = window.library
    assert isinstance(shelf, ShelfLibrary)
    assert set(shelf._loaded) == ({last} if last else set())  # only the article opened was read from its file
    panel = window.reading.favourites_panel
    shown = [panel.topLevelItem(g).child(c).text(0) for g in range(panel.topLevelItemCount())
             for c in range(panel.topLevelItem(g).childCount())]
    assert shown[0] == "Artikel 40" and {"Artikel 20", "Artikel 30"} <= set(shown[1:])  # a favourite, the recent
    if not last:  # the start page's favourites and recent rows: titles from the shelf too
        page = window.start_page
        assert page.favourite.list.topLevelItemCount() == 1
        assert set(shelf._loaded) == set()
    qtbot.waitUntil(lambda: not isinstance(window.library, ShelfLibrary), timeout=10000)  # the real load ends here
