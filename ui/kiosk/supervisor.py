"""Keeps the kiosk up: runs it as a child process and restarts it after a crash, with a growing pause.

Exit codes of the child: 0 means staff closed it with the PIN (the supervisor stops too); 2 means a usage
or display problem that a restart can not fix (stop, pass it on); anything else, or a signal, is a crash.
A child that stops touching its heartbeat file (a frozen window) is killed and counts as a crash.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from reader import paths

SUPERVISED_ENV = "PATIENT_READER_SUPERVISED"
HEARTBEAT_ENV = "PATIENT_READER_HEARTBEAT"
HEARTBEAT_SECONDS = 5     # the child touches its heartbeat file this often
HANG_SECONDS = 60.0       # no heartbeat for this long: the child is frozen
EXIT_CLEAN, EXIT_USAGE, EXIT_GAVE_UP = 0, 2, 1
STABLE_SECONDS = 60.0   # a run this long means the app is healthy again: the pause starts over
MAX_QUICK_CRASHES = 20  # this many crashes in a row, each sooner than STABLE_SECONDS: give up (a crash loop)

log = logging.getLogger("patient-reader.supervisor")


QUICK_RESTARTS = 3       # the first crashes in a row are restarted at once (the cover hides the gap) …
QUICK_PAUSE = 0.5        # … after this pause, so the kiosk is back within 2 s
COVER_GRACE = 0.5        # the cover stays this long after the new kiosk's first heartbeat (its window maps)
COVER_LONGEST = 15.0     # and never longer than this after a restart, heartbeat or not


def backoff(crashes: int, first: float = 1.0, cap: float = 60.0, quick: int = QUICK_RESTARTS,
            quick_pause: float = QUICK_PAUSE) -> float:
    """The pause before restart number `crashes` (1, 2, 3 …): 0.5 s for the first three, then 1 s, 2 s, 4 s … a minute."""
    if crashes <= quick:
        return float(min(quick_pause, first))
    return float(min(cap, first * 2 ** (crashes - quick - 1)))


class Cover(Protocol):
    """The blank screen shown while the kiosk is down (see ui/kiosk/cover.py)."""

    def show(self) -> None: ...
    def hide(self) -> None: ...
    def close(self) -> None: ...


class CoverProcess:
    """`patient-reader --kiosk-cover` (ui.kiosk.cover), started hidden; show/hide are lines on its standard input.
    Never raises."""

    def __init__(self, command: Sequence[str] | None = None) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        if command is None:
            command = child_command(["--kiosk-cover"])  # the app itself, frozen bundle or not (ui.kiosk.cover.main)
        try:
            self._process = subprocess.Popen(list(command), stdin=subprocess.PIPE)
        except OSError as error:
            log.warning("skærmdækket kunne ikke starte (%s)", error)

    def _say(self, line: str) -> None:
        if self._process is None or self._process.stdin is None or self._process.poll() is not None:
            return
        with contextlib.suppress(OSError, ValueError):
            self._process.stdin.write(line.encode("ascii") + b"\n")
            self._process.stdin.flush()

    def show(self) -> None:
        self._say("show")

    def hide(self) -> None:
        self._say("hide")

    def close(self) -> None:
        if self._process is None:
            return
        with contextlib.suppress(OSError, ValueError):
            if self._process.stdin is not None:
                self._process.stdin.close()
        try:
            self._process.wait(timeout=3)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def is_supervised() -> bool:
    return os.environ.get(SUPERVISED_ENV) == "1"


def child_command(argv: Sequence[str]) -> list[str]:
    """The command that runs the app itself (frozen bundle or `python -m ui`) with the same arguments."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *argv]
    return [sys.executable, "-m", "ui", *argv]


def _wait(child: subprocess.Popen[bytes], heartbeat: Path | None, hang_seconds: float, poll: float,
          up: Callable[[], None] = lambda: None) -> int:
    """The child's exit code; a child whose heartbeat goes stale is killed (and its code is returned).

    up() is called once the child is up: COVER_GRACE after its first heartbeat (at once without a
    heartbeat file), at the latest COVER_LONGEST after it started.
    """
    started = time.time()
    is_up = False
    while True:
        if not is_up:
            beat = heartbeat is not None and heartbeat.exists()
            waited = time.time() - started
            if heartbeat is None or (beat and waited >= COVER_GRACE) or waited >= COVER_LONGEST:
                up()
                is_up = True
        try:
            return child.wait(timeout=poll if is_up else min(poll, 0.1))
        except subprocess.TimeoutExpired:
            pass
        if heartbeat is None or hang_seconds <= 0:
            continue
        try:
            last = max(started, heartbeat.stat().st_mtime)
        except OSError:
            last = started
        if time.time() - last > hang_seconds:
            log.error("kiosken har ikke svaret i %.0f s; den stoppes og startes igen", time.time() - last)
            child.kill()
            return child.wait()


