"""What the header says, kept true to the core: who and where (e-commerce, station,
operator), the connection state with its reason, and how many changes are queued or
refused. While the station is not online a cheap check runs every few seconds, so the
header turns green again by itself and what is queued goes out."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from revdesk.core import StationCore
from revdesk.domain.connection import ConnectionState
from revdesk.i18n import translate

from .actions import make_action
from .bridge import CoreBridge
from .errors import operator_text
from .header import StationHeader
from .operations import Operations
from .process_model import ProcessTableModel

PROBE_INTERVAL_MS = 10_000


class StationStatus(QObject):
    def __init__(self, core: StationCore, bridge: CoreBridge, *, header: StationHeader,
                 model: ProcessTableModel, ops: Operations, parent: QObject) -> None:
        super().__init__(parent)
        self.core = core
        self.header = header
        self.model = model
        self.ops = ops
        self.probe_timer = QTimer(self)
        self.probe_timer.setInterval(PROBE_INTERVAL_MS)
        self.probe_timer.timeout.connect(self._probe)
        #: "Send queued changes now" (Ctrl+Shift+O), whatever the backoff says.
        self.send_now = make_action(parent, translate("StationStatus", "Send queued changes now"), "sendNow",
                                    self._send_now, "Ctrl+Shift+O")
        bridge.connection_changed.connect(self.show_connection)
        bridge.settings_saved.connect(lambda _saved: self.show_identity())
        bridge.outbox_changed.connect(lambda _result: self.show_counts())
        self.show_identity()
        self.show_connection(core.tracker.state)
        self.show_counts()

    def show_identity(self) -> None:
        settings = self.core.settings.current
        self.header.set_identity(self.core.ecommerce_id, settings.station_name,
                                 settings.operator_name)

    def show_connection(self, state: ConnectionState) -> None:
        error = self.core.tracker.last_error or self.core.error
        self.header.set_state(state, operator_text(error) if error is not None else "")

    def show_counts(self) -> None:
        if (outbox := self.core.outbox) is not None and not outbox.store.closed:
            counts = outbox.counts
            self.header.set_queued(counts["pending"], counts["failed"])

    def _send_now(self) -> None:
        if self.core.outbox is not None:
            self.core.outbox.wake()

    def _probe(self) -> None:
        if self.core.tracker.state is not ConnectionState.ONLINE and self.core.backend:
            self.ops.run(self.core.tracker.probe(self.core.client),
                         label=translate("StationStatus", "Connection check"), on_failure=lambda exc: True)
            if self.model.rowCount() == 0:  # nothing shown yet: try the first page again
                self.model.resume_fetching()
                self.model.fetchMore(self.model.index(-1, -1))
