"""The watched clinic folder in a real window: adds, edits, renames, deletes, bursts, problems, import, review marks."""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.articles import Library, Source
from reader.resources import bundled_articles_dir
from reader.settings import Settings
from ui.mainwindow.window import MainWindow
from ui.sidebar.model import Role

TODAY = dt.date.today()


def article(title: str, body: str = "Tekst.", updated: dt.date | None = None) -> str:
    date = f"lastUpdated: {(updated or TODAY):%d/%m/%Y}\n"
    return f"---\ntitle: {title}\n{date}---\n\n{body}\n"


def save_by_rename(path: Path, text: str) -> None:
    """How many editors save: write a temp file beside it, then rename it over the original."""
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def titles(window: MainWindow) -> list[str]:
    return [item.title for item in window.sidebar.model.items()]


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    folder = tmp_path / "klinik"
    folder.mkdir()
    (folder / "knæ.md").write_text(article("Knæøvelser", "Første afsnit.\n\n" + "Linje.\n\n" * 300), encoding="utf-8")
    return folder


@pytest.fixture
def window(qtbot: QtBot, clinic: Path):  # type: ignore[no-untyped-def]
    win = MainWindow(Library(), Settings(), persist=None)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    watcher = win.watch_library([Source(bundled_articles_dir(), "bundled"), Source(clinic, "clinic")])
    qtbot.waitUntil(lambda: "Knæøvelser" in titles(win), timeout=5000)
    yield win
    watcher.stop()
    qtbot.waitUntil(lambda: not watcher.busy, timeout=5000)


def test_first_load_is_in_the_background_and_marks_clinic_articles(window: MainWindow) -> None:
    assert len(window.library) == 6
    row = window.sidebar.model.row_of("knae")
    index = window.sidebar.model.index(row, 0)
    assert "Klinik" in index.data(Role.BADGE)
    assert "Klinik" in window.sidebar.model.item(row).accessible


def test_add_edit_rename_delete_show_up_and_keep_the_place(qtbot: QtBot, window: MainWindow, clinic: Path) -> None:
    assert window.open_article("knae")
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 300)
    bar.setValue(300)
    # Add.
    (clinic / "skulder.md").write_text(article("Skulderøvelser"), encoding="utf-8")
    qtbot.waitUntil(lambda: "Skulderøvelser" in titles(window), timeout=3000)
    assert window.view.current_slug == "knae" and bar.value() == 300
    # Edit the open article the way editors save (temp file + rename): the new text shows, the scroll stays.
    save_by_rename(clinic / "knæ.md", article("Knæøvelser", "Ændret afsnit.\n\n" + "Linje.\n\n" * 300))
    qtbot.waitUntil(lambda: "Ændret afsnit" in window.view.toPlainText(), timeout=3000)
    assert bar.value() == 300 and window.view.current_slug == "knae"
    # Rename a file: the old slug goes, the new one comes.
    os.replace(clinic / "skulder.md", clinic / "skulder-2.md")
    qtbot.waitUntil(lambda: window.library.get("skulder-2") is not None and "skulder" not in window.library, timeout=3000)
    # Delete the open article: a clear message replaces it.
    (clinic / "knæ.md").unlink()
    qtbot.waitUntil(lambda: "findes ikke længere" in window.view.toPlainText(), timeout=3000)
    assert "Knæøvelser" not in titles(window)


def test_in_place_edit_in_a_subfolder_and_a_burst_is_coalesced(qtbot: QtBot, window: MainWindow, clinic: Path) -> None:
    watcher = window.content.watcher
    assert watcher is not None
    (clinic / "under").mkdir()
    qtbot.waitUntil(lambda: str(clinic / "under") in watcher._fs.directories(), timeout=3000)
    before = watcher.loads
    for n in range(40):
        (clinic / "under" / f"a{n}.md").write_text(article(f"Artikel {n:02}"), encoding="utf-8")
    qtbot.waitUntil(lambda: len(window.library) == 46, timeout=4000)
    assert watcher.loads - before <= 4  # 40 files, a handful of reloads
    path = clinic / "under" / "a7.md"
    qtbot.waitUntil(lambda: str(path) in watcher._fs.files(), timeout=3000)
    with path.open("w", encoding="utf-8") as handle:  # an in-place write: the folder itself does not change
        handle.write(article("Artikel syv"))
    qtbot.waitUntil(lambda: "Artikel syv" in titles(window), timeout=3000)


