"""The manual and REVER logistic-order dialogs, opened from the window on the in-process
sandbox: the customer's address from the return, the warehouse's from the settings; an
incomplete address said field by field before anything is sent; a tracking id another
return already has (in the station's list, or found by REVER's search) sent only once
the operator confirms it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, loaded

from revdesk.api.models import Address, Process
from revdesk.config import StationSettings
from revdesk.domain.intake_label import IntakeInfo, intake_label_pdf
from revdesk.domain.logistics import missing_address_fields
from revdesk.ui.dialogs.logistic_order import LogisticOrderDialog
from revdesk.ui.dialogs.manual_order import ManualOrderDialog
from revdesk.ui.main_window import MainWindow

WAREHOUSE = Address(company="Acme Returns", first_name="Returns", last_name="Desk",
                    address_line_1="Calle de la Logística 8", address_line_2="Nave 3",
                    postcode="50197", city="Zaragoza", country="Spain", country_code="ES",
                    phone="+34 976 000 000", email="returns@example.com")


def opened(qtbot: QtBot, cls: type[QDialog]) -> Any:
    found: list[QDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, cls) and w.isVisible()]
        return len(found) == 1

    qtbot.waitUntil(shown)
    return found[0]


def window_on(qtbot: QtBot, make_window: MakeWindow, arun: Any, pid: str,
              warehouse: Address = WAREHOUSE) -> tuple[MainWindow, Process]:
    window = loaded(qtbot, make_window, settings=StationSettings(warehouse_address=warehouse))
    process = arun(window.core.client.get_process(pid))
    window.detail.show_process(process)
    # Showing a return loads its parcel contents in the background; let that finish so
    # "nothing started" below means the dialog's submit started nothing.
    qtbot.waitUntil(lambda: window.ops.running == 0, timeout=5000)
    return window, process


def test_the_manual_order_is_filled_from_the_return_and_the_settings(
        qtbot: QtBot, make_window: MakeWindow, arun: Any) -> None:
    window, process = window_on(qtbot, make_window, arun, "RP-100001")
    served = process.customer_address
    assert served.address_line_1 and served.city  # the sandbox's return has one
    window.label_actions.on_manual_order()
    dialog: ManualOrderDialog = opened(qtbot, ManualOrderDialog)
    sender = dialog.from_form.address()
    assert (sender.first_name, sender.last_name, sender.email) == (
        process.customer.first_name, process.customer.last_name, process.customer.email)
    assert (sender.address_line_1, sender.postcode, sender.city, sender.country_code) == (
        served.address_line_1, served.postcode, served.city, served.country_code)
    assert dialog.to_form.address() == WAREHOUSE  # store.current's, as saved
    assert missing_address_fields(sender) == [] and dialog.index is window.core.index
    dialog.close()


def test_the_rever_order_is_filled_the_same_way(qtbot: QtBot, make_window: MakeWindow,
                                                arun: Any) -> None:
    window, process = window_on(qtbot, make_window, arun, "RP-100002")
    window.label_actions.on_create_order()
    dialog: LogisticOrderDialog = opened(qtbot, LogisticOrderDialog)
    assert dialog.customer_form.address().address_line_1 == \
        process.customer_address.address_line_1
    assert dialog.warehouse_form.address() == WAREHOUSE
    dialog.close()


def label_file(tmp_path: Path) -> Path:
    path = tmp_path / "label.pdf"
    path.write_bytes(intake_label_pdf(IntakeInfo("RP-1")))
    return path


def test_a_missing_address_is_said_field_by_field_before_sending(
        qtbot: QtBot, make_window: MakeWindow, arun: Any, tmp_path: Path) -> None:
    window, _ = window_on(qtbot, make_window, arun, "RP-100003", warehouse=Address())
    window.label_actions.on_manual_order()
    dialog: ManualOrderDialog = opened(qtbot, ManualOrderDialog)
    dialog.provider.setText("sendcloud")
    dialog.tracking_id.setText("1Z999AA10123456784")
    dialog.set_label_file(label_file(tmp_path))
    dialog.from_form.edit("city").clear()
    dialog.submit_button.click()
    status = dialog.status.text()
    assert status.startswith("Not sent: complete the addresses first.")
    assert "From (the customer): the city missing." in status
    assert ("To (this warehouse): a name (first or last name, or company), the street "
            "address, the postcode, the city, the country missing.") in status
    assert "Settings" in status  # the lead fixes the warehouse once
    assert dialog.from_form.edit("city").styleSheet()  # marked
    assert dialog.focusWidget() is dialog.from_form.edit("city") or not dialog.isActiveWindow()
    assert dialog.operations.running == 0  # nothing started: not even the tracking check
    qtbot.wait(100)
    assert dialog.outcome is None
    dialog.close()


def test_a_tracking_id_of_another_return_asks_for_confirmation(
        qtbot: QtBot, make_window: MakeWindow, arun: Any, tmp_path: Path) -> None:
    window, _ = window_on(qtbot, make_window, arun, "RP-100004")
    other = next(row for row in window.core.index.rows
                 if row.tracking_id and row.process_id != "RP-100004")
    window.label_actions.on_manual_order()
    dialog: ManualOrderDialog = opened(qtbot, ManualOrderDialog)
    dialog.provider.setText("sendcloud")
    dialog.tracking_id.setText(f" {other.tracking_id.lower()} ")  # as typed, not as stored
    dialog.set_label_file(label_file(tmp_path))
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: "already on return" in dialog.status.text(), timeout=15_000)
    assert other.process_id in dialog.status.text() and dialog.outcome is None
    assert dialog.submit_button.text() == "Submit anyway"
    dialog.tracking_id.setText("NEW-TRACKING-1")  # corrected: asked again, then sent
    assert dialog.submit_button.text() == "Submit"
    dialog.tracking_id.setText(other.tracking_id)
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: dialog.submit_button.text() == "Submit anyway", timeout=15_000)
    dialog.submit_button.click()  # confirmed
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=15_000)
    assert dialog.outcome is not None and dialog.outcome.generated
    dialog.close()


def test_rever_search_finds_a_tracking_id_the_list_does_not_have(
        qtbot: QtBot, make_window: MakeWindow, arun: Any, tmp_path: Path) -> None:
    window, process = window_on(qtbot, make_window, arun, "RP-100005")
    other = next(row for row in window.core.index.rows
                 if row.tracking_id and row.process_id != "RP-100005")
    # No list at hand (index=None): only the sandbox's search can know the other return.
    dialog = ManualOrderDialog(process, window.core.client, window.ops, warehouse=WAREHOUSE)
    qtbot.addWidget(dialog)
    dialog.provider.setText("sendcloud")
    dialog.tracking_id.setText(other.tracking_id)
    dialog.set_label_file(label_file(tmp_path))
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: "already on return" in dialog.status.text(), timeout=15_000)
    assert other.process_id in dialog.status.text() and dialog.outcome is None
    # Part of a tracking id is not that tracking id: the search's partial matches are not.
    dialog.tracking_id.setText(other.tracking_id[:-3])
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=15_000)


def test_a_tracking_id_no_other_return_has_is_sent_at_once(
        qtbot: QtBot, make_window: MakeWindow, arun: Any, tmp_path: Path) -> None:
    window, _ = window_on(qtbot, make_window, arun, "RP-100006")
    window.label_actions.on_manual_order()
    dialog: ManualOrderDialog = opened(qtbot, ManualOrderDialog)
    dialog.provider.setText("sendcloud")
    dialog.tracking_id.setText("NEVER-SEEN-0001")
    dialog.set_label_file(label_file(tmp_path))
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=15_000)
    assert "already" not in dialog.status.text()
    dialog.close()


def test_the_rever_order_says_a_missing_warehouse_address_before_sending(
        qtbot: QtBot, make_window: MakeWindow, arun: Any) -> None:
    window, _ = window_on(qtbot, make_window, arun, "RP-100007", warehouse=Address())
    window.label_actions.on_create_order()
    dialog: LogisticOrderDialog = opened(qtbot, LogisticOrderDialog)
    dialog.provider.setText("sendcloud")
    dialog.ranges.set_ranges(["RANGE_8_TO_12"])  # a home pick-up needs one
    dialog.submit_button.click()
    status = dialog.status.text()
    assert "Customer address" not in status  # the return's is complete
    assert ("Warehouse address: a name (first or last name, or company), the street address, "
            "the postcode, the city, the country missing.") in status
    assert "Settings" in status
    assert dialog.operations.running == 0
    qtbot.wait(100)
    assert dialog.outcome is None
    dialog.close()


def test_an_answer_for_a_closed_dialog_is_dropped(
        qtbot: QtBot, make_window: MakeWindow, arun: Any, tmp_path: Path) -> None:
    """Closed while REVER is asked about the tracking id: nothing is sent. (The window's
    dialog is also deleted on close; this one is kept, as any caller might.)"""
    window, process = window_on(qtbot, make_window, arun, "RP-100008")
    dialog = ManualOrderDialog(process, window.core.client, window.ops, warehouse=WAREHOUSE)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.provider.setText("sendcloud")
    dialog.tracking_id.setText("NEVER-SEEN-0002")
    dialog.set_label_file(label_file(tmp_path))
    dialog.submit_button.click()  # the check starts…
    dialog.close()  # …and the operator closes the dialog before it answers
    qtbot.waitUntil(lambda: window.ops.running == 0, timeout=15_000)
    qtbot.wait(200)
    assert window.presenter.texts == []  # type: ignore[attr-defined]
    assert dialog.outcome is None and window.ops.running == 0  # and nothing was sent
