"""Quitting: the window closes, its settings are written and the process ends at once (no teardown)."""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_closing_the_window_saves_settings_and_ends_the_process(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text(json.dumps({"last_article": "nervesmerter"}), "utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PATIENT_READER")}
    env.update(PATIENT_READER_HOME=str(home), PATIENT_READER_STARTUP_PROBE="quit", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "ui"], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "close=" in done.stdout
    settings = json.loads((home / "config" / "settings.json").read_text("utf-8"))
    assert settings.get("window_geometry")  # closeEvent's save happened before the quick exit
    assert settings["last_article"] == "nervesmerter"



_BUILD_THEN_LEAVE = """
import os, sys, threading
from reader.search import parallel
from ui.base.quit import leave_now

if __name__ == "__main__":  # the spawned workers import this file too
    parallel._PARENT_POLL_S = float(sys.argv[2])  # what the workers are started with
    parallel.PIECE_CHARS = 18_000_000  # three pieces of more than a second's work each: a worker left alone runs on
    texts = [(f"Titel {n}", " ".join(f"ord{(n * 31 + k) % 7919} knæ" for k in range(3000))) for n in range(1600)]
    started = threading.Event()
    threading.Thread(target=parallel.analyse_in_processes, args=(texts, 2), kwargs={"meanwhile": started.set},
                     daemon=True).start()
    started.wait(60)
    pids = [p.pid for pool in list(parallel._running) for p in (pool._processes or {}).values()]

    def cpu_s(pid):  # user + system seconds: past their start-up, the workers are analysing
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    while pids and min(cpu_s(pid) for pid in pids) < 0.6:
        threading.Event().wait(0.02)
    open(sys.argv[1], "w").write(" ".join(map(str, pids)))
    leave_now(0) if sys.argv[3] == "leave_now" else os._exit(0)
"""


def _workers_after(tmp_path: Path, how: str, parent_poll_s: float) -> list[int]:
    """Start a process build in a child Python, end that child by `how`; the worker pids it had."""
    script, found = tmp_path / "build_then_leave.py", tmp_path / "pids"
    script.write_text(_BUILD_THEN_LEAVE, "utf-8")
    # no pipes: the workers would hold them open, and waiting for them would hide whether they were stopped
    done = subprocess.run([sys.executable, str(script), str(found), str(parent_poll_s), how], cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0
    pids = [int(pid) for pid in found.read_text().split()]
    assert pids, "the build started no worker processes"
    return pids


def _still_running(pids: list[int], within_s: float) -> list[int]:
    """The pids that have not ended within within_s (waited for on a pidfd: no polling, no fixed sleep)."""
    alive = []
    for pid in pids:
        try:
            fd = os.pidfd_open(pid)
        except ProcessLookupError:
            continue
        try:
            if not select.select([fd], [], [], within_s)[0]:
                alive.append(pid)
        finally:
            os.close(fd)
    return alive


def test_leaving_stops_a_running_builds_worker_processes(tmp_path: Path) -> None:
    """A quit during a big index build ends its worker processes with the app (os._exit alone would leave them
    to finish the pieces sent to them, seconds here): the workers' own watch of the app is off here (an hour)."""
    pids = _workers_after(tmp_path, "leave_now", 3600)
    try:
        assert _still_running(pids, 0.5) == []
    finally:
        _kill(pids)


def test_workers_end_when_the_app_is_gone_without_a_word(tmp_path: Path) -> None:
    """An app that ends without stopping its build (a crash, a kill): its workers notice and end, not idle on."""
    pids = _workers_after(tmp_path, "os._exit", 0.05)
    try:
        assert _still_running(pids, 20) == []
    finally:
        _kill(pids)


def _kill(pids: list[int]) -> None:
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
