"""Consultation mode begun on the start page (F5, or `--present` on a fresh install): the first article opened
from there starts at its top (or a hit's section), with no contents panel, as when F5 is pressed over an article."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.article.test_consultation_screen import OPERATION, SLUG
from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]


def open_from_updated_card(qtbot: QtBot, window: MainWindow, title: str) -> None:
    tree = window.start_page.updated.list
    tree.setFocus()
    for _ in range(tree.topLevelItemCount()):
        if tree.currentItem() is not None and tree.currentItem().text(0) == title:
            break
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem().text(0) == title
    qtbot.keyClick(tree, Qt.Key.Key_Return)


def test_f5_on_the_start_page_then_opening_an_article_shows_its_top(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    assert window.pages.currentWidget() is window.start_page
    qtbot.keyClick(window, Qt.Key.Key_F5)
    mode = window.reading.consultation
    assert mode.active
    bar = mode.bar
    # Nothing open yet: the bar says so plainly, nothing to step through.
    assert bar.title_label.text() == "Ingen artikel valgt"
    assert bar.position_label.text() == "" and bar.section_label.text() == ""
    assert not bar.previous_button.isEnabled() and not bar.next_button.isEnabled() and not bar.contents_button.isEnabled()
    open_from_updated_card(qtbot, window, "Nervetryk i lænden")
    assert window.view.current_slug == SLUG and window.view.isVisible()
    qtbot.wait(50)  # the deferred settle after the page shows
    assert mode.stepper.position == 0 and bar.position_label.text() == "Indledning"
    assert window.view.verticalScrollBar().value() == 0
    assert not window.reading.toc.isVisible()  # no small "På denne side" on the patient's screen
    window.grab().save("/tmp/consult-f5-start-then-open.png")
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not mode.active
    assert window.reading.toc.isVisible()  # the normal window gets its contents back


def test_ctrl_k_in_consultation_mode_shows_the_search_and_opens_the_hit_in_place(qtbot: QtBot,
                                                                                make_window: MakeWindow) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    mode = window.reading.consultation
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    field = window.sidebar.search_field
    assert mode.active and field.isVisible() and QApplication.focusWidget() is field  # not typing blind
    qtbot.keyClicks(field, "operation")
    window.grab().save("/tmp/consult-ctrl-k-search.png")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert mode.active and window.view.current_slug == SLUG
    assert not window.sidebar.isVisible() and not window.reading.toc.isVisible()
    qtbot.wait(50)
    assert mode.stepper.anchor == OPERATION
    view = window.view
    top = view.cursorForPosition(view.viewport().rect().topLeft()).block().text()
    assert mode.stepper.title() == top or top == ""  # its heading at the top of the view
    window.grab().save("/tmp/consult-ctrl-k-hit.png")
    # Esc while searching clears the text, then closes the search; the next Esc leaves consultation mode.
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert field.isVisible() and field.text() == "operation"
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert mode.active and field.isVisible() and field.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert mode.active and not window.sidebar.isVisible() and QApplication.focusWidget() is window.view
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not mode.active and window.sidebar.isVisible()


def test_present_on_a_fresh_install_then_ctrl_k_enter(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.reading.consultation.enter()  # what `--present` does before any article is open
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.sidebar.search_field, "lænd")
    qtbot.keyClick(window.sidebar.search_field, Qt.Key.Key_Return)
    qtbot.wait(50)
    mode = window.reading.consultation
    assert window.view.current_slug == SLUG
    assert mode.stepper.count > 0 and mode.stepper.position < mode.stepper.count
    assert mode.bar.position_label.text() != f"Afsnit {mode.stepper.count} af {mode.stepper.count}"
    assert not window.reading.toc.isVisible()


def test_a_faq_hit_opened_in_consultation_mode_stays_at_its_question(qtbot: QtBot, make_window: MakeWindow) -> None:
    """A hit in an FAQ answer opens at the question, and stays there once the page has settled (not its section)."""
    from tests.ui.article.test_present import heading_at_top

    window = make_window()
    window.open_article("nervesmerter")
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    mode = window.reading.consultation
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.sidebar.search_field, "MR-scanning")
    qtbot.keyClick(window.sidebar.search_field, Qt.Key.Key_Return)
    anchor = window.view.current_anchor
    assert window.view.current_slug == SLUG and anchor.startswith("skal-jeg-tage-en-mr-scanning")
    qtbot.wait(50)
    assert mode.active and heading_at_top(window.view) == anchor
    window.grab().save("/tmp/consult-faq-hit.png")


def test_a_topic_chosen_in_consultation_mode_shows_its_list(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    mode = window.reading.consultation
    topics = window.start_page.topics.list
    topics.setFocus()
    qtbot.keyClick(topics, Qt.Key.Key_Down)
    qtbot.keyClick(topics, Qt.Key.Key_Return)
    sidebar = window.sidebar
    assert sidebar.category and sidebar.isVisible() and QApplication.focusWidget() is sidebar.list_view
    qtbot.keyClick(sidebar.list_view, Qt.Key.Key_Return)  # the topic's first article, in consultation mode
    assert mode.active and window.view.current_slug and not sidebar.isVisible()
    assert QApplication.focusWidget() is window.view and mode.stepper.position == 0


def test_the_start_page_is_large_in_consultation_mode(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    page = window.start_page
    tree = page.updated.list
    normal_title, normal_row = page.title.fontInfo().pointSizeF(), tree.visualItemRect(tree.topLevelItem(0)).height()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.wait(20)
    assert page.title.fontInfo().pointSizeF() >= 1.5 * normal_title
    assert tree.visualItemRect(tree.topLevelItem(0)).height() >= 1.3 * normal_row
    assert tree.height() >= tree.topLevelItemCount() * tree.visualItemRect(tree.topLevelItem(0)).height()  # none cut off
    window.grab().save("/tmp/consult-start-large.png")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert page.title.fontInfo().pointSizeF() == normal_title
    assert tree.visualItemRect(tree.topLevelItem(0)).height() == normal_row
