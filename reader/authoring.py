"""Writing an article file: the front-matter form, the file's text, its slug and path, and the atomic save."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from reader.articles import Article, markdown_files, slug_for
from reader.atomic import write_text
from reader.slug import slugify

MAX_TEXT_FIELD = 300  # the loader keeps at most this much of a title, summary or category
MAX_TAGS = 30
MAX_TAG_CHARS = 60
_NOT_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE


class FormError(ValueError):
    """The form cannot be saved as it is; `problems` says why, one Danish line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class ArticleForm:
    """The front matter a person fills in; last_updated is set to the day of saving."""

    title: str
    category: str = ""
    tags: tuple[str, ...] = ()
    summary: str = ""
    url: str = ""
    review_by: dt.date | None = None
    last_updated: dt.date | None = None
    published: dt.date | None = None
    extra: dict[str, str] = field(default_factory=dict)  # kept only so the file's other keys are not lost

    def normalised(self) -> ArticleForm:
        """Whitespace collapsed and characters YAML cannot carry removed, as the loader would read them back."""
        tags = tuple(dict.fromkeys(tag for tag in (_clean(tag) for tag in self.tags) if tag))
        return replace(self, title=_clean(self.title), category=_clean(self.category), summary=_clean(self.summary),
                       url=_clean(self.url), tags=tags)


def _clean(text: str) -> str:
    return " ".join(_NOT_PRINTABLE.sub(" ", text).split())


def problems(form: ArticleForm) -> list[str]:
    """What keeps the form from being saved, in plain Danish (an empty list when it can be saved)."""
    form = form.normalised()
    found: list[str] = []
    if not form.title:
        found.append("Artiklen skal have en titel.")
    for label, value in (("Titlen", form.title), ("Resuméet", form.summary), ("Kategorien", form.category)):
        if len(value) > MAX_TEXT_FIELD:
            found.append(f"{label} er for lang ({len(value)} tegn; højst {MAX_TEXT_FIELD}).")
    if form.url and (not re.match(r"https?://", form.url, re.IGNORECASE) or " " in form.url):
        found.append("Webadressen skal begynde med https:// (eller http://) og må ikke have mellemrum.")
    if len(form.tags) > MAX_TAGS:
        found.append(f"Artiklen har for mange emneord ({len(form.tags)}; højst {MAX_TAGS}).")
    found.extend(f"Emneordet «{tag[:20]}…» er for langt (højst {MAX_TAG_CHARS} tegn)."
                 for tag in form.tags if len(tag) > MAX_TAG_CHARS)
    return found


