"""File → Ny artikel / Rediger artikel / Importér dokument in the main window, and the issue's "done when" test."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader import drafts
from reader.articles import Library, Source
from reader.authoring import ArticleForm
from reader.handout import Handout, HandoutItem
from reader.resources import bundled_articles_dir
from reader.settings import ClinicProfile, Settings
from ui.editor.window import EditorWindow
from ui.handout.printing import pdf_bytes, prepare
from ui.mainwindow.window import MainWindow

DATA = Path(__file__).resolve().parents[2] / "data"
ROOT = Path(__file__).resolve().parents[3]
Ctrl = Qt.KeyboardModifier.ControlModifier


pytestmark = pytest.mark.usefixtures("discard_unsaved")  # editors left open close without a modal question


@pytest.fixture
def window(qtbot: QtBot, clinic: Path) -> Iterator[MainWindow]:
    win = MainWindow(Library(), Settings(clinic_folder=str(clinic)), persist=None)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    watcher = win.watch_library([Source(bundled_articles_dir(), "bundled"), Source(clinic, "clinic")])
    qtbot.waitUntil(lambda: len(win.library) == 5, timeout=60_000)
    yield win
    watcher.stop()
    qtbot.waitUntil(lambda: not watcher.busy, timeout=60_000)


def titles(window: MainWindow) -> list[str]:
    return [item.title for item in window.sidebar.model.items()]


def active_editor(qtbot: QtBot, window: MainWindow) -> EditorWindow:
    qtbot.waitUntil(lambda: bool(window.writing.editors))
    editor = window.writing.editors[-1]
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_done_when_an_article_with_a_table_and_an_image_is_in_the_sidebar_search_and_a_handout(
        qtbot: QtBot, window: MainWindow, clinic: Path, tmp_path: Path) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Ctrl)
    editor = active_editor(qtbot, window)
    qtbot.keyClicks(editor.form.title_edit, "Springerknæ hos løbere")
    editor.editor.setFocus()
    qtbot.keyClicks(editor.editor, "Smerter under knæskallen ved patellasenen.")
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor.editor, Qt.Key.Key_T, Ctrl | Qt.KeyboardModifier.AltModifier)
    text = editor.editor.toPlainText().replace("| Kolonne 1 | Kolonne 2 | Kolonne 3 |", "| Øvelse | Gentagelser | Dage |")
    text = text.replace("|  |  |  |\n|  |  |  |", "| Excentrisk squat | 15 | Hver dag |")
    editor.editor.setPlainText(text)
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#0b5f73"))
    assert image.save(str(tmp_path / "squat.png"))
    editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.End)
    assert editor.insert_image(tmp_path / "squat.png")
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.editor, Qt.Key.Key_S, Ctrl)
    slug = "springerknae-hos-loebere"
    assert (clinic / f"{slug}.md").is_file() and (clinic / "billeder" / "squat.png").is_file()

    qtbot.waitUntil(lambda: window.view.current_slug == slug, timeout=10000)  # the saved article is shown
    assert "Springerknæ hos løbere" in titles(window)
    assert "Excentrisk squat" in window.view.toPlainText()
    window.sidebar.focus_search()
    qtbot.keyClicks(window.sidebar.search_field, "patellasenen")
    qtbot.waitUntil(lambda: titles(window)[:1] == ["Springerknæ hos løbere"], timeout=10000)

    handout = Handout((HandoutItem(slug),), "", dt.date(2026, 12, 3), "", clinic=ClinicProfile(name="Fysio Øst"))
    pdf = PdfReader(io.BytesIO(pdf_bytes(prepare(handout, window.library))))
    flat = "".join("".join(page.extract_text() or "" for page in pdf.pages).split())
    assert "Springerknæhosløbere" in flat and "Excentrisksquat" in flat and "Gentagelser" in flat
    assert sum(len(page.images) for page in pdf.pages) >= 1  # the image is printed


def test_ctrl_e_edits_the_open_bundled_article_as_a_clinic_copy(qtbot: QtBot, window: MainWindow, clinic: Path) -> None:
    assert not window.writing.edit_action.isEnabled()  # nothing open
    window.open_article("nervesmerter")
    assert window.writing.edit_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_E, Ctrl)
    editor = active_editor(qtbot, window)
    assert editor.form.title_edit.text() == "Nervesmerter"
    editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.editor, "Klinikkens tilføjelse.")
    assert editor.save()
    qtbot.waitUntil(lambda: (a := window.library.get("nervesmerter")) is not None and a.source == "clinic", timeout=10000)
    assert "Klinikkens tilføjelse." in window.view.toPlainText()
    assert (clinic / "nervesmerter.md").is_file()


def test_import_document_opens_the_result_for_review_and_writes_nothing_until_saved(
        qtbot: QtBot, window: MainWindow, clinic: Path, tmp_path: Path) -> None:
    editor = window.writing.import_document(DATA / "docx-libreoffice" / "nervetryk-i-laenden.docx")
    assert editor is not None
    body = editor.editor.toPlainText()
    assert body.count("\n## ") >= 3 and "\n| --- |" in body.replace(" --- | --- |", " --- |")
    assert "| Svaghed i ben eller fod |" in body
    assert not list(clinic.iterdir())  # reviewed first
    assert editor.duplicate is not None and not editor.save()  # the bundled article has this title: choose first
    assert not list(clinic.iterdir())
    editor.replace_existing()
    assert editor.save()
    assert [p.name for p in clinic.glob("*.md")] == ["nervetryk-i-laenden.md"]  # the clinic copy, no -2 duplicate

    broken = tmp_path / "ødelagt.docx"
    broken.write_bytes(b"PK\x03\x04 ikke en rigtig zip")
    before = len(window.writing.editors)
    assert window.writing.import_document(broken) is None
    assert len(window.writing.editors) == before
    box = window.writing.import_error
    assert "beskadiget" in box.text() and box.informativeText() == "Intet er gemt."


def test_a_draft_left_by_a_crash_is_offered_back(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    drafts.save_draft(drafts.Draft(ArticleForm("Rygøvelser"), "Læg dig på ryggen.\n"))
    asked: list[str] = []

    def question(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.writing.announce_drafts()  # what start-up does after the first paint
    assert "Rygøvelser" in window.statusBar().currentMessage()
    editor = window.writing.new_article()
    assert asked and "Rygøvelser" in asked[0]
    assert editor.form.title_edit.text() == "Rygøvelser" and editor.editor.toPlainText() == "Læg dig på ryggen.\n"
    assert editor.is_modified()


def test_a_lix_level_notes_hard_articles_in_the_problems_list(window: MainWindow) -> None:
    assert not any("LIX" in p.message for p in window.visible_problems())  # off by default
    window.settings.lix_limit = 40
    notes = [p for p in window.visible_problems() if "LIX" in p.message]
    assert notes and all("over klinikkens grænse på 40" in p.message for p in notes)


def test_the_window_does_not_import_the_editor_at_start_up(tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from reader.articles import Library
        from reader.settings import Settings
        from ui.mainwindow.window import MainWindow
        window = MainWindow(Library(), Settings(), persist=None)
        print(sorted(name for name in sys.modules if name.startswith(("ui.editor", "reader.docimport", "reader.lix"))))
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                 "PATIENT_READER_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_lix_level_is_set_in_the_folder_dialog(qtbot: QtBot, window: MainWindow) -> None:
    window.content.show_folder_dialog()
    dialog = window.content.folder_dialog
    assert dialog is not None and dialog.lix_spin.value() == 0 and dialog.lix_spin.text() == "Fra"
    dialog.lix_spin.setValue(44)
    dialog.accept()
    assert window.settings.lix_limit == 44
    assert any("LIX" in p.message for p in window.visible_problems())


def test_a_deleted_clinic_article_leaves_the_sidebar_and_papirkurv_brings_it_back(
        qtbot: QtBot, window: MainWindow, clinic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = window.writing.new_article()
    editor.form.title_edit.setText("Albuesmerter")
    editor.editor.setPlainText("Hvil armen.\n")
    assert editor.save()
    qtbot.waitUntil(lambda: "Albuesmerter" in titles(window), timeout=10000)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    editor.delete_action.trigger()
    qtbot.waitUntil(lambda: "Albuesmerter" not in titles(window), timeout=10000)
    window.writing.recycle_action.trigger()
    dialog = window.writing.recycle_dialog
    assert dialog.list.count() == 1
    assert dialog.restore_selected() == clinic / "albuesmerter.md"
    qtbot.waitUntil(lambda: "Albuesmerter" in titles(window), timeout=10000)
