"""The shelf of parcels to pull back in the real window: a scan queued offline that REVER
refuses later gets a red strip and a row on the shelf (customer, order number, reason, what
to do); a retry is offered only where it can succeed; offline, a return the saved list
knows as CANCELED is red at once, not queued."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from pytestqt.qtbot import QtBot

from revdesk.api import errors
from revdesk.domain.audit import STATUS_CHANGE
from revdesk.domain.outbox import REFUSED_INVALID, REFUSED_KEY, REFUSED_NOT_FOUND
from revdesk.domain.outcomes import Outcome
from revdesk.domain.scanning import Severity
from revdesk.domain.shelf import ShelfItem
from revdesk.ui.dialogs.shelf_view import ShelfView
from revdesk.ui.main_window import MainWindow
from revdesk.ui.shelf_model import CUSTOMER, ORDER, PROCESS, REASON, TODO, ItemRole, ShelfModel

MakeWindow = Callable[..., MainWindow]
KEY = {"x-rever-api-key": "test"}


def cell(model: ShelfModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def scan(qtbot: QtBot, window: MainWindow, text: str) -> None:
    box = window.scan_panel.scan_box
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, "\r")


def wait_final(qtbot: QtBot, window: MainWindow, count: int) -> None:
    pipeline = window.core.pipeline
    qtbot.waitUntil(lambda: pipeline.pending == 0
                    and sum(r.is_final for r in pipeline.recent) >= count, timeout=20_000)


def open_shelf(qtbot: QtBot, window: MainWindow) -> ShelfView:
    window.shift_actions.show_shelf.trigger()
    view = window.shift_actions.shelf_view
    assert isinstance(view, ShelfView)
    qtbot.waitUntil(view.isVisible)
    return view


def select(view: ShelfView, *rows: int) -> None:
    view.view.clearSelection()
    for row in rows:
        view.view.selectRow(row)


def test_a_refusal_after_queued_puts_the_parcel_on_the_shelf_with_a_banner(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() >= 40 and not window.model.loading,
                    timeout=15_000)
    rows = [window.model.row_at(r) for r in range(window.model.rowCount())]
    target = next(r for r in rows if r.status not in ("CANCELED", "IN_WAREHOUSE"))
    cancelled = next(r for r in rows if r.status == "CANCELED")
    # Cancelled in REVER after the station read its list: the list still says otherwise.
    httpx.post(f"{loopback.url}/v1/processes/{target.process_id}/shipping_status",
               json={"lkss": "CANCELED", "process_id": target.process_id},
               headers=KEY).raise_for_status()
    banner = window.shelf_banner
    assert not banner.isVisible()

    port = int(loopback.url.rsplit(":", 1)[1])
    loopback.stop()
    scan(qtbot, window, target.process_id)
    scan(qtbot, window, "RP-999999")  # an id no list knows: queued as it is
    scan(qtbot, window, cancelled.process_id)
    wait_final(qtbot, window, 3)
    first, unknown, aside = [r for r in window.core.pipeline.recent if not r.is_undo]
    assert first.outcome is Outcome.QUEUED and unknown.outcome is Outcome.QUEUED
    # Offline, the saved list's CANCELED: the red "put the parcel aside" of online.
    assert aside.outcome is Outcome.CANCELLED
    scan_banner = window.scan_panel.banner
    assert scan_banner.severity is Severity.ERROR
    assert "CANCELLED" in scan_banner.title.text()
    assert "put the parcel aside" in scan_banner.detail.text()
    assert window.sounds.played[-1] is Severity.ERROR
    outbox = window.core.outbox
    assert outbox is not None and outbox.counts["pending"] == 2  # nothing queued for it

    loopback.start(port=port)
    outbox.wake()  # "Send queued changes now"
    qtbot.waitUntil(lambda: outbox.counts == {"pending": 0, "failed": 2}, timeout=20_000)
    qtbot.waitUntil(banner.isVisible)
    # The latest refused is named; the scan banner stays with the parcel in hand.
    assert "REVER refused" in banner.title.text()
    assert "pull the parcel back; see the shelf" in banner.title.text()
    assert "1 more on the shelf" in banner.detail.text()
    assert window.sounds.played[-1] is Severity.NOTICE
    assert "CANCELLED" in scan_banner.title.text()

    banner.open_button.click()
    view = window.shift_actions.shelf_view
    assert isinstance(view, ShelfView)
    qtbot.waitUntil(view.isVisible)
    model = view.model
    assert model.rowCount() == 2
    by_pid = {cell(model, r, PROCESS): r for r in range(2)}
    row = by_pid[target.process_id]
    assert (cell(model, row, CUSTOMER), cell(model, row, ORDER)) == (target.customer,
                                                                    target.order_number)
    assert "cancelled" in cell(model, row, REASON)
    assert "The return is cancelled: pull the parcel back" in cell(model, row, TODO)
    other = by_pid["RP-999999"]
    assert "REVER has no such return" in cell(model, other, TODO)
    assert cell(model, other, CUSTOMER) == ""  # not in the list
    # Neither can succeed by retrying: no retry offered.
    select(view, 0, 1)
    assert not view.retry_button.isEnabled() and view.pulled_button.isEnabled()

    # The parcel pulled back: off the shelf, the history says so; the banner follows.
    select(view, row)
    view.pulled_button.click()
    assert model.rowCount() == 1
    qtbot.waitUntil(lambda: "RP-999999" in banner.title.text())
    assert "more on the shelf" not in banner.detail.text()
    events = window.core.audit.events(action=STATUS_CHANGE, process_id=target.process_id)
    assert [e.result for e in events] == ["failed", "discarded"]
    select(view, 0)
    view.pulled_button.click()
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert view.count.text() == "Nothing to pull back."


def test_retry_only_where_it_can_succeed_and_the_shelf_after_a_restart(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """Refusals an earlier run kept: the new window shows the strip at once (no sound),
    and only the refusal a fixed key lets through is offered a retry, on the shelf and
    in the outbox view."""
    first = make_window(show=False)
    qtbot.waitUntil(lambda: first.model.rowCount() > 0 and not first.model.loading,
                    timeout=15_000)
    rows = [first.model.row_at(r) for r in range(first.model.rowCount())]
    fixable, unknown = [r.process_id for r in rows
                        if r.status not in ("CANCELED", "IN_WAREHOUSE")][:2]
    outbox = first.core.outbox
    assert outbox is not None
    for pid, error, kind in ((fixable, errors.AuthError(), REFUSED_KEY),
                             (unknown, errors.NotFound(), REFUSED_NOT_FOUND)):
        entry, _ = outbox.store.add(pid, "IN_WAREHOUSE", source="scan")
        outbox.store.fail(entry.id, error.operator_message, refusal=kind, late=True)
    # A bulk change refused later is not a parcel at the desk.
    entry, _ = outbox.store.add(rows[-1].process_id, "ERROR", source="bulk")
    outbox.store.fail(entry.id, "refused", refusal=REFUSED_INVALID, late=True)

    window = make_window()  # the next start, on the same data folder
    assert window.shelf_banner.isVisible()
    assert unknown in window.shelf_banner.title.text()  # the latest scanned
    assert Severity.NOTICE not in window.sounds.played  # announced, not new
    view = open_shelf(qtbot, window)
    model = view.model
    assert [cell(model, r, PROCESS) for r in range(model.rowCount())] == [unknown, fixable]
    item = model.data(model.index(1, 0), ItemRole)
    assert isinstance(item, ShelfItem) and item.retryable
    select(view, 0)
    assert not view.retry_button.isEnabled()
    select(view, 1)
    assert view.retry_button.isEnabled()
    view.retry_button.click()
    assert "1 change will be sent again" in view.status.text()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=15_000)
    qtbot.waitUntil(lambda: window.core.audit.events(
        action=STATUS_CHANGE, process_id=fixable, result="delivered") != [], timeout=15_000)
    view.accept()

    # The outbox view: the two refusals left cannot succeed by retrying.
    window.shift_actions.show_outbox.trigger()
    outbox_view = window.shift_actions.outbox_view
    assert outbox_view is not None
    qtbot.waitUntil(outbox_view.isVisible)
    assert outbox_view.failed_model.rowCount() == 2
    assert not outbox_view.retry_button.isEnabled()
    assert outbox_view.discard_button.isEnabled()


def test_the_shelf_model(qtmodeltester: Any, tmp_path: Any) -> None:
    from revdesk.domain.outbox import OutboxStore
    from revdesk.domain.shelf import shelf

    store = OutboxStore(tmp_path / "outbox.sqlite3")
    try:
        model = ShelfModel()
        qtmodeltester.check(model)
        for n in range(3):
            entry, _ = store.add(f"RP-10{n:04d}", "IN_WAREHOUSE", source="scan")
            store.fail(entry.id, "Not found: REVER does not know this return.",
                       refusal=REFUSED_NOT_FOUND, late=True)
        model.set_items(shelf(store))
        qtmodeltester.check(model)
        model.set_items(shelf(store))  # the same: updated in place
        model.set_items(shelf(store)[:1])
        model.set_items([])
        assert model.rowCount() == 0
    finally:
        store.close()
