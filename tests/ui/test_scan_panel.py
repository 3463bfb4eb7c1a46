"""The scan loop in the real window: keys typed into the scan box as a scanner types them,
against the sandbox over loopback (or the embedded one where the wire does not matter)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import qasync
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from station_window import type_into

from revdesk.config import ScanSettings, StationSettings
from revdesk.domain.outcomes import Outcome
from revdesk.domain.scanning import LOOKUP, Severity
from revdesk.settings_store import load_settings
from revdesk.ui.errors import ErrorPresenter, install_excepthook
from revdesk.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def pids_with_status(url: str, status: str, count: int) -> list[str]:
    answer = httpx.get(f"{url}/v1/processes", params={"shipping_status": status,
                                                      "page_size": 200},
                       headers={"x-rever-api-key": "test"})
    answer.raise_for_status()
    pids = [p["process_id"] for p in answer.json()["processes"]]
    assert len(pids) >= count, f"the sandbox has only {len(pids)} {status} returns"
    return pids[:count]


def status_of(url: str, pid: str) -> str:
    answer = httpx.get(f"{url}/v1/processes/{pid}", headers={"x-rever-api-key": "test"})
    answer.raise_for_status()
    return str(answer.json()["process"]["shipping_status"])


def scan(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type like a keyboard-wedge scanner: the characters, then Enter."""
    box = window.scan_panel.scan_box
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def wait_final(qtbot: QtBot, window: MainWindow, count: int = 1) -> None:
    pipeline = window.core.pipeline

    def done() -> bool:
        return pipeline.pending == 0 and sum(r.is_final for r in pipeline.recent) >= count

    qtbot.waitUntil(done, timeout=15_000)


def settings_with(**scan: Any) -> StationSettings:
    base = load_settings()
    return base.model_copy(update={"scan": ScanSettings(**scan)})


def test_scan_box_has_the_focus_from_the_start(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.scan_panel.scan_box.hasFocus())
    assert window.header.sandbox_banner.isVisible()  # no key: the embedded sandbox
    assert window.scan_panel.action_combo.currentData() == "IN_WAREHOUSE"


def test_a_scan_sets_in_warehouse_over_loopback(qtbot: QtBot, loopback: Any,
                                               make_window: MakeWindow) -> None:
    (pid,) = pids_with_status(loopback.url, "COLLECTED", 1)
    window = make_window()
    with qtbot.waitSignal(window.scan_panel.banner.shown, timeout=15_000,
                          check_params_cb=lambda r: r.is_final):
        scan(qtbot, window, pid)
    banner = window.scan_panel.banner
    assert banner.severity is Severity.OK
    assert pid in banner.title.text() and "IN_WAREHOUSE" in banner.title.text()
    assert "was COLLECTED" in banner.detail.text()
    assert status_of(loopback.url, pid) == "IN_WAREHOUSE"
    assert window.scan_panel.scan_box.text() == ""
    qtbot.waitUntil(lambda: window.scan_panel.counter_label.text() == "Scanned this shift: 1")
    assert window.sounds.played == [Severity.OK]
    assert pid in window.scan_panel.raw_label.text()
    assert window.scan_panel.recent_model.rowCount() == 1
    assert not window.header.sandbox_banner.isVisible()
    assert loopback.url in window.header.connection.text()


def test_not_a_process_id_is_refused_before_any_call(qtbot: QtBot, loopback: Any,
                                                      make_window: MakeWindow) -> None:
    window = make_window(settings_with(id_pattern=r"RP-\d{6}", strip_prefix="]C1"))
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)  # first page in: the wire is quiet
    loopback.clear_requests()
    scan(qtbot, window, "1Z999AA10123456784")
    banner = window.scan_panel.banner
    assert banner.severity is Severity.ERROR
    assert banner.title.text() == "This is not a process id"
    assert "1Z999AA10123456784" in banner.detail.text()
    assert "1Z999AA10123456784" in window.scan_panel.raw_label.text()
    assert window.sounds.played == [Severity.ERROR]
    assert [r for r in loopback.requests() if "1Z999" in r["path"]] == []
    assert [r for r in loopback.requests() if r["method"] == "POST"] == []


