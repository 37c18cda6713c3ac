"""The command line as a user runs it: a real process, exit codes and output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "ui", *args], capture_output=True, text=True, cwd=ROOT, env=full_env, timeout=60,
    )


def test_list_json_gives_the_five_titles_and_dates() -> None:
    result = run("list", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["slug"], r["title"], r["updated"]) for r in rows] == [
        ("nerveafklemning", "Nerveafklemning", "2024-02-24"),
        ("nerveledning", "Nerveledning", "2024-02-24"),
        ("nerveregeneration", "Nerveregeneration", "2024-02-24"),
        ("nervesmerter", "Nervesmerter", "2025-02-19"),
        ("nervetryk-i-laenden", "Nervetryk i lænden", "2025-10-12"),
    ]
    assert all(Path(r["path"]).is_file() for r in rows)


def test_list_with_articles_dir(tmp_path: Path) -> None:
    (tmp_path / "øvelser for knæ.md").write_text("---\ntitle: Øvelser for knæ\n---\nx", encoding="utf-8")
    result = run("list", "--articles", str(tmp_path))
    assert result.returncode == 0
    assert result.stdout.split() == ["oevelser-for-knae", "—", "Øvelser", "for", "knæ"]


def test_check_names_each_broken_file_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "god.md").write_text("---\ntitle: God\n---\nx", encoding="utf-8")
    (tmp_path / "tom.md").write_bytes(b"")
    (tmp_path / "binær.md").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "dato.md").write_text("---\ntitle: D\nlastUpdated: 31/02/2024\n---\nx", encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert any(line.startswith("Fejl:") and "tom.md" in line for line in lines)
    assert any(line.startswith("Fejl:") and "binær.md" in line for line in lines)
    assert any(line.startswith("Advarsel:") and "dato.md" in line for line in lines)


def test_check_with_only_warnings_exits_0_and_json() -> None:
    result = run("check", "--json")
    assert result.returncode == 0
    problems = json.loads(result.stdout)
    assert problems == []  # a fresh install: the bundled articles are program files, never a clinic's problem


def test_bad_usage_exits_2_in_plain_words(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "findes-ikke"))
    assert result.returncode == 2 and "findes ikke" in result.stderr and "Traceback" not in result.stderr
    assert run("--no-such-flag").returncode == 2
    assert run("list", "--articles").returncode == 2


def test_version_and_self_test() -> None:
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("patient-reader ")
    self_test = run("--self-test")
    assert self_test.returncode == 0, self_test.stderr
    assert "selvtest ok" in self_test.stdout


def test_self_test_fails_on_broken_library(tmp_path: Path) -> None:
    (tmp_path / "tom.md").write_bytes(b"")
    result = run("--self-test", "--articles", str(tmp_path))
    assert result.returncode == 1 and "FEJL" in result.stderr
