"""Consultation mode and the patient's screen as a physiotherapist uses them: hits followed, a clean screen, sections
shown where the eye is, and the window given back exactly as it was."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.settings import Settings
from tests.ui.article.test_present import heading_at_top
from ui.article.sections import anchor_tops, current_index, position_top
from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]
SLUG = "nervetryk-i-laenden"
RED_FLAG = "hvornaar-skal-jeg-soege-laege-eller-akut-hjaelp"
FAQ = "ofte-stillede-spoergsmaal-om-nervetryk-i-laenden"
OPERATION = "hvordan-lindres-nervetryk-i-laenden-uden-operation"


def open_hit(qtbot: QtBot, window: MainWindow, query: str) -> None:
    """Ctrl+K, type, Enter: the top hit opens at its section with the words marked."""
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    window.sidebar.search_field.clear()
    qtbot.keyClicks(window.sidebar.search_field, query)
    with qtbot.waitSignal(window.search_marks.changed):
        qtbot.keyClick(window.sidebar.search_field, Qt.Key.Key_Return)


def section_at_top(window: MainWindow) -> str:
    view = window.view
    anchors = window.reading.toc.anchors()
    index = current_index(view, anchors)
    return anchors[index] if index >= 0 else ""


def test_the_patients_screen_follows_an_opened_search_hit(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article("nervesmerter")
    presentation = window.reading.second_screen.open(QApplication.primaryScreen())
    qtbot.addWidget(presentation)
    window.activateWindow()
    open_hit(qtbot, window, "operation")
    assert window.view.current_slug == SLUG
    assert presentation.view.current_slug == SLUG
    assert presentation.stepper.anchor == OPERATION and heading_at_top(presentation.view) == OPERATION
    presentation.close()


def test_consultation_mode_shows_only_the_article_and_its_bar(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    open_hit(qtbot, window, "operation")
    marks = window.search_marks
    assert marks.count > 0 and marks.clear_button.isVisible() and window.reading.toc.isVisible()
    normal = window.reading.toc.tree.font().pointSizeF()
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    assert window.reading.consultation.active
    assert not window.reading.toc.isVisible()  # no small "På denne side" on the patient's screen
    assert not marks.clear_button.isVisible() and window.view.viewportMargins().top() == 0
    assert window.view.extraSelections() == []
    assert window.reading.consultation.bar.zoom_label.text() == "160 %"
    # The contents on request, large.
    qtbot.mouseClick(window.reading.consultation.bar.contents_button, Qt.MouseButton.LeftButton)
    assert window.reading.toc.isVisible() and window.reading.toc.tree.font().pointSizeF() >= 1.5 * normal
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.reading.consultation.active
    assert window.reading.toc.tree.font().pointSizeF() == normal
    qtbot.waitUntil(lambda: marks.clear_button.isVisible())  # the marks are back for the therapist
    assert len(window.view.extraSelections()) == marks.count


def test_a_hit_near_the_end_starts_in_the_top_third(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    open_hit(qtbot, window, "rode flag")
    view = window.view
    value = view.verticalScrollBar().value()
    tops = anchor_tops(view.document())
    match_top = position_top(view.document(), view.textCursor().position())
    heading = max(top for top in tops.values() if top <= match_top + 1)  # the heading the hit sits under
    assert value <= heading <= value + view.viewport().height() / 3
    assert match_top < value + view.viewport().height() * 2 / 3  # and the words with text below them


def test_contents_jumps_reach_the_top_and_show_the_whole_red_flag_box(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article(SLUG)
    toc, view = window.reading.toc, window.view
    for anchor in (FAQ, RED_FLAG):
        item = toc._items[anchor]
        qtbot.mouseClick(toc.tree.viewport(), Qt.MouseButton.LeftButton, pos=toc.tree.visualItemRect(item).center())
        assert heading_at_top(view) == anchor
        assert toc.current_anchor == anchor == section_at_top(window)
    # The box's border is inside the view: Qt draws it above the table frame's rectangle, within its top margin.
    table = QTextCursor(anchor_block(view.document(), RED_FLAG)).currentTable()
    assert table is not None
    frame_top = view.document().documentLayout().frameBoundingRect(table).top()
    assert view.verticalScrollBar().value() <= frame_top - table.format().topMargin()
    # At the end of the article the mark is the section really at the top.
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert toc.current_anchor == section_at_top(window) != ""


def anchor_block(document: QTextDocument, anchor: str) -> QTextBlock:
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            if anchor in fragments.fragment().charFormat().anchorNames():
                return block
            fragments += 1
        block = block.next()
    raise AssertionError(anchor)


def test_esc_gives_back_the_exact_place_and_zoom(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(settings=Settings(zoom=110))
    window.open_article(SLUG)
    view = window.view
    open_hit(qtbot, window, "operation")
    view.verticalScrollBar().setValue(1234)  # somewhere in the middle of a section, marks on
    qtbot.keyClick(view, Qt.Key.Key_F5)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.zoom == 110 and view.verticalScrollBar().value() == 1234
    assert window.reading.toc.current_anchor == section_at_top(window)


def test_switching_the_theme_keeps_the_reading_position(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    open_hit(qtbot, window, "operation")  # with the marks' strip above the page
    view = window.view
    view.verticalScrollBar().setValue(1500)
    for theme in ("dark", "contrast", "light"):
        window.reading.theme_actions[theme].trigger()
        qtbot.waitUntil(lambda: len(view.extraSelections()) == window.search_marks.count)  # marked again
        assert abs(view.verticalScrollBar().value() - 1500) <= 1, theme


def test_zoom_and_ctrl_home_end_in_consultation_mode(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article(SLUG)
    view, bar = window.view, window.reading.consultation.bar
    qtbot.keyClick(view, Qt.Key.Key_F5)
    assert view.zoom == 160 and bar.zoom_label.text() == "160 %"
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 175 and bar.zoom_label.text() == "175 %"
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 160 and bar.zoom_label.text() == "160 %"
    stepper = window.reading.consultation.stepper
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert stepper.position == stepper.count == 11 and heading_at_top(view) == FAQ
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert stepper.position == 0 and view.verticalScrollBar().value() == 0
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    # Outside consultation mode too: the top and the end of the article.
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum() > 0
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.verticalScrollBar().value() == 0
