"""Handout pages read back as a patient gets them: the QR code with text, sources that fit, large print, the name."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
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


TRIAL_CLINIC = ClinicProfile(name="Fysioterapi Østerbro", address="Østerbrogade 1\n2100 København Ø",
                             phone="+45 12 34 56 78", email="kontakt@fysio-oesterbro.dk",
                             website="https://fysio-oesterbro.dk")
TRIAL_PATIENT = "Søren Ødegård"


def body_lines(layout: HandoutLayout, path: Path) -> list[list[str]]:
    """Each page's lines of text between the running head and the footer, read from the PDF (top to bottom)."""
    g = layout.geometry
    points = 72 / 96
    return [_lines_between(page, float(page.mediabox.height) - g.top * points + 1,
                           float(page.mediabox.height) - g.footer_top * points) for page in PdfReader(str(path)).pages]


def _lines_between(page: PageObject, top: float, bottom: float) -> list[str]:
    rows: dict[float, list[str]] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and bottom < y < top:
            rows.setdefault(round(y), []).append(text)

    page.extract_text(visitor_text=visit)
    return [" ".join("".join(parts).split()) for _, parts in sorted(rows.items(), reverse=True)]


def holds(lines: list[str], text: str) -> bool:
    """Whether a page's lines hold text (wrapped or not)."""
    return flat(text) in flat("".join(lines))


def trial_handout(*anchors: str, large: bool = False, qr: bool = True, note: str = "",
                  clinic: ClinicProfile = TRIAL_CLINIC, whole: bool = True) -> Handout:
    items = ((HandoutItem("nervesmerter"),) if whole else ()) + tuple(HandoutItem(*a.split("#")) for a in anchors)
    return Handout(items, TRIAL_PATIENT, dt.date(2026, 12, 3), note, HandoutOptions(qr=qr, large_print=large), clinic)


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("anchor", ["hvornaar-skal-jeg-soege-laege-eller-akut-hjaelp",
                                    "ofte-stillede-spoergsmaal-om-nervetryk-i-laenden"])
def test_a_red_flag_box_at_the_end_goes_along_with_the_qr_block(qapp: QApplication, library: Library,
                                                                 tmp_path: Path, anchor: str, large: bool) -> None:
    """The trial's handouts: the box (and its heading) moved to the next page and left the QR code there alone."""
    layout = prepare(trial_handout(f"nervetryk-i-laenden#{anchor}", large=large), library)
    out = tmp_path / "v.pdf"
    write_pdf(layout, out)
    texts = body_lines(layout, out)
    qr_page = next(n for n, lines in enumerate(texts) if "Besøg klinikkens hjemmeside" in lines)
    beside = [line for line in texts[qr_page] if line not in ("Besøg klinikkens hjemmeside", "https://fysio-oesterbro.dk")]
    assert len(beside) >= 2, texts[qr_page]
    box_heading = ("Hvornår skal jeg søge læge eller akut hjælp?" if anchor.startswith("hvornaar")
                   else "Hvad er 'røde flag' ved nervetryk i lænden?")
    assert holds(texts[qr_page], box_heading)  # the whole box went along, not just its last lines
    assert not any(holds(lines, box_heading) for lines in texts[:qr_page])
    if anchor.startswith("hvornaar"):  # its article's title stays with it: no heading alone at a page end
        assert "Nervetryk i lænden" in texts[qr_page]


