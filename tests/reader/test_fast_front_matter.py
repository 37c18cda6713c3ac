"""The fast path for simple front matter gives exactly what safe YAML gives, or steps aside (None)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.frontmatter import _Loader, fast_yaml


def by_yaml(raw: str) -> Any:
    loaded = yaml.load(raw, Loader=_Loader)
    return {str(k): v for k, v in loaded.items()} if isinstance(loaded, dict) else loaded


@pytest.mark.parametrize(
    ("raw", "simple"),
    [
        ('title: Knæ\nlastUpdated: "24/02/2024"\ntags:\n  - ryg\n  - \'knæ\'', True),
        ("title: Nervesmerter – Hvad er det?\npublished: true\ndraft: no\nx: ~", True),
        ("title: Knæ, ryg og [hofte]\nurl: https://example.org/a?b=c#d", True),
        ("tags: [fysioterapi, knæ, true]\nempty: []", True),
        ("tags: [knæ, 2024]", False),
        ("tags: [a, , b]", False),
        ("tags: [a, [b]]", False),
        ("tags: ['a, b', c]", False),
        ("title: Diskusprolaps: 6 myter", False),  # invalid YAML: YAML and the lenient reader decide
        ("n: 5\nf: 1.5", False),
        ("title: x # comment", False),
        ("a: &a x\nb: *a", False),
        ("a: !!python/object:os.system x", False),
        ("a:\n- x\n  - y", False),
        ("title: 'it''s'", False),
        ('title: "a\\"b"', False),
        ("yes: x", False),
        ("title: x\ntitle: y", False),
        ("title: \x07", False),
        ("a: |\n  tekst", False),
        ("a:\n  b: c", False),
        ("a: b\n\xa0", False),  # a no-break space is not a blank line to YAML
        ("a: b\n  \n", True),
        ("a: \x850", False),  # NEL, U+2028 and U+2029 are line breaks to YAML
        ("a: x\u2028y", False),
    ],
)
def test_simple_or_not(raw: str, simple: bool) -> None:
    got = fast_yaml(raw)
    assert (got is not None) is simple
    if got is not None:
        assert got == by_yaml(raw)


_word = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=12)
_value = st.one_of(
    _word,
    _word.map(lambda w: f'"{w}"'),
    _word.map(lambda w: f"'{w}'"),
    st.sampled_from(["true", "False", "yes", "no", "on", "null", "~", "5", "0x1F", "1_000", "1:20", "2024-01-01",
                     "24/02/2024", "-", "- x", "[a, b]", "[]", "[a,b ,c]", "[a, 5]", "[a, -b]", "[a, ]", "[ ]", "a: b", "x #y", "=", "<<", "!x", "&a", "*a", "[a, b]", "{a: b}", "|", ">"]),
)
_key = st.from_regex(r"[A-Za-z_][A-Za-z0-9_-]{0,8}", fullmatch=True) | st.sampled_from(["yes", "on", "123", "null"])
_line = st.one_of(
    st.tuples(_key, _value).map(lambda kv: f"{kv[0]}: {kv[1]}"),
    st.tuples(_key, st.lists(_value, min_size=1, max_size=3), st.sampled_from(["", "  ", "    "])).map(
        lambda k: f"{k[0]}:\n" + "\n".join(f"{k[2]}- {v}" for v in k[1])),
    _word,
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(lines=st.lists(_line, max_size=6))
def test_the_fast_path_agrees_with_yaml(lines: list[str]) -> None:
    raw = "\n".join(lines)
    got = fast_yaml(raw)
    if got is None:
        return
    try:
        expected = by_yaml(raw)
    except yaml.YAMLError:
        pytest.fail(f"fast path accepted what YAML refuses: {raw!r} ⇒ {got!r}")
    assert got == (expected if expected is not None else {}), raw
