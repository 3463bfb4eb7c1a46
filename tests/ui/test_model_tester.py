"""Every item model in revdesk/ui passes pytest-qt's model tester, with real rows loaded and
then changed the way the station changes them: the tester stays connected and checks the
model again at every signal (rows inserted, layout changed, data changed, reset).

Each model is checked twice: by Qt's own QAbstractItemModelTester (its faults are Qt
warnings, which fail the test: ``qt_log_level_fail``) and by pytest-qt's Python port of it,
which also checks the type of what each role returns.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QItemSelection, QItemSelectionModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, confirm, loaded

from revdesk.domain.audit import PRINT, STATUS_CHANGE
from revdesk.domain.outbox import OutboxStore
from revdesk.domain.process_index import COLUMNS
from revdesk.ui.dialogs.bulk_status import BulkStatusDialog
from revdesk.ui.dialogs.history_view import EVERYTHING, HistoryView
from revdesk.ui.main_window import MainWindow
from revdesk.ui.outbox_model import EntriesModel
from revdesk.ui.recent_scans import MAX_ROWS

Check = Callable[[QAbstractItemModel], None]
CUSTOMER = COLUMNS.index("customer")


@pytest.fixture(params=["qt", "python"])
def check(request: pytest.FixtureRequest, qtmodeltester: ModelTester) -> Check:
    """``check(model)``: the model tester on ``model`` for the rest of the test."""
    force_py = request.param == "python"
    return lambda model: qtmodeltester.check(model, force_py=force_py)


def pids(window: MainWindow, *, skip: tuple[str, ...] = ("CANCELED", "IN_WAREHOUSE")) -> list[str]:
    model = window.model
    return [model.row_at(r).process_id for r in range(model.rowCount())
            if model.row_at(r).status not in skip]


def finals(qtbot: QtBot, window: MainWindow, count: int) -> None:
    """Wait until the recent scans list ``count`` scans, each with its final result."""
    recent = window.scan_panel.recent_model
    qtbot.waitUntil(lambda: recent.rowCount() >= count and all(
        recent.result_at(r).is_final for r in range(recent.rowCount())), timeout=15_000)


def test_the_returns_list(qtbot: QtBot, make_window: MakeWindow, arun: Any, check: Check) -> None:
    window = loaded(qtbot, make_window)  # the first page of the embedded sandbox's 500
    model, panel, view = window.model, window.list_panel, window.list_panel.view
    assert model.has_more
    check(model)

    assert arun(model.fetch_next_page()) > 0  # rows inserted at the end
    view.setCurrentIndex(model.index(7, 0))  # persistent indexes to carry along
    view.selectionModel().select(QItemSelection(model.index(3, 0), model.index(5, 0)),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
    view.sortByColumn(CUSTOMER, Qt.SortOrder.DescendingOrder)  # layout changed
    arun(model.fetch_next_page())  # merged into the sorted rows
    first_name = model.row_at(0).customer.split()[0]
    panel.search.setText(first_name.lower())  # filtered
    assert 0 < model.rowCount() < model.loaded_count
    panel.search.setText("no such return")  # nothing shown: the current row is let go
    assert model.rowCount() == 0
    panel.search.clear()
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the server's order again

    pid = pids(window)[0]
    window.scan_panel.submit_text(pid)  # its row changes in place
    finals(qtbot, window, 1)
    model.set_marks({pid: (True, "set"), model.row_at(1).process_id: (False, "refused")})
    arun(model.refresh())
    assert arun(model.search_server("RP-100001")) >= 0
    model.show_cached([model.row_at(r) for r in range(40)], time.time())  # reset
    assert model.rowCount() == 40
    # The tester asks for more rows at every check, as a view does: let the last page land
    # while it still watches, not after the test.
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)


def test_the_recent_scans(qtbot: QtBot, make_window: MakeWindow, check: Check) -> None:
    window = loaded(qtbot, make_window)
    model = window.scan_panel.recent_model
    check(model)
    for pid in pids(window)[:4]:
        window.scan_panel.submit_text(pid)  # a row inserted, then changed when final
    window.scan_panel.submit_text("not a process id")
    window.scan_panel.submit_text("RP-999999")  # unknown to REVER
    finals(qtbot, window, 6)
    assert model.rowCount() == 6
    # The list keeps the newest MAX_ROWS: older rows are removed at the bottom.
    scanned = [model.result_at(r) for r in range(model.rowCount())]
    for n in range(MAX_ROWS):
        model.note(dataclasses.replace(scanned[n % len(scanned)], seq=10_000_000 + n))
    assert model.rowCount() == MAX_ROWS


@pytest.mark.parametrize("table", ["items_model", "history_model"])
def test_the_return_detail_tables(qtbot: QtBot, make_window: MakeWindow, check: Check,
                                  table: str) -> None:
    window = loaded(qtbot, make_window)
    detail = window.detail
    check(getattr(detail, table))
    first, second = pids(window)[:2]
    window.returns.open_process(first)
    qtbot.waitUntil(lambda: detail.current_details() is not None, timeout=10_000)
    detail.status_combo.setCurrentIndex(detail.status_combo.findData("ERROR"))
    detail.set_status_button.click()
    qtbot.waitUntil(lambda: "set to ERROR" in detail.state_label.text(), timeout=10_000)
    assert detail.history_model.rowCount() == 1 and detail.items_model.rowCount() >= 1
    window.returns.open_process(second)
    qtbot.waitUntil(lambda: detail.current_details() is not None
                    and detail.current_details().process.process_id == second,  # type: ignore[union-attr]
                    timeout=10_000)


def test_the_bulk_results(qtbot: QtBot, make_window: MakeWindow, check: Check) -> None:
    window = loaded(qtbot, make_window)
    view, model = window.list_panel.view, window.model
    view.selectionModel().select(QItemSelection(model.index(0, 0), model.index(11, 0)),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
    window.returns.bulk.trigger()
    dialog = window.returns.bulk_dialog
    assert isinstance(dialog, BulkStatusDialog)
    check(dialog.results)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("ERROR"))
    dialog.start_button.click()  # each row updated with its result
    confirm(dialog)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30_000)
    assert dialog.results.rowCount() == 12


@pytest.mark.parametrize("table", ["events_model", "summary_model"])
def test_the_history_tables(qtbot: QtBot, make_window: MakeWindow, check: Check,
                            table: str) -> None:
    window = loaded(qtbot, make_window)
    for pid in pids(window)[:3]:
        window.scan_panel.submit_text(pid)  # delivered status changes
    finals(qtbot, window, 3)
    window.shift_actions.show_history.trigger()
    view = window.shift_actions.history_view
    assert isinstance(view, HistoryView)
    qtbot.waitUntil(view.isVisible)
    model = getattr(view, table)
    check(model)
    audit = view.audit
    qtbot.waitUntil(lambda: len(audit.events(action=STATUS_CHANGE)) == 3, timeout=15_000)
    audit.record(PRINT, process_id="RP-100099", result="failed", detail="No label for RP-100099.")
    for hour, status, result in [(9, "IN_WAREHOUSE", "delivered"), (9, "ERROR", "delivered"),
                                 (10, "IN_WAREHOUSE", "failed")]:
        audit.record(STATUS_CHANGE, process_id=f"RP-1{hour}001", new=status, result=result,
                     at=time.mktime((2026, 11, 23, hour, 5, 0, 0, 0, -1)))
    view.refresh()  # reset, with what was just recorded
    assert model.rowCount() > 0
    view.range_filter.setCurrentIndex(view.range_filter.findData(EVERYTHING))  # reset
    view.result_filter.setCurrentIndex(view.result_filter.findData("failed"))
    view.process_filter.setText("0099")
    view.process_filter.clear()


def test_the_outbox_tables(qtbot: QtBot, tmp_path: Path, check: Check) -> None:
    store = OutboxStore(tmp_path / "outbox.sqlite3")
    try:
        for n, (status, source) in enumerate([("IN_WAREHOUSE", "scan"), ("ERROR", "detail"),
                                              ("IN_WAREHOUSE", "bulk"), ("COLLECTED", "cli")]):
            store.add(f"RP-10{n:04d}", status, previous_status="CREATED", source=source)
        model = EntriesModel()
        check(model)
        model.set_entries(store.pending())
        first = store.pending()[0]
        store.postpone(first.id, "REVER could not be reached.", time.time() + 30)
        model.set_entries(store.pending())  # the same entries: updated in place
        store.fail(store.pending()[1].id, "Not found: REVER does not know this return.")
        model.set_entries(store.pending())  # one fewer: replaced
        model.set_entries(store.failed())
        model.set_entries([])
        assert model.rowCount() == 0
    finally:
        store.close()
