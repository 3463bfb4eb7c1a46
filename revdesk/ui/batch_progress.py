"""The batch print's progress dialog: window-modal, no Cancel (a job sent to the spooler
cannot be taken back), moved only from Qt's loop, and holding the keyboard itself so that
the scan catcher hears a scan typed while it is up. Its own module: imported with the first
batch, not with the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QProgressDialog, QWidget


class BatchProgress(QProgressDialog):
    def __init__(self, text: str, steps: int, parent: QWidget | None) -> None:
        super().__init__(text, "", 0, steps, parent)
        self.setObjectName("batchProgress")
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # With no button, nothing in it takes the focus: the keys went to no widget and
        # the catcher (which hears a dialog by its focus) never saw a scan typed then.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumDuration(300)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
