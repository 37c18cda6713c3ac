"""The X start-up benchmark's logic that needs no X server: when a screen has settled, a process tree's memory,
the throwaway profile, and the goals' X rows skipped with a reason when there is no Xvfb."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench import _x11_settle as x11
from bench import goals
from bench.__main__ import split_args


def test_settled_is_the_last_change_followed_by_a_quiet_second() -> None:
    blank, window, article = 1, 2, 3
    frames = [(0.00, blank), (0.10, blank), (0.30, window), (0.50, window), (0.70, article)]
    frames += [(0.70 + n / 100, article) for n in range(1, 101)]
    assert x11.settle_time(frames, quiet=1.0) == pytest.approx(0.70)


def test_a_change_inside_the_quiet_second_moves_the_answer_on() -> None:
    frames = [(0.0, 1), (0.2, 2), (1.1, 3), (1.9, 3), (2.0, 4), (3.0, 4)]
    assert x11.settle_time(frames, quiet=1.0) == pytest.approx(2.0)


def test_a_screen_that_never_changes_or_keeps_changing_never_settles() -> None:
    assert x11.settle_time([(n / 10, 7) for n in range(50)], quiet=1.0) is None  # no window ever drawn
    assert x11.settle_time([(n / 10, n % 2) for n in range(50)], quiet=1.0) is None  # a blink every 100 ms


def test_the_process_tree_memory_counts_this_process() -> None:
    mb, processes = x11.tree_rss_mb(os.getpid())
    assert processes >= 1 and mb > 1


def test_the_throwaway_profile_keeps_the_real_home_and_xdg_dirs_out(tmp_path: Path) -> None:
    env = x11.throwaway_env(tmp_path, ":99", {"PATIENT_READER_HOME": str(tmp_path)})
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"):
        assert Path(env[name]).is_dir() and Path(env[name]).is_relative_to(tmp_path)
    assert env["DISPLAY"] == ":99" and env["QT_QPA_PLATFORM"] == "xcb"
    assert (Path(env["XDG_RUNTIME_DIR"]).stat().st_mode & 0o777) == 0o700


def test_without_xvfb_the_x_rows_are_one_skipped_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(x11, "available", lambda: "no Xvfb (apt-get install xvfb)")
    rows = goals.xstart_rows(tmp_path / "big", tmp_path, runs=1)
    assert len(rows) == 1 and rows[0].met is None
    assert "skipped: no Xvfb" in goals.table(rows)


def test_a_comparison_row_has_no_verdict() -> None:
    line = goals.table([goals.Row("under X: Zeal", "700 ms", "comparison", None, info=True)]).splitlines()[-1]
    assert line.endswith("| comparison | — |") and "skipped" not in line


def test_options_after_the_module_names_go_to_the_modules() -> None:
    assert split_args(["goals", "--only", "xstart", "--runs", "8"]) == (["goals"], ["--only", "xstart", "--runs", "8"])
    assert split_args(["startup", "search"]) == (["startup", "search"], [])
