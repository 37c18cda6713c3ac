"""Quitting: the window closes, its settings are written and the process ends at once (no teardown)."""

from __future__ import annotations

import json
import os
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


def test_leaving_stops_a_running_builds_worker_processes(tmp_path: Path) -> None:
    """A quit during a big index build ends its worker processes with the app (os._exit alone would leave them
    to finish the piece they are on)."""
    script = tmp_path / "quit_during_build.py"
    script.write_text(
        "import sys, threading, time\n"
        "from reader.search import parallel\n"
        "from ui.base.quit import leave_now\n"
        "texts = [(f'Titel {n}', 'knæ ryg skulder ' * 2000) for n in range(600)]\n"
        "threading.Thread(target=parallel.analyse_in_processes, args=(texts, 2), daemon=True).start()\n"
        "deadline = time.monotonic() + 60\n"
        "pids = []\n"
        "while not pids and time.monotonic() < deadline:\n"
        "    pools = list(parallel._running)\n"
        "    pids = [p.pid for pool in pools for p in (pool._processes or {}).values()]\n"
        "    time.sleep(0.01)\n"
        "open(sys.argv[1], 'w').write(' '.join(map(str, pids)))\n"
        "leave_now(0)\n", "utf-8")
    found = tmp_path / "pids"
    # no pipes: the workers would hold them open, and waiting for them would hide whether they were stopped
    code = subprocess.run([sys.executable, str(script), str(found)], cwd=ROOT, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, timeout=120, check=False, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert code.returncode == 0
    pids = [int(pid) for pid in found.read_text().split()]
    assert pids, "the build started no worker processes"
    alive = pids
    for _ in range(200):  # killed processes are reaped by init: a moment (a few hundred ms), without a fixed sleep
        alive = [pid for pid in alive if Path(f"/proc/{pid}").exists() and "Z" not in _state(pid)]
        if not alive:
            break
        subprocess.run(["true"], check=False)
    assert not alive, f"worker processes still running after the quit: {alive}"


def _state(pid: int) -> str:
    try:
        return next((line.split()[1] for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                     if line.startswith("State:")), "")
    except OSError:
        return "Z"
