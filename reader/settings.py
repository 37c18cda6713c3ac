"""Typed settings with one table of defaults, a schema version and an atomic, corruption-proof file."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader import paths
from reader.regular_file import NotRegularError, TooBigError, read_regular

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"
ZOOM_MIN, ZOOM_MAX = 80, 300


@dataclass
class ClinicProfile:
    """The clinic's details for handout headers (never a patient's)."""

    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: str = ""


@dataclass
class Settings:
    """Every setting the app keeps, with its default. A patient's name or note never goes here."""

    zoom: int = 100
    window_geometry: str = ""
    window_state: str = ""
    splitter_state: str = ""
    last_article: str = ""
    theme: str = "system"
    language: str = ""
    clinic_folder: str = ""
    clinic: ClinicProfile = field(default_factory=ClinicProfile)
    favourites: list[str] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)
    kiosk_default: bool = False
    kiosk_idle_timeout: int = 90
    kiosk_printing: bool = False
    kiosk_pin_hash: str = ""
    review_months: int = 24
    lix_limit: int = 0  # above this LIX the problems list notes an article; 0 = off
    handout_templates: list[dict[str, Any]] = field(default_factory=list)
    default_zoom: int = 100
    present_zoom: int = 160
    handout_folder: str = ""  # the folder the last handout PDF was saved in (never its name: it may name the patient)

    def clamp(self) -> None:
        """Bring out-of-range values back into range."""
        self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, int(self.zoom)))
        self.kiosk_idle_timeout = max(10, min(3600, int(self.kiosk_idle_timeout)))
        self.review_months = max(1, min(240, int(self.review_months)))
        self.lix_limit = max(0, min(100, int(self.lix_limit)))
        self.recent = self.recent[:10]
        self.default_zoom = max(ZOOM_MIN, min(ZOOM_MAX, int(self.default_zoom)))
        self.present_zoom = max(ZOOM_MIN, min(ZOOM_MAX, int(self.present_zoom)))
        self.favourites = [s for s in self.favourites if isinstance(s, str)]
        self.recent = [s for s in self.recent if isinstance(s, str)]


@dataclass
class LoadedSettings:
    """Settings plus a warning for the user when the file could not be used."""

    settings: Settings
    warning: str | None = None


def settings_path() -> Path:
    return paths.config_dir() / FILE_NAME


def _coerce(default: Any, value: Any) -> Any:
    """value if it has the default's type, else the default (so a hand-edited file cannot break types)."""
    if dataclasses.is_dataclass(default) and isinstance(value, dict):
        return _from_dict(type(default), value)
    if isinstance(default, bool):
        return value if isinstance(value, bool) else default
    if isinstance(default, int):
        return value if isinstance(value, int) and not isinstance(value, bool) else default
    if isinstance(default, str):
        return value if isinstance(value, str) else default
    if isinstance(default, list):
        return value if isinstance(value, list) else default
    return default


def _from_dict(cls: Any, data: dict[str, Any]) -> Any:
    instance = cls()
    for item in dataclasses.fields(cls):
        if item.name in data:
            setattr(instance, item.name, _coerce(getattr(instance, item.name), data[item.name]))
    return instance


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file's dictionary up to SCHEMA_VERSION (no older versions exist yet)."""
    return data


MAX_SETTINGS_BYTES = 4 * 1024 * 1024


def load(path: Path | None = None) -> LoadedSettings:
    """Settings from disk; a missing file gives defaults; a corrupt one gives defaults, a warning and a backup."""
    path = path or settings_path()
    try:
        # Only a regular file, and only so much of it: a link to /dev/zero or a FIFO must not stall the start.
        raw = read_regular(path, MAX_SETTINGS_BYTES).decode("utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except (UnicodeDecodeError, TooBigError, NotRegularError, IsADirectoryError):
        return _corrupt(path)
    except OSError as error:
        reason = error.strerror or str(error)
        return LoadedSettings(Settings(), f"Indstillingerne kunne ikke læses ({reason}); standardindstillinger bruges.")
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        version = data.get("schema", 0)
        if not isinstance(version, int) or isinstance(version, bool) or version > SCHEMA_VERSION:
            raise ValueError(f"unknown schema {version!r}")
        settings = _from_dict(Settings, migrate(data))
        settings.clamp()
        return LoadedSettings(settings)
    except (ValueError, TypeError, OverflowError, RecursionError):
        return _corrupt(path)


def _corrupt(path: Path) -> LoadedSettings:
    """Defaults, the bad file kept beside it as a backup, and a warning that says where."""
    backup = path.with_name(f"{path.stem}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}{path.suffix}")
    try:
        os.replace(path, backup)
        where = f" En kopi af den gamle fil er gemt som {backup.name}."
    except OSError:
        where = ""
    return LoadedSettings(Settings(), f"Indstillingsfilen var beskadiget; standardindstillinger bruges.{where}")


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a temp file in the same folder, flushed, then renamed over the old one."""
    path = path or settings_path()
    data = {"schema": SCHEMA_VERSION, **dataclasses.asdict(settings)}
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
    from reader import atomic  # on save only: its tempfile and shutil are not needed to start

    # Readable by its owner only: it holds the kiosk PIN's hash.
    atomic.write_text(path, text, mode=0o600)
