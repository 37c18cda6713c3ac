"""The kiosk window's X11 side (EWMH through libX11 by ctypes): sticky on every desktop, mapped, activated.

Qt has no flag for "sticky", and no way to see that the window manager unmapped the window (another
desktop, iconic, "show desktop"). Everything here is a no-op returning None/True off X11 or without libX11.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache

from PySide6.QtGui import QGuiApplication

ALL_DESKTOPS = 0xFFFFFFFF
_CLIENT_MESSAGE, _IS_VIEWABLE = 33, 2
_SUBSTRUCTURE = (1 << 19) | (1 << 20)  # SubstructureNotifyMask | SubstructureRedirectMask
_ADD = 1


class _ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]


class _Event(ctypes.Union):
    _fields_ = [("message", _ClientMessage), ("pad", ctypes.c_long * 24)]


class _Attributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
                ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


class _X:
    def __init__(self, lib: ctypes.CDLL, display: int) -> None:
        self.lib, self.display = lib, ctypes.c_void_p(display)
        lib.XInternAtom.restype = ctypes.c_ulong
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
        lib.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        lib.XFlush.argtypes = [ctypes.c_void_p]
        self.root = lib.XDefaultRootWindow(self.display)

    def atom(self, name: str) -> int:
        return int(self.lib.XInternAtom(self.display, name.encode("ascii"), 0))

    def message(self, window: int, kind: str, *data: int) -> None:
        event = _Event()
        event.message.type, event.message.send_event = _CLIENT_MESSAGE, 1
        event.message.window, event.message.message_type, event.message.format = window, self.atom(kind), 32
        for index, value in enumerate(data):
            event.message.data[index] = ctypes.c_long(value if value < 2**63 else value - 2**64).value
        self.lib.XSendEvent(self.display, self.root, 0, _SUBSTRUCTURE, ctypes.byref(event))
        self.lib.XFlush(self.display)


@cache
def _x() -> _X | None:
    if QGuiApplication.platformName() != "xcb":
        return None
    name = ctypes.util.find_library("X11")
    if not name:
        return None
    try:
        lib = ctypes.CDLL(name)
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        display = lib.XOpenDisplay(None)  # our own connection: Qt's xcb one is not reachable from Python
    except (OSError, AttributeError):
        return None
    return _X(lib, display) if display else None


def hold(window_id: int) -> bool:
    """Ask the window manager: sticky on all desktops, above, and active (which also ends "show desktop")."""
    x = _x()
    if x is None:
        return False
    x.message(window_id, "_NET_WM_DESKTOP", ALL_DESKTOPS, 2)
    x.message(window_id, "_NET_WM_STATE", _ADD, x.atom("_NET_WM_STATE_STICKY"), x.atom("_NET_WM_STATE_ABOVE"), 2)
    x.message(window_id, "_NET_WM_STATE", _ADD, x.atom("_NET_WM_STATE_FULLSCREEN"), 0, 2)
    x.message(window_id, "_NET_ACTIVE_WINDOW", 2, 0, 0)  # source 2: a pager-like request, honoured by Openbox
    return True


def is_viewable(window_id: int) -> bool | None:
    """False when the window manager unmapped the window (iconic, another desktop, show desktop); None off X11."""
    x = _x()
    if x is None:
        return None
    attributes = _Attributes()
    if not x.lib.XGetWindowAttributes(x.display, window_id, ctypes.byref(attributes)):
        return None
    return bool(attributes.map_state == _IS_VIEWABLE)
