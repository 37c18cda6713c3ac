"""A document imported straight into the clinic folder as an article with its images: the headless entry point."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.article_images import IMAGE_FOLDER, place_image
from reader.authoring import ArticleForm, choose_path, compose_article, save_article
from reader.docimport import import_document


@dataclass(frozen=True)
class ImportReport:
    """What an import made (the article's path, slug, title, image files) and what it could not carry over."""

    path: Path
    slug: str
    title: str
    images: tuple[Path, ...]
    not_carried_over: tuple[str, ...]

    def lines(self) -> list[str]:
        """The report in plain Danish, one line per fact."""
        out = [f"Importeret: {self.title} ({self.path})"]
        out += [f"Billede: {image}" for image in self.images]
        out += [f"Ikke taget med: {line}" for line in self.not_carried_over]
        return out


def import_document_into(path: Path, clinic_folder: Path, *, taken_slugs: Iterable[str] = (),
                         today: dt.date | None = None) -> ImportReport:
    """Import a document (see reader.docimport) as a new article in `clinic_folder`, with its images.

    The article never replaces another: its slug avoids those in the clinic folder and `taken_slugs` (the
    library's). The document is read whole before anything is written; the images are written first and
    removed again if anything fails, and the article last, atomically. Raises DocumentError (nothing
    written) when the document cannot be read, OSError when the folder cannot be written.
    """
    document = import_document(path)
    target = choose_path(document.title, clinic_folder, taken_slugs)
    form = ArticleForm(title=document.title)
    compose_article(form, document.markdown)  # a FormError now, before any file is written
    written: list[Path] = []
    links: dict[str, str] = {}
    try:
        for image in document.images:
            link, created = place_image(image.data, f"{target.stem}-{image.name}", clinic_folder)
            links[image.name] = link
            if created:
                written.append(clinic_folder / link)
        save_article(form, relink_images(document.markdown, links), target, today=today)
    except BaseException:
        for image_path in written:
            with contextlib.suppress(OSError):
                image_path.unlink()
        raise
    images = tuple(dict.fromkeys(clinic_folder / link for link in links.values()))
    return ImportReport(target, target.stem, document.title, images, document.not_carried_over)


_IMAGE_LINK = re.compile(rf"\]\({IMAGE_FOLDER}/([^)\s]+)\)")


def relink_images(body: str, links: dict[str, str]) -> str:
    """The body with each image's import link ("billeder/billede-1.png") pointed at the file it was saved as,
    all in one pass (so billede-1 ⇒ billede-2 and billede-2 ⇒ billede-3 never chain)."""
    return _IMAGE_LINK.sub(lambda m: f"]({links.get(m.group(1), IMAGE_FOLDER + '/' + m.group(1))})", body)
