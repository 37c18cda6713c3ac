"""An imported or new article with the title of one already in the library: the editor says so before saving and
offers to replace that article (a bundled one as the clinic's copy) or to keep both under another title."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.articles import Library, Source
from reader.docimport import import_document
from reader.resources import bundled_articles_dir
from ui.base.styles import DARK
from ui.editor.window import EditorWindow

DOCX = Path(__file__).resolve().parents[2] / "data" / "docx-libreoffice" / "nervesmerter.docx"
Ctrl = Qt.KeyboardModifier.ControlModifier


def library(clinic: Path) -> Library:
    return Library.load([Source(bundled_articles_dir()), Source(clinic, "clinic")])


def import_editor(qtbot: QtBot, clinic: Path) -> EditorWindow:
    editor = EditorWindow(library(clinic), clinic, document=import_document(DOCX))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_a_docx_with_a_bundled_title_is_not_saved_as_a_duplicate_and_replaces_it_as_the_clinic_copy(
        qtbot: QtBot, clinic: Path) -> None:
    editor = import_editor(qtbot, clinic)
    bar = editor.duplicate_bar
    assert bar.isVisible() and editor.duplicate is not None and editor.duplicate.slug == "nervesmerter"
    assert "allerede en medfølgende artikel med titlen «Nervesmerter»" in bar.label.text()
    assert "nervesmerter.md" in bar.label.text() and "nervesmerter-2" not in editor.form.file_label.text()
    assert editor.problem_lines[0].startswith("En anden artikel har samme titel")
    bar.grab().save("/tmp/editorfix-duplicate-bar.png")
    editor.grab().save("/tmp/editorfix-duplicate.png")
    qtbot.keyClick(editor.editor, Qt.Key.Key_S, Ctrl)  # Gem before choosing: nothing is written
    assert list(clinic.iterdir()) == []
    assert editor.message_box is not None and "Intet er gemt" in editor.message_box.text()
    editor.message_box.grab().save("/tmp/editorfix-duplicate-refused.png")
    editor.message_box.accept()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and editor.duplicate is None
    assert not any("samme titel" in line for line in editor.problem_lines)
    assert "klinikkens kopi" in editor.form.file_label.text()
    qtbot.keyClick(editor.editor, Qt.Key.Key_S, Ctrl)
    assert sorted(p.name for p in clinic.iterdir()) == ["nervesmerter.md"]
    assert "bruges i stedet for den medfølgende" in editor.saved_message
    after = library(clinic)
    article = after.get("nervesmerter")
    assert article is not None and article.path == clinic / "nervesmerter.md"
    assert sum(a.title == "Nervesmerter" for a in after.sorted()) == 1
    saved = (clinic / "nervesmerter.md").read_text(encoding="utf-8")  # the bundled file's front matter came along
    assert "datePublished: \"19/02/2025\"" in saved and "metaTitle:" in saved


def test_keep_both_moves_to_the_title_and_a_new_title_saves_a_second_article(qtbot: QtBot, clinic: Path) -> None:
    editor = import_editor(qtbot, clinic)
    qtbot.mouseClick(editor.duplicate_bar.rename_button, Qt.MouseButton.LeftButton)
    assert editor.form.title_edit.hasFocus() and editor.form.title_edit.selectedText() == "Nervesmerter"
    qtbot.keyClicks(editor.form.title_edit, "Nervesmerter i armen")
    assert not editor.duplicate_bar.isVisible()
    qtbot.keyClick(editor.editor, Qt.Key.Key_S, Ctrl)
    assert sorted(p.name for p in clinic.iterdir()) == ["nervesmerter-i-armen.md"]
    qtbot.keyClick(editor.form.title_edit, Qt.Key.Key_A, Ctrl)
    qtbot.keyClicks(editor.form.title_edit, "nervesmerter")  # a saved article is its own file: no notice
    assert not editor.duplicate_bar.isVisible()


def test_a_docx_with_the_title_of_a_clinic_article_updates_that_file_and_keeps_its_front_matter(
        qtbot: QtBot, clinic: Path) -> None:
    own = clinic / "nerver.md"
    own.write_text('---\ntitle: "Nervesmerter"\ncategory: "Nerver"\ntags: ["nerve", "smerte"]\n'
                   'summary: "Klinikkens egen tekst."\n---\n\nGammel tekst.\n', encoding="utf-8")
    editor = import_editor(qtbot, clinic)
    editor.set_colours(DARK)
    bar = editor.duplicate_bar
    assert bar.isVisible() and "i klinikkens mappe (nerver.md)" in bar.label.text()
    assert bar.replace_button.text() == "Opdatér den eksisterende"
    editor.grab().save("/tmp/editorfix-duplicate-clinic-dark.png")
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert "opdaterer den eksisterende" in editor.form.file_label.text()
    qtbot.keyClick(editor.editor, Qt.Key.Key_S, Ctrl)
    assert sorted(p.name for p in clinic.iterdir()) == ["nerver.md"]
    assert "er opdateret" in editor.saved_message
    article = library(clinic).get("nerver")
    assert article is not None and "Gammel tekst" not in article.body and "neuropatiske" in article.body
    assert article.category == "Nerver" and article.tags == ("nerve", "smerte")
    assert article.summary == "Klinikkens egen tekst."
