"""Every interactive widget of the window and its dialogs has an accessible name; keyboard focus is reachable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.mainwindow.shortcuts_dialog import ShortcutsDialog
from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]
INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QAbstractItemView, QComboBox, QAbstractSlider)


def is_interactive(widget: QWidget) -> bool:
    """Something a user can press, type in or move focus to (scroll bars of a scroll area are not)."""
    if isinstance(widget, QAbstractSlider) and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    return isinstance(widget, INTERACTIVE) or bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces (an explicit accessible name, or what Qt derives from text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QMenu, QHeaderView)) or not widget.isVisibleTo(root):
            # Menus are named by their titles; a table's accessible interface announces its own column
            # headers; hidden widgets are walked when the test opens what shows them.
            continue
        if is_interactive(widget) and not spoken_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return missing


def test_every_interactive_widget_has_a_name(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article("nervetryk-i-laenden")
    window.reading.favourite_action.trigger()
    window.reading.find_action.trigger()
    assert unnamed(window) == []
    window.reading.consultation.enter()
    assert unnamed(window) == []
    window.reading.consultation.leave()
    presentation = window.reading.second_screen.open(QApplication.primaryScreen())
    qtbot.addWidget(presentation)
    assert unnamed(presentation) == []
    presentation.close()


def test_every_dialog_has_names(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.reading.shortcuts_action.trigger()
    window.problems_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert {type(d).__name__ for d in dialogs} >= {"ShortcutsDialog", "ProblemsDialog"}
    for dialog in dialogs:
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.close()
    box = QMessageBox(QMessageBox.Icon.Question, "Åbn link i browseren?", "Linket fører ud af Patientlæser",
                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, window)
    qtbot.addWidget(box)
    box.show()
    assert unnamed(box) == []


def test_the_walk_catches_a_nameless_button(qtbot: QtBot, make_window: MakeWindow) -> None:
    from PySide6.QtWidgets import QToolButton

    window = make_window()
    QToolButton(window.sidebar).show()  # no text, no name
    assert len(unnamed(window)) == 1


def test_shortcuts_are_listed_in_menus_and_in_the_help_page(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.reading.shortcuts_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    rows = {}
    for i in range(dialog.tree.topLevelItemCount()):
        group = dialog.tree.topLevelItem(i)
        for j in range(group.childCount()):
            rows[group.child(j).text(0)] = group.child(j).text(1)
    assert rows["Konsultationstilstand"] == "F5"
    assert rows["Find på siden …"].startswith("Ctrl+F")
    assert rows["Tastaturgenveje"] == "F1"
    assert rows["Næste afsnit"].startswith("Page Down")
    assert "Ctrl+D" in rows["Favorit"]
    assert "F5" in window.reading.present_action.toolTip()


def test_tab_reaches_search_list_article_and_contents(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.open_article("nervesmerter")
    window.reading.favourite_action.trigger()
    window.sidebar.focus_search()
    seen = []
    for _ in range(12):
        focused = QApplication.focusWidget()
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    order = [window.sidebar.search_field, window.reading.favourites_panel, window.sidebar.list_view, window.view, window.reading.toc.tree]
    positions = [seen.index(w) for w in order]
    assert positions == sorted(positions)


def test_the_article_editor_and_recycle_bin_have_names(qtbot: QtBot, make_window: MakeWindow,
                                                       discard_unsaved: None) -> None:
    from ui.editor.recycle_dialog import RecycleDialog

    window = make_window()
    window.open_article("nervesmerter")
    editor = window.writing.edit_article()
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.form.review_check.setChecked(True)
    assert unnamed(editor) == []
    recycle = RecycleDialog(window)
    qtbot.addWidget(recycle)
    recycle.show()
    assert unnamed(recycle) == []
