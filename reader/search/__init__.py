"""Search over the articles: build an index, ask it typed queries, store it (see each module for its part)."""

from reader.search.build import BuildCancelledError, split_parts
from reader.search.hits import Hit, Result
from reader.search.index import SearchIndex
from reader.search.query import MAX_EXPANSION, MIN_INFIX, MIN_INFIX_UNKNOWN, SHORT_PREFIX, default_synonym_files
from reader.search.ranking import (
    BODY,
    COMPOUND,
    EXACT,
    FUZZY1,
    FUZZY2,
    HEADING,
    PREFIX,
    STEM,
    SYNONYM,
    TITLE,
    VARIANT,
    WORD_BONUS,
)
from reader.search.snippets import plain, snippet
from reader.search.store import INDEX_VERSION, cache_key, index_file, load_index, open_index, save_index, store_index

__all__ = [
    "BODY", "COMPOUND", "EXACT", "FUZZY1", "FUZZY2", "HEADING", "INDEX_VERSION", "MAX_EXPANSION", "MIN_INFIX",
    "MIN_INFIX_UNKNOWN", "PREFIX", "SHORT_PREFIX", "STEM", "SYNONYM", "TITLE", "VARIANT", "WORD_BONUS",
    "BuildCancelledError", "Hit", "Result", "SearchIndex", "cache_key", "default_synonym_files", "index_file",
    "load_index", "open_index", "plain", "save_index", "snippet", "split_parts", "store_index",
]
