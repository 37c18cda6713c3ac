"""Saving handouts day to day: the last folder remembered, fresh names, open what was saved, a logo that stays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from pytestqt.qtbot import QtBot

from reader import paths
from reader.clinic_logo import keep_logo
from reader.handout import Handout, HandoutItem
from reader.settings import ClinicProfile, Settings
from reader.settings import load as load_settings
from reader.settings import save as save_settings
from ui.handout import dialog as dialog_module
from ui.handout.dialog import HandoutDialog
from ui.mainwindow.window import MainWindow

LOGO = Path(__file__).resolve().parents[2] / "data" / "handout" / "clinic-logo.png"
MakeWindow = Callable[..., MainWindow]


def open_dialog(qtbot: QtBot, window: MainWindow) -> HandoutDialog:
    window.open_article("nervetryk-i-laenden")
    window.show_handout_dialog()
    dialog: HandoutDialog = window.handout_dialog
    qtbot.waitExposed(dialog)
    dialog._timer.setInterval(0)
    dialog.date_edit.setDate(QDate(2026, 12, 1))
    return dialog


def save(qtbot: QtBot, dialog: HandoutDialog, path: Path | None = None) -> Path:
    chosen = path or dialog.suggested_pdf_path()
    dialog._ask_pdf_path = lambda: chosen  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.pdf_saved, timeout=5000):
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    return chosen


def test_the_last_folder_is_remembered_and_names_are_never_reused(qtbot: QtBot, make_window: MakeWindow,
                                                                  tmp_path: Path) -> None:
    window = make_window(persist=save_settings)
    dialog = open_dialog(qtbot, window)
    assert dialog.suggested_pdf_path() == Path.home() / "vejledning-2026-12-01.pdf"
    folder = tmp_path / "udleveret"
    folder.mkdir()
    qtbot.keyClicks(dialog.patient_edit, "Søren Ærbødig")
    first = save(qtbot, dialog, folder / "vejledning-2026-12-01.pdf")
    assert first.is_file()
    stored = load_settings().settings
    assert stored.handout_folder == str(folder)  # the folder, never the file (it may name the patient)
    assert "Søren" not in (paths.config_dir() / "settings.json").read_text(encoding="utf-8")
    assert dialog.suggested_pdf_path() == folder / "vejledning-2026-12-01-2.pdf"
    save(qtbot, dialog)
    assert dialog.suggested_pdf_path() == folder / "vejledning-2026-12-01-3.pdf"
    dialog.close()
    again = open_dialog(qtbot, window)  # the next patient, later that day
    assert again.suggested_pdf_path() == folder / "vejledning-2026-12-01-3.pdf"


def test_a_remembered_folder_that_is_gone_falls_back_to_home(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    window = make_window(Settings(handout_folder=str(tmp_path / "væk")))
    dialog = open_dialog(qtbot, window)
    assert dialog.suggested_pdf_path().parent == Path.home()


def test_after_saving_the_pdf_or_its_folder_opens(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(dialog_module.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window()
    dialog = open_dialog(qtbot, window)
    assert not dialog.open_pdf_button.isVisible()
    saved = save(qtbot, dialog, tmp_path / "v.pdf")
    assert dialog.open_pdf_button.isVisible() and dialog.open_folder_button.isVisible()
    dialog.grab().save("/tmp/firstday-handout-saved.png")
    qtbot.mouseClick(dialog.open_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert [Path(url.toLocalFile()) for url in opened] == [saved, tmp_path]
    qtbot.keyClicks(dialog.patient_edit, "Næste patient")
    qtbot.waitUntil(lambda: not dialog.open_pdf_button.isVisible())  # another handout now: nothing to open yet


def test_the_logo_is_copied_into_the_data_folder(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    original = tmp_path / "Skrivebord" / "logo.png"
    original.parent.mkdir()
    original.write_bytes(LOGO.read_bytes())
    window = make_window(persist=save_settings)
    window.clinic_action.trigger()
    clinic = window.clinic_dialog
    clinic.logo_edit.setText(str(original))
    clinic.accept()
    kept = Path(load_settings().settings.clinic.logo)
    assert kept.parent == paths.data_dir() / "logo" and kept.read_bytes() == LOGO.read_bytes()
    original.unlink()  # moved or deleted: the handout still has its logo
    from ui.handout.printing import prepare

    layout = prepare(_handout(window.settings.clinic), window.library)
    assert layout.warnings == [] and layout.job.logo_path == str(kept)


def _handout(clinic: ClinicProfile) -> Handout:
    return Handout((HandoutItem("nervesmerter"),), date=dt.date(2026, 12, 1), clinic=clinic)


def test_keep_logo_leaves_what_it_cannot_copy(tmp_path: Path) -> None:
    assert keep_logo("") == ""
    missing = str(tmp_path / "findes-ikke.png")
    assert keep_logo(missing) == missing
    kept = keep_logo(str(LOGO))
    assert keep_logo(kept) == kept  # already the kept copy


def test_focus_never_lands_on_remove_after_the_last_move_down(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    dialog = open_dialog(qtbot, window)
    dialog._check_only(["nervetryk-i-laenden", "nervesmerter", "nerveledning"])
    dialog.order_list.setCurrentRow(0)
    dialog.down_button.setFocus()
    for _ in range(2):
        qtbot.keyClick(dialog.down_button, Qt.Key.Key_Space)
    assert dialog.order[-1] == "nervetryk-i-laenden" and not dialog.down_button.isEnabled()
    assert dialog.focusWidget() is not dialog.remove_button
    assert dialog.focusWidget() is dialog.order_list
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)  # a third press removes nothing
    assert len(dialog.order) == 3
    dialog.up_button.setFocus()
    for _ in range(2):
        qtbot.keyClick(dialog.up_button, Qt.Key.Key_Space)
    assert dialog.order[0] == "nervetryk-i-laenden" and dialog.focusWidget() is not dialog.remove_button
