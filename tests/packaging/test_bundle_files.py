"""The bundle's build helpers: what goes in, what is left out, the icon files and the ICU trimming rules."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_filter  # noqa: E402
import make_icons  # noqa: E402
import trim_icu  # noqa: E402


def test_app_datas_fail_the_build_without_articles(tmp_path: Path) -> None:
    (tmp_path / "resources" / "articles").mkdir(parents=True)
    (tmp_path / "translations").mkdir()
    with pytest.raises(bundle_filter.BundleError, match="no articles"):
        bundle_filter.app_datas(tmp_path)


def test_app_datas_take_articles_icons_and_translations() -> None:
    pairs = bundle_filter.app_datas(ROOT)
    destinations = {(Path(src).name, dest) for src, dest in pairs}
    assert ("nervesmerter.md", "resources/articles") in destinations
    assert ("patient-reader-256.png", "resources/icons") in destinations
    assert ("patient_reader_en.ts", "translations") in destinations
    assert not any("__pycache__" in src for src, _ in pairs)


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqminimalegl.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/networkinformation/libqglib.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),
    ("PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so", False),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
])
def test_unused_qt_plugins_are_left_out(dest: str, kept: bool) -> None:
    assert bundle_filter._plugin_kept(Path(dest).parts) is kept


def test_only_the_apps_languages_of_qt_translations_stay() -> None:
    datas = [(f"PySide6/Qt/translations/{name}", "/src", "DATA") for name in
             ("qtbase_da.qm", "qtbase_de.qm", "qt_en.qm", "assistant_da.qm", "qtbase_pt_BR.qm")]
    datas.append(("resources/articles/a.md", "/src", "DATA"))
    kept = [Path(d).name for d, _, _ in bundle_filter.keep_datas(datas)]
    assert kept == ["qtbase_da.qm", "qt_en.qm", "a.md"]


def test_unused_pyside6_modules_are_excluded() -> None:
    assert "PySide6.QtNetwork" in bundle_filter.UNUSED_PYSIDE6_MODULES
    assert not {"PySide6.QtCore", "PySide6.QtWidgets", "PySide6.QtPrintSupport"} & set(bundle_filter.UNUSED_PYSIDE6_MODULES)


def test_dangling_links_are_removed(tmp_path: Path) -> None:
    (tmp_path / "real.so").write_bytes(b"x")
    (tmp_path / "good.so").symlink_to("real.so")
    (tmp_path / "gone.so").symlink_to("missing.so")
    assert bundle_filter.remove_dangling_links(tmp_path) == ["gone.so"]
    assert (tmp_path / "good.so").exists()


@pytest.mark.parametrize(("item", "kept"), [
    ("coll/da.res", True), ("coll/root.res", True), ("coll/ucadata.icu", True), ("coll/de.res", False),
    ("da_DK.res", True), ("en_GB.res", True), ("fr.res", False), ("res_index.res", True), ("pool.res", True),
    ("zone/ja.res", False), ("brkitr/word.brk", True), ("brkitr/thaidict.dict", False), ("ibm-943_P15A-2003.cnv", False),
    ("nfc.nrm", True), ("uprops.icu", True), ("supplementalData.res", True), ("translit/root.res", False),
])
def test_icu_trimming_keeps_danish_english_and_root(item: str, kept: bool) -> None:
    assert trim_icu.keep_item(item) is kept


def test_ico_and_icns_hold_every_size() -> None:
    pngs = {size: b"\x89PNG" + bytes([size % 256]) * 10 for size in (16, 24, 32, 48, 64, 128, 256, 512)}
    ico = make_icons.ico_bytes(pngs)
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(make_icons.ICO_SIZES))
    first_offset = struct.unpack("<I", ico[6 + 12:6 + 16])[0]
    assert ico[first_offset:first_offset + 4] == b"\x89PNG"
    icns = make_icons.icns_bytes(pngs)
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert all(kind in icns for kind in make_icons.ICNS_TYPES.values())


def test_committed_icons_match_the_sizes() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "patient-reader.svg").read_text("utf-8").lstrip().startswith("<?xml")
    for size in make_icons.PNG_SIZES:
        assert (icons / f"patient-reader-{size}.png").read_bytes()[:4] == b"\x89PNG"
    assert (icons / "patient-reader.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "patient-reader.icns").read_bytes()[:4] == b"icns"
