"""The manual logistic order dialog: a return shipped outside the platform.

The operator drops (or picks) the carrier's label file, checks the preview, fills the
carrier and tracking, and submits; then may print the label. The file is checked before
anything can be sent (its bytes, its size, that it opens, here with QtPdf as well), and a
refusal is shown in plain words with Submit disabled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from revdesk.api import errors
from revdesk.api.models import Address, ManualLogisticOrderRequest, Process
from revdesk.api.rever import ReverAdminClient
from revdesk.domain.audit import AuditLog
from revdesk.domain.labels import BrokenLabel, CheckedLabel, LabelRefused, check_label_file
from revdesk.domain.logistics import (
    LogisticsOutcome,
    TrackingCheck,
    customer_address,
    manual_order_request,
    submit_manual_order,
    tracking_used_elsewhere,
)
from revdesk.domain.process_index import ProcessIndex
from revdesk.i18n import QT_TRANSLATE_NOOP, translate
from revdesk.ui.operations import Operations
from revdesk.ui.printing import on_white, open_pdf
from revdesk.ui.scan_catcher import SCAN_AWARE
from revdesk.ui.screen_fit import FormScroll, keep_on_screen

from .logistics_forms import (
    AddressForm,
    LogisticsRequestDialog,
    add_rows,
    refusal_message,
    return_method_combo,
)

log = logging.getLogger(__name__)

__all__ = ["ManualOrderDialog", "preview_images"]

PREVIEW_WIDTH = 360
#: The dialog's width where the screen has it: the address fields whole beside the preview.
ORDER_WIDTH = 1180
#: A label has a page or two; a 40-page PDF is a wrong file, and its preview would be slow.
PREVIEW_MAX_PAGES = 4
FILE_FILTER = QT_TRANSLATE_NOOP("ManualOrderDialog", "Labels (*.pdf *.png *.jpg *.jpeg)")

PrintLabel = Callable[[CheckedLabel], None]


def preview_images(label: CheckedLabel, width: int = PREVIEW_WIDTH) -> list[QImage]:
    """The label's pages as opaque images ``width`` pixels wide (PDF through QtPdf).
    Raises BrokenLabel when QtPdf or Qt's image reader cannot open the file."""
    if label.extension != "pdf":
        image = QImage.fromData(label.data)
        if image.isNull():
            raise BrokenLabel(label.extension,
                              QT_TRANSLATE_NOOP("LabelRefusal", "the picture is damaged"),
                              name=label.name)
        return [on_white(image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))]
    document, buffer = open_pdf(label.data)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise BrokenLabel("pdf", QT_TRANSLATE_NOOP("LabelRefusal",
                                                       "the PDF reader cannot open it"),
                              name=label.name,
                              detail=f"QtPdf {document.error()}")
        images = []
        for page in range(min(document.pageCount(), PREVIEW_MAX_PAGES)):
            size = document.pagePointSize(page)
            height = round(width * size.height() / max(size.width(), 1.0))
            # render() leaves the background transparent: paint it on white.
            images.append(on_white(document.render(page, QSize(width, height))))
        return images
    finally:
        document.close()
        buffer.close()


