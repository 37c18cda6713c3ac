"""A printable handout (chosen articles and sections, patient, note, clinic) turned into print HTML and page options."""

from __future__ import annotations

import datetime as dt
import functools
import html
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.articles import Article, Library
from reader.collation import sort_key
from reader.dates import long_date, short_date
from reader.render_guard import render_guarded
from reader.settings import ClinicProfile
from reader.structure import SectionSource, split_sections

PAPER_SIZES = ("A4", "Letter")
DISCLAIMER = "Denne vejledning erstatter ikke en individuel vurdering hos din behandler."
INTRO_TITLE = "Indledning"
LOGO_RESOURCE = "handout-logo"
QR_RESOURCE = "handout-qr-{}"
PART_ANCHOR = "handout-part-{}"
SOURCES_ANCHOR = "handout-sources"
LOGO_BOX_PX = (240, 84)  # the largest the logo may be, in layout pixels (1/96 inch): about 63 × 22 mm
QR_PX = 106  # about 28 mm
MAX_TEMPLATE_NAME = 80
MAX_NOTE = 4000
MAX_PATIENT = 120  # characters of the patient's name on a handout (the dialog's field and --patient stop here)

BODY_SERIF = "DejaVu Serif"
BODY_SANS = "DejaVu Sans"


class HandoutError(ValueError):
    """A handout that cannot be made as asked (unknown article or section); the message is plain Danish."""


@dataclass(frozen=True)
class HandoutItem:
    """One piece of a handout: a whole article (anchor None), its introduction (anchor "") or one `##` section."""

    slug: str
    anchor: str | None = None

    @classmethod
    def parse(cls, text: str) -> HandoutItem:
        """An item from its key.

        "nervesmerter" ⇒ the whole article
        "nervesmerter#hvordan-diagnosticeres-nervesmerter" ⇒ that section
        "nervesmerter#" ⇒ the introduction (the text before the first `##`)
        """
        slug, hash_, anchor = text.strip().partition("#")
        return cls(slug.strip(), anchor.strip() if hash_ else None)

    @property
    def key(self) -> str:
        """The item as text, the inverse of parse."""
        return self.slug if self.anchor is None else f"{self.slug}#{self.anchor}"


@dataclass(frozen=True)
class HandoutOptions:
    """How the handout is printed."""

    large_print: bool = False
    qr: bool = False
    paper: str = "A4"
    name_on_every_page: bool = True  # the patient's name, small, at the top of pages 2 and on


@dataclass(frozen=True)
class Handout:
    """Everything one handout needs. The patient and note live only here, in memory."""

    items: tuple[HandoutItem, ...]
    patient: str = ""
    date: dt.date | None = None
    note: str = ""
    options: HandoutOptions = HandoutOptions()
    clinic: ClinicProfile = field(default_factory=ClinicProfile)


@dataclass(frozen=True)
class SourceRef:
    """The article a part of the handout comes from, for the page footers."""

    title: str
    updated: dt.date | None

    def footer_text(self) -> str:
        """ "Nervetryk i lænden · opdateret 12.10.2025" (no date: just the title)."""
        if self.updated is None:
            return self.title
        return f"{self.title} · opdateret {short_date(self.updated)}"


@dataclass(frozen=True)
class PageOptions:
    """Paper, margins (mm), footer space and type for the layout."""

    paper: str = "A4"
    margins_mm: tuple[float, float, float, float] = (20.0, 18.0, 20.0, 14.0)  # left, top, right, bottom
    footer_mm: float = 13.0
    base_pt: float = 11.0
    footer_pt: float = 8.0
    running_pt: float = 7.5  # the patient's name at the top of pages 2 and on
    body_family: str = BODY_SERIF
    heading_family: str = BODY_SANS
    disclaimer: str = DISCLAIMER
    clinic_line: str = ""


@dataclass(frozen=True)
class PrintJob:
    """The composed handout: HTML and CSS for QTextDocument, page options, footer sources and images.

    sources[i] belongs to the part whose title carries the anchor PART_ANCHOR.format(i).
    """

    html: str
    css: str
    page: PageOptions
    sources: tuple[SourceRef, ...]
    images: dict[str, bytes]
    logo_path: str
    title: str
    running_head: str = ""  # "Søren Jensen · 1. december 2026" at the top of pages 2 and on ("" for none)


