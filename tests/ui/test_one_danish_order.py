"""Every list shows articles in the one Danish order: sidebar, start page topic, handout dialog, kiosk, `list`."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.articles import Library, Source
from ui.cli.main import main as cli_main
from ui.kiosk.window import KioskWindow
from ui.mainwindow.window import MainWindow

TITLES = ["Øvelse 10", "Aalborg-skulder", "Øvelse 2", "Zoneterapi", "Ærmer", "Albue", "Åndedræt", "Ørespray"]
ORDER = ["Albue", "Zoneterapi", "Ærmer", "Ørespray", "Øvelse 2", "Øvelse 10", "Aalborg-skulder", "Åndedræt"]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "artikler"
    folder.mkdir()
    for number, title in enumerate(TITLES):
        (folder / f"a{number}.md").write_text(f"---\ntitle: {title}\ncategory: Øvelser\n---\n\n## Om\n\nTekst.\n",
                                              encoding="utf-8")
    return folder


def test_the_library_order_is_danish(tmp_path: Path) -> None:
    assert [a.title for a in Library.load([Source(_folder(tmp_path))]).sorted()] == ORDER


def test_sidebar_and_handout_dialog_agree(qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path) -> None:
    window = make_window(lib=Library.load([Source(_folder(tmp_path))]))
    assert [item.title for item in window.sidebar.model.items()] == ORDER
    window.open_article(window.library.sorted()[0].slug)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "handout_dialog", None) is not None and window.handout_dialog.isVisible())
    tree = window.handout_dialog.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == ORDER  # type: ignore[union-attr]
    window.handout_dialog.reject()


def test_kiosk_tiles_agree(make_kiosk: Callable[..., KioskWindow], tmp_path: Path) -> None:
    window = make_kiosk(lib=Library.load([Source(_folder(tmp_path))]))
    assert [tile.title.text() for tile in window.home.tiles] == ORDER


def test_command_line_list_agrees(tmp_path: Path) -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli_main(["list", "--json", "--articles", str(_folder(tmp_path))]) == 0
    titles = [row["title"] for row in json.loads(out.getvalue())]
    assert titles == [t for t in ORDER]
