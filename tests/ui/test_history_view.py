"""The history view in the real window: the audit log filtered by time range, action, result
and process, exported to CSV (every filtered event, UTF-8), and the shift summary."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from station_window import loaded, type_into

from revdesk.domain.audit import PRINT, STATUS_CHANGE
from revdesk.ui import translation
from revdesk.ui.dialogs.history_view import EVERYTHING, SHIFT, HistoryView
from revdesk.ui.history_model import ACTION, CHANGE, OPERATOR, PROCESS, RESULT
from revdesk.ui.locale_format import clock, date_time
from revdesk.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def open_history(qtbot: QtBot, window: MainWindow) -> HistoryView:
    window.shift_actions.show_history.trigger()
    view = window.shift_actions.history_view
    assert isinstance(view, HistoryView)
    qtbot.waitUntil(lambda: view.isVisible() and view.loaded)
    return view


def test_history_reads_the_log_once_it_is_up_and_a_scan_meanwhile_is_kept(
        qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """QA F20: History read the whole log while opening, the window already blocked by it:
    a scanner's keys sent meanwhile went to the blocked window and Qt dropped them."""
    window = loaded(qtbot, make_window)
    window.activateWindow()
    audit = window.core.audit
    reads: list[object] = []
    original = audit.events
    monkeypatch.setattr(audit, "events", lambda **kw: reads.append(kw) or original(**kw))
    window.shift_actions.show_history.trigger()
    view = window.shift_actions.history_view
    assert isinstance(view, HistoryView)
    assert reads == [] and not view.loaded  # the dialog opens first
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is view)
    type_into(None, "RP-100004", start_ms=10_000, gap_ms=3)
    qtbot.waitUntil(lambda: [r.cleaned for r in window.core.pipeline.recent] == ["RP-100004"])
    qtbot.waitUntil(lambda: view.loaded and reads != [])
    assert view.process_filter.text() == ""


def shown(view: HistoryView, column: int) -> list[str]:
    model = view.events_model
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount())]


def choose(combo: Any, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_filters_export_and_shift_summary(qtbot: QtBot, loopback: Any, make_window: MakeWindow,
                                          tmp_path: Path) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=15_000)
    pid = next(window.model.row_at(r).process_id for r in range(window.model.rowCount())
               if window.model.row_at(r).status not in ("CANCELED", "IN_WAREHOUSE"))
    window.scan_panel.submit_text(pid)  # a real scan, delivered through the outbox
    audit = window.core.audit
    qtbot.waitUntil(lambda: len(audit.events(action=STATUS_CHANGE)) == 1, timeout=15_000)
    audit.record(PRINT, process_id=pid, result="ok", detail="carrier label; 1 page(s) on Zebra")
    audit.record(PRINT, process_id="RP-100099", result="failed", detail="No label for RP-100099.")
    yesterday = (datetime.now() - timedelta(days=1)).timestamp()
    audit.record(PRINT, process_id="RP-100042", result="ok", at=yesterday)

    view = open_history(qtbot, window)
    assert view.range_filter.currentData() == SHIFT
    # Newest first; yesterday's print is not in this shift.
    assert shown(view, PROCESS) == ["RP-100099", pid, pid]
    assert shown(view, ACTION) == ["Print", "Print", "Status change"]
    assert shown(view, CHANGE)[2].endswith(" → IN_WAREHOUSE")
    assert shown(view, RESULT) == ["failed", "ok", "delivered"]
    assert set(shown(view, OPERATOR)) == {""}  # nobody signed in on this station yet

    choose(view.range_filter, EVERYTHING)
    assert shown(view, PROCESS)[-1] == "RP-100042"
    choose(view.action_filter, PRINT)
    assert shown(view, PROCESS) == ["RP-100099", pid, "RP-100042"]
    choose(view.result_filter, "ok")
    assert shown(view, PROCESS) == [pid, "RP-100042"]
    view.process_filter.setText("0004")  # any part of the id
    assert shown(view, PROCESS) == ["RP-100042"]
    view.process_filter.clear()

    # "Export CSV…" through its file dialog: every filtered event, oldest first, UTF-8.
    target = tmp_path / "export" / "history.csv"
    target.parent.mkdir()
    view.export_button.click()
    dialog = view.file_dialog
    assert dialog is not None
    dialog.fileSelected.emit(str(target))  # what the dialog emits when the lead picks a file
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, for Excel
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    assert [(r["action"], r["process_id"], r["result"]) for r in rows] == [
        ("print", "RP-100042", "ok"), ("print", pid, "ok")]
    assert rows[1]["detail"] == "carrier label; 1 page(s) on Zebra"
    assert rows[1]["station"] == window.settings.station_name
    assert datetime.fromisoformat(rows[1]["time"]) > datetime.fromisoformat(rows[0]["time"])
    assert "2 events exported" in view.status.text()
    assert view.export_to(tmp_path / "missing" / "x.csv") == -1
    assert "could not be written" in view.status.text()

    # The shift summary: the one delivered scan, in its hour.
    choose(view.range_filter, SHIFT)
    [scanned] = audit.events(action=STATUS_CHANGE)
    hour = scanned.when.strftime("%Y-%m-%d %H:00")
    summary = view.summary_model
    assert summary.count(hour, "IN_WAREHOUSE") == 1
    assert summary.count("Total", "Total") == 1
    assert "1 parcel received" in view.summary_note.text()
    # Midnight, by default, written as the locale writes a time (English: en_US, 12:00 AM),
    # not a fixed "00:00".
    assert translation.apply_language("en")
    view.refresh()
    midnight = datetime.combine(datetime.now().date(), datetime.min.time()).timestamp()
    assert "AM" in clock(midnight, seconds=False)
    assert f"This shift started at {clock(midnight, seconds=False)}." in view.summary_note.text()
    qtbot.waitUntil(lambda: window.scan_panel.counter_label.text() == "Scanned this shift: 1")
    assert "Still waiting to be sent: 0; refused: 0" in view.summary_note.text()


