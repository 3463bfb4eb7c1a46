"""Set one status on the selected returns: pick the status, confirm it in a question that
names the count, watch the progress bar and the result of each return; stop at any time.
Start is not the default button and the question's default is "no": the Enter a scanner
sends while the dialog is open (ui/scan_catcher.py takes its burst to the scan pipeline
anyway) never changes the selected rows. The sending itself is the domain's
:class:`~revdesk.domain.bulk.BulkStatusJob` (bounded concurrency, backs off on 429)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from revdesk.api.models import SHIPPING_STATUSES
from revdesk.domain.bulk import DEFAULT_CONCURRENCY, BulkItem, BulkStatusJob, BulkSummary, ItemState
from revdesk.domain.process_index import ProcessRow
from revdesk.domain.status import StatusService
from revdesk.i18n import translate

from .. import theme
from ..confirm import Confirmation
from ..errors import api_message
from ..locale_format import Decimal
from ..operations import Operations
from ..screen_fit import keep_on_screen
from ..simple_models import RowsModel

log = logging.getLogger(__name__)


class BulkStatusDialog(QDialog):
    """``marks_ready`` carries {process id: (ok, text)} for the list when the run ends."""

    marks_ready = Signal(dict)

    def __init__(self, rows: list[ProcessRow], service: StatusService, ops: Operations,
                 parent: QWidget | None = None, *, concurrency: int = DEFAULT_CONCURRENCY,
                 default_status: str = "IN_WAREHOUSE") -> None:
        super().__init__(parent)
        self.setObjectName("bulkStatusDialog")
        count = len(rows)  # lupdate reads a count only as a bare name
        self.setWindowTitle(translate("BulkStatusDialog", "Set status of %n return(s)", "", count))
        self.resize(760, 560)
        keep_on_screen(self)
        self.rows = rows
        self.service = service
        self.ops = ops
        self.concurrency = concurrency
        self.job: BulkStatusJob | None = None
        self.summary: BulkSummary | None = None

        self.prompt = QLabel(translate("BulkStatusDialog", "Set the shipping status of %n selected "
                                       "return(s) to:", "", count), self)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("bulkStatusCombo")
        for status in SHIPPING_STATUSES:
            self.status_combo.addItem(status, status)
        if default_status in SHIPPING_STATUSES:
            self.status_combo.setCurrentIndex(SHIPPING_STATUSES.index(default_status))
        self.start_button = QPushButton(translate("BulkStatusDialog", "&Start…"), self)
        self.start_button.setObjectName("bulkStart")
        self.start_button.setAutoDefault(False)  # Enter never starts it
        #: The question before the change (None until Start is clicked).
        self.confirm_box: Confirmation | None = None
        self.stop_button = QPushButton(translate("BulkStatusDialog", "S&top"), self)
        self.stop_button.setAutoDefault(False)
        self.stop_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, max(1, len(rows)))
        self.progress.setValue(0)
        self.progress.setFormat(translate("BulkStatusDialog", "%v of %m"))
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("bulkSummary")
        self.summary_label.setFont(theme.font(theme.BASE_POINT_SIZE + 2, bold=True))
        theme.plain_text(self.summary_label)
        # The summary runs long in Spanish and French: on one line it made the dialog
        # 1121-1143 px wide, Close off a 1024 px screen (QA of issue 19, L13).
        self.summary_label.setWordWrap(True)
        self.results = RowsModel([translate("BulkStatusDialog", "Process"),
                                  translate("BulkStatusDialog", "Was"),
                                  translate("BulkStatusDialog", "Result")], self)
        waiting = translate("BulkStatusDialog", "waiting")
        self.results.set_rows([(r.process_id, r.status, waiting) for r in rows])
        self.results_view = QTableView(self)
        self.results_view.setObjectName("bulkResults")
        self.results_view.setModel(self.results)
        self.results_view.verticalHeader().setVisible(False)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.horizontalHeader().setStretchLastSection(True)
        self.results_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        pick = QHBoxLayout()
        pick.addWidget(self.status_combo, 1)
        pick.addWidget(self.start_button)
        pick.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(pick)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.results_view, 1)
        layout.addWidget(self.buttons)

        self.start_button.clicked.connect(self.ask_to_start)
        self.stop_button.clicked.connect(self.stop)
        self.status_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def running(self) -> bool:
        return self.job is not None and self.summary is None

    def ask_to_start(self) -> None:
        """Start: first the question, naming the count and the status."""
        if self.job is not None or not self.rows:
            return
        status, n = self.status_combo.currentData(), len(self.rows)
        box = Confirmation(
            self, title=translate("BulkStatusDialog", "Set %n return(s) to {status}?", "",
                                  n).format(status=status),
            text=translate("BulkStatusDialog", "Set the shipping status of the %n selected "
                           "return(s) to {status}?", "", n).format(status=status),
            yes=translate("BulkStatusDialog", "Set %n return(s) to {status}", "",
                          n).format(status=status),
            no=translate("BulkStatusDialog", "Cancel"), on_yes=lambda: self.start(status),
            name="bulkConfirm")
        self.confirm_box = box
        box.open()

    def start(self, status: str | None = None) -> None:
        """Send ``status`` (the combo's, if None) to every selected return."""
        if self.job is not None or not self.rows:
            return
        status = status or self.status_combo.currentData()
        self.job = BulkStatusJob(self.service, [(r.process_id, r.status) for r in self.rows],
                                 status, concurrency=self.concurrency, on_item=self._on_item)
        self.start_button.setEnabled(False)
        self.status_combo.setEnabled(False)
        self.stop_button.setEnabled(True)
        count = len(self.rows)
        self.summary_label.setText(translate("BulkStatusDialog", "Sending {status} to %n "
                                             "return(s)…", "", count).format(status=status))
        self.ops.run(self.job.run(), label=translate("BulkStatusDialog", "Bulk status"),
                     on_success=self._done)

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.stop_button.setEnabled(False)

    def _on_item(self, index: int, item: BulkItem) -> None:
        text, colour = self._item_text(item)
        self.results.update_row(index, (item.process_id, item.previous_status, text), colour)
        self.progress.setValue(self.job.finished if self.job else 0)

    def _item_text(self, item: BulkItem) -> tuple[str, str | None]:
        if item.state is ItemState.DONE:
            return translate("BulkStatusDialog", "✔ set"), theme.OK_BG
        if item.state is ItemState.QUEUED:
            return translate("BulkStatusDialog", "⏳ queued"), "#8a6500"
        if item.state is ItemState.CANCELLED:
            return translate("BulkStatusDialog", "not sent (stopped)"), None
        reason = api_message(item.error) if item.error else translate("BulkStatusDialog", "failed")
        return translate("BulkStatusDialog", "✖ {reason}").format(reason=reason), theme.ERROR_BG

    def _done(self, summary: BulkSummary) -> None:
        self.summary = summary
        self.stop_button.setEnabled(False)
        self.progress.setValue(self.progress.maximum())
        self.summary_label.setText(translate(
            "BulkStatusDialog", "Done: {done} set, {queued} queued, {failed} failed, {cancelled} not sent "
            "({limited} times asked to slow down) in {seconds:.1f} s").format(
            done=summary.done, queued=summary.queued, failed=summary.failed,
            cancelled=summary.cancelled, limited=summary.rate_limited,
            seconds=Decimal(summary.seconds)))
        if self.job is not None:
            marks = {}
            for item in self.job.items:
                if item.state is not ItemState.PENDING:
                    text, _ = self._item_text(item)
                    marks[item.process_id] = (item.state in (ItemState.DONE, ItemState.QUEUED),
                                              text)
            self.marks_ready.emit(marks)

    def reject(self) -> None:
        # Closing while sending stops what is not sent yet; what was sent stays sent. The
        # sends still on the wire finish unseen here: the list hears of them from the outbox.
        if self.running and self.job is not None:
            self.stop()
            self.job.on_item = None
        super().reject()
