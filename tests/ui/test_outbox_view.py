"""The outbox view in the real window, against the sandbox over loopback: a refused change
shows with its reason in the operator's words, live; retry sends it again; discard asks first
and is recorded in the audit log."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from revdesk.api import errors
from revdesk.domain.audit import STATUS_CHANGE
from revdesk.domain.outcomes import Outcome
from revdesk.ui.dialogs.outbox_view import OutboxView
from revdesk.ui.main_window import MainWindow
from revdesk.ui.outbox_model import ATTEMPTS, PROCESS, REASON, SOURCE, STATUS

MakeWindow = Callable[..., MainWindow]
KEY = {"x-rever-api-key": "test"}


def cell(view: OutboxView, row: int, column: int, *, failed: bool = True) -> str:
    model = view.failed_model if failed else view.pending_model
    return str(model.data(model.index(row, column)))


def shown_view(qtbot: QtBot, window: MainWindow) -> OutboxView:
    view = window.shift_actions.outbox_view
    assert isinstance(view, OutboxView)
    qtbot.waitUntil(view.isVisible)
    return view


def test_a_refused_change_shows_with_its_reason_and_discard_asks_first(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow, arun: Any) -> None:
    window = make_window()
    outbox = window.core.outbox
    assert outbox is not None
    result = arun(outbox.submit("RP-999999", "IN_WAREHOUSE", previous_status="COLLECTED",
                                source="scan"))
    assert result.outcome is Outcome.FAILED
    qtbot.waitUntil(lambda: "1 failed" in window.header.queued.text())
    qtbot.mouseClick(window.header.queued, Qt.MouseButton.LeftButton)  # the header's counter
    view = shown_view(qtbot, window)
    assert view.failed_model.rowCount() == 1 and view.pending_model.rowCount() == 0
    assert [cell(view, 0, c) for c in (PROCESS, STATUS, SOURCE, ATTEMPTS)] == [
        "RP-999999", "IN_WAREHOUSE", "scan", "1"]
    assert cell(view, 0, REASON) == "Not found: REVER does not know this return."
    assert "0 waiting to be sent · 1 refused" == view.counts.text()
    assert not view.send_button.isEnabled() and view.discard_button.isEnabled()

    # Live: a second refusal while the view is open appears without touching it.
    arun(outbox.submit("RP-999998", "ERROR", source="detail"))
    qtbot.waitUntil(lambda: view.failed_model.rowCount() == 2)
    assert cell(view, 1, SOURCE) == "return detail"

    view.discard_button.click()
    box = view.confirm_box
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: view.confirm_box is None)
    assert outbox.counts["failed"] == 2  # cancelled: nothing dropped

    view.discard_button.click()
    assert view.confirm_box is not None
    view.confirm_box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: view.failed_model.rowCount() == 0)
    assert outbox.counts == {"pending": 0, "failed": 0}
    assert "2 refused changes discarded" in view.status.text()
    discarded = window.core.audit.events(action=STATUS_CHANGE, result="discarded")
    assert [(e.process_id, e.new_value) for e in discarded] == [
        ("RP-999999", "IN_WAREHOUSE"), ("RP-999998", "ERROR")]
    assert "does not know" in discarded[0].detail

    listening = window.bridge.receivers(SIGNAL("outbox_changed(PyObject)"))
    view.close_button.click()
    qtbot.waitUntil(lambda: not view.isVisible())
    # Closed: the outbox's outcomes no longer reach it.
    assert window.bridge.receivers(SIGNAL("outbox_changed(PyObject)")) == listening - 1


def test_retry_sends_a_refused_change_again_once_the_cause_is_fixed(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    window = make_window()
    outbox = window.core.outbox
    assert outbox is not None
    listed = httpx.get(f"{loopback.url}/v1/processes", params={"page_size": 60},
                       headers=KEY).json()["processes"]
    target = next(p for p in listed if p["shipping_status"] not in ("CANCELED", "IN_WAREHOUSE"))
    pid = target["process_id"]
    # Refused earlier with a key the lead has fixed since.
    entry, _ = outbox.store.add(pid, "IN_WAREHOUSE", previous_status=target["shipping_status"],
                                source="scan")
    outbox.store.fail(entry.id, errors.AuthError().operator_message)

    window.activateWindow()
    box = window.scan_panel.scan_box
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    view = shown_view(qtbot, window)
    assert cell(view, 0, PROCESS) == pid and "API key was refused" in cell(view, 0, REASON)

    view.retry_button.click()
    qtbot.waitUntil(lambda: outbox.counts == {"pending": 0, "failed": 0}, timeout=15_000)
    qtbot.waitUntil(lambda: view.failed_model.rowCount() == 0 and view.pending_model.rowCount() == 0)
    got = httpx.get(f"{loopback.url}/v1/processes/{pid}", headers=KEY).json()
    assert got["process"]["shipping_status"] == "IN_WAREHOUSE"
    [delivered] = window.core.audit.events(action=STATUS_CHANGE, process_id=pid)
    assert (delivered.old_value, delivered.new_value, delivered.result) == (
        target["shipping_status"], "IN_WAREHOUSE", "delivered")
