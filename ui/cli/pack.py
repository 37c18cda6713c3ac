"""The `import` subcommand: a content pack (.zip) or a document (.docx, .odt, .html, .txt) into the clinic folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.content_pack import PackRefusedError, import_pack
from reader.settings import load as load_settings
from reader.sources import clinic_folder
from ui.cli import common as cli


def register(commands: cli.Subcommands) -> None:
    """Add `import` to the subcommands."""
    parser = commands.add_parser(
        "import", help="importér en artikelpakke (.zip) eller et dokument (.docx, .odt, .html, .txt) i klinikkens mappe",
        description="Pakker artikler (.md) og billeder fra en zip-fil ud i klinikkens artikelmappe, eller læser et "
                    "dokument (Word .docx, OpenDocument .odt, HTML, tekst) ind som en ny artikel med dens billeder. "
                    "En usikker pakke eller et beskadiget, krypteret eller for stort dokument afvises helt, og intet skrives.",
    )
    parser.add_argument("pack", type=Path, metavar="FILE", help="artikelpakken (.zip) eller dokumentet")
    parser.add_argument("--to", type=Path, default=None, metavar="DIR",
                        help="mappen, der importeres til (klinikkens mappe, hvis udeladt)")
    parser.add_argument("--json", action="store_true", help="opsummeringen som JSON")


def run(args: argparse.Namespace) -> int:
    """Import the pack; the summary goes to standard output, a refusal to standard error (exit 2)."""
    target: Path = args.to or clinic_folder(load_settings().settings)
    if not args.pack.is_file():
        raise cli.UsageError(f"filen findes ikke: {args.pack}")
    if args.to is not None and not args.to.is_dir():  # a mistyped --to must not create a folder nobody reads
        raise cli.UsageError(f"mappen findes ikke: {args.to} (opret den først, eller udelad --to)")
    if args.pack.suffix.lower() != ".zip":  # a document (.docx, .odt, .html, .txt) as a new article
        from ui.cli import document

        return document.run(args, target)
    try:
        summary = import_pack(args.pack, target)
    except PackRefusedError as error:
        print(f"patient-reader: pakken er afvist: {error}", file=sys.stderr)
        return cli.EXIT_USAGE
    if args.json:
        import json

        print(json.dumps({
            "target": str(target), "added": summary.added, "replaced": summary.replaced,
            "skipped": [{"path": name, "reason": reason} for name, reason in summary.skipped],
        }, ensure_ascii=False, indent=2))
    else:
        print(f"Importeret til {target}")
        for line in summary.lines():
            print(line)
    return cli.EXIT_OK
