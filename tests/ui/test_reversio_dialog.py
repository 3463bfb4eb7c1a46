"""Station → Revers.io…, offscreen, against the sandbox over loopback: a row per account
naming it, the walk-in form refused field by field (by the station before sending, and by
Revers.io's errors[]), the self-care link printed as a slip whose QR code is the link."""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt

from revdesk.api import routes
from revdesk.config import PrinterSettings, ReversioAccount
from revdesk.domain.reversio import ReversioService
from revdesk.sandbox.process import SandboxProcess
from revdesk.settings_store import SettingsStore
from revdesk.ui.dialogs.reversio import ReversioDialog
from revdesk.ui.errors import ErrorPresenter
from revdesk.ui.operations import Operations
from revdesk.ui.printing import LabelPrinter

SUBSCRIPTION = "dialog-sub-key-1234"
SECRET = "dialog-secret-5678"
#: Nothing listens there: the second account's row says so, the first's is not held up.
DOWN = "http://127.0.0.1:9/api/v1"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    started = SandboxProcess(tmp_path_factory.mktemp("reversio-ui") / "sandbox").start()
    try:
        yield started
    finally:
        started.stop()


def requests(server: SandboxProcess) -> list[dict[str, Any]]:
    answer = httpx.get(server.url + routes.SANDBOX_REVERSIO_CONTROL)
    return list(answer.json()["requests"])


@pytest.fixture
def dialog(qtbot: Any, arun: Any, server: SandboxProcess, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[ReversioDialog]:
    httpx.post(server.url + routes.SANDBOX_REVERSIO_CONTROL, json={"clear": True})
    url = server.url + routes.SANDBOX_REVERSIO_BASE
    stored = {f"reversio-subscription:{url}": SUBSCRIPTION, f"reversio-secret:{url}": SECRET,
              f"reversio-subscription:{DOWN}": "k", f"reversio-secret:{DOWN}": "s"}
    keyring = types.ModuleType("keyring")
    keyring.get_password = lambda service, user: stored.get(user)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", keyring)
    folder = tmp_path / "slips"
    folder.mkdir()
    store = SettingsStore(tmp_path / "settings.json")
    store.update(intake_printer=PrinterSettings(kind="folder", folder=str(folder)),
                 reversio_accounts=[ReversioAccount(name="EU shop", url=url),
                                    ReversioAccount(name="UK shop", url=DOWN)])
    service = ReversioService(lambda: store.current)
    printer = LabelPrinter(store)
    widget = ReversioDialog(service, Operations(ErrorPresenter(dialogs=False)),
                            printer=lambda: printer)
    widget.slips = folder  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    printer.close()
    arun(service.aclose())  # the core does this at shutdown


def an_order_number(server: SandboxProcess) -> str:
    answer = httpx.get(server.url + routes.PROCESS_LIST, params={"page_size": 3},
                       headers={"x-rever-api-key": "k"})
    return str(answer.json()["processes"][0]["order_number"])


def test_each_row_names_its_account_and_a_link_prints_as_a_slip(
        dialog: ReversioDialog, server: SandboxProcess, qtbot: Any) -> None:
    reference = an_order_number(server)
    dialog.reference.setText(reference)
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.status_model.rowCount() == 2, timeout=15000)
    rows = dialog.status_model.rows
    assert [r[0] for r in rows] == ["EU shop", "UK shop"]
    assert rows[0][1] == reference and rows[0][2] in ("Pending", "Created", "InTransit",
                                                      "Received", "Error", "Cancelled")
    assert rows[1][2].startswith("No connection to Revers.io")
    assert dialog.use_order.isEnabled()  # the EU row, selected
    qtbot.mouseClick(dialog.use_order, Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentIndex() == 2
    assert dialog.link_account_box.currentText() == "EU shop"
    assert dialog.order_id.text() == rows[0][3]
    qtbot.mouseClick(dialog.create_link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=15000)
    link = dialog.link_label.text()
    assert link.startswith("https://")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    folder: Path = dialog.slips  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: any(folder.glob("*.pdf")), timeout=20000)
    [slip] = folder.glob("*.pdf")
    import pypdfium2 as pdfium
    from pyzbar.pyzbar import decode

    page = pdfium.PdfDocument(slip.read_bytes())[0]
    image = page.render(scale=203 / 72, fill_color=(255, 255, 255, 255)).to_pil().convert("L")
    assert [d.data.decode() for d in decode(image)] == [link]
    # QA F12: the customer's order reference is on the slip, beside Revers.io's order id.
    from revdesk.domain.reversio import self_care_slip

    assert dialog.link_reference == reference
    lines = self_care_slip(link, order=rows[0][3], account="EU shop",
                           reference=dialog.link_reference).lines
    assert lines[:2] == (f"Order: {reference}", f"Revers.io order id: {rows[0][3]}")
    assert not any(r["secret"] for r in requests(server) if r["path"] != "/token")


