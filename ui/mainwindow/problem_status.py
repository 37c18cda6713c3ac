"""The status bar's words and icon for the problems: the article count, the summary and the worst level's icon."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from reader.articles import Level, Problem


def article_count_text(count: int) -> str:
    """ "1 artikel", "8 artikler" in the interface language (for the status bar)."""
    if count == 1:
        return QCoreApplication.translate("ProblemsDialog", "1 artikel")
    return QCoreApplication.translate("ProblemsDialog", "%1 artikler").replace("%1", str(count))


def _counted(count: int, one: str, many: str) -> str:
    """ "1 fejl" or "3 advarsler": the form for the count, both forms marked for translation by the caller."""
    return one if count == 1 else many.replace("%1", str(count))


def problems_summary(problems: Sequence[Problem]) -> str:
    """ "Ingen problemer", "1 advarsel", "4 problemer (1 fejl, 2 advarsler, 1 bør gennemgås)" (in the interface language).

    Every level that is counted is named, so the parts always add up to the total.
    """
    if not problems:
        return QCoreApplication.translate("ProblemsDialog", "Ingen problemer")
    errors = sum(1 for p in problems if p.level is Level.ERROR)
    warnings = sum(1 for p in problems if p.level is Level.WARNING)
    review = sum(1 for p in problems if p.level is Level.REVIEW)
    details: list[str] = []
    if errors:
        details.append(_counted(errors, QCoreApplication.translate("ProblemsDialog", "1 fejl"),
                                QCoreApplication.translate("ProblemsDialog", "%1 fejl")))
    if warnings:
        details.append(_counted(warnings, QCoreApplication.translate("ProblemsDialog", "1 advarsel"),
                                QCoreApplication.translate("ProblemsDialog", "%1 advarsler")))
    if review:
        details.append(_counted(review, QCoreApplication.translate("ProblemsDialog", "1 bør gennemgås"),
                                QCoreApplication.translate("ProblemsDialog", "%1 bør gennemgås")))
    if len(details) == 1:
        return details[0]
    total = _counted(len(problems), QCoreApplication.translate("ProblemsDialog", "1 problem"),
                     QCoreApplication.translate("ProblemsDialog", "%1 problemer"))
    return f"{total} ({', '.join(details)})"


LEVEL_ORDER = {Level.ERROR: 0, Level.WARNING: 1, Level.REVIEW: 2}  # worst first


def level_icon(level: Level) -> QIcon:
    """A standard icon per level: a red cross for errors, a warning sign, an information mark for review."""
    pixmap = {
        Level.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        Level.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Level.REVIEW: QStyle.StandardPixmap.SP_MessageBoxInformation,
    }.get(level, QStyle.StandardPixmap.SP_MessageBoxInformation)
    return QApplication.style().standardIcon(pixmap)
