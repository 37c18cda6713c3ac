"""The self-test step for handouts: a PDF for every article, written to a temp folder and checked."""

from __future__ import annotations

import tempfile
from pathlib import Path

from reader.articles import Library
from reader.handout import Handout, HandoutError, HandoutItem, HandoutOptions
from reader.settings import ClinicProfile


def check_handouts(library: Library) -> list[str]:
    """One handout PDF per article (with QR and a clinic header); the failures, in words."""
    from ui.handout.printing import prepare, write_pdf

    failures: list[str] = []
    clinic = ClinicProfile(name="Selvtest Klinik", phone="12 34 56 78", website="www.example.dk")
    with tempfile.TemporaryDirectory(prefix="patient-reader-selftest-") as folder:
        for article in library.sorted():
            handout = Handout((HandoutItem(article.slug),), options=HandoutOptions(qr=True), clinic=clinic)
            out = Path(folder) / f"{article.slug}.pdf"
            try:
                layout = prepare(handout, library)
                write_pdf(layout, out)
                data = out.read_bytes()
            except (HandoutError, OSError) as error:
                failures.append(f"{article.slug}: vejledningen kunne ikke skrives ({error})")
                continue
            pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
            if not data.startswith(b"%PDF-") or pages != layout.page_count or pages < 1:
                failures.append(f"{article.slug}: PDF-filen er tom eller ugyldig")
    return failures
