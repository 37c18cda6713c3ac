"""Content packs: a zip of articles and images, checked whole, extracted to a temp folder and moved in."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 5_000
MAX_RATIO = 100  # uncompressed / compressed, for entries over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
MAX_IMAGE_BYTES = 20 * 1024 * 1024
ARTICLE_SUFFIXES = {".md"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp"}
_DRIVE = re.compile(r"^[A-Za-z]:")
# Names Windows cannot hold (packs travel to Windows clinics): its devices, with or without an extension,
# the characters it reserves, and a name ending in a dot or a space.
_WINDOWS_DEVICES = frozenset({"con", "prn", "aux", "nul", "conin$", "conout$",
                              *(f"{port}{n}" for port in ("com", "lpt") for n in (*"123456789", "¹", "²", "³"))})
_WINDOWS_RESERVED = re.compile(r'[<>:"|?*]')


class PackRefusedError(Exception):
    """The whole pack was refused; the message says why in plain Danish. Nothing was written."""


@dataclass
class ImportSummary:
    """What an import did: relative paths added and replaced, and (path, reason) skipped."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The summary in plain Danish, one line per fact."""
        out = [f"{len(self.added)} tilføjet, {len(self.replaced)} erstattet, {len(self.skipped)} sprunget over."]
        out += [f"Tilføjet: {name}" for name in self.added]
        out += [f"Erstattet: {name}" for name in self.replaced]
        out += [f"Sprunget over: {name} ({reason})" for name, reason in self.skipped]
        return out


@dataclass(frozen=True)
class _Entry:
    info: zipfile.ZipInfo
    relative: PurePosixPath


def _entry_kind(info: zipfile.ZipInfo) -> str:
    """ "dir", "file", "link" or "special" from the zip's Unix mode bits (when the zip has them)."""
    mode = info.external_attr >> 16
    if info.is_dir():
        return "dir"
    if mode and stat.S_ISLNK(mode):
        return "link"
    if mode and stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
        return "special"
    return "file"


def _real_name(info: zipfile.ZipInfo) -> str:
    """The entry's name; UTF-8 names stored without the UTF-8 flag (many zip tools) are not left as cp437 mojibake.

    "Ã˜velser.md" (UTF-8 bytes read as cp437) ⇒ "Øvelser.md"
    """
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _clean_name(raw: str) -> PurePosixPath:
    """An entry name checked and normalised (NFC, so Mac-made packs give the same æøå names); refuses escapes."""
    shown = raw[:120]
    if "\\" in raw:
        raise PackRefusedError(f"Pakken indeholder et Windows-filnavn med \\ ({shown}); hele pakken er afvist.")
    if _DRIVE.match(raw):
        raise PackRefusedError(f"Pakken indeholder et filnavn med drevbogstav ({shown}); hele pakken er afvist.")
    if raw.startswith("/"):
        raise PackRefusedError(f"Pakken indeholder en absolut sti ({shown}); hele pakken er afvist.")
    if "\x00" in raw or any(ord(ch) < 32 for ch in raw):
        raise PackRefusedError("Pakken indeholder et filnavn med kontroltegn; hele pakken er afvist.")
    path = PurePosixPath(unicodedata.normalize("NFC", raw))
    if ".." in path.parts:
        raise PackRefusedError(f"Pakken indeholder en sti med '..' ({shown}), der peger ud af mappen; hele pakken er afvist.")
    for part in path.parts:
        if _windows_refuses(part):
            raise PackRefusedError(f"Pakken indeholder et navn, som Windows ikke kan gemme ({part[:120]}); hele pakken er "
                                   "afvist. Omdøb filen (undgå CON, AUX, NUL, COM1, LPT1 og tegnene < > : \" | ? *).")
    return path


def _windows_refuses(part: str) -> bool:
    """A file or folder name Windows cannot hold.

    "CON.md", "aux.md", "nul", "COM1.md", "lpt1.txt.md" ⇒ True;  "a.md:evil.md", "x?.md", "navn." ⇒ True
    "console.md", "Øvelser.md" ⇒ False
    """
    if _WINDOWS_RESERVED.search(part) or part.endswith((".", " ")):
        return True
    return part.split(".", 1)[0].rstrip(" ").casefold() in _WINDOWS_DEVICES