def test_the_walk_in_form_is_checked_field_by_field_before_sending(
        dialog: ReversioDialog, server: SandboxProcess, qtbot: Any) -> None:
    dialog.tabs.setCurrentIndex(1)
    dialog.fields["orderReference"].setText("WALKIN-1")
    dialog.fields["purchaseDateUtc"].setText("yesterday")
    dialog.fields["products.0.modelId"].setText("fairphone")
    dialog.fields["products.0.price.amount"].setText("twelve")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    errors = {path: label.text() for path, label in dialog.field_errors.items()
              if label.isVisible()}
    assert errors == {
        "purchaseDateUtc": "is not a date and time such as 2021-06-01T14:46:28Z",
        "products.0.modelId": "is not an id of the form 00000000-0000-0000-0000-000000000000",
        "products.0.price.amount": "must be a number",
    }
    assert dialog.import_note.text().startswith("The order cannot be sent to Revers.io")
    assert requests(server) == []  # nothing sent, not even a token request
    # Typing in a field takes its error away.
    qtbot.keyClicks(dialog.fields["purchaseDateUtc"], "x")
    assert not dialog.field_errors["purchaseDateUtc"].isVisible()


def test_revers_io_errors_are_shown_under_their_fields(
        dialog: ReversioDialog, server: SandboxProcess, qtbot: Any) -> None:
    dialog.tabs.setCurrentIndex(1)
    dialog.fields["orderReference"].setText(f"WALKIN-{os.getpid()}-{id(dialog)}")
    dialog.fields["customerMail"].setText("no at sign")  # a string: the schema takes it
    dialog.fields["purchaseDateUtc"].setText("2024-05-02T10:00:00Z")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    label = dialog.field_errors["customerMail"]
    qtbot.waitUntil(label.isVisible, timeout=15000)
    assert label.text() == "Not a valid e-mail address"
    assert dialog.import_note.text().startswith("Revers.io refused the request:")
    dialog.fields["customerMail"].setText("walkin@example.org")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.tabs.currentIndex() == 2, timeout=15000)
    assert len(dialog.order_id.text()) == 36
    assert "Imported on EU shop" in dialog.import_note.text()


def test_on_a_zpl_intake_printer_the_self_care_slip_is_the_walk_in_s_zpl_slip(
        dialog: ReversioDialog, server: SandboxProcess, qtbot: Any) -> None:
    # One slip for both: the printer draws the QR code itself (^BQ), as for a walk-in.
    sys.path.insert(0, str(Path(__file__).parents[1] / "integration"))
    from zpl_standin import PrinterStandIn, field, labels

    reference = an_order_number(server)
    dialog.reference.setText(reference)
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.status_model.rowCount() == 2, timeout=15000)
    qtbot.mouseClick(dialog.use_order, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.create_link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=15000)
    link = dialog.link_label.text()
    assert dialog._printer is not None
    store = dialog._printer().settings
    with PrinterStandIn() as standin:
        store.update(intake_printer=PrinterSettings(kind="zpl", zpl_address=standin.address))
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(standin.jobs), timeout=20000)
    (job,) = standin.jobs
    (label,) = labels(job.decode("utf-8", "replace"))
    assert field(label, "^BQ") == ["MA," + link]


