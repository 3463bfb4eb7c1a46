"""The window's notice line: the result of a label or shift action ("Intake label for
RP-100042 printed on Zebra-1"), under the scan banner, where the operator looks. It stays
until the next notice (or a few minutes): a status-bar message is gone before someone back
from the printer reads it. Hidden while there is none, so the list keeps its rows."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from . import theme
from .elided_label import ElidedLabel
from .feedback import SoundPlayer

__all__ = ["NoticeLine", "SoundsOffLine"]

#: A notice no one has replaced fades after this long: by then it is about another parcel.
KEEP_MS = 5 * 60 * 1000


class NoticeLine(ElidedLabel):
    """One line of plain text, shown from the first notice until it fades. A long one
    (a folder's path, Spanish or French wording) is cut with "…", whole in the tooltip and
    the status bar: as one plain label it widened the window past a 1024 px screen
    (QA of issue 19, L17)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, min_chars=20)
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
        self.setVisible(True)
        self._timer.start(KEEP_MS)

    def fade(self) -> None:
        self.setText("")
        self.setVisible(False)


class SoundsOffLine(ElidedLabel):
    """Why the sounds cannot play, beside the scan counts, while they cannot (an operator
    who relies on the beep knows to watch the banner); hidden while they can. Cut to the
    room the row has, whole in the tooltip: in Spanish and French the read, this line and
    the shift count side by side passed 1024 px (QA of issue 19, L1)."""

    def __init__(self, sounds: SoundPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent, min_chars=12)
        self.setObjectName("soundsNotice")
        sounds.off_changed.connect(self.show_reason)
        self.show_reason(sounds.off_reason)

    def show_reason(self, reason: str) -> None:
        self.setText(reason)
        self.setVisible(bool(reason))
