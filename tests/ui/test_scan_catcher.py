"""A scan that lands outside the scan box still reaches it: characters typed into the list
go to the scan box; in the search field, a scanner's burst (keys a few ms apart, ended by
Enter) is taken back out of the field and scanned, while a person's typing stays put."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, loaded, type_into

from revdesk.domain.outcomes import Outcome
from revdesk.ui.main_window import MainWindow


def scan_results(window: MainWindow) -> list[Any]:
    """Every update of every scan from now on, in order."""
    results: list[Any] = []
    window.scan_panel.result_changed.connect(results.append)
    return results


def assert_scanned(qtbot: QtBot, results: list[Any], pid: str) -> None:
    """The first scan to end was ``pid``'s, and it set the status."""
    qtbot.waitUntil(lambda: any(r.is_final for r in results), timeout=10_000)
    final = next(r for r in results if r.is_final)
    assert final.cleaned == pid and final.outcome is Outcome.DELIVERED


def test_a_scan_typed_into_the_list_goes_to_the_scan_box(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    pid = window.model.row_at(3).process_id
    view = window.list_panel.view
    view.setFocus()
    results = scan_results(window)
    for char in pid:  # the keyboard sends each key to whatever has the focus now
        target = QApplication.focusWidget() or view
        qtbot.keyClicks(target, char)
    assert QApplication.focusWidget() is window.scan_panel.scan_box
    qtbot.keyClick(window.scan_panel.scan_box, Qt.Key.Key_Return)
    assert_scanned(qtbot, results, pid)


def test_a_scanner_burst_in_the_search_field_is_scanned_and_taken_out(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    pid = window.model.row_at(5).process_id
    search = window.list_panel.search
    search.setFocus()
    qtbot.keyClicks(search, "ana")
    results = scan_results(window)
    type_into(search, pid, start_ms=10_000, gap_ms=4)
    assert search.text() == "ana"
    assert QApplication.focusWidget() is window.scan_panel.scan_box
    assert_scanned(qtbot, results, pid)


def test_a_person_typing_in_the_search_field_is_left_alone(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    search = window.list_panel.search
    search.setFocus()
    results = scan_results(window)
    type_into(search, "garcia", start_ms=20_000, gap_ms=120)
    type_into(search, "x", start_ms=30_000, gap_ms=2)  # too short to be a scan
    assert search.text() == "garciax" and results == []
    assert QApplication.focusWidget() is search