def test_burst_of_50_scans_none_lost_applied_in_order(
        qtbot: QtBot, make_sandbox: Any, monkeypatch: pytest.MonkeyPatch,
        make_window: MakeWindow) -> None:
    server = make_sandbox(processes=150)
    monkeypatch.setenv("REVDESK_API_URL", server.url)
    monkeypatch.setenv("REVDESK_API_KEY", "test")
    pids = pids_with_status(server.url, "CREATED", 20) + pids_with_status(
        server.url, "COLLECTED", 20)
    pids += pids[:10]  # the same parcels again: "already"
    window = make_window()
    loopback = server
    loopback.clear_requests()
    for pid in pids:  # no waiting between scans: faster than a scanner
        scan(qtbot, window, f"{pid}")
    assert window.scan_panel.scan_box.text() == ""
    wait_final(qtbot, window, 50)
    results = [r for r in window.core.pipeline.recent if not r.is_undo]
    assert [r.cleaned for r in results] == pids
    assert [r.outcome for r in results] == [Outcome.DELIVERED] * 40 + [Outcome.ALREADY] * 10
    posted = [r["body"]["process_id"] for r in loopback.requests() if r["method"] == "POST"]
    # One POST per change. The checks of different returns run together and their POSTs
    # overlap, so they may reach REVER in another order than scanned (written to the
    # outbox in scan order; one return's changes are never reordered).
    assert sorted(posted) == sorted(pids[:40]) and len(posted) == 40
    assert all(status_of(loopback.url, pid) == "IN_WAREHOUSE" for pid in pids[:40])
    # The audit's count (ui/shift_count.py): the parcels twice are counted once.
    assert window.core.shift.count().total == 40
    qtbot.waitUntil(lambda: window.scan_panel.counter_label.text() == "Scanned this shift: 40")


def test_already_in_warehouse_is_amber_and_not_resent(qtbot: QtBot, loopback: Any,
                                                      make_window: MakeWindow) -> None:
    (pid,) = pids_with_status(loopback.url, "IN_WAREHOUSE", 1)
    window = make_window()
    loopback.clear_requests()
    scan(qtbot, window, pid)
    wait_final(qtbot, window)
    banner = window.scan_panel.banner
    assert banner.severity is Severity.NOTICE and "already IN_WAREHOUSE" in banner.title.text()
    assert [r for r in loopback.requests() if r["method"] == "POST"] == []
    assert window.sounds.played == [Severity.NOTICE]


