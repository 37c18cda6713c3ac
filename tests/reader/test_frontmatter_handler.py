"""Front matter goes through python-frontmatter with a libyaml safe handler; the reader's rules still hold."""

from __future__ import annotations

import frontmatter
import pytest
import yaml

from reader import frontmatter as fm
from reader.frontmatter import HANDLER, SafeYAMLHandler


def test_python_frontmatter_reads_an_article_with_the_handler() -> None:
    text = "---\ntitle: Knæsmerter\nlastUpdated: 2024-02-24\ntags: [knæ, løb]\n---\n\n# Knæ\n\nTekst.\n"
    post = frontmatter.loads(text, handler=SafeYAMLHandler())
    assert post.metadata == {"title": "Knæsmerter", "lastUpdated": "2024-02-24", "tags": ["knæ", "løb"]}
    assert post.content.startswith("# Knæ")


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")
def test_the_handler_uses_libyaml() -> None:
    assert issubclass(fm._Loader, yaml.CSafeLoader)


@pytest.mark.parametrize(
    ("text", "data", "body"),
    [
        ("---\ntitle: A\n...\nBody", {"title": "A"}, "Body"),  # YAML's document end closes too
        ("\n\n---\ntitle: A\n---\nBody", {"title": "A"}, "Body"),  # blank lines first: read, with a warning
        ("---\ntitle: A\n", {}, "---\ntitle: A\n"),  # no end: a thematic break, not front matter
        ("Ingen forside", {}, "Ingen forside"),
    ],
)
def test_split_keeps_the_readers_rules(text: str, data: dict[str, str], body: str) -> None:
    found = fm.split(text)
    assert (found.data, found.body) == (data, body)


def test_tags_aliases_and_bad_yaml_fall_back_with_a_warning_each() -> None:
    tagged = fm.split("---\ntitle: !!python/object/apply:os.system [ls]\n---\nx")
    assert "YAML-mærke" in tagged.warnings[0][0]
    aliases = "a: &a [x]\n" + "".join(f"k{n}: *a\n" for n in range(60))
    bombed = fm.split(f"---\ntitle: Bombe\n{aliases}---\nx")
    assert bombed.data["title"] == "Bombe" and "aliaser" in bombed.warnings[0][0]
    colon = fm.split("---\ntitle: Diskusprolaps: 6 myter\n---\nx")
    assert colon.data["title"] == "Diskusprolaps: 6 myter" and "linje 2" in colon.warnings[0][0]


def test_the_handler_refuses_an_alias_bomb_itself() -> None:
    with pytest.raises(ValueError, match="aliases"):
        HANDLER.load("a: &a [x]\n" + "".join(f"k{n}: *a\n" for n in range(60)))


@pytest.mark.parametrize(("line", "advice"), [
    ("title: Diskusprolaps: 6 myter", "kolon"),
    ("title: [unclosed", "parentesen"),
    ('title: "Ubrudt', "citationstegnet"),
])
def test_the_advice_fits_the_line_yaml_refused(line: str, advice: str) -> None:
    found = fm.split(f"---\n{line}\nsummary: x\n---\nx")
    assert advice in found.warnings[0][1], found.warnings


def test_an_impossible_date_is_called_impossible(tmp_path: pytest.TempPathFactory) -> None:
    from pathlib import Path

    from reader.articles import load_article

    path = Path(str(tmp_path)) / "dato.md"
    path.write_text("---\ntitle: A\nlastUpdated: 31/02/2024\ndatePublished: snart\n---\nx", encoding="utf-8")
    messages = [(p.message, p.advice) for p in load_article(path).problems]
    assert ("Datoen '31/02/2024' findes ikke i kalenderen; den er udeladt.", "Ret dagen eller måneden.") in messages
    assert any("'snart' kan ikke læses" in m for m, _ in messages)
