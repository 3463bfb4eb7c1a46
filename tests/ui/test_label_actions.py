"""The label actions and the two other logistics dialogs, offscreen. The network parts run
on plain asyncio against a scripted transport (pytest-qt has no qasync loop)."""

from __future__ import annotations

import asyncio
import io
import re
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest
import shiboken6
from PySide6.QtGui import QKeySequence
from station_window import stored

from revdesk.api import ReverAdminClient, Transport, errors
from revdesk.api.models import Address, Customer, PickupOrder, Process
from revdesk.api.transport import NO_RETRY
from revdesk.config import PrinterSettings, StationSettings
from revdesk.domain.intake_label import IntakeInfo, intake_label_pdf
from revdesk.domain.logistics import LogisticsOutcome
from revdesk.ui.dialogs.logistic_order import LogisticOrderDialog
from revdesk.ui.dialogs.pickup import PickupDialog
from revdesk.ui.errors import ErrorPresenter
from revdesk.ui.label_actions import LabelActions, job_message
from revdesk.ui.operations import Operations
from revdesk.ui.printing import LabelPrinter, PrintError, PrintTarget

PROCESS = Process(process_id="RP-100001", ecommerce_id="acme", order_number="#A1",
                  carrier="SEUR", return_method="HOME_PICK_UP", shipping_status="COLLECTED",
                  customer=Customer(first_name="Ana", last_name="García"))
WAREHOUSE = Address(company="Acme returns", city="Zaragoza")
ZEBRA = PrinterSettings(name="Zebra")


def reportlab_pdf(*, pages: int = 1, encrypt: object = None) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(288, 432), encrypt=encrypt)
    for _ in range(pages):
        canvas.drawString(20, 400, "RP-100001")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption

    return reportlab_pdf(encrypt=StandardEncryption("secret", ownerPassword="owner"))


def without_index(pdf: bytes) -> bytes:
    stripped = re.sub(rb"\nxref\n.*?(?=trailer)", b"\n", pdf, flags=re.S)
    return re.sub(rb"startxref\s+\d+\s+", b"", stripped)


#: Label files served for these returns instead of a good one.
ODD_LABELS = {
    "RP-ENC": encrypted_pdf,
    "RP-NOPAGES": lambda: reportlab_pdf(pages=0),
    "RP-NOXREF": lambda: without_index(intake_label_pdf(IntakeInfo("RP-NOXREF"))),
}


def sandbox_like(request: httpx.Request) -> httpx.Response:
    """Labels for RP-1000xx, a process answer, 404 for RP-404."""
    path = request.url.path
    if "RP-404" in path:
        return httpx.Response(404, json={"code": 5, "message": "no label"})
    if path.endswith("/label"):
        return httpx.Response(200, json={"url": f"/files/{path.split('/')[3]}.pdf"})
    if path.startswith("/files/"):
        pid = path.rsplit("/", 1)[1].removesuffix(".pdf")
        if pid in ODD_LABELS:
            return httpx.Response(200, content=ODD_LABELS[pid]())
        return httpx.Response(200, content=intake_label_pdf(IntakeInfo(pid)))
    pid = path.split("/")[3]
    return httpx.Response(200, json={"process": {**PROCESS.model_dump(), "process_id": pid}})


@pytest.fixture
def client() -> ReverAdminClient:
    return ReverAdminClient(Transport("http://127.0.0.1:9", "test", retry=NO_RETRY,
                                      transport=httpx.MockTransport(sandbox_like)))


@pytest.fixture
def jobs(tmp_path: Path) -> list[Path]:
    return []


@pytest.fixture
def printer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, jobs: list[Path],
            qapp: Any) -> Any:
    """The station printer, set once, printing into PDF files instead of a spooler."""
    station = LabelPrinter(stored(StationSettings(station_name="DOCK-2",
                                                  warehouse_address=WAREHOUSE,
                                                  carrier_printer=ZEBRA,
                                                  intake_printer=ZEBRA)))

    def to_file(pdf_path: Path | None = None, **kw: Any) -> PrintTarget:
        jobs.append(pdf_path or tmp_path / f"job{len(jobs)}.pdf")
        return PrintTarget(printer_name="Zebra", pdf_path=jobs[-1])

    monkeypatch.setattr(station, "target", to_file)
    yield station
    station.close()


