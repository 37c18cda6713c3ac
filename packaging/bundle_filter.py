"""What goes into the PyInstaller bundle: the app's data files, and the Qt parts the app does not use, left out.

Used by build.spec; every function takes and returns plain lists of PyInstaller TOC tuples
(destination name, source path, type code), so it can be read and tested without PyInstaller.
"""

from __future__ import annotations

import importlib.util
import plistlib
import sys
from collections.abc import Iterable
from pathlib import Path, PurePath

Entry = tuple[str, str, str]

# The PySide6 modules the app imports; every other Qt module is excluded.
USED_PYSIDE6 = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"}


def _pyside6_modules() -> list[str]:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(next(iter(spec.submodule_search_locations)))
    names = {p.name.split(".")[0] for p in folder.iterdir() if p.name.startswith("Qt") and p.suffix in (".so", ".pyd", ".pyi")}
    return sorted(names)


UNUSED_PYSIDE6_MODULES = [f"PySide6.{name}" for name in _pyside6_modules() if name not in USED_PYSIDE6]

# Qt plugins: folder ⇒ file-name fragments to keep (None: keep the whole folder). Folders not listed are dropped.
KEEP_PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qminimal.", "qwindows", "qcocoa", "qdirect2d"),
    "platformthemes": None,  # the desktop's file dialogs and colours (GTK, portal)
    "platforminputcontexts": ("compose", "ibus"),  # dead keys and input methods; not the virtual keyboard
    "imageformats": ("qgif", "qjpeg", "qsvg", "qico", "qwebp"),  # article images and clinic logos
    "iconengines": None,  # SVG theme icons
    "printsupport": None,  # printers (CUPS on Linux)
    "styles": None,  # the native look on Windows and macOS
    "wayland-decoration-client": None,
    "wayland-shell-integration": ("xdg-shell",),
    # Not "xcbglintegrations" nor "wayland-graphics-integration-client": they give X11/Wayland windows an OpenGL
    # context, which only QOpenGLWidget/Qt Quick ask for; the app's widgets paint in software (raster), and
    # without them QtOpenGL (0.7 MB) is left out too.
}

# Linux system libraries every desktop has (the AppImage convention): taken from the machine, never bundled,
# so the bundle does not fight the desktop's own GTK/GLib/X11 (and the printing stack comes with CUPS).
SYSTEM_LIBRARIES = (
    "libglib-2.0", "libgio-2.0", "libgobject-2.0", "libgmodule-2.0", "libgthread-2.0", "libX11", "libXau",
    "libXdmcp", "libXext", "libXrender", "libxcb", "libxkbcommon", "libfontconfig", "libfreetype", "libharfbuzz",
    "libpng16", "libdbus-1", "libsystemd", "libcups", "libgnutls", "libkrb5", "libk5crypto", "libgssapi",
    "libcom_err", "libkeyutils", "libp11-kit", "libgcrypt", "libgpg-error", "libunistring", "libidn2", "libtasn1",
    "libnettle", "libhogweed", "libgmp", "libcairo", "libpango", "libpixman", "libmount", "libblkid",
    "libselinux", "libpcre2", "libwayland", "libavahi", "libatk", "libgdk", "libgtk", "libdrm", "libgbm",
    "libEGL", "libGL", "libGLX", "libGLdispatch", "libOpenGL", "liblz4", "liblzma", "libzstd", "libcap", "libbrotli",
    "libexpat", "libfribidi", "libthai", "libdatrie", "libgraphite2", "libjpeg", "libwebp", "libuuid", "libbsd",
    "libmd", "libresolv", "libz.", "libstdc++", "libgcc_s", "libcrypt.",
)

# Qt's own translations: only the languages the app ships (the dialogs' buttons in Danish).
APP_LANGUAGES = ("da", "en")
QT_CATALOGUES = ("qtbase", "qt")


class BundleError(SystemExit):
    """The build cannot go on (an empty articles folder, say): stops PyInstaller with the message."""