@dataclass(frozen=True)
class HandoutTemplate:
    """A saved selection, order, note and options under a name. It has no field for a patient, by design."""

    name: str
    items: tuple[HandoutItem, ...]
    note: str = ""
    options: HandoutOptions = HandoutOptions()

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form kept in Settings.handout_templates."""
        return {
            "name": self.name,
            "items": [item.key for item in self.items],
            "note": self.note,
            "large_print": self.options.large_print,
            "qr": self.options.qr,
            "paper": self.options.paper,
            "name_on_every_page": self.options.name_on_every_page,
        }

    @classmethod
    def from_dict(cls, data: Any) -> HandoutTemplate | None:
        """A template from its stored form; None when the entry is unusable (a hand-edited file)."""
        if not isinstance(data, dict):
            return None
        name = data.get("name")
        items = data.get("items")
        if not isinstance(name, str) or not name.strip() or not isinstance(items, list):
            return None
        paper = data.get("paper")
        options = HandoutOptions(
            large_print=data.get("large_print") is True,
            qr=data.get("qr") is True,
            paper=paper if paper in PAPER_SIZES else "A4",
            name_on_every_page=data.get("name_on_every_page") is not False,
        )
        note = data.get("note")
        parsed = tuple(HandoutItem.parse(item) for item in items if isinstance(item, str) and item.strip())
        return cls(name.strip()[:MAX_TEMPLATE_NAME], parsed, note[:MAX_NOTE] if isinstance(note, str) else "", options)


# --- templates in settings ------------------------------------------------------------------


def load_templates(stored: Iterable[Any]) -> list[HandoutTemplate]:
    """The usable templates from Settings.handout_templates, in Danish name order."""
    found = [t for t in (HandoutTemplate.from_dict(entry) for entry in stored) if t is not None]
    return sorted(found, key=lambda t: sort_key(t.name))


_NAME_PARTS = re.compile(r"[^\W\d_]+")  # runs of letters: "Ødegaard-Zyxwq", "O'Brien" and "Bo Ek" split into words


def names_patient(text: str, patient: str) -> bool:
    """True when text names the patient: any part of the name of two letters or more, as a word.

    Parts are split at spaces, hyphens and apostrophes; a part matches as a whole word, also with a
    genitive s ("Zyxwqs øvelser"), whatever the case.
    names_patient("Husk øvelserne, Zyxwq.", "Ødegaard-Zyxwq") ⇒ True
    names_patient("Bøj knæet", "Bo Ek") ⇒ False;  names_patient("Bo skal bøje knæet", "Bo Ek") ⇒ True
    """
    parts = {part.casefold() for part in _NAME_PARTS.findall(patient) if len(part) >= 2}
    if not parts:
        return False
    words = {word.casefold() for word in _NAME_PARTS.findall(text)}
    return any(part in words or f"{part}s" in words for part in parts)


def check_note_for_patient(note: str, patient: str, template_name: str = "") -> None:
    """Raise HandoutError when the note (or the template's name) names the patient: a template never carries a name."""
    if names_patient(note, patient):
        raise HandoutError("Noten nævner patientens navn. Fjern navnet fra noten, før du gemmer den som skabelon.")
    if names_patient(template_name, patient):
        raise HandoutError("Skabelonens navn nævner patientens navn. Giv skabelonen et navn uden patientens navn.")


def put_template(stored: list[dict[str, Any]], template: HandoutTemplate) -> list[dict[str, Any]]:
    """stored with template added, replacing one of the same name (case-insensitive)."""
    name = template.name.strip()
    if not name:
        raise HandoutError("Skabelonen skal have et navn.")
    if len(name) > MAX_TEMPLATE_NAME:
        raise HandoutError(f"Navnet er for langt (højst {MAX_TEMPLATE_NAME} tegn).")
    kept = [entry for entry in stored if not _same_name(entry, name)]
    return [*kept, HandoutTemplate(name, template.items, template.note, template.options).to_dict()]


def rename_template(stored: list[dict[str, Any]], old: str, new: str) -> list[dict[str, Any]]:
    """stored with the template called old renamed to new; HandoutError if new is taken or empty."""
    new = new.strip()
    if not new:
        raise HandoutError("Skabelonen skal have et navn.")
    if len(new) > MAX_TEMPLATE_NAME:
        raise HandoutError(f"Navnet er for langt (højst {MAX_TEMPLATE_NAME} tegn).")
    if new.casefold() != old.casefold() and any(_same_name(entry, new) for entry in stored):
        raise HandoutError(f"Der findes allerede en skabelon med navnet \"{new}\".")
    result = []
    for entry in stored:
        if _same_name(entry, old):
            entry = {**entry, "name": new}
        result.append(entry)
    return result


def delete_template(stored: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """stored without the template called name."""
    return [entry for entry in stored if not _same_name(entry, name)]


def find_template(stored: Iterable[Any], name: str) -> HandoutTemplate | None:
    """The template called name (case-insensitive), or None."""
    for template in load_templates(stored):
        if template.name.casefold() == name.strip().casefold():
            return template
    return None


def _same_name(entry: Any, name: str) -> bool:
    return isinstance(entry, dict) and str(entry.get("name", "")).strip().casefold() == name.strip().casefold()


# --- selection ------------------------------------------------------------------------------


def article_sections(article: Article) -> list[SectionSource]:
    """The article's introduction (anchor "") and `##` sections, with the window's anchors."""
    return split_sections(article.body)


def section_label(section: SectionSource) -> str:
    """What a section is called in lists: its heading, or "Indledning" for the text before the first `##`."""
    return section.title or INTRO_TITLE


def resolve(items: Sequence[HandoutItem], library: Library) -> list[tuple[Article, SectionSource | None]]:
    """Each item as its article and section (None for the whole article); HandoutError names what is missing."""
    resolved: list[tuple[Article, SectionSource | None]] = []
    for item in items:
        article = library.get(item.slug)
        if article is None:
            raise HandoutError(f"Artiklen \"{item.slug}\" findes ikke. Se 'patient-reader list' for artiklerne.")
        if item.anchor is None:
            resolved.append((article, None))
            continue
        sections = article_sections(article)
        match = next((s for s in sections if s.anchor == item.anchor), None)
        if match is None:
            known = ", ".join(s.anchor for s in sections if s.anchor) or "ingen"
            raise HandoutError(f"Artiklen \"{item.slug}\" har intet afsnit \"{item.anchor}\". Afsnittene er: {known}.")
        resolved.append((article, match))
    return resolved


class DateFormatError(HandoutError):
    """A date written in none of the accepted forms."""


class ImpossibleDateError(HandoutError):
    """A date in an accepted form that is not in the calendar (31-02-2026)."""


_DATE_FORMS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})"),
)


