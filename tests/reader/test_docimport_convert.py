"""The one HTML → Markdown writer, fed by HTML, plain text and a hand-made OpenDocument file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import markdown
import pytest
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension

from reader.docimport import import_document
from reader.docimport.htmltree import parse_html, sanitise
from reader.docimport.model import Notes
from reader.docimport.to_markdown import MarkdownWriter, escape

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def md(html: str, images: set[str] | None = None) -> tuple[str, tuple[str, ...]]:
    notes = Notes()
    return MarkdownWriter(notes, images or set()).document(parse_html(html)), notes.lines()


def render(body: str) -> str:
    return markdown.markdown(body, extensions=[TableExtension(), SaneListExtension()])


@pytest.mark.parametrize(("html", "expected"), [
    ("<h2>Øvelser</h2><p>Gør <b>dette </b>og <i>hint</i>.</p>", "## Øvelser\n\nGør **dette** og *hint*.\n"),
    ("<p>5 * 3 = [15] og a_b</p>", "5 \\* 3 = \\[15\\] og a\\_b\n"),
    ("<p>- ikke en liste</p><p># ikke en overskrift</p><p>1. maj</p><p>-3 grader</p>",
     "\\- ikke en liste\n\n\\# ikke en overskrift\n\n1\\. maj\n\n-3 grader\n"),
    ("<p>første<br>anden</p>", "første  \nanden\n"),
    ("<ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>", "- a\n    - a1\n    - a2\n- b\n"),
    ("<ol start='3'><li>tre</li><li>fire<ol><li>i</li></ol></li></ol>", "3. tre\n4. fire\n    1. i\n"),
    ('<p><a href="https://example.org/a b">side</a> og <a href="nervesmerter.md">artikel</a></p>',
     "[side](https://example.org/a%20b) og [artikel](nervesmerter.md)\n"),
    ("<blockquote><p>Citat</p></blockquote><hr><pre>kode\n  her</pre>", "> Citat\n\n* * *\n\n```\nkode\n  her\n```\n"),
    ("<table><tr><td>H1</td><td>H|2</td></tr><tr><td><p>a</p><p>b</p></td><td>c</td></tr></table>",
     "| H1 | H\\|2 |\n| --- | --- |\n| a b | c |\n"),
    ("<table><thead><tr><th colspan=2>Top</th></tr></thead><tr><td rowspan=2>r</td><td>1</td></tr><tr><td>2</td></tr></table>",
     "| Top | |\n| --- | --- |\n| r | 1 |\n| | 2 |\n"),
])
def test_writer(html: str, expected: str) -> None:
    assert md(html)[0] == expected


def test_nested_lists_and_tables_render_as_intended() -> None:
    body, _ = md("<ul><li>a<ol><li>x</li><li>y</li></ol></li><li>b</li></ul>"
                 "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>")
    html = render(body)
    assert "<ul>\n<li>a<ol>\n<li>x</li>\n<li>y</li>\n</ol>\n</li>\n<li>b</li>\n</ul>" in html
    assert "<th>A</th>" in html and "<td>2</td>" in html


def test_what_cannot_be_carried_over_is_said_once_in_danish() -> None:
    body, lost = md('<p><u>a</u><u>b</u> <s>c</s> m<sup>2</sup> <a href="andet.docx">lokal</a>'
                    '<img src="http://x/y.png"></p><table><tr><td><table><tr><td>indre</td></tr></table></td></tr></table>')
    assert body == "ab c m2 lokal\n\n| indre |\n| --- |\n"
    assert lost == (
        "Understregning er ikke taget med (Markdown har ingen understregning); teksten er bevaret.",
        "Gennemstregning er ikke taget med; den gennemstregede tekst står som almindelig tekst.",
        "Hævet og sænket skrift er gjort til almindelig tekst.",
        "Links til andre filer eller steder i dokumentet er gjort til almindelig tekst.",
        "Et billede, der ikke ligger inde i dokumentet, er ikke taget med.",
        "En tabel inde i en tabelcelle er gjort til almindelig tekst.",
    )


def test_sanitising_removes_scripts_styles_handlers_and_unsafe_links() -> None:
    cleaned = sanitise('<p onclick="x()" style="color:red">Hej<script>evil()</script><style>p{}</style>'
                       '<a href="javascript:alert(1)">klik</a><iframe src="https://x"></iframe></p>')
    assert cleaned == "<p>Hej<a>klik</a></p>"


def test_deep_nesting_does_not_recurse_forever() -> None:
    body, _ = md("<div>" * 5000 + "<ul><li>" * 300 + "dybt" + "</li></ul>" * 300 + "</div>" * 5000)
    assert "dybt" in body


def test_escape() -> None:
    assert escape("<b> & &amp; `x` \\") == "&lt;b> & &amp;amp; \\`x\\` \\\\"


def test_html_file(tmp_path: Path) -> None:
    path = tmp_path / "Side om knæ.html"
    path.write_text("<html><head><title>Ikke titlen</title><style>h1{}</style></head><body>"
                    "<h1>Knæsmerter</h1><p>Ondt i <strong>knæet</strong>.</p><script>x()</script>"
                    "<h2>Hvad gør jeg?</h2><ul><li>Hvil</li><li>Is</li></ul></body></html>", encoding="utf-8")
    document = import_document(path)
    assert document.title == "Knæsmerter"
    assert document.markdown == "Ondt i **knæet**.\n\n## Hvad gør jeg?\n\n- Hvil\n- Is\n"
    assert document.not_carried_over == ()


def test_html_without_a_heading_is_named_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "om-knae.htm"
    path.write_bytes("<p>Tekst om kn\xe6</p>".encode("cp1252"))
    document = import_document(path)
    assert (document.title, document.markdown) == ("Om knae", "Tekst om knæ\n")
    assert document.not_carried_over == ("Filen er ikke gemt som UTF-8; den er læst som Windows-1252. Tjek æ, ø og å i artiklen.",)


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "noter.txt"
    path.write_text("Ondt i ryggen\n\nDet går som regel over\nav sig selv.\n\n- Gå ture\n- Hvil\n\n"
                    "1. Først\n2. Så\n\n# ikke en overskrift\n", encoding="utf-8")
    document = import_document(path)
    assert document.title == "Ondt i ryggen"
    assert document.markdown == ("Det går som regel over av sig selv.\n\n- Gå ture\n- Hvil\n\n1. Først\n2. Så\n\n"
                                 "\\# ikke en overskrift\n")


def test_a_text_file_whose_first_line_is_long_keeps_it_in_the_body(tmp_path: Path) -> None:
    path = tmp_path / "lang.txt"
    line = "Dette er en lang første linje, som helt sikkert er en del af brødteksten og ikke en titel."
    path.write_text(line + "\n", encoding="utf-8")
    document = import_document(path)
    assert (document.title, document.markdown) == ("Lang", line + "\n")


CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0">
<office:automatic-styles>
 <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
 <text:list-style style:name="L1"><text:list-level-style-bullet text:level="1"/>
  <text:list-level-style-number text:level="2" style:num-format="1"/></text:list-style>
 <text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>
</office:automatic-styles>
<office:body><office:text>
 <text:p text:style-name="P1">Skulder<office:annotation><text:p>en kommentar</text:p></office:annotation></text:p>
 <text:p>Løft <text:span text:style-name="T1">roligt</text:span>  og<text:s text:c="2"/><text:span text:style-name="T2">langsomt</text:span>.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Efter aftale.</text:p></text:note-body></text:note></text:p>
 <text:h text:outline-level="2">Øvelser</text:h>
 <text:list text:style-name="L1"><text:list-item><text:p>Pendul</text:p>
   <text:list><text:list-item><text:p>Først</text:p></text:list-item><text:list-item><text:p>Så</text:p></text:list-item></text:list>
  </text:list-item><text:list-item><text:p>Stræk</text:p></text:list-item></text:list>
 <text:list text:style-name="L2"><text:list-item><text:p>En</text:p></text:list-item><text:list-item><text:p>To</text:p></text:list-item></text:list>
 <text:p>Se <text:a xlink:href="https://example.org/skulder">mere</text:a><text:line-break/>her.</text:p>
 <text:p><draw:frame><svg:title>Skulderen</svg:title><draw:image xlink:href="Pictures/skulder.png"/></draw:frame></text:p>
 <table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Øvelse</text:p></table:table-cell>
  <table:table-cell><text:p>Gange</text:p></table:table-cell></table:table-row></table:table-header-rows>
  <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Pendul 10</text:p></table:table-cell>
  <table:covered-table-cell/></table:table-row></table:table>
</office:text></office:body></office:document-content>
"""


def test_a_hand_made_odt(tmp_path: Path) -> None:
    path = tmp_path / "skulder.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", CONTENT)
        archive.writestr("Pictures/skulder.png", PNG)
    document = import_document(path)
    assert document.title == "Skulder"
    assert document.markdown == (
        "Løft **roligt** og *langsomt*.\\[1\\]\n\n"
        "## Øvelser\n\n"
        "- Pendul\n    1. Først\n    2. Så\n- Stræk\n\n"
        "1. En\n2. To\n\n"
        "Se [mere](https://example.org/skulder)  \nher.\n\n"
        "![Skulderen](billeder/billede-1.png)\n\n"
        "| Øvelse | Gange |\n| --- | --- |\n| Pendul 10 | |\n\n"
        "1. Efter aftale.\n"
    )
    assert [(image.name, image.data, image.alt) for image in document.images] == [("billede-1.png", PNG, "Skulderen")]
    assert document.not_carried_over == ("Kommentarer i dokumentet er ikke taget med.",
                                         "Sammenflettede celler i en tabel er delt op i enkelte celler.")