class ManualOrderDialog(LogisticsRequestDialog):
    """Manual logistic order for one return. ``submitted`` carries the LogisticsOutcome."""

    def __init__(
        self,
        process: Process,
        client: ReverAdminClient,
        operations: Operations,
        *,
        warehouse: Address,
        print_label: PrintLabel | None = None,
        parent: QWidget | None = None,
        audit: AuditLog | None = None,
        index: ProcessIndex | None = None,
    ) -> None:
        super().__init__(parent)
        self.process = process
        keep_on_screen(self)
        #: The station's returns list: the first place a tracking id already used is found.
        self.index = index
        #: The tracking id the operator confirmed (or that no other return has): sent as is.
        self._tracking_checked: str | None = None
        self._checking: str | None = None  # the tracking id being looked up
        self._closed = False
        self.finished.connect(self._on_closed)
        self.audit = audit  # the upload is recorded there, ok or failed with why
        self.client = client
        self.operations = operations
        self.print_label = print_label
        self.label: CheckedLabel | None = None
        self.outcome: LogisticsOutcome | None = None
        self.outcome_name = translate("ManualOrderDialog", "Manual logistic order")
        self.setObjectName("manualOrderDialog")
        self.setWindowTitle(translate("ManualOrderDialog", "Manual logistic order — {pid}")
                            .format(pid=process.process_id))
        self.setAcceptDrops(True)
        self._build(warehouse)
        self._update_submit()

    # -- layout -----------------------------------------------------------------------------

    def _build(self, warehouse: Address) -> None:
        columns = QHBoxLayout()
        columns.addLayout(self._label_column(), 1)
        # Two addresses of thirteen fields: taller than a 768 px screen. The form scrolls
        # there; the label's preview, the status and the buttons stay in view.
        form = QWidget(self)
        form.setObjectName("orderForm")
        form_column = self._form_column(warehouse)
        form_column.setContentsMargins(0, 0, 0, 0)
        form.setLayout(form_column)
        columns.addWidget(FormScroll(form, self), 2)
        self._build_status_and_buttons(translate("ManualOrderDialog", "Submit"))
        self.print_button = self.buttons.addButton(
            translate("ManualOrderDialog", "Print label"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("print")
        self.print_button.setVisible(False)
        self.print_button.clicked.connect(self._print)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.status)
        outer.addWidget(self.buttons)
        # Wide enough for the address fields to show what they hold; keep_on_screen()
        # makes it no bigger than the screen.
        hint = self.sizeHint()
        self.resize(max(hint.width(), ORDER_WIDTH), hint.height())

    def _label_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.drop_hint = QLabel(translate("ManualOrderDialog", "Drop the carrier's label file here "
                                          "(PDF, PNG or JPG), or choose it."), self)
        self.drop_hint.setWordWrap(True)
        self.choose_button = QPushButton(translate("ManualOrderDialog", "Choose file…"), self)
        self.choose_button.setObjectName("choose")
        self.choose_button.clicked.connect(self._choose_file)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileName")
        self.refusal = QLabel(self)
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        for label in (self.file_label, self.refusal):  # a file name, REVER's words: as they are
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal.setStyleSheet("color: #b00020; font-weight: bold;")
        self.refusal.setVisible(False)
        self.preview = QWidget(self)
        self.preview.setObjectName("preview")
        self.preview_layout = QVBoxLayout(self.preview)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(PREVIEW_WIDTH + 24)
        scroll.setWidget(self.preview)
        for widget in (self.drop_hint, self.choose_button, self.file_label, self.refusal):
            column.addWidget(widget)
        column.addWidget(scroll, 1)
        return column

    def _form_column(self, warehouse: Address) -> QVBoxLayout:
        column = QVBoxLayout()
        form = QFormLayout()
        self.carrier = QLineEdit(self.process.carrier, self)
        self.provider = QLineEdit(self)
        self.return_method = return_method_combo(self.process.return_method, self)
        self.tracking_id = QLineEdit(self)
        # The carrier's tracking barcode is scanned in here: the scan catcher leaves it
        # (and its Enter, which moves on to the next field: LogisticsForm.keyPressEvent).
        self.tracking_id.setProperty(SCAN_AWARE, True)
        self.tracking_url = QLineEdit(self)
        self.tracking_url.setPlaceholderText("https://")
        add_rows(form, (
            ("carrier", translate("ManualOrderDialog", "Carrier"), self.carrier),
            ("provider", translate("ManualOrderDialog", "Provider"), self.provider),
            ("returnMethod", translate("ManualOrderDialog", "Return method"), self.return_method),
            ("trackingId", translate("ManualOrderDialog", "Tracking id"), self.tracking_id),
            ("trackingUrl", translate("ManualOrderDialog", "Tracking URL"), self.tracking_url),
        ))
        self._require(self.carrier, self.provider, self.tracking_id)
        self.tracking_id.textChanged.connect(self._tracking_edited)
        self.from_form = AddressForm(translate("ManualOrderDialog", "From (the customer)"),
                                     customer_address(self.process), self)
        self.to_form = AddressForm(translate("ManualOrderDialog", "To (this warehouse)"),
                                   warehouse, self)
        column.addLayout(form)
        column.addWidget(self.from_form)
        column.addWidget(self.to_form)
        column.addStretch(1)
        return column

    # -- the label file ---------------------------------------------------------------------

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("ManualOrderDialog", "Carrier label"), "",
            translate("ManualOrderDialog", FILE_FILTER))
        if path:
            self.set_label_file(Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.set_label_file(Path(files[0]))

    def set_label_file(self, path: Path) -> bool:
        """Check ``path`` and show its preview, or say why it is refused. True if usable."""
        self.label = None
        self._clear_preview()
        self.file_label.setText(path.name)
        try:
            label = check_label_file(path)
            images = preview_images(label)
        except LabelRefused as exc:
            log.info("label file %s refused: %s (%s)", path, exc, exc.detail)
            self._show_refusal(refusal_message(exc))
            return False
        self.label = label
        self.refusal.setVisible(False)
        for image in images:
            page = QLabel(self.preview)
            page.setPixmap(QPixmap.fromImage(image))
            page.setObjectName("previewPage")
            self.preview_layout.addWidget(page)
        self.preview_layout.addStretch(1)
        self._update_submit()
        return True

    def _show_refusal(self, text: str) -> None:
        self.refusal.setText(text)
        self.refusal.setVisible(True)
        self._update_submit()

    def _clear_preview(self) -> None:
        while (item := self.preview_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.setParent(None)  # gone from the preview now, not at the next loop turn
                widget.deleteLater()

    @property
    def preview_pages(self) -> int:
        return len(self.preview.findChildren(QLabel, "previewPage",
                                             Qt.FindChildOption.FindDirectChildrenOnly))

    # -- submit -----------------------------------------------------------------------------

    def _can_submit(self) -> bool:
        return self.label is not None

    def build_request(self) -> ManualLogisticOrderRequest:
        """The request from the dialog's fields; raises errors.InvalidArgument."""
        if self.label is None:
            raise errors.InvalidArgument(
                translate("ManualOrderDialog", "Choose the label file first."))
        return manual_order_request(
            self.label, process_id=self.process.process_id, carrier=self.carrier.text(),
            provider=self.provider.text(), return_method=self.return_method.currentData(),
            tracking_id=self.tracking_id.text(), tracking_url=self.tracking_url.text().strip(),
            from_address=self.from_form.address(), to_address=self.to_form.address(),
        )

    def submit(self) -> None:
        """Send through the domain, on the shared loop; the dialog stays open for the result.
        Before that: the addresses complete, and a tracking id another return already has
        sent only once the operator confirms it."""
        if self._checking is not None or not self._ready_to_send(
                self.build_request,
                [(self.from_form.title(), self.from_form), (self.to_form.title(), self.to_form)],
                self.to_form):
            return
        tracking = self.tracking_id.text().strip()
        if tracking and tracking != self._tracking_checked:
            self._check_tracking(tracking)
            return
        self._send(lambda: submit_manual_order(self.client, self.build_request(),
                                               audit=self.audit),
                   label=translate("ManualOrderDialog", "Manual logistic order"),
                   busy=(self.submit_button, self.choose_button))

    def _check_tracking(self, tracking: str) -> None:
        self._checking = tracking
        self._set_status(translate("ManualOrderDialog",
                                   "Checking that no other return has this tracking id…"))
        # Bound methods as callbacks: an answer for a dialog closed meanwhile is dropped.
        self.operations.run(
            tracking_used_elsewhere(self.client, tracking, process_id=self.process.process_id,
                                    index=self.index),
            label=translate("ManualOrderDialog", "Check the tracking id"),
            busy=(self.submit_button,),
            on_success=self._tracking_answer, on_failure=self._tracking_failed)

    def _tracking_answer(self, check: TrackingCheck) -> None:
        tracking, self._checking = self._checking or "", None
        if self._closed:
            return  # closed while REVER was asked: closing means "not now", nothing is sent
        if tracking != self.tracking_id.text().strip():
            self._set_status("")  # edited meanwhile: the next Submit checks the new one
            return
        self._tracking_checked = tracking
        if not check.others:
            self.submit()
            return
        shown = ", ".join(check.others[:5]) + (" …" if len(check.others) > 5 else "")
        self._set_status(translate(
            "ManualOrderDialog", "The tracking id {tracking} is already on return {pids}. One parcel has one "
            "tracking id: check the label. If it is right, press “Submit anyway”.").format(
                tracking=tracking, pids=shown), error=True)
        self.submit_button.setText(translate("ManualOrderDialog", "Submit anyway"))
        self.tracking_id.setFocus()

    def _on_closed(self) -> None:
        self._closed = True

    def _tracking_failed(self, error: Exception) -> bool:
        self._checking = None
        self._set_status(translate("ManualOrderDialog", "Not sent."), error=True)
        return False  # not an answer from REVER (those are handled in the check): shown

    def _tracking_edited(self) -> None:
        if self._tracking_checked is not None:
            self._tracking_checked = None
            self.submit_button.setText(translate("ManualOrderDialog", "Submit"))

    def show_outcome(self, outcome: LogisticsOutcome) -> None:
        """Show what REVER did and offer to print the label."""
        self.print_button.setVisible(self.print_label is not None and self.label is not None)
        super().show_outcome(outcome)

    def _print(self) -> None:
        if self.print_label is not None and self.label is not None:
            self.print_label(self.label)
