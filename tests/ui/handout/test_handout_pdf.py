"""Handout PDFs read back with pypdf: pages, footers, text layer, order, large print, and the CLI's errors."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reader.articles import Library, load_article
from reader.handout import (
    DISCLAIMER,
    MAX_NOTE,
    MAX_PATIENT,
    Handout,
    HandoutItem,
    HandoutOptions,
    article_sections,
)
from reader.settings import ClinicProfile, Settings
from reader.settings import save as save_settings
from ui.cli import main as cli
from ui.handout.printing import HandoutLayout, pdf_bytes, prepare, write_pdf

LOGO = Path(__file__).resolve().parents[2] / "data" / "handout" / "clinic-logo.png"
CLINIC = ClinicProfile(name="Fysioterapi Søndergård", address="Vestergade 12\n8000 Aarhus C", phone="86 12 34 56",
                       email="kontakt@example.dk", website="www.example.dk", logo=str(LOGO))
PATIENT = "Søren Ærbødig-Åkjær"
NOTE = "Lav nerveglidningerne tre gange dagligt – også i weekenden."


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    """Text without any white space: pypdf splits words at kerning ("K an") and uses tabs and no-break spaces."""
    return "".join(text.split())


def two_articles(**kwargs: object) -> Handout:
    items = (HandoutItem("nervetryk-i-laenden"), HandoutItem("nervesmerter", "hvordan-kan-fysioterapi-hjaelpe-med-nervesmerter"),
             HandoutItem("nervesmerter", "hvad-er-aarsagerne-til-nervesmerter"))
    return Handout(items, PATIENT, dt.date(2026, 3, 5), NOTE, clinic=CLINIC, **kwargs)  # type: ignore[arg-type]


def test_pdf_has_footers_names_note_and_order(qapp: QApplication, library: Library, tmp_path: Path) -> None:
    layout = prepare(two_articles(options=HandoutOptions(qr=True)), library)
    out = tmp_path / "vejledning.pdf"
    write_pdf(layout, out)
    texts = pages_text(out)
    assert len(texts) == layout.page_count >= 3
    for number, text in enumerate(texts, start=1):
        assert flat(f"Side {number} af {len(texts)}") in flat(text)
        assert flat(DISCLAIMER) in flat(text)
    whole = flat(" ".join(texts))
    for expected in (PATIENT, NOTE, "Fysioterapi Søndergård", "5. marts 2026", "www.example.dk"):
        assert flat(expected) in whole
    assert flat("Nervetryk i lænden · opdateret 12.10.2025") in flat(texts[0])
    assert flat("Nervesmerter · opdateret") in flat(texts[-1])
    # the chosen sections, in the chosen order; an unchosen one is absent
    assert whole.index(flat("Hvordan kan fysioterapi hjælpe med nervesmerter?")) < whole.index(flat("Hvad er årsagerne til nervesmerter?"))
    assert flat("Hvilke symptomer er forbundet med nervesmerter") not in whole
    assert not list(tmp_path.glob(".handout-*"))


def test_large_print_gives_more_pages_and_letter_paper(qapp: QApplication, library: Library) -> None:
    normal = prepare(two_articles(), library)
    large = prepare(two_articles(options=HandoutOptions(large_print=True, paper="Letter")), library)
    assert large.page_count > normal.page_count
    reader = PdfReader(__import__("io").BytesIO(pdf_bytes(large)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_footer_names_the_article_on_each_page(qapp: QApplication, library: Library) -> None:
    layout = prepare(two_articles(), library)
    assert layout.page_sources[0] == [0]
    assert layout.page_sources[-1][-1] == 1
    assert all(sources for sources in layout.page_sources)


def _heading_article(tmp_path: Path) -> Library:
    body = ["---", "title: Mange overskrifter", "lastUpdated: 2025-01-02", "---", ""]
    for n in range(40):
        body += [f"## Afsnit {n} om ryggen", "", "Kort tekst. " * (n % 7 + 3), ""]
    body += ["## Tabel", "", "| Øvelse | Gentagelser | Bemærkning |", "|---|---|---|"]
    body += [f"| Øvelse {n} | {n} × 10 | {'Lang bemærkning om udførelsen. ' * (n % 4 + 1)} |" for n in range(60)]
    path = tmp_path / "mange.md"
    path.write_text("\n".join(body), encoding="utf-8")
    result = load_article(path)
    assert result.article is not None
    return Library([result.article])


def test_headings_never_end_a_page_and_table_rows_are_not_cut(qapp: QApplication, tmp_path: Path) -> None:
    library = _heading_article(tmp_path)
    for large in (False, True):
        layout = prepare(Handout((HandoutItem("mange"),), options=HandoutOptions(large_print=large)), library)
        doc, height = layout.document, layout.geometry.height
        rects = doc.documentLayout()
        block = doc.begin()
        headings = 0
        row_pages: dict[tuple[int, int], set[int]] = {}
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip():
                headings += 1
                follower = block.next()
                while follower.isValid() and (not follower.text().strip() or follower.blockFormat().headingLevel()):
                    follower = follower.next()
                if not follower.isValid():
                    break
                top_page = int(rects.blockBoundingRect(block).top() // height)
                follower_rect = rects.blockBoundingRect(follower)  # lays the block out first
                line = follower.layout().lineAt(0)
                assert line.isValid()
                bottom = follower_rect.top() + line.y() + line.height()
                assert int((bottom - 0.5) // height) == top_page, block.text()
            cursor = QTextCursor(block)
            table = cursor.currentTable()
            if table is not None:
                cell = table.cellAt(cursor)
                if cell.isValid():
                    rect = rects.blockBoundingRect(block)
                    row_pages.setdefault((table.firstPosition(), cell.row()), set()).update(
                        {int(rect.top() // height), int((rect.bottom() - 0.5) // height)})
            block = block.next()
        assert headings > 40 and layout.page_count > 3
        assert len(row_pages) > 60 and all(len(pages) == 1 for pages in row_pages.values())
        assert len({page for pages in row_pages.values() for page in pages}) > 1  # the table did cross a page


def test_cli_writes_the_same_handout(qapp: QApplication, library: Library, tmp_path: Path) -> None:
    settings = Settings(clinic=CLINIC)
    save_settings(settings)
    out = tmp_path / "cli.pdf"
    code = cli.main(["handout", "nervetryk-i-laenden", "nervesmerter#hvordan-kan-fysioterapi-hjaelpe-med-nervesmerter",
                     "nervesmerter#hvad-er-aarsagerne-til-nervesmerter", "--out", str(out), "--patient", PATIENT,
                     "--note", NOTE, "--date", "2026-03-05"])
    assert code == 0
    expected = pages_text_of(prepare(two_articles(), library), tmp_path / "dialog.pdf")
    assert pages_text(out) == expected


def pages_text_of(layout: HandoutLayout, path: Path) -> list[str]:
    write_pdf(layout, path)
    return pages_text(path)


@pytest.mark.parametrize("args", [
    ["findes-ikke"],
    ["nervesmerter#intet-afsnit"],
    ["nervesmerter", "--date", "2026-02-30"],
    ["nervesmerter", "--template", "ukendt"],
    [],
    ["nervesmerter", "--patient", "Søren " * 21],
    ["nervesmerter", "--note", "ø" * (MAX_NOTE + 1)],
])
def test_cli_bad_input_exits_2_and_leaves_no_file(qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  args: list[str]) -> None:
    out = tmp_path / "x.pdf"
    assert cli.main(["handout", *args, "--out", str(out)]) == 2
    assert "patient-reader:" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_cli_unwritable_paths(qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["handout", "nervesmerter", "--out", str(tmp_path / "mangler" / "x.pdf")]) == 2
    assert "findes ikke" in capsys.readouterr().err
    assert cli.main(["handout", "nervesmerter", "--out", str(tmp_path)]) == 2
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "låst"
        locked.mkdir()
        locked.chmod(0o500)
        assert cli.main(["handout", "nervesmerter", "--out", str(locked / "x.pdf")]) == 2
        assert list(locked.iterdir()) == []


def test_cli_template_supplies_items_note_and_options(qapp: QApplication, tmp_path: Path) -> None:
    settings = Settings(handout_templates=[{"name": "Lænd", "items": ["nervesmerter#hvordan-diagnosticeres-nervesmerter"],
                                            "note": "Gå en tur hver dag", "large_print": False, "qr": False, "paper": "Letter"}])
    save_settings(settings)
    out = tmp_path / "t.pdf"
    assert cli.main(["handout", "nerveledning", "--template", "lænd", "--out", str(out)]) == 0
    reader = PdfReader(str(out))
    whole = flat(" ".join(page.extract_text() for page in reader.pages))
    assert whole.index(flat("Hvordan diagnosticeres nervesmerter?")) < whole.index("Nerveledning")
    assert flat("Gå en tur hver dag") in whole
    assert round(float(reader.pages[0].mediabox.height)) == 792
    assert re.search(r"Side1af\d", whole)


def test_every_bundled_article_prints(qapp: QApplication, library: Library) -> None:
    from ui.selftest.handout import check_handouts

    assert check_handouts(library) == []


@pytest.mark.parametrize("suffix", ["png", "jpg", "svg"])
def test_logo_formats_scale_to_fit(qapp: QApplication, library: Library, tmp_path: Path, suffix: str) -> None:
    from PySide6.QtGui import QImage

    path = tmp_path / f"logo.{suffix}"
    if suffix == "svg":
        path.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="300">'
                        '<rect width="900" height="300" rx="40" fill="#0b5f73"/></svg>', encoding="utf-8")
    else:
        assert QImage(str(LOGO)).scaled(1200, 400).save(str(path))
    handout = Handout((HandoutItem("nervesmerter"),), clinic=ClinicProfile(name="Klinik", logo=str(path)))
    layout = prepare(handout, library)
    assert layout.warnings == [] and layout.job.logo_path == str(path)
    match = re.search(r'<img src="handout-logo" width="(\d+)" height="(\d+)"', layout.job.html)
    assert match and (int(match[1]), int(match[2])) == (240, 80)


def test_unreadable_logo_is_reported_not_fatal(qapp: QApplication, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not a picture")
    save_settings(Settings(clinic=ClinicProfile(name="Klinik", logo=str(broken))))
    out = tmp_path / "x.pdf"
    assert cli.main(["handout", "nervesmerter", "--out", str(out)]) == 0
    assert "logo kan ikke læses" in capsys.readouterr().err
    assert PdfReader(str(out)).pages


def test_no_ligature_glyphs_in_the_text_layer(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "liga.md"
    path.write_text("---\ntitle: Fine flade filer\n---\n\nDe fleste finder det.\n\n## Flere fine flag\n\n"
                    "| Øvelse | Effekt |\n|---|---|\n| Refleks | fluffy fint |\n", encoding="utf-8")
    result = load_article(path)
    assert result.article is not None
    layout = prepare(Handout((HandoutItem("liga"),), patient="Fie Fløe"), Library([result.article]))
    out = tmp_path / "liga.pdf"
    write_pdf(layout, out)
    text = " ".join(pages_text(out))
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in text)
    for words in ("Fine flade filer", "De fleste finder det.", "Flere fine flag", "fluffy fint", "Fie Fløe"):
        assert flat(words) in flat(text)


def test_footer_stays_one_line_with_many_articles_on_a_page(qapp: QApplication, library: Library) -> None:
    first_sections = (next(s for s in article_sections(a) if s.anchor) for a in library.sorted())
    items = tuple(HandoutItem(a.slug, s.anchor) for a, s in zip(library.sorted(), first_sections, strict=True))
    layout = prepare(Handout(items), library)
    busiest = max(range(layout.page_count), key=lambda page: len(layout.page_sources[page]))
    assert len(layout.page_sources[busiest]) >= 3
    footer = layout._footer_document(busiest)
    lines = sum(footer.findBlockByNumber(n).layout().lineCount() for n in range(footer.blockCount()))
    assert lines == footer.blockCount()  # no block wraps
    assert "Kilder: se side" in footer.toPlainText() or len(layout.footer_left(busiest)) < 100  # never cut with "…"
    assert "…" not in footer.toPlainText()


def test_pdf_gets_ordinary_file_permissions(qapp: QApplication, library: Library, tmp_path: Path) -> None:
    out = tmp_path / "perm.pdf"
    write_pdf(prepare(Handout((HandoutItem("nerveledning"),)), library), out)
    umask = os.umask(0o022)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_long_patient_name_is_refused_by_the_cli_and_stopped_by_the_dialog(
        qapp: QApplication, library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert cli.main(["handout", "nervesmerter", "--patient", "Å" * (MAX_PATIENT + 1), "--out", str(out)]) == 2
    assert f"--patient er for langt ({MAX_PATIENT + 1} tegn; højst {MAX_PATIENT})" in capsys.readouterr().err
    assert not out.exists()
    assert cli.main(["handout", "nervesmerter", "--patient", "Å" * MAX_PATIENT, "--out", str(out)]) == 0
    assert len(PdfReader(str(out)).pages) == prepare(Handout((HandoutItem("nervesmerter"),)), library).page_count

    from ui.handout.dialog import HandoutDialog

    dialog = HandoutDialog(library, Settings(), "nervesmerter")
    try:
        assert dialog.patient_edit.maxLength() == MAX_PATIENT
        dialog.patient_edit.setText("Å" * 5000)
        assert dialog.patient_edit.text() == "Å" * MAX_PATIENT
    finally:
        dialog.deleteLater()


@pytest.mark.parametrize("large_print", [False, True])
def test_no_line_is_on_two_pages(qapp: QApplication, library: Library, large_print: bool) -> None:
    """Qt draws one clipped line above each page's top: invisible, but it doubled a line in the text layer."""
    items = (HandoutItem("nervetryk-i-laenden"), HandoutItem("nervesmerter"), HandoutItem("nerveledning"))
    layout = prepare(Handout(items, PATIENT, dt.date(2026, 3, 5), NOTE, HandoutOptions(large_print=large_print),
                             CLINIC), library)
    assert layout.split_blocks + layout.moved_lines > 0  # paragraphs do run over page ends here (split at a line)
    reader = PdfReader(__import__("io").BytesIO(pdf_bytes(layout)))
    assert len(reader.pages) == layout.page_count >= 6
    pages = [[" ".join(line.split()) for line in (page.extract_text() or "").splitlines() if len(line.strip()) > 20]
             for page in reader.pages]  # short lines (a heading's last word) may repeat
    on_every_page = set.intersection(*map(set, pages))  # the footer's disclaimer and clinic lines
    pages = [[line for line in page if line not in on_every_page and "· opdateret" not in line
              and line != layout.job.running_head  # the patient's name at the top of pages 2 and on
              and not re.fullmatch(r"Side \d+ af \d+", line)] for page in pages]
    for number, (body, next_body) in enumerate(itertools.pairwise(pages), start=1):
        doubled = [line for line in body[-3:] if line in next_body] + [line for line in next_body[:3] if line in body]
        assert doubled == [], f"page {number} / {number + 1}"


