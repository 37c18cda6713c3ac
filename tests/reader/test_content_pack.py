"""Content packs: safe packs import with a summary; unsafe ones are refused whole and leave nothing behind."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

import pytest

from reader import content_pack
from reader.articles import Library, Source
from reader.content_pack import PackRefusedError, import_pack

ARTICLE = "---\ntitle: {title}\n---\n\nTekst om {title}.\n"


def make_pack(path: Path, entries: dict[str, bytes | str], *, modes: dict[str, int] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as pack:
        for name, content in entries.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if modes and name in modes:
                info.external_attr = modes[name] << 16
            pack.writestr(info, content.encode() if isinstance(content, str) else content)
    return path


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_a_pack_with_danish_names_imports_and_loads(tmp_path: Path) -> None:
    target = tmp_path / "clinic"
    pack = make_pack(tmp_path / "p.zip", {
        "Øvelser for knæ.md": ARTICLE.format(title="Øvelser for knæ"),
        "billeder/skulder-å.png": b"\x89PNG\r\n\x1a\n" + b"0" * 20,
        "læs mig.txt": "ikke en artikel",
        "mappe/": b"",
    })
    summary = import_pack(pack, target)
    assert summary.added == ["Øvelser for knæ.md", "billeder/skulder-å.png"]
    assert summary.replaced == [] and summary.skipped == [("læs mig.txt", "kun Markdown-artikler (.md) og billeder tages med")]
    library = Library.load([Source(target, "clinic")])
    assert [a.title for a in library.sorted()] == ["Øvelser for knæ"]
    assert "1 sprunget over" in summary.lines()[0]


def test_reimport_replaces_and_a_single_top_folder_is_stripped(tmp_path: Path) -> None:
    target = tmp_path / "clinic"
    target.mkdir()
    (target / "knae.md").write_text(ARTICLE.format(title="Gammel"), encoding="utf-8")
    pack = make_pack(tmp_path / "p.zip", {"pakke/knae.md": ARTICLE.format(title="Ny"), "pakke/ryg.md": ARTICLE.format(title="Ryg")})
    summary = import_pack(pack, target)
    assert summary.replaced == ["knae.md"] and summary.added == ["ryg.md"]
    assert "Ny" in (target / "knae.md").read_text(encoding="utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".artikelimport-")]


@pytest.mark.parametrize(
    ("entries", "modes", "reason"),
    [
        ({"/etc/evil.md": "x"}, None, "absolut"),
        ({"../evil.md": "x"}, None, ".."),
        ({"a/../../evil.md": "x"}, None, ".."),
        ({"C:/evil.md": "x"}, None, "drevbogstav"),
        ({"mappe\\evil.md": "x"}, None, "\\"),
        ({"link.md": "/etc/passwd"}, {"link.md": stat.S_IFLNK | 0o777}, "link"),
        ({"fifo.md": ""}, {"fifo.md": stat.S_IFIFO | 0o644}, "enhedsfil"),
        ({"dev.md": ""}, {"dev.md": stat.S_IFCHR | 0o644}, "enhedsfil"),
        ({"Knæ.md": "x", "KNÆ.md": "y"}, None, "store og små"),
        ({"noter.txt": "x"}, None, "ingen artikler"),
        # Names Windows cannot hold, refused on every system (issue 15, item 8): packs travel to Windows clinics.
        ({"CON.md": "x"}, None, "Windows ikke kan gemme"),
        ({"aux.md": "x"}, None, "Windows ikke kan gemme"),
        ({"nul.md": "x"}, None, "Windows ikke kan gemme"),
        ({"COM1.md": "x"}, None, "Windows ikke kan gemme"),
        ({"LPT1.md": "x"}, None, "Windows ikke kan gemme"),
        ({"a.md:evil.md": "x"}, None, "Windows ikke kan gemme"),
        ({"lpt9.tar.md": "x"}, None, "Windows ikke kan gemme"),
        ({"prn/ryg.md": "x"}, None, "Windows ikke kan gemme"),
        ({"hvad nu?.md": "x"}, None, "Windows ikke kan gemme"),
        ({"mappe./ryg.md": "x"}, None, "Windows ikke kan gemme"),
    ],
)
def test_unsafe_packs_are_refused_whole(tmp_path: Path, entries: dict[str, str], modes: dict[str, int] | None,
                                        reason: str) -> None:
    target = tmp_path / "clinic"
    target.mkdir()
    (target / "eksisterende.md").write_text(ARTICLE.format(title="Eksisterende"), encoding="utf-8")
    pack = make_pack(tmp_path / "p.zip", {"god.md": ARTICLE.format(title="God"), **entries} if reason != "ingen artikler" else entries,
                     modes=modes)
    with pytest.raises(PackRefusedError, match=reason.replace("\\", "\\\\").replace(".", "\\.")):
        import_pack(pack, target)
    assert listing(target) == ["eksisterende.md"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clinic", "p.zip"]
    assert not (tmp_path.parent / "evil.md").exists()


def test_zip_bomb_and_limits_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "clinic"
    bomb = make_pack(tmp_path / "bomb.zip", {"god.md": "x", "bombe.md": b"\0" * (20 * 1024 * 1024)})
    assert bomb.stat().st_size < 200_000
    with pytest.raises(PackRefusedError, match="zip-bombe"):
        import_pack(bomb, target)
    monkeypatch.setattr(content_pack, "MAX_ENTRIES", 3)
    many = make_pack(tmp_path / "many.zip", {f"{n}.md": "x" for n in range(4)})
    with pytest.raises(PackRefusedError, match="højst 3"):
        import_pack(many, target)
    monkeypatch.setattr(content_pack, "MAX_TOTAL_BYTES", 1000)
    big = make_pack(tmp_path / "big.zip", {"a.md": "x" * 600, "b.md": "y" * 600})
    with pytest.raises(PackRefusedError, match="MB udpakket"):
        import_pack(big, target)
    assert not target.exists() or listing(target) == []


def test_not_a_zip_and_a_truncated_zip_are_refused(tmp_path: Path) -> None:
    (tmp_path / "x.zip").write_bytes(b"not a zip at all")
    with pytest.raises(PackRefusedError, match="ikke en gyldig zip"):
        import_pack(tmp_path / "x.zip", tmp_path / "clinic")
    buffer = io.BytesIO()
    make_pack(tmp_path / "ok.zip", {f"{n}.md": ARTICLE.format(title=n) * 50 for n in range(5)})
    data = (tmp_path / "ok.zip").read_bytes()
    buffer.write(data[: len(data) // 2] + b"\0" * 50 + data[len(data) // 2 + 50:])
    (tmp_path / "bad.zip").write_bytes(buffer.getvalue())
    with pytest.raises(PackRefusedError):
        import_pack(tmp_path / "bad.zip", tmp_path / "clinic")
    assert not (tmp_path / "clinic").exists() or listing(tmp_path / "clinic") == []


def test_a_symlinked_subfolder_in_the_target_cannot_be_used_to_escape(tmp_path: Path) -> None:
    target = tmp_path / "clinic"
    outside = tmp_path / "outside"
    target.mkdir()
    outside.mkdir()
    (target / "sub").symlink_to(outside, target_is_directory=True)
    pack = make_pack(tmp_path / "p.zip", {"a.md": "x", "sub/evil.md": "y"})
    with pytest.raises(PackRefusedError, match="uden for"):
        import_pack(pack, target)
    assert list(outside.iterdir()) == [] and not (target / "a.md").exists()


def test_utf8_names_without_the_utf8_flag_keep_their_danish_letters(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "p.zip", {"Øvelser for knæ.md": ARTICLE.format(title="Øvelser")})
    data = bytearray(pack.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # clear the UTF-8 flag, as many zip tools do
        at = data.find(signature)
        data[at + offset + 1] &= 0xFF ^ 0x08  # bit 11 of the little-endian flag word
    pack.write_bytes(bytes(data))
    with zipfile.ZipFile(pack) as archive:
        assert archive.infolist()[0].filename != "Øvelser for knæ.md"  # Python alone reads it as cp437
    summary = import_pack(pack, tmp_path / "clinic")
    assert summary.added == ["Øvelser for knæ.md"] and (tmp_path / "clinic" / "Øvelser for knæ.md").is_file()


def test_names_near_the_windows_devices_are_fine(tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "p.zip", {"console.md": ARTICLE.format(title="K"), "com10.md": ARTICLE.format(title="C"),
                                          "nulstil knæ.md": ARTICLE.format(title="N"), "aux-øvelser/ryg.md": ARTICLE.format(title="R")})
    assert sorted(import_pack(pack, tmp_path / "clinic").added) == ["aux-øvelser/ryg.md", "com10.md", "console.md", "nulstil knæ.md"]


def _refuse_staging_in(monkeypatch: pytest.MonkeyPatch, *folders: Path) -> None:
    """mkdtemp fails with PermissionError in these folders (as in a read-only one; tests may run as root)."""
    real = content_pack.tempfile.mkdtemp

    def mkdtemp(prefix: str, dir: Path) -> str:
        if Path(dir) in folders:
            raise PermissionError(13, "Permission denied", str(dir))
        return real(prefix=prefix, dir=dir)

    monkeypatch.setattr(content_pack.tempfile, "mkdtemp", mkdtemp)


def test_a_writable_folder_in_a_read_only_one_still_imports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15, item 8: the staging folder beside the target could not be made, and import ended in a traceback."""
    target = tmp_path / "låst" / "clinic"
    target.mkdir(parents=True)
    pack = make_pack(tmp_path / "p.zip", {"ryg.md": ARTICLE.format(title="Ryg")})
    _refuse_staging_in(monkeypatch, target.parent)
    summary = import_pack(pack, target)
    assert summary.added == ["ryg.md"] and listing(target) == ["ryg.md"]  # no staging folder left inside


def test_a_target_without_write_access_is_a_plain_refusal_and_nothing_is_written(tmp_path: Path,
                                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "clinic"
    target.mkdir()
    pack = make_pack(tmp_path / "p.zip", {"ryg.md": ARTICLE.format(title="Ryg")})
    _refuse_staging_in(monkeypatch, tmp_path, target)
    with pytest.raises(PackRefusedError, match="kan ikke skrives \\(ingen adgang\\); intet er importeret"):
        import_pack(pack, target)
    assert listing(tmp_path) == ["clinic", "p.zip"]


needs_permissions = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                                       reason="root writes anywhere; permissions need an ordinary user")


@needs_permissions
def test_a_read_only_folder_really_refuses(tmp_path: Path) -> None:
    locked = tmp_path / "låst"
    locked.mkdir()
    pack = make_pack(tmp_path / "p.zip", {"ryg.md": ARTICLE.format(title="Ryg")})
    locked.chmod(0o555)
    try:
        with pytest.raises(PackRefusedError, match="ingen adgang"):
            import_pack(pack, locked / "clinic")
        with pytest.raises(PackRefusedError, match="ingen adgang"):
            import_pack(pack, locked)
    finally:
        locked.chmod(0o755)
    assert listing(locked) == []
