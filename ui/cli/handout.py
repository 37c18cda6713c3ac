"""The `handout` subcommand: the same handout PDF as the dialog, written from the command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from reader.handout import (
    MAX_NOTE,
    MAX_PATIENT,
    PAPER_SIZES,
    Handout,
    HandoutError,
    HandoutItem,
    HandoutOptions,
    find_template,
    parse_date,
)
from ui.cli import common as cli


def register(commands: cli.Subcommands) -> None:
    """Add `handout` to the subcommands."""
    parser = commands.add_parser(
        "handout", help="skriv en patientvejledning som PDF",
        description="Skriv en vejledning med valgte artikler eller afsnit (SLUG eller SLUG#AFSNIT) som PDF.",
    )
    parser.add_argument("items", nargs="*", metavar="SLUG[#SECTION]", help="artikel, eller artikel#afsnit")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="PDF-filen, der skal skrives")
    parser.add_argument("--patient", default="", metavar="NAME",
                        help="patientens navn (gemmes ingen steder); '-' læser det fra standard input, "
                             "så det ikke havner i skallens historik")
    parser.add_argument("--note", default=None, metavar="TEXT", help="en personlig note fra behandleren")
    parser.add_argument("--date", default=None, metavar="YYYY-MM-DD", help="datoen på vejledningen (i dag, hvis udeladt)")
    parser.add_argument("--large-print", action="store_true", help="stor skrift")
    parser.add_argument("--qr", action="store_true", help="QR-kode til artiklens eller klinikkens hjemmeside")
    parser.add_argument("--paper", choices=PAPER_SIZES, default=None, help="papirstørrelse (A4, hvis udeladt)")
    parser.add_argument("--template", default=None, metavar="NAME", help="start fra en gemt skabelon")
    cli.articles_option(parser)


def _patient_from_stdin() -> str:
    """The patient's name from the first line of standard input (a prompt on a terminal), read no further than it may be.

    `printf '%s\\n' "$NAVN" | patient-reader handout … --patient -` keeps the name out of the shell's history
    and out of the process list.
    """
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
    settings = cli.read_settings()
    if args.patient == "-":
        args.patient = _patient_from_stdin()
    items = [HandoutItem.parse(text) for text in args.items]
    note = args.note
    options = HandoutOptions(large_print=args.large_print, qr=args.qr, paper=args.paper or "A4")
    if args.template:
        template = find_template(settings.handout_templates, args.template)
        if template is None:
            names = ", ".join(f'"{t.get("name")}"' for t in settings.handout_templates if isinstance(t, dict)) or "ingen"
            raise cli.UsageError(f"skabelonen \"{args.template}\" findes ikke (gemte skabeloner: {names})")
        items = [*template.items, *items]
        note = template.note if note is None else note
        options = HandoutOptions(
            large_print=args.large_print or template.options.large_print,
            qr=args.qr or template.options.qr,
            paper=args.paper or template.options.paper,
        )
    if len(args.patient) > MAX_PATIENT:
        raise cli.UsageError(f"--patient er for langt ({len(args.patient)} tegn; højst {MAX_PATIENT})")
    if note is not None and len(note) > MAX_NOTE:
        raise cli.UsageError(f"--note er for lang ({len(note)} tegn; højst {MAX_NOTE})")
    if not items:
        raise cli.UsageError("angiv mindst én artikel (SLUG eller SLUG#AFSNIT) eller --template")
    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        raise cli.UsageError(f"--out skal være en .pdf-fil: {out}")
    if out.is_dir():
        raise cli.UsageError(f"--out er en mappe, ikke en fil: {out}")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise cli.UsageError(f"mappen findes ikke: {folder}")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise cli.UsageError(f"der kan ikke skrives til {out}")
    try:
        date = parse_date(args.date) if args.date else None
        library = cli.load_library(args, settings)
        handout = Handout(tuple(items), args.patient, date, note or "", options, settings.clinic)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        from ui.handout.printing import prepare, write_pdf

        layout = prepare(handout, library)
        for warning in layout.warnings:
            print(f"patient-reader: advarsel: {warning}", file=sys.stderr)
        write_pdf(layout, out)
        del app
    except HandoutError as error:
        raise cli.UsageError(str(error)) from None
    except OSError as error:
        raise cli.UsageError(f"PDF-filen kunne ikke skrives ({error.strerror or error}): {out}") from None
    print(f"Skrev {out} ({layout.page_count} {'side' if layout.page_count == 1 else 'sider'}).", file=sys.stderr)
    return cli.EXIT_OK
