"""How the window is laid out: usable at 1024x768 with nothing cut, the items of a return
readable, the shortcuts help as a table, icons that need no font."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, loaded

from revdesk.ui.dialogs.shortcuts import ShortcutsDialog


def test_the_shortcuts_help_is_a_table_of_key_and_what_it_does(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.station_actions.shortcuts.trigger()
    dialog = window.findChild(ShortcutsDialog, "shortcutsBox")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    model = dialog.model
    assert model.columnCount() == 2
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 1)] == [
        "Key", "What it does"]
    keys = [row[0] for row in model.rows]
    assert "Ctrl+Shift+L" in keys and "Ctrl+Z" in keys
    assert ("Ctrl+Shift+L", "Load every page") in model.rows
    view: QTableView = dialog.view
    metrics = view.fontMetrics()
    # Each key whole in its own column, each description whole in the other: no wrap, no "…".
    assert view.columnWidth(0) >= max(metrics.horizontalAdvance(k) for k in keys)
    assert view.columnWidth(1) >= max(metrics.horizontalAdvance(t) for _, t in model.rows)
    assert not view.horizontalScrollBar().isVisible()
    dialog.close()


def test_the_list_finds_a_return_by_the_customer_e_mail(qtbot: QtBot,
                                                       make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    panel, model = window.list_panel, window.model
    target = model.row_at(3)
    assert target.customer_email
    panel.search.setText(target.customer_email.upper())
    assert [model.row_at(r).process_id for r in range(model.rowCount())] == [target.process_id]
    assert not panel.no_match.isVisible()


def test_an_empty_result_says_no_return_matches(qtbot: QtBot,
                                                make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    panel = window.list_panel
    assert not panel.no_match.isVisible()
    panel.search.setText("nobody-at-all@nowhere.example")
    assert window.model.rowCount() == 0
    assert panel.no_match.isVisible()
    assert "No return matches “nobody-at-all@nowhere.example”" in panel.no_match.text()
    panel.search.clear()
    assert window.model.rowCount() > 0 and not panel.no_match.isVisible()
