"""Settings that survive: one typed object, a schema version, atomic writes; a bad file never crashes the app."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader import settings as settings_module
from reader.settings import SCHEMA_VERSION, Settings, load, save, settings_path


def test_round_trip_with_schema_version_and_danish_letters(_fresh_home: Path) -> None:
    chosen = Settings(zoom=140, clinic_folder="/mnt/klinik/Æblegård artikler", review_months=12)
    chosen.clinic.name = "Fysioterapi Ørestad"
    save(chosen)
    data = json.loads(settings_path().read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA_VERSION and data["clinic"]["name"] == "Fysioterapi Ørestad"
    loaded = load()
    assert loaded.warning is None and loaded.settings == chosen
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]  # no temp files left


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"",
        b"[1, 2, 3]",
        b'{"schema": 99, "zoom": 120}',
        b'{"schema": true}',
        b"\xff\xfe\x00garbage",
        b"[" * 100_000,
        b'{"zoom": 1e999}',
    ],
)
def test_a_corrupt_file_gives_defaults_a_warning_and_a_backup(content: bytes) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    loaded = load()
    if content == b'{"zoom": 1e999}':  # valid JSON with a value of the wrong type: that value falls back
        assert loaded.warning is None and loaded.settings.zoom == Settings().zoom
        return
    assert loaded.settings == Settings() and loaded.warning and "beskadiget" in loaded.warning
    backups = list(path.parent.glob("settings.corrupt-*.json"))
    assert len(backups) == 1 and backups[0].read_bytes() == content and backups[0].name in loaded.warning
    save(loaded.settings)  # and the app can write a fresh file
    assert load().warning is None


def test_wrong_types_and_out_of_range_values_fall_back_per_field() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"schema": 1, "zoom": "stor", "review_months": -5, "favourites": ["a", 3, None],
                                "clinic": {"name": 7, "phone": "12 34"}, "unknown_key": 1}), encoding="utf-8")
    loaded = load()
    assert loaded.warning is None
    assert loaded.settings.zoom == 100 and loaded.settings.review_months == 1 and loaded.settings.favourites == ["a"]
    assert loaded.settings.clinic.name == "" and loaded.settings.clinic.phone == "12 34"


def test_an_unreadable_file_gives_defaults_and_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{}", encoding="utf-8")
    def refuse(path: Path, limit: int) -> bytes:
        raise PermissionError(13, "Ingen adgang")

    monkeypatch.setattr(settings_module, "read_regular", refuse)
    loaded = load()
    assert loaded.settings == Settings() and loaded.warning and "kunne ikke læses" in loaded.warning


def test_a_crash_while_writing_leaves_the_old_file_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    save(Settings(zoom=150))

    def boom(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched, pytest.raises(OSError):
        patched.setattr(settings_module.os, "replace", boom)
        save(Settings(zoom=200))
    assert load().settings.zoom == 150
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]


def test_a_huge_file_is_not_read_into_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings_module, "MAX_SETTINGS_BYTES", 100)
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"schema": 1, "recent": ["x" * 50] * 10}), encoding="utf-8")
    loaded = load()
    assert loaded.warning and loaded.settings == Settings()
    assert os.path.exists(path.parent) and not path.exists()


def _load_within(seconds: float) -> settings_module.LoadedSettings:
    """load() in a thread that must finish in time (a FIFO blocked the start for ever)."""
    import threading

    result: list[settings_module.LoadedSettings] = []
    worker = threading.Thread(target=lambda: result.append(load()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, "load() did not return"
    return result[0]


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "/dev/urandom", "folder"])
def test_only_a_regular_file_of_bounded_size_is_read(kind: str) -> None:
    """Issue 15, item 7: a link to /dev/zero read until memory ran out; a FIFO hung the start."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        if not Path(kind).exists():
            pytest.skip(f"no {kind} here")
        path.symlink_to(kind)
    loaded = _load_within(10)
    assert loaded.settings == Settings() and loaded.warning and "beskadiget" in loaded.warning
    assert not path.exists() and len(list(path.parent.glob("settings.corrupt-*.json"))) == 1  # moved aside
    save(loaded.settings)
    assert load().warning is None
