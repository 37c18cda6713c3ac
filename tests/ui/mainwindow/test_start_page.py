"""The start page between patients: topics, last read, recently updated, favourites; and the topic chip in the sidebar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidget
from pytestqt.qtbot import QtBot

from reader.articles import Library, Source
from reader.settings import Settings
from tests.ui.test_accessibility import unnamed
from ui.base.themes import COLOURS, CONTRAST_THEME, DARK_THEME
from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]


def rows(tree: QTreeWidget) -> list[tuple[str, str]]:
    return [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1)) for i in range(tree.topLevelItemCount())]


def click_entry(qtbot: QtBot, tree: QTreeWidget, title: str) -> None:
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == title)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def topic_library(write_article: Callable[..., Path]) -> Library:
    path = Path()
    for title, front in (("Ondt i lænden", "category: Ryg\nlastUpdated: 03/11/2025"),
                         ("Diskusprolaps", "category: ryg\nlastUpdated: 14/09/2025"),
                         ("Løberknæ", "tags: [knæ, løb]\nlastUpdated: 21/10/2025"),
                         ("Frossen skulder", "category: Skulder"),
                         ("Svimmelhed", "")):
        path = write_article(f"{title}.md", f"---\ntitle: {title}\n{front}\n---\n\n## Om {title}\n\nTekst om {title}.\n")
    return Library.load([Source(path.parent)])


def test_the_window_opens_on_the_start_page_with_nothing_selected(qtbot: QtBot, make_window: MakeWindow,
                                                                   write_article: Callable[..., Path]) -> None:
    window = make_window(settings=Settings(favourites=["loeberknae"], recent=["diskusprolaps", "svimmelhed"]),
                         lib=topic_library(write_article))
    page = window.start_page
    assert window.pages.currentWidget() is page and page.isVisible() and not window.view.isVisible()
    assert not window.reading.toc.isVisible()  # no empty "På denne side" beside it
    assert window.windowTitle() == "Patientlæser"  # no article: the name alone
    assert not window.sidebar.list_view.selectionModel().hasSelection()
    assert rows(page.topics.list) == [("Knæ", "1 artikel"), ("Ryg", "2 artikler"), ("Skulder", "1 artikel"),
                                      ("Andet", "1 artikel")]
    assert [title for title, _ in rows(page.recent.list)] == ["Diskusprolaps", "Svimmelhed"]
    assert rows(page.updated.list) == [("Ondt i lænden", "03.11.2025"), ("Løberknæ", "21.10.2025"),
                                       ("Diskusprolaps", "14.09.2025")]
    assert [title for title, _ in rows(page.favourite.list)] == ["Løberknæ"]
    assert page.topics.list.topLevelItem(1).data(0, Qt.ItemDataRole.AccessibleTextRole) == "Ryg, 2 artikler"
    assert page.topics.list.accessibleName() == "Emner"
    assert unnamed(window) == []
    # Clicking an entry opens it; the list marks it; the contents come back.
    click_entry(qtbot, page.updated.list, "Løberknæ")
    assert window.view.current_slug == "loeberknae" and window.view.isVisible() and not page.isVisible()
    assert window.reading.toc.isVisible()
    assert window.sidebar.model.item(window.sidebar.list_view.currentIndex().row()).slug == "loeberknae"  # type: ignore[union-attr]
    assert [title for title, _ in rows(page.recent.list)] == ["Løberknæ", "Diskusprolaps", "Svimmelhed"]


def test_start_page_from_the_keyboard_and_back(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article("nervetryk-i-laenden")
    window.view.verticalScrollBar().setValue(700)
    assert any(a is window.home_action for a in window.go_menu.actions())
    assert window.home_action.shortcut().toString() == "Alt+Home"
    qtbot.keyClick(window.view, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    page = window.start_page
    assert window.pages.currentWidget() is page and window.view.current_slug is None
    assert window.windowTitle() == "Patientlæser"  # no article: the name alone
    assert not window.sidebar.list_view.selectionModel().hasSelection()
    assert not window.reading.favourite_action.isEnabled()
    assert QApplication.focusWidget() is page.topics.list  # the first card with an entry
    # Tab from the list reaches every card in turn; arrows and Enter open.
    window.sidebar.list_view.setFocus()
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == page.lists()[:3]  # topics, last read, recently updated (no favourites: no list)
    assert not page.favourite.list.isVisible() and page.favourite.empty.isVisible()
    page.updated.list.setFocus()
    qtbot.keyClick(page.updated.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.view.article_opened):
        qtbot.keyClick(page.updated.list, Qt.Key.Key_Return)
    assert window.view.current_slug == "nervesmerter"  # the second most recently updated
    # Back from the start page returns to the article that was open, at the same place.
    window.home_action.trigger()
    window.back_action.trigger()
    assert window.view.current_slug == "nervesmerter" and window.pages.currentWidget() is window.view
    window.back_action.trigger()
    assert window.view.current_slug == "nervetryk-i-laenden" and window.view.verticalScrollBar().value() == 700


def test_a_topic_narrows_the_sidebar_and_its_search(qtbot: QtBot, make_window: MakeWindow,
                                                    write_article: Callable[..., Path]) -> None:
    window = make_window(lib=topic_library(write_article))
    sidebar = window.sidebar
    click_entry(qtbot, window.start_page.topics.list, "Ryg")
    assert sidebar.category == "Ryg" and sidebar.category_chip.isVisible()
    assert sidebar.category_chip.label.text() == "Ryg" and sidebar.category_chip.accessibleName() == "Emne: Ryg"
    assert [i.title for i in sidebar.model.items()] == ["Diskusprolaps", "Ondt i lænden"]
    assert sidebar.list_view.hasFocus()
    # Search within the topic: "tekst" is in every article, only the topic's are listed.
    sidebar.focus_search()
    qtbot.keyClicks(sidebar.search_field, "tekst")
    qtbot.waitUntil(lambda: {i.slug for i in sidebar.model.items()} == {"diskusprolaps", "ondt-i-laenden"})
    qtbot.keyClick(sidebar.search_field, Qt.Key.Key_Escape)  # the text first
    assert sidebar.search_field.text() == "" and sidebar.category == "Ryg"
    qtbot.keyClick(sidebar.search_field, Qt.Key.Key_Escape)  # then the topic
    assert sidebar.category == "" and not sidebar.category_chip.isVisible() and sidebar.model.rowCount() == 5
    # "Andet" and the chip's ×.
    click_entry(qtbot, window.start_page.topics.list, "Andet")
    assert [i.title for i in sidebar.model.items()] == ["Svimmelhed"] and sidebar.category_chip.label.text() == "Andet"
    assert sidebar.category_chip.clear_button.accessibleName() == "Fjern emnefilteret"
    qtbot.mouseClick(sidebar.category_chip.clear_button, Qt.MouseButton.LeftButton)
    assert sidebar.category == "" and sidebar.model.rowCount() == 5
    assert not sidebar.list_view.selectionModel().hasSelection()  # still nothing open, nothing marked


def test_esc_in_the_list_clears_a_topic_chosen_on_the_start_page(qtbot: QtBot, make_window: MakeWindow,
                                                                 write_article: Callable[..., Path]) -> None:
    window = make_window(lib=topic_library(write_article))
    sidebar = window.sidebar
    topics = window.start_page.topics.list
    topics.setFocus()
    for _ in range(topics.topLevelItemCount()):
        if topics.currentItem() is not None and topics.currentItem().text(0) == "Ryg":
            break
        qtbot.keyClick(topics, Qt.Key.Key_Down)
    qtbot.keyClick(topics, Qt.Key.Key_Return)
    assert sidebar.category == "Ryg" and QApplication.focusWidget() is sidebar.list_view
    window.grab().save("/tmp/consult-topic-chosen.png")
    qtbot.keyClick(sidebar.list_view, Qt.Key.Key_Escape)
    assert sidebar.category == "" and not sidebar.category_chip.isVisible() and sidebar.model.rowCount() == 5
    assert QApplication.focusWidget() is sidebar.search_field
    assert sidebar.search_field.placeholderText() == "Søg i artikler … (Ctrl+K)"
    window.grab().save("/tmp/consult-topic-esc.png")
    # Opening an article afterwards: no chip comes back.
    qtbot.keyClick(sidebar.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(sidebar.list_view, Qt.Key.Key_Return)
    assert window.view.current_slug and not sidebar.category_chip.isVisible()
    # With words typed in a topic, Esc in the list goes back to them first; the topic stays.
    click_entry(qtbot, topics, "Ryg") if window.start_page.isVisible() else sidebar.set_category("Ryg")
    sidebar.focus_search()
    qtbot.keyClicks(sidebar.search_field, "tekst")
    qtbot.keyClick(sidebar.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(sidebar.list_view, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is sidebar.search_field and sidebar.category == "Ryg"


def test_the_start_page_follows_the_theme(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(settings=Settings(theme=DARK_THEME))
    assert COLOURS[DARK_THEME].background in window.start_page.styleSheet()
    window.reading.theme_actions[CONTRAST_THEME].trigger()
    assert COLOURS[CONTRAST_THEME].callout_border not in window.start_page.styleSheet()
    assert COLOURS[CONTRAST_THEME].accent in window.start_page.styleSheet()
    assert COLOURS[DARK_THEME].background not in window.start_page.styleSheet()


def test_the_start_page_in_english(qtbot: QtBot, make_window: MakeWindow, write_article: Callable[..., Path]) -> None:
    from ui.base import i18n

    assert i18n.install_language("en")
    try:
        window = make_window(lib=topic_library(write_article))
        page = window.start_page
        assert page.title.text() == "Patient handouts"
        assert [card.heading.text() for card in page.cards] == ["Topics", "Last read", "Recently updated", "★ Favourites"]
        assert rows(page.topics.list)[-1] == ("Other", "1 article") and rows(page.topics.list)[1] == ("Ryg", "2 articles")
        assert page.accessibleName() == "Start page" and page.favourite.list.accessibleName() == "Favourites"
        assert window.home_action.text() == "&Start page"
        click_entry(qtbot, page.topics.list, "Other")
        assert window.sidebar.category_chip.label.text() == "Other"
        assert window.sidebar.category_chip.accessibleName() == "Topic: Other"
        assert window.sidebar.search_field.placeholderText() == "Search the topic … (Ctrl+K)"
    finally:
        i18n.reset_language()


def test_a_start_that_reopens_the_last_article_fills_the_topics_only_when_the_start_page_is_shown(
        qtbot: QtBot, make_window: MakeWindow, write_article: Callable[..., Path]) -> None:
    library = topic_library(write_article)
    window = make_window(settings=Settings(last_article="svimmelhed"), lib=Library())
    page = window.start_page
    before = rows(page.topics.list)
    window._restore_pending = True  # as watch_library(restore_last=True) at start-up
    window.apply_library(library)  # the first load is in
    assert window.view.current_slug == "svimmelhed" and window.view.isVisible() and not page.isVisible()
    assert rows(page.topics.list) == before  # nobody sees them behind the article: not filled (0.1 s at 10,000)
    window.show_start_page()
    assert page.isVisible()
    assert rows(page.topics.list) == [("Knæ", "1 artikel"), ("Ryg", "2 artikler"), ("Skulder", "1 artikel"),
                                      ("Andet", "1 artikel")]
    assert rows(page.updated.list)[0] == ("Ondt i lænden", "03.11.2025")


def test_a_start_whose_last_article_is_gone_shows_the_filled_start_page(
        qtbot: QtBot, make_window: MakeWindow, write_article: Callable[..., Path]) -> None:
    window = make_window(settings=Settings(last_article="slettet"), lib=Library())
    window._restore_pending = True
    window.apply_library(topic_library(write_article))
    assert window.pages.currentWidget() is window.start_page and window.start_page.isVisible()
    assert len(rows(window.start_page.topics.list)) == 4
