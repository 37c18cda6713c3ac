"""The English interface: chosen by --lang, the setting or the system; menus and dates follow; Danish is the source."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from ui.base import i18n
from ui.cli.main import build_parser
from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def _danish_afterwards() -> Iterator[None]:
    yield
    i18n.reset_language()


@pytest.mark.parametrize(("cli", "setting", "system", "expected"), [
    ("en", "da", "da_DK", "en"),
    (None, "en", "da_DK", "en"),
    (None, "", "en_GB", "en"),
    (None, "", "de_DE", "da"),
    (None, "", "nb_NO", "da"),
    ("da", "en", "en_US", "da"),
    (None, "klingon", "da_DK", "da"),
])
def test_choose_language(cli: str | None, setting: str, system: str, expected: str) -> None:
    assert i18n.choose_language(cli, setting, QLocale(system)) == expected


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_lang_en_shows_english_menus_and_dates(qtbot: QtBot, make_window: MakeWindow) -> None:
    args = build_parser().parse_args(["--lang", "en"])
    assert i18n.setup_language(args.lang, "") == "en"
    window = make_window()
    assert menu_titles(window) == ["&File", "&Go", "&View", "F&avourites", "&Help"]
    assert window.reading.present_action.text() == "&Consultation mode"
    window.open_article("nervetryk-i-laenden")
    assert "Updated 12 October 2025" in window.view.toPlainText()
    assert window.sidebar.model.items()[-1].detail == "Updated 12 Oct 2025"
    window.reading.consultation.enter()
    window.reading.consultation.stepper.step(1)
    assert window.reading.consultation.bar.position_label.text() == "Section 1 of 11"
    window.reading.consultation.leave()
    assert "Nervetryk i lænden" in window.view.toPlainText()  # article content stays as written


def test_danish_is_the_default(make_window: MakeWindow) -> None:
    assert i18n.setup_language(None, "da") == "da"
    window = make_window()
    assert menu_titles(window) == ["&Filer", "&Gå", "&Vis", "F&avoritter", "&Hjælp"]
    window.open_article("nervetryk-i-laenden")
    assert "Opdateret 12. oktober 2025" in window.view.toPlainText()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"  # Qt's own buttons in Danish


def test_translation_without_compiled_catalogue(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No .qm and no lrelease (a bare checkout): the .ts is read directly."""
    shutil.copy(i18n.translations_dir() / "patient_reader_en.ts", tmp_path)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    monkeypatch.setattr(i18n, "compiled_catalogue", lambda lang: None)
    assert i18n.install_language("en")
    assert QCoreApplication.translate("MainWindow", "&Filer") == "&File"
    assert i18n.current_language() == "en"


def test_catalogue_is_compiled_into_the_cache_when_missing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    shutil.copy(i18n.translations_dir() / "patient_reader_en.ts", tmp_path)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    compiled = i18n.compiled_catalogue("en")
    if compiled is None:
        pytest.skip("pyside6-lrelease is not installed here")
    assert compiled.suffix == ".qm" and compiled.stat().st_size > 100 and not (tmp_path / "patient_reader_en.qm").exists()
    assert i18n.install_language("en")
    assert QCoreApplication.translate("Themes", "&Mørkt") == "&Dark"


def test_every_string_is_translated() -> None:
    import xml.etree.ElementTree as ElementTree

    root = ElementTree.parse(i18n.translations_dir() / "patient_reader_en.ts").getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation") is None or m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert unfinished == []
