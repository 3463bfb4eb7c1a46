"""The outbox view: the status changes waiting to be sent and the ones REVER refused, each with
why, kept true while open; "Send now", "Retry refused" and "Discard refused…" (asked first,
and recorded in the audit log)."""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from revdesk.domain.audit import AuditLog
from revdesk.domain.outbox import Entry, Outbox, Result, discard_failed
from revdesk.domain.process_index import ProcessIndex
from revdesk.domain.shelf import retryable_failed
from revdesk.i18n import translate

from .. import theme
from ..bridge import CoreBridge
from ..outbox_model import REASON, EntriesModel
from ..screen_fit import keep_on_screen

log = logging.getLogger(__name__)

__all__ = ["OutboxView"]

#: Pending entries listed; the count says how many more there are.
PENDING_SHOWN = 1000
#: Outcomes arrive one per change (a thousand during a flush): the tables are read again
#: at most this often, not once per outcome.
REFRESH_DELAY_MS = 200


def entries_table(model: EntriesModel, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
    return view


class OutboxView(QDialog):
    """Pending and refused status changes of ``outbox``, live through ``bridge``; ``audit``
    records discards; ``index`` (the station's list) tells a cancelled return, which
    "Retry refused" leaves alone."""

    def __init__(self, outbox: Outbox, bridge: CoreBridge, audit: AuditLog | None = None,
                 parent: QWidget | None = None, *, index: ProcessIndex | None = None,
                 account_of: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxView")
        self.setWindowTitle(translate("OutboxView", "Outbox — changes not sent yet"))
        self.resize(1000, 560)
        keep_on_screen(self)
        self.outbox = outbox
        self.audit = audit
        self.index = index
        self.confirm_box: QMessageBox | None = None
        self.pending_model = EntriesModel(self, account_of=account_of)
        self.failed_model = EntriesModel(self, account_of=account_of)
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        # Live while open (a Qt connection: gone with the dialog, whenever it is deleted).
        self.bridge = bridge
        bridge.outbox_changed.connect(self._on_result)
        self.finished.connect(self._stop_listening)
        self.refresh()

    def _build(self) -> None:
        self.counts = QLabel(self)
        self.counts.setObjectName("outboxCounts")
        self.counts.setFont(theme.font(theme.BASE_POINT_SIZE + 2, bold=True))
        self.pending_view = entries_table(self.pending_model, "pendingTable", self)
        self.failed_view = entries_table(self.failed_model, "failedTable", self)
        self.pending_more = QLabel(self)
        self.status = QLabel(self)
        self.status.setObjectName("outboxStatus")
        self.status.setWordWrap(True)
        theme.plain_text(self.counts, self.pending_more, self.status)
        self.send_button = self._button(translate("OutboxView", "&Send now"), "sendNow", self.send_now)
        self.send_button.setToolTip(translate("OutboxView", "Try every waiting change now (Ctrl+Shift+O)"))
        self.retry_button = self._button(translate("OutboxView", "&Retry refused"), "retryFailed",
                                         self.retry_failed)
        self.retry_button.setToolTip(translate("OutboxView",
            "Send the refused changes again, after the cause was fixed (e.g. the API key); "
            "never those no retry can help (a cancelled or unknown return)"))
        self.discard_button = self._button(translate("OutboxView", "&Discard refused…"), "discardFailed",
                                           self.ask_discard)
        self.close_button = self._button(translate("OutboxView", "Close"), "close", self.accept)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.retry_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(QLabel(translate("OutboxView", "Waiting to be sent (sent by themselves as soon as "
                                        "REVER answers):"), self))
        layout.addWidget(self.pending_view, 3)
        layout.addWidget(self.pending_more)
        layout.addWidget(QLabel(translate("OutboxView", "Refused by REVER (never sent again unless you "
                                        "retry them):"), self))
        layout.addWidget(self.failed_view, 2)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        # Never a default button: a scanner's Enter must not press one.
        button.setAutoDefault(False)
        button.setDefault(False)
        button.clicked.connect(slot)
        return button

    # -- live updates ---------------------------------------------------------------------

    def _on_result(self, _result: Result) -> None:
        if shiboken6.isValid(self) and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _stop_listening(self) -> None:
        self.bridge.outbox_changed.disconnect(self._on_result)

    def refresh(self) -> None:
        """Read both lists again from the outbox file."""
        if self.outbox.store.closed:  # the station stopped while this view waited to refresh
            return
        counts = self.outbox.counts
        self.pending_model.set_entries(self.outbox.store.pending(limit=PENDING_SHOWN))
        self.failed_model.set_entries(self.outbox.store.failed())
        pending, failed = counts["pending"], counts["failed"]
        self.counts.setText(translate("OutboxView", "{pending} waiting to be sent · {failed} "
                                      "refused").format(pending=pending, failed=failed))
        hidden = pending - self.pending_model.rowCount()
        self.pending_more.setText(translate("OutboxView", "…and %n more.", "", hidden)
                                  if hidden > 0 else "")
        self.pending_more.setVisible(hidden > 0)
        self.send_button.setEnabled(pending > 0)
        self.retry_button.setEnabled(bool(retryable_failed(self.outbox.store, self.index)))
        self.discard_button.setEnabled(failed > 0)

    # -- actions --------------------------------------------------------------------------

    def send_now(self) -> None:
        self.outbox.wake()
        self.status.setText(translate("OutboxView", "Sending the waiting changes now…"))

    def retry_failed(self) -> None:
        """Send again the refused changes a retry can help; a permanent refusal (a
        cancelled or unknown return) stays, for the lead to discard."""
        chosen = retryable_failed(self.outbox.store, self.index)
        moved = self.outbox.store.retry_failed([e.id for e in chosen])
        self.outbox.wake()
        text = translate("OutboxView", "%n refused change(s) will be sent again.", "", moved)
        left = len(self.outbox.store.failed())
        if left:
            text += " " + translate("OutboxView", "%n cannot succeed by retrying (a cancelled or "
                                    "unknown return): discard them once the lead has decided.",
                                    "", left)
        self.status.setText(text)
        self.refresh()

    def ask_discard(self) -> None:
        """Ask before dropping: a discarded change never reaches REVER."""
        shown = list(self.failed_model.entries)
        if not shown:
            return
        count = len(shown)  # lupdate reads a count only as a bare name
        box = QMessageBox(QMessageBox.Icon.Warning,
                          translate("OutboxView", "Discard refused changes"),
                          translate("OutboxView", "Discard %n refused change(s)? They will never "
                                    "be sent to REVER; the history keeps a record of each.", "",
                                    count),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("confirmDiscard")
        # Cancel is what Enter (a stray scan) and Esc do.
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._answered(box, shown))
        self.confirm_box = box
        box.open()  # never a nested event loop: deliveries go on meanwhile

    def _answered(self, box: QMessageBox, shown: list[Entry]) -> None:
        confirmed = box.clickedButton() is box.button(QMessageBox.StandardButton.Discard)
        box.deleteLater()
        self.confirm_box = None
        if not confirmed:
            return
        dropped = discard_failed(self.outbox.store, self.audit, shown)
        count = len(dropped)
        self.status.setText(translate("OutboxView", "%n refused change(s) discarded.", "", count))
        self.refresh()
