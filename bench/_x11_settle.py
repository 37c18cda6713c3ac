"""Start-up of any program under an Xvfb server of our own: launch → window mapped → screen stops changing, memory.

    with Xvfb() as server:
        result = server.launch(["zeal"], home)   # a Launch: mapped s, settled s, rss_mb 3 s after launch

No probe inside the program (Zeal or Qt Assistant cannot have one). The X server's DAMAGE extension says
when anything drew; then (at most once per POLL_S) the root window is read through shared memory (MIT-SHM;
libX11/libXext/libXdamage through ctypes, no extra package) and hashed, so the watching costs next to
nothing while the program starts (reading the screen every 10 ms instead made the reader's start 1.8×
slower on a busy 2-core machine). "Settled" is the time of the drawing that made the last change of the
screen's pixels followed by QUIET_S without a change. Without DAMAGE it polls every POLL_S. Memory is VmRSS summed over
the program's process tree MEMORY_AT_S after launch. The program runs with a throwaway HOME, XDG dirs and
TMPDIR, then gets SIGTERM (its whole process group), and the screen must be blank again before the next.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import select
import shutil
import signal
import statistics
import subprocess
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import cast

POLL_S = 0.010  # at most one screen read per 10 ms while the program draws (a read takes ~2 ms; Launch.grab_ms)
QUIET_S = 1.0  # the screen has stopped changing when it stays the same this long
MEMORY_AT_S = 3.0
TIMEOUT_S = 30.0
WIDTH, HEIGHT = 1280, 960


class SettleDetector:
    """Fed (seconds, frame digest) samples in time order: when the screen last changed and whether it has
    settled (no change for quiet seconds after at least one change from the first frame)."""

    def __init__(self, quiet: float = QUIET_S) -> None:
        self.quiet = quiet
        self.previous: int | None = None
        self.last_change: float | None = None
        self.changes = 0

    def feed(self, at: float, digest: int) -> bool:
        """Add one sample; True once the screen has settled (then `last_change` is the answer)."""
        if self.previous is None:
            self.previous = digest
        elif digest != self.previous:
            self.previous = digest
            self.last_change = at
            self.changes += 1
        return self.settled(at)

    def settled(self, now: float) -> bool:
        """Whether, at now, the screen has changed and then stayed the same for quiet seconds."""
        return self.last_change is not None and now - self.last_change >= self.quiet


def settle_time(samples: Sequence[tuple[float, int]], quiet: float = QUIET_S) -> float | None:
    """The settled time of a whole sequence of samples (None if it never settles)."""
    detector = SettleDetector(quiet)
    for at, digest in samples:
        if detector.feed(at, digest):
            return detector.last_change
    return None


@dataclass
class Launch:
    """One start: seconds from launch to the first viewable top-level window and to the settled screen."""

    mapped: float | None
    settled: float | None
    rss_mb: float
    processes: int
    grab_ms: list[float] = field(default_factory=list)  # what each screen read cost, for the overhead
    watch_cpu: float = 0.0  # CPU share of one core the watching took while it ran: this process ...
    server_cpu: float = 0.0  # ... and the X server (serving the reads, and drawing the program)


class _XImage(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int)]


class _ShmSegmentInfo(ctypes.Structure):
    _fields_ = [("shmseg", ctypes.c_ulong), ("shmid", ctypes.c_int), ("shmaddr", ctypes.c_void_p),
                ("readOnly", ctypes.c_int)]


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
                ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


_IS_VIEWABLE = 2
_MAP_NOTIFY = 19
_SUBSTRUCTURE_NOTIFY = 1 << 19
_DAMAGE_NOTIFY = 0  # XDamageNotify, added to the extension's event base
_DAMAGE_REPORT_NON_EMPTY = 3
_Z_PIXMAP = 2
_ALL_PLANES = ctypes.c_ulong(0xFFFFFFFF)
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _ignore_x_error(_display: int, _event: int) -> int:
    return 0  # a window gone between XQueryTree and XGetWindowAttributes: not fatal


_KEEP_HANDLER = _ERROR_HANDLER(_ignore_x_error)


class _Screen:
    """A libX11 connection to one display: a digest of the root window's pixels, the viewable top-levels."""

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11")
        if name is None:
            raise OSError("libX11 not found")
        x = self._x = ctypes.CDLL(name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XGetImage.restype = ctypes.POINTER(_XImage)
        x.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                                ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        x.XDestroyImage.argtypes = [ctypes.POINTER(_XImage)]
        x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                                 ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                                 ctypes.POINTER(ctypes.c_uint)]
        x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_XWindowAttributes)]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x.XSetErrorHandler(_KEEP_HANDLER)
        self._display = x.XOpenDisplay(display.encode())
        if not self._display:
            raise OSError(f"cannot open X display {display}")
        self._root = x.XDefaultRootWindow(self._display)
        self._shm = self._attach_shm()
        self._damage = self._watch_damage()
        self._event = (ctypes.c_char * 192)()  # an XEvent (a union of 24 longs)

    def _watch_damage(self) -> tuple[ctypes.CDLL, int, int] | None:
        """DAMAGE on the root (it reports drawing in every window) and MapNotify of its children: the screen
        is read only after something drew; None (poll every POLL_S) without libXdamage."""
        name, x = ctypes.util.find_library("Xdamage"), self._x
        if name is None:
            return None
        damage = ctypes.CDLL(name)
        damage.XDamageQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                                 ctypes.POINTER(ctypes.c_int)]
        damage.XDamageCreate.restype = ctypes.c_ulong
        damage.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
        damage.XDamageSubtract.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not damage.XDamageQueryExtension(self._display, ctypes.byref(event_base), ctypes.byref(error_base)):
            return None
        for function in (x.XFlush, x.XPending, x.XConnectionNumber):
            function.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XSelectInput(self._display, self._root, _SUBSTRUCTURE_NOTIFY)
        handle = damage.XDamageCreate(self._display, self._root, _DAMAGE_REPORT_NON_EMPTY)
        x.XFlush(self._display)
        return damage, handle, event_base.value + _DAMAGE_NOTIFY

    def wait(self, timeout: float) -> tuple[bool, bool]:
        """Wait up to timeout s for drawing or a window mapped: (something drew, a window was mapped).
        Without DAMAGE: sleep min(timeout, POLL_S) and say both, so the caller polls."""
        if self._damage is None:
            time.sleep(max(0.0, min(timeout, POLL_S)))
            return True, True
        damage, handle, damage_type = self._damage
        x, drew, mapped = self._x, False, False
        if not x.XPending(self._display):
            select.select([x.XConnectionNumber(self._display)], [], [], max(0.0, timeout))
        while x.XPending(self._display):
            x.XNextEvent(self._display, self._event)
            kind = ctypes.c_int.from_buffer(self._event).value
            drew, mapped = drew or kind == damage_type, mapped or kind == _MAP_NOTIFY
        if drew:
            damage.XDamageSubtract(self._display, handle, 0, 0)  # report the next drawing too
            x.XFlush(self._display)
        return drew, mapped

    def _attach_shm(self) -> ctypes._Pointer[_XImage] | None:
        """An XImage in shared memory (MIT-SHM): the server copies the screen into it, nothing goes over the
        socket (a third of the cost of XGetImage here); None when the extension or libXext is missing."""
        name, libc_name = ctypes.util.find_library("Xext"), ctypes.util.find_library("c")
        if name is None or libc_name is None:
            return None
        ext, libc, x = ctypes.CDLL(name), ctypes.CDLL(libc_name, use_errno=True), self._x
        ext.XShmQueryExtension.argtypes = [ctypes.c_void_p]
        if not ext.XShmQueryExtension(self._display):
            return None
        ext.XShmCreateImage.restype = ctypes.POINTER(_XImage)
        ext.XShmCreateImage.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_uint, ctypes.c_int,
                                        ctypes.c_void_p, ctypes.POINTER(_ShmSegmentInfo), ctypes.c_uint,
                                        ctypes.c_uint]
        ext.XShmAttach.argtypes = [ctypes.c_void_p, ctypes.POINTER(_ShmSegmentInfo)]
        ext.XShmGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_XImage), ctypes.c_int,
                                     ctypes.c_int, ctypes.c_ulong]
        libc.shmat.restype = ctypes.c_void_p
        libc.shmat.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
        libc.shmctl.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_void_p]
        x.XDefaultVisual.restype = ctypes.c_void_p
        x.XDefaultVisual.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XDefaultDepth.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self._shm_info = _ShmSegmentInfo()
        image = ext.XShmCreateImage(self._display, x.XDefaultVisual(self._display, 0), x.XDefaultDepth(self._display, 0),
                                    _Z_PIXMAP, None, ctypes.byref(self._shm_info), WIDTH, HEIGHT)
        if not image:
            return None
        size = image.contents.bytes_per_line * image.contents.height
        shmid = libc.shmget(0, size, 0o1600)  # IPC_PRIVATE, IPC_CREAT | 0600
        if shmid < 0:
            return None
        address = libc.shmat(shmid, None, 0)
        self._shm_info.shmid, self._shm_info.shmaddr, self._shm_info.readOnly = shmid, address, 0
        image.contents.data = address
        ok = ext.XShmAttach(self._display, ctypes.byref(self._shm_info))
        x.XSync(self._display, 0)
        libc.shmctl(shmid, 0, None)  # IPC_RMID: gone once both sides detach
        if not ok:
            return None
        self._shm_get, self._shm_buffer = ext.XShmGetImage, (ctypes.c_char * size).from_address(address)
        return cast("ctypes._Pointer[_XImage]", image)

    def digest(self) -> int:
        """CRC-32 of the root window's pixels (shared memory when the server offers it, else XGetImage)."""
        if self._shm is not None:
            if not self._shm_get(self._display, self._root, self._shm, 0, 0, _ALL_PLANES):
                raise OSError("XShmGetImage failed")
            return zlib.crc32(self._shm_buffer)
        image = self._x.XGetImage(self._display, self._root, 0, 0, WIDTH, HEIGHT, _ALL_PLANES, _Z_PIXMAP)
        if not image:
            raise OSError("XGetImage failed")
        try:
            size = image.contents.bytes_per_line * image.contents.height
            return zlib.crc32((ctypes.c_char * size).from_address(image.contents.data))
        finally:
            self._x.XDestroyImage(image)

    def viewable_windows(self) -> int:
        """How many children of the root (top-level windows: no window manager here) are viewable and bigger
        than a pixel."""
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        if not self._x.XQueryTree(self._display, self._root, ctypes.byref(root), ctypes.byref(parent),
                                  ctypes.byref(children), ctypes.byref(count)):
            return 0
        found = 0
        try:
            attributes = _XWindowAttributes()
            for n in range(count.value):
                if (self._x.XGetWindowAttributes(self._display, children[n], ctypes.byref(attributes))
                        and attributes.map_state == _IS_VIEWABLE and attributes.width > 1 and attributes.height > 1):
                    found += 1
        finally:
            if children:
                self._x.XFree(children)
        return found

    def close(self) -> None:
        self._x.XCloseDisplay(self._display)


