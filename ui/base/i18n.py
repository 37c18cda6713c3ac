"""The interface language: choosing it (--lang, setting, system locale) and loading the Qt translation."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from reader import paths

SOURCE_LANGUAGE = "da"
LANGUAGES = ("da", "en")
CATALOGUE = "patient_reader"

_current = SOURCE_LANGUAGE
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """The folder with `patient_reader_<lang>.ts` (and the `.qm` built from it at set-up)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "translations"
    return Path(__file__).resolve().parents[2] / "translations"


def choose_language(cli: str | None, setting: str = "", system: QLocale | None = None) -> str:
    """The language to show: the command line wins, then the setting, then the system locale, else Danish.

    ("en", "da") ⇒ "en";  (None, "en") ⇒ "en";  (None, "", English locale) ⇒ "en";  (None, "", German) ⇒ "da"
    """
    for candidate in (cli, setting):
        if candidate in LANGUAGES:
            return str(candidate)
    locale = system if system is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
        if code in ("nb", "nn", "no", "sv"):
            return SOURCE_LANGUAGE  # Scandinavians read Danish more easily than English
    return SOURCE_LANGUAGE


TITLE_DASH = " — "  # the one separator in window titles (Qt's own on Linux and Windows when it adds the name)


def app_name() -> str:
    """The program's name in the interface language: "Patientlæser" / "Patient Reader"."""
    return QCoreApplication.translate("App", "Patientlæser")


def window_title(*parts: str) -> str:
    """A window title that ends with the program's name: ("Nervetryk i lænden",) ⇒ "Nervetryk i lænden — Patientlæser"."""
    return TITLE_DASH.join([*(part for part in parts if part), app_name()])


def current_language() -> str:
    """The language the interface is shown in now ("da" or "en"); dates follow it."""
    return _current


class TsTranslator(QTranslator):
    """Reads a Qt Linguist `.ts` file directly: the fallback when no compiled `.qm` can be made."""

    def __init__(self, ts_file: Path) -> None:
        from ui.base.ts_catalogue import read_ts  # start-up deferral: xml.etree, only when no .qm can be made

        super().__init__()
        self._messages = read_ts(ts_file)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's API
        return not self._messages

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self._messages.get((context, source))  # type: ignore[return-value]  # None: not found (see below)


# Texts of Qt 6's own dialogs that Qt's Danish catalogue (qtbase_da.qm) still lacks: it has "Look in:", but Qt 6
# asks for "&Look in:". Consulted only when Qt's catalogue has no answer (installed before it, so asked after).
QT_DANISH_GAPS: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Kig i:",
    ("QFileDialog", "Files of &type:"): "Fil&type:",
}


class QtGapsTranslator(QTranslator):
    """The Danish for the few Qt texts qtbase_da.qm lacks (QT_DANISH_GAPS)."""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's API
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        # None, not "": PySide turns "" into an empty (found) translation, None into Qt's "not found".
        return QT_DANISH_GAPS.get((context, source))  # type: ignore[return-value]


def compiled_catalogue(lang: str) -> Path | None:
    """The `.qm` for a language: built at set-up next to the `.ts`, else compiled once into the cache."""
    ts_file = translations_dir() / f"{CATALOGUE}_{lang}.ts"
    built = ts_file.with_suffix(".qm")
    if built.is_file() and (not ts_file.is_file() or built.stat().st_mtime >= ts_file.stat().st_mtime):
        return built
    if not ts_file.is_file():
        return None
    cached = paths.cache_dir() / "translations" / built.name
    if cached.is_file() and cached.stat().st_mtime >= ts_file.stat().st_mtime:
        return cached
    import shutil  # start-up deferral: compiling the catalogue is a first run's (or a changed .ts's) work
    import subprocess

    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    if not Path(lrelease).is_file():
        return None
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([lrelease, "-silent", str(ts_file), "-qm", str(cached)], check=True, timeout=60,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return None
    return cached if cached.is_file() else None


def reset_language() -> None:
    """Remove every translator this module installed: back to the Danish source strings."""
    global _current
    if QCoreApplication.instance() is not None:
        for old in _installed:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    _current = SOURCE_LANGUAGE


def install_language(lang: str) -> bool:
    """Load the translation for lang into the running application; Danish needs none. True if it worked."""
    global _current
    reset_language()
    app = QCoreApplication.instance()
    if lang not in LANGUAGES or app is None:
        return False
    if lang == "da":  # installed first, so Qt asks it only when qtbase_da.qm has no answer
        gaps = QtGapsTranslator(app)
        QCoreApplication.installTranslator(gaps)
        _installed.append(gaps)
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(lang), "qtbase", "_", _qt_translations_dir()):
        QCoreApplication.installTranslator(qt_base)  # Qt's own buttons ("Annuller", "Cancel")
        _installed.append(qt_base)
    if lang == SOURCE_LANGUAGE:
        return True
    translator: QTranslator = QTranslator(app)
    qm = compiled_catalogue(lang)
    if qm is None or not translator.load(str(qm)):
        ts_file = translations_dir() / f"{CATALOGUE}_{lang}.ts"
        if not ts_file.is_file():
            return False
        try:
            translator = TsTranslator(ts_file)
        except (OSError, SyntaxError):  # ElementTree.ParseError is a SyntaxError
            return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    _current = lang
    return True


def _qt_translations_dir() -> str:
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def setup_language(cli: str | None, setting: str = "") -> str:
    """Choose and install the interface language before any window is built; returns the language shown."""
    lang = choose_language(cli, setting)
    shown = lang if install_language(lang) else SOURCE_LANGUAGE
    app = QCoreApplication.instance()
    if app is not None and hasattr(app, "setApplicationDisplayName"):  # Qt adds it to dialog titles
        app.setApplicationDisplayName(app_name())
    return shown
