"""The article view's "Vælg en artikel" page is laid out only when it is shown with nothing open (a start-up deferral)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.articles import Library
from ui.article.view import ArticleView
from ui.base.styles import DARK


def test_the_placeholder_is_laid_out_at_the_first_show_in_the_colours_set_before(qtbot: QtBot, library: Library) -> None:
    view = ArticleView(library)
    qtbot.addWidget(view)
    assert view.toPlainText() == ""  # not built yet
    view.set_colours(DARK)
    view.show()
    qtbot.waitExposed(view)
    assert "Vælg en artikel" in view.toPlainText()
    assert DARK.text in view.document().defaultStyleSheet()


def test_an_article_opened_before_the_show_never_makes_the_placeholder(qtbot: QtBot, library: Library) -> None:
    view = ArticleView(library)
    qtbot.addWidget(view)
    assert view.open_article("nervesmerter", record=False)
    view.show()
    qtbot.waitExposed(view)
    assert "Vælg en artikel" not in view.toPlainText()
    view.leave_article()  # the start page: the placeholder behind it, as before
    assert "Vælg en artikel" in view.toPlainText()
