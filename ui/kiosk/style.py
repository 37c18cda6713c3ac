"""The kiosk's look: large type, finger-sized targets (at least 48 px) and calm, high-contrast colours."""

from __future__ import annotations

from ui.base.styles import LIGHT

MIN_TARGET = 48          # px: the smallest touch target anywhere in the kiosk
BUTTON_HEIGHT = 72       # px: Back, Home, keyboard keys, PIN keys
TILE_HEIGHT = 132        # px
TILE_MIN_WIDTH = 380     # px: tiles per row = available width // this
KIOSK_ZOOM = 160         # %: the article text size in the kiosk (and what a reset returns to)
CORNER = 48              # px: the hidden staff corner (top left); page margins keep buttons out of it

ACCENT = LIGHT.accent
BACKGROUND = "#f4f7f8"
CARD = "#ffffff"
TEXT = LIGHT.text
MUTED = LIGHT.muted

STYLE_SHEET = f"""
#KioskWindow, #KioskHome, #KioskArticlePage {{ background: {BACKGROUND}; }}
QLabel {{ color: {TEXT}; font-size: 26px; }}
QLabel#KioskTitle {{ font-size: 60px; font-weight: bold; color: {ACCENT}; }}
QLabel#KioskSubtitle {{ font-size: 30px; color: {MUTED}; }}
QLabel#KioskEmpty {{ font-size: 34px; color: {TEXT}; }}
QLabel#KioskNotice {{ font-size: 26px; color: {TEXT}; background: #fff4d6; border: 2px solid #e0b13d;
    border-radius: 12px; padding: 12px 20px; }}
QLineEdit#KioskSearch {{ font-size: 38px; min-height: 84px; padding: 0 24px; border: 3px solid {ACCENT};
    border-radius: 16px; background: {CARD}; color: {TEXT}; }}
QPushButton {{ font-size: 28px; min-height: {BUTTON_HEIGHT}px; min-width: {BUTTON_HEIGHT}px; padding: 0 28px;
    border-radius: 14px; border: 2px solid {ACCENT}; background: {CARD}; color: {ACCENT}; font-weight: bold; }}
QPushButton:pressed {{ background: #d5e8ec; }}
QPushButton:checked {{ background: #d5e8ec; border-width: 3px; }}
QPushButton:disabled {{ color: #9aa5ad; border-color: #c3ccd2; }}
QPushButton#KioskPrimary, QPushButton[primary="true"] {{ background: {ACCENT}; color: white; }}
QPushButton#KioskPrimary:pressed, QPushButton[primary="true"]:pressed {{ background: #084857; }}
QPushButton#KioskTile {{ min-height: {TILE_HEIGHT}px; text-align: left; padding: 0; border: 2px solid #b8cdd3;
    border-bottom: 6px solid {ACCENT}; border-radius: 18px; background: {CARD}; }}
QPushButton#KioskTile:pressed {{ background: #e3f0f3; }}
QLabel#KioskTileTitle {{ font-size: 34px; font-weight: bold; color: {TEXT}; background: transparent; }}
QLabel#KioskTileDetail {{ font-size: 24px; color: {MUTED}; background: transparent; }}
QScrollArea {{ border: none; background: transparent; }}
#KioskTiles {{ background: transparent; }}
QScrollBar:vertical {{ width: 28px; background: {BACKGROUND}; }}
QScrollBar::handle:vertical {{ background: #9fb7be; border-radius: 10px; min-height: 80px; margin: 4px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
#OnscreenKeyboard {{ background: #dde5e8; border-top: 2px solid #b9c6cb; }}
#OnscreenKeyboard QPushButton {{ font-size: 32px; min-height: 66px; min-width: 76px; padding: 0 8px;
    border: 1px solid #a9b8be; border-radius: 10px; background: {CARD}; color: {TEXT}; font-weight: normal; }}
#OnscreenKeyboard QPushButton:pressed {{ background: #b9d6de; }}
#OnscreenKeyboard QPushButton#KeyWide {{ background: #eef3f5; padding: 0 24px; }}
#OnscreenKeyboard QPushButton#KeySpace {{ background: {CARD}; min-width: 620px; }}
#KioskOverlay {{ background: rgba(20, 30, 35, 150); }}
#KioskCard {{ background: {CARD}; border-radius: 24px; }}
#KioskCard QLabel#KioskCardTitle {{ font-size: 44px; font-weight: bold; color: {ACCENT}; }}
#KioskCard QLabel#KioskCountdown {{ font-size: 96px; font-weight: bold; color: {TEXT}; }}
#KioskCard QLabel#KioskCommand {{ font-family: "DejaVu Sans Mono", monospace; font-size: 30px; font-weight: bold;
    background: #eef3f5; border-radius: 10px; padding: 12px; }}
#KioskCard QLabel#KioskPinDots {{ font-size: 48px; letter-spacing: 12px; min-height: 64px; }}
#KioskCard QPushButton#PinKey {{ font-size: 36px; min-width: 120px; min-height: 72px; }}
"""
