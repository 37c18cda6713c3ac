"""Themes: light, dark and high contrast for the app palette and the article page, following the system by default."""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from ui.base.styles import DARK, LIGHT, Colours

SYSTEM, LIGHT_THEME, DARK_THEME, CONTRAST_THEME = "system", "light", "dark", "contrast"
THEMES = (SYSTEM, LIGHT_THEME, DARK_THEME, CONTRAST_THEME)

# Black on white with pure, saturated accents: every pair here passes WCAG AAA (7:1) on its background.
HIGH_CONTRAST = Colours(
    text="#000000", background="#ffffff", muted="#1a1a1a", accent="#00005c", link="#0000c8", rule="#000000",
    table_header="#e0e0e0", table_stripe="#ffffff", faq="#ffffff", callout="#ffffff", callout_border="#b00000",
    callout_text="#8b0000", highlight="#ffff00",
)

# styles.DARK's highlight (#8a6d00) gives light text only 3.9:1; this amber keeps 5.9:1 and still stands out.
DARK_READABLE = DARK._replace(highlight="#6b5200")

COLOURS: dict[str, Colours] = {LIGHT_THEME: LIGHT, DARK_THEME: DARK_READABLE, CONTRAST_THEME: HIGH_CONTRAST}


def theme_label(theme: str) -> str:
    """The Danish (translatable) name shown in the View menu."""
    labels = {
        SYSTEM: QApplication.translate("Themes", "Følg &systemet"),
        LIGHT_THEME: QApplication.translate("Themes", "&Lyst"),
        DARK_THEME: QApplication.translate("Themes", "&Mørkt"),
        CONTRAST_THEME: QApplication.translate("Themes", "&Høj kontrast"),
    }
    return labels.get(theme, theme)


def system_is_dark() -> bool:
    """True when the desktop asks for a dark colour scheme (unknown counts as light)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: str, dark_system: bool | None = None) -> str:
    """The concrete theme for a setting: "system" ⇒ "dark" or "light"; unknown values ⇒ the system's."""
    if theme in COLOURS:
        return theme
    dark = system_is_dark() if dark_system is None else dark_system
    return DARK_THEME if dark else LIGHT_THEME


def palette_for(colours: Colours, contrast: bool = False) -> QPalette:
    """An application palette built from the article colours, so widgets and page agree."""
    text, base = QColor(colours.text), QColor(colours.background)
    dark = base.lightness() < 128
    window = base.lighter(115) if dark else (base if contrast else QColor("#f3f4f6"))
    button = base.lighter(135) if dark else (base if contrast else QColor("#eceef1"))
    highlight = QColor("#000000") if contrast else QColor(colours.accent if not dark else "#2f6f80")
    palette = QPalette()
    roles = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, roles.Window, window)
        palette.setColor(group, roles.WindowText, text)
        palette.setColor(group, roles.Base, base)
        palette.setColor(group, roles.AlternateBase, QColor(colours.table_stripe))
        palette.setColor(group, roles.Text, text)
        palette.setColor(group, roles.Button, button)
        palette.setColor(group, roles.ButtonText, text)
        palette.setColor(group, roles.BrightText, QColor("#ffffff") if dark else QColor("#000000"))
        palette.setColor(group, roles.Highlight, highlight)
        palette.setColor(group, roles.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, roles.ToolTipBase, base)
        palette.setColor(group, roles.ToolTipText, text)
        palette.setColor(group, roles.PlaceholderText, QColor(colours.muted))
        palette.setColor(group, roles.Link, QColor(colours.link))
        palette.setColor(group, roles.LinkVisited, QColor(colours.link))
        palette.setColor(group, roles.Mid, QColor(colours.rule))
        palette.setColor(group, roles.Midlight, QColor(colours.rule))
        palette.setColor(group, roles.Dark, QColor(colours.rule).darker(130))
        palette.setColor(group, roles.Light, button.lighter(110))
        palette.setColor(group, roles.Shadow, QColor("#000000"))
    disabled = QColor(colours.muted) if not contrast else QColor("#595959")
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    for role in (roles.Window, roles.Base, roles.Button):
        palette.setColor(QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role))
    return palette


def indicator_border(colours: Colours, contrast: bool = False) -> QColor | None:
    """The check-box border for a theme: Fusion derives it from the window colour, which on a dark (or pure white)
    window leaves an unticked box all but invisible. None: the style's own border is fine (the light theme)."""
    if contrast:
        return QColor(colours.text)
    text, base = QColor(colours.text), QColor(colours.background)
    if base.lightness() >= 128:
        return None
    mix = 0.6  # 60 % text over the background: over 3:1 against both the window and the base colour
    # PySide6's stub types getRgbF() as object; it returns the (r, g, b, a) floats.
    text_rgb, base_rgb = (cast(tuple[float, float, float, float], c.getRgbF())[:3] for c in (text, base))
    return QColor.fromRgbF(*(mix * t + (1 - mix) * b for t, b in zip(text_rgb, base_rgb, strict=True)))


