"""Every .docx of the mammoth corpus and every office-suite copy of a bundled article imports and reads back."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension

from reader.articles import load_article
from reader.docimport import DocumentError, import_document

DATA = Path(__file__).resolve().parents[1] / "data"
MAMMOTH = DATA / "docx-mammoth"
OFFICE = DATA / "docx-libreoffice"
SEEDS = OFFICE / "seeds"
SLUGS = ["nerveafklemning", "nerveledning", "nerveregeneration", "nervesmerter", "nervetryk-i-laenden"]
PNG = b"\x89PNG\r\n\x1a\n"

COMMENTS = "Kommentarer i dokumentet er ikke taget med."
STRIKE = "Gennemstregning er ikke taget med; den gennemstregede tekst står som almindelig tekst."
UNDERLINE = "Understregning er ikke taget med (Markdown har ingen understregning); teksten er bevaret."
EXTERNAL = ("Et billede, der ligger uden for dokumentet (et link til en fil), er ikke taget med. "
            "Sæt billedet ind i selve dokumentet.")

# file ⇒ (title, Markdown body, number of images, what could not be carried over)
MAMMOTH_EXPECTED: dict[str, tuple[str, str, int, tuple[str, ...]]] = {
    "comments.docx": ("Comments", "Ouch.\n", 0, (COMMENTS,)),
    "embedded-style-map.docx": ("Walking on imported air", "", 0, ()),  # its one heading is the title
    "endnotes.docx": ("Endnotes", "Ouch\\[1\\].\\[2\\]\n\n1. A tachyon walks into a bar.\n2. Fin.\n", 0, ()),
    "footnote-hyperlink.docx": ("Footnote hyperlink", "\\[1\\]\n\n1. [Example](http://www.example.com)\n", 0, ()),
    "footnotes.docx": ("Footnotes", "Ouch\\[1\\].\\[2\\]\n\n1. A tachyon walks into a bar.\n2. Fin.\n", 0, ()),
    "simple-list.docx": ("Simple list", "- Apple\n- Banana\n", 0, ()),
    "single-paragraph.docx": ("Single paragraph", "Walking on imported air\n", 0, ()),
    "strict-format.docx": ("Strict format", "Test\n", 0, ()),
    "strikethrough.docx": ("Strikethrough", "Today's Special: Salmon Sold out\n", 0, (STRIKE,)),
    "tables.docx": ("Tables", "Above\n\n| Top left | Top right |\n| --- | --- |\n| Bottom left | Bottom right |\n\nBelow\n",
                    0, ()),
    "text-box.docx": ("Text box", "Datum plane\n", 0, ()),
    "tiny-picture-target-base-relative.docx": ("Tiny picture target base relative", "![](billeder/billede-1.png)\n",
                                               1, ()),
    "tiny-picture.docx": ("Tiny picture", "![](billeder/billede-1.png)\n", 1, ()),
    "underline.docx": ("Underline", "**The Sunset Tree**\n", 0, (UNDERLINE,)),
    "utf8-bom.docx": ("Utf8 bom", "This XML has a byte order mark.\n", 0, ()),
}


def render(body: str) -> str:
    return markdown.markdown(body, extensions=[TableExtension(), SaneListExtension()])


def test_every_corpus_file_has_an_expectation() -> None:
    refused = ["empty.docx", "external-picture.docx"]
    assert sorted(p.name for p in MAMMOTH.glob("*.docx")) == sorted([*MAMMOTH_EXPECTED, *refused])
    assert (MAMMOTH / "LICENSE").is_file()


@pytest.mark.parametrize("name", sorted(MAMMOTH_EXPECTED))
def test_mammoth_corpus(name: str) -> None:
    title, body, images, lost = MAMMOTH_EXPECTED[name]
    document = import_document(MAMMOTH / name)
    assert (document.title, document.markdown, len(document.images), document.not_carried_over) == (
        title, body, images, lost)
    for image in document.images:
        assert image.name == "billede-1.png" and image.data.startswith(PNG)


def test_documents_with_nothing_to_carry_over_are_refused_saying_why() -> None:
    with pytest.raises(DocumentError, match=r"^Dokumentet er tomt"):
        import_document(MAMMOTH / "empty.docx")
    # its only content is a picture linked from outside the file, which is never fetched
    with pytest.raises(DocumentError, match=re.escape("Intet i dokumentet kunne tages med: " + EXTERNAL)):
        import_document(MAMMOTH / "external-picture.docx")


def test_lists_and_tables_render_as_html() -> None:
    assert "<ul>\n<li>Apple</li>\n<li>Banana</li>\n</ul>" in render(import_document(MAMMOTH / "simple-list.docx").markdown)
    html = render(import_document(MAMMOTH / "tables.docx").markdown)
    assert "<th>Top left</th>" in html and "<td>Bottom right</td>" in html


def _headings(body: str) -> list[str]:
    return [line for line in body.splitlines() if re.match(r"#{1,6} ", line)]


def _normalised(body: str) -> list[str]:
    """The body's lines without blank lines, a table's separator row written one way."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    return [re.sub(r"^\|(?:\s*-+\s*\|)+$", "|---|", line) for line in lines]


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
@pytest.mark.parametrize("slug", SLUGS)
def test_office_copies_of_the_bundled_articles(slug: str, suffix: str) -> None:
    seed = load_article(SEEDS / f"{slug}.md").article
    assert seed is not None
    document = import_document(OFFICE / f"{slug}{suffix}")
    assert document.title == seed.title
    assert _headings(document.markdown) == _headings(seed.body)
    assert _normalised(document.markdown) == _normalised(seed.body)
    assert document.images == () and document.not_carried_over == ()
    seed_html, imported_html = render(seed.body), render(document.markdown)
    for tag in ("<h2>", "<h3>", "<table>", "<th>", "<td>", "<p>"):
        assert imported_html.count(tag) == seed_html.count(tag), tag


def test_the_seed_table_survives_with_its_header_row() -> None:
    for suffix in (".docx", ".odt"):
        body = import_document(OFFICE / f"nervetryk-i-laenden{suffix}").markdown
        assert "| Symptomer | Mulig årsag | Hvad du kan gøre nu |\n| --- | --- | --- |\n" in body
        assert "| Svaghed i ben eller fod | Alvorlig nervepåvirkning | Søg læge hurtigt (MR kan være nødvendig) |" in body
