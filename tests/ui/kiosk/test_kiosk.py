"""The kiosk: full screen and locked, tiles, on-screen keyboard, idle reset, PIN, links and printing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QContextMenuEvent, QDesktopServices, QKeyEvent, QMouseEvent, QTextCursor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMenuBar, QPushButton, QScroller, QToolBar
from pytestqt.qtbot import QtBot

from reader.articles import Library, Source
from reader.settings import Settings
from tests.ui.kiosk.kiosk_fixtures import PIN
from ui.kiosk.home import CATEGORY_THRESHOLD
from ui.kiosk.style import KIOSK_ZOOM, MIN_TARGET
from ui.kiosk.window import KioskWindow, unlink_external

MakeKiosk = Callable[..., KioskWindow]

LINKED = """---
title: Ærø-øvelser
lastUpdated: 2025-01-10
---
# Ærø-øvelser

Læs mere hos [Sundhed.dk](https://www.sundhed.dk/) eller skriv til [os](mailto:klinik@example.org).

Se også [Knæsmerter](knaesmerter.md).

""" + "\n\n".join(f"## Afsnit {i}\n\n" + "Lang tekst om øvelser. " * 40 for i in range(12))

KNEE = """---
title: Knæsmerter
lastUpdated: 2025-02-01
---
Om knæ.
"""


@pytest.fixture
def linked_library(write_article: Callable[..., Path]) -> Library:
    write_article("aeroe-oevelser.md", LINKED)
    path = write_article("knaesmerter.md", KNEE)
    return Library.load([Source(path.parent)])


def _click_keys(qtbot: QtBot, window: KioskWindow, text: str) -> None:
    for char in text:
        if char.isupper():
            qtbot.mouseClick(window.keyboard.shift, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.keyboard.keys[char.lower()], Qt.MouseButton.LeftButton)


def _visible_tiles(window: KioskWindow) -> list[QPushButton]:
    return [tile for tile in window.home.tiles if tile.isVisible()]


def test_kiosk_is_full_screen_frameless_and_shows_big_tiles(make_kiosk: MakeKiosk, library: Library) -> None:
    window = make_kiosk(full_screen=True)
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.findChildren(QPushButton)  # buttons, but no menu bar or tool bar anywhere
    assert not window.findChildren(QMenuBar) and not window.findChildren(QToolBar)
    tiles = _visible_tiles(window)
    assert [t.title.text() for t in tiles] == [a.title for a in library.sorted()]
    for tile in tiles:
        assert tile.height() >= MIN_TARGET and tile.width() >= MIN_TARGET
        assert tile.title.font().pixelSize() >= 30 or tile.title.fontInfo().pixelSize() >= 30


def test_tile_opens_article_with_big_back_and_home(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    tile = _visible_tiles(window)[1]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.article
    assert window.view.current_slug == tile.key
    for button in (window.article.back, window.article.home):
        assert button.isVisible() and button.height() >= MIN_TARGET and button.width() >= MIN_TARGET
    assert not window.article.print_button.isVisible()  # printing is off by default
    qtbot.mouseClick(window.article.back, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home
    qtbot.mouseClick(_visible_tiles(window)[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.article.home, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home


def test_onscreen_keyboard_types_danish_letters_and_searches(qtbot: QtBot, make_kiosk: MakeKiosk,
                                                             linked_library: Library) -> None:
    window = make_kiosk(lib=linked_library)
    assert not window.keyboard.isVisible()
    qtbot.mouseClick(window.home.search_field, Qt.MouseButton.LeftButton)
    assert window.keyboard.isVisible()
    for key in window.keyboard.keys.values():
        assert key.height() >= MIN_TARGET and key.width() >= MIN_TARGET
    _click_keys(qtbot, window, "Ærø")
    assert window.home.search_field.text() == "Ærø"
    assert [t.key for t in _visible_tiles(window)] == ["aeroe-oevelser"]
    qtbot.mouseClick(window.keyboard.backspace, Qt.MouseButton.LeftButton)
    assert window.home.search_field.text() == "Ær"
    assert window.home.clear_button.isVisible() and window.home.clear_button.height() >= MIN_TARGET
    qtbot.mouseClick(window.keyboard.space, Qt.MouseButton.LeftButton)
    _click_keys(qtbot, window, "qqq")
    assert window.home.search_field.text() == "Ær qqq"
    assert [t.key for t in _visible_tiles(window)] == ["aeroe-oevelser"]  # the words that match still count
    qtbot.mouseClick(window.home.clear_button, Qt.MouseButton.LeftButton)
    assert window.home.search_field.text() == "" and not window.home.clear_button.isVisible()
    _click_keys(qtbot, window, "qqq")
    assert not _visible_tiles(window)
    assert window.home.empty.isVisible() and "Ingen artikler" in window.home.empty.text()
    qtbot.mouseClick(window.home.clear_button, Qt.MouseButton.LeftButton)
    _click_keys(qtbot, window, "knæ")
    qtbot.mouseClick(_visible_tiles(window)[0], Qt.MouseButton.LeftButton)
    assert window.view.current_slug == "knaesmerter"
    assert not window.keyboard.isVisible()  # hidden when an article opens


def test_keyboard_close_key_hides_it(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    qtbot.mouseClick(window.home.search_field, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.keyboard.close_key, Qt.MouseButton.LeftButton)
    assert not window.keyboard.isVisible()


def test_many_articles_show_category_tiles_first(qtbot: QtBot, make_kiosk: MakeKiosk,
                                                 write_article: Callable[..., Path]) -> None:
    path = Path()
    for i in range(CATEGORY_THRESHOLD + 2):
        category = "Ryg" if i % 2 else "Knæ"
        path = write_article(f"a{i:02}.md", f"---\ntitle: Artikel {i}\ncategory: {category}\n---\nTekst {i}.\n")
    window = make_kiosk(lib=Library.load([Source(path.parent)]))
    assert [t.title.text() for t in _visible_tiles(window)] == ["Knæ", "Ryg"]
    qtbot.mouseClick(_visible_tiles(window)[1], Qt.MouseButton.LeftButton)
    assert len(_visible_tiles(window)) == (CATEGORY_THRESHOLD + 2) // 2
    assert all(int(t.key[1:]) % 2 for t in _visible_tiles(window))
    qtbot.mouseClick(window.home.all_topics, Qt.MouseButton.LeftButton)
    assert len(_visible_tiles(window)) == 2


def test_category_tiles_use_the_shared_grouping(qtbot: QtBot, make_kiosk: MakeKiosk,
                                                write_article: Callable[..., Path]) -> None:
    """Tags stand in for a missing category, the order is Danish (Æ after Z) and "Andet" comes last."""
    fronts = ["category: Ærmer", "category: Zone", "tags: [albue, arm]", "category: ryg", "category: Ryg", ""]
    path = Path()
    for i in range(CATEGORY_THRESHOLD + 4):
        front = fronts[i % len(fronts)]
        path = write_article(f"a{i:02}.md", f"---\ntitle: Artikel {i}\n{front}\n---\nTekst {i}.\n")
    window = make_kiosk(lib=Library.load([Source(path.parent)]))
    tiles = _visible_tiles(window)
    assert [t.title.text() for t in tiles] == ["Albue", "Ryg", "Zone", "Ærmer", "Andet"]
    assert tiles[1].detail.text() == "5 artikler"
    qtbot.mouseClick(tiles[-1], Qt.MouseButton.LeftButton)
    assert sorted(int(t.key[1:]) % len(fronts) for t in _visible_tiles(window)) == [5, 5]


def _dirty(qtbot: QtBot, window: KioskWindow) -> None:
    """A patient's session: a search, an article, a link followed, bigger text, scrolled, keyboard open."""
    qtbot.mouseClick(window.home.search_field, Qt.MouseButton.LeftButton)
    _click_keys(qtbot, window, "ærø")
    qtbot.mouseClick(_visible_tiles(window)[0], Qt.MouseButton.LeftButton)
    window.view.anchorClicked.emit(QUrl("knaesmerter.md"))
    window.view.go_back()
    qtbot.mouseClick(window.article.larger, Qt.MouseButton.LeftButton)
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum())
    window.show_keyboard()
    assert window.view.can_go_forward() and window.view.zoom != KIOSK_ZOOM
    assert window.view.verticalScrollBar().value() > 0