def parse_date(text: str) -> dt.date:
    """A date as ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ, DD/MM/ÅÅÅÅ or DD.MM.ÅÅÅÅ; DateFormatError or ImpossibleDateError otherwise.

    "2026-03-01" ⇒ date(2026, 3, 1);  "31/12/2026" ⇒ date(2026, 12, 31);  "31-02-2026" ⇒ ImpossibleDateError
    """
    cleaned = text.strip()
    for form in _DATE_FORMS:
        match = form.fullmatch(cleaned)
        if match is None:
            continue
        try:
            return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            raise ImpossibleDateError(f"Datoen \"{text}\" findes ikke i kalenderen.") from None
    raise DateFormatError(f"Datoen \"{text}\" kan ikke læses; skriv den som DD-MM-ÅÅÅÅ eller ÅÅÅÅ-MM-DD.")


# --- composition ----------------------------------------------------------------------------


def fit_within(size: tuple[int, int], box: tuple[int, int] = LOGO_BOX_PX) -> tuple[int, int]:
    """size scaled down (never up) to fit box, keeping its shape. (480, 120), (240, 84) ⇒ (240, 60)."""
    width, height = size
    if width <= 0 or height <= 0:
        return (0, 0)
    scale = min(1.0, box[0] / width, box[1] / height)
    return (max(1, round(width * scale)), max(1, round(height * scale)))


def qr_png(text: str) -> bytes:
    """A QR code for text as PNG bytes (black on white, with a small quiet zone)."""
    buffer = io.BytesIO()
    import segno  # only when a QR code is drawn: it costs ~0.1 s to import

    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=10, border=2)
    return buffer.getvalue()


