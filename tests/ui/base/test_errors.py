"""Errors are never lost: uncaught errors reach a rotating log in the data folder, and the user hears of it."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.settings import Settings
from ui.base import errors

ROOT = Path(__file__).resolve().parents[3]


def _raise(text: str) -> None:
    raise RuntimeError(text)


def test_an_uncaught_error_is_logged_with_its_traceback_and_the_user_told(tmp_path: Path) -> None:
    told: list[Path | None] = []
    path = errors.setup_logging(tmp_path, stderr=False)
    errors.install_hooks(told.append)
    try:
        _raise("boom æøå")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert path == tmp_path / errors.LOG_NAME and told == [path]
    text = path.read_text(encoding="utf-8")
    assert "RuntimeError: boom æøå" in text and "_raise" in text  # the whole traceback


def test_an_error_in_a_thread_is_logged(tmp_path: Path) -> None:
    path = errors.setup_logging(tmp_path, stderr=False)
    errors.install_hooks(None)
    thread = threading.Thread(target=_raise, args=("i tråden",), name="library-reload")
    thread.start()
    thread.join()
    assert path is not None
    text = path.read_text(encoding="utf-8")
    assert "library-reload" in text and "RuntimeError: i tråden" in text


def test_an_unwritable_log_folder_still_logs_to_standard_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocked = tmp_path / "fil"
    blocked.write_text("ikke en mappe", encoding="utf-8")
    assert errors.setup_logging(blocked / "logs") is None
    errors.install_hooks(None)
    try:
        _raise("uden log")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "RuntimeError: uden log" in capsys.readouterr().err


def test_the_log_rotates(tmp_path: Path) -> None:
    errors.setup_logging(tmp_path, stderr=False)
    for _ in range(2_500):
        errors.log.info("x" * 1_000)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names[:2] == [errors.LOG_NAME, f"{errors.LOG_NAME}.1"] and len(names) <= 1 + 3
    assert all(p.stat().st_size <= 1_100_000 for p in tmp_path.iterdir())


def test_the_log_file_and_logging_handlers_wait_for_the_first_record(tmp_path: Path) -> None:
    code = ("import sys; from pathlib import Path; from ui.base import errors; "
            f"folder = Path({str(tmp_path)!r}); path = errors.setup_logging(folder, stderr=False); "
            "assert 'logging.handlers' not in sys.modules and not path.exists(); "
            "errors.log.info('første'); assert path.read_text('utf-8').rstrip().endswith('første')")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_the_window_gets_the_crash_file_after_the_command_line_set_logging_up(tmp_path: Path) -> None:
    code = ("import faulthandler; from pathlib import Path; from ui.base import errors; "
            f"folder = Path({str(tmp_path)!r}); errors.setup_logging(folder, stderr=False); "
            "assert not faulthandler.is_enabled(); "
            "errors.setup_logging(folder, stderr=False, faults=True); "  # what ui/app.py's run_window does next
            "assert faulthandler.is_enabled() and (folder / errors.FAULT_NAME).exists()")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_qt_warnings_are_logged_but_the_platforms_noise_is_not(tmp_path: Path) -> None:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    path = errors.setup_logging(tmp_path, stderr=False)
    assert path is not None
    errors.qt_message(QtMsgType.QtWarningMsg, QMessageLogContext(), "This plugin does not support propagateSizeHints()")
    assert not path.exists()  # nothing written, the log file not even made
    errors.qt_message(QtMsgType.QtWarningMsg, QMessageLogContext(), "QFont::setPointSize: Point size <= 0 (0)")
    assert "WARNING patient-reader.qt: QFont::setPointSize" in path.read_text("utf-8")


def test_the_message_names_the_log() -> None:
    assert "/tmp/x/patient-reader.log" in errors.user_message(Path("/tmp/x/patient-reader.log"))
    assert "uventet fejl" in errors.user_message(None)


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_window_slot_shows_a_short_message_with_the_log(qtbot: QtBot, tmp_path: Path) -> None:
    """What the window does when a slot raises: the user sees where the log is, the log has the traceback."""
    from ui import app
    from ui.mainwindow.window import MainWindow

    path = errors.setup_logging(tmp_path, stderr=False)
    errors.install_hooks(app.show_error)
    window = MainWindow(Library(), Settings(), persist=None)
    qtbot.addWidget(window)
    window.about_action.triggered.disconnect()
    window.about_action.triggered.connect(lambda: _raise("i en knap"))
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()

    QTimer.singleShot(0, read_and_close)
    window.about_action.trigger()
    assert shown and str(path) in shown[0]
    assert path is not None and "RuntimeError: i en knap" in path.read_text(encoding="utf-8")


def test_the_kiosk_tells_a_patient_nothing_but_logs_the_same(tmp_path: Path) -> None:
    path = errors.setup_logging(tmp_path, stderr=False)
    errors.install_hooks(None)  # what ui.app installs for the kiosk
    try:
        _raise("i kiosken")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert path is not None and "RuntimeError: i kiosken" in path.read_text(encoding="utf-8")
    assert QApplication.activeModalWidget() is None


def test_the_command_line_logs_an_uncaught_error(_fresh_home: Path) -> None:
    code = ("import ui.cli.library as library, ui.cli.main as m\n"
            "library.run_list = lambda a: 1 / 0\n"
            "raise SystemExit(m.main(['list']))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT,
                            env={**os.environ, "PATIENT_READER_HOME": str(_fresh_home)})
    assert result.returncode == 1 and "ZeroDivisionError" in result.stderr
    log = _fresh_home / "data" / "logs" / errors.LOG_NAME
    assert "ZeroDivisionError: division by zero" in log.read_text(encoding="utf-8")
