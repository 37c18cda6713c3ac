"""With --lang en the article editor, its writing actions and the recycle bin show no Danish of their own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.articles import Library, Source
from reader.resources import bundled_articles_dir
from reader.settings import Settings
from tests.ui.test_english_everywhere import assert_english, danish_in, shown_texts
from ui.base import i18n
from ui.editor.recycle_dialog import RecycleDialog
from ui.editor.window import EditorWindow
from ui.mainwindow.window import MainWindow


@pytest.fixture(autouse=True)
def _english_then_danish(qapp: object) -> Iterator[None]:
    assert i18n.install_language("en")
    yield
    i18n.reset_language()


def test_article_editor_writing_actions_and_recycle_bin_in_english(qtbot: QtBot, tmp_path: Path) -> None:
    library = Library.load([Source(bundled_articles_dir())])
    window = MainWindow(library, Settings(clinic_folder=str(tmp_path / "klinik")), persist=None)
    qtbot.addWidget(window)
    editor = EditorWindow(library, tmp_path / "klinik")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.windowTitle() == "New article – Article editor"
    assert editor.lix_label.text() == "LIX 0 · easy"
    # the article's own text, its preview, the file name and the loader's problems are content
    assert_english(editor, skip=(editor.editor, editor.preview, editor.problems_list, editor.form.file_label))  # type: ignore[arg-type]
    writing = window.writing
    assert [a.text() for a in (writing.new_action, writing.edit_action, writing.import_action, writing.recycle_action)] == [
        "&New article", "&Edit article", "Import &document …", "Recycle &bin …"]
    assert not [a.toolTip() for a in (writing.new_action, writing.import_action) if danish_in(a.toolTip())]
    recycle = RecycleDialog()
    qtbot.addWidget(recycle)
    texts = shown_texts(recycle)  # type: ignore[arg-type]
    assert texts and not [t for t in texts if danish_in(t[1])]


def test_the_same_title_notice_in_english(qtbot: QtBot, tmp_path: Path) -> None:
    from reader.docimport import ImportedDocument

    library = Library.load([Source(bundled_articles_dir())])
    editor = EditorWindow(library, tmp_path / "klinik", document=ImportedDocument("Nervesmerter", "Tekst.\n", (), ()))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    bar = editor.duplicate_bar
    assert bar.isVisible() and bar.label.text().startswith("A bundled article titled “Nervesmerter” already exists.")
    assert [bar.replace_button.text(), bar.rename_button.text()] == [
        "Replace with the clinic’s version", "Keep both – give this one another title"]
    assert editor.form.file_label.text() == "depends on your choice below"
    bar.grab().save("/tmp/editorfix-duplicate-en.png")
    assert not editor.save()
    assert editor.message_box is not None and editor.message_box.text().endswith("Nothing has been saved.")
