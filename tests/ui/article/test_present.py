"""Consultation mode and the second screen, driven by keys as a presenter remote would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.settings import Settings
from ui.article.second_screen import PresentationWindow
from ui.article.sections import HEADING_GAP, anchor_tops
from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]
SLUG = "nervetryk-i-laenden"


def heading_at_top(view: object) -> str:
    """The anchor whose heading sits exactly at the top of the view."""
    tops = anchor_tops(view.document())  # type: ignore[attr-defined]
    value = view.verticalScrollBar().value()  # type: ignore[attr-defined]
    return next((a for a, top in tops.items() if abs(top - HEADING_GAP - value) <= 1), "")


def test_page_down_steps_through_sections_and_esc_restores_the_window(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(settings=Settings(zoom=110))
    window.open_article(SLUG)
    window.move(40, 30)
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: window.size().width() == 1100)
    window.view.verticalScrollBar().setValue(0)
    before = (window.geometry(), window.windowState(), window.view.zoom, window.splitter.sizes())
    sections = [s.anchor for s in window.view.rendered(window.view.current_article).sections if s.level == 2]  # type: ignore[arg-type]
    assert len(sections) == 11

    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    assert window.reading.consultation.active and window.reading.present_action.isChecked()
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert not window.sidebar.isVisible() and not window.toolbar.isVisible() and not window.menuBar().isVisible()
    assert window.reading.consultation.toolbar.isVisible()
    assert window.view.zoom == 160
    assert window.reading.consultation.bar.position_label.text() == "Indledning"
    assert not window.reading.consultation.bar.previous_button.isEnabled()

    for number, anchor in enumerate(sections, start=1):
        qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
        assert window.reading.consultation.bar.position_label.text() == f"Afsnit {number} af 11"
        assert heading_at_top(window.view) == anchor  # even the last one reaches the top
        assert window.reading.toc.current_anchor == anchor
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)  # past the end: stays
    assert window.reading.consultation.stepper.position == 11 and not window.reading.consultation.bar.next_button.isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_PageUp)
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    assert heading_at_top(window.view) == sections[8]
    assert window.reading.consultation.bar.section_label.text() == "Hvor hurtigt kan jeg forvente bedring ved nervetryk i lænden?"
    qtbot.mouseClick(window.reading.consultation.bar.next_button, Qt.MouseButton.LeftButton)
    assert window.reading.consultation.stepper.position == 10

    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.reading.consultation.active and not window.reading.present_action.isChecked()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.waitUntil(lambda: window.geometry() == before[0])
    assert (window.geometry(), window.windowState(), window.view.zoom, window.splitter.sizes()) == before
    assert window.sidebar.isVisible() and window.toolbar.isVisible() and window.menuBar().isVisible()
    assert not window.reading.consultation.toolbar.isVisible()
    assert window.settings.zoom == 110
    # Arrow keys scroll normally again outside consultation mode.
    window.view.verticalScrollBar().setValue(0)
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    assert heading_at_top(window.view) == "" and window.reading.consultation.stepper.position == 10


def test_zoom_in_consultation_is_remembered_for_the_next_time(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article(SLUG)
    window.reading.present_action.trigger()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom == 175
    assert heading_at_top(window.view) == window.reading.consultation.stepper.anchor != ""
    window.reading.present_action.trigger()
    assert window.view.zoom == 100 and window.settings.zoom == 100 and window.settings.present_zoom == 175


def test_closing_mid_consultation_saves_the_normal_window(qtbot: QtBot, make_window: MakeWindow) -> None:
    saved: list[int] = []
    window = make_window(settings=Settings(zoom=125), persist=lambda s: saved.append(s.zoom))
    window.open_article(SLUG)
    window.reading.consultation.enter()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    # A crash now must not leave the large consultation size as the reading size.
    assert window.settings.zoom == 125 and window.settings.present_zoom == 175
    assert all(zoom == 125 for zoom in saved)
    window.close()
    assert window.settings.zoom == 125 and not window.reading.consultation.active


def test_second_screen_follows_the_main_window(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article("nervesmerter")
    presentation = window.reading.second_screen.open(QApplication.primaryScreen())
    qtbot.addWidget(presentation)
    assert isinstance(presentation, PresentationWindow) and window.reading.second_screen_action.isChecked()
    assert presentation.view.current_slug == "nervesmerter" and presentation.view.zoom == 160
    window.open_article(SLUG)
    assert presentation.view.current_slug == SLUG
    assert presentation.bar.title_label.text() == "Nervetryk i lænden"
    # Choosing a section in the main window's contents shows it to the patient.
    target = "hvornaar-skal-jeg-soege-laege-eller-akut-hjaelp"
    item = window.reading.toc._items[target]
    qtbot.mouseClick(window.reading.toc.tree.viewport(), Qt.MouseButton.LeftButton, pos=window.reading.toc.tree.visualItemRect(item).center())
    assert presentation.stepper.anchor == target
    assert presentation.bar.position_label.text() == "Afsnit 10 af 11"
    assert heading_at_top(presentation.view) == target
    # The presenter remote talks to the focused main window: PageDown moves the patient's screen.
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    assert presentation.stepper.position == 11
    assert window.reading.toc.current_anchor == presentation.stepper.anchor
    # Dark theme reaches the patient's screen too.
    window.reading.theme_actions["dark"].trigger()
    assert "#1e1f22" in presentation.view.document().defaultStyleSheet()
    presentation.activateWindow()
    qtbot.waitUntil(presentation.isActiveWindow)
    qtbot.keyClick(presentation.view, Qt.Key.Key_PageUp)
    assert presentation.stepper.position == 10
    qtbot.keyClick(presentation.view, Qt.Key.Key_Escape)
    assert not window.reading.second_screen.is_open and not window.reading.second_screen_action.isChecked()
