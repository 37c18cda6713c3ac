"""The command line against hostile names, titles and input (issue 15): valid UTF-8 out, nothing raw, bounded reads."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
ESCAPE_TITLE = "\x1b]0;OWNED\x07\x1b[2J"


def run(*args: str | bytes, env: dict[str, str] | None = None, home: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    if home is not None:
        full_env["PATIENT_READER_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "ui", *args], capture_output=True, cwd=ROOT, env=full_env, timeout=60)


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "artikler"
    folder.mkdir()
    (folder / os.fsdecode(b"\xff\xfe-navn.md")).write_text("---\ntitle: Navn\n---\nTekst.\n", encoding="utf-8")
    (folder / "titel.md").write_text(f"# {ESCAPE_TITLE}\n\nTekst om ryg.\n", encoding="utf-8")
    return folder


def _locales(tmp_path: Path) -> list[dict[str, str]]:
    """Strict UTF-8, the C locale (surrogate escapes), Latin-1, and a real da_DK.UTF-8 when localedef can make one."""
    envs = [{"PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"}, {"LC_ALL": "C", "PYTHONUTF8": "0"},
            {"PYTHONIOENCODING": "latin-1"}]
    if shutil.which("localedef"):
        made = subprocess.run(["localedef", "-i", "da_DK", "-f", "UTF-8", str(tmp_path / "loc" / "da_DK.UTF-8")],
                              capture_output=True, timeout=60)
        if (tmp_path / "loc" / "da_DK.UTF-8").exists() or made.returncode == 0:
            envs.append({"LOCPATH": str(tmp_path / "loc"), "LC_ALL": "da_DK.UTF-8", "PYTHONUTF8": "0"})
    return envs


def test_every_output_is_valid_utf8_under_any_locale(hostile_folder: Path, tmp_path: Path) -> None:
    """Issue 15, item 6: a name with byte 0xff made `list --json` print invalid UTF-8, or crash under da_DK.UTF-8."""
    for env in _locales(tmp_path):
        for args in (("list", "--json"), ("list",), ("check",), ("check", "--json"), ("search", "ryg", "--json")):
            result = run(*args, "--articles", str(hostile_folder), env=env, home=tmp_path / "home")
            assert result.returncode in (0, 1), (env, args, result.stderr.decode("utf-8", "replace"))
            out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")  # both valid UTF-8
            assert "Traceback" not in err
            assert "\x1b" not in out and "\x07" not in out and "\x1b" not in err, (env, args)
            if "--json" in args and args[0] != "search":
                json.loads(out)
        rows = json.loads(run("list", "--json", "--articles", str(hostile_folder), env=env, home=tmp_path / "home").stdout)
        assert sorted(row["title"] for row in rows) == sorted(["Navn", ESCAPE_TITLE])  # JSON keeps the title, escaped
        assert any(row["path"].endswith("\ufffd\ufffd-navn.md") for row in rows)


def test_control_characters_are_shown_not_obeyed(hostile_folder: Path, tmp_path: Path) -> None:
    result = run("list", "--articles", str(hostile_folder), home=tmp_path / "home")
    assert "\\x1b]0;OWNED\\x07\\x1b[2J" in result.stdout.decode("utf-8")


def test_search_with_invalid_utf8_in_argv_answers_valid_json(tmp_path: Path) -> None:
    """Issue 15, item 9: `search $'ryg\\xff' --json` printed invalid UTF-8 (and crashed under da_DK.UTF-8)."""
    for env in _locales(tmp_path):
        result = run("search", b"ryg\xff", "--json", env=env, home=tmp_path / "home")
        assert result.returncode == 0, result.stderr
        answer = json.loads(result.stdout.decode("utf-8"))
        assert answer["query"] == "ryg\ufffd"


def test_queries_are_read_line_by_line_with_a_bound(tmp_path: Path) -> None:
    """Issue 15, item 9: `--queries /dev/zero` read until memory ran out."""
    queries = tmp_path / "q.txt"
    queries.write_bytes(b"ryg\n\n   \nkn\xc3\xa6\nnerve\xff\n" + b"x" * 5_000_000)
    result = run("search", "--queries", str(queries), "--json", env={"PYTHONIOENCODING": "utf-8"}, home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert [a["query"] for a in answers] == ["ryg", "knæ", "nerve\ufffd", "x" * 500]
    assert "kun begyndelsen er læst" in result.stderr.decode("utf-8")
    if Path("/dev/zero").exists():
        zero = run("search", "--queries", "/dev/zero", "--json", home=tmp_path / "home")
        assert zero.returncode == 0 and zero.stdout == b""


@pytest.mark.parametrize("command", [("list",), ("check",), ("search", "ryg")])
def test_the_command_line_says_when_it_moved_a_corrupt_settings_file_aside(tmp_path: Path, command: tuple[str, ...]) -> None:
    """Issue 15, item 7: the window said so, the command line kept quiet."""
    config = tmp_path / "home" / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_bytes(b"{ikke json")
    result = run(*command, home=tmp_path / "home")
    assert result.returncode == 0
    backups = list(config.glob("settings.corrupt-*.json"))
    assert len(backups) == 1
    err = result.stderr.decode("utf-8")
    assert "Indstillingsfilen var beskadiget" in err and backups[0].name in err


def test_check_list_and_self_test_handle_the_hostile_shapes(tmp_path: Path) -> None:
    """Issue 15, item 2: `--self-test` ran past 60 s on these nine files; now it passes and names them."""
    from bench.hostile import shapes, write

    folder = write(tmp_path / "hostile")
    check = run("check", str(folder), home=tmp_path / "home")
    assert check.returncode == 0
    named = [line for line in check.stdout.decode("utf-8").splitlines() if "uformateret" in line]
    assert len(named) == len(shapes())
    listed = run("list", "--json", "--articles", str(folder), home=tmp_path / "home")
    assert len(json.loads(listed.stdout)) == len(shapes())
    selftest = run("--articles", str(folder), "--self-test", home=tmp_path / "home")
    out = selftest.stdout.decode("utf-8")
    assert selftest.returncode == 0, selftest.stderr.decode("utf-8")
    assert f"({len(shapes())} uformateret" in out and "selvtest ok" in out
