"""The editor's notice that an article with the same title exists, with its two ways on: replace it or keep both."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.base.styles import LIGHT, Colours


class DuplicateBar(QFrame):
    """A strip above the text: "Der findes allerede en artikel med titlen «…»", [Erstat …] [Behold begge …].

    Signals:
        replace_requested(): save over the existing article (for a bundled one: as the clinic's copy).
        rename_requested(): keep both; the editor moves to the title field.
    """

    replace_requested = Signal()
    rename_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate-bar")
        self.setAccessibleName(self.tr("Artikel med samme titel"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.replace_button = QPushButton(self)
        self.rename_button = QPushButton(self.tr("Behold begge – giv denne en anden titel"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.replace_button)
        layout.addWidget(self.rename_button)
        self.replace_button.clicked.connect(self.replace_requested)
        self.rename_button.clicked.connect(self.rename_requested)
        self.set_colours(LIGHT)
        self.hide()

    def show_for(self, title: str, file_name: str, bundled: bool) -> None:
        """Say that an article titled `title` exists (the clinic's file_name, or a bundled one) and show the bar."""
        if bundled:
            text = self.tr("Der findes allerede en medfølgende artikel med titlen «%1». Erstat den med klinikkens "
                           "udgave (gemmes som %2 og bruges i stedet for den medfølgende), eller behold begge under "
                           "hver sin titel.")
            button = self.tr("Erstat med klinikkens udgave")
        else:
            text = self.tr("Der findes allerede en artikel med titlen «%1» i klinikkens mappe (%2). Opdatér den med "
                           "denne tekst, eller behold begge under hver sin titel.")
            button = self.tr("Opdatér den eksisterende")
        self.label.setText(text.replace("%1", title).replace("%2", file_name))
        self.replace_button.setText(button)
        self.show()

    def set_colours(self, colours: Colours) -> None:
        """The callout's colours of the theme, so the notice stands out in light and dark alike."""
        self.setStyleSheet(f"#duplicate-bar {{ background: {colours.callout}; border: 1px solid {colours.callout_border};"
                           f" border-radius: 4px; }} #duplicate-bar QLabel {{ color: {colours.callout_text}; }}")
