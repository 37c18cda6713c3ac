"""Handout pages read back as a patient gets them: the QR code with text, sources that fit, large print, the name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from reader.articles import Library
from reader.handout import Handout, HandoutItem, HandoutOptions, HandoutTemplate, article_sections
from reader.settings import ClinicProfile
from ui.cli import main as cli
from ui.handout.printing import HandoutLayout, prepare, write_pdf

LOGO = Path(__file__).resolve().parents[2] / "data" / "handout" / "clinic-logo.png"
CLINIC = ClinicProfile(name="Fysioterapi Søndergård", address="Vestergade 12\n8000 Aarhus C", phone="86 12 34 56",
                       email="kontakt@example.dk", website="www.example.dk", logo=str(LOGO))
PATIENT = "Søren Ærbødig-Åkjær"


def flat(text: str) -> str:
    return "".join(text.split())


def pages(path: Path) -> list[str]:
    return [flat(page.extract_text() or "") for page in PdfReader(str(path)).pages]


def one_section_of_each(library: Library, **options: bool) -> Handout:
    items = tuple(HandoutItem(a.slug, next(s for s in article_sections(a) if s.anchor).anchor) for a in library.sorted())
    return Handout(items, PATIENT, dt.date(2026, 12, 1), "Lav øvelserne dagligt.", HandoutOptions(qr=True, **options), CLINIC)


def five_sections(library: Library, **options: bool) -> Handout:
    article = library.get("nervetryk-i-laenden")
    assert article is not None
    items = tuple(HandoutItem(article.slug, s.anchor) for s in article_sections(article) if s.anchor)[:5]
    return Handout(items, PATIENT, dt.date(2026, 12, 1), "Lav øvelserne dagligt.", HandoutOptions(qr=True, **options), CLINIC)


def text_lines_before_qr(layout: HandoutLayout, path: Path) -> int:
    """Lines of text above the QR code on the last page, read from the PDF (the running head is drawn last)."""
    last = PdfReader(str(path)).pages[-1].extract_text() or ""
    label = "Besøg klinikkens hjemmeside"
    lines = [line for line in last.splitlines() if line.strip()]
    at = next(i for i, line in enumerate(lines) if flat(label) in flat(line))
    return at


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("make", [one_section_of_each, five_sections])
def test_the_qr_block_never_sits_alone_on_a_page(qapp: QApplication, library: Library, tmp_path: Path,
                                                  large: bool, make: object) -> None:
    layout = prepare(make(library, large_print=large), library)  # type: ignore[operator]
    out = tmp_path / "v.pdf"
    write_pdf(layout, out)
    assert flat("Besøg klinikkens hjemmeside") in pages(out)[-1]
    assert text_lines_before_qr(layout, out) >= 2  # never alone, nor with one stray line


def test_sources_that_do_not_fit_the_footer_are_listed_at_the_end(qapp: QApplication, library: Library,
                                                                    tmp_path: Path) -> None:
    layout = prepare(one_section_of_each(library), library)
    out = tmp_path / "v.pdf"
    write_pdf(layout, out)
    texts = pages(out)
    assert layout.sources_page == len(texts) - 1
    crowded = [n for n in range(layout.page_count) if len(layout.page_sources[n]) >= 3]
    assert crowded
    for n in crowded:
        assert flat(f"Kilder: se side {len(texts)}") in texts[n]
    assert not any("…" in text for text in texts)
    last = texts[-1]
    assert flat("Kilder") in last
    for article in library.sorted():
        assert flat(article.title) in last
    assert flat("Nerveafklemning · opdateret 24.02.2024") in last


def test_a_short_source_list_stays_in_the_footer(qapp: QApplication, library: Library) -> None:
    layout = prepare(five_sections(library), library)
    assert layout.sources_page is None
    assert all(layout.footer_source_text(n) == "Nervetryk i lænden · opdateret 12.10.2025" for n in range(layout.page_count))


def footer_size(path: Path, page: int, needle: str) -> float:
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if needle in text:
            sizes.append(size * abs(tm[3]) * abs(cm[3]))

    PdfReader(str(path)).pages[page].extract_text(visitor_text=visit)
    assert sizes, needle
    return max(sizes)


def test_large_print_enlarges_the_footer_and_disclaimer(qapp: QApplication, library: Library, tmp_path: Path) -> None:
    normal, large = tmp_path / "normal.pdf", tmp_path / "stor.pdf"
    write_pdf(prepare(five_sections(library), library), normal)
    write_pdf(prepare(five_sections(library, large_print=True), library), large)
    for needle in ("Side", "erstatter"):
        assert footer_size(large, 0, needle) >= 1.4 * footer_size(normal, 0, needle)
    assert footer_size(large, 0, "erstatter") >= 11.5


def test_the_name_repeats_small_on_later_pages_unless_asked_not_to(qapp: QApplication, library: Library,
                                                                    tmp_path: Path) -> None:
    out = tmp_path / "v.pdf"
    write_pdf(prepare(five_sections(library), library), out)
    texts = pages(out)
    assert len(texts) >= 2 and all(flat(f"{PATIENT} · 1. december 2026") in text for text in texts[1:])
    assert footer_size(out, 1, "Ærbødig") < 9
    once = tmp_path / "en-gang.pdf"
    write_pdf(prepare(five_sections(library, name_on_every_page=False), library), once)
    assert [text.count(flat(PATIENT)) for text in pages(once)] == [1] + [0] * (len(pages(once)) - 1)
    anonymous = Handout(five_sections(library).items, "", dt.date(2026, 12, 1), options=HandoutOptions())
    layout = prepare(anonymous, library)
    assert layout.job.running_head == ""


def test_the_command_line_can_keep_the_name_on_the_first_page(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "v.pdf"
    assert cli.main(["handout", "nervetryk-i-laenden", "--patient", PATIENT, "--out", str(out),
                     "--name-on-first-page-only"]) == 0
    texts = pages(out)
    assert len(texts) >= 2 and flat(PATIENT) in texts[0] and not any(flat(PATIENT) in text for text in texts[1:])
    assert cli.main(["handout", "nervetryk-i-laenden", "--patient", PATIENT, "--out", str(out)]) == 0
    assert all(flat(PATIENT) in text for text in pages(out))


def test_templates_keep_the_option() -> None:
    template = HandoutTemplate("Ryg", (HandoutItem("nervetryk-i-laenden"),), options=HandoutOptions(name_on_every_page=False))
    again = HandoutTemplate.from_dict(template.to_dict())
    assert again is not None and again.options.name_on_every_page is False
    old = HandoutTemplate.from_dict({"name": "Gammel", "items": ["nervesmerter"]})
    assert old is not None and old.options.name_on_every_page is True