def _quoted(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML): 'Knæ: "6 myter"' ⇒ '"Knæ: \\"6 myter\\""'."""
    return json.dumps(value, ensure_ascii=False)


def _date(value: dt.date) -> str:
    return f'"{value.day:02d}/{value.month:02d}/{value.year}"'


def compose_article(form: ArticleForm, body: str) -> str:
    """The file's text: YAML front matter from the form, then the Markdown body (LF, one final newline).

    ArticleForm("Diskusprolaps: 6 myter", tags=("ryg",)), "Tekst" ⇒
    '---\\ntitle: "Diskusprolaps: 6 myter"\\ntags: ["ryg"]\\n---\\n\\nTekst\\n'
    Raises FormError when problems(form) finds any.
    """
    found = problems(form)
    if found:
        raise FormError(found)
    form = form.normalised()
    lines = ["---", f"title: {_quoted(form.title)}"]
    if form.category:
        lines.append(f"category: {_quoted(form.category)}")
    if form.tags:
        lines.append("tags: [" + ", ".join(_quoted(tag) for tag in form.tags) + "]")
    if form.summary:
        lines.append(f"summary: {_quoted(form.summary)}")
    if form.url:
        lines.append(f"url: {_quoted(form.url)}")
    if form.last_updated:
        lines.append(f"lastUpdated: {_date(form.last_updated)}")
    if form.published:
        lines.append(f"datePublished: {_date(form.published)}")
    if form.review_by:
        lines.append(f"reviewBy: {_date(form.review_by)}")
    for key, value in form.extra.items():
        if re.fullmatch(r"[A-Za-z_][\w-]*", key) and key not in _KNOWN_KEYS:
            lines.append(f"{key}: {_quoted(_clean(value))}")
    lines.append("---")
    text = normalise_body(body)
    return "\n".join(lines) + "\n\n" + text


_KNOWN_KEYS = frozenset({"title", "Title", "TITLE", "category", "categories", "tags", "summary", "description", "url",
                         "canonical", "permalink", "lastUpdated", "last_updated", "updated", "lastupdated",
                         "datePublished", "date_published", "date", "published", "reviewBy", "review_by", "reviewby"})


def normalise_body(body: str) -> str:
    """The body as it is saved and read back: LF line ends, no blank lines first, one final newline ("" stays "")."""
    text = body.replace("\r\n", "\n").replace("\r", "\n").lstrip("\n").rstrip()
    return text + "\n" if text else ""


def form_from_article(article: Article, extra: dict[str, str] | None = None) -> ArticleForm:
    """The form filled in from a loaded article, to edit it."""
    return ArticleForm(
        title=article.title, category=article.category or "", tags=article.tags, summary=article.summary or "",
        url=article.url or "", review_by=article.review_by, last_updated=article.updated,
        published=article.published, extra=dict(extra or {}),
    )


def same_title(articles: Iterable[Article], title: str) -> Article | None:
    """The article whose title is this one, ignoring case and spacing (None when there is none):
    "nervesmerter " finds the article titled "Nervesmerter"."""
    wanted = _clean(title).casefold()
    if not wanted:
        return None
    return next((article for article in articles if _clean(article.title).casefold() == wanted), None)


def merge_missing(form: ArticleForm, existing: ArticleForm) -> ArticleForm:
    """The form with its empty fields taken from an existing article's (for updating that article with a new text):
    an imported document has a title only, so the article keeps its category, tags, summary, address and dates."""
    return replace(form, category=form.category or existing.category, tags=form.tags or existing.tags,
                   summary=form.summary or existing.summary, url=form.url or existing.url,
                   review_by=form.review_by or existing.review_by, published=form.published or existing.published,
                   extra={**existing.extra, **form.extra})


def existing_slugs(folder: Path) -> set[str]:
    """The slugs of every article file in the folder and its subfolders (none when the folder is missing)."""
    return {slug_for(path) for path in markdown_files(folder)}


def choose_path(title: str, clinic_folder: Path, taken: Iterable[str] = (), *, editing: Path | None = None,
                editing_slug: str | None = None) -> Path:
    """Where to save an article: never over another article by accident.

    Editing a file in the clinic folder saves over that same file (its slug is its address, kept even when
    the title changes). Editing a bundled article saves a clinic copy with the same slug, which overrides it
    (unless the clinic folder already has another file of that name: then it is saved as a new article);
    give editing_slug (the article's slug in the library): a bundled `es/ryg.md` is "es-ryg", so its copy is
    clinic/es-ryg.md, which overrides it and not the bundled `ryg.md`.
    A new article gets the slug of its title, with -2, -3 … when the clinic folder or `taken` (the library's
    slugs) already has it:
    "Ondt i knæet" ⇒ clinic/ondt-i-knaeet.md, or clinic/ondt-i-knaeet-2.md when that slug is taken
    """
    if editing is not None:
        if editing.resolve().is_relative_to(clinic_folder.resolve()):
            return editing
        override = clinic_folder / f"{editing_slug or slug_for(editing)}.md"
        if not override.exists():
            return override
    used = existing_slugs(clinic_folder) | set(taken)
    base = slugify(title)
    slug = base
    number = 2
    while slug in used or (clinic_folder / f"{slug}.md").exists():
        slug = f"{base}-{number}"
        number += 1
    return clinic_folder / f"{slug}.md"


def save_article(form: ArticleForm, body: str, path: Path, *, today: dt.date | None = None) -> Path:
    """Save the article atomically at `path` (from choose_path), with lastUpdated set to today."""
    form = replace(form, last_updated=today or dt.date.today())
    write_text(path, compose_article(form, body))
    return path
