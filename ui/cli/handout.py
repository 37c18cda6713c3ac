"""The `handout` subcommand: the same handout PDF as the dialog, written from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ui.cli import common as cli
from ui.cli.language import os_error_text, translate

if TYPE_CHECKING:
    from reader.articles import Library
    from reader.handout import HandoutItem

# reader.handout's PAPER_SIZES, here so that registering the subcommand does not import it (the renderer and
# Markdown, ~0.2 s, on every command); tests/ui/cli/test_cli_startup.py checks that they agree.
PAPER_SIZES = ("A4", "Letter")


def register(commands: cli.Subcommands) -> None:
    """Add `handout` to the subcommands."""
    parser = commands.add_parser(
        "handout", help=translate("Cli", "skriv en patientvejledning som PDF"),
        description=translate("Cli", "Skriv en vejledning med valgte artikler eller afsnit (SLUG eller SLUG#AFSNIT) som PDF."),
    )
    parser.add_argument("items", nargs="*", metavar="SLUG[#SECTION]", help=translate("Cli", "artikel, eller artikel#afsnit"))
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help=translate("Cli", "PDF-filen, der skal skrives"))
    parser.add_argument("--patient", default="", metavar="NAME", help=translate("Cli", "patientens navn (gemmes ingen steder); '-' læser det fra standard input, så det ikke havner i skallens historik"))
    parser.add_argument("--note", default=None, metavar="TEXT", help=translate("Cli", "en personlig note fra behandleren"))
    parser.add_argument("--date", default=None, metavar="DATE",
                        help=translate("Cli", "datoen på vejledningen: ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller DD/MM/ÅÅÅÅ (i dag, hvis udeladt)"))
    parser.add_argument("--large-print", action="store_true", help=translate("Cli", "stor skrift"))
    parser.add_argument("--qr", action="store_true", help=translate("Cli", "QR-kode til artiklens eller klinikkens hjemmeside"))
    parser.add_argument("--name-on-first-page-only", action="store_true",
                        help=translate("Cli", "patientens navn kun på første side (ellers også småt øverst på de næste)"))
    parser.add_argument("--paper", choices=PAPER_SIZES, default=None, help=translate("Cli", "papirstørrelse (A4, hvis udeladt)"))
    parser.add_argument("--template", default=None, metavar="NAME", help=translate("Cli", "start fra en gemt skabelon"))
    cli.articles_option(parser)


def _patient_from_stdin() -> str:
    """The patient's name from the first line of standard input (a prompt on a terminal), read no further than it may be.

    `printf '%s\\n' "$NAVN" | patient-reader handout … --patient -` keeps the name out of the shell's history
    and out of the process list.
    """
    from reader.handout import MAX_PATIENT  # start-up deferral: see run()

    stdin = sys.stdin
    if stdin is None:
        raise cli.UsageError("--patient -: der er ingen standard input at læse navnet fra")
    if stdin.isatty():
        print("Patientens navn: ", end="", file=sys.stderr, flush=True)
    try:
        buffer = getattr(stdin, "buffer", None)  # the bytes, read as UTF-8 whatever the locale
        line = buffer.readline(MAX_PATIENT * 4 + 2).decode("utf-8", "replace") if buffer else stdin.readline(MAX_PATIENT * 4 + 2)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise cli.UsageError(f"--patient -: navnet kunne ikke læses fra standard input ({error})") from None
    name = " ".join(line.replace("\x00", " ").split())
    if len(line) > MAX_PATIENT * 4 and not line.endswith("\n"):
        raise cli.UsageError(f"--patient er for langt (højst {MAX_PATIENT} tegn)")
    if not name:
        raise cli.UsageError("--patient -: standard input gav intet navn (skriv navnet på første linje)")
    return name


def run(args: argparse.Namespace) -> int:
    """Build the handout and write it atomically; bad input raises cli.UsageError (exit 2)."""
    # start-up deferral: reader.handout brings the renderer and Markdown (~0.2 s); only this command needs it
    from reader.handout import MAX_NOTE, MAX_PATIENT, Handout, HandoutError, HandoutItem, HandoutOptions, find_template

    settings = cli.read_settings()
    if args.patient == "-":
        args.patient = _patient_from_stdin()
    items = [HandoutItem.parse(text) for text in args.items]
    note = args.note
    every_page = not args.name_on_first_page_only
    options = HandoutOptions(large_print=args.large_print, qr=args.qr, paper=args.paper or "A4",
                             name_on_every_page=every_page)
    if args.template:
        template = find_template(settings.handout_templates, args.template)
        if template is None:
            names = ", ".join(f'"{t.get("name")}"' for t in settings.handout_templates if isinstance(t, dict))
            raise cli.UsageError(translate("Cli", "skabelonen \"{0}\" findes ikke (gemte skabeloner: {1})")
                                 .format(args.template, names or translate("Cli", "ingen")))
        items = [*template.items, *items]
        note = template.note if note is None else note
        options = HandoutOptions(
            large_print=args.large_print or template.options.large_print,
            qr=args.qr or template.options.qr,
            paper=args.paper or template.options.paper,
            name_on_every_page=every_page and template.options.name_on_every_page,
        )
    if len(args.patient) > MAX_PATIENT:
        raise cli.UsageError(translate("Cli", "--patient er for langt ({0} tegn; højst {1})").format(len(args.patient), MAX_PATIENT))
    if note is not None and len(note) > MAX_NOTE:
        raise cli.UsageError(translate("Cli", "--note er for lang ({0} tegn; højst {1})").format(len(note), MAX_NOTE))
    if not items:
        raise cli.UsageError(translate("Cli", "angiv mindst én artikel (SLUG eller SLUG#AFSNIT) eller --template"))
    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        raise cli.UsageError(translate("Cli", "--out skal være en .pdf-fil: {0}").format(out))
    if out.is_dir():
        raise cli.UsageError(translate("Cli", "--out er en mappe, ikke en fil: {0}").format(out))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise cli.UsageError(translate("Cli", "mappen findes ikke: {0}").format(folder))
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise cli.UsageError(translate("Cli", "der kan ikke skrives til {0}").format(out))
    date = _date(args.date) if args.date else None
    library = cli.load_library(args, settings)
    _check_items(items, library)
    try:
        handout = Handout(tuple(items), args.patient, date, note or "", options, settings.clinic)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        from ui.handout.printing import prepare, write_pdf

        layout = prepare(handout, library)
        for warning in layout.warnings:
            print("patient-reader: " + translate("Cli", "advarsel: {0}").format(_translated(warning)), file=sys.stderr)
        write_pdf(layout, out)
        del app
    except HandoutError as error:
        raise cli.UsageError(_translated(str(error))) from None
    except OSError as error:
        raise cli.UsageError(translate("Cli", "PDF-filen kunne ikke skrives ({0}): {1}").format(os_error_text(error), out)) from None
    pages = cli.count(layout.page_count, translate("Cli", "1 side"), translate("Cli", "{0} sider"))
    print(translate("Cli", "Skrev {0} ({1}).").format(out, pages), file=sys.stderr)
    return cli.EXIT_OK


def _date(text: str) -> dt.date:
    """--date in any accepted form; an impossible or unreadable date is a usage error that says which."""
    from reader.handout import HandoutError, ImpossibleDateError, parse_date  # start-up deferral: see run()

    try:
        return parse_date(text)
    except ImpossibleDateError:
        raise cli.UsageError(translate("Cli", "datoen {0} findes ikke i kalenderen (tjek dag og måned)").format(text)) from None
    except HandoutError:
        raise cli.UsageError(translate("Cli", "datoen {0} kan ikke læses; skriv den som ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller "
                                              "DD/MM/ÅÅÅÅ").format(text)) from None


def _check_items(items: list[HandoutItem], library: Library) -> None:
    """Every item names an article (and section) that exists; else a usage error with the nearest names."""
    from reader.handout import article_sections  # start-up deferral: see run()

    for item in items:
        article = library.get(item.slug)
        if article is None:
            near = nearest(item.slug, [a.slug for a in library.sorted()])
            text = translate("Cli", "artiklen \"{0}\" findes ikke.").format(item.slug)
            if near:
                text += " " + translate("Cli", "Mente du {0}?").format(_either(near))
            raise cli.UsageError(text + " " + translate("Cli", "Se alle med: patient-reader list"))
        if item.anchor is None:
            continue
        anchors = [s.anchor for s in article_sections(article) if s.anchor]
        if item.anchor not in anchors:
            near = nearest(item.anchor, anchors)
            text = translate("Cli", "artiklen \"{0}\" har intet afsnit \"{1}\".").format(item.slug, item.anchor)
            if near:
                text += " " + translate("Cli", "Mente du {0}?").format(_either([f"{item.slug}#{a}" for a in near]))
            raise cli.UsageError(text + " " + translate("Cli", "Afsnittene er: {0}.").format(", ".join(anchors) or "—"))


def _either(names: list[str]) -> str:
    """ "a", "a eller b", "a, b eller c" (in the chosen language)."""
    if len(names) < 2:
        return "".join(names)
    return translate("Cli", "{0} eller {1}").format(", ".join(names[:-1]), names[-1])


def nearest(word: str, names: list[str]) -> list[str]:
    """The names closest to a mistyped one: the best match and any as close (at most 3), none when nothing is near.

    ("nervetryk-i-laende", the bundled slugs) ⇒ ["nervetryk-i-laenden"];  ("knæ", …) ⇒ []
    """
    import difflib

    scored = sorted(((difflib.SequenceMatcher(None, word, name).ratio(), name) for name in names), reverse=True)
    if not scored or scored[0][0] < 0.6:
        return []
    return [name for score, name in scored[:3] if score >= scored[0][0] - 0.05]


def _translated(text: str) -> str:
    """A reader/ text (Danish) in the command line's language; Qt is loaded only now, on this rare path."""
    from ui.base.problem_text import translated

    return translated(text, translate)
