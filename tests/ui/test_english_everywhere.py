"""With --lang en no Danish is left in the dialogs' own text (article content and the patient's fields excepted)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.articles import Library, Source
from reader.resources import bundled_articles_dir
from ui.base import i18n
from ui.mainwindow.problems_dialog import problems_summary
from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]

DANISH_LETTERS = re.compile("[æøåÆØÅ]")
DANISH_WORDS = {
    "og", "ikke", "artikler", "artikel", "luk", "gem", "vælg", "fjern", "slet", "udskriv", "skabelon", "skabeloner",
    "sider", "side", "fejl", "til", "af", "med", "eller", "som", "navn", "dato", "papir", "udseende", "mappe",
    "problemer", "niveau", "fil", "annuller", "annullér", "adresse", "telefon", "hjemmeside", "afsnit", "intet",
}


@pytest.fixture(autouse=True)
def _english_then_danish(qapp: object) -> Iterator[None]:
    assert i18n.install_language("en")
    yield
    i18n.reset_language()


def danish_in(text: str) -> bool:
    plain = re.sub(r"<[^>]+>", " ", text).replace("&", "")
    words = {w.lower() for w in re.findall(r"\w+", plain)}
    return bool(DANISH_LETTERS.search(plain) or words & DANISH_WORDS)


def shown_texts(dialog: QDialog, skip: tuple[QWidget, ...] = ()) -> list[tuple[str, str]]:
    """(where, text) for every text the dialog shows or reads aloud, leaving out article content and typed values."""
    texts = [("window title", dialog.windowTitle()), ("accessible name", dialog.accessibleName())]
    for widget in dialog.findChildren(QWidget):
        if widget in skip or any(widget is not s and s.isAncestorOf(widget) for s in skip):
            continue
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        texts += [(f"{name} tooltip", widget.toolTip()), (f"{name} accessible name", widget.accessibleName())]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((name, widget.title()))
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.append((f"{name} placeholder", widget.placeholderText()))  # the text itself is the user's
        elif isinstance(widget, QSpinBox):
            texts.append((f"{name} suffix", widget.suffix()))
        elif isinstance(widget, QDateEdit):
            texts.append((name, widget.text()))  # the month's name
        elif isinstance(widget, QComboBox):
            texts += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTreeWidget) and not widget.isHeaderHidden():
            header = widget.headerItem()
            texts += [(f"{name} header", header.text(c)) for c in range(widget.columnCount())]
    return [(where, text) for where, text in texts if text]


def assert_english(dialog: QDialog, skip: tuple[QWidget, ...] = ()) -> None:
    texts = shown_texts(dialog, skip)
    assert len(texts) > 10
    danish = [(where, text) for where, text in texts if danish_in(text)]
    assert danish == []


def test_the_word_check_works() -> None:
    assert danish_in("Gem") and danish_in("Vælg …") and danish_in("7 problemer (1 fejl, 3 bør gennemgås)")
    assert not danish_in("Save") and not danish_in("&Name:") and not danish_in("7 problems (1 error, 3 need review)")


@pytest.fixture
def english_window(tmp_path: Path, make_window: MakeWindow) -> MainWindow:
    (tmp_path / "tom.md").write_text("", encoding="utf-8")  # an error in the problems list
    library = Library.load([Source(bundled_articles_dir()), Source(tmp_path, "clinic")])
    return make_window(lib=library)


def test_problems_dialog_in_english(qtbot: QtBot, english_window: MainWindow) -> None:
    window = english_window
    assert window.problems_button.text() == "5 problems (1 error, 3 need review)"  # 3 bundled articles are due
    window.show_problems()
    dialog = window.problems_dialog
    qtbot.waitExposed(dialog)
    assert dialog.tree.topLevelItem(0).text(0) == "Error"  # the level is interface text; the message stays Danish
    assert dialog.details.text().startswith("<b>Error:</b>")
    assert_english(dialog, skip=(dialog.tree.viewport(), dialog.details))
    dialog.grab().save("/tmp/en-problems.png")
    dialog.close()


def test_problems_summary_in_english() -> None:
    from reader.articles import Level, Problem

    def problems(*levels: Level) -> list[Problem]:
        return [Problem(Path(f"{i}.md"), level, "x") for i, level in enumerate(levels)]

    assert problems_summary([]) == "No problems"
    assert problems_summary(problems(Level.WARNING)) == "1 problem"
    assert problems_summary(problems(Level.ERROR, Level.WARNING, Level.REVIEW, Level.REVIEW, Level.REVIEW,
                                     Level.WARNING, Level.WARNING)) == "7 problems (1 error, 3 need review)"
    assert problems_summary(problems(Level.ERROR, Level.ERROR, Level.REVIEW)) == "3 problems (2 errors, 1 needs review)"


def test_handout_dialog_in_english(qtbot: QtBot, english_window: MainWindow) -> None:
    window = english_window
    window.open_article("nervetryk-i-laenden")
    window.show_handout_dialog()
    dialog = window.handout_dialog
    qtbot.waitExposed(dialog)
    dialog.update_preview()
    assert dialog.status_label.text().startswith(("1 page.", f"{dialog.layout_result.page_count} pages."))
    assert "whole article" in dialog.order_list.item(0).text()
    assert dialog.date_edit.locale().name().startswith("en")
    # The tree and the order list hold article titles and sections: content, which stays as written.
    assert_english(dialog, skip=(dialog.tree.viewport(), dialog.order_list.viewport(), dialog.preview))
    dialog.grab().save("/tmp/en-handout.png")
    dialog.close()


def test_clinic_and_folder_dialogs_in_english(qtbot: QtBot, english_window: MainWindow) -> None:
    window = english_window
    window.show_clinic_dialog()
    clinic = window.clinic_dialog
    qtbot.waitExposed(clinic)
    assert_english(clinic)
    clinic.grab().save("/tmp/en-clinic.png")
    clinic.reject()
    window.content.show_folder_dialog()
    folder = window.content.folder_dialog
    qtbot.waitExposed(folder)
    assert_english(folder, skip=(folder.folder_edit,))  # the placeholder is the default folder's path
    folder.reject()


def test_main_window_messages_in_english(monkeypatch: pytest.MonkeyPatch, english_window: MainWindow) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QMessageBox

    asked: list[tuple[str, str]] = []

    def question(_parent: QWidget, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append((title, text))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: asked.append((title, text)))
    window = english_window
    window._on_view_external_link_clicked(QUrl("https://example.org/"))
    window._on_about_triggered()
    window._on_view_missing_link_clicked("findes-ikke.md")
    assert asked[0] == ("Open link in the browser?",
                        "The link leads out of Patient Reader to:\n\nhttps://example.org/\n\n"
                        "Do you want to open it in your browser?")
    assert asked[1][0] == "About Patient Reader" and "Patient education" in asked[1][1]
    assert window.statusBar().currentMessage() == "The link points to an article that is not here: findes-ikke.md"