def page_options(options: HandoutOptions, clinic: ClinicProfile) -> PageOptions:
    """Paper, type and footer for the options: large print is 16 pt sans with a 12 pt footer, normal 11 pt serif, 8 pt."""
    clinic_line = " · ".join(part for part in (clinic.name.strip(), _phone(clinic.phone)) if part)
    paper = options.paper if options.paper in PAPER_SIZES else "A4"
    if options.large_print:  # the footer and the disclaimer grow too: they are for the same reader
        return PageOptions(paper=paper, base_pt=16.0, footer_pt=12.0, footer_mm=21.0, running_pt=11.0,
                           body_family=BODY_SANS, clinic_line=clinic_line)
    return PageOptions(paper=paper, clinic_line=clinic_line)


def print_css(page: PageOptions) -> str:
    """The handout's stylesheet, in the CSS subset QTextDocument reads (sizes in pt, spacing in px at 96 dpi)."""
    base = page.base_pt

    def pt(size: float) -> str:
        return f"{size * base:.1f}pt"

    def px(size: float) -> str:
        return f"{round(size * base * 96 / 72)}px"

    def header_pt(size: float) -> str:  # the letterhead keeps its size in large print
        return f"{size * 11.0:.1f}pt"

    accent, muted, rule = "#0b5f73", "#5b6470", "#b8c4cc"
    return f"""
body {{ font-family: '{page.body_family}'; font-size: {pt(1.0)}; color: #1f2328; }}
p, li {{ line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: {px(0.6)}; }}
li {{ margin-bottom: {px(0.25)}; }}
h1, h2, h3, h4, h5, h6 {{ font-family: '{page.heading_family}'; font-weight: 700; }}
h1 {{ font-size: {pt(1.6)}; color: #1f2328; margin-top: {px(1.6)}; margin-bottom: {px(0.15)}; }}
h2 {{ font-size: {pt(1.3)}; color: {accent}; margin-top: {px(1.3)}; margin-bottom: {px(0.45)}; }}
h3 {{ font-size: {pt(1.1)}; color: #1f2328; margin-top: {px(1.0)}; margin-bottom: {px(0.3)}; }}
h4, h5, h6 {{ font-size: {pt(1.0)}; margin-top: {px(0.8)}; margin-bottom: {px(0.25)}; }}
p.updated {{ font-family: '{page.heading_family}'; color: {muted}; font-size: {pt(0.85)}; margin-bottom: {px(0.9)}; }}
p.clinic-name {{ font-family: '{page.heading_family}'; font-size: {header_pt(1.35)}; font-weight: 700; color: {accent};
  margin-bottom: {px(0.15)}; }}
p.clinic-detail {{ font-family: '{page.heading_family}'; font-size: {header_pt(0.82)}; color: {muted}; margin-bottom: 0;
  line-height: 130%; }}
table.header {{ border: none; margin-bottom: {px(1.2)}; }}
td.header {{ border: none; border-bottom: 2px solid {accent}; padding: 0; padding-bottom: {px(0.8)}; }}
p.kicker {{ font-family: '{page.heading_family}'; font-size: {pt(0.8)}; color: {muted}; font-weight: 700;
  margin-bottom: 0; letter-spacing: 1px; }}
p.patient {{ font-family: '{page.heading_family}'; font-size: {pt(1.75)}; font-weight: 700; margin-bottom: {px(0.1)}; }}
p.date {{ font-family: '{page.heading_family}'; font-size: {pt(0.95)}; color: {muted}; margin-bottom: 0; }}
table.note {{ border: 1.5px solid {accent}; margin-top: {px(1.0)}; margin-bottom: {px(0.4)}; }}
td.note {{ border: none; padding: {px(0.8)}; background-color: #eef5f7; }}
p.note-label {{ font-family: '{page.heading_family}'; font-size: {pt(0.78)}; font-weight: 700; color: {accent};
  margin-bottom: {px(0.35)}; }}
p.note {{ font-size: {pt(1.05)}; margin-bottom: 0; }}
h3.faq-q {{ color: {accent}; }}
a {{ color: #1f2328; text-decoration: none; }}
table {{ border-collapse: collapse; margin-top: {px(0.3)}; margin-bottom: {px(0.8)}; }}
th {{ font-family: '{page.heading_family}'; background-color: #e6eff2; font-weight: 700; padding: {px(0.4)};
  border: 1px solid {rule}; text-align: left; font-size: {pt(0.9)}; }}
td {{ padding: {px(0.4)}; border: 1px solid {rule}; vertical-align: top; font-size: {pt(0.92)}; }}
table.callout {{ border: 2px solid #c4432b; background-color: #fdf1ef; margin-top: {px(0.9)}; }}
td.callout {{ border: none; background-color: #fdf1ef; padding: {px(0.7)}; font-size: {pt(1.0)}; }}
td.callout p.callout-label {{ font-family: '{page.heading_family}'; color: #8a2a17; font-weight: 700; font-size: {pt(0.85)};
  margin-bottom: {px(0.2)}; }}
td.callout h2, td.callout h3 {{ color: #8a2a17; margin-top: 0; }}
td.callout p, td.callout li {{ font-size: {pt(1.0)}; }}
table.plain {{ border: none; margin: 0; }}
td.plain {{ border: none; padding: 0; }}
table.qr {{ border: none; margin-top: {px(0.9)}; }}
td.qr {{ border: none; padding: 0; vertical-align: middle; }}
p.qr-label {{ font-family: '{page.heading_family}'; font-size: {pt(0.85)}; font-weight: 700; margin-bottom: {px(0.15)}; }}
p.qr-url {{ font-family: '{page.heading_family}'; font-size: {pt(0.75)}; color: {muted}; margin-bottom: 0; }}
blockquote {{ color: {muted}; margin-left: {px(1.0)}; }}
span.img-alt {{ color: {muted}; font-style: italic; }}
"""


