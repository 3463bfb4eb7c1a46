""""Scanned this shift" in the scan panel: the domain's shift count (read from the audit log,
see ``domain/shift.py``), read again when something may have changed it. Nothing is counted
here, so the header says what the shift summary says, and a restart changes neither."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from revdesk.domain.shift import Shift
from revdesk.i18n import translate

from .bridge import CoreBridge

#: Outcomes come one per change (a thousand in a flush): the count is read again at most
#: this often.
REFRESH_DELAY_MS = 200
#: What another process on the data folder delivered (``revdesk outbox flush``) and the
#: shift that starts at midnight are seen this often at the latest.
POLL_MS = 30_000


class ShiftCountLabel(QObject):
    """Shows ``shift``'s count in ``label``."""

    def __init__(self, shift: Shift, bridge: CoreBridge, label: QLabel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shift = shift
        self.label = label
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFRESH_DELAY_MS)
        self._later.timeout.connect(self.refresh)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.refresh)
        self.poll.start()
        # The audit log records an outcome before the bridge re-emits it (the core listens
        # first), so the count read after it includes it.
        bridge.outbox_changed.connect(self._soon)
        bridge.settings_saved.connect(self._soon)  # the shift_starts setting
        bridge.shift_started.connect(self._soon)
        self.refresh()

    def _soon(self, _what: object = None) -> None:
        if not self._later.isActive():
            self._later.start()

    def refresh(self) -> None:
        if self.shift.audit.closed:  # the station is closing: its window has not gone yet
            return
        total = self.shift.count().total
        self.label.setText(translate("ShiftCountLabel", "Scanned this shift: %n", "", total))
        self.label.setToolTip(translate("ShiftCountLabel",
            "Parcels whose scan REVER confirmed since the shift started, undone ones "
            "excluded (the shift summary in Shift → History says the same)."))
