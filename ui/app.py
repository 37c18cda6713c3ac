"""Starting the window: the display check, QApplication, settings, library and main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.articles import Library, Source
from reader.settings import Settings

if TYPE_CHECKING:  # the window's modules load only when a window opens (the CLI never pays for them)
    from PySide6.QtCore import QObject

    from ui.kiosk.window import KioskWindow
    from ui.mainwindow.window import MainWindow

# Qt's xcb platform plugin needs these; a bare Debian/Ubuntu lacks some of them.
_XCB_LIBRARIES = {
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-randr": "libxcb-randr0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
}


_DISPLAY_CHECK = "display-check.json"  # in the cache folder: the libraries were all found, for this ld.so.cache


def _libraries_key() -> str:
    """What the library look-up depends on: the dynamic linker's cache (apt rewrites it when a library is added or
    removed), LD_LIBRARY_PATH and the list asked for; "" when the linker's cache cannot be read."""
    try:
        status = os.stat("/etc/ld.so.cache")
    except OSError:
        return ""
    return f"{status.st_size}:{status.st_mtime_ns}|{os.environ.get('LD_LIBRARY_PATH', '')}|{','.join(_XCB_LIBRARIES)}"


def missing_display_packages() -> list[str]:
    """Debian packages the xcb platform needs but this machine lacks (empty elsewhere).

    Looking the libraries up runs ldconfig once per library (about 50 ms of every start under X); when they were all
    found, that is kept (reader.paths.cache_dir()) until the linker's cache or LD_LIBRARY_PATH changes: a start-up
    deferral that still names a library removed since."""
    if not sys.platform.startswith("linux") or getattr(sys, "frozen", False):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return []
    from reader import paths

    key, kept = _libraries_key(), paths.cache_dir() / _DISPLAY_CHECK
    try:
        if key and kept.read_text("utf-8") == key:
            return []
    except (OSError, ValueError):
        pass
    import ctypes.util  # only here: the offscreen and Wayland starts never need it

    missing = sorted({package for name, package in _XCB_LIBRARIES.items() if ctypes.util.find_library(name) is None})
    if not missing and key:
        from reader.atomic import write_text

        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            write_text(kept, key)
        except OSError:  # a read-only profile: the next start looks them up again
            pass
    return missing


def display_problem() -> str | None:
    """A plain message when the window cannot open on this machine, else None."""
    missing = missing_display_packages()
    if missing:
        return (
            "Vinduet kan ikke åbnes, fordi nogle systembiblioteker mangler. Installér dem med:\n\n"
            f"    sudo apt-get install {' '.join(missing)}\n"
        )
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if sys.platform.startswith("linux") and not platform and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "Der er ingen skærm at vise vinduet på (hverken DISPLAY eller WAYLAND_DISPLAY er sat).\n"
            "Start programmet fra skrivebordet, eller brug fx 'patient-reader list' i en terminal."
        )
    return None


