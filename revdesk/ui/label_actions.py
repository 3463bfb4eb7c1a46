"""The label and logistics actions of the station window, as QActions with their shortcuts.

The window gives two callables (the current return, the selected returns), the client and
the settings store; each action runs a domain function through :class:`Operations` (busy
state, errors shown once, everything re-enabled in ``finally``) and prints through the
:class:`LabelPrinter`. The window places :meth:`LabelActions.menu` and :meth:`all`; this
module never reaches into it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, Union

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from revdesk.api.models import Process
from revdesk.api.rever import ReverAdminClient
from revdesk.config import PrinterRole
from revdesk.domain.audit import FAILED, PRINT, AuditLog, Event
from revdesk.domain.audit_trail import (
    CARRIER_LABEL,
    INTAKE_LABEL,
    INTAKE_LABEL_AUTO,
    REPRINT_CARRIER,
    REPRINT_INTAKE,
    UPLOADED_LABEL,
    audited,
)
from revdesk.i18n import translate
from revdesk.settings_store import SettingsStore

from .actions import make_action
from .operations import Operations

# Printing (QtPrintSupport, QtPdf), label files (PIL), the intake label (reportlab) and the
# logistics dialogs are imported when an action first runs, not with the window: together
# they were a tenth of a second of the station's start-up (bench/startup.py).
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QProgressDialog

    from revdesk.domain.labels import CheckedLabel
    from revdesk.domain.printer_profiles import LabelItem
    from revdesk.domain.process_index import ProcessIndex
    from revdesk.domain.scanning import ScanResult

    from .printing import LabelPrinter, PrintReport

log = logging.getLogger(__name__)

__all__ = ["LabelActions"]

T = TypeVar("T")
class HasProcessId(Protocol):
    """A return as a list row or a full Process: batch actions need only its id."""

    @property
    def process_id(self) -> str: ...


CurrentProcess = Callable[[], Process | None]
SelectedProcesses = Callable[[], Sequence[HasProcessId]]
ClientSource = ReverAdminClient | Callable[[], ReverAdminClient]
PrinterSource = Union["LabelPrinter", Callable[[], "LabelPrinter"], None]


class LabelActions(QObject):
    """QActions: Print label (Ctrl+P), Reprint last (Ctrl+Shift+P), Intake label, Save label
    as PDF, Manual logistic order (Ctrl+M), Create logistic order, Request pickup, Batch
    print selection. ``message`` carries a one-line result for the status bar."""

    message = Signal(str)

    def __init__(
        self,
        *,
        client: ClientSource,
        current_process: CurrentProcess,
        selected_processes: SelectedProcesses | None = None,
        settings: SettingsStore,
        operations: Operations,
        printer: PrinterSource = None,
        window: QWidget | None = None,
        parent: QObject | None = None,
        audit: AuditLog | None = None,
        index: ProcessIndex | None = None,
    ) -> None:
        super().__init__(parent)
        self._client_source = client
        self.index = index  # the station's list: a tracking id already used is found there
        #: Every print, reprint and label upload is recorded here, ok or failed with why.
        self.audit = audit
        #: Returns whose intake label was printed after a scan: once per parcel.
        self._auto_printed: set[str] = set()
        self._current = current_process
        self._selected = selected_processes or (lambda: [])
        #: Read when an action runs (``settings.current``), so a change saved in Settings
        #: is used by the next label without a restart.
        self.settings = settings
        self._printer_source = printer
        self._printer: LabelPrinter | None = None
        self.operations = operations
        self.window = window
        self._progress: QProgressDialog | None = None
        self._progress_value: int | None = None  # the latest, not yet shown
        self._dialogs: set[QDialog] = set()
        self.print_label = make_action(self, translate("LabelActions", "&Print label"), "printLabel",
                                       self.on_print_label, "Ctrl+P")
        self.reprint_last = make_action(self, translate("LabelActions", "&Reprint last label"), "reprintLast",
                                        self.on_reprint_last, "Ctrl+Shift+P")
        self.intake_label = make_action(self, translate("LabelActions", "Print &intake label"), "intakeLabel",
                                        self.on_intake_label)
        self.save_pdf = make_action(self, translate("LabelActions", "&Save label as PDF…"), "saveLabelPdf",
                                    self.on_save_pdf)
        self.save_intake_pdf = make_action(self, translate("LabelActions", "Save intake label as P&DF…"),
                                           "saveIntakePdf", self.on_save_intake_pdf)
        self.manual_order = make_action(
            self,
            translate("LabelActions", "&Manual logistic order…"),
            "manualOrder",
            self.on_manual_order,
            "Ctrl+M",
        )
        self.create_order = make_action(
            self, translate("LabelActions", "Create &logistic order…"), "createOrder", self.on_create_order
        )
        self.pickup = make_action(
            self, translate("LabelActions", "Request pic&kup…"), "requestPickup", self.on_pickup
        )
        self.batch_print = make_action(
            self, translate("LabelActions", "&Batch print selection"), "batchPrint", self.on_batch_print
        )
        self.choose_printer = make_action(
            self, translate("LabelActions", "Label print&ers…"), "choosePrinter", self.on_choose_printer
        )
        # The toolbar's words (the menu and the tooltips keep the whole ones): all nine
        # buttons then fit beside the menus on a 1920 px screen.
        for action, short in (
            (self.reprint_last, translate("LabelActions", "Reprint")),
            (self.intake_label, translate("LabelActions", "Intake label")),
            (self.save_pdf, translate("LabelActions", "Save PDF")),
            (self.manual_order, translate("LabelActions", "Manual order")),
            (self.create_order, translate("LabelActions", "Logistic order")),
            (self.pickup, translate("LabelActions", "Pickup")),
            (self.batch_print, translate("LabelActions", "Batch print")),
            (self.save_intake_pdf, translate("LabelActions", "Intake PDF")),
            (self.choose_printer, translate("LabelActions", "Printers")),
        ):
            action.setIconText(short)
            action.setToolTip(action.text().replace("&", "").rstrip("…"))
        self.update_enabled()

    def all(self) -> list[QAction]:
        return [
            self.print_label,
            self.reprint_last,
            self.intake_label,
            self.save_pdf,
            self.save_intake_pdf,
            self.manual_order,
            self.create_order,
            self.pickup,
            self.batch_print,
            self.choose_printer,
        ]

    def menu(self, parent: QWidget) -> QMenu:
        """The Labels menu with every action (object name ``labelsMenu``)."""
        menu = QMenu(translate("LabelActions", "&Labels"), parent)
        menu.setObjectName("labelsMenu")
        menu.addActions(self.all())
        return menu

    def close(self) -> None:
        """The window is closing: stop the print thread (a job already printing finishes)."""
        if self._printer is not None:
            self._printer.close()

    def update_enabled(self) -> None:
        """Call when the current return or the selection changes."""
        has_current = self._current() is not None
        for action in (
            self.print_label,
            self.intake_label,
            self.save_pdf,
            self.save_intake_pdf,
            self.manual_order,
            self.create_order,
            self.pickup,
        ):
            action.setEnabled(has_current)
        self.reprint_last.setEnabled(self._printer is not None and bool(self._printer.last))
        self.batch_print.setEnabled(has_current or bool(self._selected()))

    @property
    def printer(self) -> LabelPrinter:
        """The station's label printer, made when a label is first printed or saved."""
        if self._printer is None:
            source = self._printer_source
            if source is None:
                from .printing import LabelPrinter

                self._printer = LabelPrinter(self.settings, self)
            else:
                self._printer = source() if callable(source) else source
            self._printer.printed.connect(lambda _pages: self.update_enabled())
        return self._printer

    @property
    def client(self) -> ReverAdminClient:
        source = self._client_source
        return source if isinstance(source, ReverAdminClient) else source()

    def _process(self) -> Process | None:
        process = self._current()
        if process is None:
            self.message.emit(translate("LabelActions", "Select a return first."))
        return process

    def _run(
        self,
        coro: Coroutine[Any, Any, T],
        label: str,
        action: QAction,
        on_success: Callable[[T], object] | None = None,
    ) -> None:
        self.operations.run(
            coro, label=label, busy=(action,), on_success=on_success, on_failure=self._label_failure
        )

    def _label_failure(self, error: Exception) -> bool:
        """Label and printing refusals are the operator's business, said in plain words;
        API errors go to the window's presenter."""
        from revdesk.domain.intake_label import IntakeLabelError
        from revdesk.domain.labels import LabelRefused

        from .dialogs.logistics_forms import refusal_message
        from .printing import PrintError

        self._close_progress()
        if isinstance(error, LabelRefused):
            text = refusal_message(error)
        elif isinstance(error, PrintError | IntakeLabelError):
            text = error.operator_message
        else:
            return False
        self.message.emit(text)
        from PySide6.QtWidgets import QMessageBox  # with the first refusal, not the window

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("LabelActions", "Label"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the reason may quote REVER or a file name
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # never a nested event loop
        return True

    def _report(self, report: PrintReport) -> None:
        self._close_progress()
        text = job_message(report)
        if report.scaled:
            text += " " + translate("LabelActions", "Scaled down to fit the label: {names}.").format(
                names=", ".join(report.scaled)
            )
        self.message.emit(text)
        self.update_enabled()

    # -- printing ---------------------------------------------------------------------------

    async def _recorded(
        self, process_ids: Sequence[str], work: Awaitable[PrintReport], what: str
    ) -> PrintReport:
        """Await a print job, recording it for each return, with where it went."""
        return await audited(self.audit, PRINT, process_ids, work, detail=what, ok_detail=_where)

    def on_print_label(self) -> None:
        if (process := self._process()) is not None:
            self.print_carrier_label(process.process_id)

    def print_carrier_label(self, process_id: str) -> None:
        """Fetch and print a return's carrier label on the carrier-label printer."""
        self._run(
            self._recorded([process_id], self._print_label(process_id), CARRIER_LABEL),
            translate("LabelActions", "Print label"),
            self.print_label,
            self._report,
        )

    async def _carrier_items(self, process_id: str) -> list[LabelItem]:
        from revdesk.domain.label_service import fetch_return_label
        from revdesk.domain.printer_profiles import LabelItem

        label = await fetch_return_label(self.client, process_id)
        return [LabelItem(process_id, carrier=label)]

    async def _print_label(self, process_id: str) -> PrintReport:
        return await self.printer.print("carrier", await self._carrier_items(process_id))

    def on_reprint_last(self) -> None:
        last = self.printer.last
        what = REPRINT_INTAKE if self.printer.last_role == "intake" else REPRINT_CARRIER
        self._run(
            self._recorded([item.process_id for item in last], self.printer.reprint_last(), what),
            translate("LabelActions", "Reprint last"),
            self.reprint_last,
            self._report,
        )

    def reprint_event(self, event: Event) -> None:
        """Print again the label a past print event of the history printed (the intake
        label or the carrier's, by what the event says)."""
        if not event.process_id:
            self.message.emit(translate("LabelActions", "That line of the history is not about one return."))
            return
        if "intake" in event.detail:
            self.print_intake_labels([event.process_id])
        else:
            self.print_carrier_label(event.process_id)

    def on_intake_label(self) -> None:
        pids = self._intake_pids()
        if pids:
            self.print_intake_labels(pids)

    def _intake_pids(self) -> list[str]:
        selected = list(self._selected())
        processes = selected if len(selected) > 1 else [p for p in [self._process()] if p]
        return [p.process_id for p in processes]

    def print_intake_labels(self, process_ids: list[str]) -> None:
        self._run(
            self._recorded(process_ids, self._print_intake(process_ids), INTAKE_LABEL),
            translate("LabelActions", "Intake label"),
            self.intake_label,
            self._report,
        )

    async def _intake_items(self, process_ids: list[str]) -> list[LabelItem]:
        from revdesk.domain.label_service import intake_infos
        from revdesk.domain.printer_profiles import LabelItem

        infos = await intake_infos(self.client, process_ids, station=self.settings.current.station_name)
        return [LabelItem(info.process_id, intake=info) for info in infos]

    async def _print_intake(self, process_ids: list[str]) -> PrintReport:
        return await self.printer.print("intake", await self._intake_items(process_ids))

    # -- the intake label after a scan ------------------------------------------------------

    def on_scan_result(self, result: ScanResult) -> None:
        """After a scan: when the setting is on, the intake label of a parcel REVER has just
        confirmed IN_WAREHOUSE, once per parcel. Never for a queued or refused scan (the
        parcel may not be ours), an undo, or a change settled later (the parcel has gone on
        from the desk by then)."""
        from revdesk.domain.outcomes import Outcome

        if not self.settings.current.auto_intake_label:
            return
        if (
            result.outcome is not Outcome.DELIVERED
            or result.is_undo
            or result.settled_late
            or result.new_status != "IN_WAREHOUSE"
            or result.process is None
        ):
            return
        pid = result.process_id
        if not pid or pid in self._auto_printed:
            return
        self._auto_printed.add(pid)
        self.operations.run(
            self._recorded([pid], self._auto_intake(result), INTAKE_LABEL_AUTO),
            label=translate("LabelActions", "Intake label"),
            on_success=self._report,
            on_failure=lambda error: self._auto_failure(pid, error),
        )

    def _auto_failure(self, process_id: str, error: Exception) -> bool:
        """A label that did not print after a scan is said on the notice line, never in a
        box: a window-modal box would stop the next scans while the operator is at the
        printer. Anything else goes to the window's presenter."""
        from revdesk.domain.intake_label import IntakeLabelError

        from .printing import PrintError

        if not isinstance(error, PrintError | IntakeLabelError):
            return False
        self.message.emit(
            translate("LabelActions", "Intake label for {pid} not printed: {why}").format(
                pid=process_id, why=error.operator_message
            )
        )
        return True

    async def _auto_intake(self, result: ScanResult) -> PrintReport:
        from dataclasses import replace

        from revdesk.domain.intake_label import IntakeInfo
        from revdesk.domain.printer_profiles import LabelItem

        assert result.process is not None
        # What the scan saw: no second request to REVER while the next parcel comes.
        info = replace(
            IntakeInfo.from_process(result.process, station=self.settings.current.station_name),
            status=result.new_status,
        )
        return await self.printer.print("intake", [LabelItem(info.process_id, intake=info)])

    # -- batches ----------------------------------------------------------------------------

    def on_batch_print(self) -> None:
        process_ids = [p.process_id for p in self._selected()]
        if not process_ids and (process := self._process()) is not None:
            process_ids = [process.process_id]
        if process_ids:
            self._open_progress(len(process_ids))
            self._run(
                self._batch_print(process_ids),
                translate("LabelActions", "Batch print"),
                self.batch_print,
                self._report,
            )

    async def _batch_print(self, process_ids: list[str]) -> PrintReport:
        from revdesk.domain.label_service import fetch_return_labels
        from revdesk.domain.printer_profiles import LabelItem

        from .printing import PrintError

        total = len(process_ids)
        batch = await fetch_return_labels(
            self.client, process_ids, progress=lambda done, _t: self._set_progress(done)
        )
        what = f"carrier label, batch of {total}"
        for pid, why in batch.failures:
            self.message.emit(
                translate("LabelActions", "{pid}: not printed ({why})").format(pid=pid, why=why)
            )
            if self.audit is not None:
                self.audit.record(PRINT, process_id=pid, result=FAILED, detail=f"{what}; {why}")
        if not batch.labels:
            raise PrintError(translate("LabelActions", "None of the selected returns has a label to print."))
        items = [LabelItem(pid, carrier=label) for pid, label in batch.labels]
        # One job for the whole selection: the printer feeds them without a gap.
        job = self.printer.print("carrier", items, progress=lambda done, _t: self._set_progress(total + done))
        return await self._recorded([item.process_id for item in items], job, what)

    def _open_progress(self, labels: int) -> None:
        self._close_progress()
        from .batch_progress import BatchProgress  # with the first batch, not the window

        progress = BatchProgress(
            translate("LabelActions", "Fetching and printing labels…"), 2 * labels, self.window
        )
        progress.setValue(0)
        self._progress = progress
        self._progress_value = None

    def _set_progress(self, value: int) -> None:
        """Called from the batch's tasks: the bar moves later, from Qt's loop. A modal
        QProgressDialog's setValue runs processEvents(), which inside a running task
        re-enters qasync's loop; the tasks it wakes are dropped and the batch never ends."""
        if self._progress is None:
            return
        pending = self._progress_value is not None
        self._progress_value = value
        if not pending:
            QTimer.singleShot(0, self, self._show_progress)

    def _show_progress(self) -> None:
        value, self._progress_value = self._progress_value, None
        if value is not None and self._progress is not None and shiboken6.isValid(self._progress):
            self._progress.setValue(value)

    def _close_progress(self) -> None:
        if self._progress is not None and shiboken6.isValid(self._progress):
            self._progress.reset()
            self._progress.deleteLater()
        self._progress = None
        self._progress_value = None

    # -- the printers and PDFs --------------------------------------------------------------

    def on_choose_printer(self) -> None:
        from .dialogs.printers import PrintersDialog

        dialog = PrintersDialog(self.settings, self.printer, parent=self.window)
        dialog.accepted.connect(self._printers_chosen)
        self._show(dialog)

    def _printers_chosen(self) -> None:
        current = self.settings.current
        self.message.emit(
            translate("LabelActions", "Carrier labels print on {carrier}; intake labels on {intake}.").format(
                carrier=current.carrier_printer.describe(), intake=current.intake_printer.describe()
            )
        )

    def on_save_pdf(self) -> None:
        if (process := self._process()) is not None:
            self._ask_pdf_path("carrier", process.process_id, self.save_pdf)

    def on_save_intake_pdf(self) -> None:
        if (process := self._process()) is not None:
            self._ask_pdf_path("intake", process.process_id, self.save_intake_pdf)

    def _ask_pdf_path(self, role: PrinterRole, process_id: str, action: QAction) -> None:
        from PySide6.QtWidgets import QFileDialog  # with the first save, not the window

        title = (
            translate("LabelActions", "Save intake label as PDF")
            if role == "intake"
            else translate("LabelActions", "Save label as PDF")
        )
        dialog = QFileDialog(
            self.window, title, f"{process_id}-{role}.pdf", translate("LabelActions", "PDF (*.pdf)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: self.save_label_pdf(role, process_id, Path(path), action))
        self._show(dialog)

    def save_label_pdf(
        self, role: PrinterRole, process_id: str, path: Path, action: QAction | None = None
    ) -> None:
        """Save a return's carrier or intake label as a PDF file at ``path``."""
        what = f"{role} label saved as PDF to {path}"
        self._run(
            self._recorded([process_id], self._save_pdf(role, process_id, path), what),
            translate("LabelActions", "Save label as PDF"),
            action or self.save_pdf,
            self._report,
        )

    async def _save_pdf(self, role: PrinterRole, process_id: str, path: Path) -> PrintReport:
        items = (
            await self._intake_items([process_id])
            if role == "intake"
            else await self._carrier_items(process_id)
        )
        return await self.printer.save_as_pdf(role, items, path)

    # -- logistics dialogs ------------------------------------------------------------------

    def on_manual_order(self) -> None:
        if (process := self._process()) is None:
            return
        from .dialogs.manual_order import ManualOrderDialog

        pid = process.process_id
        dialog = ManualOrderDialog(
            process,
            self.client,
            self.operations,
            warehouse=self.settings.current.warehouse_address,
            print_label=lambda label: self._print_checked(label, pid),
            parent=self.window,
            audit=self.audit,
            index=self.index,
        )
        self._show(dialog)

    def _print_checked(self, label: CheckedLabel, process_id: str = "") -> None:
        from revdesk.domain.printer_profiles import LabelItem

        job = self.printer.print("carrier", [LabelItem(process_id, carrier=label)])
        self._run(
            self._recorded([process_id] if process_id else [], job, UPLOADED_LABEL),
            translate("LabelActions", "Print label"),
            self.print_label,
            self._report,
        )

    def on_create_order(self) -> None:
        if (process := self._process()) is None:
            return
        from .dialogs.logistic_order import LogisticOrderDialog

        settings = self.settings.current
        self._show(
            LogisticOrderDialog(
                process,
                self.client,
                self.operations,
                warehouse=settings.warehouse_address,
                ecommerce_id=settings.ecommerce_id,
                ecommerce_group=settings.ecommerce_group,
                parent=self.window,
                audit=self.audit,
            )
        )

    def on_pickup(self) -> None:
        if (process := self._process()) is None:
            return
        from .dialogs.pickup import PickupDialog

        self._show(
            PickupDialog(
                process,
                self.client,
                self.operations,
                ecommerce_id=self.settings.current.ecommerce_id,
                parent=self.window,
                audit=self.audit,
            )
        )

    def _show(self, dialog: QDialog) -> None:
        # Held until it closes: without a parent window nothing else keeps it alive.
        self._dialogs.add(dialog)
        dialog.finished.connect(lambda _result: self._dialogs.discard(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal without a nested event loop


def _job_subject(report: PrintReport) -> str:
    intake = report.role == "intake"
    pids = report.process_ids
    returns = len(pids)
    if returns == 1:
        return (translate("LabelActions", "Intake label for {pid}") if intake
                else translate("LabelActions", "Carrier label for {pid}")).format(pid=pids[0])
    if intake:
        return translate("LabelActions", "Intake labels for %n returns", "", returns)
    return translate("LabelActions", "Carrier labels for %n returns", "", returns)


def _where(report: PrintReport) -> str:
    place = ", ".join(str(f) for f in report.files) if report.files else report.where
    return f"{report.pages} page(s) {'to' if report.files else 'on'} {place}"


def job_message(report: PrintReport, subject: str | None = None) -> str:
    """The operator's line for a job done: "Intake label for RP-100042 printed on Zebra-1",
    "… saved as /labels/RP-100042-intake.pdf". ``subject`` replaces "Intake label for …"
    (a test print says "Test label"): the parts are put together here, in one translated
    sentence, never cut out of another language's sentence."""
    files = len(report.files)
    if subject is None:
        subject = _job_subject(report)
    if files == 1:
        return translate("LabelActions", "{subject} saved as {file}").format(
            subject=subject, file=report.files[0])
    if files:
        return translate("LabelActions", "{subject} saved in {folder} (%n files)", "",
                         files).format(subject=subject, folder=report.files[0].parent)
    return translate("LabelActions", "{subject} printed on {printer}").format(
        subject=subject, printer=report.where)
