"""With two screens the patient's window opens full screen on the other one (a child process with two offscreen screens)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_presentation_opens_on_the_second_screen(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "klinik", "x": 0, "y": 0, "width": 1600, "height": 900, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "patient", "x": 1600, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "article" / "two_screens_check.py")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["enabled"] is True
    assert result["window_screen"] == "klinik" and result["screen"] == "patient"
    assert result["geometry"] == [1600, 0, 1920, 1080] and result["full_screen"]
    assert result["slug"] == "nervetryk-i-laenden" and result["position"] == "Afsnit 2 af 11"