def test_a_qr_code_with_no_address_to_point_at_is_a_warning(qapp: QApplication, library: Library) -> None:
    import dataclasses

    with_site = prepare(two_articles(options=HandoutOptions(qr=True)), library)
    assert not any("QR" in warning for warning in with_site.warnings)
    no_site = dataclasses.replace(two_articles(options=HandoutOptions(qr=True)),
                                  clinic=dataclasses.replace(CLINIC, website=""))
    assert any("Ingen QR-kode" in warning for warning in prepare(no_site, library).warnings)
    not_asked = dataclasses.replace(no_site, options=HandoutOptions())
    assert not any("QR" in warning for warning in prepare(not_asked, library).warnings)


@pytest.mark.parametrize("stdin", ["Ødegaard-Zyxwq\n", "  Ødegaard-Zyxwq  ", "Ødegaard-Zyxwq\nanden linje\n"])
def test_the_patient_name_can_come_from_standard_input(qapp: QApplication, tmp_path: Path, stdin: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15, item 5: `--patient NAME` ends up in the shell's history; `--patient -` reads it from stdin."""
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    out = tmp_path / "x.pdf"
    assert cli.main(["handout", "nervesmerter", "--patient", "-", "--out", str(out)]) == 0
    first = PdfReader(str(out)).pages[0].extract_text()
    assert "Ødegaard-Zyxwq" in first and "anden linje" not in first


@pytest.mark.parametrize("stdin", [b"", b"\n   \n", "Å".encode() * 1000])
def test_no_name_or_an_endless_one_on_standard_input_is_refused(qapp: QApplication, tmp_path: Path, stdin: bytes,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    out = tmp_path / "x.pdf"
    assert cli.main(["handout", "nervesmerter", "--patient", "-", "--out", str(out)]) == 2
    assert "--patient" in capsys.readouterr().err and not out.exists()
