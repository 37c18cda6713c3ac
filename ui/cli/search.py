"""The `search` subcommand: the sidebar's search from the command line, as text or one JSON object a line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ui.cli import common as cli
from ui.cli.language import os_error_text, translate


def register(commands: cli.Subcommands) -> None:
    """Add `search` to the subcommands."""
    parser = commands.add_parser(
        "search", help=translate("Cli", "søg i artiklerne som i sidepanelet"),
        description=translate("Cli", "Søg i artiklerne. Med --queries FILE: én søgning pr. linje, ét svar pr. linje."),
    )
    parser.add_argument("query", nargs="?", metavar="QUERY", help=translate("Cli", "det, der søges efter"))
    parser.add_argument("--queries", type=Path, metavar="FILE", help=translate("Cli", "en fil med én søgning pr. linje"))
    parser.add_argument("--json", action="store_true", help=translate("Cli", "ét JSON-objekt pr. søgning"))
    parser.add_argument("--limit", type=int, default=10, metavar="N", help=translate("Cli", "højst N artikler pr. søgning (10)"))
    cli.articles_option(parser)


MAX_QUERY_FILE_BYTES = 1 << 20  # a query file is read line by line, at most this much (not /dev/zero to the end)
MAX_QUERY_CHARS = 500  # a longer line is cut here; the sidebar's field holds less


def _queries(args: argparse.Namespace) -> list[str]:
    if args.queries is not None and args.query is not None:
        raise cli.UsageError(translate("Cli", "angiv enten QUERY eller --queries FILE, ikke begge"))
    if args.queries is not None:
        return _read_queries(args.queries)
    if args.query is None:
        raise cli.UsageError(translate("Cli", "angiv det, der søges efter (QUERY), eller --queries FILE"))
    if not args.query.strip():
        raise cli.UsageError(translate("Cli", "søgningen er tom; skriv det, der søges efter"))
    return [args.query]


def _read_queries(path: Path) -> list[str]:
    """The non-blank lines of a query file, each cut at MAX_QUERY_CHARS, the file read no further than its bound."""
    queries: list[str] = []
    total = 0
    try:
        with path.open("rb") as file:
            while total < MAX_QUERY_FILE_BYTES:
                line = file.readline(min(MAX_QUERY_CHARS * 4, MAX_QUERY_FILE_BYTES - total) + 1)
                if not line:
                    break
                total += len(line)
                while not line.endswith(b"\n") and total < MAX_QUERY_FILE_BYTES:  # the rest of an over-long line
                    rest = file.readline(min(1 << 16, MAX_QUERY_FILE_BYTES - total))
                    if not rest:
                        break
                    total += len(rest)
                    line = line[: MAX_QUERY_CHARS * 4] + rest[-1:]
                text = line.decode("utf-8", errors="replace").replace("\x00", "").strip()[:MAX_QUERY_CHARS]
                if text:
                    queries.append(text)
    except (OSError, ValueError) as error:
        reason = os_error_text(error) if isinstance(error, OSError) else str(error)
        raise cli.UsageError(translate("Cli", "filen kan ikke læses: {0} ({1})").format(path, reason)) from error
    if total >= MAX_QUERY_FILE_BYTES:
        print("patient-reader: " + translate("Cli", "{0} er over {1} MB; kun begyndelsen er læst.").format(
            path, MAX_QUERY_FILE_BYTES // (1 << 20)), file=sys.stderr)
    return queries


def run(args: argparse.Namespace) -> int:
    """Answer each query; exit 0 (also when nothing was found), 2 for bad usage."""
    if args.limit < 1:
        raise cli.UsageError(translate("Cli", "--limit skal være mindst 1"))
    queries = _queries(args)
    from reader import paths
    from reader.search import default_synonym_files, open_index
    from reader.text import Synonyms

    library = cli.load_library(args)
    # the index the window keeps (or its own, per set of folders): loaded when nothing changed, updated in
    # place for the articles that did, built only the first time or after a new INDEX_VERSION
    index = open_index(library.sorted(), paths.cache_dir())
    index.set_synonyms(Synonyms.load(default_synonym_files()))
    for query in queries:
        result = index.search(query, args.limit)
        if args.json:
            print(json.dumps({"query": query, "hits": [hit.as_json() for hit in result.hits],
                              "took_ms": round(result.took_ms, 3)}, ensure_ascii=False))
        else:
            if len(queries) > 1:
                print(f"# {query}")
            if not result.hits:
                suggestions = index.suggestions(query)
                found = translate("Cli", "Ingen artikler fundet.")
                if suggestions:
                    found += " " + translate("Cli", "Mente du: {0}?").format(", ".join(suggestions))
                print(found)
            width = max((len(hit.slug) for hit in result.hits), default=0)
            for hit in result.hits:
                section = f"  › {hit.section}" if hit.section else ""
                print(f"{hit.slug:<{width}}  {hit.score:8.2f}  {hit.title}{section}")
    sys.stdout.flush()
    return cli.EXIT_OK
