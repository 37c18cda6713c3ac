"""`import FILE.docx|.odt|.html|.txt`: a document as a new article with its images in the clinic folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ui.cli import common as cli
from ui.cli.language import os_error_text, translate


def run(args: argparse.Namespace, target: Path) -> int:
    """Import the document; print what was made and what could not be carried over; exit 2, nothing written, on refusal."""
    from reader.article_import import import_document_into
    from reader.docimport import SUFFIXES, DocumentError

    suffix = args.pack.suffix.lower()
    if suffix not in SUFFIXES and suffix not in (".doc", ".rtf"):  # old formats get their own advice from the reader
        raise cli.UsageError(translate("Cli", "filtypen kan ikke importeres: {0} (brug .zip, .docx, .odt, .html eller .txt)").format(
            args.pack.name))
    library = cli.load_library(args).sorted()
    taken = [article.slug for article in library]
    try:
        report = import_document_into(args.pack, target, taken_slugs=taken)
    except DocumentError as error:
        print("patient-reader: " + translate("Cli", "dokumentet kan ikke importeres: {0} Intet er skrevet.").format(error),
              file=sys.stderr)
        return cli.EXIT_USAGE
    except OSError as error:
        print("patient-reader: " + translate("Cli", "artiklen kunne ikke skrives i {0}: {1}. Intet er skrevet.").format(
            target, os_error_text(error)), file=sys.stderr)
        return cli.EXIT_USAGE
    from reader.authoring import same_title

    twin = same_title(library, report.title)
    if twin is not None:  # the window asks before saving; here the new file is written beside it, and said so
        print("patient-reader: " + translate("Cli", "advarsel: der findes allerede en artikel med titlen «{0}» ({1}); "
                                             "den nye er gemt som {2}. Giv en af dem en anden titel, eller slet den ene.")
              .format(twin.title, twin.slug, report.path.name), file=sys.stderr)
    if args.json:
        import json

        print(json.dumps({
            "target": str(target), "path": str(report.path), "slug": report.slug, "title": report.title,
            "images": [str(image) for image in report.images], "not_carried_over": list(report.not_carried_over),
        }, ensure_ascii=False, indent=2))
    else:
        for line in report.lines():
            print(line)
    return cli.EXIT_OK
