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
