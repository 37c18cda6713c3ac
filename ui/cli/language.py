"""The command line's language: its own texts, argparse's texts and the system's error texts, in Danish or English."""

from __future__ import annotations

import argparse
import errno
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from ui.base.ts_catalogue import read_ts

CONTEXT = "Cli"
SOURCE_LANGUAGE = "da"
_catalogue: dict[tuple[str, str], str] = {}
_lang = SOURCE_LANGUAGE

# argparse's own texts (Python 3.11) in Danish; English needs nothing, it is argparse's source language.
ARGPARSE_DANISH = {
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "show this help message and exit": "vis denne hjælp og afslut",
    "the following arguments are required: %s": "disse argumenter mangler: %s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "invalid %(type)s value: %(value)r": "ugyldig værdi (%(type)s): %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldigt valg: %(value)r (vælg mellem %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "expected one argument": "der skal stå én værdi efter",
    "expected at most one argument": "der må højst stå én værdi efter",
    "expected at least one argument": "der skal stå mindst én værdi efter",
    "expected %s argument": "der skal stå %s værdi efter",
    "expected %s arguments": "der skal stå %s værdier efter",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydigt tilvalg: %(option)s kan betyde %(matches)s",
    "not allowed with argument %s": "kan ikke bruges sammen med %s",
    "ignored explicit argument %r": "værdien %r gives ikke til dette tilvalg",
    "one of the arguments %s is required": "et af argumenterne %s skal angives",
    "unexpected option string: %s": "uventet tilvalg: %s",
    "can't open '%(filename)s': %(error)s": "kan ikke åbne '%(filename)s': %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "ukendt kommando %(parser_name)r (vælg mellem %(choices)s)",
}

# The system's error texts (strerror is English in the C library's default locale).
OS_ERRORS_DANISH = {
    errno.ENOENT: "filen eller mappen findes ikke",
    errno.EACCES: "ingen adgang",
    errno.EPERM: "handlingen er ikke tilladt",
    errno.EISDIR: "det er en mappe",
    errno.ENOTDIR: "en del af stien er ikke en mappe",
    errno.ENOSPC: "der er ikke mere plads på drevet",
    errno.EROFS: "drevet er skrivebeskyttet",
    errno.EEXIST: "findes allerede",
    errno.ENAMETOOLONG: "filnavnet er for langt",
    errno.EIO: "læse- eller skrivefejl på drevet",
    errno.ELOOP: "for mange links i stien",
    errno.EBUSY: "filen er i brug",
    errno.EINVAL: "ugyldig værdi",
}


def translate(context: str, text: str) -> str:
    """text in the chosen language (the Danish source when Danish is chosen or no translation exists)."""
    if _lang == SOURCE_LANGUAGE:
        return text
    return _catalogue.get((context, text)) or text


def tr(text: str) -> str:
    """A command-line text (context "Cli"); call sites use translate("Cli", …) so lupdate finds them."""
    return translate(CONTEXT, text)


def language() -> str:
    """The language the command line speaks now."""
    return _lang


def set_language(lang: str) -> str:
    """Speak lang from now on; falls back to Danish when its catalogue cannot be read. Returns the language set."""
    global _lang
    _catalogue.clear()
    _lang = SOURCE_LANGUAGE
    if lang == SOURCE_LANGUAGE:
        return _lang
    from ui.base import i18n  # only when English is asked for: it loads Qt

    if lang not in i18n.LANGUAGES:
        return _lang
    try:
        _catalogue.update(read_ts(i18n.translations_dir() / f"{i18n.CATALOGUE}_{lang}.ts"))
    except (OSError, SyntaxError):  # ElementTree.ParseError is a SyntaxError
        return _lang
    _lang = lang
    return _lang


def lang_in(argv: Sequence[str]) -> str | None:
    """The value of --lang anywhere on the command line (before or after the subcommand), else None.

    ["list", "--lang", "en"] ⇒ "en";  ["--lang=da", "check"] ⇒ "da";  ["search", "--", "--lang"] ⇒ None
    """
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


def os_error_text(error: OSError) -> str:
    """What went wrong, in the chosen language: "filen eller mappen findes ikke" / "No such file or directory"."""
    if _lang == SOURCE_LANGUAGE and error.errno in OS_ERRORS_DANISH:
        return OS_ERRORS_DANISH[error.errno]
    return error.strerror or str(error)


@contextmanager
def argparse_texts() -> Iterator[None]:
    """While parsing, argparse speaks the chosen language (it looks its texts up through gettext at run time)."""
    if _lang != SOURCE_LANGUAGE:
        yield
        return
    module = argparse
    saved: tuple[Callable[[str], str], Callable[[str, str, int], str]] = (module._, module.ngettext)  # type: ignore[attr-defined]

    def gettext(text: str) -> str:
        return ARGPARSE_DANISH.get(text, text)

    def ngettext(one: str, many: str, n: int) -> str:
        return gettext(one if n == 1 else many)

    module._ = gettext  # type: ignore[attr-defined]
    module.ngettext = ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        module._, module.ngettext = saved  # type: ignore[attr-defined]
