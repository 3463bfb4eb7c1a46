"""Every station action lands in the audit log, from the real window against the sandbox over
loopback: prints (and a print that failed, with why), a reprint, a label upload, setting
changes (the key only as "changed", its value nowhere in the audit files), a logistic order
and a pickup request, the operator's sign-in; and the Shift menu's shortcuts reach their
views from the scan box."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot

from revdesk.api.models import Address
from revdesk.config import PrinterSettings, StationSettings, data_dir, settings_path
from revdesk.domain.audit import (
    AUDIT_FILE,
    LABEL_UPLOAD,
    LOGISTIC_ORDER,
    PICKUP,
    PRINT,
    SETTING_CHANGE,
    STATUS_CHANGE,
)
from revdesk.domain.intake_label import IntakeInfo, intake_label_pdf
from revdesk.ui.dialogs.history_view import HistoryView
from revdesk.ui.dialogs.logistic_order import LogisticOrderDialog
from revdesk.ui.dialogs.manual_order import ManualOrderDialog
from revdesk.ui.dialogs.outbox_view import OutboxView
from revdesk.ui.dialogs.pickup import PickupDialog
from revdesk.ui.dialogs.settings import SettingsDialog
from revdesk.ui.main_window import MainWindow
from revdesk.ui.printing import PrintTarget

MakeWindow = Callable[..., MainWindow]
KEY = {"x-rever-api-key": "test"}


def processes(url: str) -> list[dict[str, Any]]:
    answer = httpx.get(f"{url}/v1/processes", params={"page_size": 60}, headers=KEY)
    answer.raise_for_status()
    return list(answer.json()["processes"])


def to_pdf_files(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The station printer is "Zebra" and prints into PDF files instead of a spooler."""
    printer = window.label_actions.printer
    window.core.settings.update(carrier_printer=PrinterSettings(name="Zebra"),
                                intake_printer=PrinterSettings(name="Zebra"))
    jobs: list[Path] = []

    def to_file(pdf_path: Path | None = None, **kw: Any) -> PrintTarget:
        jobs.append(pdf_path or tmp_path / f"job{len(jobs)}.pdf")
        return PrintTarget(printer_name="Zebra", pdf_path=jobs[-1])

    monkeypatch.setattr(printer, "target", to_file)


def open_return(qtbot: QtBot, window: MainWindow, pid: str) -> None:
    window.returns.open_process(pid)

    def loaded() -> bool:
        details = window.detail.current_details()
        return details is not None and details.process.process_id == pid

    qtbot.waitUntil(loaded, timeout=10_000)
    window.label_actions.update_enabled()