def test_unknown_and_cancelled_returns_are_red_with_the_reason(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    (cancelled,) = pids_with_status(loopback.url, "CANCELED", 1)
    window = make_window()
    banner = window.scan_panel.banner
    scan(qtbot, window, "RP-999999")
    wait_final(qtbot, window)
    assert banner.severity is Severity.ERROR
    assert banner.title.text() == "Unknown return RP-999999"
    assert "Put the parcel aside" in banner.detail.text()
    scan(qtbot, window, cancelled)
    wait_final(qtbot, window, 2)
    assert banner.severity is Severity.ERROR and "CANCELLED" in banner.title.text()
    assert status_of(loopback.url, cancelled) == "CANCELED"


def test_undo_restores_the_previous_status(qtbot: QtBot, loopback: Any,
                                          make_window: MakeWindow) -> None:
    (pid,) = pids_with_status(loopback.url, "COLLECTED", 1)
    window = make_window()
    scan(qtbot, window, pid)
    wait_final(qtbot, window)
    assert window.scan_panel.banner.undo_button.isVisible()
    qtbot.keyClick(window.scan_panel.scan_box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_final(qtbot, window, 2)
    undo = window.core.pipeline.recent[-1]
    assert undo.is_undo and undo.outcome is Outcome.UNDONE
    assert status_of(loopback.url, pid) == "COLLECTED"
    assert "back to COLLECTED" in window.scan_panel.banner.title.text()
    assert window.core.shift.count().total == 0
    qtbot.waitUntil(lambda: window.scan_panel.counter_label.text() == "Scanned this shift: 0")
    assert not window.scan_panel.banner.undo_button.isVisible()


def test_scan_action_keys_and_look_up(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.activateWindow()
    box = window.scan_panel.scan_box
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_F3)
    assert window.core.pipeline.action == "COLLECTED"
    qtbot.keyClick(box, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.core.pipeline.action == "CREATED"
    qtbot.keyClick(box, Qt.Key.Key_F7)
    assert window.core.pipeline.action == LOOKUP
    assert window.scan_panel.action_combo.currentData() == LOOKUP
    assert box.hasFocus()
    scan(qtbot, window, "RP-100007")
    qtbot.waitUntil(lambda: window.detail.current_details() is not None, timeout=10_000)
    assert window.detail.title.text() == "RP-100007"
    assert window.core.pipeline.recent[-1].outcome is Outcome.LOOKED_UP
    assert box.hasFocus()  # a look-up does not take the scanner's focus away


def test_offline_scan_is_queued_then_delivered(qtbot: QtBot, loopback: Any,
                                               make_window: MakeWindow) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    key = {"x-rever-api-key": "test"}
    listed = httpx.get(f"{loopback.url}/v1/processes", params={"page_size": 50}, headers=key)
    pid = next(p["process_id"] for p in listed.json()["processes"]
               if p["shipping_status"] not in ("CANCELED", "IN_WAREHOUSE", "DELIVERED"))
    port = int(loopback.url.rsplit(":", 1)[1])
    loopback.stop()
    scan(qtbot, window, pid)
    wait_final(qtbot, window)
    assert window.scan_panel.banner.severity is Severity.NOTICE
    assert "queued" in window.scan_panel.banner.title.text()
    qtbot.waitUntil(lambda: "OFFLINE" in window.header.connection.text())
    assert "1 queued" in window.header.queued.text()
    loopback.start(port=port)
    window.core.outbox.wake()  # "Send queued changes now" (Ctrl+Shift+O)
    qtbot.waitUntil(lambda: window.core.outbox.counts["pending"] == 0, timeout=15_000)
    qtbot.waitUntil(lambda: not window.header.queued.isVisible())
    # The queued scan's row turns green; the banner stays with the scan in hand.
    [queued] = [r for r in window.core.pipeline.recent if r.cleaned == pid]
    assert queued.outcome is Outcome.DELIVERED and queued.settled_late
    qtbot.waitUntil(lambda: "online" in window.header.connection.text())
    got = httpx.get(f"{loopback.url}/v1/processes/{pid}", headers=key)
    assert got.json()["process"]["shipping_status"] == "IN_WAREHOUSE"


def test_an_error_in_an_async_slot_reaches_the_presenter(qtbot: QtBot, qloop: Any,
                                                         presenter: ErrorPresenter) -> None:
    hook = install_excepthook(presenter)

    class Button(QObject):
        clicked = Signal()

        # A method, as in the app: qasync 0.28's asyncSlot cannot call a zero-argument
        # free function (it raises TypeError before running it).
        @qasync.asyncSlot()
        async def broken(self) -> None:
            await asyncio.sleep(0)
            raise ValueError("boom")

    button = Button()
    button.clicked.connect(button.broken)
    try:
        with qtbot.waitSignal(presenter.shown, timeout=5000):
            button.clicked.emit()
    finally:
        hook.uninstall()
    assert "ValueError" in presenter.texts[-1]  # type: ignore[attr-defined]


def test_the_presenter_shows_one_dialog_not_a_stack(qtbot: QtBot, qapp: QApplication) -> None:
    from revdesk.api import errors

    presenter = ErrorPresenter(dialogs=True)
    presenter.present(errors.NetworkUnreachable())
    presenter.present(errors.RequestTimeout())
    boxes = [w for w in qapp.topLevelWidgets() if w.objectName() == "errorBox" and w.isVisible()]
    assert len(boxes) == 1 and "1 more" in boxes[0].informativeText()  # type: ignore[attr-defined]
    with qtbot.waitSignal(presenter.dialog_closed):
        presenter.close_dialog()


def test_a_scanners_tab_suffix_submits_and_keeps_the_focus(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.activateWindow()
    box = window.scan_panel.scan_box
    qtbot.waitUntil(box.hasFocus)
    type_into(box, "RP-100004", start_ms=50_000, gap_ms=3, end=Qt.Key.Key_Tab)
    wait_final(qtbot, window)
    assert box.hasFocus() and box.text() == ""
    assert window.core.pipeline.recent[-1].cleaned == "RP-100004"


def test_a_tab_after_an_id_typed_by_hand_submits_nothing(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """Half an id typed by a person, then Tab (out of habit, to "move on"): nothing is sent,
    the text and the focus stay, and Enter then sends it as typed."""
    window = make_window()
    window.activateWindow()
    box = window.scan_panel.scan_box
    qtbot.waitUntil(box.hasFocus)
    type_into(box, "RP-1000", start_ms=60_000, gap_ms=150, end=Qt.Key.Key_Tab)
    assert list(window.core.pipeline.recent) == []
    assert box.hasFocus() and box.text() == "RP-1000"
    type_into(box, "04", start_ms=62_000, gap_ms=150, end=Qt.Key.Key_Return)
    wait_final(qtbot, window)
    assert [r.cleaned for r in window.core.pipeline.recent] == ["RP-100004"]
