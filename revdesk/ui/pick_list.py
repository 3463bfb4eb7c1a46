"""The pick list: a scan matched several returns (two returns of one order, a tracking number
shared by a split shipment). Nothing was changed; the operator chooses with a digit key, a
click and Enter, or by scanning another barcode of the parcel (the scan pipeline narrows the
choice to the one return both reads match).

The keys are read here, not by a line edit: a scanner types into whatever has the focus,
so its burst must not be taken for digit keys. A digit chooses only after a short quiet
(a scanner's next key comes within milliseconds); anything longer, ended by Enter or Tab,
goes to the scan pipeline as a scan.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from revdesk.api.models import Process
from revdesk.domain.scanning import ScanResult
from revdesk.i18n import translate

from . import theme
from .scan_catcher import MAX_GAP_MS, SCAN_AWARE

Index = QModelIndex | QPersistentModelIndex
#: A digit is the operator's choice once no other key followed it for this long: longer
#: than a slow scanner's gap between keys, so a read starting with a digit is never a choice.
DIGIT_QUIET_MS = MAX_GAP_MS + 30
#: Rows shown without scrolling: as many as there are digit keys to choose them.
MAX_ROWS_SHOWN = 9
_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


class MatchesModel(QAbstractTableModel):
    """The returns a scan matched, numbered as the digit keys choose them."""

    def __init__(self, matches: list[Process], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches = list(matches)
        self._headers = [
            translate("MatchesModel", "Key"),
            translate("MatchesModel", "Process"),
            translate("MatchesModel", "Order"),
            translate("MatchesModel", "Customer"),
            translate("MatchesModel", "Status"),
            translate("MatchesModel", "Tracking"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self.matches[index.row()]
        return (
            str(index.row() + 1),
            p.process_id,
            p.order_number,
            p.customer.full_name,
            p.shipping_status,
            p.tracking_id,
        )[index.column()]


class PickListDialog(QDialog):
    """Choose which return the scan meant. ``choose`` gets the chosen process id; ``scan``
    a scanner's read that arrived while the list was open."""

    def __init__(
        self,
        result: ScanResult,
        *,
        choose: Callable[[str], object],
        scan: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pickList")
        self.setProperty(SCAN_AWARE, True)  # reads a scanner's keys itself (below)
        self.scan_result = result
        self._choose = choose
        self._scan = scan
        self._typed: list[str] = []
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(DIGIT_QUIET_MS)
        self._quiet.timeout.connect(self._on_quiet)
        self.setWindowTitle(translate("PickListDialog", "Which return is this parcel?"))
        matches = len(result.matches)
        title = QLabel(
            translate("PickListDialog", "“{text}” matches %n returns. Nothing was changed.", "",
                      matches).format(text=result.cleaned[:40]),
            self,
        )
        title.setFont(theme.font(theme.BANNER_TEXT_POINT_SIZE, bold=True))
        hint = QLabel(
            translate(
                "PickListDialog",
                "Press 1–{n} for {action}, or scan another barcode of the parcel. Esc: none of them.",
            ).format(n=len(result.matches), action=result.action),
            self,
        )
        theme.plain_text(title, hint)  # a scanned text, customer names
        self.model = MatchesModel(result.matches, self)
        self.view = QTableView(self)
        self.view.setObjectName("pickListView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda index: self.choose_row(index.row()))
        self.view.installEventFilter(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter never presses it
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        # Every row a digit key can choose (1-9) shown whole, measured in the station's
        # type: a height in fixed pixels cut the second of two rows in half at 13 pt.
        rows = min(len(result.matches), MAX_ROWS_SHOWN)
        self.view.setMinimumHeight(
            self.view.horizontalHeader().sizeHint().height()
            + rows * self.view.verticalHeader().defaultSectionSize()
            + 2 * self.view.frameWidth()
        )
        self.resize(760, self.minimumSizeHint().height())
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_row(self, row: int) -> None:
        if 0 <= row < len(self.scan_result.matches):
            self._choose(self.scan_result.matches[row].process_id)
            self.accept()

    # -- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.view and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            return self.take_key(event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.take_key(event):
            super().keyPressEvent(event)

    def take_key(self, event: QKeyEvent) -> bool:
        """True when the key was the pick list's (a choice, or part of a scan)."""
        if event.key() in _ENDS:
            typed, self._typed = "".join(self._typed), []
            self._quiet.stop()
            if len(typed) > 1:
                self._scan(typed)
            elif typed.isdigit():
                self.choose_row(int(typed) - 1)
            elif event.key() != Qt.Key.Key_Tab:
                self.choose_row(self.view.currentIndex().row())
            return True
        text = event.text()
        if (
            len(text) == 1
            and text.isprintable()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self._typed.append(text)
            self._quiet.start()
            return True
        return False

    def _on_quiet(self) -> None:
        """No key followed: one digit was a person's choice; anything else is dropped."""
        typed, self._typed = "".join(self._typed), []
        if len(typed) == 1 and typed.isdigit():
            self.choose_row(int(typed) - 1)
