"""The one atomic write: the target is replaced whole or not at all, and no temp file is left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reader import atomic


def test_write_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "settings.json"
    atomic.write_text(target, "første")
    atomic.write_text(target, "anden æøå")
    assert target.read_text(encoding="utf-8") == "anden æøå"
    assert sorted(p.name for p in target.parent.iterdir()) == ["settings.json"]


def test_a_failing_writer_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "index.npz"
    atomic.write_bytes(target, b"old")

    def broken(out: object) -> None:
        out.write(b"half")  # type: ignore[attr-defined]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic.write_with(target, broken)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["index.npz"]


def test_interrupt_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    with pytest.raises(KeyboardInterrupt), atomic.atomic_file(target) as out:
        out.write(b"x")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_modes(tmp_path: Path) -> None:
    private = tmp_path / "settings.json"
    atomic.write_text(private, "{}", mode=0o600)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    plain = tmp_path / "handout.pdf"
    atomic.write_bytes(plain, b"%PDF")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(plain.stat().st_mode) == 0o666 & ~umask


def test_wait_for_writes_waits_for_a_write_under_way(tmp_path: Path) -> None:
    import threading

    started, release = threading.Event(), threading.Event()

    def slow(out: object) -> None:
        out.write(b"begyndt")  # type: ignore[attr-defined]
        started.set()
        release.wait(10)

    writer = threading.Thread(target=atomic.write_with, args=(tmp_path / "index.npz", slow))
    writer.start()
    started.wait(10)
    assert not atomic.wait_for_writes(0.01)  # a quick exit now would lose the file
    release.set()
    assert atomic.wait_for_writes(10)
    writer.join()
    assert (tmp_path / "index.npz").read_bytes() == b"begyndt"
