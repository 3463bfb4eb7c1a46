"""The recent scans, newest first, each with its result: a list model updated in place as a
queued scan becomes final."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from revdesk.domain.outcomes import Outcome
from revdesk.domain.scanning import ScanResult, Severity

from .feedback import COLOURS, describe

MAX_ROWS = 300
ResultRole = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_SERVED = frozenset({_DISPLAY, Qt.ItemDataRole.BackgroundRole.value,
                     Qt.ItemDataRole.ToolTipRole.value, int(ResultRole)})

Index = QModelIndex | QPersistentModelIndex


class RecentScansModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[ScanResult] = []  # oldest first; row 0 shows the newest
        self._seq_to_abs: dict[int, int] = {}
        self._dropped = 0
        self._texts: dict[int, tuple[Outcome, str]] = {}  # seq -> (outcome, display text)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def result_at(self, row: int) -> ScanResult:
        return self._items[len(self._items) - 1 - row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for ~10 roles of every visible row at each scan (a row is inserted at the
        # top, so all of them repaint): nothing computed for roles not served, and the
        # text made once per outcome of a scan.
        if role not in _SERVED or not index.isValid():
            return None
        result = self.result_at(index.row())
        if role == _DISPLAY:
            cached = self._texts.get(result.seq)
            if cached is not None and cached[0] is result.outcome:
                return cached[1]
            wording = describe(result)
            when = time.strftime("%H:%M:%S", time.localtime(result.scanned_at))
            text = f"{when}   {wording.symbol}  {wording.title}"
            text = f"{text}  —  {wording.detail}" if wording.detail else text
            self._texts[result.seq] = (result.outcome, text)
            return text
        if role == Qt.ItemDataRole.BackgroundRole and result.severity is not Severity.OK:
            bg, _ = COLOURS[result.severity]
            colour = QColor(bg)
            colour.setAlpha(90)
            return QBrush(colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("raw: {raw}").format(raw=repr(result.raw)) if result.raw else None
        if role == ResultRole:
            return result
        return None

    def note(self, result: ScanResult) -> None:
        """Add a new result at the top, or refresh the row of one already listed."""
        absolute = self._seq_to_abs.get(result.seq)
        if absolute is None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._seq_to_abs[result.seq] = self._dropped + len(self._items)
            self._items.append(result)
            self.endInsertRows()
            self._trim()
            return
        position = absolute - self._dropped
        if 0 <= position < len(self._items):
            row = len(self._items) - 1 - position
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def _trim(self) -> None:
        excess = len(self._items) - MAX_ROWS
        if excess <= 0:
            return
        last = len(self._items) - 1
        self.beginRemoveRows(QModelIndex(), last - excess + 1, last)
        for old in self._items[:excess]:
            self._seq_to_abs.pop(old.seq, None)
            self._texts.pop(old.seq, None)
        del self._items[:excess]
        self._dropped += excess
        self.endRemoveRows()
