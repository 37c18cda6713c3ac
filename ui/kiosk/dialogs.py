"""The kiosk's in-window dialogs: "Er du stadig her?" countdown, the staff PIN pad and the staff menu.

They are overlays inside the kiosk window (never separate windows), so the window manager can not put
anything between them and the patient, and a reset can close them all at once.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reader.pin import is_pin_hash, lockout_seconds, verify_pin
from reader.settings import Settings


class Overlay(QWidget):
    """A dimmed cover over the whole kiosk window with a white card in the middle."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("KioskOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = QFrame(self)
        self.card.setObjectName("KioskCard")
        self.card.setMinimumWidth(640)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(48, 28, 48, 28)
        self.card_layout.setSpacing(16)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # typing goes here, not into the page underneath
        self.hide()

    def _title(self, text: str) -> QLabel:
        label = QLabel(text, self.card)
        label.setObjectName("KioskCardTitle")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        self.card_layout.addWidget(label)
        return label

    def _text(self, text: str) -> QLabel:
        label = QLabel(text, self.card)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.card_layout.addWidget(label)
        return label

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_overlay(self) -> None:
        self.hide()


class IdleDialog(Overlay):
    """"Er du stadig her?" with a countdown; a touch anywhere keeps the session.

    Signals:
        expired(): the countdown reached zero (the kiosk resets).
        kept(): the patient touched the screen (the kiosk carries on).
    """

    expired = Signal()
    kept = Signal()

    def __init__(self, parent: QWidget, seconds: int = 10, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self.remaining = seconds
        self._title(self.tr("Er du stadig her?"))
        self.count = self._text("")
        self.count.setObjectName("KioskCountdown")
        self._text(self.tr("Rør skærmen for at læse videre. Ellers starter skærmen forfra for den næste."))
        self.stay = QPushButton(self.tr("Jeg er her stadig"), self.card)
        self.stay.setObjectName("KioskPrimary")
        self.stay.clicked.connect(self.keep)
        self.card_layout.addWidget(self.stay)
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.remaining = self.seconds
        self.count.setText(str(self.remaining))
        self.open()
        self.timer.start()

    def _tick(self) -> None:
        self.remaining -= 1
        self.count.setText(str(max(0, self.remaining)))
        if self.remaining <= 0:
            self.timer.stop()
            self.hide()
            self.expired.emit()

    def keep(self) -> None:
        if self.isVisible():
            self.timer.stop()
            self.hide()
            self.kept.emit()

    def close_overlay(self) -> None:
        self.timer.stop()
        self.hide()


class PinGate:
    """Checks PINs against the hash the kiosk started with; each wrong PIN makes the wait before the next try longer.

    The hash is kept for the whole session: `set-pin` run meanwhile, or a settings file corrupted or
    replaced while the kiosk runs, does not change who can unlock it. Only a kiosk started without any
    PIN takes the first valid hash that appears later (`later`), as its dialog tells staff to set one.
    """

    def __init__(self, pin_hash: str, lockout_base: float = 1.0, clock: Callable[[], float] = time.monotonic,
                 later: Callable[[], str] | None = None) -> None:
        self._hash = pin_hash if is_pin_hash(pin_hash) else ""
        self._later = later
        self.lockout_base = lockout_base
        self._clock = clock
        self.failures = 0
        self._locked_until = 0.0

    @property
    def pin_hash(self) -> str:
        if not self._hash and self._later is not None:
            with contextlib.suppress(OSError, ValueError):
                candidate = self._later()
                if is_pin_hash(candidate):
                    self._hash = candidate
        return self._hash

    def has_pin(self) -> bool:
        return bool(self.pin_hash)

    def wait_left(self) -> float:
        """Seconds until the next try is allowed (0 when it is allowed now)."""
        return max(0.0, self._locked_until - self._clock())

    def check(self, pin: str) -> bool:
        """True for the right PIN; a try while locked out is refused and counts for nothing."""
        if self.wait_left() > 0:
            return False
        if verify_pin(pin, self.pin_hash):
            self.failures = 0
            self._locked_until = 0.0
            return True
        self.failures += 1
        self._locked_until = self._clock() + lockout_seconds(self.failures, self.lockout_base)
        return False


class PinDialog(Overlay):
    """A digit pad for the staff PIN; says how to set one when none is set.

    Signals:
        accepted(): the right PIN was entered.
    """

    accepted = Signal()

    def __init__(self, parent: QWidget, gate: PinGate) -> None:
        super().__init__(parent)
        self.gate = gate
        self.entered = ""
        self._title(self.tr("Personale"))
        self.message = self._text("")
        self.command = self._text("patient-reader set-pin")
        self.command.setObjectName("KioskCommand")
        self.dots = self._text("")
        self.dots.setObjectName("KioskPinDots")
        self.pad = QWidget(self.card)
        grid = QGridLayout(self.pad)
        grid.setSpacing(12)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, QPushButton] = {}
        for index, label in enumerate("123456789"):
            self.keys[label] = self._pad_key(label, grid, index // 3, index % 3)
        self.keys["⌫"] = self._pad_key("⌫", grid, 3, 0)
        self.keys["0"] = self._pad_key("0", grid, 3, 1)
        self.keys["OK"] = self._pad_key("OK", grid, 3, 2)
        self.keys["⌫"].setAccessibleName(self.tr("Slet"))
        self.keys["OK"].setProperty("primary", True)
        self.card_layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        self.cancel = QPushButton(self.tr("Annullér"), self.card)
        self.cancel.clicked.connect(self.close_overlay)
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addStretch(1)
        self.card_layout.addLayout(row)
        self.unlock_timer = QTimer(self)
        self.unlock_timer.setSingleShot(True)
        self.unlock_timer.timeout.connect(self._unlock)

    def _pad_key(self, label: str, grid: QGridLayout, row: int, column: int) -> QPushButton:
        button = QPushButton(label, self.pad)
        button.setObjectName("PinKey")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _=False, text=label: self.press(text))
        grid.addWidget(button, row, column)
        return button

    def open(self) -> None:
        self.entered = ""
        self._show_dots()
        has_pin = self.gate.has_pin()
        self.pad.setVisible(has_pin)
        self.dots.setVisible(has_pin)
        self.command.setVisible(not has_pin)
        self.cancel.setText(self.tr("Annullér") if has_pin else self.tr("Luk"))
        if has_pin:
            self.message.setText(self.tr("Tast personalets PIN-kode."))
            self._lock_if_needed()
        else:
            self.message.setText(self.tr(
                "Der er ikke sat en PIN-kode, så kiosken kan ikke låses op her. "
                "Sæt en på 6 cifre på denne computer med kommandoen:"))
        super().open()

    def _show_dots(self) -> None:
        self.dots.setText("●" * len(self.entered) if self.entered else "–")

    def press(self, key: str) -> None:
        """One key of the pad: a digit, ⌫ or OK."""
        if not self.pad.isEnabled():
            return
        if key == "⌫":
            self.entered = self.entered[:-1]
        elif key == "OK":
            self.submit()
            return
        elif key.isdigit() and len(self.entered) < 12:
            self.entered += key
        self._show_dots()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API
        """Staff with a physical keyboard: digits, Backspace and Enter work like the pad."""
        if event.text().isdigit() and event.text().isascii():
            self.press(event.text())
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("⌫")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("OK")
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def submit(self) -> None:
        pin, self.entered = self.entered, ""
        self._show_dots()
        if self.gate.check(pin):
            self.hide()
            self.accepted.emit()
            return
        self.message.setText(self.tr("Forkert PIN-kode."))
        self._lock_if_needed()

    def _lock_if_needed(self) -> None:
        wait = self.gate.wait_left()
        if wait > 0:
            self.pad.setEnabled(False)
            self.message.setText(self.tr("Forkert PIN-kode. Vent lidt, før du prøver igen."))
            self.unlock_timer.start(max(1, round(wait * 1000)))
        else:
            self.pad.setEnabled(True)

    def _unlock(self) -> None:
        if self.gate.wait_left() > 0:
            self._lock_if_needed()
            return
        self.pad.setEnabled(True)
        self.message.setText(self.tr("Tast personalets PIN-kode."))

    def close_overlay(self) -> None:
        self.entered = ""
        self.unlock_timer.stop()
        self.hide()


