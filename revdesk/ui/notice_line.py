"""The window's notice line: the result of a label or shift action ("Intake label for
RP-100042 printed on Zebra-1"), under the scan banner, where the operator looks. It stays
until the next notice (or a few minutes): a status-bar message is gone before someone back
from the printer reads it. Hidden while there is none, so the list keeps its rows."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from . import theme

__all__ = ["NoticeLine"]

#: A notice no one has replaced fades after this long: by then it is about another parcel.
KEEP_MS = 5 * 60 * 1000


class NoticeLine(QLabel):
    """One line of plain text, shown from the first notice until it fades."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeLine")
        theme.plain_text(self)  # a message may quote a file name or REVER's words
        self.setFont(theme.font(theme.BASE_POINT_SIZE + 1, bold=True))
        self.setContentsMargins(8, 0, 8, 0)
        self.setVisible(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.fade)

    def show_notice(self, text: str) -> None:
        self.setText(text)
        self.setToolTip(text)
        self.setVisible(True)
        self._timer.start(KEEP_MS)

    def fade(self) -> None:
        self.clear()
        self.setVisible(False)
