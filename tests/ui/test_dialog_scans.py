"""No dialog swallows a scan (issue 15, item 3): with a dialog of the window open, a
scanner's burst goes to the scan pipeline, never into the dialog's fields, its combo boxes,
its buttons' letters or its default button; the dialog ends as it was. Checked against the
sandbox over HTTP on loopback, with keys carrying a scanner's (or a person's) timestamps."""

from __future__ import annotations

from typing import Any

import httpx
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, loaded, type_into

from revdesk.domain.outcomes import Outcome
from revdesk.settings_store import SettingsStore
from revdesk.ui.dialogs.bulk_status import BulkStatusDialog
from revdesk.ui.main_window import MainWindow

KEY = {"x-rever-api-key": "test"}


def status_of(url: str, pid: str) -> str:
    answer = httpx.get(f"{url}/v1/processes/{pid}", headers=KEY, timeout=5)
    answer.raise_for_status()
    return str(answer.json()["process"]["shipping_status"])


def posts(sandbox: Any) -> list[dict[str, Any]]:
    return [r["body"] for r in sandbox.requests() if r["method"] == "POST"]


def rows_with(window: MainWindow, status: str, count: int) -> list[int]:
    model = window.model
    rows = [r for r in range(model.rowCount()) if model.row_at(r).status == status]
    assert len(rows) >= count, f"the list has only {len(rows)} {status} returns"
    return rows[:count]


def focused_in(dialog: QWidget, qtbot: QtBot) -> QWidget:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def wait_scanned(qtbot: QtBot, window: MainWindow, pid: str) -> Any:
    pipeline = window.core.pipeline
    qtbot.waitUntil(lambda: any(r.cleaned == pid and r.is_final for r in pipeline.recent),
                    timeout=15_000)
    return next(r for r in pipeline.recent if r.cleaned == pid)


def open_bulk(qtbot: QtBot, window: MainWindow, rows: list[int]) -> BulkStatusDialog:
    view, model = window.list_panel.view, window.model
    for row in rows:
        view.selectionModel().select(QItemSelection(model.index(row, 0), model.index(row, 0)),
                                     QItemSelectionModel.SelectionFlag.Select
                                     | QItemSelectionModel.SelectionFlag.Rows)
    window.returns.bulk.trigger()
    dialog = window.returns.bulk_dialog
    assert isinstance(dialog, BulkStatusDialog) and len(dialog.rows) == len(rows)
    qtbot.waitExposed(dialog)
    return dialog