def inspect(pack: zipfile.ZipFile) -> tuple[list[_Entry], list[tuple[str, str]]]:
    """The entries to take and those skipped (with why); raises PackRefusedError for anything unsafe."""
    infos = pack.infolist()
    if len(infos) > MAX_ENTRIES:
        raise PackRefusedError(f"Pakken har {len(infos)} filer; højst {MAX_ENTRIES} er tilladt.")
    total = 0
    seen: dict[str, str] = {}
    candidates: list[_Entry] = []
    skipped: list[tuple[str, str]] = []
    for info in infos:
        path = _clean_name(_real_name(info))
        kind = _entry_kind(info)
        if kind == "link":
            raise PackRefusedError(f"Pakken indeholder et link ({info.filename[:120]}); hele pakken er afvist.")
        if kind == "special":
            raise PackRefusedError(f"Pakken indeholder en enhedsfil eller pipe ({info.filename[:120]}); hele pakken er afvist.")
        if info.flag_bits & 0x1:
            raise PackRefusedError("Pakken er krypteret (har adgangskode); den kan ikke importeres.")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackRefusedError(f"Pakken fylder over {MAX_TOTAL_BYTES // 1_048_576} MB udpakket; den er afvist.")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise PackRefusedError(f"Pakken ligner en 'zip-bombe' ({info.filename[:120]} pakker ud til over "
                              f"{MAX_RATIO} gange sin størrelse); den er afvist.")
        if kind == "dir" or not path.parts:
            continue
        folded = str(path).casefold()
        if folded in seen:
            raise PackRefusedError(f"Pakken har to filer, hvis navne kun adskiller sig ved store og små bogstaver "
                              f"({seen[folded]} og {path}); hele pakken er afvist.")
        seen[folded] = str(path)
        candidates.append(_Entry(info, path))
    candidates = _strip_common_folder(candidates)
    taken: list[_Entry] = []
    for entry in candidates:
        name = str(entry.relative)
        suffix = entry.relative.suffix.lower()
        if any(part.startswith(".") for part in entry.relative.parts) or entry.relative.parts[0] == "__MACOSX":
            skipped.append((name, "skjult fil eller systemfil"))
        elif suffix in ARTICLE_SUFFIXES:
            if entry.info.file_size > MAX_ARTICLE_BYTES:
                skipped.append((name, f"artiklen er over {MAX_ARTICLE_BYTES // 1_048_576} MB"))
            else:
                taken.append(entry)
        elif suffix in IMAGE_SUFFIXES:
            if entry.info.file_size > MAX_IMAGE_BYTES:
                skipped.append((name, f"billedet er over {MAX_IMAGE_BYTES // 1_048_576} MB"))
            else:
                taken.append(entry)
        else:
            skipped.append((name, "kun Markdown-artikler (.md) og billeder tages med"))
    if not any(e.relative.suffix.lower() in ARTICLE_SUFFIXES for e in taken):
        raise PackRefusedError("Pakken indeholder ingen artikler (.md-filer).")
    return taken, skipped


def _strip_common_folder(entries: list[_Entry]) -> list[_Entry]:
    """A pack made by zipping a folder ("artikler/x.md", "artikler/y.md") is taken as its contents."""
    real = [e for e in entries if e.relative.parts[0] != "__MACOSX"]
    tops = {e.relative.parts[0] for e in real}
    if len(tops) == 1 and all(len(e.relative.parts) > 1 for e in real):
        return [_Entry(e.info, PurePosixPath(*e.relative.parts[1:])) if e in real else e for e in entries]
    return entries


def _extract_one(pack: zipfile.ZipFile, entry: _Entry, destination: Path) -> None:
    """Copy one entry's bytes, never more than the size it declared (a lying header cannot fill the disk)."""
    limit = entry.info.file_size
    written = 0
    destination.parent.mkdir(parents=True, exist_ok=True)
    with pack.open(entry.info) as source, open(destination, "xb") as target:
        while chunk := source.read(1 << 16):
            written += len(chunk)
            if written > limit:
                raise PackRefusedError(f"{entry.relative} er større end pakken oplyser; pakken er afvist.")
            target.write(chunk)