@pytest.fixture
def actions(qtbot: Any, client: ReverAdminClient, printer: LabelPrinter) -> LabelActions:
    current: list[Process | None] = [PROCESS]
    selected: list[Process] = []
    made = LabelActions(client=client, current_process=lambda: current[0],
                        selected_processes=lambda: selected,
                        settings=printer.settings, printer=printer,
                        operations=Operations(ErrorPresenter(dialogs=False)))
    made.current = current  # type: ignore[attr-defined]
    made.selected = selected  # type: ignore[attr-defined]
    return made


def pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True,
                         timeout=60).stdout
    match = re.search(r"Pages:\s+(\d+)", out)
    assert match is not None
    return int(match.group(1))


def test_the_actions_and_their_shortcuts(actions: LabelActions) -> None:
    shortcuts = {a.objectName(): a.shortcut() for a in actions.all()}
    assert shortcuts["printLabel"] == QKeySequence("Ctrl+P")
    assert shortcuts["reprintLast"] == QKeySequence("Ctrl+Shift+P")
    assert shortcuts["manualOrder"] == QKeySequence("Ctrl+M")
    assert {"intakeLabel", "createOrder", "requestPickup", "batchPrint",
            "saveLabelPdf"} <= set(shortcuts)
    assert all(a.text() for a in actions.all())


def test_enabled_follows_the_current_return(actions: LabelActions) -> None:
    assert actions.print_label.isEnabled() and not actions.reprint_last.isEnabled()
    actions.current[0] = None  # type: ignore[attr-defined]
    actions.update_enabled()
    assert not actions.print_label.isEnabled() and not actions.manual_order.isEnabled()


def test_no_return_selected_is_said(actions: LabelActions, qtbot: Any) -> None:
    actions.current[0] = None  # type: ignore[attr-defined]
    with qtbot.waitSignal(actions.message) as said:
        actions.on_manual_order()
    assert said.args == ["Select a return first."]


def test_print_label_fetches_checks_and_prints(actions: LabelActions, jobs: list[Path]) -> None:
    report = asyncio.run(actions._print_label("RP-100001"))
    assert report.pages == 1 and pages(jobs[0]) == 1
    assert [item.carrier.name for item in actions.printer.last
            if item.carrier] == ["RP-100001.pdf"]
    assert job_message(report) == "Carrier label for RP-100001 printed on Zebra"
    actions.update_enabled()
    assert actions.reprint_last.isEnabled()


def test_intake_labels_for_a_selection_are_one_job(actions: LabelActions,
                                                   jobs: list[Path]) -> None:
    report = asyncio.run(actions._print_intake(["RP-100001", "RP-100002", "RP-100003"]))
    assert report.pages == 3 and len(jobs) == 1 and pages(jobs[0]) == 3
    assert job_message(report) == "Intake labels for 3 returns printed on Zebra"


def test_batch_print_is_one_job_and_reports_the_returns_without_a_label(
        actions: LabelActions, jobs: list[Path], qtbot: Any) -> None:
    said: list[str] = []
    actions.message.connect(said.append)
    report = asyncio.run(actions._batch_print(["RP-100001", "RP-404", "RP-100002"]))
    assert report.pages == 2 and len(jobs) == 1 and pages(jobs[0]) == 2
    assert any(s.startswith("RP-404: not printed") for s in said)


def test_batch_print_with_no_label_at_all_prints_nothing(actions: LabelActions,
                                                         jobs: list[Path]) -> None:
    with pytest.raises(PrintError, match="None of the selected"):
        asyncio.run(actions._batch_print(["RP-404"]))
    assert jobs == []


def test_a_print_refusal_is_shown_in_plain_words(actions: LabelActions, qtbot: Any) -> None:
    with qtbot.waitSignal(actions.message) as said:
        assert actions._label_failure(PrintError("The printer is out of labels."))
    assert said.args == ["The printer is out of labels."]
    assert not actions._label_failure(errors.NotFound())  # API errors: the presenter's job


def test_a_label_without_an_index_is_printed(actions: LabelActions, jobs: list[Path]) -> None:
    """PDFium accepts it, and the print (QtPdf) renders it: one 4x6 page."""
    report = asyncio.run(actions._print_label("RP-NOXREF"))
    assert report.pages == 1 and pages(jobs[0]) == 1
    carrier = actions.printer.last[0].carrier
    assert carrier is not None and carrier.page_sizes == ((288.0, 432.0),)


