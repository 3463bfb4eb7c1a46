"""Scan resolution in the window: a tracking-number scan typed as a scanner types it, and
the pick list when a scan matches several returns (a digit key chooses; a scanner's burst
is a second scan, never digit keys). Against the sandbox over loopback."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot
from test_scan_panel import scan, status_of, wait_final

from revdesk.api.models import Process
from revdesk.domain.outcomes import Outcome
from revdesk.domain.process_index import ProcessRow
from revdesk.domain.scanning import Severity
from revdesk.ui import theme
from revdesk.ui.main_window import MainWindow
from revdesk.ui.pick_list import MatchesModel


def loaded(qtbot: QtBot, make_window: Any) -> MainWindow:
    window: MainWindow = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() >= 20, timeout=15_000)
    return window


def ready_rows(window: MainWindow) -> list[ProcessRow]:
    return [r for r in window.core.index.rows
            if r.status in ("CREATED", "COLLECTED") and r.tracking_id]


def test_a_tracking_scan_sets_in_warehouse_and_says_how(
        qtbot: QtBot, loopback: Any, make_window: Any) -> None:
    window = loaded(qtbot, make_window)
    target = ready_rows(window)[0]
    scan(qtbot, window, target.tracking_id)
    wait_final(qtbot, window)
    banner = window.scan_panel.banner
    assert banner.severity is Severity.OK
    assert banner.title.text() == f"{target.process_id}  IN_WAREHOUSE"
    assert f"→ {target.process_id}" in banner.detail.text()
    assert status_of(loopback.url, target.process_id) == "IN_WAREHOUSE"
    assert window.model.index_.get(target.process_id).status == "IN_WAREHOUSE"


def ambiguous(window: MainWindow) -> tuple[ProcessRow, ProcessRow]:
    """Two returns the list says share a tracking number (a split shipment)."""
    a, b = ready_rows(window)[:2]
    window.core.index.upsert([b._replace(tracking_id=a.tracking_id)])
    return a, b


def test_several_matches_open_the_pick_list_and_a_digit_chooses(
        qtbot: QtBot, loopback: Any, make_window: Any) -> None:
    window = loaded(qtbot, make_window)
    a, b = ambiguous(window)
    scan(qtbot, window, a.tracking_id)
    qtbot.waitUntil(lambda: window.scan_panel.pick_list is not None, timeout=10_000)
    dialog = window.scan_panel.pick_list
    assert dialog is not None and dialog.scan_result.outcome is Outcome.MATCHES
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert window.scan_panel.banner.severity is Severity.NOTICE
    offered = [p.process_id for p in dialog.scan_result.matches]
    assert sorted(offered) == sorted([a.process_id, b.process_id])
    assert status_of(loopback.url, b.process_id) == b.status  # nothing changed yet
    digit = str(offered.index(b.process_id) + 1)
    qtbot.keyClick(dialog.view, digit)
    qtbot.waitUntil(lambda: window.scan_panel.pick_list is None, timeout=5_000)
    wait_final(qtbot, window, 2)
    assert status_of(loopback.url, b.process_id) == "IN_WAREHOUSE"
    assert status_of(loopback.url, a.process_id) == a.status
    assert "pick" in window.scan_panel.banner.detail.text()


def test_a_scan_into_the_pick_list_is_a_scan_not_digits(
        qtbot: QtBot, loopback: Any, make_window: Any) -> None:
    window = loaded(qtbot, make_window)
    a, b = ambiguous(window)
    scan(qtbot, window, a.tracking_id)
    qtbot.waitUntil(lambda: window.scan_panel.pick_list is not None, timeout=10_000)
    dialog = window.scan_panel.pick_list
    assert dialog is not None
    # The parcel's other barcode: its process id, typed as a scanner types.
    qtbot.keyClicks(dialog.view, a.process_id)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    wait_final(qtbot, window, 2)
    qtbot.waitUntil(lambda: window.scan_panel.pick_list is None, timeout=5_000)
    assert status_of(loopback.url, a.process_id) == "IN_WAREHOUSE"
    assert status_of(loopback.url, b.process_id) == b.status


def recent_row(window: MainWindow, seq: int) -> tuple[str, Any]:
    model = window.scan_panel.recent_model
    row = next(r for r in range(model.rowCount()) if model.result_at(r).seq == seq)
    index = model.index(row, 0)
    return model.data(index), model.data(index, Qt.ItemDataRole.BackgroundRole)


def test_a_pick_list_left_open_by_the_next_parcel_says_the_first_was_not_received(
        qtbot: QtBot, loopback: Any, make_window: Any) -> None:
    """QA F11: the pick list vanished and its row kept "Press 1–2", which no longer works."""
    window = loaded(qtbot, make_window)
    a, b = ambiguous(window)
    other = ready_rows(window)[2]
    scan(qtbot, window, a.tracking_id)
    qtbot.waitUntil(lambda: window.scan_panel.pick_list is not None, timeout=10_000)
    first = window.scan_panel.pick_list.scan_result
    text, _ = recent_row(window, first.seq)
    assert "Press 1–2" in text
    scan(qtbot, window, other.process_id)  # the next parcel, without choosing
    wait_final(qtbot, window, 2)
    qtbot.waitUntil(lambda: window.scan_panel.pick_list is None, timeout=5_000)
    assert status_of(loopback.url, other.process_id) == "IN_WAREHOUSE"
    text, background = recent_row(window, first.seq)
    assert "not changed: scan it again" in text and "Press" not in text
    assert background.color().name() == theme.ERROR_BG.lower()
    assert status_of(loopback.url, a.process_id) == a.status
    assert status_of(loopback.url, b.process_id) == b.status


def test_another_barcode_of_the_same_parcel_leaves_no_unreceived_row(
        qtbot: QtBot, loopback: Any, make_window: Any) -> None:
    window = loaded(qtbot, make_window)
    a, _b = ambiguous(window)
    scan(qtbot, window, a.tracking_id)
    qtbot.waitUntil(lambda: window.scan_panel.pick_list is not None, timeout=10_000)
    first = window.scan_panel.pick_list.scan_result
    scan(qtbot, window, a.process_id)
    wait_final(qtbot, window, 2)
    qtbot.waitUntil(lambda: window.scan_panel.pick_list is None, timeout=5_000)
    assert not window.scan_panel.recent_model.is_unreceived(first)


def test_the_matches_model(qtbot: QtBot) -> None:
    model = MatchesModel([Process(process_id="RP-1"), Process(process_id="RP-2")])
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 2 and model.index(1, 0).data() == "2"
    assert model.index(0, 1).data() == "RP-1"