def test_periodic_scan_finds_changes_when_no_event_comes(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.library.watcher import LibraryWatcher

    folder = tmp_path / "netvaerk"
    folder.mkdir()
    watcher = LibraryWatcher([Source(folder, "clinic")], poll_ms=100)
    watcher._fs.blockSignals(True)  # a network share: inotify never fires
    loaded: list[Library] = []
    watcher.library_loaded.connect(loaded.append)
    watcher.start()
    qtbot.waitUntil(lambda: len(loaded) == 1)
    (folder / "ny.md").write_text(article("Ny"), encoding="utf-8")
    qtbot.waitUntil(lambda: len(loaded) == 2 and "ny" in loaded[-1], timeout=3000)
    qtbot.wait(350)  # three more scans: nothing changed, nothing emitted
    assert len(loaded) == 2
    watcher.stop()
    qtbot.waitUntil(lambda: not watcher.busy)


def test_problems_list_follows_the_folder(qtbot: QtBot, window: MainWindow, clinic: Path) -> None:
    window.show_problems()
    dialog = window.problems_dialog
    qtbot.waitUntil(dialog.isVisible)
    (clinic / "tom.md").write_bytes(b"")
    (clinic / "kolon.md").write_text("---\ntitle: Diskusprolaps: 6 myter\n---\nx", encoding="utf-8")

    def rows() -> dict[str, tuple[str, str, str]]:
        tree = dialog.tree
        return {tree.topLevelItem(i).text(1): (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(2),
                                                tree.topLevelItem(i).text(3)) for i in range(tree.topLevelItemCount())}

    qtbot.waitUntil(lambda: "tom.md" in rows() and "kolon.md" in rows(), timeout=3000)
    assert rows()["tom.md"][0] == "Fejl" and rows()["tom.md"][2]
    assert "citationstegn" in rows()["kolon.md"][2]
    assert "fejl" in window.problems_button.text()
    (clinic / "tom.md").unlink()
    qtbot.waitUntil(lambda: "tom.md" not in rows(), timeout=3000)


def test_review_marks_for_staff_never_in_kiosk(qtbot: QtBot, window: MainWindow, clinic: Path) -> None:
    (clinic / "gammel.md").write_text(article("Gammel vejledning", updated=dt.date(2015, 1, 1)), encoding="utf-8")
    qtbot.waitUntil(lambda: "Gammel vejledning" in titles(window), timeout=3000)
    item = window.sidebar.model.item(window.sidebar.model.row_of("gammel"))
    assert item is not None and "Bør gennemgås" in item.badge and "Klinik" in item.badge
    assert any(p.level.value == "review" and p.path.name == "gammel.md" for p in window.visible_problems())
    assert "bør gennemgås" in window.problems_button.text()
    window.content.set_review_marks(False)  # what the kiosk does
    item = window.sidebar.model.item(window.sidebar.model.row_of("gammel"))
    assert item is not None and "Bør gennemgås" not in item.badge
    assert not any(p.level.value == "review" for p in window.visible_problems())


def test_import_from_the_window(qtbot: QtBot, window: MainWindow, clinic: Path, tmp_path: Path) -> None:
    window.settings.clinic_folder = str(clinic)
    pack = tmp_path / "pakke.zip"
    with zipfile.ZipFile(pack, "w") as z:
        z.writestr("Ryg og lænd.md", article("Ryg og lænd"))
        z.writestr("noter.txt", "x")
    window.content.import_pack(pack)
    box = window.content.import_result
    qtbot.waitUntil(box.isVisible)
    assert "1 tilføjet" in box.text() and "noter.txt" in box.detailedText()
    qtbot.waitUntil(lambda: "Ryg og lænd" in titles(window), timeout=3000)
    box.accept()
    evil = tmp_path / "ond.zip"
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("a.md", "x")
        z.writestr("../ud.md", "x")
    window.content.import_pack(evil)
    qtbot.waitUntil(window.content.import_result.isVisible)
    assert "afvist" in window.content.import_result.windowTitle()
    window.content.import_result.accept()
    assert not (clinic.parent / "ud.md").exists()


def test_folder_dialog_switches_the_watched_folder(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "andet drev"
    other.mkdir()
    (other / "hofte.md").write_text(article("Hofteøvelser"), encoding="utf-8")
    window.content.watcher.sources = [Source(bundled_articles_dir(), "bundled"), Source(tmp_path / "klinik", "clinic")]
    window.content.show_folder_dialog()
    dialog = window.content.folder_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.folder_edit.setText(str(other))
    assert "findes" in dialog.status_label.text()
    dialog.months_spin.setValue(12)
    dialog.accept()
    qtbot.waitUntil(lambda: "Hofteøvelser" in titles(window) and "Knæøvelser" not in titles(window), timeout=3000)
    assert window.settings.clinic_folder == str(other) and window.settings.review_months == 12


def test_twenty_thousand_files_load_in_the_background_and_the_window_stays_responsive(qtbot: QtBot, tmp_path: Path,
                                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from PySide6.QtCore import QTimer

    from ui.library.watcher import LibraryWatcher

    folder = tmp_path / "mange"
    folder.mkdir()
    for n in range(20_000):
        (folder / f"a{n:05}.md").write_text(f"---\ntitle: Artikel {n}\n---\nTekst {n}.\n", encoding="utf-8")
    loading_threads: set[threading.Thread] = set()
    real_load = Library.load.__func__  # type: ignore[attr-defined]

    def load(cls: type[Library], *args: object, **kwargs: object) -> Library:
        loading_threads.add(threading.current_thread())
        return real_load(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Library, "load", classmethod(load))
    loaded: list[Library] = []
    ticks_before_loaded: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks_before_loaded.append(1) if not loaded else None)
    watcher = LibraryWatcher([Source(folder, "articles")])
    watcher.library_loaded.connect(loaded.append)
    try:
        timer.start()
        watcher.start()
        qtbot.waitUntil(lambda: bool(loaded), timeout=120_000)
    finally:
        timer.stop()
        watcher.stop()
        qtbot.waitUntil(lambda: not watcher.busy, timeout=120_000)
    # The load ran off the GUI thread, and the GUI thread's event loop kept turning meanwhile (no timing bound:
    # how long a pause may be is a benchmark's question, not a test's).
    assert loading_threads and threading.main_thread() not in loading_threads
    assert len(ticks_before_loaded) > 3
    win = MainWindow(Library(), Settings(), persist=None)
    qtbot.addWidget(win)
    win.apply_library(loaded[0])
    assert len(win.library) == 20_000 and win.sidebar.model.rowCount() == 20_000


def test_a_pathological_article_opens_unformatted_within_the_limit(qtbot: QtBot, window: MainWindow, clinic: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from reader import render_guard

    monkeypatch.setattr(render_guard, "TIME_LIMIT_S", 1.0)
    (clinic / "klammer.md").write_text(article("Klammer", "[" * 6000 + "x" + "]" * 6000), encoding="utf-8")
    qtbot.waitUntil(lambda: "Klammer" in titles(window), timeout=3000)
    started = time.perf_counter()
    assert window.open_article("klammer")
    assert time.perf_counter() - started < 5  # about 10 s unguarded
    assert "[[[[" in window.view.toPlainText() and window.view.current_slug == "klammer"
    assert "uformateret" in window.statusBar().currentMessage()


@pytest.mark.parametrize("typed", ["~ingen-saadan-bruger/artikler", "/tmp/x\x00y", "  ", "æøå/\\?*<>|\"", "x" * 5000])
def test_any_folder_text_is_safe(qtbot: QtBot, window: MainWindow, typed: str) -> None:
    window.content.show_folder_dialog()
    dialog = window.content.folder_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.folder_edit, typed.replace("\x00", "")[:200])  # QTest itself cannot type a NUL
    dialog.folder_edit.setText(typed)
    dialog.accept()
    qtbot.waitUntil(lambda: not window.content.watcher.busy, timeout=5000)
    assert "\x00" not in window.settings.clinic_folder
    assert len(window.library) >= 5  # the bundled articles are still there; the folder is named as a problem


def test_a_nul_in_the_clinic_folder_still_shows_the_bundled_articles(qtbot: QtBot) -> None:
    """Issue 15, item 7: a NUL in clinic_folder killed the watcher thread, and the window showed no articles."""
    win = MainWindow(Library(), Settings(), persist=None)
    qtbot.addWidget(win)
    bad = Path("/tmp/klinik\x00artikler")
    watcher = win.watch_library([Source(bundled_articles_dir(), "bundled"), Source(bad, "clinic")])
    qtbot.waitUntil(lambda: "Nervetryk i lænden" in titles(win), timeout=5000)
    assert len(titles(win)) == 5
    assert [p.path for p in win.library.errors] == [bad]  # the bad folder is a problem
    watcher.stop()
    qtbot.waitUntil(lambda: not watcher.busy, timeout=5000)


def test_no_watches_on_a_system_folder_or_through_a_link_out(tmp_path: Path) -> None:
    """Issue 15, item 6: a link to / (or a clinic folder of /proc) must not become 2,000 folder watches."""
    from ui.library.watcher import watch_paths

    folder = tmp_path / "klinik"
    (folder / "inde").mkdir(parents=True)
    (folder / "rod").symlink_to("/")
    assert watch_paths([Path("/proc"), Path("/")]) == []
    assert sorted(watch_paths([folder])) == [str(folder), str(folder / "inde")]


def test_file_watches_are_added_in_chunks_and_an_in_place_edit_is_seen(qtbot: QtBot, window: MainWindow, clinic: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.library import watcher as watcher_module

    assert watcher_module.MAX_FILE_WATCHES >= 2000  # a 10,000-article folder is watched file by file where the system allows
    monkeypatch.setattr(watcher_module, "WATCH_CHUNK", 3)
    monkeypatch.setattr(watcher_module, "PATHS_PER_WATCHER", 4)  # spread over watchers (Qt's own list is quadratic)
    watcher = window.content.watcher
    assert watcher is not None
    for n in range(10):
        (clinic / f"b{n}.md").write_text(article(f"Bølge {n}"), encoding="utf-8")
    paths = [str(clinic / f"b{n}.md") for n in range(10)]
    qtbot.waitUntil(lambda: set(paths) <= set(watcher.watched()), timeout=5000)
    assert len(watcher._watchers) >= 3 and str(clinic) in watcher._fs.directories()
    assert all(len(w.files()) + len(w.directories()) <= 4 for w in watcher._watchers)
    assert len(watcher.watched()) == len(set(watcher.watched()))  # each path watched once
    with (clinic / "b9.md").open("w", encoding="utf-8") as handle:  # watched by a later watcher
        handle.write(article("Bølge ni, rettet"))
    qtbot.waitUntil(lambda: "Bølge ni, rettet" in titles(window), timeout=3000)
    (clinic / "b8.md").unlink()
    qtbot.waitUntil(lambda: str(clinic / "b8.md") not in watcher.watched(), timeout=3000)
    watcher.stop()
    assert watcher.watched() == []
    assert watcher._watchers == [watcher._fs]  # the others (one inotify instance each) are let go


def test_watchers_emptied_by_files_that_went_away_are_filled_again(qtbot: QtBot, window: MainWindow, clinic: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Files replaced by rename (a synced folder, a pack unpacked over it) drop out of Qt's watch and are added
    again at the next load: into a watcher with room, not a new inotify instance every time."""
    from ui.library import watcher as watcher_module

    monkeypatch.setattr(watcher_module, "PATHS_PER_WATCHER", 4)
    watcher = window.content.watcher
    assert watcher is not None
    for n in range(8):
        (clinic / f"c{n}.md").write_text(article(f"Cirkel {n}"), encoding="utf-8")
    qtbot.waitUntil(lambda: str(clinic / "c7.md") in watcher.watched(), timeout=5000)
    for round_ in range(3):
        for n in range(8):  # each file replaced by rename: Qt forgets the watch
            staged = clinic / f".c{n}.tmp"
            staged.write_text(article(f"Cirkel {n} runde {round_}"), encoding="utf-8")
            staged.replace(clinic / f"c{n}.md")
        qtbot.waitUntil(lambda r=round_: f"Cirkel 7 runde {r}" in titles(window), timeout=5000)
        qtbot.waitUntil(lambda: str(clinic / "c7.md") in watcher.watched(), timeout=5000)
    held = len(watcher.watched())
    assert len(watcher._watchers) <= 1 + -(-held // 4) + 1  # the folders' watcher, enough for the files, one spare


def test_one_save_after_a_quiet_spell_is_read_at_once_and_a_burst_is_coalesced(qtbot: QtBot, tmp_path: Path) -> None:
    """One edited article is read within QUICK_MS, not after the whole debounce; changes that follow it closely
    (a burst) wait for the debounce interval and come in one more reload."""
    from ui.library.watcher import QUICK_MS, LibraryWatcher

    folder = tmp_path / "klinik"
    folder.mkdir()
    path = folder / "knæ.md"
    path.write_text(article("Knæ"), encoding="utf-8")
    watcher = LibraryWatcher([Source(folder, "clinic")], debounce_ms=60_000, poll_ms=600_000)
    loaded: list[Library] = []
    watcher.library_loaded.connect(loaded.append)
    watcher.start()
    qtbot.waitUntil(lambda: len(loaded) == 1 and str(path) in watcher._fs.files(), timeout=5000)
    with path.open("w", encoding="utf-8") as handle:  # an in-place save: the file's own watch fires
        handle.write(article("Knæ, rettet"))
    qtbot.waitUntil(lambda: len(loaded) == 2, timeout=5000)  # long before the 60 s debounce
    assert [a.title for a in loaded[-1].sorted()] == ["Knæ, rettet"]
    qtbot.waitUntil(lambda: not watcher.busy, timeout=5000)
    (folder / "skulder.md").write_text(article("Skulder"), encoding="utf-8")  # a new file: the folder's debounce
    qtbot.waitUntil(watcher._debounce.isActive, timeout=5000)
    assert watcher._debounce.remainingTime() > 30_000 > QUICK_MS
    assert len(loaded) == 2
    watcher.stop()


def test_a_saves_several_events_keep_the_quick_reload(qtbot: QtBot, tmp_path: Path) -> None:
    """Saving one file gives several events (truncate, write, close): they join the reload about to start."""
    from ui.library.watcher import QUICK_MS, LibraryWatcher

    folder = tmp_path / "klinik"
    folder.mkdir()
    watcher = LibraryWatcher([Source(folder, "clinic")], debounce_ms=60_000, poll_ms=600_000)
    watcher.start()
    qtbot.waitUntil(lambda: watcher.loads == 1 and not watcher.busy, timeout=5000)
    for _ in range(3):
        watcher._on_file_changed(str(folder / "knæ.md"))
    assert 0 <= watcher._debounce.remainingTime() <= 40 * QUICK_MS < 60_000  # the quick interval (a coarse timer), not the debounce
    qtbot.waitUntil(lambda: watcher.busy or not watcher._debounce.isActive(), timeout=5000)
    watcher._on_file_changed(str(folder / "knæ.md"))  # after the reload began: it may have missed this one
    assert watcher._debounce.remainingTime() > 30_000
    watcher.stop()
    qtbot.waitUntil(lambda: not watcher.busy, timeout=5000)