@pytest.mark.parametrize(("pid", "words"), [
    ("RP-ENC", "The PDF is encrypted: it cannot be printed."),
    ("RP-NOPAGES", "The PDF has no pages: there is nothing to print."),
])
def test_a_served_label_that_cannot_be_printed_is_said_in_a_refusal_box(
        actions: LabelActions, jobs: list[Path], qtbot: Any, pid: str, words: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QWidget

    from revdesk.domain.labels import LabelRefused

    with pytest.raises(LabelRefused) as caught:
        asyncio.run(actions._print_label(pid))
    assert jobs == []  # nothing reached the printer
    window = QWidget()
    qtbot.addWidget(window)
    actions.window = window
    with qtbot.waitSignal(actions.message) as said:
        assert actions._label_failure(caught.value)
    assert said.args == [words]
    (box,) = window.findChildren(QMessageBox)
    assert box.text() == words and box.textFormat() == Qt.TextFormat.PlainText
    box.close()


def test_a_batch_names_the_label_that_cannot_be_printed_and_prints_the_others(
        actions: LabelActions, jobs: list[Path], qtbot: Any) -> None:
    said: list[str] = []
    actions.message.connect(said.append)
    report = asyncio.run(actions._batch_print(["RP-100001", "RP-ENC", "RP-NOXREF"]))
    assert report.pages == 2 and len(jobs) == 1 and pages(jobs[0]) == 2
    assert "RP-ENC: not printed (The PDF is encrypted: it cannot be printed.)" in said


def test_the_dialogs_open_for_the_current_return(actions: LabelActions, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication, QDialog

    for trigger, name in ((actions.on_manual_order, "manualOrderDialog"),
                          (actions.on_create_order, "logisticOrderDialog"),
                          (actions.on_pickup, "pickupDialog")):
        trigger()
        opened = [w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QDialog) and w.objectName() == name and w.isVisible()]
        assert len(opened) == 1
        opened[0].close()


# -- the logistic order and pickup dialogs ----------------------------------------------------


def test_logistic_order_dialog_builds_the_put_body(qtbot: Any,
                                                   client: ReverAdminClient) -> None:
    dialog = LogisticOrderDialog(PROCESS, client, Operations(ErrorPresenter(dialogs=False)),
                                 warehouse=WAREHOUSE)
    qtbot.addWidget(dialog)
    assert not dialog.submit_button.isEnabled()  # provider still empty
    dialog.provider.setText("sendcloud")
    assert dialog.submit_button.isEnabled()
    dialog.submit()  # a home pick-up with no range: refused before anything is sent
    assert "pickup range" in dialog.status.text()
    dialog.ranges.set_ranges(["RANGE_8_TO_12"])
    dialog.weight.setValue(2500)
    body = dialog.build_request().body()
    assert (body["carrier"], body["provider"], body["return_type"], body["weight_in_grams"],
            body["pickup_ranges"], body["ecommerce_id"]) == (
        "SEUR", "sendcloud", "HOME_PICK_UP", 2500, ["RANGE_8_TO_12"], "acme")
    assert body["customer_address"]["first_name"] == "Ana"
    assert body["ecommerce_warehouse_address"]["city"] == "Zaragoza"


@pytest.mark.parametrize("which", ["logistic order", "pickup"])
def test_the_provider_field_offers_the_documented_providers_and_takes_others(
        qtbot: Any, client: ReverAdminClient, which: str) -> None:
    # QA F13: a blank free-text field; a carrier name was refused only by REVER.
    operations = Operations(ErrorPresenter(dialogs=False))
    dialog = (LogisticOrderDialog(PROCESS, client, operations, warehouse=WAREHOUSE)
              if which == "logistic order" else PickupDialog(PROCESS, client, operations))
    qtbot.addWidget(dialog)
    field = dialog.provider
    assert "SendCloud" in field.placeholderText() and "OPS" in field.placeholderText()
    completer = field.completer()
    assert completer is not None
    completer.setCompletionPrefix("send")
    assert completer.currentCompletion() == "SendCloud"
    field.setText("ACME-Logistics")  # not documented: still sent as typed
    dialog.ranges.set_ranges(["RANGE_8_TO_12"])
    assert dialog.build_request().body()["provider"] == "ACME-Logistics"


def test_provider_ops_is_explained_not_failed(qtbot: Any, client: ReverAdminClient) -> None:
    dialog = LogisticOrderDialog(PROCESS, client, Operations(ErrorPresenter(dialogs=False)),
                                 warehouse=WAREHOUSE)
    qtbot.addWidget(dialog)
    dialog.show_outcome(LogisticsOutcome(generated=False))
    assert "Nothing was generated (provider OPS)" in dialog.status.text()
    assert dialog.status.styleSheet() == "" and not dialog.submit_button.isEnabled()


def test_pickup_dialog_builds_the_body_and_shows_the_pickup(qtbot: Any,
                                                            client: ReverAdminClient) -> None:
    dialog = PickupDialog(PROCESS, client, Operations(ErrorPresenter(dialogs=False)))
    qtbot.addWidget(dialog)
    dialog.provider.setText("sendcloud")
    assert dialog.build_request().body()["pickup_ranges"] == ["NO_RANGE"]
    dialog.ranges.set_ranges(["RANGE_12_TO_16", "RANGE_16_TO_20"])
    body = dialog.build_request().body()
    assert body["pickup_ranges"] == ["RANGE_12_TO_16", "RANGE_16_TO_20"]
    assert body["pickup_address"]["last_name"] == "García" and body["process_id"] == "RP-100001"
    dialog.show_outcome(LogisticsOutcome(generated=True, pickup=PickupOrder(id="PU-9")))
    assert "PU-9" in dialog.status.text()


def test_save_label_as_pdf(actions: LabelActions, tmp_path: Path) -> None:
    out = tmp_path / "saved.pdf"
    report = asyncio.run(actions._save_pdf("carrier", "RP-100001", out))
    assert report.pages == 1 and pages(out) == 1
    assert actions.printer.last == []  # saving is not printing: reprint stays as it was
    assert job_message(report) == f"Carrier label for RP-100001 saved as {out}"


# -- in the station window, on the qasync loop --------------------------------------------------


def test_the_station_window_has_the_label_actions_and_they_run(
        make_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        presenter: Any) -> None:
    from PySide6.QtGui import QAction

    window = make_window()
    actions: LabelActions = window.label_actions
    names = {a.objectName() for a in window.labels_menu.actions()}
    assert {"printLabel", "reprintLast", "manualOrder", "batchPrint"} <= names
    shortcuts = [a.shortcut().toString() for a in window.findChildren(QAction)
                 if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), sorted(shortcuts)  # no ambiguous key

    jobs: list[Path] = []

    def to_file(pdf_path: Path | None = None, **kw: Any) -> PrintTarget:
        jobs.append(tmp_path / f"job{len(jobs)}.pdf")
        return PrintTarget(printer_name="Zebra", pdf_path=jobs[-1])

    monkeypatch.setattr(actions.printer, "target", to_file)
    actions.printer.settings.update(carrier_printer=ZEBRA, intake_printer=ZEBRA)
    monkeypatch.setattr(actions, "_current", lambda: PROCESS)
    actions.update_enabled()
    said: list[str] = []
    actions.message.connect(said.append)
    actions.intake_label.trigger()  # on the qasync loop, through the window's Operations
    qtbot.waitUntil(lambda: bool(said or presenter.texts), timeout=20_000)
    assert presenter.texts == [] and said == ["Intake label for RP-100001 printed on Zebra"]
    # The result stays on the window's notice line, not only in the status bar.
    assert window.notice_line.text() == said[0] and window.notice_line.isVisible()
    assert len(jobs) == 1 and pages(jobs[0]) == 1
    qtbot.waitUntil(lambda: window.ops.running == 0)
    assert actions.reprint_last.isEnabled()


class GatedPickups:
    """A client whose pickup answer waits for the test: the request stays on the wire."""

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.sent = 0

    async def request_pickup(self, request: Any) -> Any:
        self.sent += 1
        await self.gate.wait()
        from revdesk.api.models import PickupAnswer

        return PickupAnswer(pickup_order=PickupOrder(id="PU-1"))


def test_a_request_on_the_wire_is_not_sent_twice_nor_its_dialog_closed(
        qtbot: Any, qloop: Any) -> None:
    client = GatedPickups()
    presenter = ErrorPresenter(dialogs=False)
    shown: list[str] = []
    presenter.shown.connect(lambda title, text: shown.append(text))
    dialog = PickupDialog(PROCESS, client, Operations(presenter))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.provider.setText("sendcloud")
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: client.sent == 1)
    dialog.provider.setText("sendcloud2")  # a stray scan into a field while sending
    assert not dialog.submit_button.isEnabled()
    dialog.reject()  # Cancel, Esc or the title bar's close
    assert dialog.isVisible() and "Still sending" in dialog.status.text()
    client.gate.set()
    qtbot.waitUntil(lambda: dialog.outcome is not None)
    assert "PU-1" in dialog.status.text() and client.sent == 1 and shown == []
    dialog.reject()
    assert not dialog.isVisible()


