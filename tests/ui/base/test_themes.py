"""Themes restyle the article and the app, follow the system by default, and are remembered."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.settings import Settings, load, save
from ui.base.styles import LIGHT
from ui.base.themes import COLOURS, HIGH_CONTRAST, resolve
from ui.mainwindow.window import MainWindow

DARK = COLOURS["dark"]

MakeWindow = Callable[..., MainWindow]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""
    def luminance(colour: str) -> float:
        channels = []
        for value in QColor(colour).getRgbF()[:3]:
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        r, g, b_ = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_resolve_follows_the_system() -> None:
    assert resolve("system", dark_system=True) == "dark"
    assert resolve("system", dark_system=False) == "light"
    assert resolve("nonsense", dark_system=True) == "dark"
    assert resolve("contrast", dark_system=True) == "contrast"


@pytest.mark.parametrize("colours", [LIGHT, DARK, HIGH_CONTRAST])
def test_every_text_colour_is_readable_on_its_background(colours: object) -> None:
    c = colours
    pairs = [(c.text, c.background), (c.muted, c.background), (c.accent, c.background), (c.link, c.background),  # type: ignore[attr-defined]
             (c.text, c.table_header), (c.callout_text, c.callout), (c.text, c.callout), (c.accent, c.faq),  # type: ignore[attr-defined]
             (c.text, c.highlight)]  # type: ignore[attr-defined]
    minimum = 7.0 if c is HIGH_CONTRAST else 4.5
    for fore, back in pairs:
        assert contrast(fore, back) >= minimum, (fore, back)


def _pixel_behind_text(window: MainWindow) -> QColor:
    image = window.view.viewport().grab().toImage()
    return image.pixelColor(8, image.height() // 2)


def test_theme_menu_restyles_article_and_palette_and_is_remembered(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(settings=load().settings, persist=save)
    window.open_article("nervetryk-i-laenden")
    window.reading.theme_actions["light"].trigger()
    assert _pixel_behind_text(window) == QColor(LIGHT.background)
    window.reading.theme_actions["dark"].trigger()
    css = window.view.document().defaultStyleSheet()
    assert f"color: {DARK.text}" in css and f"background-color: {DARK.background}" in css
    assert f"border: 2px solid {DARK.callout_border}" in css  # the red-flag callout restyles too
    assert _pixel_behind_text(window) == QColor(DARK.background)
    assert QApplication.palette().color(QPalette.ColorRole.Base) == QColor(DARK.background)
    assert QApplication.palette().color(QPalette.ColorRole.Text) == QColor(DARK.text)
    window.reading.theme_actions["contrast"].trigger()
    assert f"color: {HIGH_CONTRAST.text}" in window.view.document().defaultStyleSheet()
    assert window.settings.theme == "contrast"
    window.close()
    again = make_window(settings=load().settings, persist=save)
    assert again.reading.themes.choice == "contrast" and again.reading.theme_actions["contrast"].isChecked()
    again.open_article("nervesmerter")
    assert f"color: {HIGH_CONTRAST.text}" in again.view.document().defaultStyleSheet()


def test_system_theme_is_the_default(make_window: MakeWindow) -> None:
    window = make_window(settings=Settings())
    assert window.reading.themes.choice == "system" and window.reading.theme_actions["system"].isChecked()
    dark_system = QApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    assert window.reading.themes.current == ("dark" if dark_system else "light")


def test_toolbar_arrows_follow_the_theme(make_window: MakeWindow) -> None:
    window = make_window()

    def arrow_lightness() -> int:
        image = window.back_action.icon().pixmap(32, 32).toImage()
        opaque = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
                  if image.pixelColor(x, y).alpha() > 200]
        assert opaque
        return max(c.lightness() for c in opaque)

    window.reading.theme_actions["dark"].trigger()
    assert arrow_lightness() > 180
    window.reading.theme_actions["contrast"].trigger()
    assert arrow_lightness() < 60


def test_following_the_system_restyles_when_the_desktop_turns_dark(monkeypatch: pytest.MonkeyPatch,
                                                                    make_window: MakeWindow) -> None:
    import ui.base.themes

    monkeypatch.setattr(ui.base.themes, "system_is_dark", lambda: False)
    window = make_window(settings=Settings(theme="system"))
    window.open_article("nervesmerter")
    assert f"background-color: {LIGHT.background}" in window.view.document().defaultStyleSheet()
    monkeypatch.setattr(ui.base.themes, "system_is_dark", lambda: True)
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert f"background-color: {DARK.background}" in window.view.document().defaultStyleSheet()
    window.reading.theme_actions["light"].trigger()  # a chosen theme no longer follows the desktop
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert f"background-color: {LIGHT.background}" in window.view.document().defaultStyleSheet()
