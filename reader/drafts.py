"""Drafts of articles being written (kladder), saved atomically so an unsaved edit survives a crash."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader import paths
from reader.atomic import write_text
from reader.authoring import ArticleForm

FOLDER = "kladder"
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class Draft:
    """An article being written: its form and body, the file it edits (None for a new one), when saved.

    Drafts hold article text only, never anything about a patient.
    """

    form: ArticleForm
    body: str
    editing: Path | None = None
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    saved_at: dt.datetime | None = None


def drafts_dir() -> Path:
    return paths.data_dir() / FOLDER


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _undate(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def _path(draft_id: str) -> Path:
    if not _ID.match(draft_id):
        raise ValueError(f"not a draft id: {draft_id!r}")
    return drafts_dir() / f"{draft_id}.json"


def save_draft(draft: Draft, *, now: dt.datetime | None = None) -> Draft:
    """Write the draft atomically (replacing its earlier save) and return it with saved_at set."""
    when = (now or dt.datetime.now()).replace(microsecond=0)
    form = draft.form
    data = {
        "version": 1, "saved_at": when.isoformat(), "editing": str(draft.editing) if draft.editing else None,
        "body": draft.body,
        "form": {"title": form.title, "category": form.category, "tags": list(form.tags), "summary": form.summary,
                 "url": form.url, "review_by": _date(form.review_by), "last_updated": _date(form.last_updated),
                 "published": _date(form.published), "extra": form.extra},
    }
    write_text(_path(draft.id), json.dumps(data, ensure_ascii=False, indent=1))
    return Draft(form, draft.body, draft.editing, draft.id, when)


def load_drafts() -> list[Draft]:
    """Every saved draft, newest first; a file that cannot be read is skipped (it is never deleted here)."""
    folder = drafts_dir()
    drafts: list[Draft] = []
    if not folder.is_dir():
        return drafts
    for path in folder.glob("*.json"):
        if not _ID.match(path.stem):
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            raw = data["form"]
            form = ArticleForm(
                title=str(raw["title"]), category=str(raw.get("category", "")),
                tags=tuple(str(tag) for tag in raw.get("tags", [])), summary=str(raw.get("summary", "")),
                url=str(raw.get("url", "")), review_by=_undate(raw.get("review_by")),
                last_updated=_undate(raw.get("last_updated")), published=_undate(raw.get("published")),
                extra={str(k): str(v) for k, v in dict(raw.get("extra") or {}).items()},
            )
            editing = Path(data["editing"]) if data.get("editing") else None
            drafts.append(Draft(form, str(data["body"]), editing, path.stem, dt.datetime.fromisoformat(data["saved_at"])))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
    return sorted(drafts, key=lambda d: (d.saved_at or dt.datetime.min, d.id), reverse=True)


def discard_draft(draft_id: str) -> None:
    """Remove a draft (after the article was saved, or when the person throws it away)."""
    with contextlib.suppress(FileNotFoundError):
        _path(draft_id).unlink()
