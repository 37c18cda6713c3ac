"""Images of the clinic's articles: copied into the clinic folder's billeder/ under unique, safe names."""

from __future__ import annotations

from pathlib import Path

from reader.atomic import write_bytes
from reader.slug import slugify

IMAGE_FOLDER = "billeder"
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg"})
MAX_IMAGE_BYTES = 20 * 1024 * 1024


class ImageError(ValueError):
    """The image cannot be added; the message says why in Danish."""


def safe_image_name(name: str) -> str:
    """A file name that is safe on every system: "Knæ øvelse (1).PNG" ⇒ "knae-oevelse-1.png"."""
    path = Path(name.replace("\\", "/").rsplit("/", 1)[-1])
    suffix = path.suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        raise ImageError(f"«{path.name}» er ikke et billede, artikler kan vise (PNG, JPEG, GIF, WebP, BMP eller SVG).")
    return slugify(path.stem, fallback="billede") + (".jpg" if suffix == ".jpeg" else suffix)


def store_image(data: bytes, name: str, clinic_folder: Path) -> str:
    """Write the image into <clinic>/billeder/ atomically and return the article's link "billeder/<name>".

    The name is made safe and unique (knae.png, knae-2.png …); the very same image saved before under the
    same name is not copied twice.
    """
    return place_image(data, name, clinic_folder)[0]


def place_image(data: bytes, name: str, clinic_folder: Path) -> tuple[str, bool]:
    """store_image, also saying whether a new file was written (False: the same image was already there)."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageError(f"Billedet er for stort (højst {MAX_IMAGE_BYTES // (1024 * 1024)} MB).")
    safe = safe_image_name(name)
    folder = clinic_folder / IMAGE_FOLDER
    stem, suffix = safe.rsplit(".", 1)
    candidate = safe
    number = 2
    while (folder / candidate).exists():
        if (folder / candidate).is_file() and (folder / candidate).read_bytes() == data:
            return f"{IMAGE_FOLDER}/{candidate}", False
        candidate = f"{stem}-{number}.{suffix}"
        number += 1
    write_bytes(folder / candidate, data)
    return f"{IMAGE_FOLDER}/{candidate}", True


def add_image(source: Path, clinic_folder: Path) -> str:
    """Copy an image file into the clinic folder's billeder/ and return its relative link (see store_image)."""
    safe_image_name(source.name)
    try:
        if source.stat().st_size > MAX_IMAGE_BYTES:
            raise ImageError(f"Billedet er for stort (højst {MAX_IMAGE_BYTES // (1024 * 1024)} MB).")
        data = source.read_bytes()
    except OSError as error:
        raise ImageError(f"Billedet kan ikke læses: {error.strerror or error}.") from None
    return store_image(data, source.name, clinic_folder)