def test_idle_countdown_then_reset_clears_everything(qtbot: QtBot, make_kiosk: MakeKiosk, linked_library: Library) -> None:
    window = make_kiosk(lib=linked_library, idle_ms=60_000, countdown_s=3, tick_ms=20)
    _dirty(qtbot, window)
    window.pin_dialog.open()
    window.guard.idle_timer.setInterval(30)
    window.guard.idle_timer.start()
    qtbot.waitUntil(window.idle_dialog.isVisible, timeout=2000)
    assert window.idle_dialog.count.text() in ("3", "2", "1")
    with qtbot.waitSignal(window.reset_done, timeout=3000):
        pass
    assert window.home.search_field.text() == ""
    assert not window.view.can_go_back() and not window.view.can_go_forward()
    assert window.view.current_slug is None
    assert window.view.zoom == KIOSK_ZOOM
    assert window.view.verticalScrollBar().value() == 0
    assert window.home.scroll.verticalScrollBar().value() == 0
    assert window.stack.currentWidget() is window.home
    assert not window.keyboard.isVisible()
    assert not any(overlay.isVisible() for overlay in window.overlays)
    assert "Ærø" not in window.view.toPlainText()
    # The next patient can not go Back into the previous patient's pages.
    qtbot.mouseClick(_visible_tiles(window)[0], Qt.MouseButton.LeftButton)
    assert not window.view.can_go_back()
    qtbot.mouseClick(window.article.back, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home


def test_touch_during_countdown_keeps_the_session(qtbot: QtBot, make_kiosk: MakeKiosk, linked_library: Library) -> None:
    window = make_kiosk(lib=linked_library, idle_ms=30, countdown_s=10, tick_ms=1000)
    assert [t.key for t in _visible_tiles(window)] == ["knaesmerter", "aeroe-oevelser"]  # Danish order: æ after z
    qtbot.mouseClick(_visible_tiles(window)[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.idle_dialog.isVisible, timeout=2000)
    window.guard.idle_timer.setInterval(60_000)
    with qtbot.waitSignal(window.idle_dialog.kept, timeout=1000):
        qtbot.mousePress(window.idle_dialog, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    qtbot.mouseRelease(window.idle_dialog, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    assert not window.idle_dialog.isVisible()
    assert window.stack.currentWidget() is window.article
    assert window.view.current_slug == "aeroe-oevelser"


def test_clean_home_screen_is_not_interrupted(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(idle_ms=20)
    periods: list[bool] = []
    window.guard.idle.connect(lambda: periods.append(window.idle_dialog.isVisible()))
    qtbot.waitUntil(lambda: len(periods) >= 3, timeout=2000)  # several idle periods with nothing to clear
    assert not any(periods) and not window.idle_dialog.isVisible()


@pytest.mark.parametrize(("key", "modifiers"), [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
])
def test_close_keys_do_nothing(qtbot: QtBot, make_kiosk: MakeKiosk, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    window = make_kiosk(full_screen=True)
    window.home.search_field.setFocus()
    qtbot.keyClicks(window.home.search_field, "ryg")
    before = window.guard.blocked_keys
    qtbot.keyClick(window.home.search_field, key, modifiers)
    assert window.guard.blocked_keys == before + 1
    assert window.isVisible() and window.isFullScreen()
    assert window.home.search_field.text() == "ryg"
    assert not window.pin_dialog.isVisible()


def test_close_event_needs_the_pin(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    assert window.close() is False and window.isVisible()
    window.open_pin_dialog()
    for digit in PIN:
        qtbot.mouseClick(window.pin_dialog.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pin_dialog.keys["OK"], Qt.MouseButton.LeftButton)
    assert window.staff_menu.isVisible()
    with qtbot.waitSignal(window.quit_requested):
        qtbot.mouseClick(window.staff_menu.findChildren(QPushButton)[2], Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_key_chord_and_corner_hold_open_the_pin_dialog(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(hold_ms=40)
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.home.search_field, Qt.Key.Key_P, chord)
    assert window.pin_dialog.isVisible()
    qtbot.mouseClick(window.pin_dialog.cancel, Qt.MouseButton.LeftButton)
    assert not window.pin_dialog.isVisible()
    qtbot.mousePress(window.home, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))  # not the corner
    assert not window.guard.hold_timer.isActive()
    qtbot.mouseRelease(window.home, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    qtbot.mousePress(window.home, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert window.guard.hold_timer.isActive()
    qtbot.mouseRelease(window.home, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))  # let go too soon
    assert not window.guard.hold_timer.isActive() and not window.pin_dialog.isVisible()
    qtbot.mousePress(window.home, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    qtbot.waitUntil(window.pin_dialog.isVisible, timeout=1000)
    qtbot.mouseRelease(window.home, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))


def test_wrong_pins_slow_down_further_tries(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(lockout_base=0.15)
    dialog = window.pin_dialog
    window.open_pin_dialog()

    def enter(pin: str) -> None:
        for digit in pin:
            dialog.press(digit)
        dialog.press("OK")

    enter("1111")
    assert not window.staff_menu.isVisible() and dialog.pad.isEnabled()  # the first slip costs nothing
    enter("2222")
    assert not dialog.pad.isEnabled() and window.pin_gate.wait_left() > 0
    enter(PIN)  # ignored while locked, even the right one
    assert not window.staff_menu.isVisible()
    qtbot.waitUntil(dialog.pad.isEnabled, timeout=2000)
    enter("3333")
    assert window.pin_gate.wait_left() > 0.15  # longer than the last wait
    dialog.close_overlay()
    window.open_pin_dialog()
    assert not dialog.pad.isEnabled()  # closing and reopening does not skip the wait
    qtbot.waitUntil(dialog.pad.isEnabled, timeout=3000)
    enter(PIN)
    assert window.staff_menu.isVisible() and window.pin_gate.failures == 0


def test_without_a_pin_the_dialog_says_how_to_set_one(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(pin="")
    window.open_pin_dialog()
    assert window.pin_dialog.isVisible()
    assert not window.pin_dialog.pad.isVisible()
    assert "patient-reader set-pin" in window.pin_dialog.command.text()
    assert window.close() is False


def test_staff_can_leave_the_kiosk(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    window.open_pin_dialog()
    for digit in PIN + "K":
        window.pin_dialog.press("OK" if digit == "K" else digit)
    with qtbot.waitSignal(window.leave_requested):
        qtbot.mouseClick(window.staff_menu.findChildren(QPushButton)[0], Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_staff_settings_turn_printing_on(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    settings = Settings()
    window = make_kiosk(settings=settings)
    window.settings_dialog.open()
    qtbot.mouseClick(window.settings_dialog.printing_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.settings_dialog.longer, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.settings_dialog.save, Qt.MouseButton.LeftButton)
    assert settings.kiosk_printing and settings.kiosk_idle_timeout == 120
    assert window.guard.idle_timer.interval() == 120_000
    qtbot.mouseClick(_visible_tiles(window)[0], Qt.MouseButton.LeftButton)
    assert window.article.print_button.isVisible()


def test_external_links_never_open(qtbot: QtBot, make_kiosk: MakeKiosk, linked_library: Library,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_kiosk(lib=linked_library)
    window.open_article("aeroe-oevelser")
    document = window.view.document()
    # The internet links are plain text now; the link to another article still works.
    assert unlink_external(document) == 0
    cursor = document.find("Sundhed.dk")
    assert not cursor.charFormat().isAnchor()
    internal = document.find("Knæsmerter")
    internal.setPosition(internal.selectionStart() + 1)
    assert internal.charFormat().anchorHref() == "knaesmerter.md"
    # Tapping the former link does nothing; a click that still reaches the link handler shows a notice.
    spot = document.find("Sundhed.dk")
    spot.setPosition(spot.selectionStart() + 2, QTextCursor.MoveMode.MoveAnchor)
    point = window.view.cursorRect(spot).center()
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.view.current_slug == "aeroe-oevelser"
    window.view.anchorClicked.emit(QUrl("https://www.sundhed.dk/"))
    assert window.article.notice.isVisible() and "Links er slået fra" in window.article.notice.text()
    link = document.find("Knæsmerter")
    link.setPosition(link.selectionStart() + 2)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=window.view.cursorRect(link).center())
    assert window.view.current_slug == "knaesmerter"
    assert opened == []


def test_no_context_menu_no_drops_no_selection(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    window.open_article(window.home.tiles[0].key)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(10, 10), QPoint(10, 10))
    assert window.guard.eventFilter(window.view.viewport(), event) is True
    drop = QEvent(QEvent.Type.Drop)
    assert window.guard.eventFilter(window.home.search_field, drop) is True
    assert window.view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert not window.view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert not window.home.search_field.dragEnabled()


def test_finger_scrolling_is_on(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    assert QScroller.hasScroller(window.view.viewport())
    assert QScroller.hasScroller(window.home.scroll.viewport())


def test_print_goes_straight_to_the_printer_when_enabled(qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"

    def printer() -> QPrinter:
        target = QPrinter(QPrinter.PrinterMode.HighResolution)
        target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        target.setOutputFileName(str(out))
        return target

    settings = Settings(kiosk_printing=True)
    window = make_kiosk(settings=settings, printer_factory=printer)
    qtbot.mouseClick(_visible_tiles(window)[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.article.print_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF")
    assert "printeren" in window.article.notice.text()
    off = make_kiosk(printer_factory=lambda: pytest.fail("printing is off"))
    off.open_article(off.home.tiles[0].key)
    assert not off.article.print_button.isVisible()
    off.print_page()


def test_no_printer_says_so(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(settings=Settings(kiosk_printing=True), printer_factory=lambda: None)
    window.open_article(window.home.tiles[0].key)
    qtbot.mouseClick(window.article.print_button, Qt.MouseButton.LeftButton)
    assert "ingen printer" in window.article.notice.text()


def test_kiosk_records_no_favourites_or_recent(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    settings = Settings()
    window = make_kiosk(settings=settings)
    qtbot.mouseClick(_visible_tiles(window)[0], Qt.MouseButton.LeftButton)
    assert settings.recent == [] and settings.favourites == [] and settings.last_article == ""


def test_any_text_in_the_search_field_is_safe(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    for text in ('"', "(*", "'; DROP TABLE", "æøå ÆØÅ", "x" * 10_000, "\x00\n\t", "🙂"):
        window.home.search_field.setText(text)
    assert len(window.home.search_field.text()) <= 200


def test_dragging_a_tile_scrolls_instead_of_opening(qtbot: QtBot, make_kiosk: MakeKiosk,
                                                    write_article: Callable[..., Path]) -> None:
    path = Path()
    for i in range(CATEGORY_THRESHOLD):
        path = write_article(f"b{i:02}.md", f"---\ntitle: Emne {i}\n---\nTekst.\n")
    window = make_kiosk(lib=Library.load([Source(path.parent)]))
    tile = _visible_tiles(window)[3]
    bar = window.home.scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    origin = tile.mapToGlobal(QPoint(0, 0))  # the finger's path on the screen, fixed while the tiles move
    qtbot.mousePress(tile, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    for y in (90, 60, 20):
        local = tile.mapFromGlobal(origin + QPoint(100, y))
        QApplication.sendEvent(tile, QMouseEvent(
            QEvent.Type.MouseMove, QPointF(local), QPointF(origin + QPoint(100, y)), Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.mouseRelease(tile, Qt.MouseButton.LeftButton, pos=tile.mapFromGlobal(origin + QPoint(100, 20)))
    assert bar.value() == 80
    assert window.stack.currentWidget() is window.home and not tile.isDown()


def test_a_real_touch_keeps_the_session_and_the_corner_hold_works_by_touch(
        qtbot: QtBot, make_kiosk: MakeKiosk, linked_library: Library) -> None:
    from PySide6.QtTest import QTest

    device = QTest.createTouchDevice()
    window = make_kiosk(lib=linked_library, idle_ms=30, countdown_s=10, tick_ms=1000, hold_ms=40)
    window.open_article("knaesmerter")
    qtbot.waitUntil(window.idle_dialog.isVisible, timeout=2000)
    window.guard.idle_timer.setInterval(60_000)
    with qtbot.waitSignal(window.idle_dialog.kept, timeout=1000):
        QTest.touchEvent(window, device).press(0, QPoint(600, 600)).commit()
    QTest.touchEvent(window, device).release(0, QPoint(600, 600)).commit()
    assert window.view.current_slug == "knaesmerter" and not window.idle_dialog.isVisible()
    QTest.touchEvent(window, device).press(0, QPoint(3, 3)).commit()
    qtbot.waitUntil(window.pin_dialog.isVisible, timeout=1000)
    QTest.touchEvent(window, device).release(0, QPoint(3, 3)).commit()


def test_search_hits_per_section_give_one_tile_per_article(make_kiosk: MakeKiosk,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.sidebar.model import ListItem

    window = make_kiosk()
    rows = [ListItem("nervesmerter", "Nervesmerter", "Afsnit 1", anchor="a"),
            ListItem("nervesmerter", "Nervesmerter", "Afsnit 2", anchor="b"),
            ListItem("nerveledning", "Nerveledning", "Afsnit 3", anchor="c")]
    monkeypatch.setattr(window.search, "items_for", lambda text: rows)
    window.home.search_field.setText("nerve")
    assert [(t.key, t.anchor) for t in _visible_tiles(window)] == [("nervesmerter", "a"), ("nerveledning", "c")]


def test_the_kiosk_goes_back_to_full_screen(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(full_screen=True)
    window.showNormal()
    qtbot.waitUntil(window.isFullScreen, timeout=1000)
    window.showMinimized()
    qtbot.waitUntil(lambda: window.windowState() == Qt.WindowState.WindowFullScreen, timeout=1000)


def test_staff_can_type_the_pin_on_a_physical_keyboard(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk()
    window.home.search_field.setFocus()
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.home.search_field, Qt.Key.Key_P, chord)
    qtbot.waitUntil(window.pin_dialog.hasFocus, timeout=1000)
    qtbot.keyClicks(window.pin_dialog, PIN + "9")
    qtbot.keyClick(window.pin_dialog, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.pin_dialog, Qt.Key.Key_Return)
    assert window.staff_menu.isVisible()
    assert window.home.search_field.text() == ""  # nothing went into the page underneath


def test_search_words_are_marked_in_the_opened_article(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    from reader.slug import ascii_fold

    window = make_kiosk()
    qtbot.mouseClick(window.home.search_field, Qt.MouseButton.LeftButton)
    _click_keys(qtbot, window, "laenden")  # æ spelt "ae" still finds and marks "lænden"
    tile = next(t for t in _visible_tiles(window) if t.key == "nervetryk-i-laenden")
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    marks = window.view.extraSelections()
    assert len(marks) >= 3
    assert all(ascii_fold(m.cursor.selectedText()).startswith("laend") for m in marks)
    window.view.zoom_in()  # re-rendered: still marked
    assert len(window.view.extraSelections()) == len(marks)
    qtbot.mouseClick(window.article.home, Qt.MouseButton.LeftButton)
    window.home.reset()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.view.extraSelections() == []  # opened without a search: nothing marked


def test_self_test_step_checks_pin_hashing_and_links(linked_library: Library, monkeypatch: pytest.MonkeyPatch,
                                                     qtbot: QtBot) -> None:
    import ui.kiosk.window
    from ui.selftest.kiosk import check_kiosk

    assert check_kiosk(linked_library) == []
    monkeypatch.setattr(ui.kiosk.window, "unlink_external", lambda document: 0)
    failures = check_kiosk(linked_library)
    assert any("https://www.sundhed.dk/" in f for f in failures) and any("mailto:" in f for f in failures)


def test_kiosk_follows_the_clinic_folder(qtbot: QtBot, tmp_path: Path) -> None:
    """A running kiosk shows an article the clinic adds, and leaves an article the clinic deletes."""
    from ui.kiosk.window import start_kiosk

    clinic = tmp_path / "klinik"
    clinic.mkdir()
    (clinic / "knæ.md").write_text("---\ntitle: Knæøvelser\n---\n\n## Øvelse\n\nBøj knæet.\n", encoding="utf-8")
    sources = [Source(clinic, "clinic")]
    window, _watcher = start_kiosk(Library.load(sources), Settings(), 600, sources)
    qtbot.addWidget(window)
    try:
        (clinic / "skulder.md").write_text("---\ntitle: Skulderøvelser\n---\n\nLøft armen.\n", encoding="utf-8")
        qtbot.waitUntil(lambda: "Skulderøvelser" in [t.title.text() for t in _visible_tiles(window)], timeout=4000)
        window.open_article("knae")
        assert window.stack.currentWidget() is window.article
        (clinic / "knæ.md").unlink()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=4000)
        assert [t.title.text() for t in _visible_tiles(window)] == ["Skulderøvelser"]
    finally:
        window.unlock()
        window.close()


def test_idle_reset_leaves_no_undo_and_no_selection(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    """After the reset neither the Undo key nor a middle click brings back the last patient's search."""
    from PySide6.QtGui import QClipboard, QGuiApplication

    window = make_kiosk(idle_ms=60_000, countdown_s=1, tick_ms=20)
    field = window.home.search_field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "Zyxwq ryg")
    assert field.text() == "Zyxwq ryg"
    qtbot.mouseDClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.textMargins().left() + 30, field.height() // 2))
    field.setSelection(0, 5)  # what a drag or a double click selects: "Zyxwq" …
    clipboard = QGuiApplication.clipboard()
    if clipboard.supportsSelection():  # … and on X11 the field then owns the X selection a middle click pastes
        clipboard.setText(field.selectedText(), QClipboard.Mode.Selection)
        qtbot.waitUntil(lambda: "Zyxwq" in clipboard.text(QClipboard.Mode.Selection), timeout=1000)
    window.guard.idle_timer.setInterval(30)
    window.guard.idle_timer.start()
    with qtbot.waitSignal(window.reset_done, timeout=3000):
        pass
    assert field.text() == "" and not field.hasSelectedText()
    field.setFocus()
    for key, modifiers in ((Qt.Key.Key_Undo, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_Redo, Qt.KeyboardModifier.NoModifier)):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # as a keyboard's Undo key sends it
            QApplication.sendEvent(field, QKeyEvent(kind, key, modifiers))
        assert field.text() == ""
    assert not field.isUndoAvailable() and not field.isRedoAvailable()
    field.undo()  # even the program's own undo has nothing to bring back
    assert field.text() == ""
    assert window.is_clean()
    for mode in (QClipboard.Mode.Selection, QClipboard.Mode.Clipboard):
        assert "Zyxwq" not in clipboard.text(mode)
        assert "ryg" not in clipboard.text(mode)


def test_the_kiosk_keeps_the_pin_it_started_with(qtbot: QtBot, tmp_path: Path) -> None:
    """set-pin during a session, or a settings file broken while the kiosk runs, changes nothing about who unlocks it."""
    from reader.pin import hash_pin
    from reader.settings import save, settings_path

    started = Settings(kiosk_pin_hash=hash_pin("246813"))
    save(started)
    window = KioskWindow(Library.load([]), started, persist=None)
    qtbot.addWidget(window)
    try:
        save(Settings(kiosk_pin_hash=hash_pin("999999")))  # someone ran set-pin meanwhile
        assert not window.pin_gate.check("999999")
        window.pin_gate.failures, window.pin_gate.lockout_base = 0, 0.0
        settings_path().write_bytes(b"\x00{garbage")  # and then the file broke
        assert window.pin_gate.check("246813")
        settings_path().unlink()
        assert window.pin_gate.check("246813")
    finally:
        window.unlock()
        window.close()


def test_a_kiosk_started_without_a_pin_takes_the_first_one_set(qtbot: QtBot) -> None:
    """Its dialog tells staff to run set-pin: that PIN then unlocks it, and is kept from then on."""
    from reader.pin import hash_pin
    from reader.settings import save

    window = KioskWindow(Library.load([]), Settings(), persist=None)
    qtbot.addWidget(window)
    try:
        window.open_pin_dialog()
        assert "6 cifre" in window.pin_dialog.message.text() and not window.pin_dialog.pad.isVisible()
        save(Settings(kiosk_pin_hash=hash_pin("135790")))
        assert window.pin_gate.check("135790")
        save(Settings(kiosk_pin_hash=hash_pin("000000")))
        assert not window.pin_gate.check("000000") and window.pin_gate.check("135790")
    finally:
        window.unlock()
        window.close()


@pytest.mark.parametrize("away", ["showMinimized", "hide", "showNormal"])
def test_the_kiosk_comes_back_to_the_front_within_a_second(qtbot: QtBot, make_kiosk: MakeKiosk, away: str) -> None:
    """Whatever the window manager does to it (iconify, unmap, un-fullscreen), it is back full screen within 1 s."""
    window = make_kiosk(full_screen=True)
    assert window.front_timer.isActive() and window.front_timer.interval() <= 500
    getattr(window, away)()
    qtbot.waitUntil(lambda: window.isVisible() and window.isFullScreen() and not window.isMinimized(), timeout=1000)
    assert not window.out_of_front()


def test_a_kiosk_unmapped_by_its_window_manager_comes_back(qtbot: QtBot, make_kiosk: MakeKiosk,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Another desktop or "show desktop" only unmaps the X window (Qt sees nothing): the check asks X11."""
    import ui.kiosk.x11

    window = make_kiosk(full_screen=True)
    mapped = {"now": False}
    held: list[int] = []
    monkeypatch.setattr(ui.kiosk.x11, "is_viewable", lambda _id: mapped["now"])
    monkeypatch.setattr(ui.kiosk.x11, "hold", lambda wid: held.append(wid) or mapped.update(now=True) or True)
    qtbot.waitUntil(lambda: bool(held), timeout=1000)
    assert held[0] == int(window.winId()) and window.recoveries >= 1 and not window.out_of_front()
    window.unlock()
    mapped["now"] = False
    count = window.recoveries
    qtbot.wait(600)
    assert window.recoveries == count  # after the PIN the kiosk lets go


def test_touching_the_search_field_starts_loading_the_search_code(qtbot: QtBot, make_kiosk: MakeKiosk,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The kiosk's first query waited for the whole search import; a tap on the field now starts it."""
    from ui.sidebar.search_service import SearchService

    asked: list[bool] = []
    monkeypatch.setattr(SearchService, "prepare", lambda self: asked.append(True))
    window = make_kiosk()
    qtbot.mouseClick(window.home.search_field, Qt.MouseButton.LeftButton)
    assert asked
