"""The application icon (the PNGs made from resources/icons/patient-reader.svg), for windows and the taskbar."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from reader.resources import resource_path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_ID = "dk.patient_reader.PatientReader"  # packaging/linux/<id>.desktop: Wayland finds the icon by it


def app_icon() -> QIcon:
    """Every bundled size of the icon; an empty icon when the files are missing."""
    icon = QIcon()
    for size in SIZES:
        path = resource_path(f"icons/patient-reader-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def install_desktop_name() -> None:
    """The desktop file's id, before any window exists (Wayland's app id, how the desktop finds the icon)."""
    from PySide6.QtWidgets import QApplication

    QApplication.setDesktopFileName(DESKTOP_ID)


def install_app_icon() -> None:
    """Make the icon the default for every window of the running application (windows shown already get it too).

    Under X every window sends every size to the server (8 PNGs decoded, 512 px the largest): the main window does
    this right after its first paint (ui/app.py), a start-up deferral of 10-25 ms measured under Xvfb."""
    from PySide6.QtWidgets import QApplication

    install_desktop_name()
    if QApplication.windowIcon().isNull():  # once (the kiosk's main window comes after the kiosk's icon)
        QApplication.setWindowIcon(app_icon())
