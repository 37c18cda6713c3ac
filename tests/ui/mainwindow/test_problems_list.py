"""A fresh install and the problems list: no problems out of the box, every level named, folders one click away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from reader.articles import Level, Library, Problem, Source
from reader.resources import bundled_articles_dir
from reader.settings import Settings
from ui.mainwindow import problems_dialog
from ui.mainwindow.problems_dialog import ProblemsDialog, problems_summary
from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]


def test_a_fresh_install_shows_no_problems(make_window: MakeWindow) -> None:
    """The bundled articles are old and one lacks a title, but a clinic cannot (and need not) fix program files."""
    library = Library.load([Source(bundled_articles_dir(), "bundled")])
    assert library.problems == []
    window = make_window(lib=library, settings=Settings(review_months=1))
    assert window.visible_problems() == []
    assert not window.problems_button.isVisible()
    assert library.get("nervesmerter") is not None and library.get("nervesmerter").title == "Nervesmerter"  # type: ignore[union-attr]


def test_a_clinic_copy_of_an_old_article_is_still_flagged(tmp_path: Path, make_window: MakeWindow) -> None:
    (tmp_path / "nerveledning.md").write_text("---\ntitle: Nerveledning\nlastUpdated: 01/01/2020\n---\nx", encoding="utf-8")
    library = Library.load([Source(bundled_articles_dir(), "bundled"), Source(tmp_path, "clinic")])
    window = make_window(lib=library)
    assert [(p.path.name, p.level) for p in window.visible_problems()] == [("nerveledning.md", Level.REVIEW)]


def rows(*levels: Level) -> list[Problem]:
    return [Problem(Path(f"/klinik/{i}.md"), level, "x") for i, level in enumerate(levels)]


def test_the_count_names_every_level_it_counts() -> None:
    assert problems_summary([]) == "Ingen problemer"
    assert problems_summary(rows(Level.WARNING)) == "1 advarsel"
    assert problems_summary(rows(Level.REVIEW, Level.REVIEW)) == "2 bør gennemgås"
    assert problems_summary(rows(Level.ERROR, Level.WARNING, Level.WARNING, Level.REVIEW)) == \
        "4 problemer (1 fejl, 2 advarsler, 1 bør gennemgås)"
    assert problems_summary(rows(Level.WARNING, Level.REVIEW, Level.REVIEW, Level.REVIEW)) == \
        "4 problemer (1 advarsel, 3 bør gennemgås)"


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> ProblemsDialog:
    (tmp_path / "tom.md").write_text("", encoding="utf-8")
    (tmp_path / "uden.md").write_text("Bare tekst.", encoding="utf-8")
    library = Library.load([Source(tmp_path, "clinic")])
    shown = ProblemsDialog([*library.problems, Problem(tmp_path / "gammel.md", Level.REVIEW, "Gammel: for gammel", "Læs den")])
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_each_level_has_its_own_icon(dialog: ProblemsDialog) -> None:
    keys = []
    for row in range(dialog.tree.topLevelItemCount()):
        icon = dialog.tree.topLevelItem(row).icon(0)  # type: ignore[union-attr]
        assert not icon.isNull()
        keys.append(icon.pixmap(16).toImage())
    assert len(keys) == 3 and keys[0] != keys[1] and keys[1] != keys[2] and keys[0] != keys[2]
    dialog.grab().save("/tmp/firstday-problems.png")


def test_says_metadata_not_forside(dialog: ProblemsDialog) -> None:
    texts = [dialog.tree.topLevelItem(r).text(c) for r in range(dialog.tree.topLevelItemCount()) for c in (2, 3)]  # type: ignore[union-attr]
    assert any("metadata (front matter)" in text.lower() for text in texts)
    assert not any("forside" in text.lower() for text in texts)


def test_double_click_and_button_open_the_files_folder(qtbot: QtBot, dialog: ProblemsDialog, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(problems_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    tree = dialog.tree
    item = tree.topLevelItem(0)
    assert item is not None and item.text(1) == "tom.md"
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double click: press, then double
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [Path(url.toLocalFile()) for url in opened] == [tmp_path]
    tree.setCurrentItem(tree.topLevelItem(1))
    assert dialog.open_folder_button.text() == "Åbn mappe"
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 2 and Path(opened[1].toLocalFile()) == tmp_path


def test_a_folder_that_will_not_open_is_said(qtbot: QtBot, dialog: ProblemsDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(problems_dialog.QDesktopServices, "openUrl", lambda url: False)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert "kunne ikke åbnes" in dialog.details.text()




def test_the_status_count_shows_the_worst_levels_icon(tmp_path: Path, make_window: MakeWindow) -> None:
    (tmp_path / "uden.md").write_text("Tekst.", encoding="utf-8")
    window = make_window(lib=Library.load([Source(tmp_path, "clinic")]))
    assert window.problems_button.text() == "1 advarsel"
    warning = window.problems_button.icon().pixmap(16).toImage()
    assert warning == problems_dialog.level_icon(Level.WARNING).pixmap(16).toImage()
    (tmp_path / "tom.md").write_text("", encoding="utf-8")
    window.apply_library(Library.load([Source(tmp_path, "clinic")]))
    assert window.problems_button.text() == "2 problemer (1 fejl, 1 advarsel)"
    assert window.problems_button.icon().pixmap(16).toImage() == problems_dialog.level_icon(Level.ERROR).pixmap(16).toImage()


def test_a_fresh_install_says_no_problems_plainly(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(lib=Library.load([Source(bundled_articles_dir(), "bundled")]))
    window.problems_action.trigger()  # Vis → Problemer med artikelfiler …
    shown = window.problems_dialog
    assert shown is not None
    qtbot.waitExposed(shown)
    assert shown.empty_label.isVisible() and shown.empty_label.text() == "Ingen problemer"
    assert not shown.intro.isVisible()  # no "Disse filer kunne ikke indlæses …" over nothing
    assert not shown.tree.isVisible() and shown.tree.topLevelItemCount() == 0  # no row to select
    assert not shown.copy_button.isEnabled() and not shown.open_folder_button.isEnabled()
    shown.grab().save("/tmp/consult-problems-fresh.png")
    # A problem that appears while the dialog is open: the table, its row chosen, the buttons usable.
    shown.set_problems([Problem(bundled_articles_dir() / "x.md", Level.WARNING, "Ingen titel")])
    assert shown.tree.isVisible() and shown.intro.isVisible() and not shown.empty_label.isVisible()
    tree = shown.tree
    item = tree.topLevelItem(0)
    assert item is not None
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    assert shown.copy_button.isEnabled() and shown.open_folder_button.isEnabled()
    shown.set_problems([])
    assert shown.empty_label.isVisible() and not shown.copy_button.isEnabled()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()