def tree_rss_mb(pid: int) -> tuple[float, int]:
    """VmRSS summed over pid and all its descendants (MB), and how many processes that is."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text("ascii")
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    total_kb, count, todo = 0, 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            status = Path(f"/proc/{current}/status").read_text("ascii")
        except OSError:
            continue
        count += 1
        total_kb += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return total_kb / 1024, count


def available() -> str | None:
    """None when Xvfb and libX11 are here; otherwise why the X rows are skipped."""
    if shutil.which("Xvfb") is None:
        return "no Xvfb (apt-get install xvfb)"
    if ctypes.util.find_library("X11") is None:
        return "no libX11"
    return None


def throwaway_env(home: Path, display: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a launch on display: HOME, the XDG dirs and TMPDIR under home/user (no real
    profile; TMPDIR also keeps single-instance sockets apart), Qt on xcb, plus extra."""
    user = home / "user"
    dirs = {"XDG_CONFIG_HOME": user / ".config", "XDG_DATA_HOME": user / ".local" / "share",
            "XDG_CACHE_HOME": user / ".cache", "XDG_RUNTIME_DIR": user / "runtime", "TMPDIR": user / "tmp"}
    for folder in dirs.values():
        folder.mkdir(parents=True, exist_ok=True)
    dirs["XDG_RUNTIME_DIR"].chmod(0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PATIENT_READER", "XDG_", "WAYLAND", "QT_"))}
    env.update({name: str(folder) for name, folder in dirs.items()})
    env.update(HOME=str(user), DISPLAY=display, QT_QPA_PLATFORM="xcb",
               QTWEBENGINE_DISABLE_SANDBOX="1")  # Zeal's Chromium will not start as root with its sandbox
    env.update(extra or {})
    return env


class Xvfb:
    """An Xvfb server on a free display number (it picks one: -displayfd), and launches timed on it."""

    def __init__(self) -> None:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp", "-br",
             "-noreset"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.process.kill()
            raise OSError("Xvfb did not start")
        self.display = f":{number}"
        self.screen = _Screen(self.display)
        self.blank = self.screen.digest()

    def __enter__(self) -> Xvfb:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.screen.close()
        self.process.terminate()
        self.process.wait(10)

    def cpu_s(self) -> float:
        """The server's CPU time so far (user + system, s): what serving the screen reads costs it."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text("ascii").rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def launch(self, command: list[str], env: dict[str, str], cwd: Path | None = None) -> Launch:
        """Start command, watch the screen until it settles and MEMORY_AT_S has passed, then end it."""
        self._wait_blank()
        self.screen.wait(0)  # events from before the launch are not the program's
        detector = SettleDetector()
        detector.feed(0.0, self.blank)
        mapped: float | None = None
        rss: tuple[float, int] | None = None
        grabs: list[float] = []
        drew_at: float | None = None  # drawing since the last screen read (its time: the latest drawing)
        last_read = -POLL_S
        cpu, server_cpu = time.process_time(), self.cpu_s()
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            while True:
                now = time.perf_counter() - started
                due = [TIMEOUT_S, 0.05 + now]  # 50 ms: whether the program is still there
                if rss is None:
                    due.append(MEMORY_AT_S)  # (past due only until the loop below reads it)
                if detector.last_change is not None and detector.last_change + detector.quiet > now:
                    due.append(detector.last_change + detector.quiet)
                if drew_at is not None:
                    due.append(last_read + POLL_S)  # at most one screen read per POLL_S
                drew, window = self.screen.wait(min(due) - now)
                now = time.perf_counter() - started
                if drew:
                    drew_at = now
                if window and mapped is None and self.screen.viewable_windows():
                    mapped = now
                if drew_at is not None and now - last_read >= POLL_S:
                    before = time.perf_counter()
                    digest = self.screen.digest()
                    last_read = time.perf_counter() - started
                    grabs.append((time.perf_counter() - before) * 1000)
                    detector.feed(drew_at, digest)
                    drew_at = None
                if rss is None and now >= MEMORY_AT_S:
                    rss = tree_rss_mb(process.pid)
                settled = drew_at is None and detector.settled(now)
                if (settled and rss is not None) or now > TIMEOUT_S or process.poll() is not None:
                    break
            wall = time.perf_counter() - started
            cpu, server_cpu = (time.process_time() - cpu) / wall, (self.cpu_s() - server_cpu) / wall
        finally:
            self._end(process)
        if rss is None:
            raise RuntimeError(f"{command[0]} ended after {wall:.1f} s, before memory was read")
        return Launch(mapped, detector.last_change if settled else None, rss[0], rss[1], grabs, cpu, server_cpu)

    def _end(self, process: subprocess.Popen[bytes]) -> None:
        """SIGTERM to the program's process group, then SIGKILL to what is left (e.g. QtWebEngineProcess)."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(5)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)

    def _wait_blank(self, seconds: float = 10.0) -> None:
        deadline = time.perf_counter() + seconds
        while self.screen.digest() != self.blank or self.screen.viewable_windows():
            if time.perf_counter() > deadline:
                raise RuntimeError("the screen did not clear after the last program")
            time.sleep(POLL_S)


def median_or_none(values: Sequence[float | None]) -> float | None:
    """The median of the values that are there (None when none are)."""
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None