def import_pack(pack_path: Path, target: Path) -> ImportSummary:
    """Import a pack into target: check everything first, extract to a temp folder beside target, then move in.

    Raises PackRefusedError (nothing written) for an unsafe or unreadable pack.
    """
    try:
        pack = zipfile.ZipFile(pack_path)
    except FileNotFoundError:
        raise PackRefusedError(f"Filen findes ikke: {pack_path}") from None
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise PackRefusedError(f"Filen er ikke en gyldig zip-fil ({error}).") from None
    with pack:
        try:
            taken, skipped = inspect(pack)
        except (ValueError, OSError, zipfile.BadZipFile) as error:
            raise PackRefusedError(f"Pakken kan ikke læses ({error}).") from None
        try:
            target.mkdir(parents=True, exist_ok=True)
            root = target.resolve()
            staging = _staging_folder(root)
        except OSError as error:
            raise PackRefusedError(_cannot_write(target, error)) from None
        try:
            for entry in taken:
                destination = staging.joinpath("new", *entry.relative.parts)
                try:
                    _extract_one(pack, entry, destination)
                except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
                    raise PackRefusedError(f"{entry.relative} kunne ikke pakkes ud ({error}); intet er importeret.") from None
            summary = ImportSummary(skipped=skipped)
            try:
                _move_in(staging, root, [e.relative for e in taken], summary)
            except PermissionError as error:
                raise PackRefusedError(_cannot_write(target, error)) from None
            except OSError as error:
                raise PackRefusedError(f"Filerne kunne ikke flyttes ind i artikelmappen ({error.strerror or error}); "
                                  "intet er importeret.") from None
            return summary
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _staging_folder(root: Path) -> Path:
    """A temp folder beside root (out of sight of the folder's watcher), else a hidden one inside it.

    A writable clinic folder may sit in a read-only one (a share mounted under /mnt, a locked-down profile):
    the hidden folder is on the same drive, so the files still move in whole, and the walk skips it.
    """
    try:
        return Path(tempfile.mkdtemp(prefix=".artikelimport-", dir=root.parent))
    except OSError:
        return Path(tempfile.mkdtemp(prefix=".artikelimport-", dir=root))


def _cannot_write(target: Path, error: OSError) -> str:
    if isinstance(error, PermissionError):
        return (f"Artikelmappen {target} kan ikke skrives (ingen adgang); intet er importeret. "
                "Vælg en mappe, du må skrive i, eller bed om skriveadgang.")
    return f"Artikelmappen {target} kan ikke skrives ({error.strerror or error}); intet er importeret."


def _move_in(staging: Path, root: Path, names: list[PurePosixPath], summary: ImportSummary) -> None:
    """Move the extracted files into root; on any failure, undo the moves and restore replaced files."""
    done: list[tuple[Path, Path | None]] = []  # (placed file, backup of what it replaced)
    try:
        for index, name in enumerate(names):
            destination = root.joinpath(*name.parts)
            parent = destination.parent
            parent.mkdir(parents=True, exist_ok=True)
            if not parent.resolve().is_relative_to(root):
                raise PackRefusedError(f"{name} ville ende uden for artikelmappen (via et link); intet er importeret.")
            backup: Path | None = None
            if destination.is_symlink() or destination.is_dir():
                raise PackRefusedError(f"{name} findes allerede som mappe eller link i artikelmappen; intet er importeret.")
            if destination.exists():
                backup = staging / "old" / str(index)
                backup.parent.mkdir(parents=True, exist_ok=True)
                os.replace(destination, backup)
            os.replace(staging.joinpath("new", *name.parts), destination)
            done.append((destination, backup))
            (summary.replaced if backup else summary.added).append(str(name))
    except BaseException:
        for placed, backup in reversed(done):
            with contextlib.suppress(OSError):
                if backup is not None:
                    os.replace(backup, placed)
                else:
                    placed.unlink()
        summary.added.clear()
        summary.replaced.clear()
        raise