def test_another_order_forgets_the_link_so_no_other_customer_s_slip_prints(
        dialog: ReversioDialog, server: SandboxProcess, qtbot: Any) -> None:
    # QA F11: a link made for one order, then a walk-in order imported: the old link must
    # not stay on screen nor print under the new order.
    dialog.reference.setText(an_order_number(server))
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.status_model.rowCount() == 2, timeout=15000)
    qtbot.mouseClick(dialog.use_order, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.create_link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=15000)
    first_order = dialog.order_id.text()
    # Typing another order id forgets the link; typing the same one back does not bring it.
    dialog.order_id.setText(first_order + "x")
    assert not dialog.print_button.isEnabled() and dialog.link_label.text() == ""
    dialog.order_id.setText(first_order)
    qtbot.mouseClick(dialog.create_link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=15000)
    dialog.tabs.setCurrentIndex(1)
    dialog.fields["orderReference"].setText(f"WALKIN-F11-{os.getpid()}-{id(dialog)}")
    dialog.fields["customerMail"].setText("walkin@example.org")
    dialog.fields["purchaseDateUtc"].setText("2024-05-02T10:00:00Z")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.tabs.currentIndex() == 2, timeout=15000)
    assert dialog.order_id.text() != first_order
    assert not dialog.print_button.isEnabled()
    assert dialog.link_label.text() == "" and dialog.link == ""
    dialog.print_slip()  # even called directly: nothing to print for this order yet
    qtbot.wait(300)
    folder: Path = dialog.slips  # type: ignore[attr-defined]
    assert list(folder.glob("*.pdf")) == []
    qtbot.mouseClick(dialog.create_link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=15000)
    assert dialog.link_order == dialog.order_id.text()
    assert dialog.link_reference.startswith("WALKIN-F11-")  # the slip names the walk-in's
    # An order id typed by hand has no known reference: none is printed for it.
    dialog.order_id.setText(first_order)
    qtbot.mouseClick(dialog.create_link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=15000)
    assert dialog.link_order == first_order and dialog.link_reference == ""


def test_a_new_look_up_clears_the_last_reference_s_rows_at_once(
        dialog: ReversioDialog, server: SandboxProcess, qtbot: Any) -> None:
    dialog.reference.setText(an_order_number(server))
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.status_model.rowCount() == 2, timeout=15000)
    assert dialog.use_order.isEnabled()
    dialog.reference.setText("NO-SUCH-REF")
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    # While Revers.io is asked, no row of the last order can be taken for a link.
    assert dialog.status_model.rowCount() == 0 and not dialog.use_order.isEnabled()
    qtbot.waitUntil(lambda: dialog.status_model.rowCount() == 2, timeout=15000)
    assert all(row[1] == "NO-SUCH-REF" for row in dialog.status_model.rows)


def test_a_receipt_scanned_into_the_walk_in_form_stays_in_its_field(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    """QA: a receipt (#A6276 + Enter, at a scanner's pace) scanned into the Walk-in order
    tab's reference went to the station's scan box and set a return to IN_WAREHOUSE. Every
    text field of the dialog keeps a scan, and its Enter neither closes nor sends."""
    from station_window import loaded, type_into

    from revdesk.config import StationSettings

    window = loaded(qtbot, make_window, settings=StationSettings())
    window.activateWindow()
    window.station_actions.reversio.setEnabled(True)
    window.station_actions.open_reversio()
    dialog = next(d for d in window.findChildren(ReversioDialog))
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(1)
    at = 3_000_000
    fields = [*dialog.fields.values(), dialog.order_id, dialog.reference]
    for field in fields:
        if not field.isVisible():
            dialog.tabs.setCurrentWidget(next(
                dialog.tabs.widget(i) for i in range(dialog.tabs.count())
                if dialog.tabs.widget(i).isAncestorOf(field)))
        field.clear()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        at = type_into(None, "#A6276", start_ms=at, gap_ms=3) + 100_000
        assert field.text() == "#A6276", field.objectName()
        assert dialog.isVisible(), field.objectName()
        if field is not dialog.reference:  # its Enter looks the order up; no other's does
            assert dialog.status_note.text() == "" and dialog.import_note.text() == ""
    assert list(window.core.pipeline.recent) == []
