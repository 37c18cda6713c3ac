"""The kiosk supervisor restarts a crashing child with growing pauses and stops when it exits cleanly."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from ui.kiosk.supervisor import SUPERVISED_ENV, backoff, supervise

CHILD = """
import os, sys
from pathlib import Path
counter = Path(sys.argv[1])
runs = int(counter.read_text()) + 1 if counter.exists() else 1
counter.write_text(str(runs))
Path(sys.argv[1] + ".env").write_text(os.environ.get("{env}", ""))
plan = sys.argv[2].split(",")
action = plan[min(runs, len(plan)) - 1]
if action == "kill":
    import signal
    os.kill(os.getpid(), signal.SIGKILL)
sys.exit(int(action))
"""


@pytest.fixture
def child(tmp_path: Path) -> Path:
    script = tmp_path / "child.py"
    script.write_text(CHILD.replace("{env}", SUPERVISED_ENV), encoding="utf-8")
    return script


def _run(child: Path, tmp_path: Path, plan: str, **options: object) -> tuple[int, list[float], int]:
    counter = tmp_path / "runs"
    pauses: list[float] = []
    code = supervise([sys.executable, str(child), str(counter), plan], sleep=pauses.append, **options)  # type: ignore[arg-type]
    return code, pauses, int(counter.read_text())


def test_restarts_after_crashes_then_stops_on_a_clean_exit(child: Path, tmp_path: Path,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO", logger="patient-reader.supervisor")
    code, pauses, runs = _run(child, tmp_path, "3,1,0")
    assert (code, runs) == (0, 3)
    assert pauses == [0.5, 0.5]  # the first three crashes: back at once
    assert sum("gik ned" in r.getMessage() for r in caplog.records) == 2  # a log line each time
    assert (tmp_path / "runs.env").read_text() == "1"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_child_killed_by_a_signal_is_restarted(child: Path, tmp_path: Path) -> None:
    code, pauses, runs = _run(child, tmp_path, "kill,0")
    assert (code, runs, pauses) == (0, 2, [0.5])


def test_a_usage_or_display_problem_is_not_restarted(child: Path, tmp_path: Path) -> None:
    code, pauses, runs = _run(child, tmp_path, "2")
    assert (code, runs, pauses) == (2, 1, [])


def test_a_crash_loop_gives_up(child: Path, tmp_path: Path) -> None:
    code, pauses, runs = _run(child, tmp_path, "1", max_quick_crashes=7)
    assert (code, runs) == (1, 7)
    assert pauses == [0.5, 0.5, 0.5, 1.0, 2.0, 4.0]


def test_a_long_healthy_run_starts_the_pause_over(child: Path, tmp_path: Path) -> None:
    ticks = iter(range(0, 10_000, 100))  # every run "lasts" 100 s: longer than stable_seconds
    code, pauses, runs = _run(child, tmp_path, "1,1,1,0", clock=lambda: float(next(ticks)), stable_seconds=60.0)
    assert (code, runs) == (0, 4)
    assert pauses == [0.5, 0.5, 0.5]


def test_backoff_restarts_the_first_three_crashes_within_two_seconds_then_grows() -> None:
    assert [backoff(n) for n in range(1, 10)] == [0.5, 0.5, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0]
    assert backoff(30) == 60.0


class FakeCover:
    def __init__(self, events: list[str]) -> None:
        self.events = events

    def show(self) -> None:
        self.events.append("cover")

    def hide(self) -> None:
        self.events.append("uncover")

    def close(self) -> None:
        self.events.append("closed")


def test_the_cover_is_up_from_each_crash_until_the_new_kiosk_is_up(child: Path, tmp_path: Path) -> None:
    events: list[str] = []
    counter = tmp_path / "runs"

    def pause(seconds: float) -> None:
        events.append(f"pause {seconds}")

    code = supervise([sys.executable, str(child), str(counter), "1,1,0"], sleep=pause, cover=FakeCover(events))
    assert code == 0
    assert events == ["uncover", "cover", "pause 0.5", "uncover", "cover", "pause 0.5", "uncover", "closed"]


def test_the_cover_waits_for_the_restarted_kiosks_heartbeat(tmp_path: Path) -> None:
    """With a heartbeat file, the cover goes only once the new child has beaten (its window is coming up)."""
    from ui.kiosk.supervisor import HEARTBEAT_ENV

    script = tmp_path / "late.py"
    script.write_text("import os, sys, time\nfrom pathlib import Path\ntime.sleep(0.3)\n"
                      f"Path(os.environ['{HEARTBEAT_ENV}']).write_text(str(time.time()))\ntime.sleep(1.0)\n"
                      "sys.exit(0)\n", encoding="utf-8")
    beat = tmp_path / "beat"
    uncovered: list[float] = []

    class Timed(FakeCover):
        def hide(self) -> None:
            uncovered.append(time.time())
            beaten.append(beat.exists() and float(beat.read_text()))

    beaten: list[object] = []
    assert supervise([sys.executable, str(script)], heartbeat=beat, poll=0.05, cover=Timed([])) == 0
    assert len(uncovered) == 1 and beaten[0] and uncovered[0] >= float(beaten[0])  # type: ignore[arg-type]


def test_the_cover_window_is_blank_frameless_full_screen_and_on_top(qtbot: object) -> None:
    from PySide6.QtCore import Qt

    from ui.kiosk.cover import CoverWindow

    window = CoverWindow()
    window.cover()
    try:
        flags = window.windowFlags()
        assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint
        assert window.isFullScreen()
        image = window.grab().toImage()
        assert len({image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}) == 1
    finally:
        window.close()


def test_the_cover_process_shows_hides_and_ends_with_its_input(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.kiosk.supervisor import CoverProcess

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    cover = CoverProcess()
    assert cover._process is not None
    cover.show()
    cover.hide()
    cover.close()
    assert cover._process.returncode == 0


def test_the_frozen_bundle_has_a_cover_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundle has no `python -m`: the cover is the app itself with --kiosk-cover."""
    import subprocess
    import sys

    from ui.kiosk import supervisor

    started: list[list[str]] = []
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(subprocess, "Popen", lambda command, **kwargs: started.append(command))
    supervisor.CoverProcess()
    assert started == [[sys.executable, "--kiosk-cover"]]