def test_no_page_break_leaves_one_line_of_a_paragraph_alone(qapp: QApplication, library: Library, tmp_path: Path) -> None:
    """The trial's command-line handout had "forværre symptomerne." alone on page 3 (a widow)."""
    handout = trial_handout("nervetryk-i-laenden#hvad-er-nervetryk-i-laenden",
                            "nervetryk-i-laenden#hvilke-symptomer-giver-nervetryk-i-laenden",
                            "nervetryk-i-laenden#hvilke-oevelser-og-nerveglidninger-kan-hjaelpe-ved-nervetryk-i-laenden",
                            "nervesmerter#hvordan-kan-fysioterapi-hjaelpe-med-nervesmerter",
                            "nervesmerter#hvad-kan-man-selv-goere-for-at-lindre-nervesmerter",
                            qr=False, note="Nerveglidninger tre gange dagligt", clinic=ClinicProfile(), whole=False)
    layout = prepare(handout, library)
    out = tmp_path / "v.pdf"
    write_pdf(layout, out)
    texts = body_lines(layout, out)
    page = next(n for n, lines in enumerate(texts) if "forværre symptomerne." in lines)
    assert texts[page].index("forværre symptomerne.") >= 1, texts[page]  # its paragraph's line before it is there too
    assert all(len(lines) >= 2 for lines in texts)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("anchors", [("hvad-er-nervetryk-i-laenden",), ("hvornaar-skal-jeg-soege-laege-eller-akut-hjaelp",),
                                     ("ofte-stillede-spoergsmaal-om-nervetryk-i-laenden",),
                                     ("hvordan-lindres-nervetryk-i-laenden-uden-operation", "hvad-er-nervetryk-i-laenden")])
def test_no_page_holds_a_single_stray_line(qapp: QApplication, library: Library, tmp_path: Path,
                                           large: bool, anchors: tuple[str, ...], paper: str) -> None:
    """No page of the trial's handouts holds a stray line, nor (but the last) only a few: a page break decided before
    a move above it had left a Letter page with two lines and the rest blank."""
    handout = trial_handout(*(f"nervetryk-i-laenden#{a}" for a in anchors), large=large)
    handout = dataclasses.replace(handout, options=dataclasses.replace(handout.options, paper=paper))
    layout = prepare(handout, library)
    out = tmp_path / "v.pdf"
    write_pdf(layout, out)
    counts = [len(lines) for lines in body_lines(layout, out)]
    assert all(count >= 2 for count in counts), counts
    assert all(count >= 6 for count in counts[:-1]), counts


@pytest.mark.parametrize("anchor", ["hvordan-lindres-nervetryk-i-laenden-uden-operation", "hvad-er-nervetryk-i-laenden",
                                    "hvornaar-skal-jeg-soege-laege-eller-akut-hjaelp"])
def test_the_sources_list_stays_together_and_the_footer_names_its_page(qapp: QApplication, library: Library,
                                                                       tmp_path: Path, anchor: str) -> None:
    """Large print: one source was alone on the last page, and page 6 said "Kilder: se side 6" of an incomplete list."""
    layout = prepare(trial_handout(f"nervetryk-i-laenden#{anchor}", large=True), library)
    out = tmp_path / "v.pdf"
    write_pdf(layout, out)
    texts = body_lines(layout, out)
    entries = ["Nervesmerter · opdateret 19.02.2025", "Nervetryk i lænden · opdateret 12.10.2025"]
    listed = next(n for n, lines in enumerate(texts) if "Kilder" in lines)
    assert all(f"• {entry}" in texts[listed] or entry in texts[listed] for entry in entries), texts[listed]
    assert layout.sources_page == layout.sources_last_page == listed
    for text in pages(out):
        if flat("Kilder: se side") in text:
            assert flat(f"Kilder: se side {listed + 1}") in text and flat(f"Kilder: se side {listed + 1}–") not in text


def test_a_list_of_sources_over_two_pages_is_named_by_both(qapp: QApplication, library: Library) -> None:
    layout = prepare(trial_handout("nervetryk-i-laenden#hvad-er-nervetryk-i-laenden", large=True), library)
    crowded = next(n for n in range(layout.page_count) if layout.footer_source_text(n).startswith("Kilder"))
    layout.sources_page, layout.sources_last_page = 5, 6
    assert layout.footer_source_text(crowded) == "Kilder: se side 6–7"
