"""The article stylesheet for QTextBrowser: typography, tables, FAQ and callouts, per zoom and colours."""

from __future__ import annotations

from typing import NamedTuple


class Colours(NamedTuple):  # not a frozen dataclass: a start-up deferral (1.6 ms to make that class, 0.3 this)
    """The few colours the article page uses (immutable; `colours._replace(text=...)` for a variant)."""

    text: str = "#1f2328"
    background: str = "#ffffff"
    muted: str = "#5b6470"
    accent: str = "#0b5f73"
    link: str = "#0a58ca"
    rule: str = "#c9d1d9"
    table_header: str = "#eaf2f4"
    table_stripe: str = "#f7f9fa"
    faq: str = "#f2f6f7"
    callout: str = "#fdf1ef"
    callout_border: str = "#c4432b"
    callout_text: str = "#8a2a17"
    highlight: str = "#ffe066"


LIGHT = Colours()
DARK = Colours(
    text="#e6e6e6", background="#1e1f22", muted="#a0a7b0", accent="#7cc4d6", link="#8ab4f8", rule="#4a4f57",
    table_header="#2b3a40", table_stripe="#25272b", faq="#262c30", callout="#3a2422", callout_border="#e0735c",
    callout_text="#f2b8aa", highlight="#8a6d00",
)

BASE_POINT_SIZE = 12.0


def article_css(zoom: int = 100, colours: Colours = LIGHT, base_pt: float = BASE_POINT_SIZE) -> str:
    """CSS in the subset QTextDocument understands: font sizes in points, spacing in pixels, scaled by zoom (%)."""
    scale = zoom / 100.0

    def pt(size: float) -> str:
        return f"{size * base_pt * scale:.1f}pt"

    def px(size: float) -> str:
        # Qt reads margins and padding in pixels only; 1 pt = 96/72 px.
        return f"{round(size * base_pt * scale * 96 / 72)}px"

    c = colours
    return f"""
body {{ color: {c.text}; background-color: {c.background}; font-size: {pt(1.0)}; }}
p, li, td, th, dd, dt, blockquote, pre {{ font-size: {pt(1.0)}; }}
p, li {{ line-height: 150%; }}
p {{ margin-top: 0; margin-bottom: {px(0.75)}; }}
li {{ margin-bottom: {px(0.3)}; }}
h1 {{ font-size: {pt(2.0)}; font-weight: 600; color: {c.text}; margin-top: 0; margin-bottom: {px(0.25)}; }}
h2 {{ font-size: {pt(1.45)}; font-weight: 600; color: {c.accent}; margin-top: {px(1.6)}; margin-bottom: {px(0.5)}; }}
h3 {{ font-size: {pt(1.15)}; font-weight: 600; color: {c.text}; margin-top: {px(1.1)}; margin-bottom: {px(0.35)}; }}
h4, h5, h6 {{ font-size: {pt(1.0)}; font-weight: 600; margin-top: {px(0.9)}; margin-bottom: {px(0.3)}; }}
p.updated {{ color: {c.muted}; font-size: {pt(0.9)}; margin-bottom: {px(1.4)}; }}
h3.faq-q {{ color: {c.accent}; background-color: {c.faq}; padding: {px(0.35)}; margin-top: {px(1.2)}; }}
a {{ color: {c.link}; text-decoration: underline; }}
table {{ border-collapse: collapse; border-color: {c.rule}; margin-top: {px(0.4)}; margin-bottom: {px(1.0)}; }}
th {{ background-color: {c.table_header}; color: {c.text}; font-weight: 600; padding: {px(0.45)};
      border: 1px solid {c.rule}; text-align: left; }}
td {{ padding: {px(0.45)}; border: 1px solid {c.rule}; vertical-align: top; }}
table.callout {{ border: 2px solid {c.callout_border}; background-color: {c.callout}; margin-top: {px(1.2)}; }}
td.callout {{ border: none; background-color: {c.callout}; padding: {px(0.8)}; }}
p.callout-label {{ color: {c.callout_text}; font-weight: 700; font-size: {pt(0.9)}; margin-bottom: {px(0.2)}; }}
td.callout h2, td.callout h3 {{ color: {c.callout_text}; margin-top: 0; }}
blockquote {{ color: {c.muted}; margin-left: {px(1.2)}; }}
code, pre {{ font-family: monospace; }}
span.img-alt {{ color: {c.muted}; font-style: italic; }}
span.hit {{ background-color: {c.highlight}; }}
"""
