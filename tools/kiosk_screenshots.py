"""Screenshots of the kiosk (home, keyboard, no hits, article, countdown, PIN pad, no PIN, staff menu, settings).

    python tools/kiosk_screenshots.py OUTDIR [WIDTHxHEIGHT ...]     # default sizes: 1920x1080 1280x800
    KIOSK_LANG=en python tools/kiosk_screenshots.py OUTDIR          # the English interface
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str]) -> int:
    import tempfile

    os.environ.setdefault("PATIENT_READER_HOME", tempfile.mkdtemp(prefix="kiosk-shots-"))
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from ui.base.i18n import setup_language

    setup_language(os.environ.get("KIOSK_LANG") or "da", "")
    from reader.articles import Library, Source
    from reader.pin import hash_pin
    from reader.resources import bundled_articles_dir
    from reader.settings import Settings
    from ui.kiosk.window import KioskWindow

    out = Path(argv[0] if argv else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    sizes = [tuple(int(n) for n in s.split("x")) for s in (argv[1:] or ["1920x1080", "1280x800"])]
    library = Library.load([Source(bundled_articles_dir())])
    stored = hash_pin("1234")
    for width, height in sizes:
        def shot(window: KioskWindow, name: str, w: int = width, h: int = height) -> None:
            for _ in range(3):
                app.processEvents()
            path = out / f"kiosk-{name}-{w}x{h}.png"
            window.grab().save(str(path))
            clipped = window.size().height() > h or window.size().width() > w
            print(path, "CLIPPED" if clipped else "")

        window = KioskWindow(library, Settings(kiosk_printing=True), persist=None, pin_hash=stored)
        window.resize(width, height)
        window.show()
        shot(window, "home")
        window.show_keyboard()
        window.keyboard.type_text("nerve")
        shot(window, "keyboard")
        window.keyboard.type_text("xq")
        shot(window, "nohits")
        window.open_article("nervetryk-i-laenden", "", ["nerve"])
        shot(window, "article")
        window.idle_dialog.start()
        shot(window, "countdown")
        window.idle_dialog.close_overlay()
        window.pin_dialog.open()
        window.pin_dialog.press("1")
        shot(window, "pin")
        window.pin_dialog.close_overlay()
        window.staff_menu.open()
        shot(window, "staff")
        window.staff_menu.close_overlay()
        window.settings_dialog.open()
        shot(window, "settings")
        window.unlock()
        window.close()
        bare = KioskWindow(library, Settings(), persist=None, pin_hash="")
        bare.resize(width, height)
        bare.show()
        bare.pin_dialog.open()
        shot(bare, "nopin")
        bare.unlock()
        bare.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
