"""The return detail: opened from the list or a look-up scan, with the logistics summary,
unknown enum values as they come, the station's history, and a status change."""

from __future__ import annotations

from typing import Any

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, loaded

from revdesk.api.models import Customer, LineItem, LogisticsSummary, Process
from revdesk.domain.details import ProcessDetails
from revdesk.ui.main_window import MainWindow
from revdesk.ui.process_detail import ProcessDetail

KEY = {"x-rever-api-key": "test"}


def open_with_enter(qtbot: QtBot, window: MainWindow, pid: str) -> None:
    panel = window.list_panel
    panel.search.setText(pid)
    qtbot.waitUntil(lambda: window.model.row_of(pid) is not None, timeout=10_000)
    panel.view.setFocus()
    panel.view.setCurrentIndex(window.model.index(window.model.row_of(pid) or 0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.detail.current_details() is not None
                    and window.detail.current_details().process.process_id == pid,  # type: ignore[union-attr]
                    timeout=10_000)


def a_process(url: str, status: str) -> dict[str, Any]:
    answer = httpx.get(f"{url}/v1/processes", params={"shipping_status": status}, headers=KEY)
    return dict(answer.json()["processes"][0])


def test_enter_on_a_row_shows_the_whole_return(qtbot: QtBot, shared_sandbox: Any,
                                               monkeypatch: Any, make_window: MakeWindow) -> None:
    monkeypatch.setenv("REVDESK_API_URL", shared_sandbox.url)
    monkeypatch.setenv("REVDESK_API_KEY", "test")
    expected = a_process(shared_sandbox.url, "COLLECTED")
    pid = expected["process_id"]
    window = loaded(qtbot, make_window)
    changes: list[Any] = []
    window.detail.process_changed.connect(changes.append)
    open_with_enter(qtbot, window, pid)
    detail = window.detail
    assert detail.title.text() == pid
    assert "COLLECTED" in detail.status_pill.text()
    customer = expected["customer"]
    assert detail.customer.text() == f"{customer['first_name']} {customer['last_name']}"
    assert detail.email.text() == customer["email"]
    assert expected["order_number"] in detail.order.text()
    assert detail.items_model.rowCount() == len(expected["line_items"])
    first = expected["line_items"][0]
    assert detail.items_model.rows[0] == (first["name"], first["variant_name"], first["sku"],
                                          str(first["quantity"]))
    assert detail.carrier.text() == expected["carrier"]
    assert f'href="{expected["tracking_url"]}"' in detail.tracking.text().replace("&amp;", "&")
    assert expected["tracking_id"] in detail.tracking.text()
    assert detail.open_tracking_action.isEnabled()
    assert detail.pickups.text().isdigit()
    assert detail.current_process() is not None and changes[-1].process_id == pid


def test_unknown_enum_values_are_shown_as_they_come(qtbot: QtBot, shared_sandbox: Any,
                                                    monkeypatch: Any,
                                                    make_window: MakeWindow) -> None:
    monkeypatch.setenv("REVDESK_API_URL", shared_sandbox.url)
    monkeypatch.setenv("REVDESK_API_KEY", "test")
    window = loaded(qtbot, make_window)
    window.returns.open_process("RP-100028")  # every 17th summary carries the UNSPECIFIED values
    qtbot.waitUntil(lambda: window.detail.current_details() is not None, timeout=10_000)
    assert window.detail.logistics_status.text() == "STATUS_UNSPECIFIED"
    assert window.detail.logistics_method.text() == "RETURN_METHOD_UNSPECIFIED"


def test_detail_shows_values_it_does_not_know(qtbot: QtBot) -> None:
    detail = ProcessDetail()
    qtbot.addWidget(detail)
    process = Process(process_id="RP-1", shipping_status="LOST_IN_SPACE",
                      return_method="TELEPORT", customer=Customer(first_name="Ana"),
                      line_items=[LineItem(name="Scarf", sku="S-1", quantity=2)])
    summary = LogisticsSummary(status="STATUS_FROM_2030", carrier="Owl Post",
                               tracking_id="T1", tracking_url="javascript:alert(1)")
    detail.show_details(ProcessDetails(process, summary))
    assert "LOST_IN_SPACE" in detail.status_pill.text()
    assert detail.method.text() == "TELEPORT"
    assert detail.logistics_status.text() == "STATUS_FROM_2030"
    assert "href" not in detail.tracking.text()  # only web addresses become links
    assert not detail.open_tracking_action.isEnabled()
    assert detail.items_model.rows == [("Scarf", "", "S-1", "2")]


def test_status_changed_from_the_detail(qtbot: QtBot, loopback: Any,
                                        make_window: MakeWindow) -> None:
    pid = a_process(loopback.url, "COLLECTED")["process_id"]
    window = loaded(qtbot, make_window)
    open_with_enter(qtbot, window, pid)
    detail = window.detail
    detail.status_combo.setCurrentIndex(detail.status_combo.findData("ERROR"))
    qtbot.mouseClick(detail.set_status_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "set to ERROR" in detail.state_label.text(), timeout=10_000)
    answer = httpx.get(f"{loopback.url}/v1/processes/{pid}", headers=KEY).json()
    assert answer["process"]["shipping_status"] == "ERROR"
    assert "ERROR" in detail.status_pill.text()
    assert detail.history_model.rowCount() == 1
    assert detail.history_model.rows[0][1:3] == ("COLLECTED → ERROR", "detail")
    row = window.model.row_of(pid)
    assert row is not None and window.model.row_at(row).status == "ERROR"
    assert detail.set_status_button.isEnabled()


def test_a_refused_change_says_why(qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    pid = a_process(loopback.url, "CANCELED")["process_id"]
    window = loaded(qtbot, make_window)
    open_with_enter(qtbot, window, pid)
    detail = window.detail
    detail.status_combo.setCurrentIndex(detail.status_combo.findData("IN_WAREHOUSE"))
    detail.set_status_button.click()
    qtbot.waitUntil(lambda: "Not changed" in detail.state_label.text(), timeout=10_000)
    assert "cancelled" in detail.state_label.text()
    assert detail.history_model.colours[0] is not None  # the failed attempt, in red
    assert detail.set_status_button.isEnabled()  # never left disabled after an error


def test_an_id_too_long_for_a_process_id_is_refused_not_queued(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """The detail pane's change passes the scan path's id check: never queued (it would
    be refused at every flush), said plainly, the button given back."""
    window = loaded(qtbot, make_window)
    pid = "RP-" + "7" * 400
    enabled = window.detail.set_status_button.isEnabled()
    window.returns.set_status_from_detail(pid, "IN_WAREHOUSE", "COLLECTED")
    detail = window.detail
    qtbot.waitUntil(lambda: "Not changed" in detail.state_label.text(), timeout=10_000)
    assert "at most 256 characters" in detail.state_label.text()
    assert window.core.outbox is not None
    assert window.core.outbox.counts == {"pending": 0, "failed": 0}
    qtbot.waitUntil(lambda: detail.set_status_button.isEnabled() == enabled, timeout=5_000)


def test_labels_can_plug_in(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    print_action = QAction("Print label", window)
    print_action.setShortcut("Ctrl+P")
    window.add_label_actions([print_action])
    before = window.detail.actions_row.count()
    window.detail.add_actions([print_action])
    assert window.labels_menu.menuAction().isVisible()
    assert print_action in window.labels_toolbar.actions()
    assert window.detail.actions_row.count() == before + 1


def test_a_carrier_value_cannot_inject_markup_into_the_tracking_link() -> None:
    from revdesk.ui.process_detail import escape

    assert escape('1Z<b>"x"</b>&y') == "1Z&lt;b&gt;&quot;x&quot;&lt;/b&gt;&amp;y"


HOSTILE = '<b style="color:red">X</b><img src="file:///etc/passwd">'


def test_every_value_from_rever_is_shown_as_plain_text(qtbot: QtBot) -> None:
    """A QLabel guesses rich text from a '<': a customer named like HOSTILE was shown bold,
    red, with an image read from a local file. Every label of the detail that shows
    REVER's data is plain text: the string exactly as it came."""
    from PySide6.QtWidgets import QLabel

    from revdesk.api import errors

    detail = ProcessDetail()
    qtbot.addWidget(detail)
    process = Process(process_id=f"RP-1{HOSTILE}", shipping_status=HOSTILE,
                      return_method=HOSTILE, order_number=HOSTILE, order_id="",
                      created_at=HOSTILE,
                      customer=Customer(first_name=HOSTILE, email=f"{HOSTILE}@x.example"))
    detail.show_process(process)
    shown = {detail.title: process.process_id, detail.customer: HOSTILE,
             detail.email: f"{HOSTILE}@x.example", detail.order: HOSTILE,
             detail.method: HOSTILE, detail.created: HOSTILE}
    for label, text in shown.items():
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        assert label.text() == text
    assert detail.status_pill.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in detail.status_pill.text()

    summary = LogisticsSummary(status=HOSTILE, carrier=HOSTILE, return_method=HOSTILE,
                               pickups_scheduled=HOSTILE, tracking_id=HOSTILE,
                               tracking_url="")
    detail.show_details(ProcessDetails(process, summary))
    for label in (detail.carrier, detail.logistics_method, detail.pickups,
                  detail.logistics_status):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert label.text() == HOSTILE
    # The tracking link is the one rich-text label: everything in it is escaped.
    assert "<b" not in detail.tracking.text() and "<img" not in detail.tracking.text()

    refused = errors.InvalidArgument(f"REVER refused this request: {HOSTILE}")
    detail.show_details(ProcessDetails(process, None, logistics_error=refused))
    assert detail.logistics_error.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in detail.logistics_error.text()
    detail.show_failure("RP-2", refused)
    assert detail.state_label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in detail.state_label.text()
    assert not [label.objectName() or label.text() for label in detail.findChildren(QLabel)
                if label is not detail.tracking and "<" in label.text()
                and label.textFormat() != Qt.TextFormat.PlainText]
