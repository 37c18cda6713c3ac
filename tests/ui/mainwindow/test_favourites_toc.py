"""Favourites and recent survive a restart (never in kiosk); the contents panel jumps and follows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.settings import Settings, load, save
from ui.article.sections import HEADING_GAP, anchor_tops
from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]


def panel_titles(window: MainWindow) -> dict[str, list[str]]:
    panel = window.reading.favourites_panel
    groups = {}
    for i in range(panel.topLevelItemCount()):
        group = panel.topLevelItem(i)
        groups[group.text(0)] = [group.child(j).text(0) for j in range(group.childCount())]
    return groups


def test_favourites_and_recent_survive_a_restart(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(settings=load().settings, persist=save)
    assert not window.reading.favourites_panel.isVisible() and not window.reading.favourite_action.isEnabled()
    for slug in ("nerveledning", "nervesmerter", "nerveledning", "nervetryk-i-laenden"):
        window.open_article(slug)
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.reading.favourite_action.isChecked()
    window.open_article("nervesmerter")
    window.reading.favourite_action.trigger()
    assert window.reading.favourites_panel.isVisible()
    assert panel_titles(window) == {
        "★ Favoritter": ["Nervetryk i lænden", "Nervesmerter"],
        "Senest læst": ["Nervesmerter", "Nervetryk i lænden", "Nerveledning"],
    }
    # Typing a search hides the panel; clearing brings it back.
    qtbot.keyClicks(window.sidebar.search_field, "nerve")
    assert not window.reading.favourites_panel.isVisible()
    window.sidebar.search_field.clear()
    assert window.reading.favourites_panel.isVisible()
    window.close()

    again = make_window(settings=load().settings, persist=save)
    assert again.settings.favourites == ["nervetryk-i-laenden", "nervesmerter"]
    assert again.settings.recent[:3] == ["nervesmerter", "nervetryk-i-laenden", "nerveledning"]
    assert panel_titles(again)["★ Favoritter"] == ["Nervetryk i lænden", "Nervesmerter"]
    # The menu lists them too, and opens them.
    again.reading.favourites_menu.rebuild()
    texts = [a.text() for a in again.reading.favourites_menu.actions()]
    assert "★ Nervesmerter" in texts and "Nerveledning" in texts
    entry = next(a for a in again.reading.favourites_menu.actions() if a.text() == "Nerveledning")
    entry.trigger()
    assert again.view.current_slug == "nerveledning"
    # Clicking a favourite in the panel opens it.
    panel = again.reading.favourites_panel
    item = panel.topLevelItem(0).child(0)
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualItemRect(item).center())
    assert again.view.current_slug == "nervetryk-i-laenden"


def test_recent_keeps_ten_and_kiosk_records_nothing(make_window: MakeWindow, tmp_path: object) -> None:
    settings = Settings(recent=[f"gammel-{i}" for i in range(10)])
    window = make_window(settings=settings)
    window.open_article("nerveledning")
    assert settings.recent[0] == "nerveledning" and len(settings.recent) == 10
    window.reading.favourites.set_enabled(False)  # what the kiosk does
    window.open_article("nervesmerter")
    window.reading.favourites.toggle("nervesmerter")
    assert settings.recent[0] == "nerveledning" and settings.favourites == []
    assert not window.reading.favourites_panel.isVisible() and not window.reading.favourite_action.isEnabled()


def test_contents_panel_jumps_and_follows_scrolling(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article("nervetryk-i-laenden")
    toc = window.reading.toc
    assert toc.isVisible()
    assert toc.tree.topLevelItemCount() == 11
    faq = toc.tree.topLevelItem(10)
    assert faq.text(0).startswith("Ofte stillede") and faq.childCount() == 8
    assert toc.tree.topLevelItem(9).text(0).startswith("⚠ Hvornår skal jeg søge læge")
    item = toc.tree.topLevelItem(3)
    qtbot.mouseClick(toc.tree.viewport(), Qt.MouseButton.LeftButton, pos=toc.tree.visualItemRect(item).center())
    anchor = "hvordan-stilles-diagnosen-nervetryk-i-laenden"
    assert window.view.verticalScrollBar().value() == int(anchor_tops(window.view.document())[anchor]) - HEADING_GAP
    assert toc.current_anchor == anchor and toc.tree.currentItem() is item and item.font(0).bold()
    # Keyboard: focus the panel, move down, Enter jumps.
    toc.tree.setFocus()
    qtbot.keyClick(toc.tree, Qt.Key.Key_Down)
    qtbot.keyClick(toc.tree, Qt.Key.Key_Return)
    assert toc.current_anchor == "hvordan-lindres-nervetryk-i-laenden-uden-operation"
    # Scrolling the article by hand moves the mark.
    window.view.verticalScrollBar().setValue(0)
    assert toc.current_anchor == ""
    top = anchor_tops(window.view.document())["hvad-foraarsager-nervetryk-i-laenden"]
    window.view.verticalScrollBar().setValue(int(top) + 5)
    assert toc.current_anchor == "hvad-foraarsager-nervetryk-i-laenden"
    window.open_article("nerveledning")
    assert toc.tree.topLevelItemCount() == len([s for s in window.view.rendered(window.view.current_article).sections  # type: ignore[arg-type]
                                                if s.level == 2])
