"""Screenshots of the article editor for the docs: docs/editor.png (light), docs/editor-dark.png, docs/editor-import.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/editor_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BODY = """Springerknæ er smerter i senen lige under knæskallen. Det rammer tit dem, der løber og hopper.

## Hvad kan du selv gøre?

- Hold pause fra hop og løb i nogle uger.
- Lav **langsomme** øvelser hver dag.
- Gå i stedet for at løbe, til det gør mindre ondt.

## Øvelser

| Øvelse | Gentagelser | Hvor tit |
| --- | --- | --- |
| Squat på skråbræt | 3 × 15 | Hver dag |
| Stå på ét ben | 3 × 30 sek. | Hver dag |

"""


def main() -> None:
    app = QApplication([])
    from reader.articles import Library, Source
    from reader.docimport import import_document
    from reader.resources import bundled_articles_dir
    from ui.base.themes import ThemeManager
    from ui.editor.window import EditorWindow

    QMessageBox.question = staticmethod(lambda *_args: QMessageBox.StandardButton.Discard)  # type: ignore[method-assign]
    library = Library.load([Source(bundled_articles_dir())])
    clinic = Path(tempfile.mkdtemp(prefix="editor-shots-"))
    picture = QImage(480, 220, QImage.Format.Format_RGB32)
    picture.fill(QColor("#7cc4d6"))
    picture.save(str(clinic / "squat.png"))
    themes = ThemeManager("light")

    def shoot(editor: EditorWindow, name: str) -> None:
        themes.add_view(editor)
        editor.resize(1280, 820)
        editor.show()
        for _ in range(5):
            app.processEvents()
        editor.refresh_preview()
        app.processEvents()
        editor.grab().save(str(ROOT / "docs" / name))
        editor.close()

    for theme, name in (("light", "editor.png"), ("dark", "editor-dark.png")):
        themes.set_theme(theme)
        editor = EditorWindow(library, clinic)
        editor.form.title_edit.setText("Springerknæ hos løbere")
        editor.form.category_box.setEditText("Knæ")
        editor.form.tags_edit.setText("knæ, løb, sene")
        editor.form.summary_edit.setText("Smerter under knæskallen, og hvad du selv kan gøre.")
        editor.editor.setPlainText(BODY)
        editor.editor.moveCursor(QTextCursor.MoveOperation.End)
        editor.insert_image(clinic / "squat.png")
        editor.red_flag_action.trigger()
        editor.editor.setTextCursor(QTextCursor(editor.editor.document().findBlockByNumber(9)))  # in "Øvelser"
        shoot(editor, name)
    themes.set_theme("light")
    document = import_document(ROOT / "tests" / "data" / "docx-libreoffice" / "nervetryk-i-laenden.docx")
    shoot(EditorWindow(library, clinic, document=document), "editor-import.png")


if __name__ == "__main__":
    main()
