"""Articles: loading one file leniently and honestly, and a library of many with its problems."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from reader import frontmatter
from reader.article_bounds import over_bounds
from reader.collation import by_title
from reader.regular_file import NotRegularError, TooBigError, read_regular
from reader.slug import slugify

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_FILES = 50_000
_BINARY_SNIFF = 8192
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


class Level(StrEnum):
    """How bad a problem is: an error means the file was not loaded."""

    ERROR = "error"
    WARNING = "warning"
    REVIEW = "review"

    @property
    def danish(self) -> str:
        return {"error": "Fejl", "warning": "Advarsel", "review": "Bør gennemgås"}[self.value]


@dataclass(frozen=True)
class Problem:
    """Something wrong with one file, said in plain Danish."""

    path: Path
    level: Level
    message: str
    advice: str = ""

    def line(self) -> str:
        """One line for a terminal: `Fejl: path: message Gør: advice`."""
        advice = f" Gør: {self.advice}" if self.advice else ""
        return f"{self.level.danish}: {self.path}: {self.message}{advice}"


def pack_text(text: str) -> bytes:
    """Text as PackedText keeps it: its UTF-8, zlib-compressed (b"" for no text)."""
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1) if text else b""


@lru_cache(maxsize=64)  # the article being read, and the few whose snippets are being made
def unpack_text(packed: bytes) -> str:
    """The text of pack_text's bytes."""
    return zlib.decompress(packed).decode("utf-8", "surrogatepass") if packed else ""


