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
    (tmp_path / "uden-titel.md").write_text("---\nlastUpdated: 31/02/2024\n---\nTekst.", encoding="utf-8")  # warnings
    library = Library.load([Source(bundled_articles_dir()), Source(tmp_path, "clinic")])
    return make_window(lib=library)


def test_problems_dialog_in_english(qtbot: QtBot, english_window: MainWindow) -> None:
    window = english_window
    assert window.problems_button.text() == "3 problems (1 error, 2 warnings)"  # the bundled articles are never flagged
    window.show_problems()
    dialog = window.problems_dialog
    qtbot.waitExposed(dialog)
    assert dialog.tree.topLevelItem(0).text(0) == "Error"
    assert dialog.details.text().startswith("<b>Error:</b>")
    assert dialog.tree.topLevelItem(0).text(2) == "The file is empty."  # reader's Danish, shown in English
    rows = [[dialog.tree.topLevelItem(r).text(c) for c in range(4)] for r in range(dialog.tree.topLevelItemCount())]
    assert ["Warning", "uden-titel.md", "The metadata (front matter) has no title; the file name is used (\"Uden titel\").",
            "Add title: to the metadata (front matter)."] in rows
    assert ["Warning", "uden-titel.md", "The date '31/02/2024' does not exist in the calendar; it was left out.",
            "Correct the day or the month."] in rows
    assert_english(dialog, skip=(dialog.details,))  # the rows too: every message and advice is English
    dialog.grab().save("/tmp/en-problems.png")
    dialog.close()


def test_problems_summary_in_english() -> None:
    from reader.articles import Level, Problem

    def problems(*levels: Level) -> list[Problem]:
        return [Problem(Path(f"{i}.md"), level, "x") for i, level in enumerate(levels)]

    assert problems_summary([]) == "No problems"
    assert problems_summary(problems(Level.WARNING)) == "1 warning"
    assert problems_summary(problems(Level.ERROR, Level.WARNING, Level.REVIEW, Level.REVIEW, Level.REVIEW,
                                     Level.WARNING, Level.WARNING)) == "7 problems (1 error, 3 warnings, 3 need review)"
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


def test_main_window_sidebar_and_article_view_in_english(qtbot: QtBot, english_window: MainWindow) -> None:
    """Every accessible name, tooltip and label of the main window (article text and list rows excepted)."""
    window = english_window
    window.open_article("nervetryk-i-laenden")
    assert window.windowTitle() == "Nervetryk i lænden — Patient Reader"
    # the article's text, its section headings, and the consultation bar's title and section (hidden here)
    content = (window.view.viewport(), window.reading.toc.tree, window.reading.consultation.toolbar)
    texts = [(where, text) for where, text in shown_texts(window, skip=content) if where != "window title"]
    assert ("QSplitter accessible name", "Sidebar and article") in texts
    assert any(text == "Search articles" for _where, text in texts) and any(text == "Article" for _w, text in texts)
    danish = [(where, text) for where, text in texts if danish_in(text)]
    assert danish == []
    assert window.sidebar.list_view.accessibleName() == "Articles"
    assert window.sidebar.empty_label.text() == "No articles found"
    window.grab().save("/tmp/firstday-en-main.png")


def test_status_bar_messages_from_reader_in_english(english_window: MainWindow) -> None:
    from ui.base.problem_text import translated

    assert translated("Artiklen tog over 2 sekunder at formatere; den vises uformateret.") == \
        "The article took over 2 seconds to format; it is shown unformatted."
    assert translated("Indstillingsfilen var beskadiget; standardindstillinger bruges. En kopi af den gamle fil er "
                      "gemt som settings.corrupt-1.json.") == ("The settings file was damaged; default settings are used. "
                                                                "A copy of the old file is saved as settings.corrupt-1.json.")
    english_window._persist = lambda _settings: (_ for _ in ()).throw(PermissionError(13, "Permission denied"))
    english_window._save()
    assert english_window.statusBar().currentMessage() == "The settings could not be saved: Permission denied"


def test_the_command_line_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ui.cli import language
    from ui.cli.main import main

    (tmp_path / "tom.md").write_text("", encoding="utf-8")
    (tmp_path / "uden.md").write_text("Tekst.", encoding="utf-8")
    try:
        assert main(["check", str(tmp_path), "--lang", "en"]) == 1
        out, err = capsys.readouterr()
        assert "Error: " in out and "The file is empty. What to do: Write the article in the file, or delete it." in out
        assert "Warning: " in out and "The metadata (front matter) has no title" in out
        assert "1 article loaded, 1 file with errors, 1 warning, 0 need review." in err
        assert not [line for line in (out + err).splitlines() if danish_in(line.replace(str(tmp_path), ""))]
        assert main(["--lang", "en", "search", "--limit", "0", "knæ"]) == 2
        assert "--limit must be at least 1" in capsys.readouterr().err
    finally:
        language.set_language("da")


def test_refusals_from_reader_in_english(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from ui.base.problem_text import translated
    from ui.cli import language
    from ui.cli.main import main

    assert translated("Skabelonen skal have et navn.") == "The template needs a name."
    assert translated("Ingen QR-kode: hverken artiklerne (url) eller klinikken (hjemmeside) har en webadresse.") == \
        "No QR code: neither the articles (url) nor the clinic (website) has a web address."
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    try:
        assert main(["set-pin", "--lang", "en"]) == 2
        assert "The PIN must have 6–12 digits (at least 4)." in capsys.readouterr().err
    finally:
        language.set_language("da")


def test_article_packs_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str], english_window: MainWindow) -> None:
    import zipfile

    from ui.cli import language
    from ui.cli.main import main

    pack, evil = tmp_path / "pakke.zip", tmp_path / "ond.zip"
    with zipfile.ZipFile(pack, "w") as z:
        z.writestr("Øvelser for knæ.md", "---\ntitle: Øvelser for knæ\n---\nBøj knæet.\n")
        z.writestr("noter.docx", "x")
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("god.md", "x")
        z.writestr("../../ud.md", "x")
    target = tmp_path / "klinik"
    target.mkdir()
    try:
        assert main(["import", str(pack), "--to", str(target), "--lang", "en"]) == 0
        out = capsys.readouterr().out
        assert "1 added, 0 replaced, 1 skipped." in out
        assert "Skipped: noter.docx (only Markdown articles (.md) and images are taken)" in out
        assert main(["--lang", "en", "import", str(evil), "--to", str(target)]) == 2
        err = capsys.readouterr().err
        assert "the pack was refused: The pack contains a path with '..' (../../ud.md)" in err
    finally:
        language.set_language("da")
    english_window.content.clinic_folder = lambda: target  # type: ignore[method-assign]
    english_window.content.import_pack(evil)
    box = english_window.content.import_result
    assert box is not None and box.text().startswith("The pack contains a path with '..'")
    assert box.informativeText() == "Nothing in the article folder was changed."
    box.close()
