"""Unticked check boxes stay visible in the dark and high-contrast themes (Fusion's own border all but vanishes)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.base.test_themes import contrast
from ui.base.themes import ThemeManager


def ratio(a: QColor, b: QColor) -> float:
    return contrast(a.name(), b.name())


@pytest.fixture
def themes(qapp: object) -> Iterator[ThemeManager]:
    manager = ThemeManager("light")
    yield manager
    manager.set_theme("light")


def themed_box(qtbot: QtBot, manager: ThemeManager, theme: str) -> tuple[QWidget, QCheckBox, QTreeWidget]:
    manager.set_theme(theme)
    holder = QWidget()
    qtbot.addWidget(holder)
    box = QCheckBox("Large print", holder)
    tree = QTreeWidget(holder)
    tree.setHeaderHidden(True)
    item = QTreeWidgetItem(tree, ["Nerve entrapment"])
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(0, Qt.CheckState.Unchecked)
    layout = QVBoxLayout(holder)
    layout.addWidget(box)
    layout.addWidget(tree)
    holder.resize(300, 200)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, box, tree


@pytest.mark.parametrize("theme", ["dark", "contrast"])
def test_unticked_check_box_border_stands_out(qtbot: QtBot, themes: ThemeManager, theme: str) -> None:
    _holder, box, _tree = themed_box(qtbot, themes, theme)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    y = rect.center().y()
    border = image.pixelColor(rect.left(), y)
    inside = image.pixelColor(rect.center().x(), y)
    outside = image.pixelColor(max(0, rect.left() - 2), y) if rect.left() >= 2 else box.palette().window().color()
    assert ratio(border, outside) >= 3.0, (theme, border.name(), outside.name())
    assert ratio(border, inside) >= 3.0, (theme, border.name(), inside.name())


@pytest.mark.parametrize("theme", ["dark", "contrast"])
def test_unticked_tree_item_box_stands_out(qtbot: QtBot, themes: ThemeManager, theme: str) -> None:
    _holder, _box, tree = themed_box(qtbot, themes, theme)
    row = tree.visualItemRect(tree.topLevelItem(0))
    image = tree.viewport().grab().toImage()
    base = tree.palette().base().color()
    indicator = tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4  # the box and its margin, not the text
    # The tick box sits left of the text: some pixel there must stand out 3:1 from the row's background.
    best = max(ratio(image.pixelColor(x, y), base)
               for x in range(row.left(), row.left() + indicator) for y in range(row.top(), row.bottom() + 1))
    assert best >= 3.0, (theme, base.name())