def test_an_answer_for_a_closed_window_is_not_an_error_for_the_operator(
        qtbot: Any, qloop: Any) -> None:
    from PySide6.QtWidgets import QWidget

    presenter = ErrorPresenter(dialogs=False)
    shown: list[str] = []
    presenter.shown.connect(lambda title, text: shown.append(text))
    operations = Operations(presenter)
    told: list[object] = []

    class Owner(QWidget):
        def done(self, value: object) -> None:
            told.append(value)

        def failed(self, error: Exception) -> bool:
            told.append(error)
            return True

    owner = Owner()
    gate = asyncio.Event()

    async def answer(value: object) -> object:
        await gate.wait()
        if isinstance(value, Exception):
            raise value
        return value

    ok = operations.run(answer("PU-1"), on_success=owner.done)
    failed = operations.run(answer(errors.NotFound()), label="Request pickup",
                            on_failure=owner.failed)
    owner.deleteLater()  # the operator closed that window
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    gate.set()
    qtbot.waitUntil(lambda: ok.done() and failed.done())
    assert told == []
    # The success needs no one; the failure is not lost: the presenter shows it.
    assert len(shown) == 1 and "REVER does not know" in shown[0]


def test_a_failure_its_caller_handled_still_reaches_the_log(
        qtbot: Any, qloop: Any, caplog: pytest.LogCaptureFixture) -> None:
    operations = Operations(ErrorPresenter(dialogs=False))

    async def fail(error: Exception) -> None:
        raise error

    caplog.set_level("INFO", logger="revdesk.ui.operations")
    tasks = [operations.run(fail(error), label="Refresh", on_failure=lambda exc: True)
             for error in (KeyError("bug"), errors.NotFound(),
                           PrintError("The printer is out of labels."))]
    qtbot.waitUntil(lambda: all(t.done() for t in tasks))
    records = {r.levelname: r for r in caplog.records if r.name == "revdesk.ui.operations"}
    assert records["ERROR"].exc_info is not None and "Refresh" in records["ERROR"].getMessage()
    assert "NotFound" in records["INFO"].getMessage()
    assert records["WARNING"].getMessage() == "Refresh: The printer is out of labels."