def run_window(args: argparse.Namespace) -> int:
    """The window (or the kiosk / consultation mode), until the user closes it."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from reader.settings import load as load_settings

    loaded = load_settings()
    kiosk = bool(getattr(args, "kiosk", False)) or loaded.settings.kiosk_default
    if kiosk:
        from reader import collector
        from ui.kiosk.supervisor import is_supervised, run_supervised

        collector.release_start()  # held for the main window's start only (ui/cli/main.py)

        if not is_supervised():
            return run_supervised()
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from ui.base.source_lines import spare_source_lines

    spare_source_lines()  # before the window's modules are imported: their source is not kept (about 13 MB)
    from reader.sources import library_sources
    from ui.base import errors
    from ui.base.i18n import setup_language
    from ui.base.icons import install_app_icon, install_desktop_name

    # Early, before any window: the windowed bundles on Windows and macOS have no standard error.
    errors.setup_logging(faults=True)
    errors.install_hooks(None if kiosk else show_error)  # the kiosk shows a patient nothing technical
    qInstallMessageHandler(errors.qt_message)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("patient-reader")
    app.setApplicationDisplayName("Patientlæser")  # until the language is chosen (setup_language sets it again)
    app.setOrganizationName("patient-reader")
    install_desktop_name()  # the icon itself comes with the main window's first paint, or now for the kiosk
    setup_language(getattr(args, "lang", None), loaded.settings.language)
    sources = library_sources(loaded.settings, list(getattr(args, "articles", []) or []))
    if kiosk:
        from reader.article_cache import load_library

        install_app_icon()
        start_kiosk_mode(load_library(sources), loaded.settings, getattr(args, "idle_timeout", None), sources)
        return int(app.exec())
    window = open_main_window(Library(), loaded.settings, sources, present=bool(getattr(args, "present", False)))
    if loaded.warning:
        from ui.base.problem_text import translated

        window.statusBar().showMessage(translated(loaded.warning), 15000)
    code = int(app.exec())
    if existing is None:  # our own application (not a test's): settings are saved, caches written or waited for
        from ui.base.quit import leave_now

        leave_now(code)
    return code


def show_error(log: Path | None) -> None:
    """After an uncaught error in the window: a short message that names the log (the details are in it)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.base.errors import user_message
    from ui.base.i18n import app_name

    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, app_name(), user_message(log), QMessageBox.StandardButton.Ok,
                      QApplication.activeWindow())
    box.exec()


# The windows this module opened: Qt does not own top-level widgets, so Python must keep them alive.
_OPEN: list[QObject] = []


def open_main_window(library: Library, settings: Settings, sources: Sequence[Source], *,
                     present: bool = False) -> MainWindow:
    """The main window, shown, watching the sources; the last article reopens once the articles are in (at once,
    from the start-up shelf of reader/shelf.py, when the last run kept one for these sources)."""
    from ui.mainwindow.window import MainWindow

    window = MainWindow(library, settings)
    shelf = None
    if not len(library):  # the list and the last article as the shelf keeps them, before the first paint
        from reader.shelf import read_shelf

        shelf = read_shelf(sources)
        if shelf is not None:
            window.show_shelf(shelf)
    if os.environ.get("PATIENT_READER_STARTUP_PROBE"):  # bench/startup.py
        from ui.base.startup_probe import install

        probe = install(window, window.view)
        if probe is not None:
            _OPEN.append(probe)
    window.show()
    from reader import collector
    from ui.base.first_paint import after_first_paint

    # Held since ui/cli/main.py began: what the start built lives on, so it is frozen out of later collections' sight.
    after_first_paint(window, lambda: collector.release_start(freeze=True))
    from ui.base.icons import install_app_icon

    after_first_paint(window, install_app_icon)  # every size decoded and, under X, sent: not before the first paint
    # The articles load in a worker thread (10,000 take about a second) and the clinic folder is watched.
    if shelf is None:
        window.watch_library(sources, restore_last=True)
    else:  # the window shows the shelf: the load (its cache's decoding holds the interpreter) waits for the paint
        after_first_paint(window, lambda: window.watch_library(sources, restore_last=True))
    if present:
        window.reading.consultation.enter()
    _OPEN.append(window)
    return window


def start_kiosk_mode(library: Library, settings: Settings, idle_timeout: int | None,
                     sources: Sequence[Source]) -> KioskWindow:
    """The kiosk; when staff leave it with the PIN, the main window opens in its place (the kiosk knows no main window)."""
    from reader.settings import load as load_settings
    from ui.kiosk.window import start_kiosk

    kiosk, watcher = start_kiosk(library, settings, idle_timeout, sources)

    def leave() -> None:
        from ui.base import errors

        if watcher is not None:
            watcher.stop()
        errors.set_notifier(show_error)  # staff now: errors are shown again
        # Read afresh: staff may have changed settings inside the kiosk.
        open_main_window(kiosk.library, load_settings().settings, sources)

    kiosk.leave_requested.connect(leave)
    _OPEN.append(kiosk)
    return kiosk
