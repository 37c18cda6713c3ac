"""Errors are never lost: one rotating log in the data folder, the excepthooks and faulthandler that write to it."""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

from reader import paths

if TYPE_CHECKING:  # Qt loads only with a window: the command line logs without it
    from PySide6.QtCore import QMessageLogContext, QtMsgType

LOG_NAME = "patient-reader.log"
FAULT_NAME = "patient-reader-crash.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 3

log = logging.getLogger("patient-reader")

# Shows a short message to the user; takes the log's path (None when nothing could be written).
Notifier = Callable[[Path | None], None]

_state: dict[str, object] = {}


def log_folder() -> Path:
    """Where the log lives: `logs/` in the data folder (PATIENT_READER_HOME moves it, as for tests)."""
    return paths.data_dir() / "logs"


def log_path() -> Path | None:
    """The log file in use, or None when logging to a file is not set up (or failed)."""
    found = _state.get("path")
    return found if isinstance(found, Path) else None


def setup_logging(folder: Path | None = None, *, stderr: bool = True, faults: bool = False) -> Path | None:
    """Log to a rotating file (1 MB × 3) in `folder`, and to standard error; returns the file, or None.

    faults also lets faulthandler write a hard crash's Python stack beside it (the window and the kiosk,
    which run for hours; a command-line run is short and its standard error is the terminal). Safe to call
    again (the handlers are set once). Nothing about a patient is ever logged: the app logs events and
    tracebacks, never what is typed into a field.
    """
    if "configured" in _state:  # the command line set it up first: the window still wants the crash file
        path = log_path()
        if faults and path is not None and "fault_file" not in _state:
            _enable_faulthandler(path.parent / FAULT_NAME)
        return path
    _state["configured"] = True
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    log.setLevel(logging.INFO)
    if stderr and sys.stderr is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.WARNING)
        console.setFormatter(formatter)
        log.addHandler(console)
    folder = folder or log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        handler = _LogFile(path)
    except OSError as error:
        log.warning("kan ikke skrive loggen i %s: %s", folder, error)
        return None
    handler.setFormatter(formatter)
    log.addHandler(handler)
    _state["path"] = path
    if faults:
        _enable_faulthandler(folder / FAULT_NAME)
    return path


class _LogFile(logging.Handler):
    """The rotating log file (1 MB × 3), made at the first record: logging.handlers (with socket and pickle) is not
    loaded at every start, and the file is opened only when there is something to write (as delay=True did)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            self._file = logging.handlers.RotatingFileHandler(self.path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS,
                                                              encoding="utf-8", delay=True)
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _enable_faulthandler(path: Path) -> None:
    """A hard crash (segfault, abort, a stuck interpreter killed by SIGABRT) leaves its Python stack in a file."""
    try:
        handle: IO[str] = path.open("a", encoding="utf-8")
    except OSError:
        return
    _state["fault_file"] = handle  # must stay open for as long as the process runs
    faulthandler.enable(handle, all_threads=True)


def install_hooks(notify: Notifier | None = None) -> None:
    """sys.excepthook and threading.excepthook log every uncaught error; notify (if given) tells the user.

    In the window notify shows a short Danish message with the log's path; the kiosk passes None, so a
    patient sees nothing technical, while the log gets the same lines.
    """
    _state["notify"] = notify
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


def set_notifier(notify: Notifier | None) -> None:
    """Change who is told about an error (the kiosk hands over to the main window when staff leave it)."""
    _state["notify"] = notify


def _excepthook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    report(error, trace)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or isinstance(args.exc_value, SystemExit):
        return
    name = args.thread.name if args.thread is not None else "?"
    report(args.exc_value, args.exc_traceback, where=f"tråden {name}")


def report(error: BaseException, trace: TracebackType | None = None, where: str = "") -> None:
    """Log an error with its traceback and tell the user (once per burst); never raises."""
    try:
        log.error("uventet fejl%s: %s", f" i {where}" if where else "", error.__class__.__name__,
                  exc_info=(type(error), error, trace or error.__traceback__))
        notify = _state.get("notify")
        if callable(notify) and not _state.get("notifying"):
            _state["notifying"] = True  # an error inside the message box must not open another one
            try:
                notify(log_path())
            finally:
                _state["notifying"] = False
    except Exception:  # the last line of defence: print and go on
        sys.__excepthook__(type(error), error, trace)


def user_message(path: Path | None) -> str:
    """The short text (Danish, or the interface language) the window shows after an unexpected error."""
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("Errors", "Der opstod en uventet fejl. Programmet kører videre, "
                                      "men gem gerne dit arbejde og genstart det.")
    if path is not None:
        text += "\n\n" + QCoreApplication.translate("Errors", "Detaljerne er skrevet i loggen:\n%1").replace("%1", str(path))
    return text


# Qt's messages that say nothing about this app: the offscreen platform (tests, the self-test, the start-up bench)
# prints the first at every start; logging it loaded logging.handlers and wrote the log file (about 6 ms).
QT_NOISE = frozenset({"This plugin does not support propagateSizeHints()"})


def qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings and errors go to the log too (installed by the window with qInstallMessageHandler), but
    for the platform's QT_NOISE."""
    if message in QT_NOISE:
        return
    from PySide6.QtCore import QtMsgType

    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(kind, logging.ERROR)
    logging.getLogger("patient-reader.qt").log(level, "%s", message)


def reset_for_tests() -> None:
    """Forget the handlers and hooks (tests set up logging in a temp folder)."""
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    fault = _state.get("fault_file")
    if fault is not None:
        faulthandler.disable()
        if hasattr(fault, "close"):
            fault.close()
    _state.clear()
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
