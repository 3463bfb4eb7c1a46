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
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from revdesk.api.models import Process
from revdesk.api.rever import ReverAdminClient
from revdesk.domain.audit import FAILED, PRINT, AuditLog
from revdesk.domain.audit_trail import audited
from revdesk.settings_store import SettingsStore

from .actions import make_action
from .operations import Operations

# Printing (QtPrintSupport, QtPdf), label files (PIL), the intake label (reportlab) and the
# logistics dialogs are imported when an action first runs, not with the window: together
# they were a tenth of a second of the station's start-up (bench/startup.py).
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QProgressDialog

    from revdesk.domain.labels import CheckedLabel
    from revdesk.domain.process_index import ProcessIndex

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
        self._last_printed: list[str] = []  # the returns of the last job, for a reprint
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
        self._dialogs: set[QDialog] = set()
        self.print_label = make_action(self, self.tr("&Print label"), "printLabel",
                                       self.on_print_label, "Ctrl+P")
        self.reprint_last = make_action(self, self.tr("&Reprint last label"), "reprintLast",
                                        self.on_reprint_last, "Ctrl+Shift+P")
        self.intake_label = make_action(self, self.tr("Print &intake label"), "intakeLabel",
                                        self.on_intake_label)
        self.save_pdf = make_action(self, self.tr("&Save label as PDF…"), "saveLabelPdf",
                                    self.on_save_pdf)
        self.manual_order = make_action(self, self.tr("&Manual logistic order…"), "manualOrder",
                                        self.on_manual_order, "Ctrl+M")
        self.create_order = make_action(self, self.tr("Create &logistic order…"), "createOrder",
                                        self.on_create_order)
        self.pickup = make_action(self, self.tr("Request pic&kup…"), "requestPickup",
                                  self.on_pickup)
        self.batch_print = make_action(self, self.tr("&Batch print selection"), "batchPrint",
                                       self.on_batch_print)
        self.choose_printer = make_action(self, self.tr("C&hoose label printer…"), "choosePrinter",
                                          self.on_choose_printer)
        # The toolbar's words (the menu and the tooltips keep the whole ones): all nine
        # buttons then fit beside the menus on a 1920 px screen.
        for action, short in ((self.reprint_last, self.tr("Reprint")),
                              (self.intake_label, self.tr("Intake label")),
                              (self.save_pdf, self.tr("Save PDF")),
                              (self.manual_order, self.tr("Manual order")),
                              (self.create_order, self.tr("Logistic order")),
                              (self.pickup, self.tr("Pickup")),
                              (self.batch_print, self.tr("Batch print")),
                              (self.choose_printer, self.tr("Printer"))):
            action.setIconText(short)
            action.setToolTip(action.text().replace("&", "").rstrip("…"))
        self.update_enabled()

    def all(self) -> list[QAction]:
        return [self.print_label, self.reprint_last, self.intake_label, self.save_pdf,
                self.manual_order, self.create_order, self.pickup, self.batch_print,
                self.choose_printer]

    def menu(self, parent: QWidget) -> QMenu:
        """The Labels menu with every action (object name ``labelsMenu``)."""
        menu = QMenu(self.tr("&Labels"), parent)
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
        for action in (self.print_label, self.intake_label, self.save_pdf, self.manual_order,
                       self.create_order, self.pickup):
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
            self.message.emit(self.tr("Select a return first."))
        return process

    def _run(self, coro: Coroutine[Any, Any, T], label: str, action: QAction,
             on_success: Callable[[T], object] | None = None) -> None:
        self.operations.run(coro, label=label, busy=(action,), on_success=on_success,
                            on_failure=self._label_failure)

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

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Label"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the reason may quote REVER or a file name
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # never a nested event loop
        return True

    def _report(self, report: PrintReport) -> None:
        self._close_progress()
        text = self.tr("Printed {n} page(s).").format(n=report.pages)
        if report.scaled:
            text += " " + self.tr("Scaled down to fit the label: {names}.").format(
                names=", ".join(report.scaled))
        self.message.emit(text)
        self.update_enabled()

    # -- printing ---------------------------------------------------------------------------

    async def _recorded(self, process_ids: Sequence[str], work: Awaitable[PrintReport],
                        what: str, *, printed: bool = True) -> PrintReport:
        """Await a print job, recording it for each return; a job that reached the printer
        becomes the one a reprint repeats."""
        report = await audited(self.audit, PRINT, process_ids, work, detail=what,
                               ok_detail=self._where if printed else _pages)
        if printed:
            self._last_printed = list(process_ids)
        return report

    def _where(self, report: PrintReport) -> str:
        printer = self.printer.settings.current.printer.name or "the default printer"
        return f"{_pages(report)} on {printer}"

    def on_print_label(self) -> None:
        if (process := self._process()) is not None:
            pid = process.process_id
            self._run(self._recorded([pid], self._print_label(pid), "carrier label"),
                      self.tr("Print label"), self.print_label, self._report)

    async def _print_label(self, process_id: str) -> PrintReport:
        from revdesk.domain.label_service import fetch_return_label

        label = await fetch_return_label(self.client, process_id)
        return await self.printer.print([label], parent=self.window)

    def on_reprint_last(self) -> None:
        self._run(self._recorded(self._last_printed, self.printer.reprint_last(
            parent=self.window), "reprint"), self.tr("Reprint last"), self.reprint_last,
            self._report)

    def on_intake_label(self) -> None:
        selected = list(self._selected())
        processes = selected if len(selected) > 1 else [p for p in [self._process()] if p]
        if processes:
            pids = [p.process_id for p in processes]
            self._run(self._recorded(pids, self._print_intake(pids), "intake label"),
                      self.tr("Intake label"), self.intake_label,
                      self._report)

    async def _print_intake(self, process_ids: list[str]) -> PrintReport:
        from revdesk.domain.label_service import intake_infos, make_intake_pdf

        settings = self.settings.current
        infos = await intake_infos(self.client, process_ids, station=settings.station_name)
        # reportlab is CPU work: off the loop, in the default executor (about 2 ms a label).
        label = await make_intake_pdf(infos, dpi=settings.printer.dpi)
        return await self.printer.print([label], parent=self.window)

    def on_batch_print(self) -> None:
        process_ids = [p.process_id for p in self._selected()]
        if not process_ids and (process := self._process()) is not None:
            process_ids = [process.process_id]
        if process_ids:
            self._open_progress(len(process_ids))
            self._run(self._batch_print(process_ids), self.tr("Batch print"),
                      self.batch_print, self._report)

    async def _batch_print(self, process_ids: list[str]) -> PrintReport:
        from revdesk.domain.label_service import fetch_return_labels

        from .printing import PrintError

        total = len(process_ids)
        batch = await fetch_return_labels(self.client, process_ids,
                                          progress=lambda done, _t: self._set_progress(done))
        what = f"carrier label, batch of {total}"
        for pid, why in batch.failures:
            self.message.emit(self.tr("{pid}: not printed ({why})").format(pid=pid, why=why))
            if self.audit is not None:
                self.audit.record(PRINT, process_id=pid, result=FAILED, detail=f"{what}; {why}")
        if not batch.labels:
            raise PrintError(self.tr("None of the selected returns has a label to print."))
        labels = [label for _pid, label in batch.labels]
        # One job for the whole selection: the printer feeds them without a gap.
        job = self.printer.print(labels, parent=self.window,
                                 progress=lambda done, _t: self._set_progress(total + done))
        return await self._recorded([pid for pid, _label in batch.labels], job, what)

    def _open_progress(self, labels: int) -> None:
        self._close_progress()
        from PySide6.QtWidgets import QProgressDialog  # with the first batch, not the window

        progress = QProgressDialog(self.tr("Fetching and printing labels…"), "", 0,
                                   2 * labels, self.window)
        progress.setCancelButton(None)  # a print job sent to the spooler cannot be taken back
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)
        self._progress = progress

    def _set_progress(self, value: int) -> None:
        if self._progress is not None and shiboken6.isValid(self._progress):
            self._progress.setValue(value)

    def _close_progress(self) -> None:
        if self._progress is not None and shiboken6.isValid(self._progress):
            self._progress.reset()
            self._progress.deleteLater()
        self._progress = None

    def on_choose_printer(self) -> None:
        self._run(self.printer.ask_printer(self.window), self.tr("Choose label printer"),
                  self.choose_printer, self._printer_chosen)

    def _printer_chosen(self, chosen: bool) -> None:
        if chosen:
            self.message.emit(self.tr("Labels will print on {name}.").format(
                name=self.settings.current.printer.name))

    def on_save_pdf(self) -> None:
        if (process := self._process()) is None:
            return
        from PySide6.QtWidgets import QFileDialog  # with the first save, not the window

        dialog = QFileDialog(self.window, self.tr("Save label as PDF"),
                             f"{process.process_id}.pdf", self.tr("PDF (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(
            lambda path: self._run(
                self._recorded([process.process_id], self._save_pdf(process.process_id,
                                                                    Path(path)),
                               f"carrier label saved as PDF to {path}", printed=False),
                self.tr("Save label as PDF"), self.save_pdf, self._report))
        self._show(dialog)

    async def _save_pdf(self, process_id: str, path: Path) -> PrintReport:
        from revdesk.domain.label_service import fetch_return_label

        label = await fetch_return_label(self.client, process_id)
        return await self.printer.save_as_pdf([label], path)

    # -- logistics dialogs ------------------------------------------------------------------

    def on_manual_order(self) -> None:
        if (process := self._process()) is None:
            return
        from .dialogs.manual_order import ManualOrderDialog

        pid = process.process_id
        dialog = ManualOrderDialog(process, self.client, self.operations,
                                   warehouse=self.settings.current.warehouse_address,
                                   print_label=lambda label: self._print_checked(label, pid),
                                   parent=self.window, audit=self.audit, index=self.index)
        self._show(dialog)

    def _print_checked(self, label: CheckedLabel, process_id: str = "") -> None:
        job = self.printer.print([label], parent=self.window)
        self._run(self._recorded([process_id] if process_id else [], job,
                                 "uploaded carrier label"),
                  self.tr("Print label"), self.print_label, self._report)

    def on_create_order(self) -> None:
        if (process := self._process()) is None:
            return
        from .dialogs.logistic_order import LogisticOrderDialog

        settings = self.settings.current
        self._show(LogisticOrderDialog(
            process, self.client, self.operations, warehouse=settings.warehouse_address,
            ecommerce_id=settings.ecommerce_id, ecommerce_group=settings.ecommerce_group,
            parent=self.window, audit=self.audit))

    def on_pickup(self) -> None:
        if (process := self._process()) is None:
            return
        from .dialogs.pickup import PickupDialog

        self._show(PickupDialog(process, self.client, self.operations,
                                ecommerce_id=self.settings.current.ecommerce_id,
                                parent=self.window,
                                audit=self.audit))

    def _show(self, dialog: QDialog) -> None:
        # Held until it closes: without a parent window nothing else keeps it alive.
        self._dialogs.add(dialog)
        dialog.finished.connect(lambda _result: self._dialogs.discard(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal without a nested event loop


def _pages(report: PrintReport) -> str:
    return f"{report.pages} page(s)"
