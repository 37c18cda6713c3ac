"""LIX, the Danish readability index, of an article's reading text, with a plain-Danish band."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Literal

from reader import frontmatter
from reader.article_bounds import PLAIN_CHARS, over_bounds
from reader.articles import Level, Library, Problem

Band = Literal["let", "middel", "svær"]

LONG_WORD_LETTERS = 6  # a long word has more letters than this
# Words that end in a period without ending the sentence (lower case, without the final period).
ABBREVIATIONS = frozenset({
    "f.eks", "fx", "bl.a", "dvs", "osv", "mht", "pga", "ca", "evt", "inkl", "ekskl", "nr", "kl", "mv", "m.m",
    "jf", "vha", "ift", "m.fl", "iflg", "hhv", "tlf", "ang", "sml", "maks", "dr", "gl", "stk", "vedr", "etc",
    "e.l", "o.l", "mm",
})

# A word: letters and digits, with inner hyphens, apostrophes, periods or commas ("nerve-rod", "f.eks", "12.000").
_TOKEN = re.compile(r"(?P<word>[^\W_]+(?:[-.,'’][^\W_]+)*)|(?P<end>[.!?:…]+)")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_SETEXT_OR_RULE = re.compile(r"^\s{0,3}(?:=+|-+|(?:[-*_]\s*){3,})\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
# Inner classes stop at the next opening bracket too, so a run of 40,000 "[" is read in linear time.
_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)|!\[[^\[\]]*\]\[[^\[\]]*\]")
_LINK = re.compile(r"\[([^\[\]]*)\]\([^()]*\)|\[([^\[\]]*)\]\[[^\[\]]*\]")
_AUTOLINK = re.compile(r"<(?:https?|mailto|ftp):[^>\s]*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MARKS = re.compile(r"[*_`~]+")
_PIPE = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class Lix:
    """A LIX figure: the score rounded to a whole number, what it was computed from, and its band."""

    score: int
    words: int
    sentences: int
    long_words: int
    band: Band


def band_for(score: int) -> Band:
    """The plain-Danish band of a LIX score.

    The usual Danish LIX scale (after C.H. Björnsson) has five steps: under 25 very easy (children's
    books), 25-34 easy (popular fiction, weekly magazines), 35-44 medium (newspapers), 45-54 hard
    (non-fiction) and 55 or more very hard (academic and legal text). For patient texts three steps are
    enough: "let" folds very easy and easy (< 35), "middel" is medium (35-44), and "svær" folds hard and
    very hard (>= 45), because anything from 45 up is too hard for a patient handout.

    20 ⇒ "let";  34 ⇒ "let";  35 ⇒ "middel";  44 ⇒ "middel";  45 ⇒ "svær";  70 ⇒ "svær"
    """
    if score < 35:
        return "let"
    if score < 45:
        return "middel"
    return "svær"


def _without_comments(line: str) -> str:
    """The line without <!-- … --> comments, in linear time (an unclosed one runs to the end of the line)."""
    out: list[str] = []
    done = 0
    while (start := line.find("<!--", done)) >= 0:
        out.append(line[done:start])
        end = line.find("-->", start + 4)
        if end < 0:
            return "".join(out)
        out.append(" ")
        done = end + 3
    out.append(line[done:])
    return "".join(out)


def _inline_text(line: str) -> str:
    """A Markdown line's reading text: images dropped, links reduced to their text, marks and tags removed."""
    line = _IMAGE.sub(" ", line)
    line = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), line)
    line = _AUTOLINK.sub(" ", line)
    line = _HTML_TAG.sub(" ", _without_comments(line))
    line = _MARKS.sub("", _ESCAPE.sub(r"\1", line))
    return html.unescape(line)