def test_enter_in_a_field_moves_on_and_an_answered_form_is_never_sent_again(
        qtbot: Any, qloop: Any) -> None:
    from PySide6.QtCore import Qt

    client = GatedPickups()
    dialog = PickupDialog(PROCESS, client, Operations(ErrorPresenter(dialogs=False)))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.provider.setText("sendcloud")
    dialog.provider.setFocus()
    qtbot.keyClick(dialog.provider, Qt.Key.Key_Return)  # a scanner's Enter in a field
    assert client.sent == 0 and dialog.focusWidget() is not dialog.provider
    client.gate.set()
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None)
    dialog.submit()  # Enter on a focused button, a double click: nothing more is sent
    qtbot.wait(50)
    assert client.sent == 1


# -- the intake label after a scan, reprints from the history ----------------------------------


def scan(outcome: Any, *, pid: str = "RP-100001", status: str = "IN_WAREHOUSE",
         **kw: Any) -> Any:
    from revdesk.domain.scanning import ScanResult

    process = Process(**{**PROCESS.model_dump(), "process_id": pid})
    return ScanResult(raw=pid, cleaned=pid, action=status, outcome=outcome,
                      new_status=status, process=process, **kw)


def test_the_intake_label_prints_after_a_confirmed_scan_once_per_parcel(
        actions: LabelActions, jobs: list[Path], qtbot: Any, qloop: Any) -> None:
    from revdesk.domain.outcomes import Outcome

    said: list[str] = []
    actions.message.connect(said.append)
    actions.on_scan_result(scan(Outcome.DELIVERED))
    qtbot.wait(50)
    assert jobs == [] and said == []  # off by default
    actions.settings.update(auto_intake_label=True)
    for result in (scan(Outcome.QUEUED), scan(Outcome.FAILED), scan(Outcome.PENDING),
                   scan(Outcome.ALREADY), scan(Outcome.DELIVERED, status="COLLECTED"),
                   scan(Outcome.DELIVERED, is_undo=True),
                   scan(Outcome.DELIVERED, settled_late=True)):
        actions.on_scan_result(result)
    qtbot.wait(50)
    assert jobs == []  # never for a queued, refused or undone scan
    actions.on_scan_result(scan(Outcome.DELIVERED))
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said == ["Intake label for RP-100001 printed on Zebra"] and len(jobs) == 1
    (item,) = actions.printer.last
    # The status the scan confirmed, not the one the return had (COLLECTED).
    assert item.intake is not None and item.intake.status == "IN_WAREHOUSE"
    actions.on_scan_result(scan(Outcome.DELIVERED))  # the same parcel again (undo, rescan)
    actions.on_scan_result(scan(Outcome.DELIVERED, pid="RP-100002"))
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10_000)
    assert said[1] == "Intake label for RP-100002 printed on Zebra" and len(jobs) == 2


