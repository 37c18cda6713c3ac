"""The handout dialog driven like a user: Ctrl+P, ticking sections, reordering, typing, PDF, templates, privacy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from reader import paths
from reader.settings import ClinicProfile, Settings, settings_path
from reader.settings import load as load_settings
from reader.settings import save as save_settings
from ui.cli import main as cli
from ui.handout.dialog import HandoutDialog
from ui.mainwindow.window import MainWindow

LOGO = Path(__file__).resolve().parents[2] / "data" / "handout" / "clinic-logo.png"
PATIENT = "Søren Zebedæus Søndergård"
NOTE = "Lav nerveglidningerne tre gange dagligt"


def flat(text: str) -> str:
    return "".join(text.split())


def pdf_text(path: Path) -> str:
    return flat(" ".join(page.extract_text() for page in PdfReader(str(path)).pages))


def open_dialog(qtbot: QtBot, window: MainWindow) -> HandoutDialog:
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "handout_dialog", None) is not None and window.handout_dialog.isVisible())
    dialog: HandoutDialog = window.handout_dialog
    dialog._timer.setInterval(0)
    return dialog


def tree_item(dialog: HandoutDialog, key: str) -> QTreeWidgetItem:
    for index in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(index)
        if top.data(0, Qt.ItemDataRole.UserRole) == key:
            return top
        for row in range(top.childCount()):
            if top.child(row).data(0, Qt.ItemDataRole.UserRole) == key:
                return top.child(row)
    raise AssertionError(key)


def toggle(qtbot: QtBot, dialog: HandoutDialog, key: str) -> None:
    item = tree_item(dialog, key)
    if item.parent() is not None:
        item.parent().setExpanded(True)
    dialog.tree.setCurrentItem(item)
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)


def test_compose_reorder_and_save_pdf(qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path) -> None:
    window = make_window(Settings(clinic=ClinicProfile(name="Klinik Åbyhøj", logo=str(LOGO))))
    window.open_article("nerveledning")
    dialog = open_dialog(qtbot, window)
    assert dialog.order == ["nerveledning"]  # the open article is pre-selected
    assert tree_item(dialog, "nerveledning").checkState(0) == Qt.CheckState.Checked

    toggle(qtbot, dialog, "nervesmerter#hvordan-diagnosticeres-nervesmerter")
    toggle(qtbot, dialog, "nervesmerter#hvad-er-aarsagerne-til-nervesmerter")
    assert dialog.order == ["nerveledning", "nervesmerter#hvordan-diagnosticeres-nervesmerter",
                            "nervesmerter#hvad-er-aarsagerne-til-nervesmerter"]
    dialog.order_list.setCurrentRow(2)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert dialog.order[0] == "nervesmerter#hvad-er-aarsagerne-til-nervesmerter"
    assert not dialog.up_button.isEnabled()

    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        qtbot.keyClicks(dialog.patient_edit, PATIENT)
    qtbot.keyClicks(dialog.note_edit, NOTE)
    qtbot.waitUntil(lambda: not dialog._timer.isActive())
    assert dialog.layout_result is not None and dialog.layout_result.page_count >= 2
    assert dialog.preview.pageCount() == dialog.layout_result.page_count

    out = tmp_path / "udleveret"
    dialog._ask_pdf_path = lambda: out  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.pdf_saved, timeout=5000):
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    text = pdf_text(tmp_path / "udleveret.pdf")
    assert flat(PATIENT) in text and flat(NOTE) in text and flat("Klinik Åbyhøj") in text
    first, second, third = (text.index(flat(s)) for s in (
        "Hvad er årsagerne til nervesmerter?", "Nerveledning", "Hvordan diagnosticeres nervesmerter?"))
    assert first < second < third
    assert flat("Hvilke symptomer er forbundet med nervesmerter") not in text


def test_whole_article_and_sections_swap_in_place(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.open_article("nervesmerter")
    dialog = open_dialog(qtbot, window)
    toggle(qtbot, dialog, "nerveledning")
    assert dialog.order == ["nervesmerter", "nerveledning"]
    toggle(qtbot, dialog, "nervesmerter#hvordan-diagnosticeres-nervesmerter")  # untick one section
    assert dialog.order[-1] == "nerveledning" and "nervesmerter" not in dialog.order
    assert "nervesmerter#hvordan-diagnosticeres-nervesmerter" not in dialog.order
    assert len(dialog.order) > 5
    dialog.order_list.setCurrentRow(dialog.order.index("nerveledning"))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert tree_item(dialog, "nerveledning").checkState(0) == Qt.CheckState.Unchecked
    assert "nerveledning" not in dialog.order


def test_large_print_makes_more_pages_in_the_preview(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.open_article("nervetryk-i-laenden")
    dialog = open_dialog(qtbot, window)
    dialog.update_preview()
    normal = dialog.preview.pageCount()
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        qtbot.mouseClick(dialog.large_check, Qt.MouseButton.LeftButton)
    assert dialog.preview.pageCount() > normal


def test_templates_save_pick_rename_delete(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window(persist=save_settings)
    window.open_article("nervesmerter")
    dialog = open_dialog(qtbot, window)
    toggle(qtbot, dialog, "nerveledning#hvad-er-nerveledning")
    qtbot.keyClicks(dialog.patient_edit, PATIENT)
    qtbot.mouseClick(dialog.qr_check, Qt.MouseButton.LeftButton)
    warnings: list[str] = []
    dialog._warn = lambda title, text: warnings.append(text)  # type: ignore[method-assign]
    dialog._ask_text = lambda title, label, text: "Lænd – første konsultation"  # type: ignore[method-assign]

    qtbot.keyClicks(dialog.note_edit, "Søren skal gå ture")  # names the patient: refused
    qtbot.mouseClick(dialog.save_template_button, Qt.MouseButton.LeftButton)
    assert warnings and window.settings.handout_templates == []
    dialog.note_edit.clear()
    qtbot.keyClicks(dialog.note_edit, NOTE)
    qtbot.mouseClick(dialog.save_template_button, Qt.MouseButton.LeftButton)
    stored = load_settings().settings.handout_templates
    assert [t["name"] for t in stored] == ["Lænd – første konsultation"]
    assert stored[0]["items"] == ["nervesmerter", "nerveledning#hvad-er-nerveledning"] and stored[0]["qr"] is True
    dialog.close()

    second = open_dialog(qtbot, window)
    assert second.patient_edit.text() == ""
    second.template_combo.setFocus()
    qtbot.keyClick(second.template_combo, Qt.Key.Key_Down)
    assert second.order == ["nervesmerter", "nerveledning#hvad-er-nerveledning"]
    assert second.note_edit.toPlainText() == NOTE and second.qr_check.isChecked()
    second._ask_text = lambda title, label, text: "Nakke"  # type: ignore[method-assign]
    qtbot.mouseClick(second.rename_template_button, Qt.MouseButton.LeftButton)
    assert [t["name"] for t in load_settings().settings.handout_templates] == ["Nakke"]
    second._confirm = lambda title, text: True  # type: ignore[method-assign]
    qtbot.mouseClick(second.delete_template_button, Qt.MouseButton.LeftButton)
    assert load_settings().settings.handout_templates == []
    assert second.template_combo.count() == 1


def test_a_note_naming_part_of_a_hyphenated_name_is_not_saved(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    """Issue 15, item 5: "Ødegaard-Zyxwq" and the note "Husk øvelserne, Zyxwq." reached settings.json."""
    window = make_window(persist=save_settings)
    window.open_article("nervesmerter")
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.patient_edit, "Ødegaard-Zyxwq")
    warnings: list[str] = []
    dialog._warn = lambda title, text: warnings.append(text)  # type: ignore[method-assign]
    dialog._ask_text = lambda title, label, text: "Zyxwqs plan"  # type: ignore[method-assign]
    qtbot.keyClicks(dialog.note_edit, "Husk øvelserne, Zyxwq.")
    qtbot.mouseClick(dialog.save_template_button, Qt.MouseButton.LeftButton)
    dialog.note_edit.clear()
    qtbot.keyClicks(dialog.note_edit, "Husk øvelserne.")
    qtbot.mouseClick(dialog.save_template_button, Qt.MouseButton.LeftButton)  # the template's name names her
    assert [w.split(".")[0] for w in warnings] == ["Noten nævner patientens navn", "Skabelonens navn nævner patientens navn"]
    assert window.settings.handout_templates == []
    assert not settings_path().exists() or "Zyxwq" not in settings_path().read_text(encoding="utf-8")
    dialog.close()


def test_nothing_chosen_disables_output(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    dialog = open_dialog(qtbot, window)
    dialog.update_preview()
    assert dialog.order == [] and not dialog.pdf_button.isEnabled() and not dialog.print_button.isEnabled()
    assert "Vælg mindst" in dialog.status_label.text()


def test_clinic_dialog_stores_the_profile(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window(persist=save_settings)
    window.clinic_action.trigger()
    dialog = window.clinic_dialog
    qtbot.keyClicks(dialog.name_edit, "Fysioterapi Ærø")
    qtbot.keyClicks(dialog.phone_edit, "12 34 56 78")
    dialog.logo_edit.setText(str(LOGO))
    assert not dialog.logo_preview.pixmap().isNull()
    dialog.accept()
    stored = load_settings().settings.clinic
    assert (stored.name, stored.phone) == ("Fysioterapi Ærø", "12 34 56 78")
    assert Path(stored.logo).read_bytes() == LOGO.read_bytes()  # a copy in the data folder (test_handout_saving.py)


def test_patient_name_and_note_never_reach_the_home_folder(qtbot: QtBot, make_window: Callable[..., MainWindow],
                                                          tmp_path_factory: pytest.TempPathFactory) -> None:
    outside = tmp_path_factory.mktemp("udenfor")
    window = make_window(Settings(clinic=ClinicProfile(name="Klinik", logo=str(LOGO))), persist=save_settings)
    window.open_article("nervesmerter")
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.patient_edit, PATIENT)
    qtbot.keyClicks(dialog.note_edit, NOTE)
    dialog._ask_pdf_path = lambda: outside / "a.pdf"  # type: ignore[method-assign]
    dialog._ask_text = lambda title, label, text: "Skabelon"  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.pdf_saved, timeout=5000):
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    dialog.note_edit.clear()
    qtbot.mouseClick(dialog.save_template_button, Qt.MouseButton.LeftButton)  # a template, without name or note
    dialog.close()
    window.close()
    assert cli.main(["handout", "nervesmerter", "--out", str(outside / "b.pdf"), "--patient", PATIENT, "--note", NOTE]) == 0
    assert flat(PATIENT) in pdf_text(outside / "a.pdf") and flat(PATIENT) in pdf_text(outside / "b.pdf")

    home = paths.config_dir().parent
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.name == "settings.json" for p in files)  # something was written, and it was searched
    needles = [s.encode(codec) for s in (PATIENT, "Zebedæus", NOTE) for codec in ("utf-8", "utf-16-le", "latin-1")]
    for path in files:
        data = path.read_bytes()
        assert not any(needle in data for needle in needles), path


def test_print_button_paints_every_page_on_the_printer(qtbot: QtBot, make_window: Callable[..., MainWindow],
                                                       tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    window = make_window()
    window.open_article("nervesmerter")
    dialog = open_dialog(qtbot, window)
    target = tmp_path / "printer.pdf"

    def choose_printer(printer: QPrinter) -> bool:  # the user picks a printer (here: a PDF file) and presses Print
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    dialog._ask_printer = choose_printer  # type: ignore[method-assign]
    qtbot.keyClicks(dialog.patient_edit, PATIENT)
    with qtbot.waitSignal(dialog.printed, timeout=5000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(str(target))
    assert dialog.layout_result is not None and len(reader.pages) == dialog.layout_result.page_count
    text = flat(reader.pages[-1].extract_text())
    assert flat(f"Side {len(reader.pages)} af {len(reader.pages)}") in text
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4


def test_every_control_has_a_danish_accessible_name(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QWidget

    window = make_window()
    dialog = open_dialog(qtbot, window)
    window.clinic_action.trigger()
    for parent in (dialog, window.clinic_dialog):
        controls = [w for w in parent.findChildren(QWidget)
                    if isinstance(w, (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit))
                    and not dialog.preview.isAncestorOf(w) and not isinstance(w.parent(), (QComboBox,))
                    and not (isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox | type(dialog.date_edit)))]
        assert len(controls) > 5
        unnamed = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in controls if not w.accessibleName()]
        assert unnamed == []