def reading_blocks(markdown_text: str) -> list[str]:
    """The reading text of a Markdown article as blocks, each of which ends a sentence.

    Front matter, code blocks, link targets, images, table pipes and Markdown marks are left out; a
    heading, a list item and a table cell is each a block of its own, a paragraph is one block.

    "# Knæ\\n\\nOndt i **knæet**. Se [her](x.md)." ⇒ ["Knæ", "Ondt i knæet. Se her."]
    "| a | b |\\n|---|---|\\n| c | d |" ⇒ ["a", "b", "c", "d"]
    """
    body = frontmatter.split(markdown_text).body
    if over_bounds(body):  # shown unformatted: read what is shown (and searched, and printed), not megabytes
        body = body[:PLAIN_CHARS]
    blocks: list[str] = []
    paragraph: list[str] = []
    fenced = False

    def flush() -> None:
        text = " ".join(" ".join(paragraph).split())
        if text:
            blocks.append(text)
        paragraph.clear()

    for raw_line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _FENCE.match(raw_line):
            flush()
            fenced = not fenced
            continue
        if fenced:
            continue
        line = _QUOTE.sub("", raw_line)
        if not line.strip():
            flush()
            continue
        if _LINK_DEFINITION.match(line) or ("|" in line and _TABLE_SEPARATOR.match(line)):
            flush()
            continue
        if _SETEXT_OR_RULE.match(line):
            flush()  # a setext underline ends its heading; a rule ends the paragraph above
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            paragraph.append(_inline_text(heading.group(1)))
            flush()
            continue
        if _PIPE.search(line):
            flush()
            for cell in _PIPE.split(line.strip().strip("|")):
                paragraph.append(_inline_text(cell))
                flush()
            continue
        item = _LIST_ITEM.match(line)
        if item:
            flush()
            line = line[item.end():]
        paragraph.append(_inline_text(line))
    flush()
    return blocks


def _count(block: str) -> tuple[int, int, int]:
    """(words, sentence ends, long words) of one block; the block's end is a sentence end."""
    words = long_words = sentences = 0
    previous_word = ""
    open_sentence = False
    for match in _TOKEN.finditer(block):
        word = match.group("word")
        if word is not None:
            words += 1
            if sum(1 for char in word if char.isalpha()) > LONG_WORD_LETTERS:
                long_words += 1
            previous_word = word.lower()
            open_sentence = True
            continue
        if not open_sentence:
            continue
        mark = match.group("end")
        if mark == "." and previous_word in ABBREVIATIONS:
            continue
        if mark == "." and _continues_in_lower_case(block, match.end()):
            continue  # "12. oktober", "ca. 20": a period inside the sentence
        sentences += 1
        open_sentence = False
    if open_sentence:
        sentences += 1
    return words, sentences, long_words


def _continues_in_lower_case(block: str, index: int) -> bool:
    rest = block[index:].lstrip(" \t\"'»«”)(")
    return bool(rest) and (rest[0].islower() or rest[0].isdigit())


def lix(markdown_text: str) -> Lix:
    """LIX = words / sentences + 100 × long words / words, on the reading text of a Markdown article.

    A word is a run of letters and digits (inner hyphens and periods kept: "nerve-rod", "f.eks");
    it is long with more than six letters. A sentence ends at . ! ? or : and at the end of a heading,
    list item, table cell or paragraph; a period after an abbreviation ("f.eks.", "ca.") or before a
    lower-case word or a number ("12. oktober") does not end one.
    Text with no words scores 0 ("let"): there is nothing hard to read.

    "Jeg har ondt. Det går over." ⇒ 6 words, 2 sentences, 0 long words, score 3, "let"
    """
    words = sentences = long_words = 0
    for block in reading_blocks(markdown_text):
        block_words, block_sentences, block_long = _count(block)
        words += block_words
        sentences += block_sentences
        long_words += block_long
    if words == 0:
        return Lix(0, 0, 0, 0, "let")
    value = words / max(sentences, 1) + 100 * long_words / words
    score = int(value + 0.5)  # round half up, as the index is usually reported
    return Lix(score, words, sentences, long_words, band_for(score))


def lix_problems(library: Library, limit: int) -> list[Problem]:
    """A note (level REVIEW) for each article whose LIX is above the clinic's level; none when limit is 0 (off).

    limit 40, an article scoring 52 ⇒ "Knæ: LIX 52 (svær) er over klinikkens grænse på 40."
    """
    if limit <= 0:
        return []
    rows: list[Problem] = []
    for article in library.sorted():
        figure = lix(article.body)
        if figure.score > limit:
            rows.append(Problem(article.path, Level.REVIEW,
                                f"{article.title}: LIX {figure.score} ({figure.band}) er over klinikkens grænse på {limit}.",
                                "Skriv kortere sætninger og færre lange ord (Filer → Rediger artikel)."))
    return rows