def supervise(command: Sequence[str], *, sleep: Callable[[float], None] = time.sleep,
              clock: Callable[[], float] = time.monotonic, max_quick_crashes: int = MAX_QUICK_CRASHES,
              stable_seconds: float = STABLE_SECONDS, first_pause: float = 1.0,
              heartbeat: Path | None = None, hang_seconds: float = HANG_SECONDS, poll: float = 1.0,
              cover: Cover | None = None) -> int:
    """Run command until it exits cleanly; restart it after each crash or hang. Returns the exit code to use.

    With a cover, a blank full-screen window is up from each crash until the restarted kiosk is up.
    """
    env = {**os.environ, SUPERVISED_ENV: "1"}
    if heartbeat is not None:
        env[HEARTBEAT_ENV] = str(heartbeat)
    quick_crashes = 0
    child: subprocess.Popen[bytes] | None = None

    def forward(signum: int, _frame: object) -> None:
        if child is not None and child.poll() is None:
            child.send_signal(signum)
        raise SystemExit(128 + signum)

    previous = {s: signal.getsignal(s) for s in (signal.SIGTERM,)} if _main_thread() else {}
    for s in previous:
        signal.signal(s, forward)
    try:
        while True:
            started = clock()
            log.info("starter kiosken: %s", " ".join(command))
            if heartbeat is not None:
                with contextlib.suppress(OSError):
                    heartbeat.unlink()
            child = subprocess.Popen(list(command), env=env)
            code = _wait(child, heartbeat, hang_seconds, poll, cover.hide if cover is not None else lambda: None)
            ran = clock() - started
            if code == EXIT_CLEAN:
                log.info("kiosken blev lukket af personalet (exit 0); overvågningen stopper")
                return EXIT_CLEAN
            if code == EXIT_USAGE:
                log.error("kiosken kan ikke starte (exit 2); genstarter ikke")
                return EXIT_USAGE
            quick_crashes = quick_crashes + 1 if ran < stable_seconds else 1
            if quick_crashes >= max_quick_crashes:
                log.error("kiosken gik ned %d gange i træk inden for %.0f s; giver op", quick_crashes, stable_seconds)
                return EXIT_GAVE_UP
            if cover is not None:
                cover.show()
            pause = backoff(quick_crashes, first_pause)
            how = f"signal {-code}" if code < 0 else f"exit {code}"
            log.warning("kiosken gik ned (%s efter %.1f s); genstarter om %.1f s (nedbrud nr. %d i træk)",
                        how, ran, pause, quick_crashes)
            sleep(pause)
    except KeyboardInterrupt:
        if child is not None and child.poll() is None:
            child.terminate()
        return 130
    finally:
        if cover is not None:
            cover.close()
        for s, handler in previous.items():
            signal.signal(s, handler)
        if heartbeat is not None:
            with contextlib.suppress(OSError):
                heartbeat.unlink()


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def setup_logging() -> Path | None:
    """Log lines to standard error and to `kiosk-supervisor.log` in the data folder (if it can be written)."""
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    path: Path | None = paths.data_dir() / "kiosk-supervisor.log"
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(path, encoding="utf-8"))
    except OSError:
        path = None
    formatter = logging.Formatter("%(asctime)s patient-reader supervisor: %(message)s")
    for handler in handlers:
        handler.setFormatter(formatter)
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return path


def run_supervised(argv: Sequence[str] | None = None) -> int:
    """`patient-reader --kiosk …`: the same command again, as a child under the supervisor."""
    setup_logging()
    heartbeat = paths.cache_dir() / f"kiosk-heartbeat-{os.getpid()}"
    try:
        heartbeat.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        heartbeat = Path(tempfile.gettempdir()) / heartbeat.name
    return supervise(child_command(list(sys.argv[1:] if argv is None else argv)), heartbeat=heartbeat,
                     cover=CoverProcess())