class PackedText:
    """A text field of a frozen dataclass kept compressed (pack_text), unpacked when read: 10,000 article bodies
    take 27 MB as str, 11 MB packed. Set with the text, or with bytes pack_text made (the article cache keeps
    them so). The field has no default (it is required)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._key = f"_{name}_packed"

    def __get__(self, obj: object, owner: type | None = None) -> str:
        if obj is None:
            raise AttributeError(self._key)  # class access: no default for dataclasses
        return unpack_text(obj.__dict__[self._key])

    def __set__(self, obj: object, value: str | bytes) -> None:
        obj.__dict__[self._key] = value if isinstance(value, bytes) else pack_text(value)

    def packed(self, obj: object) -> bytes:
        """The field's bytes as kept (pack_text's), without unpacking them."""
        packed: bytes = obj.__dict__[self._key]
        return packed


@dataclass(frozen=True)
class Article:
    """One article: its front matter read, its Markdown body kept (compressed) for rendering when opened."""

    slug: str
    title: str
    path: Path
    body: PackedText = PackedText()  # a str when read; set with a str (or pack_text's bytes)
    updated: dt.date | None = None
    published: dt.date | None = None
    url: str | None = None
    summary: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    review_by: dt.date | None = None
    source: str = "bundled"

    @property
    def packed_body(self) -> bytes:
        """The body as kept (pack_text's bytes): to store, or to tell two bodies apart without unpacking them."""
        return Article.__dict__["body"].packed(self)  # type: ignore[no-any-return]

    @property
    def base_dir(self) -> Path:
        """The folder the article's relative links and images are resolved against."""
        return self.path.parent


@dataclass
class LoadResult:
    """An article (or None when the file could not be used) and what went wrong on the way."""

    article: Article | None
    problems: list[Problem] = field(default_factory=list)


def slug_for(path: Path) -> str:
    """The slug of a file: its name without `.md`, folded.

    "Nervetryk i lænden.md" ⇒ "nervetryk-i-laenden"
    """
    return slugify(path.stem)


def readable_name(path: Path) -> str:
    """A title made from a file name: "nerve-glidning_2.md" ⇒ "Nerve glidning 2"."""
    words = " ".join(path.stem.replace("-", " ").replace("_", " ").split())
    return (words[:1].upper() + words[1:]) or "Unavngivet artikel"


def decode(raw: bytes) -> tuple[str | None, str | None, Level | None]:
    """Text from bytes: UTF-8 (BOM or not), else cp1252 with a warning; binary is an error.

    b"\\xef\\xbb\\xbfHej" ⇒ "Hej", no problem
    b"S\\xf8ren" ⇒ "Søren", a warning
    b"\\x00\\x01PNG" ⇒ None, an error
    b"---\\ntitle: A\\x00B\\n---\\n" ⇒ the text without the NUL, a warning (only in the front matter)
    """
    nul = b"\x00" in raw
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        if nul:  # NUL bytes and not UTF-8: an image, a Word file, UTF-16 …
            return None, "Filen er ikke tekst (den ser binær ud).", Level.ERROR
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        return _normalise(text), "Filen er ikke gemt som UTF-8; den er læst som Windows-1252.", Level.WARNING
    if len(_CONTROLS.findall(text, 0, _BINARY_SNIFF)) > 32:
        return None, "Filen er ikke tekst (den indeholder mange kontroltegn).", Level.ERROR
    if nul:
        if not _only_in_front_matter(text, "\x00"):  # NULs in the body: not an article someone wrote
            return None, "Filen er ikke tekst (den ser binær ud).", Level.ERROR
        return _normalise(text.replace("\x00", "")), NUL_REMOVED, Level.WARNING
    return _normalise(text), None, None


def _only_in_front_matter(text: str, char: str) -> bool:
    """Whether every `char` in text lies in its front matter (a pasted title, say), none in the body."""
    try:
        _front, body = frontmatter.HANDLER.split(text)
    except ValueError:
        return False
    return char not in body


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


_ADVICE_TEXT = "Gem artiklen som Markdown-tekst i UTF-8 (i Notesblok: Gem som → Kodning: UTF-8)."
NUL_REMOVED = "Filen indeholder usynlige NUL-tegn; de er sprunget over."
_DECODE_ADVICE = {NUL_REMOVED: "Gem filen igen fra en teksteditor; så forsvinder tegnene."}


def load_article(path: Path, source: str = "bundled") -> LoadResult:
    """Load one Markdown file: never raises, every fallback is a warning, failures are errors."""
    problems: list[Problem] = []

    def warn(message: str, advice: str = "") -> None:
        problems.append(Problem(path, Level.WARNING, message, advice))

    def fail(message: str, advice: str = "") -> LoadResult:
        problems.append(Problem(path, Level.ERROR, message, advice))
        return LoadResult(None, problems)

    try:
        raw = read_regular(path, MAX_FILE_BYTES)
    except TooBigError as error:
        return fail(
            f"Filen er for stor ({error.size / 1_048_576:.1f} MB; højst {MAX_FILE_BYTES // 1_048_576} MB).",
            "Del artiklen op i flere filer.",
        )
    except NotRegularError:
        return fail("Det er ikke en almindelig fil (men fx en pipe eller en enhed).", "Fjern den fra mappen.")
    except IsADirectoryError:
        return fail("Det er en mappe, ikke en fil.", "Omdøb mappen, så navnet ikke ender på .md.")
    except PermissionError:
        return fail("Filen kan ikke læses (ingen adgang).", "Giv alle brugere læseret til filen.")
    except FileNotFoundError:
        return fail("Filen forsvandt, mens den blev læst.", "Ingenting, hvis den blev slettet med vilje.")
    except OSError as error:
        if error.errno == 40:  # ELOOP: a symlink pointing at itself
            return fail("Filen er et link, der peger på sig selv i ring.", "Slet linket.")
        return fail(f"Filen kan ikke læses: {error.strerror or error}.", "Tjek at filen og drevet er tilgængelige.")
    except (ValueError, RuntimeError) as error:
        return fail(f"Filen kan ikke læses: {error}.", "Omdøb filen, så navnet kun har almindelige tegn.")

    if not raw.strip():
        return fail("Filen er tom.", "Skriv artiklen i filen, eller slet den.")
    text, message, _level = decode(raw)
    if text is None:
        return fail(message or "Filen kan ikke læses.", _ADVICE_TEXT)
    if message:
        warn(message, _DECODE_ADVICE.get(message, "Gem filen som UTF-8, så æ, ø og å altid vises rigtigt."))

    try:
        parsed = frontmatter.split(text)
    except RecursionError:
        parsed = frontmatter.FrontMatter({}, text, [("Metadata (front matter) kunne ikke læses; den er sprunget over.", "Forenkl metadata (front matter).")])
    for warning, advice in parsed.warnings:
        warn(warning, advice)
    too_odd = over_bounds(parsed.body)
    if too_odd:
        warn(too_odd, "Del artiklen op i mindre filer, eller ret opbygningen (overskrifter, tabeller, citater).")
    data = parsed.data

    title = frontmatter.get_text(data, "title", "Title", "TITLE")
    if title is None:
        meta = frontmatter.get_text(data, "metaTitle", "meta_title", "meta-title", "metatitle")
        heading = frontmatter.first_heading(parsed.body)
        if meta and frontmatter.title_from_meta(meta):
            title = frontmatter.title_from_meta(meta)
            warn(f"Metadata (front matter) mangler 'title'; titlen \"{title}\" er taget fra metaTitle.", "Tilføj title: i metadata (front matter).")
        elif heading:
            title = heading
            warn(f"Metadata (front matter) mangler 'title'; titlen \"{title}\" er taget fra den første overskrift.", "Tilføj title: i metadata (front matter).")
        else:
            title = readable_name(path)
            warn(f"Metadata (front matter) mangler en titel; filnavnet bruges (\"{title}\").", "Tilføj title: i metadata (front matter).")

    dates: dict[str, dt.date | None] = {}
    for key, aliases in (
        ("updated", ("lastUpdated", "last_updated", "updated", "lastupdated")),
        ("published", ("datePublished", "date_published", "date", "published")),
        ("review_by", ("reviewBy", "review_by", "reviewby")),
    ):
        raw_value = next((data[name] for name in aliases if name in data), None)
        if isinstance(raw_value, bool) or str(raw_value).strip().lower() in ("true", "false", "yes", "no"):
            raw_value = None  # Jekyll's `published: true` is a switch, not a date
        value, bad = frontmatter.parse_date(raw_value)
        if bad:
            shown = " ".join(str(raw_value).split())[:40]
            if frontmatter.date_shaped(raw_value):  # 31/02/2024: the format is right, the day is not
                warn(f"Datoen '{shown}' findes ikke i kalenderen; den er udeladt.", "Ret dagen eller måneden.")
            else:
                warn(f"Datoen '{shown}' kan ikke læses; den er udeladt.", "Skriv datoen som DD/MM/ÅÅÅÅ eller ÅÅÅÅ-MM-DD.")
        dates[key] = value

    tags_value = data.get("tags")
    if isinstance(tags_value, (list, tuple)):
        tags = tuple(str(tag)[:60] for tag in tags_value if isinstance(tag, (str, int, float)))[:30]
    elif isinstance(tags_value, str):
        tags = tuple(part.strip() for part in tags_value.split(",") if part.strip())[:30]
    else:
        tags = ()

    article = Article(
        slug=slug_for(path),
        title=title,
        path=path,
        body=parsed.body,
        updated=dates["updated"],
        published=dates["published"],
        url=_public_url(frontmatter.get_text(data, "url", "canonical", "permalink")),
        summary=frontmatter.get_text(data, "summary", "description"),
        category=frontmatter.get_text(data, "category", "categories"),
        tags=tags,
        review_by=dates["review_by"],
        source=source,
    )
    return LoadResult(article, problems)


def _public_url(value: str | None) -> str | None:
    if value and value.lower().startswith(("https://", "http://")) and " " not in value:
        return value
    return None


MAX_FOLDERS = 5_000  # a walk stops here: a clinic folder of / or /proc is named as a problem, not walked for minutes
MAX_ENTRIES = 200_000
_SYSTEM_FOLDERS = frozenset({"/", "/proc", "/sys", "/dev", "/run", "/usr", "/etc", "/var", "/boot", "/bin", "/lib"})


def is_system_folder(folder: Path) -> bool:
    """/, /proc, /sys, C:\\ …: a folder no clinic keeps its articles in, never walked nor watched."""
    try:
        root = folder.resolve()
    except (OSError, ValueError, RuntimeError):
        return False
    return str(root) in _SYSTEM_FOLDERS or bool(root.anchor and root == Path(root.anchor))


def markdown_files(folder: Path, problems: list[Problem] | None = None) -> Iterator[Path]:
    """Every `*.md` under folder, recursively, in a stable order, following no link twice.

    A link to a folder is followed only when it points inside folder (a link to / walks nothing), and the
    walk is bounded (MAX_FOLDERS, MAX_ENTRIES): when it stops early, a problem saying so goes to problems.
    """
    try:
        root = folder.resolve()
    except (OSError, ValueError, RuntimeError):
        return
    if is_system_folder(root):
        if problems is not None:
            problems.append(Problem(folder, Level.ERROR, "Mappen er en systemmappe, ikke en mappe med artikler; den er ikke gennemgået.",
                                    "Vælg mappen med klinikkens artikler i indstillingerne."))
        return
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    folders = entries_seen = 0
    while stack:
        if folders >= MAX_FOLDERS or entries_seen >= MAX_ENTRIES:
            if problems is not None:
                problems.append(Problem(folder, Level.ERROR,
                                        f"Mappen har over {MAX_FOLDERS} undermapper eller {MAX_ENTRIES} filer; resten er sprunget over.",
                                        "Vælg en mappe, der kun har artikler (ikke fx et helt drev)."))
            return
        current = stack.pop()
        try:
            info = current.stat()
        except (OSError, ValueError):
            continue
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        folders += 1
        try:
            with os.scandir(current) as scan:
                entries = sorted(itertools.islice(scan, MAX_ENTRIES - entries_seen + 1), key=lambda entry: entry.name)
        except (OSError, ValueError):
            continue
        entries_seen += len(entries)
        subfolders: list[Path] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
                if is_dir and entry.is_symlink():
                    is_dir = Path(entry.path).resolve().is_relative_to(root)  # a link out of the folder is not walked
            except (OSError, ValueError, RuntimeError):
                is_dir = False
            if is_dir:
                subfolders.append(Path(entry.path))
            elif entry.name.lower().endswith(".md"):
                yield Path(entry.path)
        stack.extend(reversed(subfolders))


@dataclass(frozen=True)
class Source:
    """A folder of articles and what to call it: later sources override earlier ones by slug."""

    folder: Path
    name: str = "bundled"


def _with_unique_slugs(articles: list[Article], folder: Path) -> list[Article]:
    """The articles of one folder, a repeated file name given a slug with its subfolder.

    Of "ryg.md" and "es/ryg.md" the shallower keeps "ryg" and the other becomes "es-ryg"; the rare slug
    still taken gets a number ("es-ryg-2"). The shallowest file keeps the plain name whatever the walk order.
    """
    if len({article.slug for article in articles}) == len(articles):
        return articles  # no repeated name (the usual case): nothing to place (sorting 10,000 paths: 0.15 s)

    def place(article: Article) -> tuple[int, str]:
        relative = _relative(article.path, folder)
        return len(relative.parts), relative.as_posix()

    ordered = sorted(articles, key=place)
    taken: set[str] = set()
    renamed: dict[Path, Article] = {}
    for article in ordered:
        slug = article.slug
        if slug in taken:
            parent = _relative(article.path, folder).parent.as_posix()
            slug = slugify(f"{parent}/{article.path.stem}" if parent != "." else article.path.stem)
            base, number = slug, 2
            while slug in taken:
                slug, number = f"{base}-{number}", number + 1
            article = replace(article, slug=slug)
        taken.add(slug)
        renamed[article.path] = article
    return [renamed[article.path] for article in articles]


def _relative(path: Path, folder: Path) -> Path:
    return path.relative_to(folder) if path.is_relative_to(folder) else Path(path.name)


def _folder_distance(one: Path, other: Path) -> int:
    """Steps from one folder to another: 0 for the same, 1 for a parent or a child, 2 for a sibling …"""
    a, b = one.parts, other.parts
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    return len(a) - common + len(b) - common


class Listing(NamedTuple):
    """The list fields of every article as parallel sequences, in sorted() order: what the list rows and the review
    marks read (Library.listing). The start-up shelf has them as stored, so no Article is made for a row."""

    slugs: Sequence[str]
    titles: Sequence[str]
    updated: Sequence[dt.date | None]
    review_by: Sequence[dt.date | None]
    sources: Sequence[str]


class Library:
    """All loaded articles by slug, in Danish title order, plus every problem met loading them."""

    def __init__(self, articles: Iterable[Article] = (), problems: Iterable[Problem] = ()) -> None:
        self._by_slug: dict[str, Article] = {}
        for article in articles:
            self._by_slug[article.slug] = article
        self._by_name: dict[str, list[Article]] = {}  # a file's name (as a slug) ⇒ every article of that name
        for article in self._by_slug.values():
            self._by_name.setdefault(slug_for(article.path), []).append(article)
        self.problems: list[Problem] = list(problems)
        self._sorted: list[Article] | None = None
        self._listing: Listing | None = None

    @classmethod
    def load(cls, sources: Sequence[Source], loader: Callable[[Path, str], LoadResult] | None = None) -> Library:
        """Load every source in order; a later source's article replaces an earlier one's with the same slug.

        loader reads one file (default load_article); a LibraryCache passes its own to skip unchanged files.
        """
        loader = loader or load_article
        by_slug: dict[str, Article] = {}
        problems: list[Problem] = []
        replaced_paths: set[Path] = set()
        for source in sources:
            try:
                usable = source.folder.is_dir()
            except (OSError, ValueError):  # a path with a NUL, or a share that refuses even a stat
                usable = False
            if not usable:
                problems.append(Problem(source.folder, Level.ERROR, "Mappen findes ikke eller kan ikke åbnes.",
                                        "Vælg en anden mappe i indstillingerne, eller tjek netværksdrevet."))
                continue
            loaded: list[Article] = []
            for count, path in enumerate(markdown_files(source.folder, problems)):
                if count >= MAX_FILES:
                    problems.append(Problem(source.folder, Level.ERROR, f"Mappen har over {MAX_FILES} filer; resten er sprunget over.",
                                            "Del artiklerne op, eller flyt filer, der ikke er artikler, ud af mappen."))
                    break
                result = loader(path, source.name)
                if source.name == "bundled":  # program files: only an unreadable one is worth telling a clinic
                    problems.extend(problem for problem in result.problems if problem.level is Level.ERROR)
                else:
                    problems.extend(result.problems)
                if result.article is not None:
                    loaded.append(result.article)
            for article in _with_unique_slugs(loaded, source.folder):
                replaced = by_slug.get(article.slug)
                if replaced is not None:
                    replaced_paths.add(replaced.path)
                by_slug[article.slug] = article
        # A file that a later source replaces (the clinic's own copy of a bundled article) is not in use:
        # its warnings would only send staff looking for faults in a file nobody reads.
        problems = [problem for problem in problems if problem.path not in replaced_paths]
        library = cls(by_slug.values(), problems)
        library._note_duplicate_titles()
        return library

    def _note_duplicate_titles(self) -> None:
        seen: dict[str, Article] = {}
        for article in self.sorted():
            key = article.title.casefold()
            if key in seen:
                self.problems.append(Problem(article.path, Level.WARNING,
                                             f"Har samme titel som {seen[key].path.name}.",
                                             "Giv en af dem en anden titel, så de kan skelnes."))
            else:
                seen[key] = article

    def __len__(self) -> int:
        return len(self._by_slug)

    def __contains__(self, slug: object) -> bool:
        return slug in self._by_slug

    def get(self, slug: str) -> Article | None:
        return self._by_slug.get(slug)

    def listed(self, slug: str) -> Article | None:
        """The article for a list or a problems row (its title, path, dates); its body may be left out
        (reader.shelf's library reads no file for it)."""
        return self._by_slug.get(slug)

    def sorted(self) -> list[Article]:
        """Articles by title in Danish order (reader.collation: æ, ø, å last, numbers by value), then slug."""
        if self._sorted is None:
            self._sorted = by_title(self._by_slug.values())
        return list(self._sorted)

    def renamed(self) -> dict[str, str]:
        """slug ⇒ its file's own name (as a slug), for each article whose slug is not that name ("es-ryg" ⇐ "ryg")."""
        return {article.slug: name for name, articles in self._by_name.items() for article in articles
                if article.slug != name}

    def listing(self) -> Listing:
        """Every article's list fields in sorted() order, as columns (made once per library)."""
        if self._listing is None:
            articles = self.sorted()
            self._listing = Listing([a.slug for a in articles], [a.title for a in articles],
                                    [a.updated for a in articles], [a.review_by for a in articles],
                                    [a.source for a in articles])
        return self._listing

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level is Level.ERROR]

    def resolve_link(self, href: str, from_folder: Path | None = None) -> tuple[str, str] | None:
        """The (slug, anchor) an internal link points at, or None if it is not one of ours.

        A name shared by files in several folders resolves to the nearest one seen from from_folder (the
        linking article's folder): the same folder first, then the fewest steps up and down.

        "nervesmerter.md" ⇒ ("nervesmerter", "")
        "/ordbog/nervesmerter#behandling" ⇒ ("nervesmerter", "behandling")
        "Nervetryk i lænden.md" ⇒ ("nervetryk-i-laenden", "")
        "https://example.org/x" ⇒ None
        """
        from urllib.parse import unquote, urlsplit

        parts = urlsplit(href.strip())
        if parts.scheme and parts.scheme not in ("article", "slug"):
            return None
        if parts.netloc:
            return None
        path = unquote(parts.path).rstrip("/")
        anchor = unquote(parts.fragment)
        if not path:
            return None
        name = path.rsplit("/", 1)[-1]
        if name.lower().endswith(".md"):
            name = name[:-3]
        slug = slugify(name, fallback="")
        if not slug:
            return None
        candidates = self._by_name.get(slug, [])
        if candidates:
            if from_folder is None:
                plain = self._by_slug.get(slug)
                return (plain.slug if plain is not None else candidates[0].slug), anchor
            if not path.startswith("/") and "/" in path:
                target = os.path.normpath(from_folder / path)
                exact = [a for a in candidates if os.path.normpath(a.path.with_suffix("")) == target.removesuffix(".md")]
                if exact:
                    return exact[0].slug, anchor
            nearest = min(candidates, key=lambda a: (_folder_distance(from_folder, a.path.parent), a.slug != slug, a.slug))
            return nearest.slug, anchor
        if slug in self._by_slug:
            return slug, anchor
        return None
