"""The sidebar's list model (ui/sidebar/model.py): rows of ListItem, counted in C++."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from ui.sidebar.model import ArticleListModel, ListItem, Role


def test_the_rows_are_the_items_and_a_new_set_is_one_reset(qtbot: QtBot) -> None:
    model = ArticleListModel()
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.set_items([ListItem("a", "Ankel", "Opdateret 01.03.2025"), ListItem("b", "Bækken", badge="Klinik")])
    assert resets == [2] and model.rowCount() == 2 and model.has_details and not model.has_snippets
    first, second = model.index(0, 0), model.index(1, 0)
    assert first.data() == "Ankel" and first.data(Role.SLUG) == "a" and first.data(Role.DETAIL) == "Opdateret 01.03.2025"
    assert second.data(Role.BADGE) == "Klinik" and second.data(Qt.ItemDataRole.ToolTipRole) == "Bækken"
    assert not model.flags(first) & Qt.ItemFlag.ItemIsEditable  # the strings behind the count are never edited
    assert model.row_of("b") == 1 and model.row_of("x") == -1 and model.item(5) is None
    model.set_items([ListItem("b", "Bækken"), ListItem("c", "Criss-cross"), ListItem("b", "Bækken igen")])
    assert model.row_of("b") == 0 and model.row_of("c") == 1 and model.row_of("a") == -1  # the new rows' places
    model.set_items([])
    assert resets == [2, 3, 0] and model.rowCount() == 0 and not model.index(0, 0).isValid() and model.row_of("b") == -1


def test_a_list_view_lays_out_10000_rows_without_asking_python_for_the_count(qtbot: QtBot) -> None:
    """QListView asks rowCount twice per row at each layout (its hidden-row check): a Python rowCount made that
    20,000 calls into Python before the first paint of a 10,000-article library. The count is QStringListModel's."""
    assert "rowCount" not in ArticleListModel.__dict__ and ArticleListModel.rowCount is QStringListModel.rowCount
    model = ArticleListModel()
    asked: list[int] = []
    original = ArticleListModel.data

    def data(self: ArticleListModel, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        asked.append(index.row())
        return original(self, index, role)

    view = QListView()
    qtbot.addWidget(view)
    view.setUniformItemSizes(True)
    view.resize(300, 400)
    view.setModel(model)
    ArticleListModel.data = data  # type: ignore[method-assign]
    try:
        model.set_items([ListItem(f"s{n}", f"Artikel {n}") for n in range(10_000)])
        view.show()
        qtbot.waitExposed(view)
        view.viewport().repaint()
    finally:
        ArticleListModel.data = original  # type: ignore[method-assign]
    assert model.rowCount() == 10_000
    assert asked and len(set(asked)) < 200  # only the rows on screen (and a size sample) are asked for their text


def test_a_rows_mark_is_read_when_the_row_is_shown_not_for_every_row(qtbot: QtBot) -> None:
    model = ArticleListModel()
    asked: list[str] = []

    def mark(slug: str) -> str:
        asked.append(slug)
        return "Klinik" if slug != "s1" else ""

    model.mark = mark
    view = QListView()
    qtbot.addWidget(view)
    view.setUniformItemSizes(True)
    view.resize(300, 400)
    view.setModel(model)
    model.set_items([ListItem(f"s{n}", f"Artikel {n}", "Opdateret 01.03.2025", badge="Ny" if n == 2 else "")
                     for n in range(10_000)])
    assert asked == []  # nothing is marked ahead
    view.show()
    qtbot.waitExposed(view)
    view.viewport().repaint()
    assert len(set(asked)) < 200  # a view asks only for the rows it shows
    first, plain, both = model.item(0), model.item(1), model.item(2)
    assert first is not None and first.badge == "Klinik" and first.accessible == "Artikel 0, Opdateret 01.03.2025, Klinik"
    assert plain == ListItem("s1", "Artikel 1", "Opdateret 01.03.2025")
    assert both is not None and both.badge == "Ny · Klinik"
    assert model.index(0, 0).data(Role.BADGE) == "Klinik"
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Artikel 0, Opdateret 01.03.2025, Klinik"
    assert model.index(1, 0).data(Role.BADGE) == ""
