"""The `import` subcommand: a content pack (.zip) or a document (.docx, .odt, .html, .txt) into the clinic folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.sources import clinic_folder
from ui.cli import common as cli
from ui.cli.language import translate


def register(commands: cli.Subcommands) -> None:
    """Add `import` to the subcommands."""
    parser = commands.add_parser(
        "import", help=translate("Cli", "importér en artikelpakke (.zip) eller et dokument (.docx, .odt, .html, .txt) i klinikkens mappe"),
        description=translate("Cli", "Pakker artikler (.md) og billeder fra en zip-fil ud i klinikkens artikelmappe, eller læser et "
                              "dokument (Word .docx, OpenDocument .odt, HTML, tekst) ind som en ny artikel med dens billeder. "
                              "En usikker pakke eller et beskadiget, krypteret eller for stort dokument afvises helt, og intet skrives."),
    )
    parser.add_argument("pack", type=Path, metavar="FILE", help=translate("Cli", "artikelpakken (.zip) eller dokumentet"))
    parser.add_argument("--to", type=Path, default=None, metavar="DIR",
                        help=translate("Cli", "mappen, der importeres til (klinikkens mappe, hvis udeladt)"))
    parser.add_argument("--json", action="store_true", help=translate("Cli", "opsummeringen som JSON"))


def run(args: argparse.Namespace) -> int:
    """Import the pack; the summary goes to standard output, a refusal to standard error (exit 2)."""
    target: Path = args.to or clinic_folder(cli.read_settings())
    if not args.pack.is_file():
        raise cli.UsageError(translate("Cli", "filen findes ikke: {0}").format(args.pack))
    if args.to is not None and not args.to.is_dir():  # a mistyped --to must not create a folder nobody reads
        raise cli.UsageError(translate("Cli", "mappen findes ikke: {0} (opret den først, eller udelad --to)").format(args.to))
    if args.pack.suffix.lower() != ".zip":  # a document (.docx, .odt, .html, .txt) as a new article
        from ui.cli import document

        return document.run(args, target)
    from reader.content_pack import PackRefusedError, import_pack  # start-up deferral: zip checks, this command only

    try:
        summary = import_pack(args.pack, target)
    except PackRefusedError as error:
        print("patient-reader: " + translate("Cli", "pakken er afvist: {0}").format(_translated(str(error))), file=sys.stderr)
        return cli.EXIT_USAGE
    if args.json:
        import json

        print(json.dumps({
            "target": str(target), "added": summary.added, "replaced": summary.replaced,
            "skipped": [{"path": name, "reason": reason} for name, reason in summary.skipped],
        }, ensure_ascii=False, indent=2))
    else:
        print(translate("Cli", "Importeret til {0}").format(target))
        for line in summary.lines():
            print(_translated(line))
    return cli.EXIT_OK


def _translated(text: str) -> str:
    """A reader/ text (Danish) in the command line's language; Qt is loaded only now, on this path."""
    from ui.base.problem_text import translated

    return translated(text, translate)