def test_the_summary_counts_delivered_changes_per_hour_and_status(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    audit = window.core.audit

    def at(hour: int, minute: int) -> float:
        return datetime(2026, 11, 23, hour, minute).timestamp()

    for hour, minute, status, result in [(9, 5, "IN_WAREHOUSE", "delivered"),
                                         (9, 40, "IN_WAREHOUSE", "delivered"),
                                         (9, 50, "ERROR", "delivered"),
                                         (10, 1, "IN_WAREHOUSE", "delivered"),
                                         (10, 2, "IN_WAREHOUSE", "failed"),
                                         (10, 3, "ERROR", "superseded")]:
        audit.record(STATUS_CHANGE, process_id=f"RP-1{hour}{minute:02d}", new=status,
                     result=result, at=at(hour, minute), detail="scan")
    view = open_history(qtbot, window)
    assert view.summary_model.rowCount() == 0  # none in this shift
    choose(view.range_filter, EVERYTHING)
    summary = view.summary_model
    assert summary.statuses == ["ERROR", "IN_WAREHOUSE"]
    assert [summary.count("2026-11-23 09:00", s) for s in ("ERROR", "IN_WAREHOUSE", "Total")] == [
        1, 2, 3]
    assert [summary.count("2026-11-23 10:00", s) for s in ("ERROR", "IN_WAREHOUSE", "Total")] == [
        0, 1, 1]
    assert summary.count("Total", "Total") == 4
    # Each hour as the locale writes a date and time, as the events are (QA L5: ISO).
    nine = summary.index(0, 0).data()
    assert nine == date_time(datetime(2026, 11, 23, 9, 0)) and nine != "2026-11-23 09:00"
    view.tabs.setCurrentIndex(1)
    assert view.summary_view.isVisible()
    qtbot.keyClick(view.process_filter, Qt.Key.Key_Return)  # a stray scanner Enter
    assert view.isVisible()  # presses no button: the view stays


def test_export_for_european_excel_uses_semicolons_and_defuses_formulas(
        qtbot: QtBot, tmp_path: Path) -> None:
    """The second file type of "Export CSV…" writes ';'-separated CSV (what Excel expects
    where the decimal mark is a comma), with the BOM, and formulas shown as text."""
    from revdesk.domain.audit import AuditLog

    audit = AuditLog(tmp_path / "audit.sqlite3", station="DOCK-2", operator="Ana García")
    audit.record(PRINT, process_id="=HYPERLINK(\"http://x\")", result="ok",
                 detail="carrier label; 1 page(s)")
    view = HistoryView(audit, shift_started=lambda: 0.0)
    qtbot.addWidget(view)
    try:
        view.export_button.click()
        dialog = view.file_dialog
        assert dialog is not None
        filters = dialog.nameFilters()
        assert len(filters) == 2 and "semicolon" in filters[1].lower()
        dialog.selectNameFilter(filters[1])
        target = tmp_path / "europe.csv"
        dialog.fileSelected.emit(str(target))
        data = target.read_bytes()
        assert data.startswith(b"\xef\xbb\xbftime;station;operator;")
        (row,) = csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";")
        assert row["operator"] == "Ana García" and row["detail"] == "carrier label; 1 page(s)"
        assert row["process_id"] == "'=HYPERLINK(\"http://x\")"
        # The first file type stays the comma-separated CSV of before.
        comma = tmp_path / "comma.csv"
        assert view.export_to(comma) == 1
        assert comma.read_bytes().startswith(b"\xef\xbb\xbftime,station,")
    finally:
        dialog = view.file_dialog
        if dialog is not None:
            dialog.close()
        audit.close()