def test_a_scan_while_the_bulk_dialog_is_open_changes_only_the_scanned_parcel(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    window.activateWindow()
    selected_rows, (other,) = rows_with(window, "COLLECTED", 2), rows_with(window, "CREATED", 1)
    selected = [window.model.row_at(r).process_id for r in selected_rows]
    scanned = window.model.row_at(other).process_id
    dialog = open_bulk(qtbot, window, selected_rows)
    combo = focused_in(dialog, qtbot)
    assert combo is dialog.status_combo and combo.currentData() == "IN_WAREHOUSE"
    # Letters a combo box would search its items with ("C" → CANCELED...), then Enter,
    # which used to press Start.
    type_into(None, scanned, start_ms=100_000, gap_ms=4)
    result = wait_scanned(qtbot, window, scanned)
    assert result.outcome is Outcome.DELIVERED and result.action == "IN_WAREHOUSE"
    assert status_of(loopback.url, scanned) == "IN_WAREHOUSE"
    assert [status_of(loopback.url, pid) for pid in selected] == ["COLLECTED", "COLLECTED"]
    assert posts(loopback) == [{"lkss": "IN_WAREHOUSE", "process_id": scanned}]
    assert dialog.isVisible() and dialog.job is None and dialog.confirm_box is None
    assert dialog.status_combo.currentData() == "IN_WAREHOUSE"


def test_the_bulk_change_asks_naming_the_count_and_enter_says_no(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    window.activateWindow()
    rows = rows_with(window, "COLLECTED", 3)
    pids = [window.model.row_at(r).process_id for r in rows]
    dialog = open_bulk(qtbot, window, rows)
    assert not dialog.start_button.isDefault() and not dialog.start_button.autoDefault()
    dialog.start_button.click()
    box = dialog.confirm_box
    assert box is not None
    qtbot.waitExposed(box)
    assert "3 selected returns to IN_WAREHOUSE" in box.text()
    assert box.yes_button.text() == "Set 3 returns to IN_WAREHOUSE"
    assert box.defaultButton() is box.no_button
    button = focused_in(box, qtbot)
    qtbot.keyClick(button, Qt.Key.Key_Return)  # a person's Enter: the safe answer
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.job is None and posts(loopback) == []
    dialog.start_button.click()
    box = dialog.confirm_box
    assert box is not None
    box.yes_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=15_000)
    assert [status_of(loopback.url, pid) for pid in pids] == ["IN_WAREHOUSE"] * 3


def test_the_sign_in_dialog_never_takes_a_scan(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    window.activateWindow()
    (row,) = rows_with(window, "COLLECTED", 1)
    pid = window.model.row_at(row).process_id
    window.shift_actions.ask_operator()
    dialog = window.shift_actions.sign_in_dialog
    field = focused_in(dialog, qtbot)
    assert isinstance(field, QLineEdit)
    field.setText("an")
    type_into(field, pid, start_ms=200_000, gap_ms=5)
    assert wait_scanned(qtbot, window, pid).outcome is Outcome.DELIVERED
    assert status_of(loopback.url, pid) == "IN_WAREHOUSE"
    assert dialog.isVisible() and field.text() == "an"
    assert SettingsStore().current.operator_name == ""
    type_into(field, "a", start_ms=300_000, gap_ms=200)  # a person, then their Enter
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.core.settings.current.operator_name == "ana"


def test_the_sign_in_refuses_a_parcels_barcode_typed_slowly_as_a_name(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """A scanner set to a long key delay (or a person copying the label) is no burst: the
    sign-in still refuses the parcel's id, tracking or order number as a name."""
    window = loaded(qtbot, make_window)
    window.activateWindow()
    row = window.model.row_at(2)
    for read in (row.process_id, row.order_number):
        window.shift_actions.ask_operator()
        dialog = window.shift_actions.sign_in_dialog
        field = focused_in(dialog, qtbot)
        field.clear()
        type_into(field, read, start_ms=800_000, gap_ms=90)
        assert dialog.isVisible() and field.text() == ""
        assert "is a parcel's barcode, not a name" in dialog.labelText()
        assert window.core.settings.current.operator_name == ""
        dialog.reject()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    assert list(window.core.pipeline.recent) == []


def test_a_scan_never_presses_a_message_box_button_by_its_letter(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    """A message box presses a button on its access letter alone: "RP-…" would be Retry."""
    window = loaded(qtbot, make_window)
    window.activateWindow()
    (row,) = rows_with(window, "COLLECTED", 1)
    pid = window.model.row_at(row).process_id
    box = QMessageBox(QMessageBox.Icon.Warning, "Label", "The printer did not answer.",
                      QMessageBox.StandardButton.NoButton, window)
    retry = box.addButton("&Retry", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("&Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    clicked: list[Any] = []
    box.buttonClicked.connect(clicked.append)
    window.open_dialog(box)
    focused_in(box, qtbot)
    type_into(None, pid, start_ms=400_000, gap_ms=3)
    assert wait_scanned(qtbot, window, pid).outcome is Outcome.DELIVERED
    qtbot.wait(50)  # a button's animated click would land by now
    assert clicked == [] and box.isVisible()
    assert status_of(loopback.url, pid) == "IN_WAREHOUSE"


def test_settings_try_field_keeps_a_scan_and_other_fields_give_it_back(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    window.activateWindow()
    window.station_actions.open_settings()
    dialog = window.station_actions.settings_dialog
    qtbot.waitExposed(dialog)
    saved: list[Any] = []
    dialog.saved.connect(lambda: saved.append(True))
    dialog.try_scan.setFocus()
    qtbot.waitUntil(dialog.try_scan.hasFocus)
    type_into(None, "RP-100007", start_ms=500_000, gap_ms=3)
    assert dialog.try_scan.text() == "RP-100007" and "RP-100007" in dialog.try_result.text()
    assert dialog.isVisible() and saved == [] and list(window.core.pipeline.recent) == []
    dialog.station_name.setFocus()
    qtbot.waitUntil(dialog.station_name.hasFocus)
    before = dialog.station_name.text()
    type_into(None, "RP-100008", start_ms=600_000, gap_ms=3)
    assert dialog.station_name.text() == before and dialog.isVisible() and saved == []
    assert wait_scanned(qtbot, window, "RP-100008").outcome is Outcome.DELIVERED


def test_a_combo_box_in_a_dialog_keeps_its_choice_and_a_person_keeps_space(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """The first keys of a burst reach a widget before the burst is told: a combo box would
    jump to the item they spell. And a person's keys in a dialog stay theirs."""
    window = loaded(qtbot, make_window)
    window.activateWindow()
    window.station_actions.open_settings()
    dialog = window.station_actions.settings_dialog
    qtbot.waitExposed(dialog)
    combo: QComboBox = dialog.default_action
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    type_into(None, "CANCELED9", start_ms=700_000, gap_ms=2)
    assert combo.currentData() == "IN_WAREHOUSE" and dialog.isVisible()
    assert wait_scanned(qtbot, window, "CANCELED9").outcome is not Outcome.PENDING
    dialog.sounds.setFocus()
    qtbot.waitUntil(dialog.sounds.hasFocus)
    checked = dialog.sounds.isChecked()
    qtbot.keyClick(dialog.sounds, Qt.Key.Key_Space)
    assert dialog.sounds.isChecked() is not checked


def test_the_station_window_takes_the_keyboard_back_when_a_dialog_closes(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """With no window manager to hand it back (a bare X server, this offscreen platform),
    the keys after a dialog closed went nowhere."""
    window = loaded(qtbot, make_window)
    window.activateWindow()
    box = QMessageBox(QMessageBox.Icon.Information, "Label", "Printed.",
                      QMessageBox.StandardButton.Ok, window)
    window.open_dialog(box)
    focused_in(box, qtbot)
    box.accept()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.scan_panel.scan_box.hasFocus()


def test_a_secret_typed_at_a_scanners_pace_is_never_taken_for_a_scan(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """A password manager types the API key as fast as a scanner: it stays in the key
    field, never reaches the pipeline (shown as "raw:", sent to REVER as an id, logged)."""
    window = loaded(qtbot, make_window)
    window.activateWindow()
    window.station_actions.open_settings()
    dialog = window.station_actions.settings_dialog
    qtbot.waitExposed(dialog)
    dialog.api_key.setFocus()
    qtbot.waitUntil(dialog.api_key.hasFocus)
    last = type_into(None, "sekret-key-1234", start_ms=900_000, gap_ms=3, end=None)
    assert dialog.api_key.text() == "sekret-key-1234"
    type_into(None, "", start_ms=last, gap_ms=3)  # its Enter, 3 ms on: the dialog's own
    qtbot.wait(50)
    assert list(window.core.pipeline.recent) == []
    assert "sekret" not in window.scan_panel.raw_label.text()


def test_the_manual_orders_tracking_field_keeps_a_scanned_tracking_barcode(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """The carrier's tracking barcode is scanned into the manual logistic order on purpose:
    it stays there and its Enter moves to the next field; the form's other fields give a
    parcel's scan back to the pipeline."""
    from revdesk.api.models import Address, Process
    from revdesk.ui.dialogs.manual_order import ManualOrderDialog

    window = loaded(qtbot, make_window)
    window.activateWindow()
    dialog = ManualOrderDialog(Process(process_id="RP-100004", carrier="SEUR"),
                               window.core.client, window.ops, warehouse=Address(),
                               print_label=lambda _label: None, parent=window)
    window.open_dialog(dialog)
    qtbot.waitExposed(dialog)
    dialog.tracking_id.setFocus()
    qtbot.waitUntil(dialog.tracking_id.hasFocus)
    type_into(None, "1Z9W86079991758789", start_ms=1_000_000, gap_ms=3)
    assert dialog.tracking_id.text() == "1Z9W86079991758789"
    assert dialog.focusWidget() is dialog.tracking_url  # Enter moved on
    assert list(window.core.pipeline.recent) == [] and dialog.isVisible()
    dialog.provider.setFocus()
    qtbot.waitUntil(dialog.provider.hasFocus)
    type_into(None, "RP-100005", start_ms=1_100_000, gap_ms=3)
    assert dialog.provider.text() == "" and dialog.isVisible()
    assert [r.cleaned for r in window.core.pipeline.recent] == ["RP-100005"]


def test_a_dialogs_scan_goes_to_its_own_window(qtbot: QtBot, make_window: MakeWindow) -> None:
    """Two station windows in one program (a restart with new settings makes a second one
    before the first is gone): a dialog's scan goes to the window it was opened over."""
    first = loaded(qtbot, make_window)
    second = loaded(qtbot, make_window)
    first.activateWindow()
    box = QMessageBox(QMessageBox.Icon.Information, "Label", "Printed.",
                      QMessageBox.StandardButton.Ok, first)
    first.open_dialog(box)
    focused_in(box, qtbot)
    type_into(None, "RP-100006", start_ms=1_200_000, gap_ms=3)
    assert wait_scanned(qtbot, first, "RP-100006").outcome is Outcome.DELIVERED
    assert list(second.core.pipeline.recent) == []


def test_a_scan_while_the_batch_print_progress_is_up_reaches_the_pipeline(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    """QA 18 D: the batch's progress dialog has no button; the keys went to it and the scan
    was lost. It takes the focus itself, so the catcher covers it."""
    window = loaded(qtbot, make_window)
    window.activateWindow()
    (row,) = rows_with(window, "COLLECTED", 1)
    pid = window.model.row_at(row).process_id
    actions = window.label_actions
    actions._open_progress(10)
    dialog = actions._progress
    assert dialog is not None
    dialog.setMinimumDuration(0)  # up at once, as a batch's after 300 ms
    focused_in(dialog, qtbot)
    type_into(None, pid, start_ms=500_000, gap_ms=3)
    assert wait_scanned(qtbot, window, pid).outcome is Outcome.DELIVERED
    assert status_of(loopback.url, pid) == "IN_WAREHOUSE"
    assert dialog.isVisible()
    actions._close_progress()
