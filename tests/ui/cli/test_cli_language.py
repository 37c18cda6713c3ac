"""The command line speaks the chosen language: its own texts, argparse's, the system's errors; dates and slugs forgiven."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from reader.handout import DateFormatError, ImpossibleDateError, parse_date
from ui.cli import language
from ui.cli.main import main


@pytest.fixture(autouse=True)
def _back_to_danish(qapp: object) -> Iterator[None]:
    """In-process runs: pytest-qt's QApplication exists first (handout would make a bare QGuiApplication)."""
    yield
    language.set_language("da")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("argv", [("--lang", "en", "list", "--articles", "/findes/ikke"),
                                  ("list", "--lang", "en", "--articles", "/findes/ikke"),
                                  ("list", "--articles", "/findes/ikke", "--lang=en")])
def test_lang_before_or_after_the_subcommand(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    code, _out, err = run(capsys, *argv)
    assert code == 0
    assert "1 error while loading" in err and "The folder does not exist" in err and "What to do:" in err
    assert "fejl" not in err and "Mappen" not in err


def test_argparse_and_os_errors_are_danish(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "handout")
    assert code == 2 and "brug: patient-reader handout" in err and "disse argumenter mangler: --out" in err
    assert "usage" not in err and "required" not in err
    code, _out, err = run(capsys, "search", "--limit", "x", "knæ")
    assert code == 2 and "ugyldig værdi (int): 'x'" in err and "invalid" not in err
    code, _out, err = run(capsys, "search", "--queries", "/findes/ikke.txt")
    assert code == 2 and "filen eller mappen findes ikke" in err and "No such file" not in err


def test_danish_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["list", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("brug: ") and "tilvalg:" in out and "vis denne hjælp og afslut" in out and "som JSON" in out


def test_english_help_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["list", "--help", "--lang", "en"])
    out = capsys.readouterr().out
    assert out.startswith("usage: ") and "options:" in out and "as JSON" in out and "sprog" not in out
    code, _out, err = run(capsys, "--lang", "en", "handout")
    assert code == 2 and "the following arguments are required: --out" in err
    code, _out, err = run(capsys, "search", "--queries", "/findes/ikke.txt", "--lang", "en")
    assert code == 2 and "the file cannot be read" in err and "No such file or directory" in err


@pytest.mark.parametrize("text", ["2026-12-31", "31-12-2026", "31/12/2026", " 31.12.2026 "])
def test_handout_dates_in_danish_forms(text: str) -> None:
    assert parse_date(text) == dt.date(2026, 12, 31)


def test_an_impossible_date_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(ImpossibleDateError):
        parse_date("31-02-2026")
    with pytest.raises(DateFormatError):
        parse_date("31 dec")
    out = tmp_path / "v.pdf"
    code, _out, err = run(capsys, "handout", "nervetryk-i-laenden", "--out", str(out), "--date", "31-02-2026")
    assert code == 2 and "31-02-2026 findes ikke i kalenderen" in err and "ÅÅÅÅ" not in err and not out.exists()
    code, _out, err = run(capsys, "--lang", "en", "handout", "nervetryk-i-laenden", "--out", str(out), "--date", "31-02-2026")
    assert code == 2 and "impossible" in err
    code, _out, err = run(capsys, "handout", "nervetryk-i-laenden", "--out", str(out), "--date", "31/12/2026")
    assert code == 0, err
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "31. december 2026" in " ".join(text.split())


def test_an_unknown_slug_suggests_the_nearest(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run(capsys, "handout", "nervetryk-i-laende", "--out", str(tmp_path / "v.pdf"))
    assert code == 2 and "Mente du nervetryk-i-laenden?" in err
    code, _out, err = run(capsys, "handout", "nervetryk-i-laenden#symptomer", "--out", str(tmp_path / "v.pdf"))
    assert code == 2 and "har intet afsnit" in err and "Afsnittene er:" in err
    code, _out, err = run(capsys, "--lang", "en", "handout", "nervetryk-i-laende", "--out", str(tmp_path / "v.pdf"))
    assert code == 2 and "Did you mean nervetryk-i-laenden?" in err


@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_search_is_bad_usage(capsys: pytest.CaptureFixture[str], query: str) -> None:
    code, out, err = run(capsys, "search", query)
    assert code == 2 and out == "" and "søgningen er tom" in err
