"""The search sidebar with real keys: results as you type, Down and Enter, Esc, suggestions, page marks."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]


def titles(window: MainWindow) -> list[str]:
    return [item.title for item in window.sidebar.model.items()]


def test_results_update_as_you_type_with_section_and_snippet(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.search_field.hasFocus()
    qtbot.keyClicks(window.sidebar.search_field, "glidn")
    qtbot.waitUntil(lambda: titles(window) == ["Nervetryk i lænden"])
    item = window.sidebar.model.items()[0]
    assert item.detail.startswith("Hvilke øvelser og nerveglidninger")
    assert "<b>" in item.snippet_html and item.anchor


def test_down_enter_opens_top_hit_with_marks_then_clear(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.sidebar.focus_search()
    qtbot.keyClicks(window.sidebar.search_field, "prolaps")
    qtbot.keyClick(window.sidebar.search_field, Qt.Key.Key_Down)
    assert window.sidebar.list_view.hasFocus()
    with qtbot.waitSignal(window.view.article_opened):
        qtbot.keyClick(window.sidebar.list_view, Qt.Key.Key_Return)
    assert window.view.current_slug == "nervetryk-i-laenden"
    marks = window.search_marks
    assert marks.count >= 1 and marks.clear_button.isVisible()
    raw = window.view.document().toRawText()
    assert {raw[a:b].lower() for a, b in marks.spans} == {"diskusprolaps"}
    # the view scrolled to the first mark
    assert window.view.verticalScrollBar().value() > 0
    qtbot.mouseClick(marks.clear_button, Qt.MouseButton.LeftButton)
    assert marks.count == 0 and not marks.clear_button.isVisible()
    assert window.view.extraSelections() == []


def test_esc_in_page_clears_marks_and_find_marks_survive(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.sidebar.focus_search()
    qtbot.keyClicks(window.sidebar.search_field, "lænden")
    qtbot.keyClick(window.sidebar.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search_marks.count > 0)
    marks = window.search_marks.count
    window.reading.find_action.trigger()
    qtbot.keyClicks(window.reading.find_bar.field, "iskias")
    qtbot.waitUntil(lambda: window.reading.find_bar.match_count > 0)
    assert len(window.view.extraSelections()) == marks + window.reading.find_bar.match_count
    qtbot.keyClick(window.reading.find_bar.field, Qt.Key.Key_Escape)  # closes find: the search marks stay
    assert len(window.view.extraSelections()) == marks
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.search_marks.count == 0 and window.view.extraSelections() == []


def test_marks_follow_zoom_and_menu_clears(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.sidebar.focus_search()
    qtbot.keyClicks(window.sidebar.search_field, "myelin")
    qtbot.keyClick(window.sidebar.search_field, Qt.Key.Key_Return)
    assert window.view.current_slug == "nerveledning"
    count = window.search_marks.count
    assert count > 0
    window.zoom_in_action.trigger()
    qtbot.waitUntil(lambda: window.search_marks.count == count and len(window.view.extraSelections()) == count)
    window.clear_marks_action.trigger()
    assert window.view.extraSelections() == []
    window.open_article("nervesmerter")
    assert window.search_marks.count == 0


def test_esc_clears_and_empty_field_shows_all(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.sidebar.focus_search()
    qtbot.keyClicks(window.sidebar.search_field, "omega 3")
    qtbot.waitUntil(lambda: titles(window) == ["Nerveregeneration"])
    qtbot.keyClick(window.sidebar.search_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(titles(window)) == 5)
    assert window.sidebar.search_field.text() == ""


def test_the_open_article_stays_the_marked_row_when_the_search_is_cleared(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.sidebar.focus_search()
    qtbot.keyClicks(window.sidebar.search_field, "omega 3")
    qtbot.waitUntil(lambda: titles(window) == ["Nerveregeneration"])
    qtbot.keyClick(window.sidebar.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.sidebar.list_view, Qt.Key.Key_Return)
    assert window.view.current_slug == "nerveregeneration"
    window.sidebar.focus_search()
    qtbot.keyClick(window.sidebar.search_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(titles(window)) == 5)
    assert window.sidebar.list_view.currentIndex().data() == "Nerveregeneration"
    qtbot.keyClick(window.sidebar.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.sidebar.list_view, Qt.Key.Key_Return)
    assert window.view.current_slug == "nerveregeneration"


def test_no_results_offers_clickable_suggestions(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.sidebar.focus_search()
    qtbot.keyClicks(window.sidebar.search_field, "nerveregenerasjonnn")
    qtbot.waitUntil(lambda: window.sidebar.empty_label.isVisible())
    assert window.sidebar.empty_label.text() == "Ingen artikler fundet"
    buttons = [b for b in window.sidebar.suggestion_buttons if b.isVisible()]
    assert 1 <= len(buttons) <= 3 and buttons[0].text() == "nerveregeneration"
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: titles(window)[:1] == ["Nerveregeneration"])
    assert not window.sidebar.empty_label.isVisible()


def test_hostile_text_in_the_field(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    field = window.sidebar.search_field
    for text in ['"(*', "' OR 1=1 --", "NEAR(", "😀👩‍⚕️", "\u202eabc", "x" * 10_000, "æøå" * 100]:
        field.setText(text)
        window.sidebar.refresh()
        qtbot.keyClick(field, Qt.Key.Key_Return)
    field.clear()
    qtbot.waitUntil(lambda: len(titles(window)) == 5)


def test_big_library_indexed_in_background_and_cached(qtbot: QtBot, monkeypatch, library) -> None:  # type: ignore[no-untyped-def]
    from ui.sidebar import search_service

    monkeypatch.setattr(search_service, "SYNC_LIMIT", 0)
    service = search_service.SearchService(library)
    assert service.items_for("lænd")  # titles only until the index is ready
    qtbot.waitUntil(lambda: service.index is not None, timeout=30_000)
    qtbot.waitUntil(search_service.index_path(library.sorted()).is_file, timeout=30_000)  # written after it answers
    assert service.items_for("prolaps")[0].slug == "nervetryk-i-laenden"
    again = search_service.SearchService(library)
    qtbot.waitUntil(lambda: again.index is not None, timeout=30_000)
    assert again.items_for("prolaps") == service.items_for("prolaps")


def test_a_few_articles_with_much_text_are_indexed_off_the_gui_thread(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 15, item 2: a small folder of huge articles was indexed on the GUI thread, stalling the window."""
    import threading

    from reader.articles import Library, Source
    from ui.sidebar import search_service

    (tmp_path / "stor.md").write_text("---\ntitle: Stor\n---\n" + "Knæ og ryg. " * 40_000, encoding="utf-8")
    (tmp_path / "lille.md").write_text("---\ntitle: Lille\n---\nSkulder.\n", encoding="utf-8")
    threads: list[str] = []
    from reader.search import SearchIndex

    real = SearchIndex.build.__func__  # type: ignore[attr-defined]

    def build(cls, articles, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(cls, articles, *args, **kwargs)

    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(SearchIndex, "build", classmethod(build))
    try:
        service = search_service.SearchService(Library.load([Source(tmp_path)]), use_cache=False)
        assert [item.slug for item in service.items_for("skulder")] == ["lille"] or service.index is None
        qtbot.waitUntil(lambda: service.index is not None, timeout=30_000)
    finally:
        monkeypatch.undo()
    assert threads and threading.main_thread().name not in threads
    assert service.items_for("skulder")[0].slug == "lille"


def test_more_hits_than_a_page_offer_vis_flere(qtbot: QtBot, make_window: MakeWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reader.articles import Library, Source
    from ui.sidebar.widget import PAGE

    for i in range(PAGE + 5):
        (tmp_path / f"a{i:02d}.md").write_text(f"---\ntitle: Artikel {i:02d}\n---\n## Knæ\n\nOm knæet nummer {i}.\n",
                                               encoding="utf-8")
    window = make_window(lib=Library.load([Source(tmp_path)]))
    window.sidebar.focus_search()
    qtbot.keyClicks(window.sidebar.search_field, "knæ")
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == PAGE + 1)
    last = window.sidebar.model.item(PAGE)
    assert last is not None and last.slug == "" and last.title == f"Vis flere ({PAGE + 5} i alt)"
    # every row is as tall as a hit with its snippet (the list uses one height for all rows)
    view = window.sidebar.list_view
    qtbot.waitUntil(lambda: view.visualRect(window.sidebar.model.index(1, 0)).height() > 60)
    assert view.visualRect(window.sidebar.model.index(0, 0)).height() == view.visualRect(window.sidebar.model.index(1, 0)).height()
    window.sidebar.list_view.setFocus()
    window.sidebar.list_view.setCurrentIndex(window.sidebar.model.index(PAGE, 0))
    qtbot.keyClick(window.sidebar.list_view, Qt.Key.Key_Return)
    assert window.sidebar.model.rowCount() == PAGE + 5
    assert all(item.slug for item in window.sidebar.model.items())


def test_snippet_bold_ranges() -> None:
    from ui.sidebar.widget import _bold_ranges

    assert _bold_ranges("a <b>x&amp;y</b> b <b>æ</b>") == ("a x&y b æ", [(2, 3), (8, 1)])
    assert _bold_ranges("…ingen &lt;b&gt; her") == ("…ingen <b> her", [])


def test_clinic_synonym_file_extends_the_bundled_one(qtbot: QtBot, library) -> None:  # type: ignore[no-untyped-def]
    from reader.paths import data_dir
    from ui.sidebar.search_service import SearchService

    assert not SearchService(library).items_for("gnavenerve")
    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / "synonymer.txt").write_text("# klinikkens egne\ngnavenerve = nerveafklemning\n", encoding="utf-8")
    service = SearchService(library)
    assert service.items_for("gnavenerve")[0].slug == "nerveafklemning"
    assert service.items_for("ischias")[0].slug == "nervetryk-i-laenden"  # the bundled list still counts


def test_hit_in_the_introduction_shows_the_date(library) -> None:  # type: ignore[no-untyped-def]
    from ui.sidebar.search_service import SearchService

    item = SearchService(library).items_for("iskias")[0]
    assert item.slug == "nervetryk-i-laenden"
    assert item.detail == "Opdateret 12.10.2025"
