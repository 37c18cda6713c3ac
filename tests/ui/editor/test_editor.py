"""The article editor on its real widgets: typing, toolbar keys, highlighting, preview, problems, LIX, save, drafts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader import drafts
from reader.articles import Library, Source, load_article
from reader.recycle import list_recycled
from reader.resources import bundled_articles_dir
from ui.editor.recycle_dialog import RecycleDialog
from ui.editor.window import EditorWindow

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def bundled() -> Library:
    return Library.load([Source(bundled_articles_dir())])


def make_editor(qtbot: QtBot, library: Library, clinic: Path, **kwargs: object) -> EditorWindow:
    editor = EditorWindow(library, clinic, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # shortcuts reach the active window only
    return editor


def png(path: Path, colour: str = "#c4432b") -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def type_body(qtbot: QtBot, editor: EditorWindow, text: str) -> None:
    editor.editor.setFocus()
    for line in text.split("\n"):
        qtbot.keyClicks(editor.editor, line)
        qtbot.keyClick(editor.editor, Qt.Key.Key_Return)


def test_a_new_article_typed_with_toolbar_keys_is_saved_with_front_matter_table_and_image(
        qtbot: QtBot, bundled: Library, clinic: Path, tmp_path: Path) -> None:
    editor = make_editor(qtbot, bundled, clinic)
    qtbot.keyClicks(editor.form.title_edit, "Ondt i knæet")
    editor.form.category_box.setFocus()
    qtbot.keyClicks(editor.form.category_box, "Knæ")
    qtbot.keyClicks(editor.form.tags_edit, "knæ, løb")
    qtbot.keyClicks(editor.form.summary_edit, "Om smerter foran på knæet.")
    type_body(qtbot, editor, "Hvad er det")
    editor.editor.moveCursor(QTextCursor.MoveOperation.Up)
    qtbot.keyClick(editor.editor, Qt.Key.Key_2, Ctrl)  # heading
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.editor, "Knæet gør ondt, når du ")
    qtbot.keyClick(editor.editor, Qt.Key.Key_B, Ctrl)  # bold with a selected placeholder
    qtbot.keyClicks(editor.editor, "løber")
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor.editor, Qt.Key.Key_T, Ctrl | Qt.KeyboardModifier.AltModifier)  # table
    assert editor.insert_image(png(tmp_path / "Knæ øvelse.png"))
    qtbot.keyClick(editor.editor, Qt.Key.Key_R, Ctrl | Shift)  # the red-flag section
    body = editor.editor.toPlainText()
    assert body.startswith("## Hvad er det\n") and "**løber**" in body
    assert "| Kolonne 1 | Kolonne 2 | Kolonne 3 |\n| --- | --- | --- |" in body
    assert "![Knæ øvelse](billeder/knae-oevelse.png)" in body and (clinic / "billeder" / "knae-oevelse.png").is_file()
    assert "## Hvornår skal du søge læge?" in body
    assert editor.is_modified() and editor.windowTitle().startswith("* Ondt i knæet")
    qtbot.waitUntil(lambda: editor.form.file_label.text() == "ondt-i-knaeet.md", timeout=3000)

    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(editor.editor, Qt.Key.Key_S, Ctrl)
    path = clinic / "ondt-i-knaeet.md"
    assert saved.args == ["ondt-i-knaeet", path] and not editor.is_modified()
    result = load_article(path, "clinic")
    article = result.article
    assert article is not None and not result.problems
    assert (article.title, article.category, article.tags) == ("Ondt i knæet", "Knæ", ("knæ", "løb"))
    assert article.summary == "Om smerter foran på knæet." and article.updated == dt.date.today()
    assert article.body.strip() == body.strip()
    assert "callout" in editor.preview.toHtml() or "Vigtigt" in editor.preview.toPlainText()
    assert editor.preview.document().toPlainText().count("Kolonne 1") == 1


def test_a_new_article_never_overwrites_another_and_says_so(qtbot: QtBot, bundled: Library, clinic: Path) -> None:
    (clinic / "ondt-i-knaeet.md").write_text("---\ntitle: Ondt i knæet\n---\nDen gamle.\n", encoding="utf-8")
    editor = make_editor(qtbot, bundled, clinic)
    qtbot.keyClicks(editor.form.title_edit, "Ondt i knæet")
    type_body(qtbot, editor, "Den nye.")
    editor.refresh_preview()
    assert editor.form.file_label.text().startswith("ondt-i-knaeet-2.md")
    assert editor.save()
    assert (clinic / "ondt-i-knaeet.md").read_text(encoding="utf-8").endswith("Den gamle.\n")
    assert "Den nye." in (clinic / "ondt-i-knaeet-2.md").read_text(encoding="utf-8")
    assert "ondt-i-knaeet-2.md" in editor.saved_message and "findes allerede" in editor.saved_message
    qtbot.keyClicks(editor.form.title_edit, " igen")  # the title changes, the file stays the same
    assert editor.save() and editor.target == clinic / "ondt-i-knaeet-2.md"
    assert sorted(p.name for p in clinic.glob("*.md")) == ["ondt-i-knaeet-2.md", "ondt-i-knaeet.md"]


def test_editing_a_bundled_article_saves_a_clinic_copy_with_the_same_slug(
        qtbot: QtBot, bundled: Library, clinic: Path) -> None:
    original = bundled.get("nervesmerter")
    assert original is not None
    before = original.path.read_bytes()
    editor = make_editor(qtbot, bundled, clinic, article=original)
    assert editor.form.title_edit.text() == original.title
    assert "klinikkens kopi" in editor.form.file_label.text()
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.editor, "Tilføjet af klinikken.")
    assert editor.save()
    copy = clinic / "nervesmerter.md"
    assert copy.is_file() and original.path.read_bytes() == before
    assert "klinikkens egen kopi" in editor.saved_message
    library = Library.load([Source(bundled_articles_dir()), Source(clinic, "clinic")])
    shown = library.get("nervesmerter")
    assert shown is not None and shown.source == "clinic" and "Tilføjet af klinikken." in shown.body


def test_the_highlighter_marks_headings_lists_emphasis_links_and_tables(qtbot: QtBot, bundled: Library, clinic: Path) -> None:
    editor = make_editor(qtbot, bundled, clinic)
    editor.editor.setPlainText("## Øvelser\n- bøj **knæet** og *stræk*\n[Se også](nervesmerter.md)\n| a | b |\n")
    document = editor.editor.document()

    def formats(line: int) -> list[tuple[int, int, int, bool, bool, bool]]:
        """(start, length, weight, italic, underline, has background) of each range on the line."""
        block = document.findBlockByNumber(line)
        out = []
        for r in block.layout().formats():
            f = r.format
            out.append((r.start, r.length, f.fontWeight(), f.fontItalic(), f.fontUnderline(),
                        f.background().style() != Qt.BrushStyle.NoBrush))
        return out

    heading = formats(0)
    assert heading and heading[0][2] >= 700 and heading[0][1] == len("## Øvelser")
    items = formats(1)
    assert any(weight >= 700 and start == len("- bøj ") for start, _n, weight, *_ in items)  # **knæet**
    assert any(italic for *_, italic, _u, _b in items)
    assert any(underline for *_, underline, _b in formats(2))
    assert formats(3) and formats(3)[0][5]
    assert not formats(4) if document.blockCount() > 4 else True


def test_the_preview_follows_the_cursor_to_its_section(qtbot: QtBot, bundled: Library, clinic: Path) -> None:
    article = bundled.get("nervetryk-i-laenden")
    assert article is not None
    editor = make_editor(qtbot, bundled, clinic, article=article)
    editor.refresh_preview()
    bar = editor.preview.verticalScrollBar()
    assert bar.value() == 0
    document = editor.editor.document()
    last_heading = max(i for i in range(document.blockCount()) if document.findBlockByNumber(i).text().startswith("## "))
    cursor = QTextCursor(document.findBlockByNumber(last_heading + 1))
    editor.editor.setTextCursor(cursor)
    assert bar.value() > 0
    editor.editor.moveCursor(QTextCursor.MoveOperation.Start)
    assert bar.value() == 0


def test_problems_and_lix_are_shown_as_you_type(qtbot: QtBot, bundled: Library, clinic: Path) -> None:
    editor = make_editor(qtbot, bundled, clinic, lix_limit=30)
    type_body(qtbot, editor, "Jeg har ondt. Det går over.")
    editor.refresh_preview()
    assert editor.lix_label.text() == "LIX 3 · let"
    assert any("titel" in line for line in editor.problem_lines)
    qtbot.keyClicks(editor.form.title_edit, "Knæ")
    qtbot.keyClicks(editor.form.url_edit, "www.eksempel.dk")
    qtbot.waitUntil(lambda: any("https://" in line for line in editor.problem_lines), timeout=3000)
    assert not any("titel" in line for line in editor.problem_lines)
    editor.editor.setPlainText("Fysioterapeutiske behandlingsmuligheder indebærer træningsprogrammer, "
                               "manuelle behandlingsteknikker og vejledning om belastningsstyring.")
    editor.refresh_preview()
    assert editor.lix.band == "svær" and editor.lix_label.text().endswith("svær")
    assert any("over klinikkens grænse på 30" in line for line in editor.problem_lines)
    assert not editor.save()  # the address is not a web address: nothing written
    assert editor.message_box is not None and "https://" in editor.message_box.text()
    assert not list(clinic.glob("*.md"))


def test_undo_and_redo(qtbot: QtBot, bundled: Library, clinic: Path) -> None:
    editor = make_editor(qtbot, bundled, clinic)
    type_body(qtbot, editor, "Første linje")
    qtbot.keyClick(editor.editor, Qt.Key.Key_2, Ctrl)
    assert editor.editor.toPlainText().split("\n")[1] == "## "
    assert editor.undo_action.isEnabled()
    editor.undo_action.trigger()
    assert "## " not in editor.editor.toPlainText()
    assert editor.redo_action.isEnabled()
    editor.redo_action.trigger()
    assert "## " in editor.editor.toPlainText()


def test_closing_with_unsaved_changes_asks_and_a_draft_survives(
        qtbot: QtBot, bundled: Library, clinic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = make_editor(qtbot, bundled, clinic)
    qtbot.keyClicks(editor.form.title_edit, "Skulderøvelser")
    type_body(qtbot, editor, "Løft armen langsomt.")
    editor.save_draft()  # what the timer does after a pause in typing
    saved = drafts.load_drafts()
    assert [(d.form.title, d.body.strip()) for d in saved] == [("Skulderøvelser", "Løft armen langsomt.")]
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
            asked.append(title)
            return button
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not editor.close() and editor.isVisible() and asked == ["Gem ændringerne?"]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    assert editor.close()
    assert drafts.load_drafts() == [] and not list(clinic.glob("*.md"))


def test_a_saved_article_is_deleted_to_the_recycle_folder_and_restored(
        qtbot: QtBot, bundled: Library, clinic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = make_editor(qtbot, bundled, clinic)
    qtbot.keyClicks(editor.form.title_edit, "Hælspore")
    type_body(qtbot, editor, "Strækøvelser for foden.")
    assert not editor.delete_action.isEnabled()  # nothing saved yet
    assert editor.save()
    assert editor.delete_action.isEnabled()
    path = clinic / "haelspore.md"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(editor.deleted):
        editor.delete_action.trigger()
    assert not path.exists() and [e.original for e in list_recycled()] == [path]
    dialog = RecycleDialog()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "haelspore.md" in dialog.list.item(0).text()
    with qtbot.waitSignal(dialog.restored):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert path.is_file() and "Strækøvelser" in path.read_text(encoding="utf-8")
    assert dialog.list.count() == 0 and dialog.empty_label.isVisibleTo(dialog)


def test_lists_links_and_a_refused_image(qtbot: QtBot, bundled: Library, clinic: Path, tmp_path: Path) -> None:
    editor = make_editor(qtbot, bundled, clinic)
    editor.editor.setPlainText("Varm op\nLøb roligt\nStræk ud")
    editor.editor.selectAll()
    qtbot.keyClick(editor.editor, Qt.Key.Key_7, Ctrl | Shift)
    assert editor.editor.toPlainText() == "1. Varm op\n2. Løb roligt\n3. Stræk ud"
    editor.editor.selectAll()
    qtbot.keyClick(editor.editor, Qt.Key.Key_8, Ctrl | Shift)  # bullets replace the numbers
    assert editor.editor.toPlainText() == "- Varm op\n- Løb roligt\n- Stræk ud"
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.editor, " se ")
    editor.insert_article_link("nervesmerter")
    assert editor.editor.toPlainText().endswith("Stræk ud se [Nervesmerter](nervesmerter.md)")
    editor.refresh_preview()
    assert "Nervesmerter" in editor.preview.toPlainText()
    notes = tmp_path / "noter.pdf"
    notes.write_bytes(b"%PDF-1.4")
    assert not editor.insert_image(notes)
    assert editor.message_box is not None and "ikke et billede" in editor.message_box.text()
    assert not (clinic / "billeder").exists()


def test_an_imported_documents_images_are_written_only_on_save_and_relinked(
        qtbot: QtBot, bundled: Library, clinic: Path) -> None:
    from reader.docimport import ImportedDocument, ImportedImage

    data = QImage(8, 8, QImage.Format.Format_RGB32)
    data.fill(QColor("#0b5f73"))
    buffer = tmp = clinic.parent / "x.png"
    data.save(str(tmp))
    document = ImportedDocument("Knæøvelser", "## Øvelse 1\n\n![Knæ](billeder/billede-1.png)\n",
                                (ImportedImage("billede-1.png", buffer.read_bytes(), "Knæ"),), ("En kommentar blev udeladt.",))
    editor = make_editor(qtbot, bundled, clinic, document=document)
    assert editor.insert_image(png(clinic.parent / "Knæ øvelse.png"))  # added during the review
    assert "![Knæ øvelse](billeder/knae-oevelse.png)" in editor.editor.toPlainText()
    assert editor.is_modified() and not list(clinic.iterdir())
    assert any("kommentar" in line for line in editor.problem_lines)
    assert "<img" in editor.preview.toHtml()  # the preview shows the picture before anything is written
    assert editor.save()
    assert (clinic / "billeder" / "knaeoevelser-billede-1.png").is_file()
    text = (clinic / "knaeoevelser.md").read_text(encoding="utf-8")
    assert "![Knæ](billeder/knaeoevelser-billede-1.png)" in text
    assert (clinic / "billeder" / "knaeoevelser-knae-oevelse.png").is_file()
    assert "![Knæ øvelse](billeder/knaeoevelser-knae-oevelse.png)" in editor.editor.toPlainText()
    assert editor.editor.toPlainText().startswith("## Øvelse 1\n\n![Knæ øvelse](billeder/knaeoevelser-knae-oevelse.png)\n\n")
    assert "\n![Knæ](billeder/knaeoevelser-billede-1.png)\n" in editor.editor.toPlainText()


def test_an_image_file_dropped_or_pasted_into_the_text_is_copied_and_linked(
        qtbot: QtBot, bundled: Library, clinic: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    editor = make_editor(qtbot, bundled, clinic)
    source = QMimeData()
    source.setUrls([QUrl.fromLocalFile(str(png(tmp_path / "Bækken.png")))])
    assert editor.editor.canInsertFromMimeData(source)
    editor.editor.insertFromMimeData(source)
    assert "![Bækken](billeder/baekken.png)" in editor.editor.toPlainText()
    assert (clinic / "billeder" / "baekken.png").is_file()
    text = QMimeData()
    text.setText("Almindelig tekst")
    editor.editor.insertFromMimeData(text)
    assert editor.editor.toPlainText().endswith("Almindelig tekst")


def test_enter_continues_a_bullet_list_and_an_empty_item_ends_it(
        qtbot: QtBot, bundled: Library, clinic: Path) -> None:
    editor = make_editor(qtbot, bundled, clinic)
    qtbot.keyClicks(editor.form.title_edit, "Knæsmerter hos løbere")
    editor.editor.setFocus()
    qtbot.keyClick(editor.editor, Qt.Key.Key_8, Ctrl | Shift)  # Punktliste on the empty first line
    for item in ("Hold pause fra løb i en uge", "Lav øvelserne hver dag", "Øg langsomt igen"):
        qtbot.keyClicks(editor.editor, item)
        qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    assert editor.editor.toPlainText() == "- Hold pause fra løb i en uge\n- Lav øvelserne hver dag\n- Øg langsomt igen\n- "
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)  # on the empty item: the list ends
    qtbot.keyClicks(editor.editor, "Kom igen, hvis det ikke går over.")
    body = editor.editor.toPlainText()
    assert body == ("- Hold pause fra løb i en uge\n- Lav øvelserne hver dag\n- Øg langsomt igen\n\n"
                    "Kom igen, hvis det ikke går over.")
    assert editor.save() and editor.target is not None
    saved = load_article(editor.target, "clinic").article
    assert saved is not None and saved.body.count("\n- ") + saved.body.startswith("- ") == 3
    editor.refresh_preview()
    assert editor.preview.toHtml().count("<li") == 3  # three items, not one run-on bullet
    editor.grab().save("/tmp/editorfix-list.png")


def test_enter_counts_a_numbered_list_up_splits_an_item_and_undoes_in_one_step(
        qtbot: QtBot, bundled: Library, clinic: Path) -> None:
    editor = make_editor(qtbot, bundled, clinic)
    editor.editor.setFocus()
    qtbot.keyClick(editor.editor, Qt.Key.Key_7, Ctrl | Shift)  # Nummereret liste
    qtbot.keyClicks(editor.editor, "Varm op")
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.editor, "Løb roligt Stræk ud")
    assert editor.editor.toPlainText() == "1. Varm op\n2. Løb roligt Stræk ud"
    cursor = editor.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.MoveAnchor, len(" Stræk ud"))
    editor.editor.setTextCursor(cursor)
    qtbot.keyClick(editor.editor, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the rest is item 3
    assert editor.editor.toPlainText() == "1. Varm op\n2. Løb roligt\n3. Stræk ud"
    qtbot.keyClick(editor.editor, Qt.Key.Key_Z, Ctrl)  # one step back: as before Enter
    assert editor.editor.toPlainText() == "1. Varm op\n2. Løb roligt Stræk ud"
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor.editor, Qt.Key.Key_Z, Ctrl)  # ending the list is one step too
    assert editor.editor.toPlainText() == "1. Varm op\n2. Løb roligt Stræk ud\n3. "
    editor.editor.setPlainText("> Citat\nAlmindelig linje")
    editor.editor.moveCursor(QTextCursor.MoveOperation.Down)
    editor.editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)  # an ordinary line: an ordinary line break
    assert editor.editor.toPlainText() == "> Citat\nAlmindelig linje\n"
    editor.editor.moveCursor(QTextCursor.MoveOperation.Start)
    editor.editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)  # a quote goes on
    assert editor.editor.toPlainText() == "> Citat\n> \nAlmindelig linje\n"
