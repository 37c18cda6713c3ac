"""`patient-reader set-pin` and `--kiosk` starting under the supervisor."""

from __future__ import annotations

import io
import json
import sys

import pytest

from reader.pin import verify_pin
from reader.settings import load as load_settings
from reader.settings import settings_path
from ui.cli import main as cli


def test_set_pin_stores_only_a_salted_hash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("86420\n"))
    assert cli.main(["set-pin"]) == 0
    text = settings_path().read_text(encoding="utf-8")
    assert "86420" not in text
    stored = json.loads(text)["kiosk_pin_hash"]
    assert verify_pin("86420", stored) and not verify_pin("86421", stored)
    assert "gemt" in capsys.readouterr().err


def test_set_pin_keeps_other_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.settings import Settings, save

    save(Settings(zoom=150, favourites=["nervesmerter"]))
    monkeypatch.setattr(sys, "stdin", io.StringIO("1234"))
    assert cli.main(["set-pin"]) == 0
    loaded = load_settings().settings
    assert loaded.zoom == 150 and loaded.favourites == ["nervesmerter"] and loaded.kiosk_pin_hash


@pytest.mark.parametrize("typed", ["123\n", "12ab\n", "1234567890123\n", "", "ærø1\n"])
def test_set_pin_refuses_bad_input_and_changes_nothing(typed: str, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    assert cli.main(["set-pin"]) == 2
    assert not settings_path().exists()
    assert "PIN" in capsys.readouterr().err


def test_kiosk_flag_runs_under_the_supervisor(monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.kiosk.supervisor

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv(ui.kiosk.supervisor.SUPERVISED_ENV, raising=False)
    calls: list[object] = []
    monkeypatch.setattr(ui.kiosk.supervisor, "run_supervised", lambda argv=None: calls.append(argv) or 0)
    assert cli.main(["--kiosk", "--idle-timeout", "30"]) == 0
    assert calls == [None]
    assert ui.kiosk.supervisor.child_command(["--kiosk"])[-3:] == ["-m", "ui", "--kiosk"]


def test_idle_timeout_below_five_seconds_is_a_usage_error() -> None:
    assert cli.main(["--kiosk", "--idle-timeout", "2"]) == 2


def test_set_pin_asks_six_digits_and_warns_about_four(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("4711\n"))
    assert cli.main(["set-pin"]) == 0
    err = capsys.readouterr().err
    assert "advarsel" in err and "6 cifre" in err
    monkeypatch.setattr(sys, "stdin", io.StringIO("471138\n"))
    assert cli.main(["set-pin"]) == 0
    assert "advarsel" not in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("12\n"))
    assert cli.main(["set-pin"]) == 2
    assert "6–12 cifre" in capsys.readouterr().err


def test_set_pin_leaves_the_settings_file_readable_by_its_owner_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import stat

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{}", encoding="utf-8")
    os.chmod(path, 0o644)  # as an older version or a careless copy left it
    monkeypatch.setattr(sys, "stdin", io.StringIO("471138\n"))
    assert cli.main(["set-pin"]) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
