"""Hostile and random input: FIFOs, devices, loops, unreadable files, deep YAML, random bytes; never a crash or a hang."""

from __future__ import annotations

import os
import string
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader import articles
from reader.articles import Level, Library, Source, load_article
from reader.render import render_markdown
from reader.render_guard import looks_safe, render_guarded

ARTICLE = "---\ntitle: {0}\n---\n\nTekst.\n"


def messages(library: Library) -> dict[str, str]:
    return {p.path.name: p.message for p in library.problems}


def test_a_hostile_folder_loads_what_it_can_and_names_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "klinik"
    folder.mkdir()
    (folder / "god.md").write_text(ARTICLE.format("God"), encoding="utf-8")
    os.mkfifo(folder / "fifo.md")  # opening it for reading would block forever
    (folder / "mappe.md").mkdir()  # a folder named x.md: walked into, never read as a file
    (folder / "mappe.md" / "inde.md").write_text(ARTICLE.format("Inde i mappen"), encoding="utf-8")
    (folder / "loop-a.md").symlink_to(folder / "loop-b.md")
    (folder / "loop-b.md").symlink_to(folder / "loop-a.md")
    (folder / "sub").mkdir()
    (folder / "sub" / "tilbage").symlink_to(folder, target_is_directory=True)  # a folder loop
    (folder / "dangling.md").symlink_to(folder / "findes-ikke.md")
    unreadable = folder / "hemmelig.md"
    unreadable.write_text(ARTICLE.format("Hemmelig"), encoding="utf-8")
    unreadable.chmod(0)
    if os.geteuid() == 0:  # root reads anything; make the open fail the way it does for a normal user
        real_open = os.open

        def refuse(path: object, flags: int, *args: object) -> int:
            if Path(str(path)).name == "hemmelig.md":
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(articles.os, "open", refuse)
    (folder / "ugyldig.md").write_bytes(b"---\ntitle: \xff\xfe Kn\xe6\n---\n\xc3\x28 tekst")
    (folder / "dyb.md").write_text("---\ntitle: Dyb\nx: " + "[" * 5000 + "]" * 5000 + "\n---\nTekst", encoding="utf-8")
    (folder / "stor.md").write_bytes(b"x" * (articles.MAX_FILE_BYTES + 1))
    started = time.perf_counter()
    library = Library.load([Source(folder, "clinic")])
    assert time.perf_counter() - started < 5
    titles = {a.slug: a.title for a in library.sorted()}
    assert titles["god"] == "God" and titles["inde"] == "Inde i mappen" and titles["dyb"] == "Dyb"
    assert "Kn" in titles["ugyldig"]
    said = messages(library)
    assert "almindelig fil" in said["fifo.md"]
    assert "ingen adgang" in said["hemmelig.md"]
    assert "i ring" in said["loop-a.md"] and "i ring" in said["loop-b.md"]
    assert "forsvandt" in said["dangling.md"] or "findes" in said["dangling.md"]
    assert "for stor" in said["stor.md"]
    assert "indlejret" in said["dyb.md"]
    assert "UTF-8" in said["ugyldig.md"]
    assert all(p.advice for p in library.problems)
    assert not any(p.path.name == "mappe.md" for p in library.problems)


def test_a_character_device_is_refused_without_reading(tmp_path: Path) -> None:
    link = tmp_path / "nul.md"
    link.symlink_to("/dev/zero")  # reading would never end
    result = load_article(link)
    assert result.article is None and "almindelig fil" in result.problems[0].message


