"""Qt's own texts follow the interface language (file dialogs in Danish), and so do the window title and the name."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from reader.articles import Library
from ui.article.second_screen import PresentationWindow
from ui.base import i18n
from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def _danish_afterwards(qapp: QApplication) -> Iterator[None]:
    name = QGuiApplication.applicationDisplayName()
    yield
    i18n.reset_language()
    QGuiApplication.setApplicationDisplayName(name)


def labels_of(dialog: QFileDialog) -> set[str]:
    return {label.text().replace("&", "") for label in dialog.findChildren(QLabel) if label.text()}


def test_the_danish_file_dialog_speaks_danish(qtbot: QtBot) -> None:
    assert i18n.setup_language("da") == "da"
    dialog = QFileDialog(None, "Gem som PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/firstday-filedialog-da.png")
    shown = labels_of(dialog)
    assert {"Kig i:", "Filtype:", "Filnavn:"} <= shown, shown
    assert not {"Look in:", "Files of type:"} & shown
    dialog.close()


def test_title_and_name_follow_the_language(make_window: MakeWindow) -> None:
    assert i18n.setup_language("en") == "en"
    assert QGuiApplication.applicationDisplayName() == "Patient Reader"
    window = make_window()
    assert window.windowTitle() == "Patient Reader" and window.accessibleName() == "Patient Reader"
    window.open_article("nervetryk-i-laenden")
    assert window.windowTitle() == "Nervetryk i lænden — Patient Reader"
    i18n.setup_language("da")
    assert QGuiApplication.applicationDisplayName() == "Patientlæser"


def test_one_dash_style_in_titles(qtbot: QtBot, make_window: MakeWindow, library: Library) -> None:
    i18n.setup_language("da")
    window = make_window()
    window.open_article("nervetryk-i-laenden")
    assert window.windowTitle() == "Nervetryk i lænden — Patientlæser"
    patient_screen = PresentationWindow(library)
    qtbot.addWidget(patient_screen)
    assert patient_screen.windowTitle() == "Visning til patienten — Patientlæser"
    assert i18n.window_title("Kiosk") == "Kiosk — Patientlæser"
