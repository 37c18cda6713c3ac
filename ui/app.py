"""Starting the window: the display check, QApplication, settings, library and main window."""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys

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


def missing_display_packages() -> list[str]:
    """Debian packages the xcb platform needs but this machine lacks (empty elsewhere)."""
    if not sys.platform.startswith("linux") or getattr(sys, "frozen", False):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return []
    return sorted({package for name, package in _XCB_LIBRARIES.items() if ctypes.util.find_library(name) is None})


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
        from ui.supervisor import is_supervised, run_supervised

        if not is_supervised():
            return run_supervised()
    from PySide6.QtWidgets import QApplication

    from reader.articles import Library
    from reader.sources import library_sources
    from ui.app_icon import install_app_icon
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("patient-reader")
    app.setApplicationDisplayName("Patientlæser")
    app.setOrganizationName("patient-reader")
    install_app_icon()
    from ui.i18n import setup_language

    setup_language(getattr(args, "lang", None), loaded.settings.language)
    if kiosk:
        from reader.article_cache import load_library
        from ui.kiosk import start_kiosk

        sources = library_sources(loaded.settings, list(getattr(args, "articles", []) or []))
        kiosk_window = start_kiosk(load_library(sources), loaded.settings, getattr(args, "idle_timeout", None), sources)
        return int(app.exec()) if kiosk_window else 1
    sources = library_sources(loaded.settings, list(getattr(args, "articles", []) or []))
    window = MainWindow(Library(), loaded.settings)
    if os.environ.get("PATIENT_READER_STARTUP_PROBE"):  # bench/startup.py
        from ui.startup_probe import install

        window.startup_probe = install(window, window.view)
    window.show()
    # The articles load in a worker thread (10,000 take about a second) and the clinic folder is watched;
    # the last article reopens once they are in.
    window.watch_library(sources, restore_last=True)
    if getattr(args, "present", False):
        window.consultation.enter()
    if loaded.warning:
        window.statusBar().showMessage(loaded.warning, 15000)
    return int(app.exec())