def app_datas(root: Path) -> list[tuple[str, str]]:
    """The app's data files as (source, destination folder) pairs; fails the build when no article is found."""
    articles = root / "resources" / "articles"
    if not articles.is_dir() or not any(articles.rglob("*.md")):
        raise BundleError(f"build.spec: no articles in {articles}: the bundle would be empty")
    pairs: list[tuple[str, str]] = []
    for path in sorted((root / "resources").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith("."):
            pairs.append((str(path), str(path.parent.relative_to(root))))
    translations = sorted((root / "translations").glob("*.qm"))
    if not translations:
        print("build.spec: warning: no translations/*.qm (run `make bundle`, which builds them)", file=sys.stderr)
    for path in [*translations, *sorted((root / "translations").glob("*.ts"))]:
        pairs.append((str(path), "translations"))
    return pairs


def _plugin_kept(parts: tuple[str, ...]) -> bool:
    if "plugins" not in parts:
        return True
    index = parts.index("plugins")
    if len(parts) <= index + 2:
        return True
    folder, name = parts[index + 1], parts[-1]
    if folder not in KEEP_PLUGINS:
        return False
    wanted = KEEP_PLUGINS[folder]
    return wanted is None or any(fragment in name for fragment in wanted)


def _is_prunable_library(dest: str) -> bool:
    """A Qt or ICU shared library that is only there because something links it (not a Python module)."""
    name = PurePath(dest).name
    if name.endswith((".pyd", ".abi3.so")) or ".cpython-" in name or "plugins" in PurePath(dest).parts:
        return False
    return name.startswith(("libQt6", "Qt6", "libicu", "icu"))


def _needed(path: str) -> set[str]:
    from PyInstaller.depend import bindepend

    try:
        return {PurePath(name).name for name, _ in bindepend.get_imports(path)}
    except Exception:
        return {"*"}


def _system_library(dest: str) -> bool:
    return sys.platform.startswith("linux") and "/" not in dest and dest.startswith(SYSTEM_LIBRARIES)


def keep_binaries(binaries: Iterable[Entry], root: Path) -> list[Entry]:
    """Drop unused Qt plugins, then every Qt/ICU library nothing left links to; swap in the trimmed ICU data."""
    entries = [e for e in binaries if _plugin_kept(PurePath(e[0]).parts) and not _system_library(e[0])]
    if sys.platform != "darwin":  # macOS frameworks are linked by @rpath names: keep them all there
        candidates = {PurePath(e[0]).name: e for e in entries if _is_prunable_library(e[0])}
        reached: set[str] = set()
        queue = [e for e in entries if PurePath(e[0]).name not in candidates]
        while queue:
            needed = _needed(queue.pop()[1])
            if "*" in needed:
                reached = set(candidates)
                break
            for name in needed & (set(candidates) - reached):
                reached.add(name)
                queue.append(candidates[name])
        entries = [e for e in entries if PurePath(e[0]).name not in candidates or PurePath(e[0]).name in reached]
    trimmed = {p.name: str(p) for p in (root / "build" / "icu").glob("libicudata*")}  # packaging/trim_icu.py
    return [(d, trimmed.get(PurePath(d).name, s), t) for d, s, t in entries]


def remove_dangling_links(folder: Path) -> list[str]:
    """Remove the links COLLECT made to libraries that keep_binaries left out; their names."""
    removed = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() and not path.exists():
            path.unlink()
            removed.append(str(path.relative_to(folder)))
    return removed


def keep_datas(datas: Iterable[Entry]) -> list[Entry]:
    """Drop Qt's translations for languages the app does not ship, and Qt's other catalogues."""
    kept: list[Entry] = []
    for entry in datas:
        parts = PurePath(entry[0]).parts
        if "translations" in parts and "PySide6" in parts and parts[-1].endswith(".qm"):
            stem = parts[-1][: -len(".qm")]
            catalogue, _, language = stem.partition("_")
            if catalogue not in QT_CATALOGUES or language.split("_")[0] not in APP_LANGUAGES:
                continue
        kept.append(entry)
    return kept


def windows_version_file(root: Path, version: str) -> str:
    """packaging/windows/version_info.txt with the version filled in, written to build/; its path."""
    numbers = [int(part) for part in version.split(".")[:4] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    template = (root / "packaging" / "windows" / "version_info.txt").read_text("utf-8")
    text = template.replace("@VERSION_TUPLE@", ", ".join(map(str, numbers))).replace("@VERSION@", version)
    out = root / "build" / "version_info.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, "utf-8")
    return str(out)


def macos_info_plist(root: Path, version: str) -> dict[str, object]:
    """packaging/macos/Info.plist's keys, with the version filled in."""
    with (root / "packaging" / "macos" / "Info.plist").open("rb") as handle:
        values: dict[str, object] = plistlib.load(handle)
    values["CFBundleShortVersionString"] = version
    values["CFBundleVersion"] = version
    return values


def strip_binaries(folder: Path) -> int:
    """Remove debug symbols from the bundle's ELF files (Linux); returns the bytes saved.

    Shared libraries and extension modules lose their local symbol table too (`--strip-unneeded`, what Debian
    does to its libraries: what the dynamic linker needs stays), 3.5 MB; the launcher only its debug symbols.
    Libraries that a wheel vendors in a `<package>.libs` folder (PyPI numpy's OpenBLAS) are left alone: they were
    rewritten by auditwheel/patchelf, and stripping them breaks their program headers ("ELF load command
    address/offset not page-aligned").
    """
    import shutil
    import subprocess

    tool = shutil.which("strip")
    if tool is None:
        return 0
    saved = 0
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file() or any(part.endswith(".libs") for part in path.parts):
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        before = path.stat().st_size
        how = "--strip-unneeded" if ".so" in path.name else "--strip-debug"
        if subprocess.run([tool, how, str(path)], capture_output=True).returncode == 0:
            saved += before - path.stat().st_size
    return saved
