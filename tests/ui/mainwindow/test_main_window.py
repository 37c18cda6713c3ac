"""The main window driven as a user would: click, links, history, zoom, problems."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from unittest import mock

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.articles import Library, Source
from reader.settings import Settings, load, save
from ui.mainwindow.problems_dialog import ProblemsDialog
from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]


def click_row(qtbot: QtBot, window: MainWindow, title: str) -> None:
    view = window.sidebar.list_view
    model = window.sidebar.model
    row = next(r for r in range(model.rowCount()) if model.item(r).title == title)  # type: ignore[union-attr]
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_sidebar_lists_articles_in_danish_order_with_dates(make_window: MakeWindow) -> None:
    window = make_window()
    items = window.sidebar.model.items()
    assert [i.title for i in items] == [
        "Nerveafklemning", "Nerveledning", "Nerveregeneration", "Nervesmerter", "Nervetryk i lænden"]
    assert items[-1].detail == "Opdateret 12.10.2025"


def test_danish_letters_sort_last(make_window: MakeWindow, tmp_path: Path) -> None:
    for name in ("Åndedræt", "Ørespray", "Ærmer", "Zoneterapi", "Aalborg-øvelser", "Albue"):
        (tmp_path / f"{name}.md").write_text(f"---\ntitle: {name}\n---\nx", encoding="utf-8")
    window = make_window(lib=Library.load([Source(tmp_path)]))
    titles = [i.title for i in window.sidebar.model.items()]
    assert titles == ["Albue", "Zoneterapi", "Ærmer", "Ørespray", "Aalborg-øvelser", "Åndedræt"]  # aa is å


def test_clicking_an_article_shows_it(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    with qtbot.waitSignal(window.view.article_opened):
        click_row(qtbot, window, "Nervetryk i lænden")
    text = window.view.toPlainText()
    assert text.startswith("Nervetryk i lænden")
    assert "Opdateret 12. oktober 2025" in text
    assert "Svaghed i ben eller fod" in text  # the table
    assert window.windowTitle().startswith("Nervetryk i lænden")


def test_keyboard_search_down_enter_opens(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.search_action.trigger()
    qtbot.keyClicks(window.sidebar.search_field, "lænd")
    qtbot.waitUntil(lambda: next(i.title for i in window.sidebar.model.items()) == "Nervetryk i lænden")
    qtbot.keyClick(window.sidebar.search_field, Qt.Key.Key_Down)
    assert window.sidebar.list_view.hasFocus()
    with qtbot.waitSignal(window.view.article_opened):
        qtbot.keyClick(window.sidebar.list_view, Qt.Key.Key_Return)
    assert window.view.current_slug == "nervetryk-i-laenden"
    window.sidebar.search_field.setFocus()
    qtbot.keyClick(window.sidebar.search_field, Qt.Key.Key_Escape)
    assert window.sidebar.search_field.text() == ""
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == 5)


def test_a_link_by_name_opens_the_file_in_the_same_folder(qtbot: QtBot, tmp_path: Path, make_window: MakeWindow) -> None:
    """Issue 15, item 1: `es/ryg.md` and `ryg.md` are both listed; a link from `es/` opens the Spanish one."""
    (tmp_path / "es").mkdir()
    (tmp_path / "ryg.md").write_text("---\ntitle: Ryggen\n---\nSe [nakken](nakke.md).\n", encoding="utf-8")
    (tmp_path / "nakke.md").write_text("---\ntitle: Nakken\n---\nSe [ryggen](ryg.md).\n", encoding="utf-8")
    (tmp_path / "es" / "ryg.md").write_text("---\ntitle: La espalda\n---\nTexto.\n", encoding="utf-8")
    (tmp_path / "es" / "cuello.md").write_text("---\ntitle: El cuello\n---\nVea [espalda](ryg.md).\n", encoding="utf-8")
    window = make_window(lib=Library.load([Source(tmp_path)]))
    assert sorted(i.title for i in window.sidebar.model.items()) == ["El cuello", "La espalda", "Nakken", "Ryggen"]
    window.open_article("cuello")
    window.view.anchorClicked.emit(QUrl("ryg.md"))
    assert window.view.current_slug == "es-ryg" and window.view.toPlainText().startswith("La espalda")
    window.open_article("nakke")
    window.view.anchorClicked.emit(QUrl("ryg.md"))
    assert window.view.current_slug == "ryg"


def test_internal_link_back_and_forward(qtbot: QtBot, tmp_path: Path, make_window: MakeWindow) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: Alfa\n---\nSe [beta](beta.md) og [ordbog](/ordbog/gamma#del-to).\n", encoding="utf-8")
    (tmp_path / "beta.md").write_text("---\ntitle: Beta\n---\nBeta-tekst.\n", encoding="utf-8")
    (tmp_path / "gamma.md").write_text("---\ntitle: Gamma\n---\n## Del et\n\n" + "x\n\n" * 200 + "## Del to\n\nher\n", encoding="utf-8")
    window = make_window(lib=Library.load([Source(tmp_path)]))
    window.open_article("a")
    window.view.anchorClicked.emit(QUrl("beta.md"))
    assert window.view.current_slug == "beta" and window.back_action.isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.view.current_slug == "a" and window.forward_action.isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.view.current_slug == "beta"
    window.back_action.trigger()
    window.view.anchorClicked.emit(QUrl("/ordbog/gamma#del-to"))
    assert window.view.current_slug == "gamma"
    assert window.view.verticalScrollBar().value() > 0
    assert not window.forward_action.isEnabled()


def test_mouse_back_button_goes_back(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article("nerveledning")
    window.open_article("nervesmerter")
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.BackButton, pos=QPoint(50, 50))
    assert window.view.current_slug == "nerveledning"


def test_external_link_asks_first(make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article("nerveledning")
    with mock.patch("ui.mainwindow.window.QDesktopServices.openUrl") as opened, \
         mock.patch("ui.mainwindow.window.QMessageBox.question", return_value=0x00400000) as asked:  # Cancel
        window.view.anchorClicked.emit(QUrl("https://example.org/"))
    assert asked.called and not opened.called


def test_zoom_keys_and_persistence_across_restart(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(settings=load().settings, persist=save)
    window.open_article("nervesmerter")
    before = window.view.document().defaultStyleSheet()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom == 125
    assert window.view.document().defaultStyleSheet() != before
    window.splitter.setSizes([380, 820])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window(settings=load().settings, persist=save)
    assert again.view.zoom == 125
    again.restore_last_article()  # as at start-up: the contents panel beside it again, the same widths
    assert again.view.current_slug == "nervesmerter"
    assert again.splitter.sizes() == sizes
    qtbot.keyClick(again.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.view.zoom == 100


def test_problems_count_opens_the_list(qtbot: QtBot, tmp_path: Path, make_window: MakeWindow) -> None:
    (tmp_path / "god.md").write_text("---\ntitle: God\n---\nx", encoding="utf-8")
    (tmp_path / "tom.md").write_text("", encoding="utf-8")
    window = make_window(lib=Library.load([Source(tmp_path)]))
    assert window.problems_button.text() == "1 fejl"
    qtbot.mouseClick(window.problems_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ProblemsDialog) and w.isVisible())
    assert dialog.tree.topLevelItem(0).text(1) == "tom.md"
    assert "tom" in dialog.tree.topLevelItem(0).text(2)
    dialog.close()


def test_restores_last_article(make_window: MakeWindow) -> None:
    window = make_window(settings=Settings(last_article="nervesmerter"))
    window.restore_last_article()
    assert window.view.current_slug == "nervesmerter" and not window.back_action.isEnabled()