def compose(
    handout: Handout, library: Library, logo_size: tuple[int, int] | None = None, today: dt.date | None = None,
) -> PrintJob:
    """The handout as print HTML plus page options. Every value put into the HTML is escaped.

    logo_size is the logo's natural size in pixels (the layout reads the file); None leaves the logo out.
    """
    if not handout.items:
        raise HandoutError("Vælg mindst én artikel eller ét afsnit til vejledningen.")
    resolved = resolve(handout.items, library)
    date = handout.date or today or dt.date.today()
    page = page_options(handout.options, handout.clinic)
    images: dict[str, bytes] = {}
    parts: list[str] = [_header(handout.clinic, logo_size), _title_block(handout.patient, date), _note_box(handout.note)]
    sources: list[SourceRef] = []
    groups: list[tuple[Article, list[SectionSource | None]]] = []
    for article, section in resolved:
        if groups and groups[-1][0].slug == article.slug and None not in groups[-1][1] and section is not None:
            groups[-1][1].append(section)
        else:
            groups.append((article, [section]))
    for index, (article, sections) in enumerate(groups):
        sources.append(SourceRef(article.title, article.updated))
        parts.append(_article_part(index, article, sections))
        if handout.options.qr and article.url:
            name = QR_RESOURCE.format(len(images))
            images[name] = qr_png(article.url)
            parts.append(_qr_block(name, article.url, "Læs hele artiklen"))
    website = _website_url(handout.clinic.website)
    if handout.options.qr and not images and website:
        name = QR_RESOURCE.format(0)
        images[name] = qr_png(website)
        parts.append(_qr_block(name, handout.clinic.website.strip(), "Besøg klinikkens hjemmeside"))
    body = "\n".join(part for part in parts if part)
    title = f"Vejledning {date.isoformat()}"  # PDF metadata: never the patient's name
    logo = handout.clinic.logo if logo_size and handout.clinic.logo else ""
    patient = " ".join(handout.patient.split())[:MAX_PATIENT]
    running = f"{patient} · {long_date(date)}" if patient and handout.options.name_on_every_page else ""
    return PrintJob(f"<html><body>{body}</body></html>", print_css(page), page, tuple(sources), images, logo, title,
                    running)