HANGING_CHILD = """
import os, sys, time
from pathlib import Path
counter = Path(sys.argv[1])
runs = int(counter.read_text()) + 1 if counter.exists() else 1
counter.write_text(str(runs))
if runs == 1:
    Path(os.environ["{env}"]).touch()
    time.sleep(60)  # frozen: no more heartbeats
sys.exit(0)
"""


def test_a_frozen_child_is_killed_and_restarted(tmp_path: Path) -> None:
    from ui.kiosk.supervisor import HEARTBEAT_ENV

    script = tmp_path / "hang.py"
    script.write_text(HANGING_CHILD.replace("{env}", HEARTBEAT_ENV), encoding="utf-8")
    counter, pauses = tmp_path / "runs", []
    code = supervise([sys.executable, str(script), str(counter)], sleep=pauses.append,
                     heartbeat=tmp_path / "beat", hang_seconds=0.5, poll=0.05)
    assert (code, counter.read_text(), pauses) == (0, "2", [0.5])
    assert not (tmp_path / "beat").exists()


def test_the_kiosk_touches_its_heartbeat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: object) -> None:
    from ui.kiosk.supervisor import HEARTBEAT_ENV
    from ui.kiosk.window import start_heartbeat

    beat = tmp_path / "beat"
    monkeypatch.setenv(HEARTBEAT_ENV, str(beat))
    timer = start_heartbeat()
    assert timer is not None and timer.isActive() and beat.exists()
    timer.stop()
    monkeypatch.delenv(HEARTBEAT_ENV)
    assert start_heartbeat() is None