@pytest.mark.parametrize(
    "front",
    [
        "a: " + "[" * 200 + "]" * 200,
        "a: " + "{x: " * 200 + "}" * 200,
        "\n".join("  " * depth + f"k{depth}:" for depth in range(300)),
        "a: &a [x, x]\n" + "".join(f"b{n}: &b{n} [*{'a' if n == 0 else f'b{n - 1}'}, *{'a' if n == 0 else f'b{n - 1}'}]\n" for n in range(30)),
        "? [a, b]\n: c",
        "a: !!python/object/apply:os.system ['echo hi']",
        "title: " + "x" * 70_000,
    ],
)
def test_pathological_front_matter_is_a_warning_never_a_crash(tmp_path: Path, front: str) -> None:
    path = tmp_path / "svar.md"
    path.write_text(f"---\n{front}\n---\n\n# Overskrift\n\nTekst.\n", encoding="utf-8")
    started = time.perf_counter()
    result = load_article(path)
    assert time.perf_counter() - started < 2
    assert result.article is not None and result.article.title
    assert all(p.level is Level.WARNING for p in result.problems)


def test_the_render_guard_stops_a_pathological_body_in_time() -> None:
    body = "[" * 6000 + "x" + "]" * 6000  # about 10 s unguarded
    assert not looks_safe(body)
    started = time.perf_counter()
    rendered = render_guarded(body, limit_s=1.0)
    assert time.perf_counter() - started < 4  # the limit plus starting the worker
    assert rendered.error and "uformateret" in rendered.error and "[[[" in rendered.html
    normal = "# Hej\n\nEn [henvisning](andet.md) og en | tabel |.\n"
    assert looks_safe(normal) and render_guarded(normal).html == render_markdown(normal).html


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=3000))
def test_random_bytes_never_crash(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "tilfaeldig.md"
    path.write_bytes(raw)
    result = load_article(path)
    assert (result.article is None) == any(p.level is Level.ERROR for p in result.problems)
    if result.article is not None:
        assert result.article.title
        render_markdown(result.article.body[:2000])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=2000))
def test_random_unicode_never_crashes(tmp_path: Path, text: str) -> None:
    path = tmp_path / "tekst.md"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    result = load_article(path)
    assert all(p.level in (Level.ERROR, Level.WARNING) and p.message for p in result.problems)
    if result.article is not None:
        rendered = render_markdown(result.article.body)
        assert "<script" not in rendered.html.lower()


_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40),
                     st.dates().map(str), st.sampled_from(["31/02/2024", "7-06-2025", "24-02-2024", "snart", ":", "- x"]))
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                       max_leaves=12)
_keys = st.sampled_from(["title", "Title", "metaTitle", "lastUpdated", "datePublished", "reviewBy", "tags", "url",
                         "summary", "category"]) | st.text(alphabet=string.ascii_letters, min_size=1, max_size=10)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.dictionaries(_keys, _values, max_size=8), lenient=st.booleans())
def test_random_front_matter_never_crashes(tmp_path: Path, data: dict[str, object], lenient: bool) -> None:
    if lenient:  # hand-written, often invalid YAML
        front = "\n".join(f"{key}: {value}" for key, value in data.items())
    else:
        front = yaml.safe_dump(data, allow_unicode=True)
    path = tmp_path / "forside.md"
    path.write_text(f"---\n{front}\n---\n\nTekst.\n", encoding="utf-8")
    result = load_article(path)
    assert result.article is not None and result.article.title
    assert all(p.level is Level.WARNING and p.advice for p in result.problems)


def test_a_nul_in_front_matter_text_is_a_warning_not_a_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "nul.md"
    path.write_bytes("---\ntitle: Kn\x00æ\nsummary: a\x00b\n---\n\nTekst uden NUL.\n".encode())
    result = load_article(path)
    assert result.article is not None
    assert result.article.title == "Knæ" and "\x00" not in result.article.body
    [problem] = result.problems
    assert problem.level is Level.WARNING and "NUL" in problem.message and "UTF-8" not in problem.advice


@pytest.mark.parametrize("raw", [b"---\ntitle: A\n---\nTekst \x00 i teksten", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8", "title: Knæ\n".encode("utf-16")])
def test_nul_bytes_that_are_not_utf8_are_still_a_binary_file(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "billede.md"
    path.write_bytes(raw)
    result = load_article(path)
    assert result.article is None and "binær" in result.problems[0].message