def sources_block(sources: Sequence[SourceRef]) -> str:
    """The full list of sources, for the end of a handout whose footers cannot hold them (marked SOURCES_ANCHOR)."""
    rows = "".join(f"<li>{_e(source.footer_text())}</li>" for source in sources)
    return f'<h3 class="sources"><a name="{SOURCES_ANCHOR}"></a>Kilder</h3><ul>{rows}</ul>'


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _phone(phone: str) -> str:
    phone = phone.strip()
    return f"Tlf. {phone}" if phone else ""


def _website_url(website: str) -> str:
    website = website.strip()
    if not website or " " in website:
        return ""
    return website if website.lower().startswith(("http://", "https://")) else f"https://{website}"


def _header(clinic: ClinicProfile, logo_size: tuple[int, int] | None) -> str:
    name = clinic.name.strip()
    details = [line.strip() for line in clinic.address.splitlines() if line.strip()]
    contact = " · ".join(part for part in (_phone(clinic.phone), clinic.email.strip()) if part)
    details.extend(line for line in (contact, clinic.website.strip()) if line)
    has_logo = bool(clinic.logo and logo_size and logo_size[0] > 0)
    if not name and not details and not has_logo:
        return ""
    text = ""
    if name:
        text += f'<p class="clinic-name">{_e(name)}</p>'
    if details:
        text += '<p class="clinic-detail">' + "<br>".join(_e(line) for line in details) + "</p>"
    cells = ""
    if has_logo and logo_size:
        width, height = fit_within(logo_size)
        cells += (f'<td class="plain" width="{width + 24}" valign="middle">'
                  f'<img src="{LOGO_RESOURCE}" width="{width}" height="{height}"></td>')
    cells += f'<td class="plain" valign="middle">{text}</td>'
    # One outer cell carries the rule, so it runs unbroken under logo and text.
    return ('<table class="header" width="100%" cellpadding="0" cellspacing="0"><tr><td class="header">'
            f'<table class="plain" width="100%" cellpadding="0" cellspacing="0"><tr>{cells}</tr></table>'
            "</td></tr></table>")


def _title_block(patient: str, date: dt.date) -> str:
    patient = " ".join(patient.split())[:MAX_PATIENT]
    when = f'<p class="date">{_e(long_date(date))}</p>'
    if patient:
        return f'<p class="kicker">VEJLEDNING TIL</p><p class="patient">{_e(patient)}</p>{when}'
    return f'<p class="kicker">VEJLEDNING</p>{when}'


def _note_box(note: str) -> str:
    lines = [line.rstrip() for line in note.strip()[:MAX_NOTE].splitlines()]
    if not any(lines):
        return ""
    paragraphs = "<br>".join(_e(line) for line in lines)
    return (
        '<table class="note" width="100%" cellpadding="0" cellspacing="0"><tr><td class="note" bgcolor="#eef5f7">'
        f'<p class="note-label">NOTE FRA DIN BEHANDLER</p><p class="note">{paragraphs}</p></td></tr></table>'
    )


def _article_part(index: int, article: Article, sections: list[SectionSource | None]) -> str:
    anchor = PART_ANCHOR.format(index)
    head = f'<h1 class="title"><a name="{anchor}"></a>{_e(article.title)}</h1>'
    if article.updated:
        head += f'<p class="updated">Opdateret {_e(long_date(article.updated))}</p>'
    bodies: list[str] = []
    for section in sections:
        if section is None:
            bodies.append(_rendered(article.body, article.base_dir, article.title))
        else:
            title = article.title if not section.anchor else None
            bodies.append(_rendered(section.markdown, article.base_dir, title))
    return head + "\n".join(bodies)


@functools.lru_cache(maxsize=48)
def _rendered(markdown: str, base_dir: Path, title: str | None) -> str:
    """Rendered HTML, remembered: the dialog recomposes on every keystroke, the articles rarely change."""
    return render_guarded(markdown, base_dir, title).html  # the view's bounded path: a hostile file cannot stall it


def _qr_block(resource: str, address: str, label: str) -> str:
    return (
        '<table class="qr" cellpadding="0" cellspacing="0"><tr>'
        f'<td class="qr" width="{QR_PX + 14}"><img src="{resource}" width="{QR_PX}" height="{QR_PX}"></td>'
        f'<td class="qr"><p class="qr-label">{_e(label)}</p><p class="qr-url">{_e(address)}</p></td>'
        "</tr></table>"
    )
