"""What a search answers: hits with the section the query matched in and a snippet from it."""

from __future__ import annotations

from dataclasses import dataclass

from reader.search.ranking import Word, best_section
from reader.search.snippets import plain, snippet
from reader.search.tables import IndexTables, SectionText


@dataclass(frozen=True)
class Hit:
    """One article found: its score, the `##` section of the best match and a snippet (escaped HTML,
    matched words in <b>)."""

    slug: str
    title: str
    score: float
    section: str
    anchor: str
    snippet: str

    def as_json(self) -> dict[str, object]:
        return {"slug": self.slug, "title": self.title, "score": round(self.score, 3), "section": self.section,
                "snippet": self.snippet}


@dataclass(frozen=True)
class Result:
    """The answer to one query: the best hits, how many articles matched, and the time it took."""

    query: str
    hits: tuple[Hit, ...]
    total: int
    took_ms: float


def section_text(index: IndexTables, doc: int, number: int) -> SectionText:
    """Section `number` of a document (0 is the introduction) as plain text, with its anchor."""
    cache_key = (doc, number)
    cached = index._sections.get(cache_key)
    if cached is not None:
        index._sections.move_to_end(cache_key)
        return cached
    first, after = int(index.doc_sections[doc]), int(index.doc_sections[doc + 1])
    article = index._articles.get(index.slugs[doc])
    i = first + number
    if article is None or not first <= i < after:
        cached = SectionText("", "", "")
    else:
        text = article.body[int(index.section_offsets[i]):int(index.section_ends[i])]
        cached = SectionText(index.section_anchors[i], index.section_titles[i], plain(text))
    index._sections[cache_key] = cached
    if len(index._sections) > 5000:
        index._sections.popitem(last=False)
    return cached


def make_hit(index: IndexTables, doc: int, score: float, words: list[Word]) -> Hit:
    """The hit for a document: the section most of the query words were found in (from the index, so
    only that section is read), and a snippet around the first match in it."""
    slug, title = index.slugs[doc], index.titles[doc]
    matched = [w for w in words if w.scores[doc] > 0]
    if not matched:
        return Hit(slug, title, score, "", "", "")
    section = section_text(index, doc, best_section(matched, doc))
    patterns = [w.pattern for w in matched if w.pattern is not None]
    starts = [m.start() for m in (p.search(section.text) for p in patterns) if m]
    position = min(starts) if starts else -1
    return Hit(slug, title, score, section.title, section.anchor, snippet(section.text, position, patterns))