class StaffMenu(Overlay):
    """After the right PIN: leave the kiosk for the normal window, settings, or quit.

    Signals:
        leave(), settings(), quit(): the staff member's choice.
    """

    leave = Signal()
    settings = Signal()
    quit = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._title(self.tr("Personalemenu"))
        for text, signal in ((self.tr("Forlad kiosken"), self.leave), (self.tr("Indstillinger …"), self.settings),
                             (self.tr("Afslut programmet"), self.quit)):
            button = QPushButton(text, self.card)
            button.clicked.connect(self.hide)
            button.clicked.connect(signal.emit)
            self.card_layout.addWidget(button)
        self.back = QPushButton(self.tr("Tilbage til kiosken"), self.card)
        self.back.setObjectName("KioskPrimary")
        self.back.clicked.connect(self.close_overlay)
        self.card_layout.addWidget(self.back)


IDLE_CHOICES = (30, 60, 90, 120, 180, 300, 600)


class KioskSettingsDialog(Overlay):
    """Staff settings for the kiosk: start as kiosk, printing, and the idle time; big toggles only.

    Signals:
        saved(): the settings object was changed (the window applies and stores it).
    """

    saved = Signal()

    def __init__(self, parent: QWidget, settings: Settings) -> None:
        super().__init__(parent)
        self.settings = settings
        self._title(self.tr("Kioskindstillinger"))
        self.default_button = self._toggle()
        self.printing_button = self._toggle()
        row = QHBoxLayout()
        self.shorter = QPushButton("−", self.card)
        self.longer = QPushButton("+", self.card)
        self.idle_label = QLabel(self.card)
        self.idle_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.shorter)
        row.addWidget(self.idle_label, 1)
        row.addWidget(self.longer)
        self.card_layout.addLayout(row)
        self.shorter.clicked.connect(lambda: self._step_idle(-1))
        self.longer.clicked.connect(lambda: self._step_idle(1))
        self.default_button.clicked.connect(self._show_values)
        self.printing_button.clicked.connect(self._show_values)
        buttons = QHBoxLayout()
        self.cancel = QPushButton(self.tr("Annullér"), self.card)
        self.cancel.clicked.connect(self.close_overlay)
        self.save = QPushButton(self.tr("Gem"), self.card)
        self.save.setObjectName("KioskPrimary")
        self.save.clicked.connect(self._on_save)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        self.card_layout.addLayout(buttons)
        self.idle = settings.kiosk_idle_timeout

    def _toggle(self) -> QPushButton:
        button = QPushButton(self.card)
        button.setCheckable(True)
        self.card_layout.addWidget(button)
        return button

    def open(self) -> None:
        self.default_button.setChecked(self.settings.kiosk_default)
        self.printing_button.setChecked(self.settings.kiosk_printing)
        self.idle = self.settings.kiosk_idle_timeout
        self._show_values()
        super().open()

    def _step_idle(self, direction: int) -> None:
        if direction > 0:
            self.idle = next((c for c in IDLE_CHOICES if c > self.idle), IDLE_CHOICES[-1])
        else:
            self.idle = next((c for c in reversed(IDLE_CHOICES) if c < self.idle), IDLE_CHOICES[0])
        self._show_values()

    def _show_values(self) -> None:
        on, off = self.tr("til"), self.tr("fra")
        self.default_button.setText(self.tr("Start altid som kiosk: %1").replace(
            "%1", on if self.default_button.isChecked() else off))
        self.printing_button.setText(self.tr("Udskrivning: %1").replace(
            "%1", on if self.printing_button.isChecked() else off))
        self.idle_label.setText(self.tr("Start forfra efter %1 s uden berøring").replace("%1", str(self.idle)))

    def _on_save(self) -> None:
        self.settings.kiosk_default = self.default_button.isChecked()
        self.settings.kiosk_printing = self.printing_button.isChecked()
        self.settings.kiosk_idle_timeout = self.idle
        self.hide()
        self.saved.emit()
