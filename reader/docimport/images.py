"""Images taken out of a document: file names by type, the per-document and per-image limits."""

from __future__ import annotations

from reader.docimport.model import MAX_IMAGE_BYTES, MAX_IMAGES, DocumentError, ImportedImage, Notes

SUFFIX_BY_TYPE = {
    "image/png": ".png", "image/jpeg": ".jpg", "image/jpg": ".jpg", "image/gif": ".gif", "image/webp": ".webp",
    "image/bmp": ".bmp", "image/svg+xml": ".svg",
}
TYPE_BY_SUFFIX = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
                  ".webp": "image/webp", ".bmp": "image/bmp", ".svg": "image/svg+xml"}

LOST_FORMAT = "Et billede i formatet {kind} kan ikke vises i artikler og er ikke taget med (gem det som PNG eller JPEG)."
LOST_TOO_BIG = "Et billede er større end {mb} og er ikke taget med."


class ImageStore:
    """Collects a document's images as billede-1.png, billede-2.jpg …; returns the body's link for each."""

    def __init__(self, notes: Notes) -> None:
        self._notes = notes
        self.images: list[ImportedImage] = []

    @property
    def names(self) -> set[str]:
        return {image.name for image in self.images}

    def add(self, data: bytes, content_type: str, alt: str = "") -> str:
        """The link "billeder/<name>" for the image, or "" when it is left out (with a note)."""
        suffix = SUFFIX_BY_TYPE.get(content_type.lower())
        if suffix is None:
            self._notes.add(LOST_FORMAT.format(kind=content_type.split("/")[-1].upper() or "ukendt"))
            return ""
        if len(data) > MAX_IMAGE_BYTES:
            self._notes.add(LOST_TOO_BIG.format(mb=f"{MAX_IMAGE_BYTES / (1024 * 1024):g} MB"))
            return ""
        if len(self.images) >= MAX_IMAGES:
            raise DocumentError(f"Dokumentet har for mange billeder (over {MAX_IMAGES}).")
        name = f"billede-{len(self.images) + 1}{suffix}"
        self.images.append(ImportedImage(name, data, " ".join(alt.split())))
        return f"billeder/{name}"
