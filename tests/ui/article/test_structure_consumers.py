"""The window's contents list, section stepping and anchors all follow the one article outline (setext too)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.articles import Library, Source
from reader.settings import Settings
from tests.reader.test_structure import ARTICLE
from ui.article.consultation import SectionStepper
from ui.article.sections import anchor_tops
from ui.mainwindow.window import MainWindow

MakeWindow = Callable[..., MainWindow]


def test_contents_list_and_page_anchors_follow_the_outline(
    qtbot: QtBot, make_window: MakeWindow, write_article: Callable[..., Path],
) -> None:
    library = Library.load([Source(write_article("knae.md", ARTICLE).parent)])
    window = make_window(Settings(), library)
    window.open_article("knae")
    toc = window.reading.toc
    assert toc.anchors() == ["oevelser", "oevelser-2", "tredje-afsnit", "sidste-afsnit"]  # `##` and FAQ questions
    titles = [toc.tree.topLevelItem(i).text(0) for i in range(toc.tree.topLevelItemCount())]
    assert titles == ["Øvelser", "Øvelser", "Tredje afsnit", "Sidste afsnit"]
    assert {*toc.anchors(), "hvad-goer-jeg"} <= set(anchor_tops(window.view.document()))  # all on the page
    stepper = SectionStepper(window.view, active=False)
    assert stepper.count == 4
    stepper.go_to("tredje-afsnit")
    assert (stepper.position, stepper.title(), stepper.anchor) == (3, "Tredje afsnit", "tredje-afsnit")
    stepper.go_to("hvad-goer-jeg")  # a `###` goes to its own heading, inside its `##` section
    assert stepper.position == 3