class IndicatorStyle(QProxyStyle):
    """The Fusion style with a check-box border that follows the theme (also the ticks in item views)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.border: QColor | None = None

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802 - Qt's API
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element != QStyle.PrimitiveElement.PE_IndicatorCheckBox or self.border is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.border, 1))
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()


_indicator_style: IndicatorStyle | None = None
_fusion: bool | None = None  # the app's own style is Fusion: read at the first theme, before a style sheet wraps it


def _install_indicator_style(app: QApplication, needed: bool) -> IndicatorStyle | None:
    """Wrap the Fusion style (Linux's default) once, at the first theme that draws a check-box border (every primitive
    drawn then passes through Python, so the light theme goes without); other styles draw their own check boxes."""
    global _indicator_style, _fusion
    if _fusion is None:
        _fusion = app.style().name().lower() == "fusion"
    if needed and _fusion and _indicator_style is None:
        _indicator_style = IndicatorStyle("fusion")
        app.setStyle(_indicator_style)
    return _indicator_style


# Focus must be visible on every control, in every theme (the styles' own focus frames are faint).
_FOCUS_CSS = """
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QListView:focus, QTreeView:focus, QTextBrowser:focus {{
    border: 2px solid {focus};
}}
"""


class ThemedView(Protocol):
    """What follows the theme: an article view, the find bar, the highlight marks."""

    def set_colours(self, colours: Colours) -> None: ...


class ThemeManager(QObject):
    """Applies a theme to the app palette and to article views; follows the system when set to "system".

    Signals:
        theme_changed(name): the concrete theme now shown ("light", "dark" or "contrast").
    """

    theme_changed = Signal(str)

    def __init__(self, theme: str = SYSTEM, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choice = theme if theme in THEMES else SYSTEM
        self._views: list[ThemedView] = []
        self._applied = ""
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)

    @property
    def choice(self) -> str:
        """What the user chose: "system", "light", "dark" or "contrast"."""
        return self._choice

    @property
    def current(self) -> str:
        """The concrete theme shown now."""
        return resolve(self._choice)

    @property
    def colours(self) -> Colours:
        return COLOURS[self.current]

    def add_view(self, view: ThemedView) -> None:
        """An article view (anything with set_colours) that follows the theme."""
        self._views.append(view)
        if isinstance(view, QObject):
            view.destroyed.connect(lambda _=None, v=view: self.remove_view(v))
        view.set_colours(self.colours)

    def remove_view(self, view: ThemedView) -> None:
        if view in self._views:
            self._views.remove(view)

    def set_theme(self, theme: str) -> None:
        """Choose a theme ("system" follows the desktop) and apply it everywhere."""
        self._choice = theme if theme in THEMES else SYSTEM
        self.apply()

    def apply(self) -> None:
        """Restyle the application palette, focus frames and every registered article view."""
        name = self.current
        colours = COLOURS[name]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            border = indicator_border(colours, contrast=name == CONTRAST_THEME)
            style = _install_indicator_style(app, needed=border is not None)
            if style is not None:
                style.border = border
            app.setPalette(palette_for(colours, contrast=name == CONTRAST_THEME))
            focus = "#ffbf00" if name == DARK_THEME else ("#000000" if name == CONTRAST_THEME else colours.accent)
            marker = "/* patient-reader focus */"
            sheet = app.styleSheet().split(marker)[0]
            app.setStyleSheet(sheet + marker + _FOCUS_CSS.format(focus=focus))
        for view in self._views:
            view.set_colours(colours)
        if name != self._applied:
            self._applied = name
            self.theme_changed.emit(name)

    def _on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._choice == SYSTEM:
            self.apply()


def tinted(icon: QIcon, colour: QColor, size: int = 32) -> QIcon:
    """The icon's shape in one colour: the style's dark arrows stay visible on a dark toolbar."""
    source = icon.pixmap(size, size)
    if source.isNull():
        return icon
    result = QIcon(QPixmap.fromImage(_filled(source.toImage(), colour)))
    disabled = QColor(colour)
    disabled.setAlphaF(0.4)
    result.addPixmap(QPixmap.fromImage(_filled(source.toImage(), disabled)), QIcon.Mode.Disabled)
    return result


def _filled(image: QImage, colour: QColor) -> QImage:
    """The image's shape (its alpha) in one colour. A rectangle drawn with no pen, not fillRect: the same pixels, and
    fillRect's overloads make PySide build QGradient's enums (about 1 ms of the start)."""
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(image.rect())
    painter.end()
    return image
