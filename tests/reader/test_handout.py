"""Handout composition without Qt: items, escaping, grouping, templates and their privacy rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.articles import Library, Source
from reader.handout import (
    DISCLAIMER,
    MAX_NOTE,
    MAX_PATIENT,
    Handout,
    HandoutError,
    HandoutItem,
    HandoutOptions,
    HandoutTemplate,
    article_sections,
    check_note_for_patient,
    compose,
    delete_template,
    find_template,
    fit_within,
    load_templates,
    put_template,
    rename_template,
    resolve,
)
from reader.render import render_markdown
from reader.resources import bundled_articles_dir
from reader.settings import ClinicProfile, Settings


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load([Source(bundled_articles_dir())])


@pytest.mark.parametrize(("text", "slug", "anchor", "key"), [
    ("nervesmerter", "nervesmerter", None, "nervesmerter"),
    ("nervesmerter#hvad-er", "nervesmerter", "hvad-er", "nervesmerter#hvad-er"),
    ("nervesmerter#", "nervesmerter", "", "nervesmerter#"),
    ("  a#b  ", "a", "b", "a#b"),
])
def test_item_parse_and_key(text: str, slug: str, anchor: str | None, key: str) -> None:
    item = HandoutItem.parse(text)
    assert (item.slug, item.anchor, item.key) == (slug, anchor, key)
    assert HandoutItem.parse(item.key) == item


def test_section_anchors_match_the_window(library: Library) -> None:
    article = library.get("nervetryk-i-laenden")
    assert article is not None
    window_anchors = {s.anchor for s in render_markdown(article.body, article.base_dir, article.title).sections if s.level == 2}
    resolved = resolve([HandoutItem(article.slug, anchor) for anchor in sorted(window_anchors)], library)
    assert {section.anchor for _, section in resolved if section} == window_anchors


def test_unknown_slug_and_section_are_named(library: Library) -> None:
    with pytest.raises(HandoutError, match="findes ikke"):
        resolve([HandoutItem("findes-ikke")], library)
    with pytest.raises(HandoutError, match="intet afsnit \"nope\""):
        resolve([HandoutItem("nervesmerter", "nope")], library)


def test_every_value_is_escaped(library: Library) -> None:
    clinic = ClinicProfile(name="<b>Klinik</b> & Co", address="Gade 1 <script>", phone="1 & 2", website="x.dk")
    handout = Handout((HandoutItem("nervesmerter"),), patient="<i>Bo</i> \"Ø\"", note="<script>alert(1)</script>\nlinje 2",
                      clinic=clinic, date=dt.date(2026, 1, 2))
    job = compose(handout, library)
    assert "<script>" not in job.html and "<i>Bo</i>" not in job.html and "<b>Klinik</b>" not in job.html
    assert "&lt;i&gt;Bo&lt;/i&gt; &quot;Ø&quot;" in job.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;<br>linje 2" in job.html
    assert "&lt;b&gt;Klinik&lt;/b&gt; &amp; Co" in job.html
    assert "2. januar 2026" in job.html
    assert job.page.disclaimer == DISCLAIMER
    assert "Bo" not in job.title  # PDF metadata never carries the patient


def test_patient_name_and_note_are_cut_to_a_sane_length(library: Library) -> None:
    handout = Handout((HandoutItem("nervesmerter"),), patient="Å" * 5000, note="ø" * 20000, date=dt.date(2026, 1, 2))
    job = compose(handout, library)
    assert "Å" * MAX_PATIENT in job.html and "Å" * (MAX_PATIENT + 1) not in job.html
    assert "ø" * MAX_NOTE in job.html and "ø" * (MAX_NOTE + 1) not in job.html


def test_sections_in_chosen_order_and_grouped_under_one_title(library: Library) -> None:
    items = (
        HandoutItem("nervesmerter", "hvordan-diagnosticeres-nervesmerter"),
        HandoutItem("nervesmerter", "hvad-er-aarsagerne-til-nervesmerter"),
        HandoutItem("nerveledning"),
    )
    job = compose(Handout(items), library)
    text = job.html
    assert text.index("Hvordan diagnosticeres") < text.index("Hvad er årsagerne") < text.index("Nerveledning</h1>")
    assert "Hvilke symptomer er forbundet" not in text
    assert [s.title for s in job.sources] == ["Nervesmerter", "Nerveledning"]
    assert text.count("handout-part-") == 2


def test_options_change_type_and_paper(library: Library) -> None:
    normal = compose(Handout((HandoutItem("nervesmerter"),)), library)
    large = compose(Handout((HandoutItem("nervesmerter"),), options=HandoutOptions(large_print=True, paper="Letter")), library)
    assert normal.page.base_pt < 12 <= 16 <= large.page.base_pt
    assert (normal.page.paper, large.page.paper) == ("A4", "Letter")


def test_qr_goes_to_the_clinic_website_when_articles_have_no_url(library: Library) -> None:
    clinic = ClinicProfile(website="www.klinik.dk")
    job = compose(Handout((HandoutItem("nervesmerter"),), options=HandoutOptions(qr=True), clinic=clinic), library)
    assert list(job.images) == ["handout-qr-0"]
    assert job.images["handout-qr-0"].startswith(b"\x89PNG")
    assert "www.klinik.dk" in job.html
    off = compose(Handout((HandoutItem("nervesmerter"),), clinic=clinic), library)
    assert off.images == {}


def test_empty_handout_is_refused(library: Library) -> None:
    with pytest.raises(HandoutError):
        compose(Handout(()), library)


@pytest.mark.parametrize(("size", "fitted"), [((480, 120), (240, 60)), ((100, 50), (100, 50)), ((84, 840), (8, 84)), ((0, 5), (0, 0))])
def test_fit_within(size: tuple[int, int], fitted: tuple[int, int]) -> None:
    assert fit_within(size) == fitted


def test_templates_round_trip_rename_delete() -> None:
    settings = Settings()
    template = HandoutTemplate("Lænd – første konsultation", (HandoutItem("a", "b"), HandoutItem("c")), "Øvelser 3 × dagligt",
                               HandoutOptions(large_print=True, qr=True, paper="Letter"))
    settings.handout_templates = put_template(settings.handout_templates, template)
    assert find_template(settings.handout_templates, "lÆnd – FØRSTE konsultation") == template
    settings.handout_templates = put_template(settings.handout_templates, HandoutTemplate(template.name, (HandoutItem("x"),)))
    assert len(settings.handout_templates) == 1
    settings.handout_templates = rename_template(settings.handout_templates, template.name, "Nakke")
    assert [t.name for t in load_templates(settings.handout_templates)] == ["Nakke"]
    settings.handout_templates = put_template(settings.handout_templates, template)
    with pytest.raises(HandoutError):
        rename_template(settings.handout_templates, "Nakke", template.name)
    settings.handout_templates = delete_template(settings.handout_templates, "nakke")
    assert [t.name for t in load_templates(settings.handout_templates)] == [template.name]


def test_broken_template_entries_are_skipped() -> None:
    stored = [None, {"name": ""}, {"name": "ok", "items": ["a", 3, ""], "paper": "A3", "qr": "yes"}, "text"]
    templates = load_templates(stored)
    assert [(t.name, t.items, t.options) for t in templates] == [("ok", (HandoutItem("a"),), HandoutOptions())]


def test_a_template_has_no_place_for_a_patient_and_refuses_a_note_naming_one() -> None:
    assert "patient" not in HandoutTemplate("x", ()).to_dict()
    with pytest.raises(HandoutError):
        check_note_for_patient("Søren: lav øvelserne", "Søren Søndergård")
    check_note_for_patient("Lav øvelserne", "Søren Søndergård")
    check_note_for_patient("Lav øvelserne", "")


@pytest.mark.parametrize(
    ("note", "patient", "names"),
    [
        ("Husk øvelserne, Zyxwq.", "Ødegaard-Zyxwq", True),  # issue 15, item 5: a hyphenated name
        ("Husk øvelserne, ødegaard!", "Ødegaard-Zyxwq", True),
        ("Brien skal gå ture", "Siobhán O'Brien", True),  # an apostrophe
        ("Brien skal gå ture", "Siobhán O’Brien", True),  # a typographic one
        ("Bo skal bøje knæet", "Bo Ek", True),  # two letters count
        ("Eks øvelser: 3 × 10", "Bo Ek", True),  # a genitive s
        ("Bøj knæet, gå en tur", "Bo Ek", False),  # but only as a whole word
        ("Lav øvelserne i ro", "Ødegaard-Zyxwq", False),
        ("Husk det", "A. B.", False),  # one-letter parts are not names
    ],
)
def test_every_part_of_the_name_of_two_letters_or_more_is_caught(note: str, patient: str, names: bool) -> None:
    if names:
        with pytest.raises(HandoutError, match="Noten nævner patientens navn"):
            check_note_for_patient(note, patient)
    else:
        check_note_for_patient(note, patient)


def test_a_template_name_naming_the_patient_is_refused() -> None:
    with pytest.raises(HandoutError, match="Skabelonens navn"):
        check_note_for_patient("Lav øvelserne", "Ødegaard-Zyxwq", "Zyxwqs plan")


def test_date_defaults_to_today(library: Library) -> None:
    job = compose(Handout((HandoutItem("nervesmerter"),)), library, today=dt.date(2026, 2, 3))
    assert "3. februar 2026" in job.html
    assert "4. marts 2027" in compose(Handout((HandoutItem("nervesmerter"),), date=dt.date(2027, 3, 4)), library).html


def test_a_handout_of_a_setext_section_takes_that_sections_text(write_article: Callable[..., Path]) -> None:
    from tests.reader.test_structure import ARTICLE

    folder = write_article("knae.md", ARTICLE).parent
    library = Library.load([Source(folder)])
    assert [s.anchor for s in article_sections(library.get("knae"))] == [  # type: ignore[arg-type]
        "", "oevelser", "oevelser-2", "tredje-afsnit", "sidste-afsnit"]
    (_, section), = resolve([HandoutItem("knae", "tredje-afsnit")], library)
    assert section is not None and section.title == "Tredje afsnit"
    text = compose(Handout((HandoutItem("knae", "tredje-afsnit"),)), library).html
    assert "kvadriceps" in text and "Hvad gør jeg?" in text
    assert "Stræk knæet" not in text and "Ikke en overskrift" not in text and "Slut." not in text
    (_, second), = resolve([HandoutItem("knae", "oevelser-2")], library)
    assert second is not None and "Stræk knæet." in second.markdown and "kvadriceps" not in second.markdown
