"""The self-test step for the interface language: the English catalogue is inside the bundle and loads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.articles import Library
from ui.base.i18n import install_language, reset_language


def check_translation(_library: Library) -> list[str]:
    """The English catalogue loads and translates a menu title."""
    worked = install_language("en") and QCoreApplication.translate("MainWindow", "&Filer") == "&File"
    reset_language()
    return [] if worked else ["den engelske oversættelse kunne ikke indlæses (translations/patient_reader_en.*)"]
