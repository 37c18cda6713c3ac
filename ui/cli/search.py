"""The `search` subcommand: the sidebar's search from the command line, as text or one JSON object a line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ui.cli import common as cli


def register(commands: cli.Subcommands) -> None:
    """Add `search` to the subcommands."""
    parser = commands.add_parser(
        "search", help="søg i artiklerne som i sidepanelet",
        description="Søg i artiklerne. Med --queries FILE: én søgning pr. linje, ét svar pr. linje.",
    )
    parser.add_argument("query", nargs="?", metavar="QUERY", help="det, der søges efter")
    parser.add_argument("--queries", type=Path, metavar="FILE", help="en fil med én søgning pr. linje")
    parser.add_argument("--json", action="store_true", help="ét JSON-objekt pr. søgning")
    parser.add_argument("--limit", type=int, default=10, metavar="N", help="højst N artikler pr. søgning (10)")
    cli.articles_option(parser)


def _queries(args: argparse.Namespace) -> list[str]:
    if args.queries is not None and args.query is not None:
        raise cli.UsageError("angiv enten QUERY eller --queries FILE, ikke begge")
    if args.queries is not None:
        try:
            text = args.queries.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            raise cli.UsageError(f"filen kan ikke læses: {args.queries} ({error.strerror or error})") from error
        return [line for line in text.splitlines() if line.strip()]
    if args.query is None:
        raise cli.UsageError("angiv det, der søges efter (QUERY), eller --queries FILE")
    return [args.query]


def run(args: argparse.Namespace) -> int:
    """Answer each query; exit 0 (also when nothing was found), 2 for bad usage."""
    if args.limit < 1:
        raise cli.UsageError("--limit skal være mindst 1")
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
                print("Ingen artikler fundet." + (f" Mente du: {', '.join(suggestions)}?" if suggestions else ""))
            width = max((len(hit.slug) for hit in result.hits), default=0)
            for hit in result.hits:
                section = f"  › {hit.section}" if hit.section else ""
                print(f"{hit.slug:<{width}}  {hit.score:8.2f}  {hit.title}{section}")
    sys.stdout.flush()
    return cli.EXIT_OK
