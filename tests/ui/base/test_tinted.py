"""The toolbar's arrows redrawn in the theme's colour (themes.tinted): the shape kept, one colour, a faded disabled state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from ui.base.themes import tinted


def _reference(icon: QIcon, colour: QColor) -> QIcon:
    """The tint as it was first written (fillRect in SourceIn mode): the pixels the toolbar showed before."""
    source = icon.pixmap(32, 32)

    def filled(paint: QColor) -> QPixmap:
        image = source.toImage()
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), paint)
        painter.end()
        return QPixmap.fromImage(image)

    result = QIcon(filled(colour))
    faded = QColor(colour)
    faded.setAlphaF(0.4)
    result.addPixmap(filled(faded), QIcon.Mode.Disabled)
    return result


def _pixels(icon: QIcon, mode: QIcon.Mode) -> QImage:
    return icon.pixmap(32, 32, mode).toImage()


def test_the_tint_keeps_the_shape_in_one_colour_and_fades_the_disabled_state(qtbot: QtBot) -> None:
    # One fixed picture: the style's icon draws its first 32 px pixmap differently from the later, cached ones.
    arrow = QIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack).pixmap(32, 32))
    for colour in (QColor("#e6e6e6"), QColor("#1f2328"), QColor("#000000")):
        icon, reference = tinted(arrow, colour), _reference(arrow, colour)
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
            assert _pixels(icon, mode) == _pixels(reference, mode)
    shown = _pixels(tinted(arrow, QColor("#e6e6e6")), QIcon.Mode.Normal)
    assert {shown.pixelColor(x, y).name() for x in range(32) for y in range(32) if shown.pixelColor(x, y).alpha() == 255} <= {"#e6e6e6"}


def test_an_empty_icon_is_given_back_as_it_is(qtbot: QtBot) -> None:
    empty = QIcon(QPixmap())
    assert tinted(empty, QColor(Qt.GlobalColor.red)) is empty