def test_prints_and_a_reprint_are_recorded_ok_or_failed(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    listed = processes(loopback.url)
    labelled = next(p["process_id"] for p in listed if p["tracking_id"])
    unlabelled = next(p["process_id"] for p in listed if not p["tracking_id"])
    window = make_window()
    to_pdf_files(window, monkeypatch, tmp_path)
    audit = window.core.audit

    open_return(qtbot, window, labelled)
    window.label_actions.print_label.trigger()
    qtbot.waitUntil(lambda: len(audit.events(action=PRINT)) == 1, timeout=15_000)
    qtbot.waitUntil(lambda: window.label_actions.reprint_last.isEnabled())
    window.label_actions.reprint_last.trigger()
    qtbot.waitUntil(lambda: len(audit.events(action=PRINT)) == 2, timeout=15_000)
    open_return(qtbot, window, unlabelled)
    window.label_actions.print_label.trigger()
    qtbot.waitUntil(lambda: len(audit.events(action=PRINT)) == 3, timeout=15_000)

    printed = [(e.process_id, e.result, e.detail) for e in audit.events(action=PRINT)]
    assert printed[:2] == [(labelled, "ok", "carrier label; 1 page(s) on Zebra"),
                           (labelled, "ok", "reprint of the carrier label; 1 page(s) on Zebra")]
    assert printed[2][:2] == (unlabelled, "failed")
    assert f"No label for {unlabelled}" in printed[2][2]


#: The warehouse the orders go back to: an order is not sent without it (Settings).
WITH_WAREHOUSE = StationSettings(warehouse_address=Address(
    company="Acme returns", address_line_1="Calle de la Logística 8", postcode="50197",
    city="Zaragoza", country_code="ES"))


def test_a_label_upload_and_its_print_are_recorded(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    pid = next(p["process_id"] for p in processes(loopback.url) if not p["tracking_id"])
    window = make_window(WITH_WAREHOUSE)
    to_pdf_files(window, monkeypatch, tmp_path)
    open_return(qtbot, window, pid)
    window.label_actions.manual_order.trigger()
    [dialog] = [d for d in window.label_actions._dialogs if isinstance(d, ManualOrderDialog)]
    label = tmp_path / "from-the-carrier.pdf"
    label.write_bytes(intake_label_pdf(IntakeInfo(pid)))
    assert dialog.set_label_file(label)
    dialog.carrier.setText("SEUR")
    dialog.provider.setText("sendcloud")
    dialog.tracking_id.setText("TRK-77")
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=15_000)
    dialog.print_button.click()
    audit = window.core.audit
    qtbot.waitUntil(lambda: len(audit.events(action=PRINT)) == 1, timeout=15_000)

    [upload] = audit.events(action=LABEL_UPLOAD)
    assert (upload.process_id, upload.new_value, upload.result) == (pid, "SEUR TRK-77", "ok")
    assert upload.detail.startswith("pdf label, ") and "order " in upload.detail
    [printed] = audit.events(action=PRINT)
    assert (printed.process_id, printed.result) == (pid, "ok")
    assert printed.detail.startswith("uploaded carrier label")


def test_a_logistic_order_and_a_pickup_are_recorded(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    pid = next(p["process_id"] for p in processes(loopback.url)
               if p["return_method"] != "IN_STORE")
    window = make_window(WITH_WAREHOUSE)
    open_return(qtbot, window, pid)
    actions = window.label_actions
    actions.create_order.trigger()
    [order] = [d for d in actions._dialogs if isinstance(d, LogisticOrderDialog)]
    order.carrier.setText("SEUR")
    order.provider.setText("sendcloud")
    order.return_type.setCurrentIndex(order.return_type.findData("DROP_OFF_POINT"))
    order.submit_button.click()
    qtbot.waitUntil(lambda: order.outcome is not None, timeout=15_000)
    order.close()
    actions.pickup.trigger()
    [pickup] = [d for d in actions._dialogs if isinstance(d, PickupDialog)]
    pickup.carrier.setText("SEUR")
    pickup.provider.setText("ops")  # provider OPS: nothing generated, still recorded
    pickup.ranges.set_ranges(["RANGE_8_TO_12"])
    pickup.submit_button.click()
    qtbot.waitUntil(lambda: pickup.outcome is not None, timeout=15_000)

    audit = window.core.audit
    [made] = audit.events(action=LOGISTIC_ORDER)
    assert (made.process_id, made.new_value, made.result) == (pid, "SEUR via sendcloud", "ok")
    assert made.detail.startswith("DROP_OFF_POINT, 1000 g; order ")
    [asked] = audit.events(action=PICKUP)
    assert (asked.process_id, asked.new_value, asked.result) == (pid, "RANGE_8_TO_12", "ok")
    assert "nothing generated" in asked.detail


def test_setting_changes_are_recorded_and_the_key_never_is(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, make_window: MakeWindow) -> None:
    secret = "s3cret-key-value-0042"
    monkeypatch.setattr("revdesk.settings_store.save_api_key", lambda url, key: None)
    window = make_window()
    window.station_actions.settings.trigger()
    dialog = window.station_actions.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.station_name.setText("DOCK-7")
    dialog.id_pattern.setText(r"RP-\d{6}")
    dialog.api_url.setText("https://rever.example")
    dialog.api_key.setText(secret)
    dialog.buttons.accepted.emit()

    audit = window.core.audit
    changes = [(e.detail, e.old_value, e.new_value, e.result)
               for e in audit.events(action=SETTING_CHANGE)]
    assert changes == [("api_url", "", "https://rever.example", "ok"),
                       ("station_name", "STATION-1", "DOCK-7", "ok"),
                       ("scan.id_pattern", "", r"RP-\d{6}", "ok"),
                       ("API key changed", "", "", "ok")]
    audit.close()  # everything on disk, then read every byte the audit log left there
    files = sorted(data_dir().glob(f"{AUDIT_FILE}*"))
    assert files and all(secret.encode() not in f.read_bytes() for f in files)
    assert secret not in settings_path().read_text("utf-8")


def test_the_operator_signs_in_from_the_header(qtbot: QtBot, loopback: Any,
                                               make_window: MakeWindow) -> None:
    window = make_window()
    assert "click to sign in" in window.header.operator.text()
    qtbot.mouseClick(window.header.operator, Qt.MouseButton.LeftButton)
    dialog = window.shift_actions.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setTextValue("  Ana García ")
    dialog.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: window.header.operator.text() == "operator Ana García")
    assert json.loads(settings_path().read_text("utf-8"))["operator_name"] == "Ana García"
    audit = window.core.audit
    [signed] = audit.events(action=SETTING_CHANGE)
    assert (signed.detail, signed.old_value, signed.new_value, signed.operator) == (
        "operator_name", "", "Ana García", "Ana García")

    # What the operator does next is recorded under their name.
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=15_000)
    pid = next(window.model.row_at(r).process_id for r in range(window.model.rowCount())
               if window.model.row_at(r).status not in ("CANCELED", "IN_WAREHOUSE"))
    window.scan_panel.submit_text(pid)
    qtbot.waitUntil(lambda: len(audit.events(action=STATUS_CHANGE)) == 1, timeout=15_000)
    assert audit.events(action=STATUS_CHANGE)[0].operator == "Ana García"


def test_shift_shortcuts_are_unique_and_work_from_the_scan_box(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    window = make_window()
    keys = [k.toString() for a in window.actions() for k in a.shortcuts()]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    menu = window.menuBar().findChild(QMenu, "shiftMenu")
    assert menu is not None
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index(menu.title()) == titles.index("&Help") - 1
    window.activateWindow()
    box = window.scan_panel.scan_box
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = window.shift_actions.history_view
    assert isinstance(history, HistoryView)
    qtbot.waitUntil(history.isVisible)
    history.close()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    outbox = window.shift_actions.outbox_view
    assert isinstance(outbox, OutboxView)
    qtbot.waitUntil(outbox.isVisible)