def test_export_never_leaves_half_a_file_nor_waits_on_a_fifo(
        qtbot: QtBot, tmp_path: Path) -> None:
    """A full disk truncated the file it replaced and left half a CSV under its name; a
    FIFO chosen in the dialog froze the window for ever, waiting for a reader."""
    import os
    import signal
    import subprocess

    from revdesk.domain.audit import AuditLog

    audit = AuditLog(tmp_path / "audit.sqlite3", station="DOCK-2")
    audit.record(PRINT, process_id="RP-100001", result="ok", detail="x" * 100_000)
    view = HistoryView(audit, shift_started=lambda: 0.0)
    qtbot.addWidget(view)
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)],
        capture_output=True, check=False).returncode == 0
    try:
        if mounted:  # a real full disk: only root can mount one
            previous = disk / "export.csv"
            previous.write_bytes(b"yesterday's export")
            assert view.export_to(previous) == -1
            assert previous.read_bytes() == b"yesterday's export"
            assert [p.name for p in disk.iterdir()] == ["export.csv"]
            assert "No space left on device" in view.status.text()

        fifo = tmp_path / "pipe.csv"
        os.mkfifo(fifo)

        def waited(*_: Any) -> None:  # without a reader, the old code waited for ever
            raise TimeoutError("the export waited on the FIFO")

        before = signal.signal(signal.SIGALRM, waited)
        signal.alarm(10)
        try:
            exported = view.export_to(fifo)
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, before)
        assert exported == -1 and "is a pipe nothing reads from" in view.status.text()
        assert fifo.is_fifo()
    finally:
        audit.close()
        if mounted:
            subprocess.run(["umount", str(disk)], check=False)


def test_a_shift_begun_another_day_says_its_date(qtbot: QtBot, tmp_path: Path) -> None:
    """"This shift started {when}." took a time or a date: Spanish says "a las 00:00" but
    not before a date (QA issue 19, L5): two sentences, each its own translation."""
    from revdesk.domain.audit import AuditLog

    audit = AuditLog(tmp_path / "audit.sqlite3", station="DOCK-2", operator="Ana")
    began = (datetime.now() - timedelta(days=1, hours=2)).timestamp()
    view = HistoryView(audit, shift_started=lambda: began)
    qtbot.addWidget(view)
    choose(view.range_filter, SHIFT)
    view.refresh()
    assert f"This shift started on {date_time(began)}." in view.summary_note.text()