def test_a_past_label_is_printed_again_from_its_history_event(
        actions: LabelActions, jobs: list[Path], qtbot: Any, qloop: Any) -> None:
    from revdesk.domain.audit import Event

    said: list[str] = []
    actions.message.connect(said.append)

    def event(detail: str) -> Event:
        return Event(1, 0.0, "DOCK-2", "", "print", "RP-100003", "", "", "ok", detail)

    actions.reprint_event(event("intake label; 1 page(s) on Zebra"))
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    actions.reprint_event(event("carrier label; 1 page(s) on Zebra"))
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10_000)
    assert said == ["Intake label for RP-100003 printed on Zebra",
                    "Carrier label for RP-100003 printed on Zebra"]
    assert len(jobs) == 2


def test_an_automatic_intake_label_that_fails_is_said_without_a_box(
        actions: LabelActions, jobs: list[Path], qtbot: Any, qloop: Any) -> None:
    """No printer chosen for intake labels: the next scans must not be stopped by a box."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from revdesk.domain.outcomes import Outcome

    window = QWidget()
    qtbot.addWidget(window)
    actions.window = window
    actions.settings.update(auto_intake_label=True, intake_printer=PrinterSettings())
    said: list[str] = []
    actions.message.connect(said.append)
    actions.on_scan_result(scan(Outcome.DELIVERED))
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said == ["Intake label for RP-100001 not printed: No intake-label printer is "
                    "chosen yet (Labels → Label printers…): nothing was printed."]
    assert window.findChildren(QMessageBox) == [] and jobs == []


def test_save_intake_label_as_pdf(actions: LabelActions, tmp_path: Path) -> None:
    out = tmp_path / "RP-100001-intake.pdf"
    report = asyncio.run(actions._save_pdf("intake", "RP-100001", out))
    assert report.pages == 1 and pages(out) == 1
    assert job_message(report) == f"Intake label for RP-100001 saved as {out}"


def test_a_batch_ends_with_its_modal_progress_dialog_up_under_qasync(
        actions: LabelActions, jobs: list[Path], qtbot: Any, qloop: Any, arun: Any) -> None:
    """QA 18 D: the dialog's setValue, called from the fetches' tasks, ran processEvents()
    inside a task; qasync dropped the tasks it woke and the batch hung at 45 %."""
    pids = [f"RP-1001{n:02d}" for n in range(30)]
    actions._open_progress(len(pids))
    dialog = actions._progress
    assert dialog is not None and dialog.isModal()
    dialog.setMinimumDuration(0)  # up at once, as a real batch's after 300 ms
    qtbot.waitUntil(dialog.isVisible)
    in_task: list[bool] = []
    set_value = dialog.setValue

    def recorded(value: int) -> None:
        in_task.append(asyncio.current_task(qloop) is not None)
        set_value(value)

    dialog.setValue = recorded  # type: ignore[method-assign]
    report = arun(actions._batch_print(pids), timeout=30)
    assert report.pages == 30 and report.process_ids == pids
    assert len(jobs) == 1 and pages(jobs[0]) == 30
    qtbot.waitUntil(lambda: dialog.value() in (-1, 60))  # full, or reset when full
    assert in_task and not any(in_task)
